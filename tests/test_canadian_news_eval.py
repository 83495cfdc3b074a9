"""Canadian-style news stories annotated by hand (tests/fixtures/canadian-news):
the gold offsets hold the quotes they name, and extraction keeps its measured
quality on them (floors a little under the figures `make eval` printed)."""

from __future__ import annotations

import importlib.util
import re

import pytest

from newswire.extract import analyze
from newswire.extract.evaluate import CANADIAN_NEWS_DIR, headline_figures, load_inline, score_all


@pytest.fixture(scope="module")
def stories():
    return load_inline(CANADIAN_NEWS_DIR)


def test_every_story_is_loaded(stories):
    assert len(stories) == len(list(CANADIAN_NEWS_DIR.glob("*.json"))) >= 1632


def test_gold_offsets_hold_the_quotes(stories):
    for story in stories:
        for q in story.gold["quotes"]:
            assert story.text[q["start"]:q["end"]] == q["quote"], (story.name, q["quote"][:40])


def test_quality_on_canadian_news_stays_at_its_measured_level(stories):
    figures = headline_figures(score_all(stories, list(analyze([s.text for s in stories]))))
    floors = {"quote F1@30": 0.95, "quote precision@30": 0.97, "quote F1@80": 0.93, "speaker accuracy": 0.95, "people F1": 0.97}
    assert {name: round(figures[name], 3) for name, floor in floors.items() if figures[name] < floor} == {}


def _annotators_checker():
    path = CANADIAN_NEWS_DIR / "annotating" / "check.py"
    spec = importlib.util.spec_from_file_location("fixture_checker", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


def test_batches_annotated_with_the_checker_still_pass_it():
    """Batches from `ej` on were checked by their annotators with annotating/check.py (offsets,
    kinds, references the story writes, no overlaps); an edit that breaks one fails here."""
    check = _annotators_checker()
    checked = [p for p in sorted(CANADIAN_NEWS_DIR.glob("*.json"))
               if len(batch := re.match(r"[a-z]+", p.name).group()) == 2 and batch >= "ej"]
    assert len(checked) >= 240
    assert {p.name: problems for p in checked if (problems := check(str(p)))} == {}
