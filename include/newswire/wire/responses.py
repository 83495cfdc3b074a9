"""What endpoint handlers receive and return, free of ``http.server`` plumbing.

A handler is ``handler(site, request, **path_groups) -> Response``. It raises
``BadRequest`` for parameters it cannot use; the server answers 400.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from newswire.wire.formats import esc

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
JSON = "application/json; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


class BadRequest(Exception):
    """A request parameter is missing or unusable; the message is shown to the client."""


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # percent-decoded, without the query string
    query: Mapping[str, str]  # first value of each parameter
    headers: Mapping[str, str]
    base_url: str  # scheme://host:port as the client addressed us, for absolute links

    def url(self, path: str) -> str:
        return self.base_url + path

    def int_param(self, name: str, default: int, low: int, high: int) -> int:
        return int(self._number(name, default, low, high, int))

    def float_param(self, name: str, default: float, low: float, high: float) -> float:
        return self._number(name, default, low, high, float)

    def _number(self, name, default, low, high, kind):
        raw = self.query.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = kind(raw)
        except ValueError:
            raise BadRequest(f"parameter {name!r} must be a number, got {raw!r}") from None
        if not low <= value <= high:
            raise BadRequest(f"parameter {name!r} must be between {low} and {high}, got {raw!r}")
        return value


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    # With ``conditional`` the server adds an ETag (and Last-Modified when
    # given) and answers 304 to a matching If-None-Match / If-Modified-Since.
    conditional: bool = False
    last_modified: datetime | None = None
    # A body the handler writes itself (slow, huge or broken bodies). Without
    # a Content-Length header the connection closes after it.
    stream: Callable[[BinaryIO], None] | None = None
    close_after: bool = False  # drop the connection after this response


def html_response(page: str, status: int = 200, **kwargs) -> Response:
    return Response(status, page.encode("utf-8"), HTML, **kwargs)


def cacheable_xml(xml: str, content_type: str, max_age: int, last_modified: datetime | None) -> Response:
    """A feed or sitemap: cached for ``max_age`` seconds, answering conditional GETs."""
    return Response(200, xml.encode("utf-8"), content_type, headers={"Cache-Control": f"public, max-age={max_age}"},
                    conditional=True, last_modified=last_modified)


def json_response(value: object, status: int = 200) -> Response:
    body = json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")
    return Response(status, body, JSON)


def text_response(text: str, status: int = 200, content_type: str = TEXT) -> Response:
    return Response(status, text.encode("utf-8"), content_type)


def error_page(status: int, title: str, detail: str = "") -> Response:
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{status} {esc(title)}</title></head>\n"
        f"<body><h1>{status} {esc(title)}</h1><p>{esc(detail)}</p></body></html>\n"
    )
    return html_response(page, status)


def api_error(status: int, code: str, message: str) -> Response:
    return json_response({"api_version": "2", "error": {"status": status, "code": code, "message": message}}, status)


def is_api(request: Request) -> bool:
    return request.path.startswith("/api/")


def not_found(request: Request) -> Response:
    if is_api(request):
        return api_error(404, "not_found", f"nothing at {request.path}")
    return error_page(404, "Not Found", "The page you were looking for could not be found.")


def bad_request(request: Request, message: str) -> Response:
    if is_api(request):
        return api_error(400, "invalid_parameter", message)
    return text_response(f"400 Bad Request: {message}\n", 400)
