"""HTTP plumbing of the wire server: routing, conditional GET, the server object.

Handlers (in ``feeds``, ``sitemaps``, ``pages``, ``ninjs``, ``faults``,
``robots``) turn a ``Request`` into a ``Response``; this module speaks
HTTP/1.1 (keep-alive) around them with ``http.server.ThreadingHTTPServer``.
Absolute links in responses use the ``Host`` the client sent, so they work
whatever name or port the server is reached by.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import socket
import sys
import threading
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from newswire.corpus import SAMPLE_CORPUS_DIR
from newswire.wire import faults, feeds, ninjs, pages, robots, sitemaps
from newswire.wire.formats import http_date
from newswire.wire.responses import BadRequest, Request, Response, bad_request, error_page, not_found
from newswire.wire.site import Clock, RequestLog, Site

log = logging.getLogger(__name__)

DEFAULT_PUBLIC_BASE = "https://wire.newswire.test"
VERBOSE_ENV = "NEWSWIRE_WIRE_VERBOSE"  # "1" prints one line per request to stderr

_ROUTES = [
    (re.compile(pattern), handler)
    for module in (robots, feeds, sitemaps, pages, ninjs, faults)
    for pattern, handler in module.ROUTES
]
_HOST_HEADER = re.compile(r"[A-Za-z0-9.\-]+(?::\d{1,5})?|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")
_WRITE_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


def route(site: Site, request: Request) -> Response:
    for pattern, handler in _ROUTES:
        match = pattern.fullmatch(request.path)
        if match:
            return handler(site, request, **match.groupdict())
    return not_found(request)


# -- conditional GET ---------------------------------------------------------
def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:24] + '"'


def _not_modified(request: Request, etag: str, last_modified: datetime | None) -> bool:
    # If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)
    if_modified_since = request.headers.get("If-Modified-Since")
    if if_modified_since and last_modified:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        # HTTP dates have whole seconds.
        return last_modified.replace(microsecond=0) <= since
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "newswire-wire/1.0"
    timeout = 30  # seconds an idle keep-alive connection is kept
    # Headers and body go out in separate writes; with Nagle on, keep-alive
    # clients wait ~40 ms per response for a delayed ACK.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def _method_not_allowed(self) -> None:
        # The request body is not read, so this connection cannot be reused.
        self.close_connection = True
        response = error_page(405, "Method Not Allowed")
        response.headers["Allow"] = "GET, HEAD"
        self._send(self._request(), response)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _method_not_allowed

    def _request(self) -> Request:
        parts = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(parts.query, keep_blank_values=True).items()}
        host = self.headers.get("Host", "")
        base_url = f"http://{host}" if _HOST_HEADER.fullmatch(host) else self.server.base_url
        return Request(self.command, unquote(parts.path), query, self.headers, base_url)

    def _dispatch(self) -> None:
        request = self._request()
        try:
            response = route(self.server.site, request)
        except BadRequest as err:
            response = bad_request(request, str(err))
        except Exception:
            log.exception("wire server failed on %s", self.path)
            response = error_page(500, "Internal Server Error")
        self._send(request, response)

    def _send(self, request: Request, response: Response) -> None:
        status, headers, body = response.status, dict(response.headers), response.body
        if response.content_type:
            headers["Content-Type"] = response.content_type
        if response.conditional and status == 200 and response.stream is None:
            headers["ETag"] = etag = _etag(body)
            if response.last_modified:
                headers["Last-Modified"] = http_date(response.last_modified)
            if _not_modified(request, etag, response.last_modified):
                status, body = 304, b""
                headers.pop("Content-Type", None)
        if response.stream is None and status != 304:
            headers["Content-Length"] = str(len(body))
        elif response.stream is not None and "Content-Length" not in headers:
            headers["Connection"] = "close"  # the end of the body is the end of the connection
            self.close_connection = True
        if response.close_after:
            self.close_connection = True

        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if request.method == "HEAD" or status == 304:
                return
            if response.stream is not None:
                response.stream(self.wfile)
            else:
                self.wfile.write(body)
        except _WRITE_ERRORS:
            self.close_connection = True  # the client went away; nothing to tell it

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = int(code) if isinstance(code, (int, HTTPStatus)) or str(code).isdigit() else 0
        self.server.site.request_log.append((self.command or "-", getattr(self, "path", "-"), status))
        super().log_request(code, size)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if self.server.verbose:
            super().log_message(format, *args)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # concurrent fetchers open many connections at once

    def __init__(self, address: tuple[str, int], site: Site, verbose: bool):
        self.site = site
        self.verbose = verbose
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)
        host, port = self.server_address[:2]
        self.base_url = f"http://{host}:{port}"

    # Open keep-alive connections are tracked so that stopping the server
    # ends them too: a stopped server must not go on answering a client's
    # pooled connection from a leftover handler thread.
    def process_request(self, request, client_address) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections, self._connections = self._connections, set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already gone


class WireServer:
    """A wire server bound to a port; ``start()`` serves it from a daemon thread."""

    def __init__(self, httpd: _HTTPServer):
        self._httpd = httpd
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:40123``: the address the server is bound to."""
        return self._httpd.base_url

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def site(self) -> Site:
        return self._httpd.site

    @property
    def request_log(self) -> RequestLog:
        """``(method, path-with-query, status)`` of every request answered."""
        return self._httpd.site.request_log

    @property
    def now(self) -> Clock:
        """Versions with ``updated`` after this are not served yet (None: no limit)."""
        return self._httpd.site.now

    @now.setter
    def now(self, value: Clock) -> None:
        self._httpd.site.now = value

    def reset_faults(self) -> None:
        """Forget the ``flaky`` fault's request counts."""
        self._httpd.site.flaky.clear()

    def start(self) -> WireServer:
        if self._closed:
            raise RuntimeError("this wire server was stopped; make a new one")
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="wire-server", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve from the calling thread until interrupted."""
        try:
            self._httpd.serve_forever(poll_interval=0.5)
        finally:
            self._close()

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._close()

    def _close(self) -> None:
        if not self._closed:
            self._httpd.server_close()
            self._httpd.close_connections()
            self._closed = True

    def __enter__(self) -> WireServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<WireServer {self.base_url} corpus={self.site.store.directory}>"


def make_server(
    corpus_dir: Path | str = SAMPLE_CORPUS_DIR,
    host: str = "127.0.0.1",
    port: int = 0,
    public_base: str = DEFAULT_PUBLIC_BASE,
    *,
    now: Clock = None,
    verbose: bool | None = None,
) -> WireServer:
    """A wire server bound to ``host:port`` (0: any free port), not started yet.

    ``now`` (an aware datetime, or a function returning one) hides versions
    moved after it; ``verbose`` logs requests to stderr (default: the
    ``NEWSWIRE_WIRE_VERBOSE`` environment variable).
    """
    if verbose is None:
        verbose = os.environ.get(VERBOSE_ENV, "").lower() in ("1", "true", "yes", "on")
    site = Site(corpus_dir, public_base, now)
    return WireServer(_HTTPServer((host, port), site, verbose))


def serve(
    port: int,
    corpus_dir: Path | str = SAMPLE_CORPUS_DIR,
    host: str = "127.0.0.1",
    *,
    public_base: str = DEFAULT_PUBLIC_BASE,
    now: Clock = None,
    verbose: bool | None = None,
) -> None:
    """Serve the corpus until interrupted (``newswire serve-wire``)."""
    server = make_server(corpus_dir, host, port, public_base, now=now, verbose=verbose)
    print(f"newswire wire server on {server.base_url} serving {Path(corpus_dir)} (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
