"""Discover the items a source published in an interval [start, end).

Each source type answers by date as well as it can: news sitemaps (one per
day) and the ninjs API (``since``/``until``) answer for any past interval,
which is what lets a backfill rebuild an archive; RSS/Atom only know their
latest items, so they serve live runs. Every payload read here (feeds,
sitemaps, API pages, ninjs items) goes to the raw zone too.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from newswire.config import SourceConfig
from newswire.fetch.http import FetchError, Fetcher


class SourceError(Exception):
    """The source as a whole answered with something unusable (bad feed, not ninjs)."""


@dataclass
class Item:
    source: str
    source_type: str
    url: str
    guid: str | None = None
    published: str | None = None
    title: str | None = None
    raw_key: str | None = None  # already in the raw zone (ninjs items arrive whole)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Rejected:
    """A discovered entry that cannot become a story, with its reason."""

    source: str
    ref: str
    reason: str
    raw_key: str | None = None


def discover(source: SourceConfig, fetcher: Fetcher, start: datetime, end: datetime) -> tuple[list[Item], list[Rejected]]:
    handler = _HANDLERS[source.type]
    items, rejected = handler(source, fetcher, start, end)
    return _drop_duplicates(source, items, rejected)


def _drop_duplicates(source: SourceConfig, items: list[Item], rejected: list[Rejected]):
    seen: set[tuple] = set()
    unique = []
    for item in items:
        key = (item.guid or item.url, item.raw_key)
        if key in seen:
            rejected.append(Rejected(source.name, item.guid or item.url, "duplicate entry in the source listing", item.raw_key))
            continue
        seen.add(key)
        unique.append(item)
    return unique, rejected


# -- XML --------------------------------------------------------------------
def parse_xml_safely(payload: bytes, what: str):
    """Parse XML refusing entity expansion (billion laughs) and external entities."""
    try:
        return SafeET.fromstring(payload, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise SourceError(f"{what} rejected: it declares XML entities ({type(err).__name__}), a known attack") from err
    except SafeET.ParseError as err:
        raise SourceError(f"{what} is not well-formed XML: {err}") from err


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _in_interval(when: datetime | None, start: datetime, end: datetime) -> bool:
    return when is not None and start <= when < end


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


# -- sitemaps ---------------------------------------------------------------
_DAY_IN_URL = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _days(start: datetime, end: datetime) -> set[date]:
    day, days = start.date(), set()
    while datetime.combine(day, datetime.min.time(), timezone.utc) < end:
        days.add(day)
        day += timedelta(days=1)
    return days


def _discover_sitemap(source, fetcher, start, end):
    index = fetcher.get(source.url, conditional=False)
    root = parse_xml_safely(fetcher.lake.get_raw(index.raw_key), f"sitemap {source.url}")
    if _local(root.tag) == "urlset":
        sitemaps = [source.url]
        roots = {source.url: root}
    else:
        wanted_days = _days(start, end)
        sitemaps, roots = [], {}
        for loc in root.iter():
            if _local(loc.tag) != "loc" or not loc.text:
                continue
            url = urljoin(source.url, loc.text.strip())
            m = _DAY_IN_URL.search(url)
            # Sitemaps named by day are read only for the interval's days.
            if m and date(*map(int, m.groups())) not in wanted_days:
                continue
            sitemaps.append(url)
    items, rejected = [], []
    for url in sitemaps:
        if url not in roots:
            try:
                result = fetcher.get(url, conditional=False)
                roots[url] = parse_xml_safely(fetcher.lake.get_raw(result.raw_key), f"sitemap {url}")
            except (FetchError, SourceError) as err:
                rejected.append(Rejected(source.name, url, getattr(err, "reason", str(err))))
                continue
        for entry in roots[url]:
            if _local(entry.tag) != "url":
                continue
            fields = {_local(el.tag): (el.text or "").strip() for el in entry.iter()}
            when = _parse_time(fields.get("publication_date") or fields.get("lastmod"))
            if fields.get("loc") and _in_interval(when, start, end):
                items.append(Item(source.name, source.type, urljoin(url, fields["loc"]), None, when.isoformat(), fields.get("title")))
    return items, rejected


# -- RSS / Atom -------------------------------------------------------------
def _discover_feed(source, fetcher, start, end):
    result = fetcher.get(source.url)
    payload = fetcher.lake.get_raw(result.raw_key)
    parse_xml_safely(payload, f"feed {source.url}")  # refuse entity tricks before feedparser sees it
    feed = feedparser.parse(payload, response_headers={"content-type": result.headers.get("content-type", "")})
    if feed.bozo and not feed.entries:
        raise SourceError(f"feed {source.url} could not be parsed: {feed.bozo_exception}")
    items, rejected = [], []
    for entry in feed.entries:
        stamp = entry.get("updated_parsed") or entry.get("published_parsed")
        when = datetime(*stamp[:6], tzinfo=timezone.utc) if stamp else None
        link = entry.get("link")
        if not link:
            rejected.append(Rejected(source.name, entry.get("id") or entry.get("title", "?"), "feed entry without a link"))
            continue
        if _in_interval(when, start, end):
            items.append(Item(source.name, source.type, urljoin(source.url, link), entry.get("id"), when.isoformat(), entry.get("title")))
    return items, rejected


# -- ninjs API --------------------------------------------------------------
def _discover_ninjs(source, fetcher, start, end):
    params = {"since": start.isoformat(), "until": end.isoformat(), "page_size": source.page_size}
    url: str | None = source.url
    items, rejected, pages = [], [], 0
    while url:
        pages += 1
        if pages > 10_000:
            raise SourceError(f"ninjs API {source.url} paginates without end")
        result = fetcher.get(url, conditional=False, params=params)
        params = None  # next_page URLs carry their own query
        try:
            page = json.loads(fetcher.lake.get_raw(result.raw_key))
            entries = page["data"]["items"]
            next_page = page["data"].get("next_page")
        except (ValueError, KeyError, TypeError) as err:
            raise SourceError(f"ninjs API {url} answered with something that is not a content page: {err!r}") from err
        for entry in entries:
            ninjs = entry.get("item", entry) if isinstance(entry, dict) else None
            if not is_ninjs(ninjs):
                rejected.append(Rejected(source.name, url, "API entry is not a ninjs item (no uri)"))
                continue
            items.append(ninjs_item(source.name, ninjs, fetcher.lake))
        url = urljoin(url, next_page) if next_page else None
    return items, rejected


def is_ninjs(doc) -> bool:
    """A ninjs item at least is an object with a ``uri``."""
    return isinstance(doc, dict) and isinstance(doc.get("uri"), str) and bool(doc["uri"].strip())


def ninjs_item(source: str, ninjs: dict, lake) -> Item:
    """A ninjs item that arrived whole (API page, pushed event) as an Item, its
    JSON put in the raw zone: fetch passes it through, clean reads it as ninjs."""
    raw_key = lake.put_raw(json.dumps(ninjs, ensure_ascii=False, sort_keys=True).encode())
    links = [l for l in ninjs.get("links") or [] if isinstance(l, dict)]
    alternate = next((l.get("href") for l in links if l.get("rel") == "canonical"), None)
    return Item(source, "ninjs", alternate or ninjs["uri"], ninjs["uri"], ninjs.get("versioncreated"),
                _ninjs_headline(ninjs), raw_key)


def _ninjs_headline(item: dict) -> str | None:
    for headline in item.get("headlines", []) or []:
        if headline.get("role", "main") == "main":
            return headline.get("value")
    return item.get("headline")


def _discover_pages(source, fetcher, start, end):
    return [Item(source.name, source.type, url) for url in source.urls or (source.url,)], []


_HANDLERS = {
    "sitemap": _discover_sitemap,
    "rss": _discover_feed,
    "atom": _discover_feed,
    "ninjs": _discover_ninjs,
    "html": _discover_pages,
}
