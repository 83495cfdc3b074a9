"""``/robots.txt`` and the ``/private/`` area it closes to crawlers.

Everything under ``/private/`` exists (200) so a fetcher that ignores
robots.txt is caught by the request log, not by a 404.
"""

from __future__ import annotations

from newswire.wire.responses import Request, Response, html_response, text_response
from newswire.wire.site import Site


def robots_txt(site: Site, request: Request) -> Response:
    return text_response(
        "# Newswire robots policy\n"
        "User-agent: *\n"
        "Disallow: /private/\n"
        "\n"
        f"Sitemap: {request.url('/sitemap-index.xml')}\n"
    )


def private_page(site: Site, request: Request, rest: str) -> Response:
    return html_response(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Staff only</title></head>\n'
        "<body><h1>Staff only</h1><p>This area is closed to crawlers by robots.txt.</p></body></html>\n"
    )


ROUTES = [
    (r"/robots\.txt", robots_txt),
    (r"/private/(?P<rest>.*)", private_page),
]
