"""Canadian-style news stories annotated by hand (tests/fixtures/canadian-news):
the gold offsets hold the quotes they name, and extraction keeps its measured
quality on them (floors a little under the figures `make eval` printed)."""

from __future__ import annotations

import pytest

from newswire.extract import analyze
from newswire.extract.evaluate import CANADIAN_NEWS_DIR, headline_figures, load_inline, score_all


@pytest.fixture(scope="module")
def stories():
    return load_inline(CANADIAN_NEWS_DIR)


def test_every_story_is_loaded(stories):
    assert len(stories) == len(list(CANADIAN_NEWS_DIR.glob("*.json"))) >= 1512


def test_gold_offsets_hold_the_quotes(stories):
    for story in stories:
        for q in story.gold["quotes"]:
            assert story.text[q["start"]:q["end"]] == q["quote"], (story.name, q["quote"][:40])


def test_quality_on_canadian_news_stays_at_its_measured_level(stories):
    figures = headline_figures(score_all(stories, list(analyze([s.text for s in stories]))))
    floors = {"quote F1@30": 0.95, "quote precision@30": 0.97, "quote F1@80": 0.93, "speaker accuracy": 0.95, "people F1": 0.97}
    assert {name: round(figures[name], 3) for name, floor in floors.items() if figures[name] < floor} == {}
