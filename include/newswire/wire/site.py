"""The state one wire server shares across requests, and its URL layout.

URL layout: ``/stories/<slug>`` is a story's latest version,
``/stories/<slug>/v<N>`` one version for good. Canonical URLs use
``public_base`` (not this server's host:port) so a story's identity does not
change with the port a test run happened to get.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from newswire.corpus import WireStory
from newswire.wire.store import CorpusStore, CorpusView

SITE_NAME = "Newswire"

# ``now`` may be fixed or a function, so a test can move the clock.
Clock = datetime | Callable[[], datetime] | None


def article_path(slug: str) -> str:
    return f"/stories/{quote(slug, safe='')}"


def version_path(story: WireStory) -> str:
    return f"{article_path(story.slug)}/v{story.version}"


class RequestLog(list):
    """``(method, path, status)`` of every request answered, in order; safe to append from many threads."""

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()

    def append(self, entry: tuple[str, str, int]) -> None:
        with self._lock:
            super().append(entry)

    def clear(self) -> None:
        with self._lock:
            super().clear()

    def snapshot(self) -> list[tuple[str, str, int]]:
        with self._lock:
            return list(self)


class Counters:
    """Thread-safe named counters (the ``flaky`` fault counts requests per key)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}

    def increment(self, key: str) -> int:
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


class Site:
    def __init__(self, corpus_dir: Path | str, public_base: str, now: Clock = None):
        self.store = CorpusStore(corpus_dir)
        self.public_base = public_base.rstrip("/")
        self.now = now
        self.request_log = RequestLog()
        self.flaky = Counters()

    @property
    def now(self) -> Clock:
        return self._now

    @now.setter
    def now(self, value: Clock) -> None:
        if isinstance(value, datetime) and value.tzinfo is None:
            raise ValueError("the wire server's now must carry a time zone")
        self._now = value

    def current_time(self) -> datetime | None:
        return self._now() if callable(self._now) else self._now

    def view(self) -> CorpusView:
        return self.store.view(self.current_time())

    def canonical_url(self, story: WireStory) -> str:
        return self.public_base + article_path(story.slug)
