"""The corpus as the wire server sees it.

The folder is re-read whenever its ``*.story`` files change (names, sizes or
modification times), so stories written while the server runs appear without
a restart. A file that does not parse (for instance one still being written)
is skipped with a warning instead of taking the whole server down.

A ``CorpusView`` is what one request works on: the versions visible at the
server's clock (``updated <= now``), taken once so a response is consistent.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from newswire.corpus import WireStory, parse_story
from newswire.wire.formats import utc

log = logging.getLogger(__name__)


def order_key(story: WireStory) -> tuple:
    """Oldest first, the same order ``load_corpus`` returns."""
    return (story.updated, story.guid, story.version)


def utc_day(story: WireStory) -> date:
    """The UTC day a version moved on: what day sitemaps are keyed by."""
    return utc(story.updated).date()


class CorpusView:
    """The story versions visible at one moment, with the look-ups the endpoints need."""

    def __init__(self, versions: Iterable[WireStory]):
        self.versions: tuple[WireStory, ...] = tuple(sorted(versions, key=order_key))
        latest: dict[str, WireStory] = {}
        self._slug_to_guid: dict[str, str] = {}
        self._by_version: dict[tuple[str, int], WireStory] = {}
        for story in self.versions:
            current = latest.get(story.guid)
            if current is None or (story.version, story.updated) > (current.version, current.updated):
                latest[story.guid] = story
            # Every slug a story was ever moved under keeps resolving to it.
            self._slug_to_guid[story.slug] = story.guid
            self._by_version[(story.guid, story.version)] = story
        self._latest = latest
        # Latest version of each story, newest first (what feeds list).
        self.latest: tuple[WireStory, ...] = tuple(sorted(latest.values(), key=order_key, reverse=True))

    def story(self, slug_or_guid: str) -> WireStory | None:
        """The latest visible version of the story with this slug or guid."""
        guid = self._slug_to_guid.get(slug_or_guid, slug_or_guid)
        return self._latest.get(guid)

    def version(self, slug_or_guid: str, version: int) -> WireStory | None:
        guid = self._slug_to_guid.get(slug_or_guid, slug_or_guid)
        return self._by_version.get((guid, version))

    def is_latest(self, story: WireStory) -> bool:
        return self._latest.get(story.guid) is story

    def days(self) -> list[date]:
        return sorted({utc_day(s) for s in self.versions})

    def moved_on(self, day: date) -> list[WireStory]:
        return [s for s in self.versions if utc_day(s) == day]

    def newest_time(self) -> datetime | None:
        return self.versions[-1].updated if self.versions else None


class CorpusStore:
    """A corpus folder, parsed lazily and re-parsed when its files change."""

    def __init__(self, directory: Path | str):
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise FileNotFoundError(f"wire corpus folder not found: {self.directory}")
        self._lock = threading.Lock()
        self._signature: tuple | None = None
        self._versions: tuple[WireStory, ...] = ()

    def view(self, now: datetime | None = None) -> CorpusView:
        versions = self._load()
        if now is not None:
            versions = tuple(s for s in versions if s.updated <= now)
        return CorpusView(versions)

    def _load(self) -> tuple[WireStory, ...]:
        signature = self._signature_now()
        with self._lock:
            if signature != self._signature:
                self._versions = self._parse_all(name for name, _, _ in signature)
                self._signature = signature
            return self._versions

    def _signature_now(self) -> tuple:
        entries = []
        with os.scandir(self.directory) as scan:
            for entry in scan:
                if entry.name.endswith(".story") and entry.is_file():
                    stat = entry.stat()
                    entries.append((entry.name, stat.st_mtime_ns, stat.st_size))
        return tuple(sorted(entries))

    def _parse_all(self, names: Iterable[str]) -> tuple[WireStory, ...]:
        seen: dict[tuple[str, int], str] = {}
        versions = []
        for name in names:
            path = self.directory / name
            try:
                story = parse_story(path.read_text(encoding="utf-8"), str(path))
            except (ValueError, UnicodeDecodeError, OSError) as err:
                log.warning("wire server skips %s: %s", path, err)
                continue
            key = (story.guid, story.version)
            if key in seen:
                log.warning("wire server skips %s: %s v%d is already in %s", path, story.guid, story.version, seen[key])
                continue
            seen[key] = name
            versions.append(story)
        return tuple(sorted(versions, key=order_key))
