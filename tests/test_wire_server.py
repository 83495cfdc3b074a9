"""The local wire server, over real HTTP on 127.0.0.1 (never the internet).

The corpus under test is a copy of the sample corpus plus a story moved
twice (v1, then v2 a day later with a new headline), so these tests do not
depend on what the sample corpus holds at the moment.
"""

from __future__ import annotations

import json
import time
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
import requests
from bs4 import BeautifulSoup

from newswire.corpus import SAMPLE_CORPUS_DIR, CorpusFormatError, WireStory, load_corpus, parse_story
from newswire.wire import DEFAULT_PUBLIC_BASE, make_server

REPUBLISHED_GUID = "urn:newswire:test:republished-bridge"
REPUBLISHED_SLUG = "test-republished-bridge"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def story_file(version: int, published: datetime, updated: datetime, headline: str, paragraphs: list[str]) -> str:
    header = {
        "guid": REPUBLISHED_GUID,
        "slug": REPUBLISHED_SLUG,
        "version": version,
        "published": published.isoformat(),
        "updated": updated.isoformat(),
        "headline": headline,
        "byline": "By PAT EXAMPLE",
        "section": "U.S.",
        "caption": "Traffic crosses the Elm Street bridge, Tuesday, Aug. 20, 2024.",
        "keywords": "bridges, infrastructure",
    }
    return "\n".join(f"{k}: {v}" for k, v in header.items()) + "\n---\n" + "\n".join(paragraphs) + "\n"


def write_corpus(directory: Path) -> None:
    """Copy the sample stories that parse (others may be mid-write) and add a republished story."""
    directory.mkdir(parents=True, exist_ok=True)
    for path in sorted(SAMPLE_CORPUS_DIR.glob("*.story")):
        raw = path.read_text(encoding="utf-8")
        try:
            parse_story(raw, str(path))
        except (CorpusFormatError, ValueError):
            continue
        (directory / path.name).write_text(raw, encoding="utf-8")
    published = datetime(2024, 8, 20, 15, 0, tzinfo=timezone.utc)
    paragraphs = [
        "ELMWOOD, Ill. (AP) — The Elm Street bridge will close for repairs next month, city officials said Tuesday.",
        "“It is safe today, but it will not be in five years,” said city engineer Robin Hale.",
        "Pat Example in Chicago contributed reporting.",
    ]
    (directory / "test-bridge-v1.story").write_text(
        story_file(1, published, published, "Elm Street bridge to close for repairs", paragraphs), encoding="utf-8"
    )
    # v2 moves the next day, 21:30 in Chicago = 02:30 UTC the day after: its UTC day differs from its local day.
    updated = datetime(2024, 8, 21, 21, 30, tzinfo=timezone(timedelta(hours=-5)))
    paragraphs_v2 = paragraphs[:2] + ["The closure will last six weeks, Hale said Wednesday."] + paragraphs[2:]
    (directory / "test-bridge-v2.story").write_text(
        story_file(2, published, updated, "Elm Street bridge to close for six weeks of repairs", paragraphs_v2),
        encoding="utf-8",
    )


def latest_versions(versions: list[WireStory]) -> list[WireStory]:
    latest: dict[str, WireStory] = {}
    for story in versions:
        if story.guid not in latest or story.version > latest[story.guid].version:
            latest[story.guid] = story
    return sorted(latest.values(), key=lambda s: (s.updated, s.guid, s.version), reverse=True)


def entry_time(entry) -> datetime:
    """The entry's updated time (RSS has only pubDate, which the server sets to updated)."""
    stamp = entry["updated_parsed"] if "updated_parsed" in entry else entry["published_parsed"]
    return datetime(*stamp[:6], tzinfo=timezone.utc)


def utc_day(story: WireStory) -> str:
    return story.updated.astimezone(timezone.utc).date().isoformat()


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    write_corpus(directory)
    return directory


@pytest.fixture(scope="module")
def corpus(corpus_dir) -> list[WireStory]:
    return load_corpus(corpus_dir)


@pytest.fixture(scope="module")
def wire(corpus_dir):
    with make_server(corpus_dir) as server:
        yield server


@pytest.fixture(scope="module")
def http():
    with requests.Session() as session:
        yield session


def get(http, wire, path, **kwargs) -> requests.Response:
    return http.get(wire.base_url + path, timeout=10, allow_redirects=False, **kwargs)


# -- robots ------------------------------------------------------------------
def test_robots_closes_private_area_which_exists(http, wire):
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(get(http, wire, "/robots.txt").text.splitlines())
    assert not robots.can_fetch("newswire", wire.base_url + "/private/memo")
    assert robots.can_fetch("newswire", wire.base_url + "/stories/anything")
    assert robots.can_fetch("newswire", wire.base_url + "/faults/status/500")
    assert get(http, wire, "/private/memo").status_code == 200


# -- feeds -------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/rss.xml", "/atom.xml"])
def test_feed_lists_latest_version_of_each_story_once(http, wire, corpus, path):
    response = get(http, wire, path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    expected = latest_versions(corpus)[:50]
    assert [e.id for e in feed.entries] == [s.guid for s in expected]
    republished = [e for e in feed.entries if e.id == REPUBLISHED_GUID]
    assert len(republished) == 1
    assert republished[0].title == "Elm Street bridge to close for six weeks of repairs"
    assert republished[0].link == f"{wire.base_url}/stories/{REPUBLISHED_SLUG}"
    assert republished[0].author == ("By PAT EXAMPLE" if path == "/rss.xml" else "PAT EXAMPLE")
    when = entry_time(republished[0])
    assert when == datetime(2024, 8, 22, 2, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("path", ["/rss.xml", "/atom.xml", "/stories/test-republished-bridge"])
def test_conditional_get_answers_304(http, wire, path):
    first = get(http, wire, path)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    by_etag = get(http, wire, path, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304 and by_etag.content == b"" and by_etag.headers["ETag"] == etag
    assert get(http, wire, path, headers={"If-Modified-Since": modified}).status_code == 304
    assert get(http, wire, path, headers={"If-None-Match": '"stale"'}).status_code == 200
    old = "Mon, 01 Jan 2024 00:00:00 GMT"
    assert get(http, wire, path, headers={"If-Modified-Since": old}).status_code == 200


# -- sitemaps ----------------------------------------------------------------
def test_news_sitemaps_list_each_days_versions(http, wire, corpus):
    per_day = Counter(utc_day(s) for s in corpus)
    index = ET.fromstring(get(http, wire, "/sitemap-index.xml").content)
    locs = [el.text for el in index.iter(f"{SITEMAP_NS}loc")]
    assert locs == [f"{wire.base_url}/sitemaps/news-{day}.xml" for day in sorted(per_day)]
    for loc, day in zip(locs, sorted(per_day)):
        urlset = ET.fromstring(http.get(loc, timeout=10).content)
        urls = urlset.findall(f"{SITEMAP_NS}url")
        assert len(urls) == per_day[day], day
        for url in urls:
            assert url.find(f"{NEWS_NS}news/{NEWS_NS}publication_date").text.startswith(day)
            assert url.find(f"{NEWS_NS}news/{NEWS_NS}title").text
            assert url.find(f"{SITEMAP_NS}lastmod").text.startswith(day)
    # v2 of the republished story moved on 22 Aug UTC (21 Aug in Chicago).
    day_22 = get(http, wire, "/sitemaps/news-2024-08-22.xml").text
    assert f"/stories/{REPUBLISHED_SLUG}/v2</loc>" in day_22


def test_sitemap_of_unknown_day_is_empty(http, wire):
    empty = get(http, wire, "/sitemaps/news-1999-01-01.xml")
    assert empty.status_code == 200
    assert ET.fromstring(empty.content).tag == f"{SITEMAP_NS}urlset"
    assert ET.fromstring(empty.content).findall(f"{SITEMAP_NS}url") == []
    assert get(http, wire, "/sitemaps/news-2024-13-45.xml").status_code == 404


# -- ninjs API ---------------------------------------------------------------
def test_ninjs_pages_return_every_version_in_interval_once(http, wire, corpus):
    since = datetime(2024, 8, 20, tzinfo=timezone.utc)
    until = datetime(2024, 8, 23, tzinfo=timezone.utc)
    expected = [(s.guid, str(s.version)) for s in corpus if since <= s.updated < until]
    assert len(expected) > 3  # so several pages are needed
    seen, pages = [], 0
    url = f"{wire.base_url}/api/v2/content"
    params = {"since": since.isoformat(), "until": until.isoformat(), "page_size": 3}
    while url:
        response = http.get(url, params=params, timeout=10)
        assert response.status_code == 200, response.text
        params = None
        page = response.json()
        assert page["api_version"] == "2"
        items = page["data"]["items"]
        assert page["data"]["current_item_count"] == len(items) <= 3
        seen += [(item["uri"], item["version"]) for item in items]
        url = page["data"]["next_page"]
        pages += 1
    assert seen == expected  # oldest first, none twice, none missing
    assert pages == -(-len(expected) // 3)


def test_ninjs_item_shape(http, wire, corpus):
    v2 = next(s for s in corpus if s.guid == REPUBLISHED_GUID and s.version == 2)
    for ident in (REPUBLISHED_GUID, REPUBLISHED_SLUG):
        body = get(http, wire, f"/api/v2/content/{ident}").json()
        item = body["data"]["item"]
        assert item["uri"] == REPUBLISHED_GUID and item["version"] == "2"
        assert item["type"] == "text" and item["language"] == "en"
        assert item["firstcreated"] == "2024-08-20T15:00:00Z"
        assert item["versioncreated"] == "2024-08-22T02:30:00Z"
        assert item["headlines"] == [{"role": "main", "value": v2.headline}]
        assert item["bylines"] == [{"byline": "By PAT EXAMPLE"}]
        assert item["located"] == "ELMWOOD, Ill."
        body_soup = BeautifulSoup(item["bodies"][0]["value"], "html.parser")
        assert [p.get_text() for p in body_soup.find_all("p")] == v2.paragraphs
        links = {link["rel"]: link["href"] for link in item["links"]}
        assert links["canonical"] == f"{DEFAULT_PUBLIC_BASE}/stories/{REPUBLISHED_SLUG}"
        assert links["alternate"] == f"{wire.base_url}/stories/{REPUBLISHED_SLUG}/v2"
        assert item["subjects"] == [{"name": "bridges"}, {"name": "infrastructure"}]
    assert get(http, wire, "/api/v2/content/urn:newswire:nothing").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "since=yesterday",
        "page_size=0",
        "page_size=101",
        "page_size=ten",
        "cursor=not-a-cursor",
        "since=2024-08-23T00:00:00Z&until=2024-08-20T00:00:00Z",
        "since=2024-08-20T00:00:00 00:00",  # an unencoded '+'
    ],
)
def test_ninjs_bad_parameters_get_400_json(http, wire, query):
    response = get(http, wire, f"/api/v2/content?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400


# -- article pages -----------------------------------------------------------
def test_article_page_carries_story_and_metadata(http, wire, corpus):
    pages = [(story, f"/stories/{story.slug}") for story in latest_versions(corpus)[:5]]
    pages += [(story, f"/stories/{story.slug}/v{story.version}") for story in corpus if story.guid == REPUBLISHED_GUID]
    for story, path in pages:
        response = get(http, wire, path)
        assert response.status_code == 200 and response.headers["Content-Type"] == "text/html; charset=utf-8"
        soup = BeautifulSoup(response.text, "html.parser")
        assert soup.html["lang"] == "en"
        assert soup.find("link", rel="canonical")["href"] == f"{DEFAULT_PUBLIC_BASE}/stories/{story.slug}"
        assert soup.h1.get_text() == story.headline
        assert soup.find("meta", property="og:type")["content"] == "article"
        assert soup.find("meta", property="article:modified_time")["content"] == (
            story.updated.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        )
        assert soup.find("time")["datetime"].startswith(story.updated.astimezone(timezone.utc).date().isoformat())
        if story.caption:
            assert soup.figcaption.get_text() == story.caption
        page_paragraphs = [p.get_text() for p in soup.find_all("p")]
        positions = [page_paragraphs.index(paragraph) for paragraph in story.paragraphs]
        assert positions == sorted(positions)  # all there, in order
        assert any(p.startswith("Read more:") for p in page_paragraphs)
        json_ld = json.loads(soup.find("script", type="application/ld+json").string)
        assert json_ld["@type"] == "NewsArticle" and json_ld["identifier"] == story.guid


def test_unknown_story_and_path_are_404(http, wire):
    assert get(http, wire, "/stories/no-such-story").status_code == 404
    assert get(http, wire, f"/stories/{REPUBLISHED_SLUG}/v9").status_code == 404
    assert get(http, wire, "/wp-admin").status_code == 404
    assert get(http, wire, "/api/v2/nothing").json()["error"]["status"] == 404


# -- the clock and a changing corpus ----------------------------------------
def test_now_hides_versions_not_yet_moved(corpus_dir):
    before_v2 = datetime(2024, 8, 21, 0, 0, tzinfo=timezone.utc)
    with make_server(corpus_dir, now=before_v2) as wire, requests.Session() as http:
        feed = feedparser.parse(get(http, wire, "/rss.xml").content)
        titles = {e.id: e.title for e in feed.entries}
        assert titles[REPUBLISHED_GUID] == "Elm Street bridge to close for repairs"
        assert all(entry_time(e) <= before_v2 for e in feed.entries)
        assert get(http, wire, f"/stories/{REPUBLISHED_SLUG}/v2").status_code == 404
        wire.now = None
        assert get(http, wire, f"/stories/{REPUBLISHED_SLUG}/v2").status_code == 200


def test_stopped_server_ends_kept_alive_connections(corpus_dir):
    with requests.Session() as http:
        with make_server(corpus_dir) as wire:
            assert get(http, wire, "/robots.txt").status_code == 200  # the session keeps the connection
        with pytest.raises(requests.exceptions.ConnectionError):
            get(http, wire, "/robots.txt")


def test_stories_added_while_running_appear(tmp_path, corpus_dir):
    (tmp_path / "bridge-v1.story").write_text((corpus_dir / "test-bridge-v1.story").read_text(encoding="utf-8"))
    with make_server(tmp_path) as wire, requests.Session() as http:
        assert len(feedparser.parse(get(http, wire, "/rss.xml").content).entries) == 1
        (tmp_path / "half-written.story").write_text("guid: urn:x\nslug: x\n")  # skipped, not fatal
        (tmp_path / "bridge-v2.story").write_text((corpus_dir / "test-bridge-v2.story").read_text(encoding="utf-8"))
        entries = feedparser.parse(get(http, wire, "/rss.xml").content).entries
        assert [e.title for e in entries] == ["Elm Street bridge to close for six weeks of repairs"]


# -- faults ------------------------------------------------------------------
def test_ratelimit_sends_retry_after(http, wire):
    response = get(http, wire, "/faults/ratelimit?retry_after=7")
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"


def test_flaky_fails_n_times_then_serves_an_article(http, wire):
    path = "/faults/flaky?key=test-flaky&fail=2&code=503"
    assert [get(http, wire, path).status_code for _ in range(2)] == [503, 503]
    ok = get(http, wire, path)
    assert ok.status_code == 200
    assert BeautifulSoup(ok.text, "html.parser").find("link", rel="canonical")["href"].startswith(DEFAULT_PUBLIC_BASE)
    assert [entry for entry in wire.request_log if entry[1] == path] == [
        ("GET", path, 503), ("GET", path, 503), ("GET", path, 200)
    ]


def test_truncated_body_breaks_the_read(http, wire):
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)):
        get(http, wire, "/faults/truncated")


def test_status_redirect_and_empty_faults(http, wire):
    assert get(http, wire, "/faults/status/500").status_code == 500
    assert get(http, wire, "/faults/status/999").status_code == 400
    redirect = get(http, wire, "/faults/redirect-offsite")
    assert redirect.status_code == 302 and redirect.headers["Location"] == "http://203.0.113.9/elsewhere"
    empty = get(http, wire, "/faults/empty")
    assert empty.status_code == 200 and empty.content == b""


def test_slow_and_large_bodies(http, wire):
    started = time.monotonic()
    drip = get(http, wire, "/faults/drip?seconds=0.4&bytes=40")
    assert len(drip.content) == 40 and time.monotonic() - started >= 0.35
    huge = get(http, wire, "/faults/huge?mb=0.25&declared=1")
    assert int(huge.headers["Content-Length"]) == len(huge.content) == 2**18
    undeclared = http.get(wire.base_url + "/faults/huge?mb=0.1", stream=True, timeout=10)
    assert "Content-Length" not in undeclared.headers
    assert len(undeclared.content) == int(0.1 * 2**20)


def test_hostile_text_is_escaped_in_the_page(http, wire):
    page = get(http, wire, "/faults/hostile").text
    soup = BeautifulSoup(page, "html.parser")
    texts = [p.get_text() for p in soup.find_all("p")]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any("'); DROP TABLE stories; --" in t for t in texts)
    assert "<script>alert(1)" not in page and "onerror=alert(1)>" not in page  # text, never markup
    assert not any("alert" in (script.string or "") for script in soup.find_all("script"))
    json_ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert json_ld["headline"] == soup.h1.get_text() == "City’s permit website fends off <script> attacks & SQL injection attempts"


def test_charset_faults(http, wire):
    wrong = get(http, wire, "/faults/charset/wrong-declared")
    assert "charset=utf-8" in wrong.headers["Content-Type"]
    with pytest.raises(UnicodeDecodeError):
        wrong.content.decode("utf-8")
    assert "“We’re not going" in wrong.content.decode("cp1252")
    latin1 = get(http, wire, "/faults/charset/latin1-undeclared")
    assert latin1.headers["Content-Type"] == "text/html" and b"<meta charset" not in latin1.content.lower()
    assert "José Muñoz" in latin1.content.decode("iso-8859-1")
    bom = get(http, wire, "/faults/charset/utf8-bom").content
    assert bom.startswith(b"\xef\xbb\xbf") and "Kōsei" in bom.decode("utf-8-sig")


def test_feed_faults(http, wire, corpus):
    assert b"<!ENTITY lol9" in get(http, wire, "/faults/feed/entity-bomb.xml").content
    with pytest.raises(ET.ParseError):
        ET.fromstring(get(http, wire, "/faults/feed/malformed.xml").content)
    duplicates = feedparser.parse(get(http, wire, "/faults/feed/duplicate-guids.xml").content)
    ids = [e.id for e in duplicates.entries]
    assert len(ids) == 3 and len(set(ids)) == 2
    mixed = feedparser.parse(get(http, wire, "/faults/feed/mixed.xml").content)
    links = [e.link for e in mixed.entries]
    assert any("/faults/truncated" in link for link in links)
    assert any("/stories/" in link for link in links)
    assert get(http, wire, "/faults/api/not-ninjs").json()["status"] == "ok"
    with pytest.raises(ValueError):
        get(http, wire, "/faults/api/malformed").json()


def test_head_and_other_methods(http, wire):
    head = http.head(wire.base_url + "/rss.xml", timeout=10)
    assert head.status_code == 200 and head.content == b"" and int(head.headers["Content-Length"]) > 0
    assert http.post(wire.base_url + "/rss.xml", data=b"x", timeout=10).status_code == 405
