"""Article HTML → CleanedArticle: wire pages clean to exactly the story, page
chrome never reaches the body, charset mistakes are repaired, metadata falls
back from JSON-LD to <meta> to the visible page, and the benchmark scorer
counts what it says it counts. Real pages, real parser, real trafilatura."""

from __future__ import annotations

import codecs
import dataclasses
import json
import unicodedata
import urllib.request
from collections import Counter
from datetime import datetime, timezone

import pytest
from conftest import expected_clean

from newswire.clean import benchmark
from newswire.clean.html import (
    choose_paragraphs,
    clean_html,
    decode_html,
    drop_boilerplate,
    page_metadata,
    parse_html,
)
from newswire.clean.model import CleanError
from newswire.corpus import load_corpus
from newswire.wire import DEFAULT_PUBLIC_BASE
from newswire.wire.pages import render_article, related_links

STORIES = load_corpus()
SEED_SLUG = "cairo-ceasefire-talks"


def story(slug: str):
    return next(s for s in STORIES if s.slug == slug)


def page_of(s, **options) -> str:
    return render_article(s, canonical=f"{DEFAULT_PUBLIC_BASE}/stories/{s.slug}", related=related_links(s, STORIES),
                          **options)


def fields(article) -> dict:
    return {key: getattr(article, key) for key in ("headline", "byline", "dateline", "paragraphs",
                                                   "contributors_line", "contributors")}


# -- wire pages ------------------------------------------------------------------
@pytest.mark.parametrize("s", STORIES, ids=lambda s: f"{s.slug}-v{s.version}")
def test_every_sample_story_page_cleans_to_the_story(s):
    canonical = f"{DEFAULT_PUBLIC_BASE}/stories/{s.slug}"
    article = clean_html(page_of(s).encode("utf-8"), canonical, "text/html; charset=utf-8")
    assert fields(article) == expected_clean(s)
    assert article.published_at == s.published and article.updated_at == s.updated
    assert article.canonical_url == canonical
    assert article.guid == s.guid
    assert article.language == "en"


@pytest.mark.parametrize("s", STORIES, ids=lambda s: f"{s.slug}-v{s.version}")
def test_page_chrome_never_reaches_the_body(s):
    article = clean_html(page_of(s).encode("utf-8"))
    body = article.body
    others = {o.headline for o in STORIES if o.guid != s.guid}
    for chrome in ("Read more", "Advertisement", "Share on Facebook", "Share on X", "Copy link", "Sign up for",
                   "in your inbox every morning", "Join the conversation", "All rights reserved", "Trending",
                   "Related stories", "Most read", "Topics", "Skip to main content", "Comments (", "(AP Photo)"):
        assert chrome not in body, chrome
    if s.caption:
        assert s.caption not in body
    assert not [p for p in article.paragraphs if p in others]  # rail, breaking bar and read-more headlines
    assert s.headline not in article.paragraphs


def test_the_seed_story_over_http_splits_dateline_and_contributors(wire_server):
    s = story(SEED_SLUG)
    url = f"{wire_server.base_url}/stories/{s.slug}/v{s.version}"
    with urllib.request.urlopen(url) as response:
        article = clean_html(response.read(), url, response.headers.get("Content-Type"))
    assert fields(article) == expected_clean(s)
    assert article.dateline == "BUELLTON, Calif."
    assert article.paragraphs[0].startswith("The White House said Friday that cease-fire talks")
    assert article.contributors_line == ("Frankel reported from Jerusalem and Ellen Knickmeyer in Washington. "
                                         "Abby Sewell in Beirut contributed reporting.")
    assert article.contributors == ("Frankel", "Ellen Knickmeyer", "Abby Sewell")
    assert article.canonical_url == f"{DEFAULT_PUBLIC_BASE}/stories/{s.slug}"
    assert not any(p.startswith(("Read more", "Frankel reported")) for p in article.paragraphs)


def test_all_served_story_pages_clean_exactly(wire_server):
    for s in STORIES:
        url = f"{wire_server.base_url}/stories/{s.slug}/v{s.version}"
        with urllib.request.urlopen(url) as response:
            article = clean_html(response.read(), url, response.headers.get("Content-Type"))
        assert fields(article) == expected_clean(s), s.slug


def test_hostile_text_stays_literal_text(wire_server):
    with urllib.request.urlopen(f"{wire_server.base_url}/faults/hostile") as response:
        article = clean_html(response.read(), None, response.headers.get("Content-Type"))
    assert article.headline == "City’s permit website fends off <script> attacks & SQL injection attempts"
    assert any("<script>alert(1)</script>" in p for p in article.paragraphs)
    assert any("'); DROP TABLE stories; --" in p for p in article.paragraphs)
    assert article.contributors == ("Jane Doe",)


# -- encodings -------------------------------------------------------------------
def _fetch(wire_server, path: str):
    with urllib.request.urlopen(wire_server.base_url + path) as response:
        return response.read(), response.headers.get("Content-Type")


def test_undeclared_latin1_page(wire_server):
    payload, content_type = _fetch(wire_server, "/faults/charset/latin1-undeclared")
    assert b"<meta charset" not in payload.lower() and "charset" not in content_type
    article = clean_html(payload, None, content_type)
    assert article.headline == "Madrid café owners brace for a quieter August as tourists stay home"
    assert article.dateline == "MADRID"
    assert article.paragraphs[0].startswith("José Muñoz has run the same café near the Plaza Mayor")
    assert any("Jürgen Müller, a retired engineer from Köln" in p and "£1,200" in p for p in article.paragraphs)
    assert "\ufffd" not in article.body


def test_cp1252_page_declared_as_utf8(wire_server):
    payload, content_type = _fetch(wire_server, "/faults/charset/wrong-declared")
    assert "utf-8" in content_type.lower()
    article = clean_html(payload, None, content_type)
    assert article.headline == "Québec bakers say “pain de campagne” prices can’t rise any further"
    assert article.dateline == "QUEBEC CITY"
    assert article.paragraphs[1] == "“We’re not going to pass it all on to our customers — they’re our neighbors,” Côté said Tuesday."
    assert "\ufffd" not in article.body


def test_utf8_page_with_byte_order_mark(wire_server):
    payload, content_type = _fetch(wire_server, "/faults/charset/utf8-bom")
    assert payload.startswith(codecs.BOM_UTF8)
    article = clean_html(payload, None, content_type)
    assert article.headline == "Kyoto temple limits visits to its moss garden to ease crowding"
    assert article.dateline == "KYOTO, Japan"
    assert "Kyoto’s Higashiyama district" in article.paragraphs[0]
    assert "Kōsei Yamada" in article.body and "¥500" in article.body
    assert "\ufeff" not in article.body + article.headline


@pytest.mark.parametrize("payload, content_type, text", [
    ("“Quoted” – café".encode("cp1252"), None, "“Quoted” – café"),  # undeclared: Windows-1252
    ("“Quoted” – café".encode("cp1252"), "text/html; charset=iso-8859-1", "“Quoted” – café"),  # latin-1 means cp1252
    ("“Quoted” – café".encode("cp1252"), "text/html; charset=utf-8", "“Quoted” – café"),  # declaration proven wrong
    (b'<meta charset="koi8-r">' + "Привет".encode("koi8-r"), None, '<meta charset="koi8-r">Привет'),
    ("Grüße".encode("utf-8"), "text/html; charset=iso-8859-1", "Grüße"),  # valid UTF-8 beats the header
    (codecs.BOM_UTF8 + "Grüße".encode("utf-8"), None, "Grüße"),
    (codecs.BOM_UTF16_LE + "Grüße".encode("utf-16-le"), None, "Grüße"),
])
def test_decode_html(payload, content_type, text):
    assert decode_html(payload, content_type) == text


def test_text_is_nfc_and_keeps_typographic_quotes():
    decomposed = unicodedata.normalize("NFD", "Renée Côté")
    paragraphs = "".join(
        f"<p>“{decomposed} said the bakery’s flour bill rose again,” a neighbor said, paragraph {n}.</p>"
        for n in range(4))
    html = f"<html><head><title>Bakers</title></head><body><h1>Bakers’ “bread”</h1><article>{paragraphs}</article></body></html>"
    article = clean_html(html.encode("utf-8"))
    assert article.headline == "Bakers’ “bread”"
    assert article.paragraphs[0].startswith("“Renée Côté said the bakery’s flour bill rose again,”")
    assert all(p == unicodedata.normalize("NFC", p) for p in article.paragraphs)
    assert "Renée" in article.body and decomposed not in article.body


# -- pages without a story --------------------------------------------------------
@pytest.mark.parametrize("payload", [b"", b"   \n\t "])
def test_empty_body_is_a_clean_error(payload):
    with pytest.raises(CleanError, match="empty body"):
        clean_html(payload, "https://example.test/a", "text/html")


def test_a_page_of_only_chrome_is_a_clean_error():
    s = dataclasses.replace(story(SEED_SLUG), text="", caption="")
    with pytest.raises(CleanError, match="no story text"):
        clean_html(page_of(s).encode("utf-8"))


def test_a_page_with_a_few_words_is_a_clean_error():
    with pytest.raises(CleanError, match="no story text"):
        clean_html(b"<html><body><h1>Title</h1><p>Coming soon.</p></body></html>")


def test_not_an_html_content_type_is_a_clean_error():
    with pytest.raises(CleanError, match="content type"):
        clean_html(b"%PDF-1.7", "https://example.test/a.pdf", "application/pdf")


def test_the_empty_fault_page_over_http(wire_server):
    payload, content_type = _fetch(wire_server, "/faults/empty")
    with pytest.raises(CleanError, match="empty"):
        clean_html(payload, None, content_type)


# -- metadata fallbacks ----------------------------------------------------------------
BODY = "".join(
    f"<p>The city council voted on Tuesday to extend the library’s opening hours, paragraph {n} of the story, "
    "after a long debate about the budget for next year.</p>" for n in range(5))


def _page(head: str = "", before_body: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{before_body}<article>{BODY}</article></body></html>".encode()


def _ld(data: dict | list) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_gives_headline_times_canonical_and_author_without_visible_ones():
    article = clean_html(_page(_ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library hours extended",
        "datePublished": "2024-08-20T09:30:00-04:00", "dateModified": "2024-08-20T15:00:00+02:00",
        "url": "https://example.test/library", "author": [{"@type": "Person", "name": "Pat Example"}],
        "identifier": "urn:example:1"})), "https://example.test/library?utm=x")
    assert article.headline == "Library hours extended"
    assert article.published_at == datetime(2024, 8, 20, 13, 30, tzinfo=timezone.utc)
    assert article.updated_at == datetime(2024, 8, 20, 13, 0, tzinfo=timezone.utc)
    assert article.canonical_url == "https://example.test/library"
    assert article.byline == "By Pat Example"
    assert article.guid == "urn:example:1"


def test_json_ld_in_a_graph_and_broken_json_ld_next_to_it():
    head = '<script type="application/ld+json">{not json</script>' + _ld({"@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": ["NewsArticle"], "headline": "From the graph", "datePublished": "2024-08-20T09:30:00Z"}]})
    article = clean_html(_page(head))
    assert article.headline == "From the graph"
    assert article.published_at == datetime(2024, 8, 20, 9, 30, tzinfo=timezone.utc)


def test_meta_tags_when_there_is_no_json_ld():
    head = ('<meta property="og:title" content="Open Graph headline">'
            '<meta property="article:published_time" content="2024-08-20T09:30:00+0200">'
            '<meta property="article:modified_time" content="2024-08-21T00:00:00">'
            '<meta property="og:url" content="https://example.test/og">'
            '<meta name="author" content="Sam Writer">')
    article = clean_html(_page(head), "https://example.test/request")
    assert article.headline == "Open Graph headline"
    assert article.published_at == datetime(2024, 8, 20, 7, 30, tzinfo=timezone.utc)
    assert article.updated_at == datetime(2024, 8, 21, 0, 0, tzinfo=timezone.utc)  # naive means UTC
    assert article.canonical_url == "https://example.test/og"
    assert article.byline == "By Sam Writer"


def test_visible_page_when_there_is_neither():
    before = ('<h1>Visible headline</h1><span class="byline">By ANA LOPEZ</span>'
              '<time datetime="2024-08-20T23:15:00-07:00">Aug. 20</time>')
    article = clean_html(_page("<title>Visible headline | Example</title>", before), "https://example.test/r")
    assert article.headline == "Visible headline"
    assert article.byline == "By ANA LOPEZ"
    assert article.published_at == datetime(2024, 8, 21, 6, 15, tzinfo=timezone.utc)
    assert article.updated_at == article.published_at
    assert article.canonical_url == "https://example.test/r"  # the URL it was fetched from
    assert "Visible headline" not in article.paragraphs


def test_title_element_is_the_last_resort_for_the_headline():
    assert page_metadata(parse_html(_page("<title>Only a title</title>").decode()))["headline"] == "Only a title"


def test_times_are_timezone_aware_utc_for_every_sample_page():
    for s in STORIES[:5]:
        article = clean_html(page_of(s).encode("utf-8"))
        for when in (article.published_at, article.updated_at):
            assert when.tzinfo is not None and when.utcoffset().total_seconds() == 0


def test_junk_times_are_none_not_an_error():
    head = '<meta property="article:published_time" content="yesterday-ish">'
    article = clean_html(_page("<title>A page title here</title>" + head))
    assert article.published_at is None and article.updated_at is None


# -- body reading on other page shapes ------------------------------------------------
def test_a_page_without_a_story_container_is_read_by_trafilatura():
    html = ("<html><head><title>Harbor dredging approved</title></head><body>"
            "<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            "<div class='main'>" + BODY + "</div>"
            "<div class='foot'>© 2024 Example Media. All rights reserved.</div></body></html>")
    article = clean_html(html.encode())
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("The city council voted on Tuesday")
    assert "All rights reserved" not in article.body


def test_a_story_split_by_an_ad_into_two_blocks_is_read_whole():
    first = "".join(f"<p>First part of the story, sentence {n}, about the harbor dredging plan and its cost.</p>"
                    for n in range(6))
    second = "".join(f"<p>Second part of the story, sentence {n}, about what the fishermen said of the plan.</p>"
                     for n in range(6))
    html = ("<html><head><title>Dredging</title></head><body><h1>Dredging</h1>"
            f"<div class='article__body'>{first}</div>"
            "<div class='ad-slot'><p>Advertisement</p></div>"
            f"<div class='article__body'>{second}</div></body></html>")
    article = clean_html(html.encode())
    assert len(article.paragraphs) == 12
    assert article.paragraphs[6].startswith("Second part of the story, sentence 0")


def test_drop_boilerplate_lines():
    story_lines = [
        "The council voted 7-2 on Tuesday to extend the library’s hours.",
        "More than 200 residents signed a petition, and readers who subscribe to the council’s newsletter "
        "were told of the vote a week ago, the clerk said.",
        "The new hours start in September.",
    ]
    page = ["Library hours extended after council vote", story_lines[0], "Advertisement",
            "Read more: Council approves the budget", story_lines[1], "Related: Budget talks stall",
            "Sign up for our daily newsletter to get the latest news in your inbox.",
            "Like this story? Share it with a friend!", "Filed under: Local, Libraries", "3 min read",
            story_lines[2], "12 Comments", "Great news, said a reader.", "I disagree."]
    titles = {("library", "hours", "extended", "after", "council", "vote")}
    assert drop_boilerplate(page, titles) == story_lines


def test_a_comments_heading_early_in_a_page_does_not_cut_the_story():
    story_lines = ["The council heard from residents who want the library open on Sundays again.",
                   "Several speakers said the cuts had hurt students most, since the school library closes early.",
                   "The budget committee will publish its proposal next week, the chair said.",
                   "A final vote is expected in October, after a second public hearing."]
    lines = [story_lines[0], "Comments", *story_lines[1:]]
    assert drop_boilerplate(lines) == lines  # the heading comes too early to end the story
    assert drop_boilerplate([*story_lines, "Comments", "Nice.", "Agreed!"]) == story_lines


STORY = [
    "The city council voted 7-2 on Tuesday to extend the public library’s opening hours.",
    "Branches will stay open until 9 p.m. on weekdays and reopen on Sundays from September.",
    "Supporters said students and shift workers had lost their only quiet place to study.",
    "The two members who voted against said the $1.2 million cost should wait for the budget.",
    "Librarians will be hired on one-year contracts while the city looks for permanent funding.",
    "The mayor is expected to sign the measure this week, a spokesperson said.",
]


def test_container_is_chosen_only_when_it_agrees_with_trafilatura():
    teasers = [[f"Teaser {n}: an unrelated story about the harbor, the weather or the football team."]
               for n in range(6)]
    container = [line.replace("’", "'") for line in STORY]  # a spelling of its own, to tell the readings apart
    assert choose_paragraphs([container], [*STORY, "Read more: x"]) == container  # the same story
    assert choose_paragraphs(teasers, STORY) == STORY  # the 'container' is a teaser list
    assert choose_paragraphs([container[:2]], STORY) == STORY  # the container misses most of the story
    assert choose_paragraphs([container[:3], container[3:]], STORY[:3]) == container  # split story, read whole
    assert choose_paragraphs(None, STORY) == STORY
    assert choose_paragraphs([container], []) == container


# -- the benchmark scorer ---------------------------------------------------------------
def test_shingles_are_counted_4_word_windows():
    assert benchmark.shingles("one two three four five") == Counter(
        {("one", "two", "three", "four"): 1, ("two", "three", "four", "five"): 1})
    assert benchmark.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert benchmark.shingles("too short here") == Counter()
    assert benchmark.shingles("Don't stop—now, please!") == Counter({("Don", "t", "stop", "now"): 1,
                                                                      ("t", "stop", "now", "please"): 1})


@pytest.mark.parametrize("true, predicted, scores", [
    ("one two three four five", "one two three four five", (1.0, 1.0)),
    ("one two three four five", "one two three four six", (0.5, 0.5)),
    ("one two three four five", "zero one two three four five", (2 / 3, 1.0)),
    ("one two three four five six", "one two three four", (1.0, 1 / 3)),
    ("a b c d a b c d", "a b c d", (1.0, 0.2)),  # repeated shingles count with their multiplicity
    ("one two three four five", "", (0.0, 0.0)),
    ("", "", (1.0, 1.0)),
    ("", "one two three four", (0.0, 1.0)),
])
def test_page_scores(true, predicted, scores):
    assert benchmark.page_scores(true, predicted) == pytest.approx(scores)


def test_score_averages_per_page_then_takes_f1_of_the_averages():
    pages = [("p1", "one two three four five", b"one two three four five"),
             ("p2", "one two three four five six", b"one two three four"),
             ("p3", "one two three four five", b"")]
    s = benchmark.score(pages, lambda html: html.decode())
    assert s["precision"] == pytest.approx((1.0 + 1.0 + 0.0) / 3)
    assert s["recall"] == pytest.approx((1.0 + 1 / 3 + 0.0) / 3)
    assert s["f1"] == pytest.approx(benchmark.f1(2 / 3, 4 / 9))
    assert benchmark.f1(0.0, 0.0) == 0.0


def test_an_extractor_that_fails_scores_zero_on_that_page():
    def boom(html):
        raise RuntimeError("cannot read")
    s = benchmark.score([("p", "one two three four", b"x")], boom)
    assert (s["precision"], s["recall"], s["failures"]) == (0.0, 0.0, 1)


def test_benchmark_halves_are_fixed():
    ids = [f"page-{n}" for n in range(40)]
    halves = [benchmark.half_of(i) for i in ids]
    assert set(halves) == {"A", "B"}
    assert halves == [benchmark.half_of(i) for i in ids]
