"""Wire metadata component: dateline, contributor line, paragraph breaks.

Runs first, before the model's own components, so that what it decides
constrains them: the dateline and contributor line are blocked for NER (they
are metadata, and the small model tags ``BUELLTON`` as ORG), and every
paragraph starts a new sentence (the parser respects pre-set boundaries).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import HEAD, IDX, IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newswire.clean.wirestyle import (
    Dateline,
    find_contributor_line,
    find_dateline,
    find_headings,
    find_page_furniture,
    find_page_header,
    find_photo_captions,
    find_promo_lines,
)
from newswire.extract.lexicon import NAME_TITLE_ABBREVIATIONS

_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _register_extensions() -> None:
    for name, default in (
        ("dateline", None),
        ("contributors", []),
        ("masked_spans", ()),  # ((start_char, end_char), ...) of metadata
        ("caption_spans", ()),  # ((start_char, end_char), ...) of photo captions and 'READ MORE:' lines: no quotes
        ("paragraph_starts", ()),  # char offsets where paragraphs begin
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_register_extensions()


_TEXT_KEY = "newswire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once (or kept by the tokenizer): spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TOKENS_KEY = "newswire.tokens"
_BOUNDS_KEY = "newswire.token_bounds"


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as a list, made once: the rules slice it where ``doc[a:b]``
    would build a Span (a microsecond or more each, and they ask thousands of times a story)."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


_HEADS_KEY = "newswire.heads"
_CHILDREN_KEY = "newswire.children"


def _heads(doc: Doc) -> list[int]:
    """Each token's head, as an index into the Doc."""
    heads = doc.user_data.get(_HEADS_KEY)
    if heads is None:
        heads = doc.user_data[_HEADS_KEY] = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    return heads


def head_of(token: Token) -> Token:
    """``token.head`` off the Doc's cached tokens: spaCy builds a new Token on every call."""
    doc = token.doc
    if _HEADS_KEY not in doc.user_data and not doc.has_annotation("DEP"):
        return token.head  # (not parsed yet: nothing to cache)
    return doc_tokens(doc)[_heads(doc)[token.i]]


def children_of(token: Token) -> list[Token]:
    """``token.children`` in the same order, off the Doc's cached tokens: spaCy builds
    a new Token for every child on every call. The Doc keeps one list of its tokens
    ordered by head, and where each head's run starts (not a list per token: a thousand
    small lists a story would only feed the garbage collector)."""
    doc = token.doc
    cached = doc.user_data.get(_CHILDREN_KEY)
    if cached is None:
        if not doc.has_annotation("DEP"):
            return list(token.children)  # (not parsed yet: nothing to cache)
        tokens, heads = doc_tokens(doc), _heads(doc)
        order = sorted((i for i in range(len(heads)) if heads[i] != i), key=heads.__getitem__)  # (stable: in order)
        starts = [0] * (len(heads) + 1)
        for i in order:
            starts[heads[i] + 1] += 1
        for i in range(len(heads)):
            starts[i + 1] += starts[i]
        cached = doc.user_data[_CHILDREN_KEY] = ([tokens[i] for i in order], starts)
    by_head, starts = cached
    return by_head[starts[token.i]:starts[token.i + 1]]


def release_caches(doc: Doc) -> None:
    """Drop the token caches once the components are done: the cached Tokens point back
    at their Doc, a cycle only the garbage collector would break, keeping each Doc (and
    its tensors) alive long after the story's record is made."""
    for key in (_TOKENS_KEY, _HEADS_KEY, _CHILDREN_KEY):
        doc.user_data.pop(key, None)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the same slice rules), read off the text by the tokens'
    character offsets instead of joining a new Span's tokens."""
    n = len(doc)
    start = min(n, max(0, start + n if start < 0 else start))
    end = min(n, max(start, end + n if end < 0 else end))
    if end == start:
        return ""
    bounds = doc.user_data.get(_BOUNDS_KEY)
    if bounds is None:
        columns = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
        bounds = doc.user_data[_BOUNDS_KEY] = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
    return doc_text(doc)[bounds[0][start]:bounds[1][end - 1]]


def word_ids(words) -> numpy.ndarray:
    """The string hashes of ``words`` (lower-case ones, unless matched by ORTH), for ``indices_of``."""
    return numpy.array(sorted({get_string_id(word) for word in words}), dtype=numpy.uint64)


def indices_of(doc: Doc, ids: numpy.ndarray, attr: int = LOWER) -> list[int]:
    """Indices of the tokens whose lower-case form (or ``attr``, such as ORTH) is one of ``ids``:
    the Doc's word column compared at once, instead of building a Token for each of a story's ~700 words."""
    return numpy.flatnonzero(_one_of(doc.to_array(attr), ids)).tolist()


def _one_of(words: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which ``words`` (string hashes) are among the sorted ``ids``: a binary search per word
    (numpy.isin would sort both arrays each call)."""
    if not len(ids):
        return numpy.zeros(len(words), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ids, words), len(ids) - 1)
    return ids[at] == words


_COMMA_IDS = word_ids([","])
_CONTINUING = -1  # a token's SENT_START value: no sentence opens on it
_TITLE_ABBREVIATION_IDS = word_ids(NAME_TITLE_ABBREVIATIONS)


def _no_sentence_starts_within(doc: Doc) -> None:
    """Tell the parser where no sentence opens, in one array, before it parses (a loop
    setting each token's ``is_sent_start`` took a third of the parser's own time):

    * on a comma (after a page's 'Story continues below advertisement' line the parser
      made 'Achebe' a sentence and ', a retired worker, said ...' the next);
    * inside a name, on a capitalised word right after another ('Équité Association, an
      insurance industry group, said', 'FlexFit Athletic Clubs': the parser cut after the
      first word), though an abbreviation's full stop may close a sentence ('in the U.S. The');
    * after a title's abbreviation ('said Asst. Commissioner Keira MacPhail');
    * on a lower-case word within a line ('Story continues below advertisement', then
      'Varghese' cut from 'said the shortage ...').
    Boundaries already set (paragraphs, the dateline) stay."""
    if len(doc) < 2:
        return
    columns = doc.to_array([ORTH, IS_TITLE, IS_LOWER, IS_SPACE, IS_ALPHA, SENT_START])
    orth = columns[:, 0]  # (word ids are unsigned 64-bit: compared as they are)
    titled, lower, space, alpha, starts = (columns[:, k].astype(numpy.int64) for k in range(1, 6))
    capitalised = alpha & (1 - lower)  # 'Équité', 'FlexFit', 'OC' (not 'U.S.' nor 'Mr.': they may close a sentence)
    within = numpy.zeros(len(doc), dtype=bool)
    within[1:] = ((orth[1:] == _COMMA_IDS[0]) | ((lower[1:] & (1 - space[:-1])) == 1)
                  | ((titled[1:] & capitalised[:-1]) == 1) | _one_of(orth[:-1], _TITLE_ABBREVIATION_IDS))
    starts[within & (starts == 0)] = _CONTINUING
    doc.from_array([SENT_START], starts.astype(numpy.uint64))  # (-1 as spaCy stores it)


def in_masked(doc: Doc, start_char: int, end_char: int) -> bool:
    """The characters overlap metadata or page furniture the extraction leaves out."""
    return any(s < end_char and start_char < e for s, e in doc._.masked_spans)


def in_caption(doc: Doc, char: int) -> bool:
    """The character is in a caption, headline or other line that is no part of the story's prose."""
    return any(s <= char < e for s, e in doc._.caption_spans)


def keep_text(doc: Doc, text: str) -> None:
    """Record the text ``doc`` was made from (the same string as ``doc.text``)."""
    doc.user_data[_TEXT_KEY] = text


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.end() < len(text))
    return starts


def _dateline_past_page_lines(text: str, pos: int, lines_between: list[tuple[int, int]]) -> Dateline | None:
    """The dateline at ``pos``, or after the photo captions, video links and headings a scraped
    page puts between its header and the story ('... THE CANADIAN PRESS/Kevin Marchetti', or
    'Click to play video: ...', then 'KINGSTON, Ont. —')."""
    dateline = find_dateline(text, pos)
    for start, end in sorted(lines_between):
        if dateline is not None or text[pos:start].strip():
            break
        pos = max(pos, end)
        dateline = find_dateline(text, pos)
    return dateline


@Language.component("newswire_wire_metadata")
def wire_metadata(doc: Doc) -> Doc:
    text = doc_text(doc)
    masked: list[tuple[int, int]] = []
    header = find_page_header(text)  # a scraped page's headline, byline and time stamp
    captions = find_photo_captions(text)
    furniture = find_page_furniture(text)
    promos, headings = find_promo_lines(text), find_headings(text)
    lines_between = [(caption[0], max(caption[1], credit[1])) for caption, credit in captions] + furniture + promos + headings
    dateline = _dateline_past_page_lines(text, header.end if header is not None else 0, lines_between)
    if dateline is not None:
        doc._.dateline = dateline.place
        masked.append((dateline.start, dateline.end))
    contributors = list(header.names) if header is not None else []
    contributor_line = find_contributor_line(text)
    if contributor_line is not None:
        contributors.extend(contributor_line.names)
        masked.append((contributor_line.start, contributor_line.end))
    doc._.contributors = contributors
    if header is not None:
        masked.extend(header.bylines + ((header.section,) if header.section else ()))
    masked.extend(credit for _caption, credit in captions)  # the photographer is no one in the story
    masked.extend(furniture)  # 'Story continues below advertisement': no one, no body, no quote
    no_quotes = ([caption for caption, _credit in captions] + furniture + promos + headings
                 + ([(0, header.end)] if header is not None else []))
    doc._.caption_spans = tuple(sorted(no_quotes))
    doc._.masked_spans = tuple(masked)
    starts = paragraph_starts(text)
    doc._.paragraph_starts = tuple(starts)

    # Pre-set sentence starts: each paragraph, and the body after the dateline.
    boundaries = starts[1:] + ([dateline.end] if dateline is not None else [])
    for char in boundaries:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    _no_sentence_starts_within(doc)
    blocked = []
    for start, end in masked:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            blocked.append(span)
    if blocked:
        doc.set_ents([], blocked=blocked, default="unmodified")
    return doc
