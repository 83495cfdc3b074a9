"""Wire-style conventions shared by cleaning and extraction.

A wire story opens with a dateline (``BUELLTON, Calif. —``,
``GAZA CITY (AP) —``) and may end with a contributor line
(``Abby Sewell in Beirut contributed reporting.``). Both are metadata: the
place of filing and the reporters, not body text to run NER or quote
extraction on. These functions find them in text as given, with offsets, so
callers can mask them without changing any other offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# City in capitals (``BUELLTON``, ``GAZA CITY``, ``ST. LOUIS``), optional
# region in title case (``Calif.``, ``Texas``, ``N.Y.``) or capitals
# (``UNITED NATIONS``), optional agency tag, then a dash.
_DATELINE = re.compile(
    r"""\A\s*
    (?P<place>
        [A-Z][A-Z.'’\-]*(?:\ [A-Z][A-Z.'’\-]*)*         # city, in capitals
        (?:,\ [A-Z][A-Za-z.'’\-]*(?:\ [A-Z][A-Za-z.'’\-]*)*)?  # ', Calif.'
    )
    (?:\ \((?P<agency>[A-Za-z][A-Za-z &]*)\))?             # (AP)
    \s*(?:—|–|--|-)\s+""",
    re.VERBOSE,
)

_CONTRIBUTOR_CUES = re.compile(
    r"\b(contributed(?: reporting)?(?: to this (?:report|story))?|reported from|contributed from)\b"
)
# Capitalised name of one to four words (``Ellen Knickmeyer``, ``Frankel``).
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’\-]+(?:\s+(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.))*")
# 'in Beirut', 'from Hamburg, Germany': places, blanked before names are read.
_PLACE_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’\-]*)"  # 'St.', 'Beirut' (a full stop ends a longer word)
_PLACE_PHRASE = re.compile(
    rf"\b(?:in|from)\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:,\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)?"
)
_NAME_CONTEXT_STOP = {"The", "Associated", "Press", "AP", "In", "And", "Writer", "Writers", "Reporter", "Reporters"}


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # end of the dateline including the dash and following space
    place: str
    agency: str | None

    @property
    def text(self) -> str:  # normalised: 'BUELLTON, Calif. —'
        return f"{self.place} —"


@dataclass(frozen=True)
class ContributorLine:
    start: int
    end: int
    text: str
    names: tuple[str, ...]


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None.

    Requires at least one all-capitals word of two or more letters, so an
    ordinary sentence that opens with a dash clause is not taken for one.
    """
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    place = m.group("place").strip()
    city = place.split(",")[0]
    if not re.search(r"[A-Z]{2,}", city) or city != city.upper():
        return None
    return Dateline(start=m.start("place"), end=m.end(), place=place, agency=m.group("agency"))


def find_contributor_line(text: str) -> ContributorLine | None:
    """The contributor line: the last paragraph, when it credits reporters."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    last = stripped[start:]
    # Contributor lines are short and carry no quotation marks.
    if not last or len(last) > 400 or not _CONTRIBUTOR_CUES.search(last) or re.search(r"[“”\"]", last):
        return None
    names = []
    without_places = _PLACE_PHRASE.sub(lambda m: " " * len(m.group(0)), last)
    for m in _NAME.finditer(without_places):
        name = " ".join(w for w in m.group(0).split() if w not in _NAME_CONTEXT_STOP)
        if name:
            names.append(name)
    return ContributorLine(start=start, end=len(stripped), text=last, names=tuple(names))
