"""Google News sitemaps, one per UTC day: what a backfill rebuilds an archive from.

``/sitemap-index.xml`` lists ``/sitemaps/news-YYYY-MM-DD.xml`` for every UTC
day on which a visible version moved. A day's sitemap lists every version
moved that day by its permanent URL ``/stories/<slug>/v<N>``, so reading a
past day later gives the same pages (``/stories/<slug>`` would have moved on
to a newer version). ``news:publication_date`` and ``lastmod`` are the
version's ``updated`` time. A well-formed day with no stories is an empty
``urlset``, as real sites answer.
"""

from __future__ import annotations

from datetime import date, datetime

from newswire.wire.formats import esc, iso
from newswire.wire.responses import XML, Request, Response, cacheable_xml, not_found
from newswire.wire.site import SITE_NAME, Site, version_path
from newswire.wire.store import utc_day

_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def day_sitemap_path(day: date) -> str:
    return f"/sitemaps/news-{day.isoformat()}.xml"


def _xml_response(xml: str, last_modified: datetime | None) -> Response:
    return cacheable_xml(xml, XML, 300, last_modified)


# -- endpoints ---------------------------------------------------------------
def sitemap_index(site: Site, request: Request) -> Response:
    view = site.view()
    newest_by_day: dict[date, datetime] = {}
    for story in view.versions:  # oldest first, so the last one per day wins
        newest_by_day[utc_day(story)] = story.updated
    entries = "".join(
        f"<sitemap><loc>{esc(request.url(day_sitemap_path(day)))}</loc><lastmod>{iso(updated)}</lastmod></sitemap>\n"
        for day, updated in sorted(newest_by_day.items())
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{_SITEMAP_NS}">\n{entries}</sitemapindex>\n'
    return _xml_response(xml, view.newest_time())


def day_sitemap(site: Site, request: Request, day: str) -> Response:
    try:
        wanted = date.fromisoformat(day)
    except ValueError:
        return not_found(request)
    stories = site.view().moved_on(wanted)
    urls = []
    for story in stories:
        when = iso(story.updated)
        urls.append(
            "<url>\n"
            f"<loc>{esc(request.url(version_path(story)))}</loc>\n"
            f"<lastmod>{when}</lastmod>\n"
            "<news:news>\n"
            f"<news:publication><news:name>{SITE_NAME}</news:name><news:language>en</news:language></news:publication>\n"
            f"<news:publication_date>{when}</news:publication_date>\n"
            f"<news:title>{esc(story.headline)}</news:title>\n"
            "</news:news>\n"
            "</url>\n"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{_SITEMAP_NS}" xmlns:news="{_NEWS_NS}">\n' + "".join(urls) + "</urlset>\n"
    )
    return _xml_response(xml, max((s.updated for s in stories), default=None))


ROUTES = [
    (r"/sitemap-index\.xml", sitemap_index),
    (r"/sitemaps/news-(?P<day>\d{4}-\d{2}-\d{2})\.xml", day_sitemap),
]
