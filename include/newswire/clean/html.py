"""Article HTML → CleanedArticle.

Three steps, each its own function so the benchmark and tests can reach them:

1. ``decode_html``: bytes → text, robust to the charset mistakes feeds make
   (no declaration, a wrong one, a byte-order mark).
2. ``page_metadata``: headline, byline, times, canonical URL, language from
   JSON-LD, ``<meta>`` tags and the visible page, in that order of trust.
3. ``body_paragraphs``: the story's paragraphs without the page chrome
   (navigation, ads, captions, "Read more" links, share buttons, rails).
   The story container is the element whose own paragraphs carry the most
   text once boilerplate is dropped; pages without such a container fall
   back to trafilatura.
"""

from __future__ import annotations

import codecs
import json
import re

import lxml.html
from lxml import etree

from newswire.clean.model import CleanedArticle, CleanError, build_article, normalise_text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.I)

# Elements that are never story text.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
    "figure", "figcaption", "iframe", "svg", "select", "input", "label", "dialog",
)
# Class or id words of page chrome. Matched as whole words of the attribute.
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|sponsor\w*|promo\w*|share|sharing|social|newsletter\w*|signup|subscribe\w*"
    r"|related|read-?more|recommend\w*|trending|most-?read|popular|comments?|breadcrumbs?|tags?|topics"
    r"|caption|credit|photo-?credit|byline|dateline|timestamp|author|bio|disclaimer|correction-?notice"
    r"|hidden|visually-hidden|sr-only|skip-link|paywall|modal|cookie\w*|toolbar|rail|sidebar|masthead"
    r"|breaking-?news|site-?(?:header|footer)|footer|header|nav\w*|menu)(?:$|[\s_-])",
    re.I,
)
# Containers that announce themselves as the story body.
_BODY_HINT = re.compile(
    r"(?:article|story|entry|post|content)[-_]?(?:body|text|content)|RichTextStoryBody|articleBody", re.I
)
_PARAGRAPH_TAGS = ("p",)
_MIN_PARAGRAPH_SCORE = 200  # characters of paragraph text a story container holds at least


# -- 1. decoding --------------------------------------------------------------
def decode_html(payload: bytes, content_type: str | None = None) -> str:
    """Bytes → text. A byte-order mark wins; then valid UTF-8 (real UTF-8 is
    almost never valid in another reading, so it beats a wrong declaration);
    then the declared charset (HTTP header, then ``<meta>``); then Windows-1252,
    what undeclared Western pages nearly always are."""
    if not payload or not payload.strip():
        raise CleanError("empty body: the page has no content")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if payload.startswith(bom):
            return payload.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for declared in _declared_charsets(payload, content_type):
        if declared.replace("-", "").lower() in ("utf8", "utf16"):
            continue  # just proven wrong
        try:
            return payload.decode(declared)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", errors="replace")


def _declared_charsets(payload: bytes, content_type: str | None) -> list[str]:
    found = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            found.append(m.group(1))
    m = _CHARSET.search(payload[:4096])
    if m:
        found.append(m.group(1).decode("ascii", "ignore"))
    # Pages that say latin-1 are, in practice, Windows-1252 (curly quotes in 0x80-0x9f).
    return ["cp1252" if c.lower() in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else c for c in found]


def parse_html(text: str):
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as err:
        raise CleanError(f"not an HTML page: {err}") from err
    if tree is None or tree.find(".//body") is None:
        raise CleanError("not an HTML page: no <body>")
    return tree


# -- 2. metadata -----------------------------------------------------------------
def _json_ld_articles(tree) -> list[dict]:
    found = []

    def visit(node):
        if isinstance(node, list):
            for n in node:
                visit(n)
        elif isinstance(node, dict):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "NewsArticle", "BlogPosting", "Report")) for k in kinds):
                found.append(node)
            if "@graph" in node:
                visit(node["@graph"])

    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            visit(json.loads(script.text or ""))
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still answer
    return found


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for el in tree.iterfind(f".//meta[@{attr}='{name}']"):
                value = (el.get("content") or "").strip()
                if value:
                    return value
    return None


def _author_names(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("name")
    if isinstance(value, list):
        names = [n for n in (_author_names(v) for v in value) if n]
        return " and ".join(names) or None
    return None


def _text_of_first(tree, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = normalise_text(el.text_content())
        if text:
            return text
    return None


def page_metadata(tree, url: str | None = None) -> dict:
    ld = next(iter(_json_ld_articles(tree)), {})
    canonical = next((l.get("href") for l in tree.iterfind(".//link[@rel='canonical']") if l.get("href")), None)
    visible_byline = _text_of_first(tree, "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]")
    byline = visible_byline or _author_names(ld.get("author")) or _meta(tree, "author", "article:author")
    if byline and visible_byline is None and not byline.lower().startswith("by "):
        byline = "By " + byline
    times = [t.get("datetime") for t in tree.iterfind(".//time") if t.get("datetime")]
    return {
        "headline": _text_of_first(tree, "//h1") or ld.get("headline") or _meta(tree, "og:title")
        or _text_of_first(tree, "//title"),
        "byline": byline,
        "published_at": ld.get("datePublished") or _meta(tree, "article:published_time", "datePublished")
        or (times[0] if times else None),
        "updated_at": ld.get("dateModified") or _meta(tree, "article:modified_time", "dateModified"),
        "canonical_url": canonical or ld.get("url") or _meta(tree, "og:url") or url,
        "language": tree.get("lang") or _meta(tree, "og:locale", "language"),
        "guid": ld.get("identifier") if isinstance(ld.get("identifier"), str) else None,
    }


# -- 3. body ---------------------------------------------------------------------
def _is_chrome(el) -> bool:
    attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"), el.get("data-component"))))
    if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    return bool(attrs) and bool(_CHROME.search(attrs)) and not _BODY_HINT.search(attrs)


def strip_chrome(root) -> None:
    """Remove, in place, every element under ``root`` that is page chrome."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(etree.Element)):
        if el is not root and el.getparent() is not None and _is_chrome(el):
            el.drop_tree()


def _paragraph_text(p) -> str:
    return normalise_text(p.text_content())


def story_container(tree):
    """The element that names itself the story body (``articleBody``,
    ``story-body``, ...) and holds the most paragraph text, or None."""
    scores: dict = {}
    for p in tree.iter(*_PARAGRAPH_TAGS):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_paragraph_text(p))
    hinted = [el for el in scores
              if _BODY_HINT.search(" ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop")))))]
    best = max(hinted, key=scores.get, default=None)
    return best if best is not None and scores[best] >= _MIN_PARAGRAPH_SCORE else None


def body_paragraphs(tree) -> list[str]:
    """The story paragraphs of a parsed page (may mutate ``tree``).

    A self-declared story container is read directly, its chrome (read-more
    lines, inline ads, captions) dropped; other pages go to trafilatura."""
    container = story_container(tree)
    if container is not None:
        strip_chrome(container)
        paragraphs = [t for t in (_paragraph_text(p) for p in container if p.tag in _PARAGRAPH_TAGS) if t]
        if sum(map(len, paragraphs)) >= _MIN_PARAGRAPH_SCORE:
            return paragraphs
    return _fallback_paragraphs(tree)


def _fallback_paragraphs(tree) -> list[str]:
    import trafilatura

    text = trafilatura.extract(tree, include_comments=False, include_tables=False)
    return [line for line in (text or "").split("\n") if line.strip()]


# -- the whole page ----------------------------------------------------------------
def clean_html(payload: bytes, url: str | None = None, content_type: str | None = None) -> CleanedArticle:
    """One article page → CleanedArticle; raises CleanError with a readable reason."""
    if content_type and not re.search(r"html|xml|text/plain", content_type, re.I):
        raise CleanError(f"not an article page: content type {content_type!r}")
    tree = parse_html(decode_html(payload, content_type))
    meta = page_metadata(tree, url)
    return build_article(paragraphs=body_paragraphs(tree), what="page", **meta)
