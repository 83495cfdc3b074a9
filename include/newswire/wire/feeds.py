"""RSS 2.0 and Atom 1.0 feeds of the latest stories.

A feed lists the latest visible version of each story (one entry per guid),
newest first, at most ``FEED_SIZE``. Entry links point at ``/stories/<slug>``
on this server (whatever is latest when fetched); the guid / Atom id is the
story guid. Dates are the version's ``updated`` time. Both feeds answer
conditional GETs (ETag, Last-Modified = newest entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newswire.corpus import WireStory
from newswire.wire.formats import esc, esc_attr, http_date, iso
from newswire.wire.pages import author_names
from newswire.wire.responses import ATOM, RSS, Request, Response, cacheable_xml
from newswire.wire.site import SITE_NAME, Site, article_path

FEED_SIZE = 50
FEED_DESCRIPTION = "The latest stories from the Newswire desk."


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    title: str
    link: str  # absolute
    published: datetime
    updated: datetime
    summary: str
    author: str  # the byline as printed ("By …")
    category: str = ""


def entry_for(story: WireStory, request: Request) -> FeedEntry:
    return FeedEntry(
        guid=story.guid,
        title=story.headline,
        link=request.url(article_path(story.slug)),
        published=story.published,
        updated=story.updated,
        summary=story.paragraphs[0] if story.paragraphs else "",
        author=story.byline,
        category=story.section,
    )


def render_rss(entries: list[FeedEntry], request: Request, self_path: str, title: str = SITE_NAME) -> str:
    items = []
    for e in entries:
        lines = [
            "<item>",
            f"<title>{esc(e.title)}</title>",
            f"<link>{esc(e.link)}</link>",
            f'<guid isPermaLink="false">{esc(e.guid)}</guid>',
            f"<pubDate>{http_date(e.updated)}</pubDate>",
            f"<description>{esc(e.summary)}</description>",
            f"<dc:creator>{esc(e.author)}</dc:creator>" if e.author else "",
            f"<category>{esc(e.category)}</category>" if e.category else "",
            "</item>",
        ]
        items.append("\n".join(line for line in lines if line))
    newest = max((e.updated for e in entries), default=None)
    build_date = f"<lastBuildDate>{http_date(newest)}</lastBuildDate>\n" if newest else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "<channel>\n"
        f"<title>{esc(title)}</title>\n"
        f"<link>{esc(request.url('/'))}</link>\n"
        f"<description>{esc(FEED_DESCRIPTION)}</description>\n"
        "<language>en-us</language>\n"
        f"{build_date}"
        f'<atom:link href="{esc_attr(request.url(self_path))}" rel="self" type="application/rss+xml"/>\n'
        + "".join(item + "\n" for item in items)
        + "</channel>\n</rss>\n"
    )


def render_atom(entries: list[FeedEntry], request: Request, self_path: str, title: str = SITE_NAME) -> str:
    newest = max((e.updated for e in entries), default=None)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"<id>{esc(request.url(self_path))}</id>",
        f"<title>{esc(title)}</title>",
        f"<subtitle>{esc(FEED_DESCRIPTION)}</subtitle>",
        # Atom requires a feed-level updated; an empty feed uses the epoch.
        f"<updated>{iso(newest) if newest else '1970-01-01T00:00:00Z'}</updated>",
        f'<link rel="self" type="application/atom+xml" href="{esc_attr(request.url(self_path))}"/>',
        f'<link rel="alternate" type="text/html" href="{esc_attr(request.url("/"))}"/>',
    ]
    for e in entries:
        parts += [
            "<entry>",
            f"<id>{esc(e.guid)}</id>",
            f"<title>{esc(e.title)}</title>",
            f"<updated>{iso(e.updated)}</updated>",
            f"<published>{iso(e.published)}</published>",
            f'<link rel="alternate" type="text/html" href="{esc_attr(e.link)}"/>',
            f"<author><name>{esc(author_names(e.author) or SITE_NAME)}</name></author>",
            f'<category term="{esc_attr(e.category)}"/>' if e.category else "",
            f'<summary type="text">{esc(e.summary)}</summary>',
            "</entry>",
        ]
    parts.append("</feed>")
    return "\n".join(p for p in parts if p) + "\n"


def feed_response(xml: str, content_type: str, entries: list[FeedEntry]) -> Response:
    return cacheable_xml(xml, content_type, 60, max((e.updated for e in entries), default=None))


def latest_entries(site: Site, request: Request) -> list[FeedEntry]:
    return [entry_for(story, request) for story in site.view().latest[:FEED_SIZE]]


# -- endpoints ---------------------------------------------------------------
def rss(site: Site, request: Request) -> Response:
    entries = latest_entries(site, request)
    return feed_response(render_rss(entries, request, "/rss.xml"), RSS, entries)


def atom(site: Site, request: Request) -> Response:
    entries = latest_entries(site, request)
    return feed_response(render_atom(entries, request, "/atom.xml"), ATOM, entries)


ROUTES = [
    (r"/rss\.xml", rss),
    (r"/atom\.xml", atom),
]
