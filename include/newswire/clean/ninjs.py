"""ninjs item (IPTC's news-in-JSON, 2.x and 1.x fields) → CleanedArticle.

2.x carries ``headlines``/``bodies``/``bylines`` lists with roles; 1.x the
flat ``headline``/``body_html``/``body_text``/``byline``. Either way the body
goes through the same paragraph split and wire conventions as an HTML page.
"""

from __future__ import annotations

import lxml.html

from newswire.clean.model import CleanedArticle, CleanError, build_article, normalise_text


def _by_role(entries, preferred: str = "main") -> dict | None:
    """The entry with the preferred role, else the first; entries must be dicts."""
    if not isinstance(entries, list):
        return None
    entries = [e for e in entries if isinstance(e, dict)]
    return next((e for e in entries if e.get("role") == preferred), entries[0] if entries else None)


def _headline(item: dict) -> str | None:
    entry = _by_role(item.get("headlines"))
    if entry and isinstance(entry.get("value"), str):
        return entry["value"]
    value = item.get("headline")
    return value if isinstance(value, str) else None


def _html_paragraphs(markup: str) -> list[str]:
    fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    paragraphs = [normalise_text(p.text_content()) for p in fragment.iter("p")]
    if not paragraphs:  # markup without <p>: one block of text
        paragraphs = [normalise_text(fragment.text_content())]
    return [p for p in paragraphs if p]


def _text_paragraphs(text: str) -> list[str]:
    return [p for p in (normalise_text(line) for line in text.splitlines()) if p]


def _paragraphs(item: dict) -> list[str]:
    entry = _by_role(item.get("bodies"))
    if entry and isinstance(entry.get("value"), str):
        if "html" in str(entry.get("contenttype", "text/html")).lower():
            return _html_paragraphs(entry["value"])
        return _text_paragraphs(entry["value"])
    if isinstance(item.get("body_html"), str):
        return _html_paragraphs(item["body_html"])
    if isinstance(item.get("body_text"), str):
        return _text_paragraphs(item["body_text"])
    return []


def _byline(item: dict) -> str | None:
    entries = item.get("bylines")
    if isinstance(entries, list):
        names = [e.get("byline") or e.get("name") for e in entries if isinstance(e, dict)]
        names = [n for n in names if isinstance(n, str) and n.strip()]
        if names:
            return names[0] if len(names) == 1 else "By " + " and ".join(n.removeprefix("By ") for n in names)
    value = item.get("byline")
    return value if isinstance(value, str) else None


def _canonical(item: dict) -> str | None:
    links = item.get("links")
    if isinstance(links, list):
        for link in links:
            if isinstance(link, dict) and link.get("rel") == "canonical" and isinstance(link.get("href"), str):
                return link["href"]
    return None


def clean_ninjs(item: dict) -> CleanedArticle:
    """One ninjs item → CleanedArticle; raises CleanError naming what is wrong."""
    if not isinstance(item, dict):
        raise CleanError("not a ninjs item: expected a JSON object")
    if not isinstance(item.get("uri"), str) or not item["uri"].strip():
        raise CleanError("not a ninjs item: no 'uri'")
    if item.get("type", "text") != "text":
        raise CleanError(f"ninjs item {item['uri']} is of type {item.get('type')!r}, not text")
    try:
        paragraphs = _paragraphs(item)
    except (ValueError, TypeError) as err:  # lxml on broken or empty markup
        raise CleanError(f"ninjs item {item['uri']} has an unreadable body: {err}") from err
    located = item.get("located") if isinstance(item.get("located"), str) else None
    return build_article(
        headline=_headline(item),
        paragraphs=paragraphs,
        byline=_byline(item),
        published_at=item.get("firstcreated"),
        updated_at=item.get("versioncreated"),
        canonical_url=_canonical(item),
        language=item.get("language") if isinstance(item.get("language"), str) else None,
        guid=item["uri"],
        dateline=located,
        what=f"ninjs item {item['uri']}",
    )
