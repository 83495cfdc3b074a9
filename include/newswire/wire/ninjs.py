"""A ninjs 2.x content API shaped like the AP Media API.

``GET /api/v2/content?since=&until=&page_size=&cursor=`` lists the story
versions whose ``updated`` lies in ``[since, until)``, oldest first (both
bounds optional; ISO 8601, a missing zone means UTC; a ``+`` in an offset
must be URL-encoded). ``page_size`` defaults to 10, at most 100. The answer::

    {"api_version": "2", "params": {...},
     "data": {"current_item_count": k, "items": [ninjs, ...], "next_page": url-or-null}}

``next_page`` is an absolute URL carrying every parameter plus an opaque
``cursor`` (the position after the last item returned), so pages stay
consistent while new stories arrive. Bad parameters get a 400 JSON error.
Unknown parameters (an ``apikey``, say) are ignored.

``GET /api/v2/content/<guid or slug>`` answers ``{"api_version": "2",
"data": {"item": ninjs}}`` with the latest visible version.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from urllib.parse import urlencode

from newswire.clean.wirestyle import find_dateline
from newswire.corpus import WireStory
from newswire.wire.formats import esc, iso, parse_iso
from newswire.wire.responses import BadRequest, Request, Response, api_error, json_response
from newswire.wire.site import Site, version_path
from newswire.wire.store import order_key

API_VERSION = "2"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100


def to_ninjs(story: WireStory, site: Site, request: Request) -> dict:
    item = {
        "uri": story.guid,
        "version": str(story.version),
        "type": "text",
        "language": "en",
        "firstcreated": iso(story.published),
        "versioncreated": iso(story.updated),
        "headlines": [{"role": "main", "value": story.headline}],
        "bylines": [{"byline": story.byline}] if story.byline else [],
    }
    dateline = find_dateline(story.text)
    if dateline:
        item["located"] = dateline.place
    item["bodies"] = [
        {"role": "main", "contenttype": "text/html", "value": "".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)}
    ]
    item["links"] = [
        {"rel": "canonical", "href": site.canonical_url(story)},
        # The page of exactly this version, so it matches the item.
        {"rel": "alternate", "href": request.url(version_path(story))},
    ]
    item["subjects"] = [{"name": keyword} for keyword in story.keywords]
    return item


# -- cursors: the order key of the last item a page returned ------------------
def encode_cursor(story: WireStory) -> str:
    raw = json.dumps([iso(story.updated), story.guid, story.version]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        updated, guid, version = json.loads(raw)
        return parse_iso(updated), str(guid), int(version)
    except (ValueError, TypeError) as err:
        raise BadRequest(f"cursor {cursor!r} is not one this API issued") from err


def _time_param(request: Request, name: str) -> datetime | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return None
    try:
        return parse_iso(raw)
    except ValueError:
        hint = " (URL-encode the '+' of a time zone offset as %2B)" if " " in raw.strip() else ""
        raise BadRequest(f"parameter {name!r} must be an ISO 8601 timestamp, got {raw!r}{hint}") from None


# -- endpoints ---------------------------------------------------------------
def content_page(site: Site, request: Request) -> Response:
    since, until = _time_param(request, "since"), _time_param(request, "until")
    if since and until and since > until:
        raise BadRequest("'since' must not be after 'until'")
    page_size = request.int_param("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    cursor = request.query.get("cursor") or None
    after = decode_cursor(cursor) if cursor else None

    matching = [
        story
        for story in site.view().versions
        if (since is None or story.updated >= since)
        and (until is None or story.updated < until)
        and (after is None or order_key(story) > after)
    ]
    page, more = matching[:page_size], len(matching) > page_size

    params = {"page_size": page_size}
    if since:
        params["since"] = iso(since)
    if until:
        params["until"] = iso(until)
    next_page = None
    if more:
        next_page = request.url("/api/v2/content?" + urlencode({**params, "cursor": encode_cursor(page[-1])}))
    return json_response(
        {
            "api_version": API_VERSION,
            "params": {**params, **({"cursor": cursor} if cursor else {})},
            "data": {
                "current_item_count": len(page),
                "items": [to_ninjs(story, site, request) for story in page],
                "next_page": next_page,
            },
        }
    )


def content_item(site: Site, request: Request, ident: str) -> Response:
    story = site.view().story(ident)
    if story is None:
        return api_error(404, "not_found", f"no item {ident!r}")
    item = to_ninjs(story, site, request)
    return json_response({"api_version": API_VERSION, "params": {"id": ident}, "data": {"item": item}})


ROUTES = [
    (r"/api/v2/content", content_page),
    (r"/api/v2/content/(?P<ident>[^/]+)", content_item),
]
