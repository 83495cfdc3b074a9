"""Server-side SVG charts and the page helpers (no database, no Airflow)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from newswire.ui import charts
from newswire.ui.app import fmt_duration, safe_url

SVG = "{http://www.w3.org/2000/svg}"


def days(values):
    start = date(2024, 8, 1)
    return [(start + timedelta(i), v) for i, v in enumerate(values)]


@pytest.mark.parametrize("value, expected", [(0, 1), (1, 1), (3, 5), (7, 10), (10, 10), (11, 20), (240, 500), (999, 1000)])
def test_nice_ceiling(value, expected):
    assert charts.nice_ceiling(value) == expected


def test_bars_are_proportional_and_labelled():
    svg = charts.bar_chart(days([0, 5, 10, 2]), "Stories per day", "stories")
    root = ET.fromstring(svg)  # well-formed XML
    bars = root.findall(f"{SVG}rect")
    assert [int(b.get("data-value")) for b in bars] == [0, 5, 10, 2]
    heights = [float(b.get("height")) for b in bars]
    assert heights[0] == 0 and heights[2] == pytest.approx(2 * heights[1]) and heights[2] == max(heights)
    assert [b.find(f"{SVG}title").text for b in bars][1] == "Fri 02 Aug 2024: 5 stories"
    assert "17 stories" in svg  # the total
    assert root.get("role") == "img" and "Stories per day" in root.get("aria-label")


def test_every_text_is_escaped():
    svg = charts.bar_chart(days([1]), 'Quotes by <script>alert("x")</script>', "<b>quotes</b>")
    ET.fromstring(svg)
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg


def test_thirty_days_label_the_newest_day():
    svg = charts.bar_chart(days(range(30)), "t", "u")
    labels = re.findall(r'class="axis"[^>]*>(\d\d \w\w\w)<', svg)
    assert labels[-1] == "30 Aug" and 4 <= len(labels) <= 7


def test_empty_chart_is_still_a_chart():
    root = ET.fromstring(charts.bar_chart([], "Nothing yet", "stories"))
    assert root.findall(f"{SVG}rect") == []


@pytest.mark.parametrize("seconds, text", [(None, "–"), (30, "30 s"), (600, "10 min"), (7200, "2.0 h"),
                                           (40 * 86400, "40 d")])
def test_durations(seconds, text):
    assert fmt_duration(seconds) == text


def test_only_web_links_leave_the_page():
    assert safe_url("https://apnews.example/story") == "https://apnews.example/story"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "", None, "//evil.example"):
        assert safe_url(bad) is None
