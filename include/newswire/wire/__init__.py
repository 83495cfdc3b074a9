"""wire: a local wire service serving a story corpus the way real sources do.

Tests and local runs fetch from it instead of the internet::

    from newswire.wire import make_server

    with make_server(corpus_dir) as wire:          # port 0: any free port
        requests.get(wire.base_url + "/rss.xml")
        wire.request_log                           # [(method, path, status), ...]

``newswire serve-wire --port P [--corpus DIR]`` runs ``serve(P, DIR)``.

The corpus folder is re-read when its ``*.story`` files change. With ``now``
set, a version is visible only once moved (``updated <= now``); feeds show
the latest visible version of each story.

Endpoints
    ``/robots.txt``                        allows all but ``/private/`` (which exists)
    ``/rss.xml``, ``/atom.xml``            latest 50 stories, conditional GET (module ``feeds``)
    ``/sitemap-index.xml``                 one news sitemap per UTC day (module ``sitemaps``)
    ``/sitemaps/news-YYYY-MM-DD.xml``      the versions moved that day
    ``/stories/<slug>``                    article page, latest version (module ``pages``)
    ``/stories/<slug>/v<N>``               article page of version N
    ``/api/v2/content``                    ninjs items by ``since``/``until``, paginated (module ``ninjs``)
    ``/api/v2/content/<guid or slug>``     one ninjs item
    ``/faults/...``                        injected failures (module ``faults``)

Everything else is 404. ``NEWSWIRE_WIRE_VERBOSE=1`` logs each request to stderr.
"""

from newswire.wire.server import DEFAULT_PUBLIC_BASE, WireServer, make_server, serve

__all__ = ["DEFAULT_PUBLIC_BASE", "WireServer", "make_server", "serve"]
