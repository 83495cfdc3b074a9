"""Fault injection for the fault-tolerance tests: every way a source misbehaves.

All under ``/faults/``; parameters are query parameters; a bad parameter
answers 400. Pages that serve "an article" serve the newest visible story
(a fixed made-up one when the corpus is empty), unless ``slug`` names one.

``status/<code>``
    Answers with HTTP ``code`` (200-599), a small HTML error page.
``ratelimit?retry_after=S``
    429 with ``Retry-After: S`` (seconds, default 1).
``flaky?key=K&fail=N&code=C[&slug=…]``
    The first N requests (default 1) for key K (default ``default``) answer
    C (default 503); later ones the article page. Counters live as long as
    the server (``WireServer.reset_faults()`` clears them); use a fresh key
    per test.
``sleep?seconds=S``
    Answers a small page after S seconds (at most 120).
``drip?seconds=S&bytes=B``
    200 with ``Content-Length: B`` straight away, then the B bytes (at most
    10 MB) spread evenly over S seconds (at most 120): a server that is
    never silent long enough for a read timeout, only a total deadline
    catches it.
``truncated``
    An article page whose ``Content-Length`` is the full page but only the
    first half is sent before the connection closes.
``huge?mb=M[&declared=1]``
    An HTML page of exactly ``int(M * 2**20)`` bytes (M at most 256),
    streamed. Without ``declared=1`` there is no Content-Length (the body
    ends when the connection closes), so only counting bytes stops it.
``charset/latin1-undeclared``
    An article in ISO-8859-1 (``José Muñoz``, ``£``) with neither a charset
    in Content-Type nor a ``<meta charset>``.
``charset/wrong-declared``
    An article declared UTF-8 (header and meta) but encoded in cp1252, with
    curly quotes, apostrophes and em dashes: bytes that are invalid UTF-8.
``charset/utf8-bom``
    An article in UTF-8 starting with a byte-order mark; the header names no
    charset, the page says utf-8.
``empty``
    200, ``text/html``, empty body.
``feed/malformed.xml``
    RSS that is not well-formed XML (broken tags, cut off).
``feed/entity-bomb.xml``
    RSS with a "billion laughs" DTD: nested entities that expand to ~3 GB.
    Parse it only with entity expansion refused.
``feed/duplicate-guids.xml``
    Valid RSS listing real stories, one guid twice (second time with the
    story's version URL as link).
``feed/mixed.xml``
    Valid RSS whose items are real stories plus links to faults (500, 404,
    flaky with key ``feed-mixed`` failing twice, 429, truncated, empty,
    the charset pages, hostile, redirect-offsite, a robots-disallowed
    ``/private/`` page, an 8 MB page). Fault items have guids
    ``urn:newswire:fault:<name>``.
``api/not-ninjs``
    Valid JSON that is not a ninjs content page.
``api/malformed``
    A content page cut off mid-JSON.
``redirect-offsite``
    302 to ``http://203.0.113.9/elsewhere`` (TEST-NET-3, not routable). A
    fetcher must refuse it; nothing here ever connects there.
``hostile``
    An article whose quotes contain ``<script>alert(1)</script>`` and
    ``'); DROP TABLE stories; --`` (and markup in headline and caption),
    all escaped in the HTML as a site would: the text, once parsed, holds
    them literally. It must stay inert text all the way to the warehouse.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from http import HTTPStatus
from typing import BinaryIO

from newswire.corpus import WireStory
from newswire.wire.feeds import FeedEntry, entry_for, render_rss
from newswire.wire.pages import article_page
from newswire.wire.responses import (
    HTML,
    JSON,
    RSS,
    BadRequest,
    Request,
    Response,
    error_page,
    html_response,
    not_found,
    text_response,
)
from newswire.wire.site import Site, version_path
from newswire.wire.store import CorpusView

OFFSITE_URL = "http://203.0.113.9/elsewhere"
_FALLBACK_TIME = datetime(2024, 8, 23, 12, 0, tzinfo=timezone.utc)


# -- made-up stories the charset and hostile pages carry ---------------------
def _made_up(name: str, headline: str, byline: str, caption: str, paragraphs: list[str], when: datetime) -> WireStory:
    return WireStory(
        guid=f"urn:newswire:fault:{name}",
        slug=f"fault-{name}",
        version=1,
        published=when,
        updated=when,
        headline=headline,
        byline=byline,
        text="\n".join(paragraphs),
        section="World",
        caption=caption,
        keywords=("Test",),
    )


def _latin1_story(when: datetime) -> WireStory:
    # Only ISO-8859-1 characters in the story itself (straight quotes, no dashes).
    return _made_up(
        "latin1-undeclared",
        "Madrid café owners brace for a quieter August as tourists stay home",
        "By ARITZ PARRA",
        "José Muñoz serves coffee at his café near the Plaza Mayor in Madrid.",
        [
            "MADRID (AP) - José Muñoz has run the same café near the Plaza Mayor for 31 years, and he says this "
            "August is the quietest he can remember.",
            '"Está muy difícil este año," Muñoz said, wiping down an empty terrace table. "The Germans, the '
            'British, they are not coming like before."',
            "Jürgen Müller, a retired engineer from Köln, said a week in Madrid now costs him about £1,200, "
            "nearly a third more than in 2019.",
            '"I still come, but I stay fewer nights," Müller said.',
        ],
        when,
    )


def _cp1252_story(when: datetime) -> WireStory:
    return _made_up(
        "wrong-declared",
        "Québec bakers say “pain de campagne” prices can’t rise any further",
        "By ROB GILLIES",
        "Renée Côté shapes loaves at her bakery in Quebec City.",
        [
            "QUEBEC CITY (AP) — Renée Côté has baked bread in the old town for 22 years, and she says she has "
            "never seen flour this expensive.",
            "“We’re not going to pass it all on to our customers — they’re our neighbors,” Côté said Tuesday.",
            "François Bélanger, who heads a provincial bakers’ association, said members had seen costs rise 18% "
            "since January. “It’s a difficult season for everybody,” he said.",
            "Côté’s shop still sells a baguette for $2.75.",
        ],
        when,
    )


def _bom_story(when: datetime) -> WireStory:
    return _made_up(
        "utf8-bom",
        "Kyoto temple limits visits to its moss garden to ease crowding",
        "By MARI YAMAGUCHI",
        "Visitors photograph the moss garden of a temple in Kyoto, Japan.",
        [
            "KYOTO, Japan (AP) — A Buddhist temple in Kyoto’s Higashiyama district will start limiting visitors "
            "to its moss garden next month, officials said Monday.",
            "“We want people to enjoy the garden, not to fight for a photo,” said the Rev. Kōsei Yamada, the "
            "temple’s head priest.",
            "Visitors will need to book a 30-minute slot online; the fee stays at ¥500.",
        ],
        when,
    )


def _hostile_story(when: datetime) -> WireStory:
    return _made_up(
        "hostile",
        "City’s permit website fends off <script> attacks & SQL injection attempts",
        "By SAM PARK",
        'A screenshot shows "<img src=x onerror=alert(1)>" typed into the city’s permit form.',
        [
            "SPRINGFIELD, Ill. (AP) — A city council hearing on the security of Springfield’s new permit website "
            "turned testy Tuesday as officials read out what attackers had typed into its forms.",
            "“Someone entered <script>alert(1)</script> as their street address,” said Dana Whitfield, the "
            "city’s chief information officer.",
            "Council member Luis Ortega asked what else had been tried. “'); DROP TABLE stories; --” was the "
            "name on one application, Whitfield said, “and it went nowhere.”",
            "Whitfield said no data was lost. “Every one of those was stored as plain text, which is exactly "
            "what should happen,” she said.",
            "Associated Press writer Jane Doe in Chicago contributed to this report.",
        ],
        when,
    )


def _newest_time(view: CorpusView) -> datetime:
    return view.newest_time() or _FALLBACK_TIME


def _some_story(view: CorpusView, request: Request) -> WireStory:
    slug = request.query.get("slug")
    if slug:
        story = view.story(slug)
        if story is None:
            raise BadRequest(f"no story {slug!r}")
        return story
    return view.latest[0] if view.latest else _bom_story(_FALLBACK_TIME)


def _some_article(site: Site, request: Request) -> bytes:
    view = site.view()
    return article_page(site, _some_story(view, request), list(view.latest)).encode("utf-8")


def _made_up_page(site: Site, story: WireStory, path: str, meta_charset: str | None = "utf-8") -> str:
    # Canonical under /faults/ so these never pass for a corpus story.
    canonical = site.public_base + path
    return article_page(site, story, list(site.view().latest), canonical=canonical, meta_charset=meta_charset)


# -- status faults -----------------------------------------------------------
def _checked_status(code: int) -> int:
    if not 200 <= code <= 599:
        raise BadRequest(f"status code must be between 200 and 599, got {code}")
    return code


def _status_page(code: int) -> Response:
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = "Unknown Status"
    return error_page(code, phrase, "This response was injected by the wire server's fault endpoint.")


def status(site: Site, request: Request, code: str) -> Response:
    return _status_page(_checked_status(int(code)))


def ratelimit(site: Site, request: Request) -> Response:
    seconds = request.int_param("retry_after", 1, 0, 86_400)
    response = _status_page(429)
    response.headers["Retry-After"] = str(seconds)
    return response


def flaky(site: Site, request: Request) -> Response:
    key = request.query.get("key") or "default"
    fail = request.int_param("fail", 1, 0, 1_000)
    code = _checked_status(request.int_param("code", 503, 200, 599))
    if site.flaky.increment(key) <= fail:
        return _status_page(code)
    return Response(200, _some_article(site, request), HTML)


# -- slow, broken and oversized bodies ---------------------------------------
def sleep(site: Site, request: Request) -> Response:
    seconds = request.float_param("seconds", 1.0, 0.0, 120.0)
    time.sleep(seconds)
    return html_response(f"<!DOCTYPE html>\n<html lang=\"en\"><body><p>Answered after {seconds:g} s.</p></body></html>\n")


def drip(site: Site, request: Request) -> Response:
    seconds = request.float_param("seconds", 10.0, 0.0, 120.0)
    size = request.int_param("bytes", 1024, 1, 10_000_000)
    payload = (b"<!-- drip -->\n" * (size // 14 + 1))[:size]
    writes = max(1, min(size, int(seconds * 20)))  # at most ~20 writes a second

    def write(out: BinaryIO) -> None:
        for n in range(writes):
            time.sleep(seconds / writes)
            out.write(payload[n * size // writes : (n + 1) * size // writes])

    return Response(200, content_type=HTML, headers={"Content-Length": str(size)}, stream=write)


def truncated(site: Site, request: Request) -> Response:
    page = _some_article(site, request)
    return Response(
        200,
        content_type=HTML,
        headers={"Content-Length": str(len(page))},
        stream=lambda out: out.write(page[: len(page) // 2]),
        close_after=True,
    )


def huge(site: Site, request: Request) -> Response:
    size = int(request.float_param("mb", 10.0, 0.0, 256.0) * 2**20)
    declared = request.query.get("declared") in ("1", "true", "yes")
    head = b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>A very long page</title></head><body>\n'
    tail = b"</body></html>\n"
    filler = b"<p>All work and no play makes a very long page. " * 40 + b"</p>\n"

    def write(out: BinaryIO) -> None:
        start, end = head[:size], tail[: max(0, size - len(head))]
        out.write(start)
        left = size - len(start) - len(end)
        while left > 0:
            chunk = filler[:left]
            out.write(chunk)
            left -= len(chunk)
        out.write(end)

    headers = {"Content-Length": str(size)} if declared else {}
    return Response(200, content_type=HTML, headers=headers, stream=write)


# -- encodings ---------------------------------------------------------------
def latin1_undeclared(site: Site, request: Request) -> Response:
    story = _latin1_story(_newest_time(site.view()))
    page = _made_up_page(site, story, request.path, meta_charset=None)
    # Chrome characters outside Latin-1 (the © is in, a dash is not) become references.
    return Response(200, page.encode("iso-8859-1", errors="xmlcharrefreplace"), "text/html")


def wrong_declared(site: Site, request: Request) -> Response:
    story = _cp1252_story(_newest_time(site.view()))
    page = _made_up_page(site, story, request.path)
    return Response(200, page.encode("cp1252", errors="xmlcharrefreplace"), HTML)


def utf8_bom(site: Site, request: Request) -> Response:
    story = _bom_story(_newest_time(site.view()))
    page = _made_up_page(site, story, request.path)
    return Response(200, b"\xef\xbb\xbf" + page.encode("utf-8"), "text/html")


def empty(site: Site, request: Request) -> Response:
    return Response(200, b"", HTML)


# -- broken feeds ------------------------------------------------------------
def _rss(xml: str) -> Response:
    return Response(200, xml.encode("utf-8"), RSS)


def malformed_feed(site: Site, request: Request) -> Response:
    story_link = request.url("/stories/does-not-matter")
    return _rss(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0"><channel><title>Newswire & Friends</title>\n'
        f"<item><title>An <b>unclosed headline</title><link>{story_link}</link>\n"
        "<pubDate>not a date</pubDate></item>\n"
        "<item><title>Cut off in the midd"
    )


def entity_bomb(site: Site, request: Request) -> Response:
    # Ten entities, each ten of the previous: &lol9; is 10**9 "lol"s.
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    ]
    return _rss(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title>\n'
        f"<link>{request.url('/')}</link><description>&lol9;</description>\n"
        f"<item><title>&lol9;</title><link>{request.url('/faults/hostile')}</link>"
        '<guid isPermaLink="false">urn:newswire:fault:entity-bomb</guid></item>\n'
        "</channel></rss>\n"
    )


def duplicate_guids(site: Site, request: Request) -> Response:
    stories = list(site.view().latest[:2])
    if not stories:
        return not_found(request)
    entries = [entry_for(story, request) for story in stories]
    first = entries[0]
    again = FeedEntry(**{**first.__dict__, "link": request.url(version_path(stories[0]))})
    entries.append(again)
    return _rss(render_rss(entries, request, request.path, title="Newswire (duplicate guids)"))


# (name, title, path) of the faults the mixed feed links to.
_MIXED_FAULTS = (
    ("status-500", "Server error on this story", "/faults/status/500"),
    ("status-404", "Story that was taken down", "/faults/status/404"),
    ("flaky", "Story behind a flaky server", "/faults/flaky?key=feed-mixed&fail=2"),
    ("ratelimit", "Story behind a rate limit", "/faults/ratelimit?retry_after=1"),
    ("truncated", "Story whose page is cut off", "/faults/truncated"),
    ("empty", "Story with an empty page", "/faults/empty"),
    ("latin1-undeclared", "Story in Latin-1 without a charset", "/faults/charset/latin1-undeclared"),
    ("wrong-declared", "Story in cp1252 declared as UTF-8", "/faults/charset/wrong-declared"),
    ("utf8-bom", "Story in UTF-8 with a byte-order mark", "/faults/charset/utf8-bom"),
    ("hostile", "Story with hostile quotes", "/faults/hostile"),
    ("redirect-offsite", "Story that redirects off site", "/faults/redirect-offsite"),
    ("private", "Story in a robots-disallowed area", "/private/staff-memo"),
    ("huge", "Story on an 8 MB page", "/faults/huge?mb=8"),
)


def mixed_feed(site: Site, request: Request) -> Response:
    view = site.view()
    when = _newest_time(view)
    entries = [entry_for(story, request) for story in view.latest[:3]]
    entries += [
        FeedEntry(
            guid=f"urn:newswire:fault:{name}",
            title=title,
            link=request.url(path),
            published=when,
            updated=when,
            summary=f"This item links to {path}.",
            author="By The Fault Desk",
        )
        for name, title, path in _MIXED_FAULTS
    ]
    return _rss(render_rss(entries, request, request.path, title="Newswire (mixed)"))


# -- broken APIs, redirects, hostile content --------------------------------
def not_ninjs(site: Site, request: Request) -> Response:
    return Response(
        200,
        b'{"status": "ok", "results": [{"id": 1, "title": "Not a ninjs item"}], "next": null}\n',
        JSON,
    )


def malformed_api(site: Site, request: Request) -> Response:
    return Response(
        200,
        b'{"api_version": "2", "data": {"current_item_count": 1, "items": [{"uri": "urn:newswire:broken", '
        b'"headlines": [{"role": "main", "value": "Cut off',
        JSON,
    )


def redirect_offsite(site: Site, request: Request) -> Response:
    response = text_response(f"Moved to {OFFSITE_URL}\n", 302)
    response.headers["Location"] = OFFSITE_URL
    return response


def hostile(site: Site, request: Request) -> Response:
    story = _hostile_story(_newest_time(site.view()))
    return html_response(_made_up_page(site, story, request.path))


ROUTES = [
    (r"/faults/status/(?P<code>\d{3})", status),
    (r"/faults/ratelimit", ratelimit),
    (r"/faults/flaky", flaky),
    (r"/faults/sleep", sleep),
    (r"/faults/drip", drip),
    (r"/faults/truncated", truncated),
    (r"/faults/huge", huge),
    (r"/faults/charset/latin1-undeclared", latin1_undeclared),
    (r"/faults/charset/wrong-declared", wrong_declared),
    (r"/faults/charset/utf8-bom", utf8_bom),
    (r"/faults/empty", empty),
    (r"/faults/feed/malformed\.xml", malformed_feed),
    (r"/faults/feed/entity-bomb\.xml", entity_bomb),
    (r"/faults/feed/duplicate-guids\.xml", duplicate_guids),
    (r"/faults/feed/mixed\.xml", mixed_feed),
    (r"/faults/api/not-ninjs", not_ninjs),
    (r"/faults/api/malformed", malformed_api),
    (r"/faults/redirect-offsite", redirect_offsite),
    (r"/faults/hostile", hostile),
]
