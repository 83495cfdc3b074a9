"""ninjs item → CleanedArticle: the wire server's ninjs 2.x items clean to
exactly the story fields; ninjs 1.x flat fields work the same; items that are
not text stories are a CleanError naming what is wrong."""

from __future__ import annotations

import json
import urllib.request
from datetime import datetime, timezone

import pytest
from conftest import expected_clean

from newswire.clean.model import CleanError
from newswire.clean.ninjs import clean_ninjs
from newswire.corpus import load_corpus
from newswire.wire import DEFAULT_PUBLIC_BASE

STORIES = {(s.guid, s.version): s for s in load_corpus()}

SEED_LAST_LINE = ("Frankel reported from Jerusalem and Ellen Knickmeyer in Washington. "
                  "Abby Sewell in Beirut contributed reporting.")


@pytest.fixture(scope="module")
def items(wire_server) -> list[dict]:
    """Every story version the wire server's ninjs API lists."""
    found, url = [], f"{wire_server.base_url}/api/v2/content?page_size=100"
    while url:
        with urllib.request.urlopen(url) as response:
            data = json.load(response)["data"]
        found += data["items"]
        url = data["next_page"]
    return found


def test_the_api_lists_the_whole_sample_corpus(items):
    assert {(i["uri"], int(i["version"])) for i in items} == set(STORIES)


def test_every_ninjs_2_item_cleans_to_the_story(items):
    for item in items:
        s = STORIES[(item["uri"], int(item["version"]))]
        article = clean_ninjs(item)
        want = expected_clean(s)
        got = {key: getattr(article, key) for key in want}
        assert got == want, s.slug
        assert article.published_at == s.published and article.updated_at == s.updated, s.slug
        assert article.canonical_url == f"{DEFAULT_PUBLIC_BASE}/stories/{s.slug}"
        assert article.guid == s.guid and article.language == "en"


def test_the_seed_story_item_splits_dateline_and_contributor_line(items):
    item = next(i for i in items if i["uri"].endswith("cairo-ceasefire-talks"))
    article = clean_ninjs(item)
    assert article.dateline == "BUELLTON, Calif."
    assert article.paragraphs[0].startswith("The White House said Friday")
    assert article.contributors_line == SEED_LAST_LINE
    assert article.contributors == ("Frankel", "Ellen Knickmeyer", "Abby Sewell")
    assert SEED_LAST_LINE not in article.paragraphs


BODY = [
    "PORTLAND, Ore. (AP) — County health officials opened three walk-in measles vaccine clinics on Monday.",
    "“We want every family to have a shot within a short drive,” said Dr. Lena Ortiz, the county’s health officer.",
    "Kim Lee in Seattle contributed to this report.",
]


def ninjs_2(**changes) -> dict:
    item = {
        "uri": "urn:example:item:1", "version": "1", "type": "text", "language": "en",
        "firstcreated": "2024-08-20T09:30:00-07:00", "versioncreated": "2024-08-20T11:00:00Z",
        "headlines": [{"role": "sub", "value": "A subheadline"}, {"role": "main", "value": "Walk-in measles clinics open"}],
        "bylines": [{"byline": "By ANA LOPEZ"}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": "".join(f"<p>{p}</p>" for p in BODY)}],
        "links": [{"rel": "alternate", "href": "https://example.test/v1"},
                  {"rel": "canonical", "href": "https://example.test/measles"}],
    }
    item.update(changes)
    return {k: v for k, v in item.items() if v is not None}


def test_ninjs_2_fields():
    article = clean_ninjs(ninjs_2())
    assert article.headline == "Walk-in measles clinics open"  # the main headline, not the first
    assert article.byline == "By ANA LOPEZ"
    assert article.dateline == "PORTLAND, Ore."
    assert article.paragraphs == (BODY[0].split("— ", 1)[1], BODY[1])
    assert article.contributors_line == BODY[2] and article.contributors == ("Kim Lee",)
    assert article.published_at == datetime(2024, 8, 20, 16, 30, tzinfo=timezone.utc)
    assert article.updated_at == datetime(2024, 8, 20, 11, 0, tzinfo=timezone.utc)
    assert article.canonical_url == "https://example.test/measles"
    assert article.guid == "urn:example:item:1" and article.language == "en"


def test_ninjs_2_plain_text_body_and_several_bylines():
    article = clean_ninjs(ninjs_2(
        bodies=[{"role": "main", "contenttype": "text/plain", "value": "\n\n".join(BODY)}],
        bylines=[{"byline": "By ANA LOPEZ"}, {"name": "Kim Lee"}],
    ))
    assert article.paragraphs == (BODY[0].split("— ", 1)[1], BODY[1])
    assert article.byline == "By ANA LOPEZ and Kim Lee"


def test_located_is_the_dateline_when_the_body_has_none():
    article = clean_ninjs(ninjs_2(located="PORTLAND, Ore.", bodies=[
        {"role": "main", "contenttype": "text/html", "value": "".join(f"<p>{p}</p>" for p in BODY[1:])}]))
    assert article.dateline == "PORTLAND, Ore."
    assert article.paragraphs == (BODY[1],)


def test_ninjs_1_flat_fields():
    item = {
        "uri": "urn:example:item:2", "type": "text", "headline": "Walk-in measles clinics open",
        "byline": "By ANA LOPEZ", "versioncreated": "2024-08-20T18:00:00+0000", "language": "EN",
        "body_html": "".join(f"<p>{p}</p>" for p in BODY),
    }
    article = clean_ninjs(item)
    assert article.headline == "Walk-in measles clinics open"
    assert article.byline == "By ANA LOPEZ"
    assert article.dateline == "PORTLAND, Ore."
    assert article.paragraphs == (BODY[0].split("— ", 1)[1], BODY[1])
    assert article.contributors == ("Kim Lee",)
    # Only versioncreated: it is both times; the zone offset without colon is read.
    assert article.published_at == article.updated_at == datetime(2024, 8, 20, 18, 0, tzinfo=timezone.utc)
    assert article.language == "en" and article.canonical_url is None


def test_ninjs_1_text_body():
    article = clean_ninjs({"uri": "urn:example:item:3", "headline": "Clinics open", "body_text": "\n".join(BODY)})
    assert article.paragraphs == (BODY[0].split("— ", 1)[1], BODY[1])
    assert article.published_at is None


def test_naive_times_are_utc():
    article = clean_ninjs(ninjs_2(firstcreated="2024-08-20T09:30:00", versioncreated="2024-08-20T10:00:00"))
    assert article.published_at == datetime(2024, 8, 20, 9, 30, tzinfo=timezone.utc)
    assert article.updated_at.tzinfo is timezone.utc


def test_body_markup_without_paragraphs_is_one_paragraph():
    article = clean_ninjs(ninjs_2(bodies=[{"role": "main", "contenttype": "text/html",
                                            "value": "County officials opened <b>three</b> clinics on Monday, "
                                                     "and more are planned for next week in rural areas."}]))
    assert article.paragraphs == ("County officials opened three clinics on Monday, "
                                  "and more are planned for next week in rural areas.",)


@pytest.mark.parametrize("item, reason", [
    (ninjs_2(type="picture"), "of type 'picture', not text"),
    (ninjs_2(uri=None), "no 'uri'"),
    (ninjs_2(uri="  "), "no 'uri'"),
    (ninjs_2(bodies=None), "no story text"),
    (ninjs_2(bodies=[{"role": "main", "contenttype": "text/html", "value": ""}]), "no story text|unreadable body"),
    (ninjs_2(bodies=[{"role": "main", "contenttype": "text/html", "value": "<p> </p>"}]), "no story text"),
    (ninjs_2(headlines=None), "no headline"),
    (ninjs_2(bodies=[{"role": "main", "contenttype": "text/plain", "value": BODY[2]}]),
     "no story text"),  # only a contributor line
])
def test_items_that_are_not_text_stories(item, reason):
    with pytest.raises(CleanError, match=reason):
        clean_ninjs(item)


@pytest.mark.parametrize("item", [[], "text", None, 3])
def test_not_an_object(item):
    with pytest.raises(CleanError, match="expected a JSON object"):
        clean_ninjs(item)


def test_error_names_the_item():
    with pytest.raises(CleanError, match="urn:example:item:1"):
        clean_ninjs(ninjs_2(bodies=None))
