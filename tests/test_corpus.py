"""The sample wire corpus and its gold annotations are well formed.

The corpus (``include/newswire/corpus/sample``) is what the pipeline, its
tests and the demo run on; the gold files (``tests/fixtures/annotated``) are
hand annotations of some of its stories, following
``shared/docs/quote-conventions.md``. Offsets in a gold file index the
story's ``WireStory.text``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest

from newswire.corpus import SAMPLE_CORPUS_DIR, WireStory, load_corpus, parse_story

ANNOTATED_DIR = Path(__file__).resolve().parent / "fixtures" / "annotated"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_STEM = "2024-08-23-cairo-ceasefire-talks"

GOLD_KEYS = {"dateline", "contributors_line", "contributors", "people", "organizations", "places", "aliases", "quotes"}
QUOTE_KEYS = {"quote", "start", "end", "speaker", "reference", "verb", "kind", "certainty"}

STORY_FILES = sorted(SAMPLE_CORPUS_DIR.glob("*.story"))
GOLD_FILES = sorted(ANNOTATED_DIR.glob("*.gold.json"))


def _story(stem: str) -> WireStory:
    path = SAMPLE_CORPUS_DIR / f"{stem}.story"
    return parse_story(path.read_text(encoding="utf-8"), str(path))


@pytest.fixture(scope="module")
def corpus() -> list[WireStory]:
    return load_corpus()


def test_every_story_file_parses(corpus):
    assert len(STORY_FILES) >= 32
    assert len(corpus) == len(STORY_FILES)
    for story in corpus:
        assert story.paragraphs, story.guid
        assert "\n\n" not in story.text, f"{story.guid}: blank line inside the text"


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: p.name)
def test_file_name_matches_header(path):
    story = parse_story(path.read_text(encoding="utf-8"), str(path))
    suffix = "" if story.version == 1 else f"-v{story.version}"
    assert path.name == f"{story.day}-{story.slug}{suffix}.story"
    assert story.published.utcoffset() == timedelta(0)
    assert story.updated.utcoffset() == timedelta(0)
    assert story.updated >= story.published
    words = len(story.text.split())
    longest = 1000 if path.stem == SEED_STEM else 700  # the real seed story runs long
    assert 250 <= words <= longest, f"{path.name}: {words} words"


def test_corpus_spans_many_stories_and_days(corpus):
    guids = {s.guid for s in corpus}
    days = {s.day for s in corpus}
    assert len(guids) >= 30
    assert len(days) >= 5
    per_day = defaultdict(set)
    for s in corpus:
        per_day[s.day].add(s.guid)
    assert all(len(g) >= 5 for g in per_day.values()), {d: len(g) for d, g in per_day.items()}


def test_a_story_is_republished(corpus):
    versions = defaultdict(list)
    for s in corpus:
        versions[s.guid].append(s)
    republished = [v for v in versions.values() if len(v) >= 2]
    assert republished, "no guid has two versions"
    assert any(len({s.updated for s in v}) >= 2 for v in republished)
    for v in republished:
        v.sort(key=lambda s: s.version)
        assert len({s.version for s in v}) == len(v), "duplicate version number"
        assert len({s.slug for s in v}) == 1
        assert len({s.published for s in v}) == 1, "published must not change between versions"
        assert [s.updated for s in v] == sorted(s.updated for s in v)


def test_gold_files_belong_to_stories():
    assert len(GOLD_FILES) >= 13
    for path in GOLD_FILES:
        stem = path.name[: -len(".gold.json")]
        assert (SAMPLE_CORPUS_DIR / f"{stem}.story").exists(), path.name
    stems = {p.name[: -len(".gold.json")] for p in GOLD_FILES}
    assert any(stem.endswith("-v2") for stem in stems), "the republished version should be annotated"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_offsets_index_the_story_text(path):
    stem = path.name[: -len(".gold.json")]
    text = _story(stem).text
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert GOLD_KEYS <= set(gold), path.name
    assert gold["quotes"], path.name
    for q in gold["quotes"]:
        assert QUOTE_KEYS <= set(q), q
        assert text[q["start"]:q["end"]] == q["quote"], q
        assert q["kind"] in {"direct", "indirect", "mixed"}, q
        assert q["certainty"] in {"core", "borderline"}, q
        assert q["reference"] or q["speaker"], f"quote with neither speaker nor reference: {q}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_metadata_matches_the_story(path):
    stem = path.name[: -len(".gold.json")]
    text = _story(stem).text
    gold = json.loads(path.read_text(encoding="utf-8"))
    if gold["dateline"] is None:
        assert not re.match(r"[A-Z][A-Z.' ]+(, [A-Z][\w.]*)*( \(AP\))? (—|--) ", text), "story has a dateline"
    else:
        assert text.startswith(gold["dateline"]["text"])
        assert gold["dateline"]["text"].startswith(gold["dateline"]["place"])
    if gold["contributors_line"]:
        assert text.rstrip().split("\n")[-1] == gold["contributors_line"]
        for name in gold["contributors"]:
            assert name in gold["contributors_line"]
    else:
        assert gold["contributors"] == []
    for name, forms in gold["aliases"].items():
        for form in forms:
            assert form in text, (name, form)


def test_seed_story_is_the_shared_fixture():
    seed = _story(SEED_STEM)
    shared_text = (SHARED / "fixtures" / "seed-story" / "story.txt").read_text(encoding="utf-8")
    assert seed.text == shared_text.strip("\n")


def test_seed_gold_is_the_shared_annotation():
    ours = json.loads((ANNOTATED_DIR / f"{SEED_STEM}.gold.json").read_text(encoding="utf-8"))
    shared = json.loads((SHARED / "fixtures" / "seed-story" / "gold.json").read_text(encoding="utf-8"))
    assert ours == shared
