"""Real news pages of the shared extraction benchmark, annotated by offsets
(tests/fixtures/real-news): the annotations line up with the page bodies, and
extraction keeps its measured quality on them (floors a little under the
figures `make eval` printed, so a rule that hurts real news fails here)."""

from __future__ import annotations

import json

import pytest

from newswire.extract import analyze
from newswire.extract.evaluate import BENCHMARK_DIR, REAL_NEWS_DIR, headline_figures, load_real_news, score_all

pytestmark = pytest.mark.skipif(not BENCHMARK_DIR.is_dir(), reason="shared/ benchmark not beside the repository")


@pytest.fixture(scope="module")
def stories():
    return load_real_news()


def test_every_annotation_file_is_loaded_with_its_page(stories):
    assert len(stories) == len(list(REAL_NEWS_DIR.glob("*.gold.json"))) >= 42


def test_annotations_hold_offsets_not_text():
    for path in REAL_NEWS_DIR.glob("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert all("quote" not in q for q in gold["quotes"]), path.name


def test_gold_spans_are_whole_words_inside_the_body(stories):
    for story in stories:
        for q in story.gold["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(story.text), (story.name, q)
            span = story.text[q["start"]:q["end"]]
            assert span == span.strip() and span, (story.name, q)
            before = story.text[q["start"] - 1] if q["start"] else " "
            assert not (before.isalnum() and span[0].isalnum()), (story.name, span[:40])


def test_quality_on_real_news_stays_at_its_measured_level(stories):
    figures = headline_figures(score_all(stories, list(analyze([s.text for s in stories]))))
    floors = {"quote F1@30": 0.90, "quote precision@30": 0.94, "quote F1@80": 0.88, "speaker accuracy": 0.90, "people F1": 0.87}
    assert {name: round(figures[name], 3) for name, floor in floors.items() if figures[name] < floor} == {}
