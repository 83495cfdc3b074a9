"""What cleaning produces: one story version as structured fields.

Both cleaners (article HTML, ninjs JSON) end in ``build_article``, which
applies the wire conventions the same way whatever the payload was: Unicode
normalised (NFC keeps typographic quotes), the dateline split off the first
paragraph, the contributor line split off the end, times made UTC-aware.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from newswire.clean.wirestyle import find_contributor_line, find_dateline

# A story shorter than this (in characters of body) is not a story: a stub
# page, a paywall teaser, an error page served with status 200.
MIN_BODY_CHARS = 80


class CleanError(ValueError):
    """The payload holds no usable story; the message says why (it becomes the quarantine reason)."""


@dataclass(frozen=True)
class CleanedArticle:
    headline: str
    paragraphs: tuple[str, ...]
    byline: str | None = None
    dateline: str | None = None  # place of filing: 'BUELLTON, Calif.'
    published_at: datetime | None = None
    updated_at: datetime | None = None
    contributors_line: str | None = None
    contributors: tuple[str, ...] = field(default=())
    canonical_url: str | None = None
    language: str | None = None
    guid: str | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        """Changes when what a reader sees changes (headline or body), not with page chrome."""
        return hashlib.sha256(f"{self.headline}\n\n{self.body}".encode()).hexdigest()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["paragraphs"] = list(self.paragraphs)
        d["contributors"] = list(self.contributors)
        for key in ("published_at", "updated_at"):
            d[key] = d[key].isoformat() if d[key] else None
        return d


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise_text(text: str) -> str:
    """NFC, no invisible characters, one space between words. Typographic
    quotes and dashes stay: quote extraction and readers need them."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def parse_time(value) -> datetime | None:
    """An ISO 8601 string (or datetime) → aware UTC datetime; naive means UTC; junk → None."""
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        if re.fullmatch(r".*[+-]\d{4}", text):  # +0000 → +00:00
            text = text[:-2] + ":" + text[-2:]
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def build_article(
    *,
    headline: str | None,
    paragraphs: list[str],
    byline: str | None = None,
    published_at=None,
    updated_at=None,
    canonical_url: str | None = None,
    language: str | None = None,
    guid: str | None = None,
    dateline: str | None = None,
    what: str = "page",
) -> CleanedArticle:
    """Normalise the fields and split off the wire metadata; raises CleanError."""
    paras = [p for p in (normalise_text(p) for p in paragraphs) if p]
    headline = normalise_text(headline or "")
    if not paras or sum(map(len, paras)) < MIN_BODY_CHARS:
        raise CleanError(f"no story text found in the {what} ({sum(map(len, paras))} characters of body)")
    if not headline:
        raise CleanError(f"no headline found in the {what}")

    found = find_dateline(paras[0])
    if found:
        dateline = found.place
        rest = paras[0][found.end:].strip()
        paras = ([rest] if rest else []) + paras[1:]

    contributors_line, contributors = None, ()
    if paras:
        # Only a whole closing paragraph can be a contributor line.
        line = find_contributor_line(paras[-1])
        if line:
            contributors_line, contributors = paras[-1], tuple(line.names)
            paras = paras[:-1]
    if not paras:
        raise CleanError(f"no story text found in the {what} (only a dateline or contributor line)")

    published = parse_time(published_at)
    updated = parse_time(updated_at) or published
    return CleanedArticle(
        headline=headline,
        paragraphs=tuple(paras),
        byline=normalise_text(byline) or None if byline else None,
        dateline=dateline,
        published_at=published or updated,
        updated_at=updated,
        contributors_line=contributors_line,
        contributors=contributors,
        canonical_url=(canonical_url or "").strip() or None,
        language=(language or "").strip().lower() or None,
        guid=(guid or "").strip() or None,
    )
