"""Article HTML → CleanedArticle.

Three steps, each its own function so the benchmark and tests can reach them:

1. ``decode_html``: bytes → text, robust to the charset mistakes feeds make
   (no declaration, a wrong one, a byte-order mark).
2. ``page_metadata``: headline, byline, times, canonical URL, language from
   JSON-LD, ``<meta>`` tags and the visible page, in that order of trust.
3. ``body_paragraphs``: the story's paragraphs without the page chrome
   (navigation, ads, captions, "Read more" links, share buttons, rails,
   comments). Two readings of the page: trafilatura's (favouring precision)
   and the self-declared story container's (``article-body``,
   ``articleBody``, ...: its ``<p>`` children, chrome elements dropped). The
   container's exact paragraphs win when the two readings agree; then lines
   of page furniture common to news sites (the headline repeated, "Read
   more: …", newsletter and share prompts, credits, comment sections) are
   dropped. ``python -m newswire.clean.benchmark`` scores this step.
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
    r"(?:article|story|entry|post|content)[-_]{0,2}(?:body|text|content)|RichTextStoryBody|articleBody", re.I
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


# Comments and processing instructions are never text (a commented-out block must not surface).
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def parse_html(text: str):
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
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


def _own_paragraphs(container) -> list[str]:
    strip_chrome(container)
    return [t for t in (_paragraph_text(p) for p in container if p.tag in _PARAGRAPH_TAGS) if t]


def container_paragraphs(tree) -> list[list[str]] | None:
    """The story container's paragraphs with its chrome (read-more lines,
    inline ads, captions) dropped, or None without a container. One list per
    block: a story that ads or embeds split into several blocks of the same
    class has them all, in page order. Mutates ``tree``."""
    main = story_container(tree)
    if main is None:
        return None
    blocks = [el for el in tree.iter(main.tag) if el is main or (
        el.get("class") == main.get("class") and el.get("id") == main.get("id"))]
    paragraphs = [_own_paragraphs(el) for el in blocks]
    if sum(len(t) for block in paragraphs for t in block) < _MIN_PARAGRAPH_SCORE:
        return None
    return [block for block in paragraphs if block]


_SHORT_READING = 500  # characters: less than this is hardly a story


def extracted_paragraphs(tree) -> list[str]:
    """trafilatura's reading of the page (it works on a copy of ``tree``):
    favouring precision, without reader comments, tables kept (some stories
    are tables). When that reading is next to nothing, the balanced one, if it
    finds clearly more: precision mode can discard a whole short story."""
    import trafilatura

    options = {"include_comments": False, "include_tables": True}
    lines = _lines(trafilatura.extract(tree, favor_precision=True, **options))
    if sum(map(len, lines)) < _SHORT_READING:
        balanced = _lines(trafilatura.extract(tree, **options))
        if sum(map(len, balanced)) > 2 * sum(map(len, lines)):
            return balanced
    return lines


def _lines(text: str | None) -> list[str]:
    return [line for line in (normalise_text(raw) for raw in (text or "").split("\n")) if line]


# Word 4-grams: how two readings of a page are compared (as the benchmark does).
_WORD = re.compile(r"\w+")


def _grams(lines: list[str]) -> set:
    words = _WORD.findall(" ".join(lines).lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def _covered(part: set, whole: set) -> float:
    return len(part & whole) / len(part) if part else 0.0


# The container reading is taken when it and trafilatura's reading are the
# same story: nearly all of trafilatura's text is in the container (no story
# part lies outside it) and the blocks trafilatura also read (nearly all of
# their text in its reading) hold a fair share of the container's text (the
# container is not a rail or a list of teasers).
EXTRACTED_INSIDE = 0.95
BLOCK_INSIDE = 0.9
AGREEING_SHARE = 0.33


def choose_paragraphs(container: list[list[str]] | None, extracted: list[str]) -> list[str]:
    """The container's paragraphs (exact DOM text, chrome dropped) when they
    agree with trafilatura's reading, else trafilatura's."""
    if not container:
        return extracted
    whole = [t for block in container for t in block]
    if not extracted:
        return whole
    other = _grams(extracted)
    agreeing = sum(len(t) for block in container if _covered(_grams(block), other) >= BLOCK_INSIDE for t in block)
    if agreeing >= AGREEING_SHARE * sum(map(len, whole)) and _covered(other, _grams(whole)) >= EXTRACTED_INSIDE:
        return whole
    return extracted


# -- boilerplate lines ---------------------------------------------------------------
# Page furniture whatever the site, as (name, pattern) rules on short lines.
# Whole-line rules: labels, links to other stories, prompts, credits.
_LINE_RULES = {
    "ad label": r"(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicidad|publicité)\W*",
    "read-more link": r"(?:read|watch|listen) (?:more|also|next)\b.*|see also\b.*",
    "related link": r"(?:related|more|also|also read|recommended|further reading)"
                    r"(?: (?:posts?|articles?|stories|reading|coverage|links?))?\s*(?:[:|»›]|[-–—]\s).*",
    "bare label": r"(?:related|more|also)\s*:?",
    "cross-link": r"also on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b.*",  # 'Also on example.com: another story'
    "bracketed link": r"\[(?:related|read more|see also|more|also)\b[^\]]*\]",
    "share prompt": r"(?:like this (?:story|article|post)\b|share this\b|share on \w+|click to (?:share|print|email)"
                    r"|tweet this|follow us\b).*",
    "tip prompt": r"(?:have|got) a (?:news )?tip\b.*",
    "taxonomy": r"(?:filed under|tagged(?: with)?|tags|topics|categories|posted in)\s*:.*",
    "copyright": r"©.{0,100}|(?:\(c\)|copyright)\b.{0,100}(?:\b\d{4}\b|all rights reserved).{0,60}",
    "media credit": r"(?:photo|image|picture|video)s?(?: credit)?\s*:.{0,150}",
    "source credit": r"source\s*:.{0,80}",
    "reading time": r"\d+\s*(?:min(?:ute)?s?|mins?) read\W*"
                    r"|(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit"
                    r"|lesedauer)\b.{0,40}",
    "table rule": r"[|:\-\s]+",  # '|---|---|' of a table rendered as text
}
# Rules that match anywhere in a short line.
_IN_LINE_RULES = {
    "script notice": r"requires javascript|enable javascript|javascript (?:is )?(?:disabled|required)",
    "shortcode": r"\[/\w+\]",  # '[button link=…]Send us your review[/button]'
    "newsletter prompt": r"(?:^|[.!?:]\s+)(?:sign up|subscribe|register)\b[^.!?]{0,150}"
                         r"\b(?:newsletters?|inbox|e-?mails?)\b"
                         r"|(?:^|[.!?]\s+)get\b[^.!?]{0,120}\b(?:in|to) your inbox",
    "contact line": r"(?:may|can) be reached at \S+@|follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)",
}
BOILERPLATE_RULES = [(name, re.compile(rf"^(?:{pattern})$", re.I).match) for name, pattern in _LINE_RULES.items()]
BOILERPLATE_RULES += [(name, re.compile(pattern, re.I).search) for name, pattern in _IN_LINE_RULES.items()]
_SHORT_LINE = 300  # characters; longer lines are story text whatever they say
# Headings after which a page has nothing but reader comments or links to other stories.
_TAIL_START = re.compile(
    r"""^(?:
        \d*\s*comments?(?:\s*\(\d+\))?
      | (?:leave|post|add|write)\ a\ (?:reply|comment)
      | (?:join|start)\ (?:the\ )?discussion | want\ to\ join\ the\ discussion
      | (?:view|show|read|see|load)\ (?:all\ )?comments | all\ comments | comments\ are\ closed
      | you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)
      | (?:related|recommended|similar|more|popular|trending)\ (?:posts|articles|stories|reads)
      | read\ next | up\ next | most\ (?:read|popular|viewed|shared)
    )\W*$""",
    re.I | re.X,
)
_TAIL_MIN_SHARE = 0.3  # such a heading ends the story only past this share of its text


def boilerplate_rule(line: str) -> str | None:
    """The name of the furniture rule ``line`` falls under, or None."""
    if len(line) > _SHORT_LINE:
        return None
    return next((name for name, matches in BOILERPLATE_RULES if matches(line)), None)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def title_keys(tree) -> set[tuple[str, ...]]:
    """The page's headline in its usual spellings (``<h1>``, og:title,
    JSON-LD, ``<title>`` without the site name), as lower-case word tuples."""
    candidates = [_text_of_first(tree, "//h1"), _meta(tree, "og:title", "twitter:title")]
    candidates += [ld.get("headline") for ld in _json_ld_articles(tree) if isinstance(ld.get("headline"), str)]
    title = _text_of_first(tree, "//title")
    if title:
        candidates.append(title)
        candidates += re.split(r"\s+[|–—:·•»-]+\s+", title)
    return {key for key in (tuple(_words(c)) for c in candidates if c) if len(key) >= 3}


def drop_boilerplate(paragraphs: list[str], titles: set[tuple[str, ...]] = frozenset()) -> list[str]:
    """The paragraphs without page furniture: the headline repeated at the
    top, label and prompt lines (``Read more: …``, ``Advertisement``,
    newsletter and share prompts, credits), and everything from a comments
    or "you may also like" heading in the latter part of the page on."""
    total = sum(map(len, paragraphs)) or 1
    kept, seen = [], 0
    for index, line in enumerate(paragraphs):
        seen += len(line)
        short = len(line) <= _SHORT_LINE
        if short and seen - len(line) >= _TAIL_MIN_SHARE * total and _TAIL_START.match(line):
            break
        if index < 3 and tuple(_words(line)) in titles:
            continue
        if short and boilerplate_rule(line):
            continue
        kept.append(line)
    return kept


def body_paragraphs(tree) -> list[str]:
    """The story paragraphs of a parsed page (may mutate ``tree``).

    Two readings, each without furniture lines: the self-declared story
    container's (exact paragraphs, its chrome dropped) and trafilatura's; the
    container's wins when the two agree."""
    titles = title_keys(tree)
    extracted = drop_boilerplate(extracted_paragraphs(tree), titles)
    paragraphs = choose_paragraphs(container_paragraphs(tree), extracted)
    if paragraphs is not extracted:
        paragraphs = drop_boilerplate(paragraphs, titles)
    # A little chrome read as text (a headline, a byline, share links run
    # together) is no story: it ends no sentence.
    if sum(map(len, paragraphs)) < _SHORT_READING and not any(map(_SENTENCE_END.search, paragraphs)):
        return []
    return paragraphs


# A paragraph of story text ends a sentence: a full stop, question or
# exclamation mark (closing quotes and brackets allowed), or a CJK, Devanagari
# or Arabic full stop.
_SENTENCE_END = re.compile(r"[.!?…。！？।؟۔][\"'”’»)\]]*\s*$")


# -- the whole page ----------------------------------------------------------------
def clean_html(payload: bytes, url: str | None = None, content_type: str | None = None) -> CleanedArticle:
    """One article page → CleanedArticle; raises CleanError with a readable reason."""
    if content_type and not re.search(r"html|xml|text/plain", content_type, re.I):
        raise CleanError(f"not an article page: content type {content_type!r}")
    tree = parse_html(decode_html(payload, content_type))
    meta = page_metadata(tree, url)
    return build_article(paragraphs=body_paragraphs(tree), what="page", **meta)
