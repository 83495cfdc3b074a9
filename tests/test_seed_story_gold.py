"""The seed story against its hand annotation (shared/fixtures/seed-story)."""

from __future__ import annotations

import pytest

from newswire.extract import analyze
from newswire.extract.evaluate import SEED_DIR, coverage, load_seed_story, match_quotes

pytestmark = pytest.mark.skipif(not SEED_DIR.is_dir(), reason="shared/ seed story not beside the repository")


@pytest.fixture(scope="module")
def seed():
    story = load_seed_story()
    return story, next(analyze([story.text]))


def core_quotes(gold: dict) -> list[dict]:
    return [q for q in gold["quotes"] if q["certainty"] == "core"]


def test_all_core_quotes_found_with_the_right_reference(seed):
    story, record = seed
    gold = core_quotes(story.gold)
    assert len(gold) == 20
    matched = dict(match_quotes(record["quotes"], gold, 0.8))
    missing = [g["quote"] for i, g in enumerate(gold) if i not in matched]
    assert missing == []
    wrong = [
        (g["quote"][:40], g["reference"], record["quotes"][matched[i]]["speaker"])
        for i, g in enumerate(gold)
        if (record["quotes"][matched[i]]["speaker"] or "").lower() != g["reference"].lower()
    ]
    assert wrong == []


def test_core_quote_boundaries_mostly_exact(seed):
    story, record = seed
    gold = core_quotes(story.gold)
    matched = dict(match_quotes(record["quotes"], gold, 0.8))
    exact = sum(
        (record["quotes"][p]["start"], record["quotes"][p]["end"]) == (gold[g]["start"], gold[g]["end"])
        for g, p in matched.items()
    )
    assert exact >= 18


def test_no_spurious_quotes(seed):
    story, record = seed
    for q in record["quotes"]:
        assert any(coverage(g, q) > 0.3 for g in story.gold["quotes"]), q["quote"]


def test_people_equal_gold(seed):
    story, record = seed
    assert sorted(record["people"]) == sorted(story.gold["people"])


def test_dateline_and_contributors(seed):
    story, record = seed
    assert record["dateline"] == story.gold["dateline"]["place"]
    assert record["contributors"] == story.gold["contributors"]


def test_quote_text_matches_offsets(seed):
    story, record = seed
    for q in record["quotes"]:
        assert story.text[q["start"]:q["end"]] == q["quote"]
