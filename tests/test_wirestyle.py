"""Datelines and contributor lines: metadata found with offsets."""

import pytest

from newswire.clean.wirestyle import find_contributor_line, find_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("BUELLTON, Calif. — The White House said", "BUELLTON, Calif.", None),
    ("GAZA CITY (AP) — Hamas said", "GAZA CITY", "AP"),
    ("UNITED NATIONS (AP) — The council", "UNITED NATIONS", "AP"),
    ("ST. PAUL, Minn. (AP) — Nurses", "ST. PAUL, Minn.", "AP"),
    ("PORTLAND, Ore. -- Clinics", "PORTLAND, Ore.", None),
])
def test_datelines(text, place, agency):
    d = find_dateline(text)
    assert (d.place, d.agency) == (place, agency)
    assert text[d.end:].split()[0][0].isupper()  # the body starts right after


@pytest.mark.parametrize("text", ["The man — who said nothing — left.", "Harvest Lane Foods said Tuesday", "A — b"])
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("line, names", [
    ("Frankel reported from Jerusalem and Ellen Knickmeyer in Washington. Abby Sewell in Beirut contributed reporting.",
     ("Frankel", "Ellen Knickmeyer", "Abby Sewell")),
    ("Associated Press writer Tom Reyes in St. Louis, Mo., contributed to this report.", ("Tom Reyes",)),
    ("Lee reported from Seoul. Aoyama reported from Tokyo.", ("Lee", "Aoyama")),
    ("Writer Jana Vogel in Hamburg, Germany, contributed.", ("Jana Vogel",)),
])
def test_contributor_lines(line, names):
    text = "First paragraph, “with a quote,” she said.\n" + line
    c = find_contributor_line(text)
    assert c.names == names and text[c.start:c.end] == line


def test_a_quote_paragraph_is_not_a_contributor_line():
    assert find_contributor_line("Intro.\n“We contributed reporting to nobody,” she said.") is None
