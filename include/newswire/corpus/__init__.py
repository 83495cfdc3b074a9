"""The wire corpus format: one ``*.story`` file per story version.

A file is a header of ``key: value`` lines, a line ``---``, then the story
text with one paragraph per line, exactly as a wire service moves it: the
dateline opens the first paragraph and the contributor line (if any) is the
last one. A story re-published with changes is a second file with the same
``guid`` and a higher ``version``.

Header keys: guid, slug, version, published, updated (ISO 8601 with zone),
headline, byline, section, caption (a photo caption shown on the page, never
part of the story), keywords (comma separated).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

SAMPLE_CORPUS_DIR = Path(__file__).parent / "sample"

_REQUIRED = ("guid", "slug", "version", "published", "headline")


@dataclass(frozen=True)
class WireStory:
    guid: str
    slug: str
    version: int
    published: datetime
    updated: datetime
    headline: str
    byline: str
    text: str
    section: str = "News"
    caption: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]

    @property
    def day(self) -> str:
        """The UTC day the version was moved on (what sitemaps are keyed by)."""
        return self.updated.date().isoformat()


class CorpusFormatError(ValueError):
    pass


def parse_story(raw: str, origin: str = "<string>") -> WireStory:
    head, sep, text = raw.partition("\n---\n")
    if not sep:
        raise CorpusFormatError(f"{origin}: no '---' line between header and text")
    meta: dict[str, str] = {}
    for lineno, line in enumerate(head.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise CorpusFormatError(f"{origin}:{lineno}: header line without ':'")
        meta[key.strip().lower()] = value.strip()
    missing = [k for k in _REQUIRED if not meta.get(k)]
    if missing:
        raise CorpusFormatError(f"{origin}: missing header keys {missing}")
    published = datetime.fromisoformat(meta["published"])
    updated = datetime.fromisoformat(meta.get("updated") or meta["published"])
    if published.tzinfo is None or updated.tzinfo is None:
        raise CorpusFormatError(f"{origin}: published/updated must carry a time zone")
    return WireStory(
        guid=meta["guid"],
        slug=meta["slug"],
        version=int(meta["version"]),
        published=published,
        updated=updated,
        headline=meta["headline"],
        byline=meta.get("byline", ""),
        text=text.strip("\n"),
        section=meta.get("section", "News"),
        caption=meta.get("caption", ""),
        keywords=tuple(k.strip() for k in meta.get("keywords", "").split(",") if k.strip()),
    )


def load_corpus(directory: Path | str = SAMPLE_CORPUS_DIR) -> list[WireStory]:
    """All story versions in ``directory``, oldest first."""
    stories = [parse_story(p.read_text(encoding="utf-8"), str(p)) for p in sorted(Path(directory).glob("*.story"))]
    return sorted(stories, key=lambda s: (s.updated, s.guid, s.version))
