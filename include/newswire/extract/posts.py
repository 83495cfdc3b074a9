"""Social posts embedded in a page's text, signed on the line after them.

A tweet embedded in a news page reaches the text as its lines, a blank line
and a signature: '— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019'.
It carries no quotation marks and no speech verb, yet it is the signer's
own words: each line of it is a quote of the signer (one line, one post
sentence, as annotators mark them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# '— Name (@handle) Month D, YYYY' on a line of its own.
_SIGNATURE = re.compile(
    r"^[—–-]+ *(?P<name>[^\n(@]{1,80}?) *\(@\w{1,30}\) *[A-Z][a-z]+\.? \d{1,2}, \d{4} *$",
    re.MULTILINE,
)
_NAME_EDGE = re.compile(r"^(?:[\W_]+|the\s+)+|[\W_]+$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]")
_LINK = re.compile(r"\S+://\S+|pic\.twitter\.com/\S+")


@dataclass(frozen=True)
class Post:
    lines: tuple[tuple[int, int], ...]  # character ranges of the post's lines
    name: str  # the signer as written, without emoji or punctuation at its ends
    name_start: int


# A line of prose ends a sentence or leads in; a post's lines often do neither
# ('... whenever needed pic.twitter.com/x').
_ENDS_PROSE = re.compile(r"(?:[.!?…][\"'”’)\]]*|:)$")


def find_posts(text: str) -> list[Post]:
    posts = []
    for sig in _SIGNATURE.finditer(text):
        name = _NAME_EDGE.sub("", sig.group("name"))
        if not name or not text[:sig.start()].endswith("\n\n"):
            continue  # a post ends with a blank line before its signature
        lines = _post_lines(text, sig.start() - 2)
        if lines:
            posts.append(Post(tuple(lines), name, sig.start("name") + sig.group("name").find(name)))
    return posts


def _post_lines(text: str, end: int) -> list[tuple[int, int]]:
    """Character ranges of the post's lines, reading back from ``end``: the lines of
    its block, and, where the page gave each line a paragraph of its own, the
    paragraphs before that end no sentence (prose before the post does)."""
    lines: list[tuple[int, int]] = []
    blank_before = False  # a blank line lies between this line and the one after it
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            blank_before = True
            end = start - 1
            continue
        if _SIGNATURE.fullmatch(line.strip()) or (lines and blank_before and _ENDS_PROSE.search(line.rstrip())):
            break  # the post before, or prose: a sentence, or a lead-in ('See tweets:')
        if _WORDS.search(_LINK.sub("", line)):  # not a row of emoji or a bare link
            lead = len(line) - len(line.lstrip())
            lines.append((start + lead, start + len(line.rstrip())))
        blank_before = False
        end = start - 1
    lines.reverse()
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        if joined and text[joined[-1][1] - 1] == ":" and "\n\n" not in text[joined[-1][1]:start]:
            joined[-1] = (joined[-1][0], end)  # 'Senate resolves to:' leads into its next line
        else:
            joined.append((start, end))
    return joined
