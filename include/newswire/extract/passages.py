"""Passages in quotation marks, found on the raw text.

Handles typographic (“ ”) and straight (") double quotes; single quotes are
left alone because ’ is also the apostrophe. Wire style for long quotes: a
quotation left open at the end of a paragraph continues when the next
paragraph opens with a quotation mark, so the passage spans both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_MARK_OR_BREAK = re.compile(r'[“”"]|\n')
_OPENING_CONTEXT = frozenset(" \t\n([{—–-/:")
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_SENTENCE_END = re.compile(r"[.?!…][’'\")\]]*\s*$")


@dataclass(frozen=True)
class Passage:
    start: int  # the opening mark
    end: int  # just after the closing mark, or paragraph end when left open
    closed: bool
    words: int
    sentence_like: bool  # ends like a sentence inside the marks, or spans paragraphs

    def contains(self, char: int) -> bool:
        return self.start <= char < self.end


def _is_opening_straight(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENING_CONTEXT


def _passage(text: str, start: int, end: int, closed: bool) -> Passage:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    inner = text[start + 1: end - 1 if closed else end]
    multi_paragraph = "\n" in inner
    sentence_like = multi_paragraph or bool(_SENTENCE_END.search(inner)) or inner.rstrip().endswith((",", "…"))
    return Passage(start, end, closed, len(_WORD.findall(inner)), sentence_like)


def find_passages(text: str) -> list[Passage]:
    passages: list[Passage] = []
    open_at: int | None = None
    continuation_mark = -1  # the mark re-opening a quote continued from the paragraph before
    for m in _MARK_OR_BREAK.finditer(text):
        i, mark = m.start(), m.group()
        if mark == "\n":
            if open_at is None:
                continue
            nxt = len(text) - len(text[i:].lstrip())
            if nxt < len(text) and (text[nxt] == "“" or text[nxt] == '"'):
                continuation_mark = nxt  # the quote goes on in the next paragraph
            else:
                passages.append(_passage(text, open_at, i, closed=False))
                open_at = None
            continue
        if i == continuation_mark:
            continue
        if mark == "“" or (mark == '"' and open_at is None and _is_opening_straight(text, i)):
            if open_at is not None:  # re-opened inside the same paragraph: the first was never closed
                passages.append(_passage(text, open_at, i, closed=False))
            open_at = i
        elif open_at is not None:
            passages.append(_passage(text, open_at, i + 1, closed=True))
            open_at = None
        # a closing mark with nothing open is a stray: ignore it
    if open_at is not None:
        passages.append(_passage(text, open_at, len(text), closed=False))
    return passages


class PassageIndex:
    """Which passage a character offset falls in, by binary search."""

    def __init__(self, passages: list[Passage]):
        self.passages = passages
        self._starts = [p.start for p in passages]

    def at(self, char: int) -> int | None:
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and self.passages[k].contains(char):
            return k
        return None

    def within(self, start: int, end: int) -> list[int]:
        """Indices of passages that start inside [start, end)."""
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end - 1)
        return list(range(lo, hi))
