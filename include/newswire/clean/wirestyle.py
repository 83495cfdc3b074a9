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
# (``UNITED NATIONS``), optional date (Reuters: ``OTTAWA, Nov 18``), optional
# agency tag, then a dash.
# Capitals may carry accents ('ĀDAŽI, Latvia', 'SAINT-LÉONARD'): the classes take Latin letters with
# diacritics (lower-case ones of Latin Extended-A among them, which the check that the city is in
# capitals then refuses).
_DATELINE = re.compile(
    r"""\A\s*
    (?P<place>
        [A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž.'’\-]*(?:\ [A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž.'’\-]*)*         # city, in capitals
        (?:,\ [A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ža-zß-ÿ.'’\-]*(?:\ [A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ža-zß-ÿ.'’\-]*)*)?  # ', Calif.'
    )
    (?:,\ (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2})?  # ', Nov 18' (Reuters)
    (?:\ \((?P<agency>[A-Za-z][A-Za-z &]*)\))?             # (AP)
    \s*(?:—|–|--|-)\s+""",
    re.VERBOSE,
)

_FILES_FROM_WORDING = r"[Ww]ith (?:files|(?:an? )?reports?|reporting) from"  # ('With a report from X in Brooks, Alta.')
_WITH_FILES_FROM = re.compile(rf"\A\W*{_FILES_FROM_WORDING}\s+")
_OUTLET_POSSESSIVE = re.compile(r"\A[A-Z][\w ]*?(?:'s|’s|'|’)\s+(?=[A-Z])")  # "Global News' " before a reporter's name
_CONTRIBUTOR_CUES = re.compile(
    r"\b(contributed(?: reporting)?(?: to this (?:report|story))?|reported from|contributed from)\b"
)
# Agency credit lines: '(Reporting by Jane Doe; Editing by John Roe)'. The role
# must open the line (after an optional bracket): in a sentence, 'reporting by'
# is body text ('based on reporting by the Times').
_ROLE = (r"(?:(?:with\s+)?(?:additional\s+)?"
         r"(?:reporting|writing|editing|compiled|compiling|research|graphics|fact-checking)"
         r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by)")
_CREDIT_LINE = re.compile(rf"\A\(?\s*{_ROLE}\s+[A-Z]", re.I)
_CREDIT_ROLES = re.compile(rf"\b{_ROLE}\b", re.I)
# Corrections and editor's notes may name reporters ('... contributed reporting
# from Paris, not London') but are notes about the story, not its credits.
_NOTE = re.compile(
    r"\A\W*(?:corrections?|clarifications?|editor[’']?s[’']?\s+note|note\s+to\s+readers|updates?)\b"
    r"|\b(?:corrected|clarified|amended)\b"
    r"|\b(?:has|had|have|was|were|is)\s+(?:been\s+)?updated\b"
    r"|\b(?:earlier|previous|original)\s+version\s+of\s+this\b"
    r"|\bregrets?\s+the\s+error\b",
    re.I,
)
# A copyright notice closing the page ('© Reuters', 'Copyright 2019 The Associated Press').
_COPYRIGHT = re.compile(r"\A\s*(?:©|\(c\)|copyright\b)[^\n]{0,120}\Z", re.I)
# The Canadian Press's closing line: 'This report by The Canadian Press was first published Aug. 13, 2026.'
_FIRST_PUBLISHED = re.compile(r"\A\s*This (?:report|story|article)\b[^\n]{0,80}\bfirst published\b[^\n]{0,60}\Z", re.I)
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


# Whole lines of a web page's furniture inside or above the story.
_FURNITURE_WORDING = (
    r"(?:Story continues below(?: advertisement)?|This advertisement has not loaded yet, but your article continues below\.?"
    r"|Advertisement|ADVERTISEMENT|Join the conversation|Listen to this article|Article content"
    r"|Share this article(?: in your social network)?|Sign up for [^\n]{1,80}|\d{1,2} minute read|Open this photo in gallery:|Author of the article:)"
    r"[ \t]*(?=\n|\Z)"
)
_PAGE_FURNITURE = re.compile(rf"(?:\A|(?<=\n))[ \t]*(?P<line>{_FURNITURE_WORDING})")
_FURNITURE_AHEAD = re.compile(rf"\s*{_FURNITURE_WORDING}")  # the next line, from where one stops


def find_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline at the start of ``text`` (or at ``pos``, past a page header), or None.

    Requires at least one all-capitals word of two or more letters, so an
    ordinary sentence that opens with a dash clause is not taken for one.
    """
    while (furniture := _FURNITURE_AHEAD.match(text, pos)) is not None:
        pos = furniture.end()  # 'Join the conversation' between the time stamp and the dateline
    m = _DATELINE.match(text[pos:pos + 200])
    if not m:
        return None
    place = m.group("place").strip()
    city = place.split(",")[0]
    if not re.search(r"[A-Z]{2,}", city) or city != city.upper():
        return None
    return Dateline(start=pos + m.start("place"), end=pos + m.end(), place=place, agency=m.group("agency"))


@dataclass(frozen=True)
class PageHeader:
    end: int  # the header runs from the start of the text to here
    bylines: tuple[tuple[int, int], ...]  # (start, end) of the lines naming the reporters
    names: tuple[str, ...]
    section: tuple[int, int] | None = None  # the section's label above the headline ('Local News'): no body


# The section labels a page may put above its headline.
_SECTION_LABEL = re.compile(
    r"(?:Local |Canada |World |National )?News|Sports?|Business|Politics|Opinion|Health|Entertainment|Arts|Life|Crime"
    r"|Weather|Education|Real Estate|Canada|World|Local|Technology|Science|Environment|Investing|Culture"
)


# The lines a scraped web page keeps above its story: a byline ('By Aisha Delacroix Staff
# Reporter', 'Mira Castellano · CBC News · Posted: ...') and a time stamp ('Published
# Wednesday, October 9, 2019', 'Tues., Feb. 11, 2020', '03/06/2019 17:25 EST').
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_TIME_STAMP = re.compile(
    rf"(?:(?:Published|Posted|Updated|Last Updated|First Published)\b:?"
    rf"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}\b)",
    re.I,
)
_BY_LINE = re.compile(r"(?:By|Author of the article:|Written by)\s+(?P<names>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|and|&))*)")
_DOT_BYLINE = re.compile(r"(?:By\s+)?(?P<names>[A-Z][^·•\n]{1,80}?)\s+[·•]\s+[A-Z]")  # 'Mira Castellano · CBC News · ...'
# 'By Nadia Haddad, The Canadian Press', 'Miriam Castellanos, CTV News Toronto Multi-Platform Writer',
# 'Jacqueline Tremblay, Business reporter': a name, then the outlet or the reporter's beat.
_COMMA_BYLINE = re.compile(
    r"(?:By\s+)?(?P<names>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}),\s+(?P<tail>(?:The\s+)?[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,6})")
_NOT_A_BYLINE = re.compile(r"\b(?:who|said|says|told|spoke|is|was|has)\b|\.$")  # 'Kelly-Ann Brisbois, who spoke to CBC News'
_BEAT_WORDS = "reporter|writer|correspondent|columnist|editor"
_OUTLET_OR_BEAT = re.compile(
    rf"\b(?:{_BEAT_WORDS}|journalist|producer|News|Press|Post|Star|Globe|Gazette|Times|Sun"
    r"|Herald|Journal|Chronicle|CBC|CTV|CTVNews\.ca|HuffPost|Global|Radio-Canada|Reuters|Bloomberg)\b", re.I)
_NAME_LINE = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}")  # 'Jesse Farrow', 'MARTA LINDQVIST'
_BEAT = re.compile(rf"\b(?:{_BEAT_WORDS}|bureau|staff)\b|journalist\b", re.I)  # 'RETAIL REPORTER', 'Videojournalist'
_BYLINE_TAIL = re.compile(
    r"\s+(?:Staff|Senior|Chief|National|Parliamentary|Entertainment|Political|Business|Health|Sports|Retail|Courts|Crime|City"
    r"|Education|Environment|Technology|Arts|Culture|Music|Food|Travel|Science|Climate|Housing|Justice|Labour|Legislative"
    r"|Investigative|Digital|Video|Multi-Platform|Multimedia|Freelance|Contributing|Special|Local"
    r"|Reporter|Writer|Journalist|Correspondent|Columnist|Editor|Global|CBC|CTV|The)\b.*\Z"
)
_HEADLINE_LINES = 3  # headline, deck, a name: the byline or time stamp comes by the fourth line


_AND = re.compile(r"\s+(?:and|&)\s+")


def _reporters_named(line: str) -> list[str]:
    """'Marcus Hale and Priya Venkataraman Ottawa' -> the two reporters: the city they file
    from ends the line, a word more than the first name has (a page sets it after the names)."""
    reporters = [n.title() if n.isupper() else n for n in _AND.split(line)]
    if len(reporters) > 1 and len(reporters[-1].split()) > len(reporters[0].split()):
        reporters[-1] = reporters[-1].rsplit(" ", 1)[0]
    return reporters


def _time_stamp(line: str) -> bool:
    return (len(line) <= 100 and _TIME_STAMP.match(line) is not None and any(c.isdigit() for c in line)
            and (not line.endswith(".") or line.endswith(("a.m.", "p.m."))))  # not 'Published reports in 2019 said ...'


def _beat_line(line: str) -> bool:
    """A short line giving a reporter's beat: 'Parliamentary reporter', 'CTV News Winnipeg Multi-Media Journalist'."""
    return len(line) <= 60 and _BEAT.search(line) is not None and not re.search(r"[.,:;!?“”\"\d]", line)


# A city or a region a reporter files from: 'Ottawa', 'Economics reporter' aside.
_PLACE_TAIL = re.compile(r"[A-Z][a-zé]+(?:[ -][A-Z][a-zé]+)?")


def _first_line_byline(text: str, stop: int, line: str, comma: re.Match | None) -> bool:
    """The story's first line, a paragraph of its own, is 'Name, outlet or beat or city'."""
    return (comma is not None and len(line) <= 80 and text.startswith("\n\n", stop)
            and (_OUTLET_OR_BEAT.search(comma.group("tail")) is not None or _PLACE_TAIL.fullmatch(comma.group("tail")) is not None))


def find_page_header(text: str) -> PageHeader | None:
    """The headline, deck, byline and time stamp a scraped page keeps above the
    story, up to the last byline or time stamp among its first short lines; None
    when the text opens with the story. The header carries no quotes (a headline's
    'says' is no one speaking), and the reporters in it are no one in the story."""
    lines = [m.span() for m in re.finditer(r"[^\n]+", text[:2000])]
    end, bylines, names, section = None, [], [], None
    furniture = 0  # lines such as 'Author of the article:' do not count towards the headline's
    for k, (start, stop) in enumerate(lines):
        line = text[start:stop].strip()
        following = text[lines[k + 1][0]:lines[k + 1][1]].strip() if k + 1 < len(lines) else ""
        after_following = text[lines[k + 2][0]:lines[k + 2][1]].strip() if k + 2 < len(lines) else ""
        if len(line) > 160 or k == 0 and find_dateline(line) or end is None and k - furniture > _HEADLINE_LINES:
            break
        # (a first line is a headline unless it opens with 'By': 'By Jenna Morrow, The Canadian Press', or is a
        # paragraph of its own naming a reporter and their outlet, beat or city: 'Owen Fehr, Winnipeg')
        comma = _COMMA_BYLINE.fullmatch(line)
        if not (k > 0 or line.startswith("By ") or _first_line_byline(text, stop, line, comma)):
            comma = None
        if _FURNITURE_AHEAD.fullmatch(line):
            furniture += 1
            continue  # 'Join the conversation', 'Listen to this article'
        if k == 0 and _SECTION_LABEL.fullmatch(line) and k + 1 < len(lines):
            section = (start, stop)
            furniture += 1
            continue
        # (a time stamp is no byline: 'Published Mar 10, 2026 • Last updated 3 hours ago')
        by = None if _time_stamp(line) else (_BY_LINE.fullmatch(line) or _DOT_BYLINE.match(line)
              or (comma if comma is not None and (k == 0 or _OUTLET_OR_BEAT.search(comma.group("tail")))
                  and not _NOT_A_BYLINE.search(comma.group("tail")) else None))
        name = _BYLINE_TAIL.sub("", line)
        reporters = _AND.split(name)
        if by is not None or _time_stamp(line):
            end = stop
            if by is not None:
                bylines.append((start, stop))
                names.extend(n.strip() for n in re.split(r"\s+(?:and|&)\s+|,\s*", _BYLINE_TAIL.sub("", by.group("names"))) if n.strip())
        elif (all(_NAME_LINE.fullmatch(n) for n in reporters)
              and (k > 0 and (_time_stamp(following) or _PLACE_TAIL.fullmatch(following) and _time_stamp(after_following))
                   or len(reporters) == 1 and _BEAT.search(following) and (k > 0 or _beat_line(following)))):
            # a name alone above the time stamp or the reporter's beat ('Marina Kostova Retail Reporter Toronto'),
            # the first line too when the beat follows it ('Hannah Schmidt' / 'CTV News Kitchener Videojournalist');
            # names joined by 'and' above the time stamp, the city they file from last ('Marcus Hale and Priya Venkataraman Ottawa')
            end = stop
            bylines.append((start, stop))  # (a beat is masked with the name: 'CTV News London Videojournalist')
            if not _BEAT.search(name):
                names.extend(_reporters_named(name))
        elif k > 0 and _BEAT.search(line) and (line.isupper() or bylines and bylines[-1] == lines[k - 1] and _beat_line(line)):
            end = stop  # the beat under the byline, masked with it ('CTV News London Videojournalist' names no body)
            bylines.append((start, stop))
        elif k > 0 and bylines and bylines[-1] == lines[k - 1] and _PLACE_TAIL.fullmatch(line) and _time_stamp(following):
            end = stop  # the city under the byline, above the time stamp ('Emma Lindqvist' / 'Calgary' / 'Published ...')
        elif end is not None:
            break  # the story has begun
    if end is None:
        return None
    return PageHeader(end=end, bylines=tuple(b for b in bylines if b[1] <= end), names=tuple(names), section=section)


def _files_from_line(text: str, start: int) -> ContributorLine:
    """The 'With files from ...' paragraph at ``start``: '— With files from Global News' Daniel Okoro and
    The Canadian Press', 'With files from Andrés Villanueva in Vancouver'."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    credited = _PLACE_PHRASE.sub("", line[_WITH_FILES_FROM.match(line).end():])
    names = [_OUTLET_POSSESSIVE.sub("", n).strip(" .") for n in re.split(r",\s*|\s+and\s+", credited)]
    return ContributorLine(start=start, end=start + len(line), text=line, names=tuple(n for n in names if n))


# A paragraph of its own crediting files, not the page's last: a web page may close with the
# reporter's biography or links to related stories ('With files from X' / 'ABOUT THE AUTHOR' / ...).
_FILES_FROM_PARAGRAPH = re.compile(rf"(?:\A|(?<=\n\n))[ \t]*(?=\W*{_FILES_FROM_WORDING} )[^\n“”\"]{{1,200}}$", re.M)


def _files_from_above_trailer(text: str) -> ContributorLine | None:
    found = list(_FILES_FROM_PARAGRAPH.finditer(text))
    return _files_from_line(text, found[-1].start()) if found else None


def find_contributor_line(text: str) -> ContributorLine | None:
    """The contributor line: the last paragraph, when it credits reporters
    (``Abby Sewell in Beirut contributed reporting.``) or is an agency credit
    line (``(Reporting by Jane Doe; Editing by John Roe)``). A correction or
    editor's note is not one, even when it names who contributed."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    while _COPYRIGHT.match(stripped[start:]) or _FIRST_PUBLISHED.match(stripped[start:]):  # '© Reuters' under the credit line
        stripped = stripped[:start].rstrip()
        start = stripped.rfind("\n") + 1
    last = stripped[start:]
    # Contributor lines are short and carry no quotation marks.
    if not last or len(last) > 400 or re.search(r"[“”\"]", last) or _NOTE.search(last):
        return _files_from_above_trailer(text)
    if _WITH_FILES_FROM.match(last):
        return _files_from_line(stripped, start)
    credit = _CREDIT_LINE.match(last)
    if not credit and not _CONTRIBUTOR_CUES.search(last):
        return _files_from_above_trailer(text)
    names = []
    blanked = _CREDIT_ROLES.sub(lambda m: " " * len(m.group(0)), last) if credit else last
    without_places = _PLACE_PHRASE.sub(lambda m: " " * len(m.group(0)), blanked)
    for m in _NAME.finditer(without_places):
        name = " ".join(w for w in m.group(0).split() if w not in _NAME_CONTEXT_STOP)
        if name:
            names.append(name)
    return ContributorLine(start=start, end=len(stripped), text=last, names=tuple(names))


# Lines a web page puts between paragraphs: links to other stories and videos
# ('READ MORE: ...', 'WATCH | ...:', 'RELATED: ...', 'Click to play video: ...'). Their 'says' is a headline's.
_PROMO_LINE = re.compile(
    r"^[ \t]*(?:[A-Z]{4,}(?: [A-Z]+)? ?\||(?:WATCH|READ MORE|MORE|RELATED|LISTEN|SEE ALSO|ALSO READ|READ ALSO|CLICK HERE"
    r"|VIDEO|PHOTOS|EXPLAINER|ANALYSIS|OPINION)\b ?:|Click to play video:)[^\n]*",
    re.M,
)
# A photo credit closing a caption: '(Priya Raman/CBC)', 'Photo by Dana Fielding/The Canadian Press',
# '(The Canadian Press/Sean Kilpatrick)'.
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:Photo:\s*)?[A-Z][^()\n/]{0,50}/\s*[A-Z][^()\n]{0,50}\)"
    r"|\b(?:Photo|Photograph|Image|Credit)(?:\s+by|:)\s+[A-ZÀ-Ý][^\n]{0,80}"
    # after the caption's full stop, with or without a space: 'on Monday.Chris Dunleavy/The Globe and Mail'
    r"|(?<=[.!?])\s?[A-ZÀ-Ý][\w'’\-]+(?: [A-ZÀ-Ý][\w'’\-]+){1,3} ?/(?:The )?[A-Z][\w'’&.\-]*(?: [A-Za-z][\w'’&.\-]*){0,5}"
    # or on a line of its own under the caption: 'Daniel Rourke/Toronto Star'
    r"|(?<=\n\n)(?P<own_line>[A-ZÀ-Ý][\w'’\-]+(?: [A-ZÀ-Ý][\w'’\-]+){1,3} ?/ ?(?:The )?[A-Z][\w'’&.\-]*(?: [A-Za-z][\w'’&.\-]*){0,5}))[ \t]*$",
    re.M,
)


def find_page_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line a web page puts in the story that is no part of it:
    'Story continues below advertisement', 'Join the conversation'."""
    return [m.span("line") for m in _PAGE_FURNITURE.finditer(text)]


def find_promo_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 'READ MORE:' / 'WATCH |' line: page furniture, not the story."""
    return [m.span() for m in _PROMO_LINE.finditer(text)]


# A paragraph of a few words with no closing punctuation: a headline, deck or subhead.
_HEADING = re.compile(r"(?:^|(?<=\n\n))(?P<line>[^\n]{3,160})(?=\n\n)")
_HEADING_MAX_WORDS = 16
_SENTENCE_CLOSERS = tuple(".?!:;,”\"’')…—-")


def find_headings(text: str) -> list[tuple[int, int]]:
    """(start, end) of each headline, deck or subhead: a one-line paragraph of at most
    16 words that does not end like a sentence ('Experts warn of longer dry cycles',
    'Hydro-Québec says some customers could be in the dark until the weekend'). A
    heading is no quote, whatever verb it has."""
    found = []
    for m in _HEADING.finditer(text):
        line = m.group("line").rstrip()
        if line and not line.endswith(_SENTENCE_CLOSERS) and len(line.split()) <= _HEADING_MAX_WORDS:
            found.append((m.start("line"), m.start("line") + len(line)))
    return found


_CAPTION_MAX_WORDS = 60


def find_photo_captions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((caption start, end), (credit start, end)) of each paragraph that ends in a
    photo credit. A caption is no quote ('Dr. Fiona MacKenzie says ...' under a
    photo), and the photographer in the credit is no one in the story."""
    found = []
    for m in _PHOTO_CREDIT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("own_line"):
            # the caption is the short paragraph above the credit line
            above = text.rfind("\n\n", 0, line_start - 2)
            above = above + 2 if above >= 0 else 0
            if len(text[above:line_start].split()) <= _CAPTION_MAX_WORDS:
                line_start = above
        found.append(((line_start, m.end()), m.span()))
    return found
