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


def find_posts(text: str) -> list[Post]:
    posts = []
    for sig in _SIGNATURE.finditer(text):
        name = _NAME_EDGE.sub("", sig.group("name"))
        block_end = text.rfind("\n\n", 0, sig.start() + 1)
        if not name or block_end <= 0 or text[block_end:sig.start()].strip():
            continue  # the signature must follow the post after a blank line
        block_start = text.rfind("\n\n", 0, block_end)
        block_start = 0 if block_start < 0 else block_start + 2
        lines, at = [], block_start
        for line in text[block_start:block_end].split("\n"):
            lead = len(line) - len(line.lstrip())
            if _WORDS.search(_LINK.sub("", line)):  # not a row of emoji or a bare link
                if lines and text[lines[-1][1] - 1] == ":":
                    lines[-1] = (lines[-1][0], at + len(line.rstrip()))  # 'Senate resolves to:' leads in
                else:
                    lines.append((at + lead, at + len(line.rstrip())))
            at += len(line) + 1
        if lines:
            posts.append(Post(tuple(lines), name, sig.start("name") + sig.group("name").find(name)))
    return posts
