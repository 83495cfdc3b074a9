"""Entity component: the model's entities, repaired and canonicalised.

The small model's typical slips are fixed with cheap span rules, in order:
1. trim: determiners, possessives, punctuation;
2. relabel: local cues (', which' / ', who', 'the app X', 'X’s wife, Y',
   'Narragansett Bay'), name parts (a known person's surname tagged ORG, a
   company's short name tagged PERSON), then one label per string;
3. strip titles from names ('Sheikh', 'Manager') and complete them:
   nicknamed names ('Marcus “Bull” Tate'), particle family names
   ('Abdel Fattah' + 'el-Sissi'), a left-out given name ('Ella' + 'Ben Ami'),
   truncated organisation names ('Berlin Office' + 'for Digital Privacy'),
   then relabel again;
4. recover: a known person's family name the model did not tag at all.
Every mention then gets its story-level canonical name: the most complete
name containing it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newswire.extract.lexicon import (
    BUSINESS_NAME_ENDINGS,
    CHILD_NOUNS,
    CITIES,
    DEMONYMS,
    DETERMINERS,
    GIVEN_NAMES,
    HE_OR_SHE,
    KINSHIP_NOUNS,
    LOCATIVE_PREPS,
    NAME_PARTICLES,
    OCCUPATION_SUFFIXES,
    OCCUPATION_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ORG_TRAILING_ROLES,
    PARENT_NOUNS,
    PERSON_NOUNS,
    PLACE_NAME_WORDS,
    POSSESSIVE_MARKS,
    PROVINCES,
    ROLES_OF_BODIES,
    ROLE_HEADS,
    TEAM_POSITIONS,
    TITLED_GIVEN_NAMES,
    TITLES,
    WELL_KNOWN_ORGS,
    given_name_vote,
    unaccented,
)
from newswire.extract.verbs import speaks, speech_lemma
from newswire.extract.wire import children_of, doc_text, doc_tokens, head_of, in_masked, indices_of, span_text, word_ids

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels a wrongly tagged person name typically gets.
# A finite verb or a personal pronoun: in a clause, never in an organisation's name.
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "PRP", "PRP$"})
RELABELABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
_EDGE_JUNK = frozenset({",", ".", ";", ":", "—", "–", "-", "(", ")", "“", "”", '"', "‘"})
_STOP_EXTEND = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She", "It", "They", "We", "I"})
_ORG_LINKS = frozenset({"of", "for", "on"})
_ENGLISH_PARTICLES = frozenset({"at", "as", "an", "ad", "la", "le", "da", "di", "du", "del"})
_WORD = re.compile(r"[\w’']+")
_NICKNAME = re.compile(r"\s*[“\"][^”\"\n]{1,30}[”\"]\s*")
# 'Marcus “Bull” Tate': a quoted nickname between given and family name.
# Anchored on the quoted nickname (rare), then the given name is looked up behind it.
_NICKNAME_THEN_NAME = re.compile(r" [“\"][A-Z][^”\"\n]{0,30}[”\"] [A-Z][\w’'\-]+")
_GIVEN_NAMES_BEFORE = re.compile(r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?$")

for _name, _default in (("entities", []), ("people", []), ("organizations", []), ("places", []), ("aliases", {}), ("mentions", [])):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@dataclass
class Mention:
    """An entity mention as token offsets [start, end) with its story-level name."""

    start: int
    end: int
    label: str
    title_start: int = -1  # where the titled form begins ('President' Biden)
    canonical: str = ""


def display_name(text: str, label: str = "") -> str:
    """Single-spaced; a person's quoted nickname dropped ('Danny Ferreira')."""
    if label == "PERSON":
        text = _NICKNAME.sub(" ", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=4096)  # (asked for the same few names thousands of times a batch)
def name_words(text: str) -> tuple[str, ...]:
    """Comparison key of a name: lower-case words, hyphens as spaces, no nickname."""
    text = _NICKNAME.sub(" ", text).lower().replace("-", " ")
    return tuple(w.strip("’'") for w in _WORD.findall(text) if w.strip("’'"))


def _name_parts(names) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Every contiguous part of each multi-word name -> the names it is part of
    (a dict, so lookups stay linear in the number of mentions). A part does not
    end on a particle unless the name does ('Le' of 'Thanh Huong Le' is a name)."""
    parts: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for full in set(names):
        for i in range(len(full)):
            for j in range(i + 1, len(full) + 1):
                part = full[i:j]
                if part != full and not (part[-1] in NAME_PARTICLES and part != full[-1:]):
                    parts[part].append(full)
    return parts


# Words ending like an occupation that name no one: 'Greater Saskatoon Catholic Schools'.
_NOT_OCCUPATIONS = frozenset("greater upper lower inner outer other under over after later never ever together further".split())


def _occupational(word: str) -> bool:
    # ('Vancouver', 'Windsor': a city's name may end like an occupation)
    return word in OCCUPATION_WORDS or (word not in GIVEN_NAMES and word not in DEMONYMS and word not in CITIES
                                        and word not in _NOT_OCCUPATIONS and word.endswith(OCCUPATION_SUFFIXES)
                                        and len(word) > 4)  # ('Ihor', 'Igor': too short for a job's ending)


# -- 1. trim ---------------------------------------------------------------------
# The fields a ministry's name lists: 'Manitoba Health, Seniors and Long-Term Care'.
_PORTFOLIO_FIELDS = frozenset(
    """health seniors long term care conservation parks environment immigration skills labour training trade jobs economy
    communities culture tourism heritage housing land lands fisheries forestry agriculture aquaculture mines natural resources
    recreation justice education transportation transport infrastructure energy finance innovation science technology
    development families children youth sport sports arts wellness addictions mental social services climate change
    early childhood learning""".split())


def _fields_of_a_portfolio(span: Span) -> bool:
    """Every word of ``span`` but 'and' names a field of government."""
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ != "and"]
    return len(words) >= 3 and all(w in _PORTFOLIO_FIELDS for w in words)


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    for i in range(end - 1, start - 1, -1):  # 'on X.\n\nTheo Marchand': no name runs across a paragraph
        if doc_tokens(doc)[i].is_space and "\n" in doc_tokens(doc)[i].text:
            start = i + 1
            break
    for i in range(start + 1, end):
        if doc_tokens(doc)[i].tag_ in ("PRP", "PRP$") and label == "PERSON":
            end = i  # 'from Peter St. We need blankets': a pronoun opens the next sentence, no name has one
            break
    while end > start and (doc_tokens(doc)[end - 1].text in POSSESSIVE_MARKS or doc_tokens(doc)[end - 1].text in _EDGE_JUNK):
        if end - start >= 3 and doc_tokens(doc)[end - 3].text == "St." and doc_tokens(doc)[end - 1].text in POSSESSIVE_MARKS:
            break  # 'The City of St. John's': the saint's, part of the name
        end -= 1
    if end - start > 3 and doc_tokens(doc)[end - 1].like_num and doc_tokens(doc)[end - 2].text == "-" and doc_tokens(doc)[end - 3].like_num:
        end -= 3  # a score: 'Brent Kostiuk 7-6'
    while start < end and (doc_tokens(doc)[start].lower_ in DETERMINERS or doc_tokens(doc)[start].text in _EDGE_JUNK or doc_tokens(doc)[start].text in POSSESSIVE_MARKS):
        start += 1  # ('the territory’s Department of ...': the model may start the name at the ’s)
    while label == "ORG" and end - start > 1 and doc_tokens(doc)[start].is_lower and doc_tokens(doc)[start].tag_ == "JJ" and doc_tokens(doc)[start + 1].is_title:
        start += 1  # 'the provincial Department of Transportation': which government's, not part of its name
    if (end - start > 1 and doc_tokens(doc)[start].is_sent_start and doc_tokens(doc)[start].text in ("Said", "Says", "Added", "Asked")
            and end < len(doc) and doc_tokens(doc)[end].text in (":", ",")):
        start += 1  # 'Said Tran: “...”': an inverted attribution, not the given name Said
    if end - start > 1 and doc_tokens(doc)[start].is_sent_start and doc_tokens(doc)[start].tag_ in ("IN", "CC", "RB") and label in ("PERSON", "ORG"):
        start += 1  # 'Among Okafor’s recommendations': the sentence's first word, capitalised, is no part of a name
    if label in ("PERSON", "ORG"):  # 'Big Machine, Braun and The Carlyle Group': a list, not a name
        for i in range(start + 1, end - 1):
            if doc_tokens(doc)[i].text in (",", ";") and doc_tokens(doc)[i + 1].lower_ not in ORG_NAME_WORDS and not (  # not 'Acme, Inc.'
                    label == "ORG" and any(t.lower_ == "of" for t in doc_tokens(doc)[start:i])  # nor 'Department of Labour, Skills and Immigration'
                    and any(t.lower_ == "and" for t in doc_tokens(doc)[i + 1:end])  # (but 'House of Commons, Lavoie' is two names)
                    or label == "ORG" and doc_tokens(doc)[end - 1].text == "Canada" and i == start + 1  # nor 'Housing, ... and Communities Canada'
                    or label == "ORG" and _fields_of_a_portfolio(doc[i - 1:end])):  # nor 'Manitoba Health, Seniors and Long-Term Care'
                end = i
                break
    if label == "ORG":  # 'critic for Indigenous services Blake Ridgeway': a portfolio's words, then a person
        for i in range(start + 1, end - 2):
            if doc_tokens(doc)[i].is_lower and doc_tokens(doc)[i].is_alpha and doc_tokens(doc)[i].lower_ not in _TITLE_LINKS and doc_tokens(doc)[i + 1].lower_ in GIVEN_NAMES and doc_tokens(doc)[i + 1].is_title:
                start = i + 1
                break
    for i in range(start + 1, end - 1):
        if doc_tokens(doc)[i].text in POSSESSIVE_MARKS and all(t.is_lower for t in doc_tokens(doc)[i + 1:end]):
            end = i  # 'Thorsteinson’s miss': a name and what is theirs
            break
    for i in range(start + 1, min(end - 2, start + 3)):
        if (doc_tokens(doc)[i].text in POSSESSIVE_MARKS and doc_tokens(doc)[i + 1].lower_ in TITLED_GIVEN_NAMES and doc_tokens(doc)[i + 2].is_title
                and (i == start + 1 or span_text(doc, start, i).lower() in PROVINCES)):
            start = i + 1  # 'beat Regina’s Owen Thorsteinson 6-5': the place owns no part of the name
            break
    if label == "PERSON":  # 'Jeff Bezos’s Blue Origin' -> 'Jeff Bezos'
        for i in range(start + 1, end):
            if doc_tokens(doc)[i].text in POSSESSIVE_MARKS:
                end = i
                break
    if label == "ORG":  # 'B.C.’s Ministry of Labour' -> 'Ministry of Labour': the place owns the ministry
        for i in range(start + 1, min(end - 1, start + 4)):
            owner = span_text(doc, start, i)
            if doc_tokens(doc)[i].text in POSSESSIVE_MARKS and doc_tokens(doc)[i + 1].is_title and (
                    owner.lower() in PROVINCES or owner == "Canada" or doc_tokens(doc)[i + 1].lower_ in ORG_NOUNS and owner in _place_words(doc)):
                # ('Ontario’s Divisional Court' -> 'Divisional Court'; 'Nicola Valley Stockmen’s Association' stays whole)
                start = i + 1
                break
    if label == "ORG":  # 'The Northern Tornadoes Project at Western University': the unit, then where it is
        for i in range(start + 2, end - 1):
            if doc_tokens(doc)[i].lower_ == "at" and doc_tokens(doc)[i - 1].is_title and doc_tokens(doc)[i + 1].is_title and doc_tokens(doc)[end - 1].lower_ in ORG_NAME_WORDS:
                end = i
                break
    if (label == "ORG" and end - start > 3 and doc_tokens(doc)[start + 1].text == "to" and doc_tokens(doc)[start].tag_ in ("NNS", "NNPS")
            and doc_tokens(doc)[start + 2].is_title):
        start += 2  # 'READ MORE: Complaints to Canadian Transportation Agency hit record high': a headline's plural, then the body
    if label == "ORG" and end - start > 2 and doc_tokens(doc)[start].text == "Official" and doc_tokens(doc)[start + 1].text == "Opposition":
        start += 1
    if label == "ORG" and end - start > 1 and doc_tokens(doc)[start].text == "Opposition" and doc_tokens(doc)[start + 1].text[:1].isupper():
        start += 1  # 'the Opposition BC Liberals': the party's name, not its seat in the house
    if label == "ORG":  # 'CIA Director' -> 'CIA'; 'the United Steelworkers union' -> 'United Steelworkers'
        # ('A Brampton food bank' tagged 'Brampton food': a lower-case word modifying a noun after the name)
        while end - start > 1 and (doc_tokens(doc)[end - 1].lower_ in ORG_TRAILING_ROLES or doc_tokens(doc)[end - 1].is_lower and (
                doc_tokens(doc)[end - 1].lower_ in ORG_NOUNS or doc_tokens(doc)[end - 1].dep_ == "compound" and head_of(doc_tokens(doc)[end - 1]).i >= end)):
            end -= 1
    return start, end


def _plural_job(tok: Token) -> bool:
    """'Paramedics' (opening 'Paramedics Ravi Subramaniam and Chantal LeBlanc arrived'): their job."""
    return tok.lower_.endswith("s") and _occupational(tok.lower_[:-1])


def _strip_titles(doc: Doc, m: "Mention", words: _StoryWords) -> None:
    """'Sheikh Tamim ...', 'spokesman John Kirby', 'Manager Walt Brennan', 'Browns DL
    Sheldon Richardson', 'Nipawin Mayor Curtis Baptiste' -> the name; 'Nicolas Jarry
    6-4' -> 'Nicolas Jarry'. A royal known by one given name keeps the title that
    makes it a name ('Prince Andrew', 'Queen Elizabeth', 'Pope Francis')."""
    if m.end - m.start == 1 and m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ in _ROYAL_TITLES and doc_tokens(doc)[m.start - 1].is_title:
        m.start -= 1  # the model left the title out: 'Queen [Elizabeth]'
    royal = m.end - m.start == 2 and doc_tokens(doc)[m.start].lower_ in _ROYAL_TITLES and doc_tokens(doc)[m.start + 1].is_title
    _strip_portfolio(doc, m)
    while not royal and m.end - m.start > 1 and not joined_by_hyphen(doc, m.start + 1) and (  # not 'Gauthier-Lam'
        doc_tokens(doc)[m.start].lower_ in TITLES
        or doc_tokens(doc)[m.start].is_lower and not (doc_tokens(doc)[m.start].lower_ in NAME_PARTICLES and doc_tokens(doc)[m.start + 1].is_title)  # 'van Dam'
        or (m.end - m.start > 2 and _occupational(doc_tokens(doc)[m.start].lower_) and doc_tokens(doc)[m.start].lower_ not in GIVEN_NAMES
            and len(span_text(doc, m.start + 1, m.end).split()) >= 2  # not 'Noor' of 'Noor Al-Sayegh'
            and doc_tokens(doc)[m.start + 1].lower_ not in NAME_PARTICLES)  # nor 'Pieter' of 'Pieter van Dam'
        or (m.end - m.start > 2 and doc_tokens(doc)[m.start].lower_ in _PARTY_WORDS)  # 'won by Liberal Harjit Brar'
        or (m.end - m.start > 2 and doc_tokens(doc)[m.start].lower_ in TEAM_POSITIONS)  # 'Third Dylan Fehr calls it ...'
        or (m.end - m.start > 2 and (doc_tokens(doc)[m.start].tag_ in ("NNPS", "VBG") and doc_tokens(doc)[m.start].lower_ not in TITLED_GIVEN_NAMES
                                     or _abbreviation(doc_tokens(doc)[m.start].text)))  # ('Ines' is no plural)
    ):
        m.start += 1
    for i in range(m.start + 1, m.end - 2):  # 'Browns DL Sheldon Richardson': the position ends the title
        if _abbreviation(doc_tokens(doc)[i].text) or (doc_tokens(doc)[i].lower_ in TITLES and doc_tokens(doc)[i].is_title and doc_tokens(doc)[i].lower_ not in _ROYAL_TITLES):
            m.start = i + 1  # ... as does a title after a place: 'Nipawin Mayor Curtis Baptiste'
    first_word_end = m.start + 1  # past 'Counter-protester'
    while first_word_end + 1 < m.end and joined_by_hyphen(doc, first_word_end):
        first_word_end += 2
    if m.end - m.start > 2 and doc_tokens(doc)[m.start].lower_ in _BIRTH_NAME_WORDS:
        m.start += 1  # 'Born Olga Semeniuk in 1936': the name she was born with, not a word of it
    if (doc_tokens(doc)[m.start].is_sent_start and doc_tokens(doc)[m.start].lower_ not in GIVEN_NAMES and m.end - first_word_end >= 2
            and (all(t.lower_ in words.lower_case for t in doc_tokens(doc)[m.start:first_word_end] if t.is_alpha)
                 or span_text(doc, m.start, first_word_end).lower() in PERSON_NOUNS
                 or first_word_end == m.start + 1 and _plural_job(doc_tokens(doc)[m.start]))):
        # a common noun capitalised to open the sentence: 'Counter-protester Marisol Ortega said',
        # 'Analyst Tom Price', 'Co-star Liam Fitzgerald', 'Paramedics Ravi Subramaniam and Chantal LeBlanc arrived'
        m.start = first_word_end
    while m.end - m.start > 1 and (
        doc_tokens(doc)[m.end - 1].like_num or doc_tokens(doc)[m.end - 1].is_punct or any(c.isdigit() for c in doc_tokens(doc)[m.end - 1].text)
    ):
        m.end -= 1
    for i in range(m.start + 1, m.end):  # 'Cook at Dreamforce' -> 'Cook'
        if doc_tokens(doc)[i].is_lower and doc_tokens(doc)[i].is_alpha and doc_tokens(doc)[i].lower_ not in NAME_PARTICLES and doc_tokens(doc)[i - 1].text != "-":
            m.end = i
            break


def _after_portfolio(doc: Doc, start: int) -> bool:
    """Token ``start`` follows '<title> of', maybe inside its portfolio's words
    ('Minister of Innovation, Science and [Industry Graham Teller]')."""
    i = start - 1
    while i > 0 and start - i <= 8 and doc_tokens(doc)[i].lower_ != "of" and (doc_tokens(doc)[i].is_title or doc_tokens(doc)[i].text == "," or doc_tokens(doc)[i].lower_ in ("and", "&", "the")):
        i -= 1
    return i > 0 and doc_tokens(doc)[i].lower_ == "of" and doc_tokens(doc)[i - 1].lower_ in TITLES


def _name_in_portfolio(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in doc[start:end] after a portfolio ('Finance Bill Morneau'):
    at its given name, else at its last two words; None when the span is no longer than a name."""
    if end - start <= 2 or not _after_portfolio(doc, start):
        return None
    given = next((k for k in range(start, end - 1) if doc_tokens(doc)[k].lower_ in TITLED_GIVEN_NAMES), None)
    name_start = given if given is not None else end - 2
    while name_start > start and joined_by_hyphen(doc, name_start - 1):
        name_start -= 2  # 'Yves-François', 'Marie-Claude'
    return name_start if name_start > start else None


def _strip_portfolio(doc: Doc, m: "Mention") -> None:
    """'Minister of [Finance Bill Morneau]' -> 'Bill Morneau': after '<title> of (the)',
    the words before the name are the office's portfolio."""
    name_start = _name_in_portfolio(doc, m.start, m.end)
    if name_start is not None:
        m.start = name_start


_BIRTH_NAME_WORDS = frozenset({"born", "née", "nee"})
_ROYAL_TITLES = frozenset("prince princess queen king pope emperor empress".split())


def _abbreviation(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word


class _StoryWords(NamedTuple):
    common: set[str]  # written in lower case somewhere, less the words of the story's full names
    after_the: set[str]  # lower-cased words that follow 'the' somewhere ('the Browns')
    in_full_names: set[str]  # lower-cased words of the story's full names of people
    lower_case: set[str]  # every word the story writes in lower case


_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # 'don't' is one word, not 'don'
_AFTER_THE = re.compile(r"\bthe\s+([^\W\d_]+)", re.I)
_WORDS_KEY = "newswire.story_words"


def _story_words(doc: Doc, mentions: list[Mention]) -> _StoryWords:
    # The text's words are read once per story (regexes over the text, not a walk over
    # every token); only the words of its full names change between calls.
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is None:
        text = doc_text(doc)
        cached = doc.user_data[_WORDS_KEY] = (
            {w for w in _LETTER_WORD.findall(text) if w.islower()},
            {w.lower() for w in _AFTER_THE.findall(text)},
        )
    lower_case, after_the = cached
    name_words = {doc_tokens(doc)[i].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start > 1
                  for i in range(m.start, m.end)}
    return _StoryWords(lower_case - name_words, after_the - name_words, name_words, lower_case)


# Titles of offices that are no one's family name (unlike 'Bishop', 'Cardinal', 'King'): a name
# ending in one is the office's ('Agriculture Minister').
_OFFICES = frozenset("minister premier mayor president secretary commissioner councillor critic ceo superintendent".split())


def _plausible_person(doc: Doc, m: "Mention", words: _StoryWords) -> bool:
    """Not a person: lower-case words, digits, a bare title, a plural
    ('Steelers'; a full name whose last word only looks plural stays:
    'Rosaly Lopes'); a lone word in capitals ('JTBC'), one the story also
    writes in lower case ('Rice production ...' beside 'plant rice'), or a
    plural the story puts after 'the' ('Browns pass rusher ...', 'the
    Browns'). The words of the story's full names are exempt, so 'Rice'
    stays Condoleezza Rice's surname whatever else is planted."""
    tokens = doc_tokens(doc)[m.start:m.end]
    surface = span_text(doc, m.start, m.end)
    lone = len(tokens) == 1
    word = tokens[0].lower_
    return (
        tokens[0].text[:1].isupper()
        and not (lone and _abbreviation(tokens[0].text))
        and not (lone and (word in words.common or word.endswith("s") and word in words.after_the))
        and not any(c.isdigit() for c in surface)
        and not all(t.lower_ in TITLES for t in tokens)
        and not (not lone and tokens[-1].lower_ in _OFFICES and tokens[-1].is_title
                 and not any(t.lower_ in TITLED_GIVEN_NAMES for t in tokens))  # 'Agriculture Minister', 'International Trade Minister'
        and (tokens[-1].tag_ != "NNPS" or (word in words.in_full_names if lone else _plural_looking_surname(doc, m, words)))
        and surface.lower() not in WELL_KNOWN_ORGS
        and not (lone and m.start > 0 and doc_tokens(doc)[m.start - 1].like_num)  # 'the 737 Max'
        and not (lone and m.end + 1 < len(doc) and doc_tokens(doc)[m.end].text == "-" and not tokens[0].whitespace_
                 and doc_tokens(doc)[m.end + 1].is_lower)  # 'Oscar-winning actress', 'Flash-forward to 2017'
        and not (lone and _CAMEL_CASE.match(tokens[0].text))  # 'StackAdapt', 'SingleFrame'
        and not (not lone and tokens[-1].lower_ in _DIRECTIONS and m.start > 0 and doc_tokens(doc)[m.start - 1].like_num)  # 'the 54 Lawrence East'
        and not (lone and word in ORG_NAME_WORDS and word not in words.in_full_names)  # 'Migrant Justice' + 'Collective'
        and not (lone and word in PLACE_NAME_WORDS and m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ in TITLES
                 and doc_tokens(doc)[m.start - 1].is_title)  # a title taken off a place: 'General Campus', 'Ambassador Bridge'
        and not (not lone and all(t.lower_ in words.lower_case for t in tokens))  # 'Man Shot at Gas Station'
        and not _fills_quotation(doc, m)  # '“Mary Poppins” and “Bambi”', 'you listen to “Glasgow,”'
        and not (len(tokens[0]) == 1 and len(tokens) > 2 and joined_by_hyphen(doc, m.start + 1))  # 'her U-Pass', 'E-Comm'
        and not _names_a_province(tokens)  # 'Manitoba Hydro', 'Arts Nova Scotia', 'Santé Québec'
        and surface.lower() not in CITIES  # 'from Moose Jaw'
        and not (not lone and tokens[-1].lower_ in _INSTITUTION_ENDINGS)  # 'At Surrey Memorial Hospital, emergency physician'
        and not (not lone and tokens[-1].is_upper and len(tokens[-1]) > 1 and tokens[-1].is_alpha)  # 'Eglinton Crosstown LRT'
        and not (lone and m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ == "the"
                 and (m.end >= len(doc) or not doc_tokens(doc)[m.end].pos_ in ("NOUN", "PROPN")))  # 'known as the Berm,'
        and not (word not in TITLED_GIVEN_NAMES and _in_title_case_heading(doc, m))  # 'Help Shape the Future of Public Transit'
        and not (not lone and m.start > 0 and doc_tokens(doc)[m.start - 1].tag_ == "PRP$" and word not in TITLES)  # 'her Toyota Prius'
    )


def _in_title_case_heading(doc: Doc, m: "Mention") -> bool:
    """The mention is in a line of five or more words written in title case with no full
    stop: a headline or a link to another story, where every word looks like a name (not a
    caption: 'Housing Minister Ravi Sandhu. Photo by Dana Fielding/The Canadian Press')."""
    text = doc_text(doc)
    at = doc_tokens(doc)[m.start].idx
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return (len(line.split()) >= 5 and "." not in line and not line.endswith(("”", '"')) and len(words) >= 4
            and all(w[0].isupper() for w in words))


# A practice named after its founder: 'the firm of Henri Desrosiers', 'the studio of ...'.
_PRACTICES = frozenset("firm practice studio atelier workshop".split())

# Last words no one's family name is, which end the names of institutions.
_INSTITUTION_ENDINGS = frozenset(
    "hospital university college school ministry department commission council committee association foundation institute "
    "agency authority board centre center society rescue mission".split()
)


def _names_a_province(tokens) -> bool:
    """A province or the country is a word of the name ('Bloc Québécois' too), or a city
    its first ('the Montréal Victoire') or last: no one is called that."""
    words = [t.lower_.replace("é", "e") for t in tokens]
    if " ".join(words).endswith("ns") and " ".join(words)[:-2] in PROVINCES:
        return True  # its people: 'Nova Scotians', 'Albertans'
    if (len(words) > 1 and words[-1] in CITIES and words[0] not in GIVEN_NAMES and given_name_vote(words[0]) == 0
            and tokens[0].lower_ not in TITLES):
        return True  # a city its last: 'Hockey Edmonton', 'Tourism Winnipeg' (not 'Bernard Whitehorse', nor 'Mayor Regina')
    return len(words) > 1 and words[0] in CITIES or any(" ".join(words[i:j]) in PROVINCES or words[i] in ("canada", "quebecois", "canadian")
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))


# A brand's inner capital after a word of four letters or more; names like
# 'McDonald', 'LeBron' or 'DiCaprio' have theirs sooner.
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")
# Parts only an organisation has: 'Universal’s music division'.
_ORG_PARTS = frozenset("division subsidiary subsidiaries unit headquarters shareholders shares stock board label studio".split())
_TITLE_LINKS = frozenset({"and", "of", "the", "&", "a", "in"})
# Words that make a region of the place after them, not an organisation.
_REGION_WORDS = frozenset(
    "western eastern northern southern central atlantic pacific arctic greater upper lower north south east west "
    "new old downtown metro midtown rural urban inner outer little mid northwestern northeastern southwestern "
    "southeastern coastal interior mainland".split()
)
# People said to come from somewhere: 'a man from Surrey' names a place.
_PEOPLE_FROM = frozenset("man woman men women boy girl teen teenager people family resident residents driver".split())


def _fills_quotation(doc: Doc, m: "Mention") -> bool:
    """The mention is (part of) all that a short quotation of capitalised words
    holds: a title or a term ('“Mary Poppins”', 'the “Melvin and Howard” star',
    '“Glasgow,”'), not a person named. Double quotation marks only: a closing
    single mark is also an apostrophe."""
    start, end = m.start, m.end
    while start > 0 and m.start - start < 4 and (doc_tokens(doc)[start - 1].is_title or doc_tokens(doc)[start - 1].lower_ in _TITLE_LINKS):
        start -= 1
    while end < len(doc) and end - m.end < 4 and (doc_tokens(doc)[end].is_title or doc_tokens(doc)[end].lower_ in _TITLE_LINKS):
        end += 1
    if end < len(doc) and doc_tokens(doc)[end].text in (",", "."):
        end += 1
    return start > 0 and doc_tokens(doc)[start - 1].text in ("“", '"') and end < len(doc) and doc_tokens(doc)[end].text in ("”", '"')


def _plural_looking_surname(doc: Doc, m: "Mention", words: _StoryWords) -> bool:
    """A full name whose last word the tagger took for a plural ('Rosaly Lopes',
    'Ann Williams') rather than a group ('International Coalition Forces', 'Buffalo
    Sabres' beside 'the Sabres'): the words around it say a person, or say nothing
    and the last word is no common word, group word or name used after 'the'."""
    cue = _cue_label(doc, m, "")
    last = doc_tokens(doc)[m.end - 1].lower_
    return cue == "PERSON" or (
        cue is None and last not in words.common and last not in words.after_the and last not in ORG_NAME_WORDS
        and last not in _PARTY_MEMBERS and doc_tokens(doc)[m.start].text not in _place_words(doc)  # 'Virginia Democrats'
    )


_PARTY_MEMBERS = frozenset("democrats republicans conservatives liberals socialists tories greens".split())


def _place_words(doc: Doc) -> set[str]:
    """Words of the places and groups the model found ('Virginia', 'Syrian')."""
    return {t.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP") for t in e}


def _title_start(doc: Doc, start: int) -> int:
    """'President Biden' is how the story names him: the titled form's start."""
    while start > 0 and doc_tokens(doc)[start - 1].is_title and (doc_tokens(doc)[start - 1].lower_ in TITLES or _occupational(doc_tokens(doc)[start - 1].lower_)):
        start -= 1
    return start


# -- 2. complete ------------------------------------------------------------------
# 'O’Driscoll', 'D’Amico': family names the tagger may take for common nouns.
_IRISH_OR_FRENCH_FAMILY_NAME = re.compile(r"[OD][’'][A-Z][a-z]")


def _extend_person(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int]:
    n = len(doc)
    while end < n and end not in taken:  # 'Abdel Fattah' + 'el-Sissi', 'Mohammed' + 'bin Salman'
        tok = doc_tokens(doc)[end]
        if tok.lower_ in NAME_PARTICLES and end + 1 < n:
            nxt = doc_tokens(doc)[end + 1]
            if nxt.text == "-" and end + 2 < n and doc_tokens(doc)[end + 2].is_title:
                end += 3
                continue
            # 'at Dreamforce', 'as Chair': English words, a particle only when hyphenated
            if nxt.is_title and nxt.tag_ == "NNP" and tok.lower_ not in _ENGLISH_PARTICLES:
                end += 2
                continue
        break
    if (end < n and end not in taken and (doc_tokens(doc)[end].tag_ == "NNP" or _IRISH_OR_FRENCH_FAMILY_NAME.match(doc_tokens(doc)[end].text))
            and doc_tokens(doc)[end].is_title and not doc_tokens(doc)[end].ent_type_
            and doc_tokens(doc)[end].lower_ not in TITLES and doc_tokens(doc)[end].text not in _STOP_EXTEND and doc_tokens(doc)[end].lower_ not in ORG_NAME_WORDS
            and doc_tokens(doc)[end].lower_ not in PLACE_NAME_WORDS and not (end + 1 < n and doc_tokens(doc)[end + 1].tag_ in ("NNP", "NNPS"))):
        end += 1  # 'Harjit Kaur' + 'Dhillon': the family name the model left out
        while end + 1 < n and end + 1 not in taken and joined_by_hyphen(doc, end) and doc_tokens(doc)[end + 1].is_title:
            end += 2  # ... and all of it: 'Marie-Claire' + 'Pierre-Louis'
    # 'Shauna-' + 'Lee Pettigrew', 'Jae-sung' + 'Han': the first part of a hyphenated given name
    if start > 1 and start - 2 not in taken and joined_by_hyphen(doc, start - 1) and doc_tokens(doc)[start - 2].is_title and doc_tokens(doc)[start - 2].tag_ == "NNP":
        start -= 2
    elif (start > 2 and start - 3 not in taken and joined_by_hyphen(doc, start - 2) and doc_tokens(doc)[start - 3].is_title
          and doc_tokens(doc)[start - 1].is_lower and doc_tokens(doc)[start - 1].is_alpha and doc_tokens(doc)[start].is_title
          and not _occupational(doc_tokens(doc)[start - 1].lower_) and doc_tokens(doc)[start - 1].lower_ not in PERSON_NOUNS):  # not 'Co-author'
        start -= 3
    if start > 0 and start - 1 not in taken:  # 'Ella' + 'Ben Ami', not 'Manager' + 'Walt Brennan'
        prev = doc_tokens(doc)[start - 1]
        listed = start > 1 and doc_tokens(doc)[start - 2].text in (",", "and", "—") and end - start == 1  # ', Devinder Grewal and'
        if ((_given_name_like(prev) or listed and prev.tag_ == "NNP" and prev.is_title and prev.lower_ not in TITLES)
                and not prev.ent_type_ and prev.text not in _PROVINCE_ABBREVIATIONS):  # not 'Thunder Bay, Ont.' + 'Haldorson said'
            start -= 1
        elif prev.is_title and prev.lower_ in TITLED_GIVEN_NAMES and prev.ent_type_ in ("CARDINAL", "ORDINAL") and prev.tag_ == "CD":
            start -= 1  # 'Aileen' (taken for a number) + 'Kwong'
    return start, end


def _extend_org(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """'Scowcroft Middle East' + 'Security Initiative'; 'Berlin Office' + 'for Digital Privacy'."""
    n = len(doc)

    def capitalised(i: int) -> bool:  # not 'Sunday' in 'Global News on Sunday'
        return i < n and doc_tokens(doc)[i].tag_ in ("NNP", "NNPS") and doc_tokens(doc)[i].is_title and doc_tokens(doc)[i].lower_ not in TITLES and doc_tokens(doc)[i].ent_type_ not in ("DATE", "TIME")

    while end < n and end not in taken and capitalised(end) and not doc_tokens(doc)[end].ent_type_:
        if doc_tokens(doc)[end].lower_ in ORG_TRAILING_ROLES and end + 1 < n and doc_tokens(doc)[end + 1].is_title:
            break  # 'NDP' | 'Leader Jagmeet Singh': the role of the name after it ('Argus Leader' is a name)
        end += 1
        while end + 1 < n and end + 1 not in taken and joined_by_hyphen(doc, end) and doc_tokens(doc)[end + 1].is_title:
            end += 2  # ... 'Francine Ouellette' + '-Barnes': a name goes on past its hyphen
    if end < n and end not in taken and doc_tokens(doc)[end - 1].lower_ == "local" and doc_tokens(doc)[end].like_num:
        end += 1  # 'Maritime Transit Workers Union Local 508'
    if end + 1 < n and doc_tokens(doc)[end].lower_ in _ORG_LINKS and doc_tokens(doc)[end - 1].lower_ in ORG_NAME_WORDS:
        # 'Canada Council' + 'for the Arts', where the model may have tagged 'Arts' an organisation of its own
        link = 2 if doc_tokens(doc)[end + 1].lower_ == "the" and end + 1 not in taken else 1
        # (after 'of the', an office's title is part of the name: 'Ministry of the Attorney General')
        office = link == 2 and end + 2 < n and doc_tokens(doc)[end + 2].lower_ in TITLES and doc_tokens(doc)[end + 2].is_title and end + 2 not in taken
        # ('Aircraft Technicians Guild' + 'of Canada', where the model tagged the country a place of its own)
        country = doc_tokens(doc)[end + link].text == "Canada" and (end + link + 1 >= n or not capitalised(end + link + 1))
        if office or capitalised(end + link) and (end + link not in taken or doc_tokens(doc)[end + link].ent_type_ == "ORG" or country):
            end += link + office + country
            while end < n and (end not in taken or doc_tokens(doc)[end].ent_type_ == "ORG") and (capitalised(end) or office and doc_tokens(doc)[end].is_title
                                                                                    and doc_tokens(doc)[end].lower_ in TITLES):
                end += 1
    # 'Institute for Marine' + 'and Atmospheric Science'
    if end + 1 < n and doc_tokens(doc)[end].lower_ == "and" and capitalised(end + 1) and any(t.lower_ in _ORG_LINKS for t in doc_tokens(doc)[start:end]):
        end += 1
        while capitalised(end):
            end += 1
    if end < n and doc_tokens(doc)[end].text == "," and any(t.lower_ == "of" for t in doc_tokens(doc)[start:end]):
        # 'Ministry of Economic Development' + ', Job Creation and Trade': a ministry's fields
        k = end + 1
        while k < n and k not in taken and (capitalised(k) or doc_tokens(doc)[k].text == "," and capitalised(k + 1) if k + 1 < n else False):
            k += 1
        if k + 1 < n and k > end + 1 and doc_tokens(doc)[k].lower_ == "and" and capitalised(k + 1) and k + 1 not in taken:
            end = k + 1
            while end not in taken and capitalised(end):
                end += 1
    if end - start > 1 and doc_tokens(doc)[end - 1].lower_ in ("and", "&"):  # 'Municipal Licensing and' + 'Standards'
        while end not in taken and (capitalised(end) or end < n and doc_tokens(doc)[end].tag_ == "NNPS" and doc_tokens(doc)[end].is_title):
            end += 1
    return end


def _extend_org_left(doc: Doc, start: int, taken: set[int]) -> int:
    """'Ottawa-Carleton' + 'District School Board': capitalised names and their
    hyphens right before an organisation the model cut short, over an 'and'
    inside its name ('Heart and' + 'Stroke Foundation'), and the title an office
    serves ('Prime Minister’s' + 'Office')."""
    i = _capitalised_before(doc, start, taken)
    if i == start and i >= 2 and doc_tokens(doc)[i - 1].lower_ in ("and", "&") and i - 1 not in taken:
        before_and = _capitalised_before(doc, i - 1, taken)
        if before_and < i - 1:
            i = before_and
    if (i == start and start >= 2 and doc_tokens(doc)[start - 1].lower_ == "for" and start - 2 not in taken and doc_tokens(doc)[start - 2].tag_ in ("NNS", "NNPS")
            and doc_tokens(doc)[start - 2].is_title and (start == 2 or doc_tokens(doc)[start - 3].lower_ in DETERMINERS or doc_tokens(doc)[start - 2].is_sent_start
                                             or doc_tokens(doc)[start - 3].lower_ in ORG_NOUNS and doc_tokens(doc)[start - 3].is_lower)):
        # an advocacy group: 'Families for' + 'Better Care Ontario', 'Physicians for' + 'Human Rights',
        # 'the advocacy group Riders for' + 'Better Transit Ottawa'
        i = start - 2
    if i == start and doc_tokens(doc)[start].text == "Office" and start >= 2 and doc_tokens(doc)[start - 1].text in POSSESSIVE_MARKS:
        j = start - 1
        while j > 0 and j - 1 not in taken and _title_word(doc_tokens(doc)[j - 1]):
            j -= 1
        if j < start - 1:
            i = j
    return i


def _capitalised_before(doc: Doc, start: int, taken: set[int]) -> int:
    """Where the untagged capitalised names (and their hyphens) right before ``start`` begin."""
    i = start
    while i > 0 and i - 1 not in taken:
        prev = doc_tokens(doc)[i - 1]
        if prev.text in ("-", "–") and not prev.whitespace_ and i >= 2 and not doc_tokens(doc)[i - 2].whitespace_:
            i -= 1
        elif (prev.tag_ == "NNP" and (prev.is_title or prev.is_upper and len(prev) > 1 or _CAMEL_CASE.match(prev.text)) and not prev.ent_type_
              and prev.lower_ not in TITLES and prev.text not in _STOP_EXTEND and prev.text not in _PROVINCE_ABBREVIATIONS):
            i -= 1  # (not 'Thunder Bay, Ont.' before 'Haldorson said')
        else:
            break
    while i < start and doc_tokens(doc)[i].text in ("-", "–"):
        i += 1
    return i


# Wire services a story is told to ('told Reuters'), named in its dateline rather than its body.
_NEWS_AGENCIES = frozenset({"Reuters", "Bloomberg", "AFP", "Canadian Press", "Associated Press"})


def _split_run_together_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'told Reuters Borealis had held talks': two organisations the story names
    apart elsewhere ('Reuters', 'Borealis Communications Inc'), run together
    where the reported clause has no 'that'."""
    whole = {span_text(doc, m.start, m.end) for m in mentions if m.label == "ORG"} | _NEWS_AGENCIES
    first_words = {doc_tokens(doc)[m.start].text for m in mentions if m.label == "ORG" and m.end - m.start > 1}
    found = []
    for m in mentions:
        if m.label == "PERSON" and doc_tokens(doc)[m.start].lower_ in TITLED_GIVEN_NAMES:
            continue  # 'Sophie Tremblay-Nadeau', though 'Sophie' and 'Tremblay-Nadeau' were each taken for a body
        for k in range(m.start + 1, m.end):
            if (span_text(doc, m.start, k) in whole and doc_tokens(doc)[k].text in first_words and doc_tokens(doc)[k].text not in whole
                    and doc_tokens(doc)[k].lower_ not in ORG_NAME_WORDS):  # not 'Harbourline' + 'Bank'
                found.append(Mention(k, m.end, "ORG", k))
                m.end, m.label = k, "ORG"
                break
    return sorted(mentions + found, key=lambda m: m.start)


def _people_of_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Julia Reinholt of Meridian Equity Research' tagged as one organisation (or 'Chantal
    Morin of Trois-Rivières' as one place): a given name and a surname, then 'of' and a
    body or a place, are a person and the body or place."""
    found = []
    for m in mentions:
        possessive = next((k for k in range(m.start + 1, m.end - 2) if doc_tokens(doc)[k].text in POSSESSIVE_MARKS), None)
        if (m.label in ("ORG", "GPE", "FAC") and possessive is not None and doc_tokens(doc)[possessive + 1].lower_ in GIVEN_NAMES
                and _looks_like_a_personal_name(doc, doc[possessive + 1:m.end])):
            # 'Thunder Bay’s Jill Hannigan' tagged as one body: a place's (or a body's) person
            found.append(Mention(possessive + 1, m.end, "PERSON", possessive + 1))
            m.end = possessive
            continue
        if (m.label in ("ORG", "GPE") and 3 <= m.end - m.start <= 4 and doc_tokens(doc)[m.end - 1].lower_ == "of"
                and doc_tokens(doc)[m.start].lower_ in TITLED_GIVEN_NAMES and all(_name_cased(t) and t.tag_ == "NNP" for t in doc_tokens(doc)[m.start:m.end - 1])):
            m.end, m.label = m.end - 1, "PERSON"  # 'Chantal Morin of' + 'Trois-Rivières': the model cut after 'of'
            continue
        of = next((k for k in range(m.start + 2, min(m.end - 1, m.start + 4)) if doc_tokens(doc)[k].lower_ == "of"), None)
        if m.label not in ("ORG", "GPE") or of is None:
            continue
        name = doc[m.start:of]
        # ('Chantal Morin of Trois-Rivières' tagged a place: a person and where she is from)
        if (name[0].lower_ in TITLED_GIVEN_NAMES and all(_name_cased(t) and t.tag_ == "NNP" and t.lower_ not in ORG_NAME_WORDS
                                                         for t in name)
                and (m.label == "GPE" or doc_tokens(doc)[m.end - 1].lower_ in ORG_NAME_WORDS)):
            found.append(Mention(of + 1, m.end, m.label, of + 1))
            m.end, m.label = of, "PERSON"
    return sorted(mentions + found, key=lambda m: m.start)


def _names_split_at_and(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Canada Mortgage' + 'and' + 'Housing Corporation': one name the model cut in
    two, when only the second part ends like an organisation (not 'Nova Scotia
    Health and Emergency Health Services', nor 'Health Canada and Public Safety Canada');
    or a province's department of two fields ('Manitoba Education' + 'and' + 'Early
    Childhood Learning', not 'Manitoba Health and Canada Post')."""
    tokens = doc_tokens(doc)
    by_start = {m.start: m for m in mentions if m.label == "ORG"}
    for m in sorted(mentions, key=lambda m: m.start):
        nxt = by_start.get(m.end + 1)
        if m.label != "ORG" or nxt is None or nxt is m or not nxt.label or tokens[m.end].lower_ != "and":
            continue
        cut_before_its_kind = (tokens[m.end - 1].lower_ not in ORG_NAME_WORDS and tokens[m.end - 1].lower_ not in _COUNTRY_WORDS
                               and tokens[nxt.end - 1].lower_ in ORG_NAME_WORDS)
        fields_of_a_province = (m.end - m.start == 2 and tokens[m.start].lower_ in PROVINCES and tokens[m.start + 1].lower_ in _PORTFOLIO_FIELDS
                                and all(t.lower_ in _PORTFOLIO_FIELDS for t in tokens[nxt.start:nxt.end]))
        if cut_before_its_kind or fields_of_a_province:
            m.end = nxt.end
            nxt.label = ""  # swallowed
    return [m for m in mentions if m.label]


def _capitalised_indices(doc: Doc, upper_only: bool = False) -> list[int]:
    """Indices of the words in capitals (and, unless ``upper_only``, of the
    capitalised ones): the rules that look only at such words skip building a
    Token for every other word of the story."""
    flags = doc.to_array([IS_UPPER] if upper_only else [IS_UPPER, IS_TITLE])
    return numpy.flatnonzero(flags if upper_only else flags.any(axis=1)).tolist()


def _untagged_acronyms(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """'CMHC said' left untagged where the story spells out Canada Mortgage and
    Housing Corporation: capitals that are the initials of an organisation it names."""
    initials = {_initials(span_text(doc, m.start, m.end)).upper() for m in mentions if m.label == "ORG"}
    initials = {letters for letters in initials if len(letters) > 1}
    found = []
    for tok in (doc_tokens(doc)[i] for i in _capitalised_indices(doc, upper_only=True)) if initials else ():
        if tok.i not in taken and tok.text in initials and tok.is_upper and 2 <= len(tok.text) <= 6:
            found.append(Mention(tok.i, tok.i + 1, "ORG", tok.i))
            taken.add(tok.i)
    return found


def _names_cut_at_hyphens(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Natalia Ruiz' + '-Ferrer', 'Marie-' + 'Ève Santerre': a person's name found by a late
    rule, cut at a hyphen, is the whole hyphenated name."""
    mentions.sort(key=lambda m: m.start)
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    absorbed = set()
    for m in mentions:
        if m.label != "PERSON" or id(m) in absorbed:
            continue
        while m.end + 1 < len(doc) and joined_by_hyphen(doc, m.end) and doc_tokens(doc)[m.end + 1].is_title:
            after = starts.get(m.end + 1)
            if after is not None and (after.label != "PERSON" or after.end - after.start > 1):
                break
            if after is not None:
                absorbed.add(id(after))
            m.end += 2
        if (m.start >= 2 and joined_by_hyphen(doc, m.start - 1) and doc_tokens(doc)[m.start - 2].is_title and doc_tokens(doc)[m.start - 2].tag_ == "NNP"
                and len(doc_tokens(doc)[m.start - 2]) > 1  # (not 'T-Swift')
                and m.start - 1 not in ends and m.start - 2 not in starts and not any(x.start < m.start - 1 < x.end for x in mentions)):
            m.start = m.title_start = m.start - 2
    return [m for m in mentions if id(m) not in absorbed]


def _police_of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the P.E.I. RCMP', 'Richmond RCMP': a force named by the place it polices, where
    the model tagged the place apart."""
    mentions.sort(key=lambda m: m.start)
    absorbed = set()
    for before, force in zip(mentions, mentions[1:]):
        if (force.label == "ORG" and span_text(doc, force.start, force.end) == "RCMP" and before.label == "GPE"
                and before.end == force.start and not doc_tokens(doc)[before.end - 1].text in POSSESSIVE_MARKS):
            force.start = force.title_start = before.start
            absorbed.add(id(before))
    return [m for m in mentions if id(m) not in absorbed]


def _department_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Environment and' + 'Climate Change Canada', 'Fisheries and' + 'Oceans Canada':
    a federal department's name joins its fields with 'and' and ends in 'Canada';
    the model keeps only the last field, or only the first ('Environment')."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label == "ORG" and doc_tokens(doc)[m.end - 1].text != "Canada" and m.end + 2 < len(doc) and doc_tokens(doc)[m.end].lower_ == "and":
            # 'Environment' + 'and Climate Change Canada' left untagged
            k = m.end + 1
            while k < min(len(doc), m.end + 6) and k not in taken and doc_tokens(doc)[k].is_title and doc_tokens(doc)[k].text != "Canada":
                k += 1
            if k > m.end + 1 and k < len(doc) and k not in taken and doc_tokens(doc)[k].text == "Canada":
                m.end = k + 1
            continue
        if m.label != "ORG" or m.end - m.start < 2 or doc_tokens(doc)[m.end - 1].text != "Canada" or m.start < 2 or doc_tokens(doc)[m.start - 1].lower_ != "and":
            continue
        i = m.start - 1
        while i > 0 and (doc_tokens(doc)[i - 1].is_title and doc_tokens(doc)[i - 1].lower_ not in DETERMINERS
                         or doc_tokens(doc)[i - 1].text == "," and i > 1 and doc_tokens(doc)[i - 2].is_title and doc_tokens(doc)[i - 2].ent_type_ not in ("GPE", "LOC")):
            i -= 1  # (a field before a comma, not a place: 'in southwestern Nova Scotia, Fisheries and Oceans Canada said')
        # another department ends there ('Health Canada and' + 'Public Safety Canada'), not a field ('Fisheries')
        other_bodies = any(o is not m and o.label == "ORG" and o.start < m.start - 1 and o.end > i and doc_tokens(doc)[o.end - 1].text == "Canada"
                           for o in mentions)
        if i < m.start - 1 and doc_tokens(doc)[i].is_title and "\n" not in span_text(doc, i, m.start) and not other_bodies:
            m.start = i  # (not 'Health Canada and' + 'Public Safety Canada': two departments)
    # 'Innovation, Science and Economic Development Canada' the model missed, over its 'Innovation'
    # (not 'Ontario, Quebec and Atlantic Canada', nor 'released Wednesday, Environment and Climate Change Canada')
    _bodies_by_pattern(doc, mentions, _department_matches, may_hold=lambda m: m.label == "ORG",
                       fits=lambda span: not any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME") or t.lower_ in _REGION_WORDS
                                                 for t in span[:-1]))
    # 'Environment and Climate Change Canada meteorologist Marc-Antoine Vachon', left untagged
    _bodies_by_pattern(doc, mentions, _TWO_FIELD_DEPARTMENT.finditer, may_hold=lambda m: m.label in ("ORG", "GPE"))
    # 'Ministry of Labour, Immigration, Training and Skills Development': a province's portfolio list
    # (the model may take a last field for a person: 'Conservation' + 'Parks')
    _bodies_by_pattern(doc, mentions, _PORTFOLIO_LIST.finditer,
                       may_hold=lambda m: m.label in ("ORG", "GPE", "NORP") or m.end - m.start == 1 and doc_tokens(doc)[m.start].lower_ in _PORTFOLIO_FIELDS)
    return _drop_swallowed(sorted(mentions, key=lambda m: m.start))


# A ministry or department named by the list of its fields.
_PORTFOLIO_LIST = re.compile(
    r"\b(?:Ministry|Department) of (?:the )?[A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?:, [A-Z][\w\-]+(?: [A-Z][\w\-]+)?)+,? and [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}"
)
# A federal department's name: its fields, then 'Canada'.
_DEPARTMENT_NAME = re.compile(r"\b[A-Z][\w\-]+(?:, [A-Z][\w\-]+(?: [A-Z][\w\-]+)?)+,? and [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2} Canada\b")
# A federal department named by two fields, whose first is one only a department leads with.
_TWO_FIELD_DEPARTMENT = re.compile(
    r"\b(?=[A-Z])(?:Environment|Fisheries|Employment|Agriculture|Innovation|Women|Housing|Infrastructure|Public Safety|Natural Resources"
    r"|Crown-Indigenous Relations) and [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3} Canada\b"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w\-]* $")


def _department_matches(text: str):
    """Matches of _DEPARTMENT_NAME, each starting at a field, not inside a name before it:
    in 'to the National Post, Immigration, Refugees and Citizenship Canada' the department
    starts at 'Immigration', not at 'Post'."""
    pos = 0
    while (match := _DEPARTMENT_NAME.search(text, pos)) is not None:
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            pos = text.index(", ", match.start()) + 2
            continue
        yield match
        pos = match.end()


def _nickname_mentions(doc: Doc) -> list[Mention]:
    text = doc_text(doc)
    found = []
    for m in _NICKNAME_THEN_NAME.finditer(text):
        given = _GIVEN_NAMES_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if given is None:
            continue
        span = doc.char_span(given.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) >= 3 and not in_masked(doc, given.start(), m.end()):
            found.append(Mention(span.start, span.end, "PERSON", span.start))
    return found


# -- 3. relabel ---------------------------------------------------------------------
# How Canadian copy abbreviates a province after a town: 'Thompson, Man.'
_PROVINCE_ABBREVIATIONS = frozenset("Ont. Que. Man. Sask. Alta. B.C. N.S. N.B. P.E.I. Nfld. N.L. Y.T. N.W.T.".split())
# Those no body's name opens with ('B.C. Hydro', 'N.S. Power' do)
_SENTENCE_CLOSING_PROVINCES = frozenset("Ont. Que. Man. Sask. Alta. Nfld.".split())


def _province_words(tokens) -> bool:
    return tokens.text in _PROVINCE_ABBREVIATIONS or tokens.text.lower() in PROVINCES


def _title_word(tok) -> bool:
    """A capitalised title or occupation: 'Deputy', 'Governor', 'Executive', 'Spokesperson';
    or a word for a person opening a sentence: 'Neighbour Gurpreet Dhillon said'."""
    if tok.is_upper:
        return tok.lower_ in TITLES  # 'MPP', 'MLA'
    return tok.is_title and (tok.lower_ in TITLES or _occupational(tok.lower_)
                             or tok.is_sent_start and tok.lower_ in PERSON_NOUNS and tok.lower_ not in GIVEN_NAMES)


def _after_titles(doc: Doc, m: Mention) -> int:
    """Where a mention's name starts after the capitalised titles it opens with ('Deputy Governor')."""
    first = m.start
    if first + 1 < m.end and (doc_tokens(doc)[first].lower_ in _PARTY_WORDS and doc_tokens(doc)[first + 1].is_title
                              or doc_tokens(doc)[first].is_upper and len(doc_tokens(doc)[first]) > 1 and _title_word(doc_tokens(doc)[first + 1])):
        first += 1  # 'NDP MPP Francine Ouellette-Barnes', 'RCMP Superintendent Chantal ...': the party or body, then the title;
        # or the party alone: 'won by Liberal Harjit Brar'
    while first < m.end and _title_word(doc_tokens(doc)[first]):
        first += 1
    return first


# Parties written before a member's title.
_PARTY_WORDS = frozenset("ndp pc liberal conservative green bloc caq pq ucp tory".split())


def _subject_taken_for_appositive(appositive: Token) -> bool:
    """'In an email to CTV News Ottawa, [a spokesperson for ...] said': the parser
    hung the subject of a verb that has none on the name before it."""
    doc = appositive.doc
    after = appositive.right_edge.i + 1
    return (after < len(doc) and doc_tokens(doc)[after].dep_ == "ROOT" and doc_tokens(doc)[after].pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(doc_tokens(doc)[after])))


_CUES_KEY = "newswire.cues"


def _cue_label(doc: Doc, m: Mention, dateline_city: str) -> str | None:
    """PERSON, ORG, GPE or LOC when the words around a mention say so, else None
    (read once per span and label: relabelling asks again after every pass)."""
    cues = doc.user_data.setdefault(_CUES_KEY, {})
    key = (m.start, m.end, m.label, dateline_city)
    if key not in cues:
        cues[key] = _read_cue_label(doc, m, dateline_city)
    return cues[key]


# How city copy abbreviates a street's kind: 'Jane St. and Finch Ave.', 'Birchmount Rd.'
_STREET_ABBREVIATIONS = frozenset("St. St Ave. Ave Rd. Rd Blvd. Blvd Dr. Cres. Pkwy. Hwy.".split())
_COMPASS_ABBREVIATIONS = frozenset("E. W. N. S.".split())
_FRENCH_BUSINESS_KINDS = frozenset("librairie boulangerie pâtisserie épicerie fromagerie brasserie pharmacie dépanneur".split())
_FRENCH_STREET_WORDS = frozenset("Rue Boulevard Chemin".split())


def _street(doc: Doc, m: Mention) -> bool:
    """The mention ends in a street abbreviation, or one follows it ('Finch' + 'Ave.'),
    and no name goes on after it ('St. John', 'Dr Smith')."""
    if m.end - m.start > 1 and doc_tokens(doc)[m.start].text in _FRENCH_STREET_WORDS:
        return True  # 'rue Saint-Denis', capitalised to open a sentence or a name
    if m.end - m.start > 2 and doc_tokens(doc)[m.end - 1].text in _COMPASS_ABBREVIATIONS and doc_tokens(doc)[m.end - 2].text in _STREET_ABBREVIATIONS:
        return True  # 'Gerrard St. E.'
    if m.end - m.start > 1 and doc_tokens(doc)[m.end - 1].text in _STREET_ABBREVIATIONS and doc_tokens(doc)[m.start].text not in _STREET_ABBREVIATIONS:
        end = m.end
    elif m.end < len(doc) and doc_tokens(doc)[m.end].text in _STREET_ABBREVIATIONS:
        end = m.end + 1
    else:
        return False
    return end >= len(doc) or not doc_tokens(doc)[end].is_title or doc_tokens(doc)[end].lower_ in _COMPASS_WORDS


def _role_and_name_after(doc: Doc, end: int) -> bool:
    """One to three lower-case words ending in a role ('head coach'), then a capitalised name."""
    k = end
    while k < len(doc) and k - end < 3 and doc_tokens(doc)[k].is_lower and doc_tokens(doc)[k].is_alpha:
        k += 1
    role = doc_tokens(doc)[k - 1].lower_ if k > end else ""
    return bool(role) and (role in ROLE_HEADS or role in TITLES or _occupational(role)) and k < len(doc) and doc_tokens(doc)[k].is_title


def _looks_like_a_personal_name(doc: Doc, m: Mention) -> bool:
    """Two or three capitalised proper nouns, none a word of a body's or a place's name."""
    tokens = _name_tokens(doc, m)
    return (2 <= len(tokens) <= 3 and span_text(doc, m.start, m.end).lower() not in CITIES
            and all(_name_cased(t) and t.tag_ == "NNP" and t.lower_ not in ORG_NAME_WORDS and t.lower_ not in PLACE_NAME_WORDS
                    for t in tokens))


def _role_ends_at(last: Token) -> bool:
    """A person's role ends at ``last``: 'general manager of public works', 'spokesperson'."""
    for tok in [last, *last.ancestors][:4]:
        if tok.right_edge.i != last.i:
            return False
        if tok.is_lower and tok.tag_ == "NN" and tok.lower_ not in ROLES_OF_BODIES and (
                tok.lower_ in TITLES or tok.lower_ in PERSON_NOUNS or _occupational(tok.lower_) and not tok.lower_.endswith("ment")):
            return True
    return False


def _read_cue_label(doc: Doc, m: Mention, dateline_city: str) -> str | None:
    # (the words around the mention, read once: this runs for every mention, twice)
    n = len(doc)
    head, first_token, prev = doc_tokens(doc)[m.end - 1], doc_tokens(doc)[m.start], doc_tokens(doc)[m.start - 1]
    nxt = doc_tokens(doc)[m.end] if m.end < n else None
    nxt2 = doc_tokens(doc)[m.end + 1] if m.end + 1 < n else None
    nxt3 = doc_tokens(doc)[m.end + 2] if m.end + 2 < n else None
    surface = span_text(doc, m.start, m.end)
    if surface.lower() in PROVINCES:
        return "GPE"  # 'Nova Scotia' tagged PERSON
    if m.label == "PERSON" and surface.lower() in CITIES:
        return "GPE"  # 'Montréal has been shut out twice': a team, named by its city, is no one
    if _street(doc, m):
        return "LOC"  # 'from Jane St. and Finch Ave. to a job': streets, not people
    if m.start > 1 and prev.lower_ == "of" and (doc_tokens(doc)[m.start - 2].lower_ in _DIRECTIONS or doc_tokens(doc)[m.start - 2].lower_ in _PLACE_KINDS):
        return "GPE"  # 'on a reserve north of Prince Albert', 'in the state of Quintana Roo'
    if m.label == "PERSON" and head.tag_ in ("NNPS", "NNS") and _role_and_name_after(doc, m.end):
        return "ORG"  # 'said Prairie Kings head coach Marc-André Boisvert': a team (a plural) employs the coach
    if (m.end - m.start == 1 and first_token.lower_ in GIVEN_NAMES and m.end + 2 < n and nxt.lower_ == "and"
            and nxt2.lower_ in TITLED_GIVEN_NAMES and nxt3.ent_type_ == "PERSON"
            and not (m.start > 0 and prev.text == ",")):
        return "PERSON"  # 'For Dennis and Carla Sauvé': Dennis tagged a nationality
    if m.end - m.start == 2 and first_token.text == "Team" and doc_tokens(doc)[m.start + 1].is_title:
        return "ORG"  # 'Team Kowalchuk': a curling rink named after its skip
    if (m.label == "PERSON" and m.start > 1 and prev.is_title and prev.lower_ in CITIES and not prev.ent_type_
            and doc_tokens(doc)[m.start - 2].lower_ == "the"):
        return "ORG"  # 'the Montreal Gazette' with only 'Gazette' tagged, a person: the city's paper, team or body
    if (m.label == "ORG" and m.start > 1 and prev.lower_ == "of" and doc_tokens(doc)[m.start - 2].lower_ in _PRACTICES
            and first_token.lower_ in TITLED_GIVEN_NAMES and 2 <= len(_name_tokens(doc, m)) <= 3
            and all(_name_cased(t) and t.lower_ not in ORG_NAME_WORDS for t in _name_tokens(doc, m))):
        # 'joined the firm of Henri Desrosiers' (his surname taken for a plural): the architect whose practice it was
        return "PERSON"
    if (m.start > 0 and prev.lower_ in TEAM_POSITIONS and prev.is_lower and first_token.lower_ in TITLED_GIVEN_NAMES
            and _looks_like_a_personal_name(doc, m)):
        return "PERSON"  # 'second Alyssa Chartrand' tagged a building: the rink's player
    if m.end + 1 < n and (nxt.text == "-" and nxt2.lower_ == "based" or nxt.text == "," and nxt2.lower_.endswith(".-based")):
        return "GPE"  # 'the Copenhagen-based group', 'The Mississauga, Ont.-based grocer'
    if m.end - m.start > 1 and head.lower_.rstrip(".") in _COMPANY_SUFFIX_WORDS:
        return "ORG"  # 'Redwater Property Group', even in apposition to 'the building’s owner'
    if m.end - m.start > 1 and first_token.lower_ in _FRENCH_BUSINESS_KINDS:
        return "ORG"  # 'Librairie du Vieux Quartier': a French business name opens with its kind
    if dateline_city and first_token.text.upper() == dateline_city.split()[0] and surface.upper() == dateline_city:
        return "GPE"  # the city of the dateline
    if m.end - m.start > 1 and m.label != "GPE" and head.lower_ in ORG_NAME_WORDS and head.tag_ == "NNPS":
        return "ORG"  # 'International Coalition Forces, who have said'
    if m.end + 1 < n and nxt.text == ",":
        follower = nxt2
        # ', which ...' / ', who ...' when the relative clause hangs on this mention
        if (follower.lower_ in ("which", "who") and head_of(follower).dep_ == "relcl" and m.start <= head_of(head_of(follower)).i < m.end
                and not (head.dep_ == "pobj" and head_of(head).lower_ in LOCATIVE_PREPS  # 'in nearby Cambridge, who'
                         and not (head_of(head).lower_ == "from" and m.end - m.start > 1 and m.label not in PLACE_LABELS))):
            # (but 'came from Gurpreet Bains, who owns', tagged NORP, is a person)
            return "ORG" if follower.lower_ == "which" else "PERSON"
        if follower.lower_ in ("who", "whose") and m.label != "PERSON" and _looks_like_a_personal_name(doc, m) and (
                follower.lower_ == "who" or _name_tokens(doc, m)[0].lower_ in TITLED_GIVEN_NAMES):
            # 'Harbir Sandhu, who lives on a crescent', the clause hung on a noun before the name;
            # 'Shauna MacIsaac, whose son takes the bus' (not 'Hydro One, whose shares')
            return "PERSON"
    if m.end + 1 < n and nxt.tag_ == "POS" and any(
        t.lower_ in _ORG_PARTS for t in doc_tokens(doc)[m.end + 1:m.end + 4] if not t.is_punct
    ):
        return "ORG"  # 'Universal’s music division', 'Nissan’s board'
    if m.start > 0 and prev.text.endswith(".") and prev.lower_ in TITLES:
        return "PERSON"  # 'Sgt. Ji-hoon Park', whatever its last word
    if m.end + 2 < n and nxt.text == "," and nxt2.like_num and nxt3.text == "," and (
            m.end - m.start <= 3 and first_token.is_title and nxt2.text.isdigit() and len(nxt2.text) <= 3):
        return "PERSON"  # 'said Hailey, 22, who ...': an age
    if (m.end - m.start == 1 and first_token.is_title and first_token.lower_ in TITLED_GIVEN_NAMES and first_token.lower_ not in CITIES
            and speaks(first_token) and not re.search(rf"\b(?:in|at|from|to|near) {re.escape(first_token.text)}\b", doc_text(doc))):
        return "PERSON"  # 'Jamal told CTV News': a given name that speaks, and no place the story is ever in
    if m.start > 2 and prev.lower_ == "as" and any(t.lower_ == "name" for t in doc_tokens(doc)[max(0, m.start - 4):m.start - 1]):
        return "PERSON"  # 'A classmate who gave her name only as Aaliyah said'
    if (m.start > 1 and prev.text == "," and doc_tokens(doc)[m.start - 2].lower_ in ("name", "nickname", "surname")
            and m.end < n and nxt.text == "," and not any(t.lower_ in ORG_NAME_WORDS for t in doc_tokens(doc)[m.start:m.end])):
        return "PERSON"  # 'asked that only her first name, Sylvie, be used' (not 'share a last name, CBC News is')
    if (m.end + 3 < n and nxt.text == "," and nxt2.lower_ in ("a", "an")
            and _AGED.match(span_text(doc, m.end + 2, m.end + 7))):
        return "PERSON"  # 'Jamal, a 29-year-old line cook'

    if m.label != "PERSON" and first_token.lower_ not in _ROYAL_TITLES:  # not 'Prince Albert Voyageurs'
        # 'Spokesperson Monique Larocque' tagged ORG, 'Deputy Governor Aurelie Marchetti told' a work of art
        first = _after_titles(doc, m)
        name = [t for t in doc_tokens(doc)[first:m.end] if not joined_by_hyphen(doc, t.i)]  # ('Chantal Nwosu-Lapierre': three words)
        if (first > m.start and 2 <= len(name) <= 3 and all(t.is_title and t.tag_ == "NNP" and t.lower_ not in ORG_NAME_WORDS for t in name)
                and (name[0].lower_ in TITLED_GIVEN_NAMES or speaks(name[-1]) and name[-1].lower_ not in CITIES and name[-1].lower_ not in PROVINCES)):
            # (not 'Rider Voice Metro Vancouver said': a body whose first word ends like an occupation)
            return "PERSON"
        if (first == m.end - 1 and doc_tokens(doc)[first - 1].lower_ in TITLES and name[0].is_title and name[0].tag_ == "NNP"
                and name[0].lower_ not in ORG_NAME_WORDS and speaks(name[0])):
            return "PERSON"  # 'Justice Pettigrew wrote': a title and a surname that speaks
    if (m.label != "PERSON" and first_token.lower_ in _PARTY_WORDS and first_token.is_title and 3 <= m.end - m.start <= 4
            and _looks_like_a_personal_name(doc, doc[m.start + 1:m.end])):
        return "PERSON"  # 'won by Liberal Harjit Brar': a member named with the party
    if m.label != "PERSON" and _double_barrelled_with_given_name(doc, m):
        return "PERSON"  # 'Thibault-Ng said', once 'Alain Thibault-Ng, Prairie Pantry’s general manager,' was written
    if m.label != "PERSON" and 2 <= len(_name_tokens(doc, m)) <= 3 and _followed_by_personal_pronoun(doc, m):
        return "PERSON"  # 'Rae-Lynn Petrowsky stands on what used to be her front porch'
    if (m.end - m.start == 2 and first_token.text == "Prince" and m.start > 0
            and (prev.lower_ in ("in", "near", "at", "from", "to", "as") or head.dep_ == "conj" and head_of(head).ent_type_ in ("GPE", "LOC"))
            and (m.end >= n or not nxt.is_title)):
        return "GPE"  # 'in Prince Rupert', 'to Prince George', 'Regina and Prince Albert': a city, not a royal
    if m.end + 1 < n and nxt.text == "," and (
            nxt2.text in _PROVINCE_ABBREVIATIONS
            or m.end + 2 < n and nxt3.text == "." and f"{nxt2.text}." in _PROVINCE_ABBREVIATIONS):
        return "GPE"  # 'Thompson, Man.' (the full stop split off), 'Antigonish, N.S.'
    if (m.end - m.start == 1 and m.start > 0 and prev.lower_ in ("in", "near")
            and (m.end >= n or nxt.text not in POSSESSIVE_MARKS)):
        return "GPE"  # 'Back in Thompson, Lindqvist's grandmother ...': in a place, not a person
    if m.start > 0 and prev.lower_ in ("a", "an") and m.end < n and nxt.tag_ == "NNPS":
        return "ORG"  # 'a Tim Hortons': a shop, not a Tim
    if any(t.text in ("—", "–") for t in doc_tokens(doc)[m.start:m.end]):
        return "GPE"  # 'Beaches—East York': a riding; no one's name has a dash in it
    if _names_a_place_noun(doc, m):
        return "LOC"  # 'between Lawrence and Old Cummer stations', 'on Lawrence Avenue East'
    if (m.end - m.start == 1 and m.start > 0 and prev.lower_ == "from" and head_of(prev).lower_ in _PEOPLE_FROM
            and (m.end >= n or nxt.tag_ != "POS")):
        return "GPE"  # 'a 34-year-old man from Surrey'
    if (m.label != "PERSON" and m.start > 1 and prev.text == "," and nxt is not None and nxt.text == "," and nxt2 is not None
            and nxt2.tag_ not in ("DT", "PRP$") and _looks_like_a_personal_name(doc, m) and _role_ends_at(doc_tokens(doc)[m.start - 2])):
        # 'The City of Ottawa’s general manager of public works, Tamsin Rourke, said' (not 'In a statement,
        # Trillium Freightways, the Mississauga-based company')
        return "PERSON"
    if (m.label != "PERSON" and m.start > 0 and prev.is_title and prev.lower_ in TITLES and prev.lower_ not in _ROYAL_TITLES
            and _looks_like_a_personal_name(doc, m) and first_token.lower_ in TITLED_GIVEN_NAMES):
        return "PERSON"  # 'Mayor Crystal Nyberg' tagged a product: a title, then a given name and a surname
    # An appositive right after the mention ('Verbraucherwacht Berlin, the consumer group').
    appositives = [c for c in children_of(head) if c.dep_ == "appos" and c.left_edge.i == m.end + 1 and not _subject_taken_for_appositive(c)
                   and not (m.label == "PERSON" and _owner_of_a_role(c) and _looks_like_a_personal_name(doc, m))]
    related = [c.lower_ for c in appositives]
    if any(r.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in children_of(r))
           for c in appositives if c.tag_ == "NN" for r in children_of(c)):
        return "PERSON"  # 'Angela Reyes, a forklift operator who has worked ...': someone, whatever the noun
    if any(c.tag_ == "NN" and _occupational(c.lower_) and any(p.dep_ == "prep" and p.lower_ == "at" for p in children_of(c))
           for c in appositives):
        return "PERSON"  # 'Raghunathan, an entomologist at the University of Saskatchewan': works there (a
        # company is 'a producer', not 'a producer at' a place)
    tokens = _name_tokens(doc, m)
    personal = (m.label == "PERSON" and 2 <= len(tokens) <= 3 and all(_name_cased(t) and t.lower_ not in ORG_NAME_WORDS for t in tokens)
                and (tokens[0].lower_ in TITLED_GIVEN_NAMES or head_of(head).tag_ in ("NNP", "NNPS")))
    if head.dep_ == "appos" and not personal:
        # 'Tate’s wife, Renata'; not 'The operator, Winston Achebe-Clarke,' (a given name), nor 'The
        # president of the ... Union, Sandeep Brar,' (hung on a name), whom the model calls a person
        related.append(head_of(head).lower_)
    if m.start > 0 and prev.is_lower:
        related.append(prev.lower_)  # 'the app Kompass Mobility', 'spokeswoman Renée Castillo'
    related = [w for w in related if not (w in ORG_NOUNS and w in PERSON_NOUNS)]  # 'centre': a body, or a player
    if m.label == "PERSON" and _looks_like_a_personal_name(doc, m):
        related = [w for w in related if not _occupational(w)]  # 'Nikhil Sharma, a software developer': a job, not a firm
    if any(w in ORG_NOUNS for w in related):
        return "ORG"
    if any(w in PERSON_NOUNS for w in related):
        return "PERSON"
    if m.end - m.start > 1 and m.label != "GPE" and not joined_by_hyphen(doc, m.end - 2):  # 'Vasconcelos-Park': a family name
        if head.lower_ in PLACE_NAME_WORDS:
            return "LOC"
        if head.lower_ in ORG_NAME_WORDS:
            return "ORG"
    return None


def _owner_of_a_role(appositive: Token) -> bool:
    """'Anjali Mehta, the committee’s vice-chair,': the parser made the owner the appositive;
    the committee is whose vice-chair she is, not what she is."""
    return any(c.dep_ == "case" for c in children_of(appositive))


def _all_proper_nouns(doc: Doc, m: Mention) -> bool:
    """'Saskatchewan Public Safety Agency' tagged a work of art, not 'Blackwood told CTV News'."""
    # ('The Elementary Teachers’ Federation of Ontario, which ...': an article and a possessive mark too)
    return all(t.tag_ in ("NNP", "NNPS", "POS", "''") or t.lower_ in _ORG_LINKS or t.lower_ in DETERMINERS or joined_by_hyphen(doc, t.i)
               for t in doc_tokens(doc)[m.start:m.end])  # ('Ontario Long-Term Care Operators Group')


# Nouns after a name that make it a place's: 'Finch station', 'the Mill Woods neighbourhood'.
_PLACE_NOUNS = frozenset("station stations street avenue road neighbourhood neighborhood highway subdivision reserve".split())
_TRANSIT_MODES = frozenset("métro metro subway lrt go bus train skytrain streetcar".split())
_COMPASS_WORDS = frozenset("east west north south".split())
_DIRECTIONS = _COMPASS_WORDS | frozenset("northeast northwest southeast southwest".split())
# Kinds of place whose name follows 'of': 'the state of Quintana Roo', 'the town of Gander'.
_PLACE_KINDS = frozenset("state province city town village county region municipality island republic".split())


def _names_a_place_noun(doc: Doc, m: Mention) -> bool:
    """The name qualifies a place noun after it, alone or in a list ('Lawrence and
    Old Cummer stations'), or is a place with its compass point ('Lawrence Avenue East')."""
    tokens = doc_tokens(doc)[m.start:m.end]
    if len(tokens) > 1 and tokens[-1].lower_ in _COMPASS_WORDS and (
            tokens[-2].lower_ in PLACE_NAME_WORDS or m.label == "PERSON" and tokens[0].lower_ not in TITLED_GIVEN_NAMES):
        return True  # ('Yobe North' taken for a person is a district; 'Oliver North' stays one)
    i = m.end
    while i + 1 < len(doc) and doc_tokens(doc)[i].lower_ in ("and", ",", "or") and doc_tokens(doc)[i + 1].is_title:
        i += 1
        while i < len(doc) and doc_tokens(doc)[i].is_title:
            i += 1
    if i + 1 < len(doc) and doc_tokens(doc)[i].lower_ in _TRANSIT_MODES:
        i += 1  # 'the Henri-Bourassa métro station'
    return i < len(doc) and doc_tokens(doc)[i].is_lower and doc_tokens(doc)[i].lower_ in _PLACE_NOUNS


def _double_barrelled_with_given_name(doc: Doc, m: Mention) -> bool:
    """A hyphenated name ('Thibault-Ng') written somewhere in the story right after a given name."""
    tokens = doc_tokens(doc)[m.start:m.end]
    if not (len(tokens) == 3 and joined_by_hyphen(doc, m.start + 1) and tokens[0].is_title and tokens[2].is_title
            and tokens[2].lower_ not in ORG_NAME_WORDS):
        return False
    return any(match.group(1).lower() in TITLED_GIVEN_NAMES
               for match in re.finditer(r"\b([A-Z][\w’']+) " + re.escape(span_text(doc, m.start, m.end)) + r"\b", doc_text(doc)))


# Regions written as capitals, which the model takes for organisations ('the GTA': the Greater Toronto Area).
_PLACE_ACRONYMS = frozenset({"GTA", "GTHA"})


def _relabel(doc: Doc, mentions: list[Mention]) -> None:
    dateline_city = doc._.dateline.split(",")[0] if doc._.dateline else ""
    cued_people = set()  # last words of mentions the words around call a person
    cued = set()  # mentions whose label the words around them decided: they outvote the model
    for k, m in enumerate(mentions):
        if m.end - m.start == 1 and doc_tokens(doc)[m.start].text in _PLACE_ACRONYMS:
            m.label = "GPE"
            cued.add(k)
            continue
        cue = _cue_label(doc, m, dateline_city)
        if ((cue == "ORG" and (m.label in ("PERSON", "FAC") or m.label in ("WORK_OF_ART", "PRODUCT") and _all_proper_nouns(doc, m)))
                or (cue in ("LOC", "GPE") and m.label in ("PERSON", "ORG"))):
            m.label = cue
            cued.add(k)
        elif cue == "PERSON" and m.label in RELABELABLE and len(_name_tokens(doc, m)) - (_after_titles(doc, m) - m.start) <= 3:
            m.label = "PERSON"
            cued_people.add(doc_tokens(doc)[m.end - 1].lower_)
            cued.add(k)
        elif cue in PLACE_LABELS and cue == m.label:
            cued.add(k)  # a place, confirmed: 'in Brandon, Man.' outvotes a bare 'Brandon' taken for a person
        elif cue is None and m.label in RELABELABLE and _given_and_family_name(doc, m):
            m.label = "PERSON"  # 'Marit Stiles' tagged ORG; the story's other mentions may still outvote it
    for m in mentions:
        # 'executive chair Marcelo Claure' tagged ORG throughout, then 'Claure, who ...':
        # the full name is that person's too.
        tokens = [t for t in doc_tokens(doc)[m.start:m.end] if t.text != "-"]  # 'Wendell Pierre-Louis': three words
        if (m.label in RELABELABLE and 2 <= len(tokens) <= 3 and tokens[-1].lower_ in cued_people
                and all(t.is_title and t.lower_ not in ORG_NAME_WORDS and t.text not in _STOP_EXTEND for t in tokens)):
            m.label = "PERSON"
    words = _settle_name_parts(doc, mentions)
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for k, (m, w) in enumerate(zip(mentions, words)):
        votes[w][m.label] += 2 if k in cued else 1
    for m, w in zip(mentions, words):
        label, count = votes[w].most_common(1)[0]
        if label != m.label and count > votes[w][m.label]:
            m.label = label


def _unknown_given_name(tok) -> bool:
    """A capitalised word that is no place, body or title word: a given name the lists lack."""
    return (tok.tag_ == "NNP" and _given_name_like(tok) and tok.lower_ not in PLACE_NAME_WORDS and tok.lower_ not in ORG_NAME_WORDS
            and tok.lower_ not in PROVINCES)


def _settle_name_parts(doc: Doc, mentions: list[Mention]) -> list[tuple[str, ...]]:
    """Short forms take the kind of the full name they are part of; the mentions'
    name words, in order."""
    words = [name_words(span_text(doc, m.start, m.end)) for m in mentions]
    person_parts = _name_parts(w for m, w in zip(mentions, words) if m.label == "PERSON")
    org_parts = _name_parts(w for m, w in zip(mentions, words) if m.label == "ORG")
    lone_people = {w for m, w in zip(mentions, words) if m.label == "PERSON" and len(w) == 1}
    speaking = {w for m, w in zip(mentions, words) if m.label == "PERSON" and len(w) == 1 and speaks(doc_tokens(doc)[m.start])}
    located = {w for m, w in zip(mentions, words) if m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ in ("in", "near")}
    for m, w in zip(mentions, words):
        in_person = person_parts.get(w, ())
        # part of a longer organisation's name (not of 'Team Haldorson', the rink of skip Brielle Haldorson,
        # nor of 'Boulangerie Cormier', the bakery of Roland Cormier)
        in_org = any(full != w and full[0] != "team" and not (full[0] in _FRENCH_BUSINESS_KINDS and full[-1:] == w)
                     for full in org_parts.get(w, ()))
        if m.label == "PERSON" and in_org and not in_person and not _speaking_surname_ending_a_body(doc, m, w, org_parts):
            m.label = "ORG"  # 'Harvest Lane' after 'Harvest Lane Markets'
        elif m.label in PLACE_LABELS and not in_person and any(
                full[:len(w)] == w and (full[-1] in _COMPANY_SUFFIX_WORDS or full[-1] in BUSINESS_NAME_ENDINGS and w not in located)
                for full in org_parts.get(w, ())):
            # 'Northline' after 'Northline Hydrogen Corp.': a brand, not a place; so is 'Redgum'
            # after 'Redgum Resources', unless the story is ever 'in Redgum'
            m.label = "ORG"
        elif (m.label in RELABELABLE and 2 <= len(w) <= 3 and w[-1:] in lone_people and not in_org
              and (w[0] in TITLED_GIVEN_NAMES or len(w) == 2 and w[-1:] in speaking and _unknown_given_name(doc_tokens(doc)[m.start])
                   and doc_tokens(doc)[m.end - 1].dep_ in ("nsubj", "nsubjpass") and not (m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ in DETERMINERS))):
            # 'a pass to Jamal Odom' tagged GPE, then 'Odom said'; 'TORONTO — Adaeze Okonkwo spent', then 'Okonkwo said'
            m.label = "PERSON"
        elif m.label in RELABELABLE and in_person and (not in_org or speaks(doc[m.start:m.end].root)):
            # 'Sinwar' after 'Yahya Sinwar'; a place name only after a real given name
            # ('Biden' after 'Joe Biden', not 'Berlin' after 'Verbraucherwacht Berlin').
            root = doc[m.start:m.end].root
            if (m.label not in PLACE_LABELS or any(unaccented(full[0]) in TITLED_GIVEN_NAMES for full in in_person)
                    or speaks(root)  # a place says nothing: 'Thorburn said'
                    # ('Qadir has bigger plans' after 'Farzana Qadir': a subject no list knows as a place)
                    or len(w) == 1 and root.dep_ in ("nsubj", "nsubjpass") and " ".join(w) not in CITIES and " ".join(w) not in PROVINCES):
                m.label = "PERSON"
    return words


def _speaking_surname_ending_a_body(doc: Doc, m: Mention, w: tuple[str, ...], org_parts) -> bool:
    """'Park said' after trustee 'Hyun-woo Park' and 'Glenmount Park Public School': a body
    goes by its first words ('Harvest Lane' of 'Harvest Lane Markets'), so a later word of
    a body's name that speaks is the person's surname."""
    if not speaks(doc[m.start:m.end].root) or any(full[:len(w)] == w for full in org_parts.get(w, ())):
        return False
    tokens = doc_tokens(doc)
    # and the story writes it after a given name ('Maren Lindgren', 'Hyun-woo Park'; not 'OC Transpo')
    # (its other uses found in the Doc's word column, not by a walk over every token)
    return any(i > 1 and (given_name_vote(tokens[i - 1].text) != 0 or joined_by_hyphen(doc, i - 2) and tokens[i - 3].is_title)
               for i in indices_of(doc, word_ids([tokens[m.end - 1].text]), ORTH) if i != m.end - 1)


# -- 4. recover ---------------------------------------------------------------------
# A name found as a whole word: it starts and ends with a letter or digit (not 'Jr.').
_WORD_EDGES = re.compile(r"\w(?:.*\w)?", re.S)


def _missed_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Known people the model left untagged elsewhere: their family name, with
    any given name written before it ('Mayor Ana Ruiz' once 'Ruiz' is known).
    Found in the Doc's word column rather than by a walk over every token."""
    surnames = {doc_tokens(doc)[m.end - 1].text for m in mentions if m.label == "PERSON" and _name_cased(doc_tokens(doc)[m.end - 1])}
    # ... and given names of one known person each, which features use alone ('Dennis, a forklift operator, said')
    given = Counter(doc_tokens(doc)[m.start].text for m in mentions if m.label == "PERSON" and m.end - m.start == 2
                    and doc_tokens(doc)[m.start].lower_ in GIVEN_NAMES)
    given_alone = {name for name, count in given.items() if count == 1 or len(
        {span_text(doc, m.start, m.end) for m in mentions if m.label == "PERSON" and doc_tokens(doc)[m.start].text == name}) == 1} - surnames
    surnames |= given_alone
    if not surnames:
        return []
    # ('d’Entremont' opens a sentence as 'D’Entremont')
    forms = word_ids(form for n in surnames if _WORD_EDGES.fullmatch(n) for form in (n, n[0].upper() + n[1:]))
    masked = doc._.masked_spans
    found = []
    for i in indices_of(doc, forms, ORTH):
        span = doc[i:i + 1]
        if span.start in taken:
            continue
        if span[0].tag_ != "NNP" and span[0].dep_ not in ("nsubj", "nsubjpass"):
            continue  # 'Sloane conceded ...' may be mis-tagged, but a subject it is
        if masked and in_masked(doc, span.start_char, span.end_char):
            continue
        if span.text in given_alone:
            if (span[0].dep_ not in ("nsubj", "nsubjpass") or span[0].ent_type_
                    or span.end < len(doc) and doc_tokens(doc)[span.end].is_title):
                continue  # alone and untagged, not 'Dennis Sauvé' cut short, 'Dennis Avenue' or the city of Brandon
            found.append(Mention(span.start, span.end, "PERSON", span.start))
            taken.add(span.start)
            continue
        start = span.start
        while start > 1 and start - 2 not in taken and joined_by_hyphen(doc, start - 1) and doc_tokens(doc)[start - 2].is_title and len(doc_tokens(doc)[start - 2]) > 1:
            start -= 2  # the whole hyphenated family name: 'Marchand-Whitfield'
        while start > 0 and start - 1 not in taken and _given_name_like(doc_tokens(doc)[start - 1], before_known_surname=start == span.start):
            start -= 1
        if found and found[-1].end == start:
            found[-1].end = span.end  # 'Theresa' (once 'Miss Theresa') + 'Boutilier': one name
        else:
            found.append(Mention(start, span.end, "PERSON", _title_start(doc, start)))
        taken.update(range(start, span.end))
    return found


# 'who gave her name only as Marjorie', 'who would give only his first name, Gordie,', 'He gave his name as Dre',
# 'who gave only his surname, Chan': the one name a source went by.
_NAME_GIVEN_ALONE = re.compile(
    r"\b(?:gave|give|giving|gives)\b[^.\n]{0,30}?\b(?:name|surname)\b(?: only)?(?: as|,) (?P<name>[A-Z][a-zà-ÿ’'\-]+)\b")


def _names_given_alone(doc: Doc, mentions: list[Mention]) -> None:
    """The one name a source went by is a person, whatever the model made of it."""
    for match in _NAME_GIVEN_ALONE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None:
            continue
        inside = [m for m in mentions if m.start < span.end and span.start < m.end]
        if all(m.start == span.start and m.end == span.end for m in inside):
            for m in inside:
                mentions.remove(m)
            mentions.append(Mention(span.start, span.end, "PERSON", span.start))


# 'Jun-ho Park', 'Hyun-woo Park': a given name hyphenated in lower case, then a family name.
# (not 'Vancouver-based Arcadia', 'Quebec-born Tremblay': a syllable of two to four letters)
_HYPHENATED_GIVEN_NAME = re.compile(r"\b[A-Z][a-z]+-(?!led\b|run\b|era\b|born\b|made\b|area\b|wide\b|bred\b)[a-z]{2,4} [A-Z][a-z]+\b")


def _names_with_hyphenated_given_names(doc: Doc, mentions: list[Mention]) -> None:
    """'right-hander Jun-ho Park' taken for a place by its last word, 'Hyun-woo Park' cut
    into a person and a body: the whole is one person, replacing what the model made of it."""
    for match in _HYPHENATED_GIVEN_NAME.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or (doc._.masked_spans and in_masked(doc, match.start(), match.end())):
            continue
        inside = [m for m in mentions if m.start < span.end and span.start < m.end]
        if any(m.label == "PERSON" and m.start <= span.start and span.end <= m.end for m in inside) or any(
                m.start < span.start or m.end > span.end for m in inside):
            continue  # already a person, or part of a longer name
        for m in inside:
            mentions.remove(m)
        mentions.append(Mention(span.start, span.end, "PERSON", _title_start(doc, span.start)))


def _short_forms_of_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """'Dominion Harbour’s chief risk officer', taken for a place by its last word, once
    'Dominion Harbour Bank' is named: a body's name cut short is that body (not a
    state, province or city: 'New Mexico' beside 'New Mexico Court of Appeals')."""
    places = [m for m in mentions if m.label in ("LOC", "FAC") and m.end - m.start >= 2]
    if not places:
        return
    bodies = {name_words(span_text(doc, m.start, m.end)) for m in mentions if m.label == "ORG" and m.end - m.start > 2}
    for m in places:
        words = name_words(span_text(doc, m.start, m.end))
        if (len(words) >= 2 and " ".join(words) not in PROVINCES and words[0] not in CITIES
                and any(len(body) > len(words) and body[:len(words)] == words for body in bodies)):
            m.label = "ORG"


def _given_names_taken_for_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'said Yolanda Mbeki-Stroud' with 'Yolanda' tagged a place and 'Mbeki-Stroud' a person:
    a given name right before a person's name is part of it. After a title ('Coun.
    Giulia Ferraro-Dunn'), so is a given name the lists lack."""
    dropped = set()
    for k in range(1, len(mentions)):
        given, person = mentions[k - 1], mentions[k]
        first = doc_tokens(doc)[given.start]
        if (person.label == "PERSON" and given.end == person.start and given.end - given.start == 1 and given.label != "PERSON"
                and first.is_title and (first.lower_ in GIVEN_NAMES or given.start > 0 and doc_tokens(doc)[given.start - 1].lower_ in TITLES
                                        and _unknown_given_name(first))):
            person.start = person.title_start = given.start
            dropped.add(k - 1)
    return [m for k, m in enumerate(mentions) if k not in dropped]


# What the model tags as a name of someone or something (not dates, numbers, amounts).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})

# A speech verb right after a name: ' said', ' told' (checked on the text, before any Token is made).
_SPEECH_VERB_NEXT = re.compile(r" (?:said|says|told|tells)\b")
# 'Gurpreet Dhillon of Brampton, Ont., who is staying at a resort': a person from a place, then 'who'.
_OF_PLACE_WHO = re.compile(r" of [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?(?:, [A-Z][\w.]*)?, who\b")

# 'he' or 'she' further on in the sentence: 'Adaeze Okonkwo had two years to think about the last time she ...'
_HE_OR_SHE_AHEAD = re.compile(r"[^.!?\n]{0,120}?\b(?:he|she|his|her)\b")

# Words that are no one's given name, whatever their ending.
_NO_GIVEN_NAMES = TITLES | PERSON_NOUNS | ROLE_HEADS | ORG_NAME_WORDS | PLACE_NAME_WORDS | PROVINCES

# Two capitalised words, overlapping ('Then Priya Dhaliwal': 'Then Priya', then 'Priya Dhaliwal').
_TWO_CAPITALISED_WORDS = re.compile(r"\b(?=([A-ZÀ-Ý][\w’']*) ([A-ZÀ-Ý][\w’']*(?:-[A-ZÀ-Ý][\w’']*)?)\b)")


def _untagged_subject_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """'Priya Dhaliwal also scored', 'Mélanie Cardinal, whose two children ...': a given
    name and a family name the model left untagged, the subject of a verb. Only the
    curated given names count (the census list would make 'Virginia Beach' a person);
    the family name may be a title's word ('Cardinal'), which never follows a given name.
    A given name the lists lack counts when the name speaks and a role follows it in
    apposition ('Rajinder Bhullar, Fredericton’s deputy fire chief, said'), or when
    'he' or 'she' follows it in its sentence ('Harjit Dhillon said he and his wife')."""
    found = []
    text = doc_text(doc)
    for match in _TWO_CAPITALISED_WORDS.finditer(text):  # (one regex, not a walk over every token)
        before_comma = text[match.end(2):match.end(2) + 1] == ","
        from_place = _OF_PLACE_WHO.match(text, match.end(2))
        if (match.group(1).lower() not in TITLED_GIVEN_NAMES and not before_comma and not _SPEECH_VERB_NEXT.match(text, match.end(2))
                and not _HE_OR_SHE_AHEAD.match(text, match.end(2)) and not from_place):
            continue
        possessive = match.group(2).endswith(("’s", "'s"))  # 'When Sonia Petrakis’s father died'
        span = doc.char_span(match.start(1), match.end(2) - 2 if possessive else match.end(2))
        if span is None or len(span) not in (2, 4):
            continue
        tok, start = span[-1], span.start  # ('Marguerite Obi-Lalonde was asked': four tokens)
        subject_deps = ("nsubj", "nsubjpass", "poss") if possessive and span[0].lower_ in GIVEN_NAMES else ("nsubj", "nsubjpass")
        of_subject = tok.dep_ == "appos" and head_of(tok).dep_ in ("nsubj", "nsubjpass")  # 'Her coach, Marcel Thibault, said'
        if (tok.dep_ not in subject_deps and not of_subject or tok.tag_ != "NNP" or tok.ent_type_ or not _name_cased(tok)
                or any(i in taken for i in range(start, tok.i + 1))):
            continue
        first = doc_tokens(doc)[start]
        titled = start > 0 and (doc_tokens(doc)[start - 1].lower_ in TITLES or doc_tokens(doc)[start - 1].lower_ in PERSON_NOUNS  # 'deputy governor Marguerite'
                                or _named_after_a_role(doc, start, tok))
        # (a word in '-er' may be a given name here: 'Rajinder'; 'Manager' is a role head)
        given = first.lower_ in (TITLED_GIVEN_NAMES if titled else GIVEN_NAMES) or (
            _name_cased(first) and first.tag_ == "NNP" and first.lower_ not in _NO_GIVEN_NAMES and (
                before_comma and speaks(tok) and any(  # (a lower-case role: not 'Agriculture Minister, Trent Burkholder,')
                    c.dep_ == "appos" and c.is_lower and (c.lower_ in ROLE_HEADS or c.lower_ in TITLES or _occupational(c.lower_))
                    for c in children_of(tok))
                or from_place
                or _subject_followed_by_he_or_she(doc, doc[start:tok.i + 1])))  # 'Harjit Dhillon said he and his wife
        if (not given or first.ent_type_ or not first.is_title or first.tag_ not in ("NNP", "NNPS")
                or tok.lower_ in ORG_NAME_WORDS or tok.lower_ in PLACE_NAME_WORDS or tok.lower_ in CITIES or tok.lower_ in PROVINCES):
            continue
        if (start > 0 and doc_tokens(doc)[start - 1].tag_ in ("NNP", "NNPS") and (doc_tokens(doc)[start - 1].is_title or doc_tokens(doc)[start - 1].is_upper)
                and doc_tokens(doc)[start - 1].lower_ not in TITLES):
            continue  # part of a longer name the model did not know ('SAFE Work Manitoba')
        if doc._.masked_spans and in_masked(doc, first.idx, tok.idx + len(tok)):
            continue
        if start >= 2 and joined_by_hyphen(doc, start - 1) and doc_tokens(doc)[start - 2].is_title and start - 2 not in taken:
            start -= 2  # 'Marie-' + 'Ève Lachapelle': the first half of a hyphenated given name
        found.append(Mention(start, tok.i + 1, "PERSON", _title_start(doc, start)))
        taken.update(range(start, tok.i + 1))
    return found


def _named_after_a_role(doc: Doc, start: int, last: Token) -> bool:
    """The word before a name at ``start`` says it is someone's: a team position ('third Maya
    Brandt, second ...'), a place's ('Japan’s Aiko Morimoto was third'), or the name stands in
    apposition to a role ('Her coach, Marcel Thibault, said')."""
    before = doc_tokens(doc)[start - 1]
    if before.lower_ in TEAM_POSITIONS and before.is_lower:
        return True
    if before.dep_ == "case" and start > 1 and doc_tokens(doc)[start - 2].ent_type_ == "GPE" and head_of(before).i == start - 2:
        return True
    role = head_of(last)
    return (last.dep_ == "appos" and before.text == "," and role.is_lower
            and (role.lower_ in PERSON_NOUNS or role.lower_ in ROLE_HEADS or _occupational(role.lower_)))


def _name_span(doc: Doc, head_i: int) -> tuple[int, int] | None:
    """The 2-3 capitalised proper nouns ending at ``head_i`` ('Novak Djokovic'),
    when they look like a personal name (no title, no organisation word)."""
    start = head_i
    while (start > 0 and head_i - start < 2 and doc_tokens(doc)[start - 1].dep_ == "compound" and head_of(doc_tokens(doc)[start - 1]).i == head_i
           and doc_tokens(doc)[start - 1].tag_ == "NNP"):
        start -= 1
    tokens = doc_tokens(doc)[start:head_i + 1]
    if not 2 <= len(tokens) <= 3 or not all(
        t.tag_ == "NNP" and t.text[:1].isupper() and t.lower_ not in TITLES and t.lower_ not in ORG_NAME_WORDS for t in tokens
    ):
        return None
    return start, head_i + 1


_PERSON_NOUN_THEN_CAPITAL = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, PERSON_NOUNS), key=len, reverse=True)) + r")\s+(?=[A-Z])"
)


_NAME_THEN_WHO = re.compile(r"\b[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?=, who\b)")
# 'Kelsey Marchand, whose daughter is in Grade 2': with a given name ('Loblaw Companies, whose ...' is no one).
_NAME_THEN_WHOSE = re.compile(r"\b[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?=, whose\b)")
# 'Teresa Vlahos, chair of the ...', 'Omar Haddad, a nurse at ...', 'Naomi Sinclair, a Cree
# researcher from ...': a name, then a role.
_NAME_THEN_ROLE = re.compile(
    r"\b[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?=, (?:(?:a|an|the) )?(?:[A-Za-z][\w\-]* ){0,3}?(?P<role>[a-z][\w\-]*) (?:of|at|for|with|in|from)\b"
    r"|, the [a-z][\w\-]*[’']s (?:[a-z][\w\-]* )?(?P<owned_role>[a-z][\w\-]*)(?:,| of\b))"  # 'Corinne Delaney, the federation’s vice-president,'
)
_AGED = re.compile(r"\d{1,3}-year-old\b")
# 'said Hailey, 22, who ...', 'said Tunde, a general surgeon from Lagos': a first name alone
# (the story withholds the family name), then an age or a role.
_FIRST_NAME_THEN_AGE_OR_ROLE = re.compile(
    r"\b[A-Z][a-zà-ÿ’'\-]+(?=, (?:\d{1,3},|(?:a|an) (?:[A-Za-z\d][\w\-]* ){0,3}?(?P<role>[a-z][\w\-]*)\b(?: (?:of|at|for|with|in|from|who)\b|,)))"
)
# 'Curtis Ballantyne, 29, has worked ...': a name, then an age.
_NAME_THEN_AGE = re.compile(r"\b[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?=, \d{1,3},)")
# 'Julia Reinholt of Meridian Equity Research was more cautious': a name, then 'of' and a body's name.
_NAME_OF_BODY = re.compile(
    r"\b[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?= of (?:the )?(?:[A-Z][\w’'\-&]* ){0,4}(?:"
    + "|".join(sorted((w.capitalize() for w in ORG_NAME_WORDS if w.isalpha()), key=len, reverse=True)) + r")\b)"
)


# An office named by a title and what it is of, then a name: 'Justice of the Peace Harriet Onyango',
# 'Minister of Finance Chrystia Freeland' (the parser may hang the name on the 'of').
_NAME_AFTER_OFFICE = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in TITLES if w.isalpha())) + r") of (?:the )?(?:[A-Z][\w\-]+ ){1,3}?"
    r"(?P<name>[A-Z][\w’'\-]+ [A-Z][\w’'\-]+)\b")


def _names_after_offices(doc: Doc, taken: set[int]) -> list[Mention]:
    """A known given name and a family name right after an office ('Justice of the Peace'), left untagged."""
    found = []
    for match in _NAME_AFTER_OFFICE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("name"), match.end("name"))
        if (span is None or len(span) != 2 or span[0].lower_ not in TITLED_GIVEN_NAMES or any(i in taken for i in range(span.start, span.end))
                or span[1].lower_ in ORG_NAME_WORDS or span[1].lower_ in PLACE_NAME_WORDS
                or span.end < len(doc) and doc_tokens(doc)[span.end].is_title):  # ('of the Red Willow Cree Nation': a longer name)
            continue
        office = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if office is not None and office.start > 0 and doc_tokens(doc)[office.start - 1].is_title and doc_tokens(doc)[office.start - 1].lower_ not in TITLES:
            continue  # 'Chief Raymond Cardinal of the ...': a family name, not an office
        found.append(Mention(span.start, span.end, "PERSON", span.start))
        taken.update(range(span.start, span.end))
    return found


def _names_before_who(doc: Doc, taken: set[int]) -> list[Mention]:
    """'Harjit Dhaliwal, who has driven a taxi ...', 'Teresa Vlahos, chair of the
    ...', 'Kelsey Marchand, whose daughter ...', 'Julia Reinholt of Meridian Equity
    Research' or 'Curtis Ballantyne, 29,' left untagged: two or three capitalised
    proper nouns that 'who', a person's role, 'whose' or a body after a given name,
    or an age describes are a person."""
    found = []
    text = doc_text(doc)
    with_roles = [m for m in _NAME_THEN_ROLE.finditer(text) if ((role := m.group("role") or m.group("owned_role")) in PERSON_NOUNS or role in TITLES)
                  and m.group(0).split()[0].lower() in TITLED_GIVEN_NAMES]  # ('Maple Leaf Sports, owner of ...' is no one)
    with_whose = [m for m in _NAME_THEN_WHOSE.finditer(text) if m.group(0).split()[0].lower() in TITLED_GIVEN_NAMES]
    with_body = [m for m in _NAME_OF_BODY.finditer(text) if m.group(0).split()[0].lower() in TITLED_GIVEN_NAMES]
    first_names = [m for m in _FIRST_NAME_THEN_AGE_OR_ROLE.finditer(text) if m.group("role") is None or m.group("role") in PERSON_NOUNS
                   or _occupational(m.group("role"))]
    for match in [*_NAME_THEN_WHO.finditer(text), *with_roles, *with_whose, *with_body, *_NAME_THEN_AGE.finditer(text), *first_names]:
        span = doc.char_span(match.start(), match.end())
        if span is None or any(i in taken for i in range(span.start, span.end)) or span[0].is_sent_start and span[0].tag_ != "NNP":
            continue
        if len(span) > 2 and (span[0].lower_ in PERSON_NOUNS or _occupational(span[0].lower_) and span[0].lower_ not in TITLED_GIVEN_NAMES):
            span = span[1:]  # 'Homeowner Priya Raghunathan, who ...': a role capitalised to open the sentence
        if len(span) == 1 and span.start > 0 and span.start - 1 not in taken and _given_name_like(doc_tokens(doc)[span.start - 1]):
            span = doc[span.start - 1:span.end]  # 'Fatoumata Diallo, a mother of three,': a given name the lists lack
        if len(span) == 1 and not (speaks(span[0]) and span[0].lower_ not in CITIES and span[0].lower_ not in PROVINCES):
            continue  # a first name alone speaks: 'said Tunde, a general surgeon' (not 'in Brandon, a city of ...')
        words = [t for t in span if t.text != "-"]
        if len(words) > 1 and words[0].lower_ in CITIES and words[-1].tag_ == "NNPS":
            continue  # a team: 'the Montreal Alouettes, who beat ...'
        # (a capitalised word the tagger took for a number is a name too: 'Among them was Aileen Sutherland, who')
        if all((t.tag_ in ("NNP", "NNPS") or t.tag_ == "CD" and t.is_alpha and t.is_title) and t.lower_ not in TITLES
               and t.lower_ not in ORG_NAME_WORDS for t in words) and not (doc._.masked_spans and in_masked(doc, match.start(), match.end())):
            found.append(Mention(span.start, span.end, "PERSON", span.start))
            taken.update(range(span.start, span.end))
    return found


def _titled_people_in_organisations(doc: Doc, mentions: list[Mention]) -> None:
    """'Toronto Auditor General Lydia Petrakis' tagged as one organisation: a
    capitalised title, then a given name and a surname ending the span, is a
    person with that title (the place before it only qualifies the office)."""
    for m in mentions:
        if m.label != "ORG":
            continue
        name_start = _name_in_portfolio(doc, m.start, m.end)
        if name_start is not None and all(t.is_title or t.text == "-" for t in doc_tokens(doc)[name_start:m.end]) and (
                doc_tokens(doc)[name_start].lower_ in TITLED_GIVEN_NAMES):
            m.start, m.label = name_start, "PERSON"  # 'Minister of [Transport and Internal Trade Marie-Claude Dufresne]'
            continue
        for length in (2, 3):
            title = m.end - length - 1
            name = doc[title + 1:m.end]
            if (title >= m.start and _title_word(doc_tokens(doc)[title]) and doc_tokens(doc)[title].lower_ not in _ROYAL_TITLES
                    and (name[0].lower_ in TITLED_GIVEN_NAMES  # or 'MPP Gilles Thibodeau, ..., said' (not 'Windsor Police Service')
                         or doc_tokens(doc)[title].lower_ in TITLES and speaks(name[-1]) and not any(t.lower_ in ORG_NAME_WORDS for t in name))
                    and all(t.tag_ == "NNP" and t.is_title and not _title_word(t) for t in name)
                    and name[-1].lower_ not in ORG_NAME_WORDS):  # (not 'Vancouver Fraser Port Authority')
                first = title
                while first > m.start and _title_word(doc_tokens(doc)[first - 1]):
                    first -= 1
                m.start, m.label, m.title_start = title + 1, "PERSON", first
                break


def _titled_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """'Nipawin Mayor Curtis Baptiste said' with only 'Nipawin' tagged: a capitalised
    title ('Mayor', 'Chief Executive'), then two or three capitalised proper nouns
    the model kept as nothing, starting with a given name, ending in a surname the
    story uses for a person, or speaking, is a person."""
    found = []
    lone_people = {doc_tokens(doc)[m.start].text for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
    def names_after(i: int) -> int:
        k = i
        while k < len(doc) and doc_tokens(doc)[k].is_title and doc_tokens(doc)[k].tag_ in ("NNP", "NNPS"):
            k += 1
        return k - i

    for tok in (doc_tokens(doc)[i] for i in _capitalised_indices(doc)):  # a title word is capitalised
        if (not _title_word(tok) or tok.lower_ in _ROYAL_TITLES or tok.i + 1 in taken
                or tok.i + 1 < len(doc) and _title_word(doc_tokens(doc)[tok.i + 1]) and (
                    doc_tokens(doc)[tok.i + 1].lower_ in TITLES or names_after(tok.i + 2) >= 2)):
            # 'Chief Executive Priya ...': the last title word; but 'Coun. Manveer Dhaliwal' ends
            # in one name, so 'Manveer' is its given name, not an occupation in '-er'
            continue
        end = tok.i + 1  # capitalised words the model tagged as nothing it keeps ('Deputy Governor Aurelie Marchetti': a work of art)
        while end < len(doc) and end not in taken and doc_tokens(doc)[end].tag_ in ("NNP", "NNPS") and doc_tokens(doc)[end].is_title and end - tok.i <= 3:
            end += 1
        lone = next((m for m in mentions if m.start == end and m.end == end + 1 and m.label in ("PERSON", "GPE", "ORG")), None)
        if lone is not None and end - tok.i - 1 in (1, 2) and doc_tokens(doc)[tok.i + 1].lower_ in TITLED_GIVEN_NAMES:
            # 'Chief Executive Priya' + 'Raghunathan', the surname tagged on its own (as a place)
            lone.start, lone.label, lone.title_start = tok.i + 1, "PERSON", tok.i
            taken.update(range(tok.i + 1, end))
            continue
        name = doc[tok.i + 1:end]
        known = name and (name[0].lower_ in TITLED_GIVEN_NAMES or name[-1].text in lone_people
                          or speaks(name[-1]))
        if 2 <= len(name) <= 3 and known and not any(t.lower_ in TITLES for t in name) and not (
                doc._.masked_spans and in_masked(doc, name.start_char, name.end_char)):
            found.append(Mention(name.start, name.end, "PERSON", tok.i))
            taken.update(range(name.start, name.end))
    return found


def _employers_before_roles(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """'Unifor national representative Glen Sheehan': a capitalised name the model
    left untagged, then a role in lower case, then a person, is the body the person
    speaks for."""
    found = []
    for m in [m for m in mentions if m.label == "PERSON"]:
        k = m.start - 1
        while k >= 0 and doc_tokens(doc)[k].is_lower and doc_tokens(doc)[k].is_alpha and m.start - k <= 3:
            k -= 1
        role = doc[k + 1:m.start]
        if not role or k < 0 or not (role[-1].lower_ in ROLE_HEADS or role[-1].lower_ in TITLES or _occupational(role[-1].lower_)):
            continue
        start = k
        while start - 1 >= 0 and k - start < 2 and doc_tokens(doc)[start - 1].tag_ == "NNP" and doc_tokens(doc)[start - 1].is_title:
            start -= 1
        name = doc[start:k + 1]
        if start > 0 and (doc_tokens(doc)[start - 1].lower_ in ("and", "&", "of", "for") or doc_tokens(doc)[start - 1].text in POSSESSIVE_MARKS):
            continue  # the end of a longer name: 'Environment and Climate Change Canada', 'Nurses’ Union'
        if len(name) == 1 and name[0].lower_ in ORG_NOUNS:
            continue  # 'Union president Sylvain Gagné': the union, not its name
        if (any(t.i in taken or t.ent_type_ not in ("", "ORG") or t.tag_ != "NNP" or not (t.is_title or t.is_upper)
                or t.lower_ in GIVEN_NAMES or t.lower_ in DEMONYMS or t.lower_ in TITLES for t in name)):
            continue
        found.append(Mention(start, k + 1, "ORG", start))
        taken.update(range(start, k + 1))
    return found


def _names_beside_people(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Names the model missed or called an organisation where the words around
    say a person: coordinated with a person ('Marcel Granollers and Feliciano
    Lopez', 'Serbia’s Novak Djokovic and Britain’s Andy Murray') or right after
    a person noun ('Pittsburgh center Maurkice Pouncey')."""
    by_end = {m.end - 1: m for m in mentions}
    found = []
    # 'Caitlyn Smith and Kate York' with 'Kate York' tagged a place: a place only
    # when the story never calls its last word a person ('York said').
    lone_people = {doc_tokens(doc)[m.start].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start == 1}

    def claim(span: tuple[int, int] | None) -> None:
        if span is None:
            return
        start, end = span
        existing = by_end.get(end - 1)
        if existing is not None and (existing.start, existing.end) == (start, end):
            if existing.label in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP") or (
                    existing.label in PLACE_LABELS and end - start > 1 and doc_tokens(doc)[end - 1].lower_ in lone_people):
                existing.label = "PERSON"
        elif not any(i in taken for i in range(start, end)) and not in_masked(doc, doc_tokens(doc)[start].idx, doc_tokens(doc)[end - 1].idx + 1):
            found.append(Mention(start, end, "PERSON", start))
            taken.update(range(start, end))

    def possessor(i: int) -> bool:  # 'Elon Musk’s SpaceX' coordinates companies, not people
        return i + 1 < len(doc) and doc_tokens(doc)[i + 1].tag_ == "POS"

    for m in [m for m in mentions if m.label == "PERSON" and m.end - m.start > 1 and not possessor(m.end - 1)]:
        head = doc_tokens(doc)[m.end - 1]
        partners = [c for c in children_of(head) if c.dep_ == "conj"]
        if head.dep_ == "conj":
            partners.append(head_of(head))
        for partner in partners:
            if partner.tag_ == "NNP" and not possessor(partner.i):
                claim(_name_span(doc, partner.i))
    for match in _PERSON_NOUN_THEN_CAPITAL.finditer(doc_text(doc)):  # a regex, not a walk over every token
        noun = doc.char_span(match.start(), match.end(1))
        if noun is None or len(noun) != 1:
            continue
        tok = noun[0]
        if tok.i + 2 < len(doc) and doc_tokens(doc)[tok.i + 1].tag_ == "NNP":
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc_tokens(doc)[end].tag_ == "NNP" and doc_tokens(doc)[end].text[:1].isupper():
                end += 1
            if end < len(doc) and doc_tokens(doc)[end].tag_ == "NNP":
                continue  # a longer run of names is not one person
            span = _name_span(doc, end - 1)
            claim(span if span is not None and span[0] == tok.i + 1 else None)
    return found


def _missed_organisations(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Untagged uses of a known organisation's first word, with the capitalised
    words after it ('Nordvind Composites, based in ...' once 'Nordvind' is known)."""
    heads: dict[str, set[str]] = defaultdict(set)  # first word -> the words of the names it starts
    for m in mentions:
        if m.label == "ORG" and doc_tokens(doc)[m.start].text[:1].isupper() and doc_tokens(doc)[m.start].lower_ not in DETERMINERS:
            heads[doc_tokens(doc)[m.start].text].update(t.lower_ for t in doc_tokens(doc)[m.start:m.end])
    if not heads:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + r")\b")
    found = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span.start in taken:
            continue
        if span[0].tag_ not in ("NNP", "NNPS") and not any(c.isupper() for c in span.text[1:]):
            continue  # (a name with capitals inside is one however tagged: 'WorkSafeBC has issued' as a plural noun)
        if span.end < len(doc) and doc_tokens(doc)[span.end].text in POSSESSIVE_MARKS and (
                span.text in _place_words(doc) or span.text.lower() in PROVINCES or span.text.lower() in CITIES):
            continue  # 'Ontario’s Ministry of Health' is no use of 'Ontario Provincial Police'
        if doc._.masked_spans and in_masked(doc, match.start(), match.end()):
            continue
        if span.end < len(doc) and doc_tokens(doc)[span.end].is_lower and doc_tokens(doc)[span.end].lower_ in ORG_NOUNS and doc_tokens(doc)[span.end].lower_ not in heads[span.text]:
            continue  # 'Winnipeg police' is no use of 'Winnipeg Fire Paramedic Service'
        start = _extend_org_left(doc, span.start, taken)  # 'SAFE Work' + 'Manitoba' is another body
        end = _extend_org(doc, span.start, span.end, taken)
        if end - start == 1 and (span.text.lower() in CITIES or span.text.lower() in PROVINCES):
            continue  # 'The Port of Vancouver' is no use of 'Vancouver Fraser Port Authority': the city alone is the city
        found.append(Mention(start, end, "ORG", start))
        taken.update(range(start, end))
    return found


_ORG_BY_LAST_WORD = re.compile(
    r"\b(?:[A-Z][\w&’'\-]*\s){1,4}(?:"
    + "|".join(sorted((w.capitalize() for w in ORG_NAME_WORDS if w.isalpha()), key=len, reverse=True))
    + r")s?\b"  # ('FlexFit Athletic Clubs')
)


# A union local: 'UNITE HERE Local 75', 'United Steelworkers Local 1-2017', 'CUPE Local 5167'.
_UNION_LOCAL = re.compile(r"\b(?:(?!(?:The|A|An|Their|Its|His|Her|Our)\b)[A-Z][\w&’'\-]*\s){1,5}Local \d+(?:-\d+)?\b")

# 'NLSchools', 'DriveBC': a run of capitals inside a word is a brand's, never a person's
# ('NHLers' is a player, 'CEOs' a plural).
_MIXED_CASE_NAME = re.compile(r"\b(?:[A-Z]{2,}[a-z]{2,}|[A-Z][a-z]+[A-Z]{2,})\b")
# A country's mission: 'The Embassy of the People’s Republic of China in Canada said', which the
# model cuts to the country.
_MISSION = re.compile(
    r"\b(?:Embassy|High Commission|Consulate(?: General)?) of (?:the )?[A-Z][\w’'\-]+(?:(?: of)?(?: the)? [A-Z][\w’'\-]+){0,3}"
    r"(?= (?:in|said|says)\b|[,.;])"
)
_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:(?:Regional )?(?:District|Municipality)|City|Town|Township|County|Region|Village) of [A-Z][\w’'\-]+(?: (?!Public\b)[A-Z][\w’'\-]+)?"
    r"(?: Public Health\b)?"  # its health unit: 'Region of Waterloo Public Health'
)

# The Crown as a party in court: 'Lawyers for the Attorney General of Canada argued'.
_ATTORNEY_GENERAL = re.compile(
    r"\bAttorney General of (?:Canada|Ontario|Quebec|Alberta|Saskatchewan|Manitoba|British Columbia|B\.C\.|Nova Scotia"
    r"|New Brunswick|Prince Edward Island|Newfoundland and Labrador)\b")


# A Quebec body's French name, which the model cuts at its lower-case words: 'Alliance des
# professionnels de la santé du Québec', 'Association des boulangers artisans du Québec'.
_FRENCH_BODY = re.compile(
    r"\b(?:Association|Service|Alliance|Fédération|Confédération|Syndicat|Centrale|Conseil|Société|Régie|Ordre|Collège"
    r"|Institut|Regroupement|Coalition|Mouvement|Front|Union|Chambre)"
    r"(?: [a-zà-ÿ]+(?:ale|aux|ienne|ien|ique|aise|ais))?"  # an adjective: 'Société nationale de l’Acadie'
    r"(?: (?:des|de la|de l’|de l'|du|de|d’|d'|et|pour) ?[\wÀ-ÿ’'\-]+(?: [a-zà-ÿ][\wÀ-ÿ’'\-]*){0,2})*"
    r" (?:du|de la|de l’|de l'|de|des|d’|d') ?[A-ZÀ-Ý][\wÀ-ÿ’'\-]+"
)


# Quebec bodies whose names go on in lower case: 'Tribunal administratif du logement',
# 'Régie du logement', 'Office québécois de la langue française'.
_FRENCH_BODY_IN_LOWER_CASE = re.compile(
    r"\b(?:Tribunal|Régie|Office|Commission|Conseil|Bureau)(?: [a-zà-ÿ]+)? (?:du|de la|des|de l’|de l')[ ]?[a-zà-ÿ]+"
    r"(?: (?:du|de la|des|de l’|de l'|et de la|et du|et des)[ ]?(?:[a-zà-ÿ]+|Québec))*"
    r"(?: [a-zà-ÿ]+(?:aise|ais|ique|ienne|ien|ale|ive|if)\b)?"  # an adjective closing it: '... de la langue française'
)


_CITY_TEAM = re.compile(
    r"\b(?=[A-ZÀ-Ý])(?:" + "|".join(sorted((" ".join(w.capitalize() for w in place.split()) for place in CITIES | PROVINCES), key=len, reverse=True))
    + r")(?: [A-Z][\w’'\-]+)? [A-Z][\w’'\-]+s\b"
)


def _bodies_by_pattern(doc: Doc, mentions: list[Mention], find,
                       may_hold=lambda m: m.label != "PERSON", fits=lambda span: True) -> None:
    """Each match ``find`` finds in the text that ``fits`` is one organisation, replacing the
    mentions the model made inside it (a place, a cut name) when it ``may_hold``
    them all, by default unless it would swallow a person: 'A former City of
    Winnipeg fire inspector' (_LOCAL_GOVERNMENT), 'Alliance des professionnels de
    la santé du Québec' (_FRENCH_BODY)."""
    for match in find(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]  # 'Under the City of Edmonton’s bylaw'
        if span is None or (doc._.masked_spans and in_masked(doc, match.start(), match.end())) or not fits(span):
            continue
        inside = [m for m in mentions if m.start < span.end and span.start < m.end]
        if all(may_hold(m) and span.start <= m.start and m.end <= span.end for m in inside):
            for m in inside:
                mentions.remove(m)
            mentions.append(Mention(span.start, span.end, "ORG", span.start))


def _organisations_by_last_word(doc: Doc, taken: set[int]) -> list[Mention]:
    """Untagged capitalised names ending like an organisation ('Hanbit Robotics')."""
    found = []
    for match in _ORG_BY_LAST_WORD.finditer(doc_text(doc)):
        # (or with the full stop of an abbreviation the tokenizer keeps: 'Northern Harbour Seafoods Ltd.')
        span = doc.char_span(match.start(), match.end()) or doc.char_span(match.start(), match.end() + 1)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        start = span.start
        while start < span.end - 1 and (doc_tokens(span.doc)[start].lower_ in DETERMINERS
                                        or not doc_tokens(span.doc)[start].is_title and not _CAMEL_CASE.match(doc_tokens(span.doc)[start].text)
                                        or doc_tokens(span.doc)[start].is_sent_start and doc_tokens(span.doc)[start].tag_ != "NNP"):
            start += 1  # 'The Hanbit Robotics', sentence-initial 'Shares' (not 'CareBridge Staffing Solutions')
        if start == span.start:
            start = _extend_org_left(doc, start, taken)  # 'National Disaster Risk Reduction and' + 'Management Council'
        if span.end - start < 2 or (doc._.masked_spans and in_masked(doc, match.start(), match.end())):
            continue
        if any(doc_tokens(doc)[i].ent_type_ not in ("", "GPE", "NORP", "LOC") for i in range(start, span.end)):
            continue  # 'Monday Police': a date or other entity inside ('Saskatchewan Public Safety Agency': a place is fine)
        found.append(Mention(start, span.end, "ORG", start))
        taken.update(range(start, span.end))
    return found


# 'Immigration, Refugees and Citizenship Canada (IRCC)': words, then an acronym in brackets.
# French names keep their common nouns in lower case: 'Directeur des poursuites criminelles et pénales (DPCP)'.
_ACRONYM_AFTER_NAME = re.compile(r" \(([A-Z]{2,6})\)|, known as ([A-Z]{2,6})\b")  # '... (SIU)', '..., known as EHS'
# The words before it, found back from the acronym (a regex run from every capital would be slow).
_WORDS_BEFORE_ACRONYM = re.compile(
    r"(?:[A-ZÀ-Ý][\w’'\-]*|of|for|and|on|the|de|du|des|la|le|et|&)(?:,? (?:[A-ZÀ-Ý][\w’'\-]*|&|[a-zà-ÿ][\w’'\-]*)){1,9}\Z"
)
_ACRONYM_LINKS = frozenset("of for and on the de du des la le et &".split())
# Words an acronym leaves out: 'CMHC', 'STM' (Société de transport de Montréal).
_ACRONYM_SKIPPED = frozenset("of and the for on in de du des la le et".split())


def _initials(name: str, spell_short_acronyms: bool = False) -> str:
    """What an acronym of ``name`` spells, lower case: 'cmhc' for Canada Mortgage and Housing
    Corporation; with ``spell_short_acronyms``, 'bcws' for BC Wildfire Service."""
    if spell_short_acronyms:
        words = [w for w in _NICKNAME.sub(" ", name).replace("-", " ").split() if w.lower() not in _ACRONYM_SKIPPED]
        return "".join(w.lower() if w.isupper() and len(w) <= 3 else w[0].lower() for w in words if w[0].isalnum())
    return "".join(w[0] for w in name_words(name) if w not in _ACRONYM_SKIPPED)


def _names_spelled_before_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation named in full before its acronym in brackets ('The Special
    Investigations Unit (SIU)'), however the model tagged or split it: the capitalised
    words whose initials spell the acronym, read back from the bracket."""
    text = doc_text(doc)
    for acronym in _ACRONYM_AFTER_NAME.finditer(text):
        window_start = max(0, acronym.start() - 160)
        match = _WORDS_BEFORE_ACRONYM.search(text, window_start, acronym.start())
        if match is None:
            continue
        letters = acronym.group(1) or acronym.group(2)
        words = [w.group(0) for w in re.finditer(r"[\w’'\-&]+", match.group(0))]
        k, spelled = _initials_back(words, len(words), len(letters))
        if spelled != letters and len(words) > 2:
            # 'Innovation, Science and Economic Development Canada (ISED)': the country outside the letters
            k, spelled = _initials_back(words, len(words) - 1, len(letters))
        if spelled != letters or k < 0 or (k + 1 < len(words) and words[k].lower() in _ACRONYM_LINKS) or not words[k][0].isupper():
            continue
        offsets = list(re.finditer(r"[\w’'\-&]+", match.group(0)))
        span = doc.char_span(match.start() + offsets[k].start(), match.start() + offsets[-1].end(), alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        for m in mentions:  # 'Nova Scotia Health and' + 'Emergency Health Services, known as EHS': two bodies
            if m.start < span.start < m.end:
                m.end = span.start - (doc_tokens(doc)[span.start - 1].lower_ in ("and", "&"))
        mentions = [m for m in mentions if (m.end <= span.start or m.start >= span.end) and m.end > m.start]
        mentions.append(Mention(span.start, span.end, "ORG", span.start))
    return mentions


def _initials_back(words: list[str], end: int, count: int) -> tuple[int, str]:
    """The first ``count`` initials of ``words[:end]`` read back from its end, link
    words ('of', 'and') skipped, and the index of the word where they start."""
    k, spelled = end, ""
    while k > 0 and len(spelled) < count:
        k -= 1
        if words[k].lower() not in _ACRONYM_LINKS:
            spelled = words[k][0].upper() + spelled
    return k, spelled


_COMPANY_SUFFIXES_TEXT = (
    "AI Inc Inc. Corp Corp. Ltd Ltd. LLC PLC plc AG SA GmbH Co. Technologies Labs Robotics Systems Therapeutics "
    "Biosciences Pharmaceuticals Holdings"
)
# A company suffix as name_words() spells it ('Corp.' -> 'corp').
_COMPANY_SUFFIX_WORDS = frozenset(w.lower().rstrip(".") for w in _COMPANY_SUFFIXES_TEXT.split()) | {
    "group", "properties", "management", "digital", "residential"}
# How a company's legal name ends.
_LEGAL_SUFFIXES = frozenset({"inc", "corp", "ltd", "limited", "incorporated", "corporation", "llc", "plc", "ulc"})
# A country closing an agency's name and left out of its acronym.
_COUNTRY_WORDS = frozenset({"canada", "australia", "ireland", "scotland", "wales", "england"})
# A province closing a body's name, which its acronym may leave out.
_PROVINCE_CLOSING_A_NAME = re.compile(r"(?: of)? (?:B\.C\.|BC|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\Z")
# What follows a company's name and makes it one: 'Lumenfold AI', 'Borealis Nickel Corp.'.
_COMPANY_SUFFIXES = frozenset(_COMPANY_SUFFIXES_TEXT.split())


def _company_suffixes(doc: Doc, mentions: list[Mention]) -> None:
    """'Lumenfold' tagged a person and 'AI' left out: a name followed by a company suffix
    is that company; one followed by capitalised words ending like a place is that
    place ('Garibaldi Provincial Park')."""
    # 'Redwater' + 'Property Group', 'Baxter' + 'Excavating Ltd.', 'Public Health Agency of' + 'Canada':
    # the model cut an organisation's name in two
    merged = []
    for m in sorted(mentions, key=lambda m: m.start):
        before = merged[-1] if merged and merged[-1].end == m.start else None
        if before is not None and (
                doc_tokens(doc)[m.end - 1].lower_.rstrip(".") in _COMPANY_SUFFIX_WORDS and doc_tokens(doc)[before.end - 1].is_title and not doc_tokens(doc)[before.end - 1].is_punct
                or before.label == "ORG" and doc_tokens(doc)[before.end - 1].lower_ in _ORG_LINKS | {"and", "&"} and m.label in ("GPE", "LOC", "ORG")):
            before.end, before.label = m.end, "ORG"
            continue
        merged.append(m)
    mentions[:] = merged
    starts = {m.start for m in mentions}
    companies = set()
    for m in mentions:
        # 'Garibaldi' + 'Provincial Park': capitalised words after a name that end like a place
        end = _untagged_names_end(doc, m.end, starts)
        if m.label in ("PERSON", "ORG") and end > m.end and doc_tokens(doc)[end - 1].lower_ in PLACE_NAME_WORDS:
            m.end, m.label = end, "LOC"
            continue
        if m.label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT") and end > m.end + 1 and doc_tokens(doc)[end - 1].text in _COMPANY_SUFFIXES:
            companies.add(span_text(doc, m.start, m.end))  # 'Norcast' + 'Automotive Inc'
            m.end, m.label = end, "ORG"
            continue
        if m.label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT") and m.end < len(doc) and doc_tokens(doc)[m.end].text in _COMPANY_SUFFIXES and m.end not in starts:
            m.end, m.label = m.end + 1, "ORG"
            companies.add(span_text(doc, m.start, m.end - 1))
    for m in mentions:  # and the name alone is the company too
        if m.label == "PERSON" and span_text(doc, m.start, m.end) in companies:
            m.label = "ORG"


def _untagged_names_end(doc: Doc, end: int, stop: set[int]) -> int:
    """Where the capitalised proper nouns the model left untagged after ``end`` stop."""
    while end < len(doc) and end not in stop and doc_tokens(doc)[end].tag_ == "NNP" and doc_tokens(doc)[end].is_title and not doc_tokens(doc)[end].ent_type_:
        end += 1
    return end


def joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written without spaces between two words ('Gagnon-Roy')."""
    return doc_tokens(doc)[i].text == "-" and i > 0 and not doc_tokens(doc)[i - 1].whitespace_ and not doc_tokens(doc)[i].whitespace_ and i + 1 < len(doc)


def _join_hyphenated(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Émilie Gagnon' + '-' + 'Roy': a name the model split at a hyphen is one name,
    and so is one it cut before a hyphenated part ('Marchand' of 'Marchand-Whitfield');
    a department named by a list is one ('Department of Labour, Skills and Immigration')."""
    joined: list[Mention] = []
    for m in mentions:
        last = joined[-1] if joined else None
        if last is not None and last.end + 1 == m.start and joined_by_hyphen(doc, last.end) and "PERSON" in (last.label, m.label):
            last.end, last.label = m.end, "PERSON"
            continue
        if last is not None and last.label == m.label == "PERSON" and last.end == m.start and doc_tokens(doc)[m.start].is_title:
            last.end = m.end  # 'Harjit Kaur' + 'Dhillon': names do not stand side by side
            continue
        if (last is not None and last.label == "PERSON" and last.end - last.start == 3 and joined_by_hyphen(doc, last.start + 1)
                and last.end == m.start and m.end - m.start == 1 and doc_tokens(doc)[m.start].is_title and doc_tokens(doc)[m.start].tag_ == "NNP"):
            last.end = m.end  # 'Marc-André' + 'Sauvé' (taken for a place): a hyphenated given name, then the family name
            continue
        if (last is not None and last.end == m.start and last.end - last.start == 1 and m.end - m.start == 1
                and doc_tokens(doc)[last.start].is_title and doc_tokens(doc)[m.start].is_title
                and (doc_tokens(doc)[last.start].lower_ in TITLED_GIVEN_NAMES or speaks(doc_tokens(doc)[m.start]))
                and (speaks(doc_tokens(doc)[m.start]) or last.start > 0 and doc_tokens(doc)[last.start - 1].lower_ in PERSON_NOUNS)
                and last.start > 0 and doc_tokens(doc)[last.start - 1].lower_ in PERSON_NOUNS | TITLES):
            last.end, last.label = m.end, "PERSON"  # 'Sweden coach [Magnus] [Strandberg] said': a place and a body, cut
            continue
        if (last is not None and last.label == "ORG" and m.label == "ORG" and last.end + 1 == m.start and doc_tokens(doc)[last.end].text == ","
                and any(t.lower_ == "of" for t in doc_tokens(doc)[last.start:last.end]) and any(t.lower_ == "and" for t in doc_tokens(doc)[m.start:m.end])):
            last.end = m.end  # 'Department of Labour' + ', ' + 'Skills and Immigration': one department
            continue
        if (last is not None and last.end + 1 == m.start and doc_tokens(doc)[last.end].lower_ == "and"
                and span_text(doc, last.start, m.start + 1).lower() in PROVINCES and not any(t.lower_ in TITLES for t in doc_tokens(doc)[m.start:m.end])):
            # 'Newfoundland' + 'and' + 'Labrador Hydro' (whatever the model called them): the province, or a body named for it
            last.end, last.label = m.end, "GPE" if m.end - m.start == 1 else "ORG"
            continue
        joined.append(m)
    starts = {m.start for m in joined}
    for m in joined:
        if m.label == "PERSON":
            while m.end + 1 < len(doc) and joined_by_hyphen(doc, m.end) and doc_tokens(doc)[m.end + 1].is_title and m.end + 1 not in starts:
                m.end += 2
    return joined


def _agency_names(doc: Doc, mentions: list[Mention]) -> None:
    """'Environment Canada', 'Statistics Canada', 'Air Canada' where the model tagged
    only the country: a capitalised noun right before a place names an organisation
    (not a region: 'Western Canada', 'Greater Toronto'); so do capitalised words
    after a place that end like one ('Halifax Regional Municipality')."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "GPE":
            continue
        # 'Halifax' + 'Regional Municipality': capitalised words after a place ending like an organisation
        end = _untagged_names_end(doc, m.end, taken)
        if end > m.end and doc_tokens(doc)[end - 1].lower_ in ORG_NAME_WORDS:
            m.end, m.label = end, "ORG"
            continue
        if m.end - m.start != 1 or m.start == 0:
            continue
        word = doc_tokens(doc)[m.start - 1]
        if (word.tag_ == "NNP" and word.is_title and word.i not in taken and word.lower_ not in _REGION_WORDS
                and word.lower_ not in TITLES and word.text not in _STOP_EXTEND and word.lower_ not in GIVEN_NAMES):
            m.start, m.label = m.start - 1, "ORG"


def _complete_given_names(doc: Doc, mentions: list[Mention]) -> None:
    """'Chrystia' tagged a place and 'Freeland' left out: a lone common given name
    followed by an untagged capitalised proper noun is that person's full name; so is
    'Beatriz' left out before 'Salgado' tagged a place, when a role follows in apposition."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.label in RELABELABLE and m.end - m.start == 1 and doc_tokens(doc)[m.start].lower_ in GIVEN_NAMES and m.end < len(doc):
            family = doc_tokens(doc)[m.end]
            if _given_name_like(family) and not family.ent_type_ and family.i not in starts and family.lower_ not in GIVEN_NAMES:
                m.end, m.label = m.end + 1, "PERSON"
        elif m.label in PLACE_LABELS and m.end - m.start == 1 and m.start > 0 and m.start not in ends:
            given, family = doc_tokens(doc)[m.start - 1], doc_tokens(doc)[m.start]
            if (given.lower_ in GIVEN_NAMES and given.is_title and not given.ent_type_ and _given_name_like(given)
                    and family.lower_ not in CITIES and family.lower_ not in PROVINCES
                    and any(c.dep_ == "appos" and c.is_lower for c in children_of(family))):
                m.start, m.label = m.start - 1, "PERSON"
                m.title_start = min(m.title_start, m.start)


def _followed_by_personal_pronoun(doc: Doc, m: Mention) -> bool:
    """A name the model called an organisation or a facility is the subject of its
    clause and followed by he/she/his/her (an organisation is 'it')."""
    return m.label in ("ORG", "NORP", "FAC", "PRODUCT") and _subject_followed_by_he_or_she(doc, doc[m.start:m.end])


def _subject_followed_by_he_or_she(doc: Doc, name: Span) -> bool:
    """Capitalised proper nouns, the subject of their clause, followed in their
    sentence by he/she/his/her before any other name."""
    last = doc_tokens(doc)[name.end - 1]
    if (last.dep_ not in ("nsubj", "nsubjpass") or not all(t.tag_ == "NNP" and t.is_title for t in _name_tokens(doc, name))
            or last.lower_ in ORG_NAME_WORDS or last.lower_ in PLACE_NAME_WORDS):
        return False  # the subject of its clause: 'Rae-Lynn Petrowsky stands on ... her front porch'
    for tok in doc_tokens(doc)[name.end:doc_tokens(doc)[name.start].sent.end]:
        if tok.ent_type_ in _NAME_LABELS or tok.lower_ in ("it", "its", "which"):
            return False  # (a date or a number names no one: 'had two years to think about the last time she')
        if tok.lower_ in HE_OR_SHE:
            return True
    return False


def _name_tokens(doc: Doc, m: Mention | Span) -> list:
    """A mention's (or a span's) words, the hyphens inside its names left out ('Anne-Sophie Bélanger': 3)."""
    return [t for t in doc_tokens(doc)[m.start:m.end] if not (t.i > m.start and joined_by_hyphen(doc, t.i))]


# Family names with a capital inside, which str.istitle() refuses: 'd'Entremont', 'LeBlanc', 'McKenzie'.
_INNER_CAPITAL_NAME = re.compile(r"(?:[dDOL]['’]|Mc|Mac|De|Le|La|Di|Du|Van)[A-ZÀ-Ý][a-zà-ÿ]+")


def _name_cased(tok) -> bool:
    return tok.is_title or bool(_INNER_CAPITAL_NAME.fullmatch(tok.text))


def _given_and_family_name(doc: Doc, m: Mention) -> bool:
    """Two or three capitalised proper nouns starting with a common given name and
    ending in no organisation or place word: 'Marit Stiles', not 'Tim Hortons'
    (a plural), 'Grace Church' or 'Virginia Beach'."""
    tokens = _name_tokens(doc, m)
    return (
        2 <= len(tokens) <= 3
        and tokens[0].lower_ in GIVEN_NAMES
        and all(t.tag_ == "NNP" and _name_cased(t) and t.lower_ not in ORG_NOUNS for t in tokens)
        and tokens[-1].lower_ not in ORG_NAME_WORDS
        and tokens[-1].lower_ not in PLACE_NAME_WORDS
    )


def _given_name_like(tok, before_known_surname: bool = False) -> bool:
    """``tok`` may be a given name. Before a family name the story knows, a word
    taken for a plural may be one too ('Taras Hnatiuk remembers')."""
    return (
        (tok.tag_ == "NNP" or tok.tag_ == "NNPS" and (before_known_surname or tok.lower_ in TITLED_GIVEN_NAMES))  # 'Ines' taken for a plural
        and _name_cased(tok)
        and tok.lower_ not in TITLES
        and tok.lower_ not in TEAM_POSITIONS  # 'Third Dylan Fehr calls it ...'
        and tok.text not in _STOP_EXTEND
        and (not _occupational(tok.lower_) and tok.lower_ not in PERSON_NOUNS or tok.lower_ in GIVEN_NAMES)  # 'Devinder', not 'Manager', 'Neighbour'
        and not (tok.is_sent_start and _plural_job(tok))  # nor 'Paramedics'
        and tok.lower_ not in ORG_NOUNS
        and tok.lower_ not in CITIES  # 'the Montréal Victoire'
    )


def _drop_swallowed(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside a strictly longer one, in their order (one sweep by start)."""
    swallowed = set()
    reach = -1  # furthest end among mentions starting strictly before the current start
    group_start, group_reach, group_len = None, -1, 0
    for k in sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -(mentions[k].end - mentions[k].start))):
        m = mentions[k]
        if m.start != group_start:
            reach = max(reach, group_reach)
            group_start, group_reach, group_len = m.start, m.end, m.end - m.start
        elif m.end < group_reach and group_len > m.end - m.start:
            swallowed.add(k)
            continue
        if reach >= m.end:
            swallowed.add(k)
    return [m for k, m in enumerate(mentions) if k not in swallowed]


_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")


def _settle_people(doc: Doc, mentions: list[Mention]) -> None:
    surnames = {doc_tokens(doc)[m.end - 1].lower_ for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    words = _story_words(doc, mentions)
    for m in mentions:
        if m.label == "PERSON":
            first = doc_tokens(doc)[m.start]
            if (m.end - m.start == 2 and first.is_sent_start and first.lower_.endswith("ing")
                    and first.lower_ not in GIVEN_NAMES and doc_tokens(doc)[m.end - 1].lower_ in surnames
                    and any(o.end - o.start > 1 and doc_tokens(doc)[o.start].lower_ != first.lower_ and doc_tokens(doc)[o.end - 1].lower_ == doc_tokens(doc)[m.end - 1].lower_ for o in mentions if o.label == "PERSON")):
                m.start += 1  # 'Hosting Cook at Dreamforce ...' once 'Tim Cook' is known
            _strip_titles(doc, m, words)
            if not _plausible_person(doc, m, words):
                # (an acronym opening it is a body's too: 'OC Transpo')
                m.label = "ORG" if doc_tokens(doc)[m.start].is_title or _ACRONYM_WORD.fullmatch(doc_tokens(doc)[m.start].text) else "MISC"


# Words that make a region of a province, not a body: 'Northern Ontario', 'Rural Nova Scotia'.
_REGION_WORDS = _DIRECTIONS | frozenset(
    "northern southern eastern western northeastern northwestern southeastern southwestern central atlantic "
    "rural urban greater downtown coastal interior upper lower mid all across".split())


def _bodies_named_for_a_province(doc: Doc, mentions: list[Mention]) -> None:
    """'Service Alberta', 'Doctors Nova Scotia', 'Hockey Canada': a capitalised noun the model
    left untagged before a province or 'Canada' it tagged a place names one body."""
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m.start == 0 or m.start - 1 in tagged:
            continue
        name = span_text(doc, m.start, m.end)
        word = doc_tokens(doc)[m.start - 1]
        if ((name.lower() in PROVINCES or name == "Canada") and word.is_title and word.is_alpha and word.tag_ in ("NNP", "NNPS", "NNS", "NN")
                and word.lower_ not in _REGION_WORDS and word.lower_ not in TITLES and word.lower_ not in DETERMINERS
                and not (m.start > 1 and doc_tokens(doc)[m.start - 2].is_title and doc_tokens(doc)[m.start - 2].is_alpha and not doc_tokens(doc)[m.start - 2].is_sent_start)):
            m.start, m.label = m.start - 1, "ORG"
            m.title_start = min(m.title_start, m.start) if m.title_start >= 0 else m.start


_BODY_LAST_WORDS = ORG_NAME_WORDS | {"service", "regulator"}


def _bodies_named_after_a_place(doc: Doc, mentions: list[Mention]) -> None:
    """'the Waterloo Region District School Board' tagged 'Waterloo Region': a place the
    model tagged, then untagged capitalised words ending like a body, is that body."""
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label not in PLACE_LABELS:
            continue
        end = m.end
        while end < len(doc) and end - m.end < 5 and end not in tagged and doc_tokens(doc)[end].is_title and doc_tokens(doc)[end].tag_ in ("NNP", "NNPS"):
            end += 1
        if end > m.end and doc_tokens(doc)[end - 1].lower_ in _BODY_LAST_WORDS:
            tagged.update(range(m.end, end))
            m.end, m.label = end, "ORG"


def collect_mentions(doc: Doc) -> list[Mention]:
    """The model's entities, trimmed, completed and relabelled (not yet canonical)."""
    nicknamed = _nickname_mentions(doc)
    nick_tokens = {i for m in nicknamed for i in range(m.start, m.end)}
    mentions = list(nicknamed)
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS and ent.label_ not in RELABELABLE:
            continue
        if doc._.masked_spans and in_masked(doc, ent.start_char, ent.end_char):
            continue
        if any(i in nick_tokens for i in range(ent.start, ent.end)):
            continue
        start, end = _trim(doc, ent.start, ent.end, ent.label_)
        label = ent.label_
        if label == "ORG" and end < ent.end - 1 and doc_tokens(doc)[end].lower_ in (",", "at") and all(
                t.is_title or t.is_upper for t in doc_tokens(doc)[end + 1:ent.end]):
            # 'to The Globe and Mail, Export Development Canada said': the list's last name is a body too,
            # as is the university of 'The Northern Tornadoes Project at Western University'
            mentions.append(Mention(end + 1, ent.end, label, end + 1))
        if doc_tokens(doc)[end - 1].text == "St." and end + 1 < len(doc) and doc_tokens(doc)[end].is_title and doc_tokens(doc)[end + 1].text in POSSESSIVE_MARKS:
            end += 2  # 'The City of St.' + 'John’s': the saint's ’s is part of a place's name
        if label == "PERSON" and end - start > 1 and end < len(doc) and doc_tokens(doc)[end].text == "." and doc_tokens(doc)[end - 1].lower_ + "." in TITLES:
            # 'Toronto Coun. Josh Matlow': the tokenizer split the title's full stop off
            # and the model took place and title for a person; the place is left.
            end, label = end - 1, "GPE"
        if label == "ORG" and end - start > 1 and doc_tokens(doc)[start].text in _SENTENCE_CLOSING_PROVINCES:
            start += 1  # 'near Estevan, Sask. SaskPower says': a caption's place closed a sentence
        if label == "ORG" and end < len(doc) and doc_tokens(doc)[end].lower_ == "minister":
            place = next((k for k in range(start + 1, min(end, start + 3)) if _province_words(doc[start:k])), None)
            if place is not None:
                end, label = place, "GPE"  # 'B.C. Energy Minister Harjit Grewal': the province, then the portfolio
        if label == "ORG" and not any(c.isupper() for c in span_text(doc, start, end)):
            continue  # 'China’s commerce ministry': a description, not an organisation's name
        if label == "ORG" and end - start >= 4 and any(t.tag_ in _CLAUSE_TAGS for t in doc_tokens(doc)[start:end]):
            continue  # a title-case headline: 'This Mississauga Woman Weighed Her Cereal On TikTok'
        if label in ("ORG", "PERSON") and all(t.lower_ in TITLES or joined_by_hyphen(doc, t.i) for t in doc_tokens(doc)[start:end]):
            continue  # 'Assistant Crown' (attorney Melissa Tran), 'Clerk' (of the Privy Council): a title, not a name
        if end > start:
            mentions.append(Mention(start, end, label, _title_start(doc, start)))
    mentions = _split_run_together_names(doc, sorted(mentions, key=lambda m: m.start))
    mentions = _people_of_organisations(doc, mentions)
    _titled_people_in_organisations(doc, mentions)
    mentions = _join_hyphenated(doc, mentions)
    mentions = _given_names_taken_for_places(doc, mentions)
    _company_suffixes(doc, mentions)
    _complete_given_names(doc, mentions)
    _agency_names(doc, mentions)
    _relabel(doc, mentions)
    _bodies_named_for_a_province(doc, mentions)  # (once 'Alberta' tagged a person is a place again)
    _bodies_named_after_a_place(doc, mentions)
    _settle_people(doc, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        own = set(range(m.start, m.end))
        if m.label == "PERSON":
            start, end = _extend_person(doc, m.start, m.end, taken - own)
            m.title_start = min(m.title_start, start)
            m.start, m.end = start, end
        elif m.label == "ORG":
            m.start = _extend_org_left(doc, m.start, taken - own)
            m.end = _extend_org(doc, m.start, m.end, taken - own)
        taken.update(range(m.start, m.end))
    # Drop mentions swallowed by an extension ('Digital Privacy' in 'Berlin Office for Digital Privacy').
    mentions = _drop_swallowed(mentions)
    _relabel(doc, mentions)  # completed names settle their short forms ('Beltrán' after 'Ana Beltrán')
    _settle_people(doc, mentions)  # ... and may have made people of them ('Hosting Cook at Dreamforce')
    mentions.extend(_untagged_subject_names(doc, taken))
    mentions.extend(_missed_names(doc, mentions, taken))
    mentions.extend(_names_beside_people(doc, mentions, taken))
    mentions.extend(_names_before_who(doc, taken))
    mentions.extend(_names_after_offices(doc, taken))
    mentions.extend(_titled_names(doc, mentions, taken))
    mentions.extend(_employers_before_roles(doc, mentions, taken))
    _settle_name_parts(doc, mentions)  # 'Marchand' tagged ORG once 'Theo Marchand, who' is found
    mentions.extend(_missed_organisations(doc, mentions, taken))
    mentions.extend(_organisations_by_last_word(doc, taken))
    _bodies_by_pattern(doc, mentions, _LOCAL_GOVERNMENT.finditer)  # the city as a body, where the model tagged the place
    _bodies_by_pattern(doc, mentions, _MISSION.finditer)  # an embassy, where the model tagged its country
    _bodies_by_pattern(doc, mentions, _ATTORNEY_GENERAL.finditer)
    # French names the model cuts at their lower-case words (and 'de l’Acadie' is nobody)
    _bodies_by_pattern(doc, mentions, _FRENCH_BODY.finditer, may_hold=lambda m: m.label != "PERSON" or doc_tokens(doc)[m.start].is_lower)
    _bodies_by_pattern(doc, mentions, _FRENCH_BODY_IN_LOWER_CASE.finditer)
    _bodies_by_pattern(doc, mentions, _UNION_LOCAL.finditer)  # a union local, which the model cuts at its number
    # a team named by its city or province ('Ottawa Senators', 'Saskatchewan Roughriders'), left untagged or a work of art
    _bodies_by_pattern(doc, mentions, _CITY_TEAM.finditer, fits=lambda span: span[-1].tag_ == "NNPS" and not any(
        t.lower_ in ORG_NAME_WORDS or t.lower_ in PLACE_NAME_WORDS or t.lower_ in ORG_NOUNS for t in span[1:]))
    _bodies_by_pattern(doc, mentions, _MIXED_CASE_NAME.finditer, fits=lambda span: len(span) == 1 and not span.text.endswith(("er", "ers")))
    _names_given_alone(doc, mentions)
    _names_with_hyphenated_given_names(doc, mentions)
    mentions = _names_spelled_before_acronyms(doc, mentions)
    mentions = _department_names(doc, mentions)
    mentions = _names_split_at_and(doc, mentions)
    mentions.extend(_untagged_acronyms(doc, mentions, {i for m in mentions for i in range(m.start, m.end)}))
    _company_suffixes(doc, mentions)  # recovered names too ('Lumenfold' found again before 'AI')
    _short_forms_of_bodies(doc, mentions)
    mentions = _police_of_places(doc, mentions)
    mentions = _names_cut_at_hyphens(doc, mentions)
    _unvouched_lone_names(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    return [m for m in mentions if m.label in KEPT_LABELS]


# What a family calls its own, capitalised like a name.
_FAMILY_NAMES_FOR_KIN = frozenset("grandma grandpa granny nana nan papa mama mamá mommy daddy auntie".split())


def _vouched_person(doc: Doc, m: Mention) -> bool:
    """Something besides the model says this one-word name is a person: a given
    name, a title ('President Trump', 'Mr. Kaleta'), the words around it, or a
    speech verb it is the subject of ('Odom said')."""
    tok = doc_tokens(doc)[m.start]
    if tok.lower_ in KINSHIP_NOUNS or tok.lower_ in _FAMILY_NAMES_FOR_KIN:
        return False  # 'after Mom died', 'Grandma said': a relative called by what they are
    return (
        tok.lower_ in GIVEN_NAMES
        or "-" in tok.text  # 'Jean-Robert'
        or m.title_start < m.start
        or (m.start > 0 and doc_tokens(doc)[m.start - 1].lower_.rstrip(".") in TITLES)
        or (tok.dep_ in ("nsubj", "nsubjpass") and (speech_lemma(head_of(tok)) is not None or any(
            t.lower_ in HE_OR_SHE for t in doc_tokens(doc)[m.end:tok.sent.end])))  # 'Kirby did not ..., but he
        or _cue_label(doc, m, "") == "PERSON"
        or (tok.dep_ == "appos" and head_of(tok).lower_ in ("name", "nickname"))  # 'gave only her first name, Simran'
        or (m.start > 0 and doc_tokens(doc)[m.start - 1].lower_ == "named")
        or (m.start > 1 and doc_tokens(doc)[m.start - 1].lower_ == "as" and doc_tokens(doc)[m.start - 2].lower_ in ("identified", "only"))
    )


def _unvouched_lone_names(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word 'person' that is no part of a full name in the story and that
    nothing vouches for at any of its mentions is the small model's guess at a
    capitalised word ('Attendance was 11,806', 'the so-called Westray
    amendments', 'in nearby Cambridge'): news names people in full, or gives a
    title, a role or a quote with the surname."""
    in_full_names = {doc_tokens(doc)[i].lower_ for m in mentions if m.label == "PERSON" and len(_name_tokens(doc, m)) > 1
                     for i in range(m.start, m.end)}
    lone = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start == 1 and doc_tokens(doc)[m.start].lower_ not in in_full_names:
            lone[doc_tokens(doc)[m.start].lower_].append(m)
    for same_word in lone.values():
        if not any(_vouched_person(doc, m) for m in same_word):
            for m in same_word:
                m.label = "MISC"


# -- canonical names -----------------------------------------------------------------
_DEPARTMENT_OF = {("department", "of"), ("ministry", "of")}


def canonicalise(doc: Doc, mentions: list[Mention]) -> None:
    """Give every mention its story-level name.

    People and organisations: the longest name of the same kind containing
    the mention; when two full names share it ('Ella Ben Ami', 'Ohad Ben
    Ami'), the nearest one mentioned before (else after). Acronyms go to
    their spelled-out organisation ('IDF'). Everything else: its text.
    """
    texts = [span_text(doc, m.start, m.end) for m in mentions]
    for label in ("PERSON", "ORG"):
        named = [(i, name_words(t)) for i, (m, t) in enumerate(zip(mentions, texts)) if m.label == label]
        holders: dict[tuple[str, ...], list[int]] = defaultdict(list)  # full name -> its mentions
        for j, full in named:
            holders[full].append(j)
        parts = _name_parts(full for _, full in named)
        for i, words in named:
            candidates = sorted((j, full) for full in parts.get(words, ()) for j in holders[full])
            if label == "ORG":  # an organisation's short form is its start ('Lakeland' -> 'Lakeland Health')
                # ('Police' is no short form of 'Police Services Board': a common noun, not a name)
                starts = [(j, full) for j, full in candidates if full[: len(words)] == words and not (
                    len(words) == 1 and words[0] in ORG_NOUNS) and not (
                    # 'Grand River University' is a body of its own, not short for its Faculty Association
                    len(words) > 1 and words[-1] in ORG_NAME_WORDS and ORG_NAME_WORDS & set(full[len(words):])) and not (
                    full[len(words):len(words) + 1] == ("local",))]  # 'Unifor' is the union, not its 'Unifor Local 2211'
                # ... or, for one word, the end of the only name ending so ('the Chronicle')
                # ... or, a team's name, its name without its city ('the Blue Jays' -> 'Toronto Blue Jays')
                # ... or what a department is of ('a National Defence spokesperson': the Department of National Defence)
                # (not 'Cormier' for 'Boulangerie Cormier': a French shop's name ends on its owner's)
                ends = {full for _, full in candidates if len(words) == 1 and full[-1:] == words and full[0] not in _FRENCH_BUSINESS_KINDS
                        or len(full) > len(words)
                        and full[-len(words):] == words and (" ".join(full[:-len(words)]) in CITIES | PROVINCES
                                                             or full[:-len(words)] in _DEPARTMENT_OF)}
                candidates = starts or ([(j, full) for j, full in candidates if full in ends] if len(ends) == 1 else [])
                longer = {full for _, full in candidates if full != words}
                # ('Northfield Foods' is 'Northfield Foods Inc.' cut short: one name, not two)
                longer = {full for full in longer if not any(other != full and other[:len(full)] == full for other in longer)}
                if len(longer) > 1:
                    # 'Nissan' beside 'Nissan North America Inc.' and 'Nissan Connect': the
                    # parent of several names, not any one of them; unless the story opened with
                    # the company's legal name ('Harvest Lane Foods Inc.', then its banner
                    # 'Harvest Lane Market'): the short form is that company's
                    first = min(candidates)
                    legal = first[1] in longer and first[1][-1] in _LEGAL_SUFFIXES and first[0] < i
                    candidates = [(j, full) for j, full in candidates if full == first[1]] if legal else []
            if not candidates:
                mentions[i].canonical = display_name(texts[i], label)
                continue
            if label == "PERSON" and len({full for _, full in candidates}) > 1:
                candidates = _likeliest_holders(doc, mentions, words, candidates, mentions[i])
            longest = max(len(full) for _, full in candidates)
            candidates = [(j, full) for j, full in candidates if len(full) == longest]
            before = [j for j, _ in candidates if j < i]
            j = before[-1] if before else candidates[0][0]
            mentions[i].canonical = display_name(texts[j], label)
    _follow_longer_names(mentions, texts)
    _merge_given_name_variants(mentions)
    _share_family_names(doc, mentions)
    acronyms = {}
    for m, t in zip(mentions, texts):
        if m.label == "ORG" and len(name_words(t)) > 1:
            initials = _initials(t)
            acronyms.setdefault(initials, m.canonical)
            acronyms.setdefault(_initials(t, spell_short_acronyms=True), m.canonical)  # 'BCWS': BC Wildfire Service
            if len(initials) >= 4 and name_words(t)[-1] in _COUNTRY_WORDS:  # 'ISED': '... Development Canada'
                acronyms.setdefault(initials[:-1], m.canonical)
            province = _PROVINCE_CLOSING_A_NAME.search(t)
            if province is not None and len(name_words(t[:province.start()])) >= 3:
                acronyms.setdefault(_initials(t[:province.start()]), m.canonical)  # 'IIO': 'Independent Investigations Office of B.C.'
            if len(initials) >= 4 and name_words(t)[:2] == ("office", "of"):  # 'PBO': 'Office of the Parliamentary Budget Officer'
                acronyms.setdefault(initials[1:], m.canonical)
    names = {m.canonical for m in mentions if m.label == "ORG" and not m.canonical.isupper() and " " not in m.canonical}
    for m, t in zip(mentions, texts):
        letters = t.lower().replace(".", "")
        if m.label == "ORG" and t.isupper() and letters in acronyms:
            m.canonical = acronyms[letters]
        elif m.label in PLACE_LABELS and t.isupper() and len(letters) >= 4 and letters in acronyms:
            m.label, m.canonical = "ORG", acronyms[letters]  # 'ECCC' tagged a place: Environment and Climate Change Canada
        elif m.label == "ORG" and t.isupper() and 2 <= len(letters) <= 4:
            m.canonical = _abbreviated(letters, names) or m.canonical
        elif not m.canonical:
            m.canonical = display_name(t)


def _follow_longer_names(mentions: list[Mention], texts: list[str]) -> None:
    """'Desmond Fougère', then 'Joseph Desmond Fougère': a short form given the first as its
    name goes with it to the longer one ('Fougère said' is Joseph Desmond Fougère), when
    every time that full name was written it stood for the same longer one."""
    longer: dict[str, set[str]] = defaultdict(set)
    for m, t in zip(mentions, texts):
        words = name_words(t)
        if m.label == "PERSON" and len(words) > 1:
            longer[display_name(t, "PERSON")].add(m.canonical if name_words(m.canonical)[-len(words):] == words else "")
    for m in mentions:  # (names grow at the front: 'Teddy Okonjo' is not short for a headline's 'Teddy Okonjo Wins')
        if m.label == "PERSON" and len(longer.get(m.canonical, ())) == 1 and "" not in longer[m.canonical]:
            m.canonical = next(iter(longer[m.canonical]))


def _title_of(doc: Doc, m: Mention) -> set[str]:
    return {t.lower_ for t in doc_tokens(doc)[m.title_start:m.start]} & TITLES if 0 <= m.title_start < m.start else set()


_GENERATIONS = frozenset({"younger", "elder", "older"})
_CHILD_WORDS = CHILD_NOUNS | {"kid", "grandson", "granddaughter"}
_PARENT_WORDS = PARENT_NOUNS | {"parent", "grandfather", "grandmother"}


def _generation_of(doc: Doc, m: "Mention") -> int:
    """+1 for a name introduced as someone's child ('his son, Brett Hryniuk'), -1 as a
    parent ('Brandvold’s father, Nils Brandvold'), else 0."""
    name = doc_tokens(doc)[m.end - 1]
    kin = head_of(name).lower_ if name.dep_ == "appos" else doc_tokens(doc)[m.start - 2].lower_ if m.start > 1 and doc_tokens(doc)[m.start - 1].text == "," else ""
    return 1 if kin in _CHILD_WORDS else -1 if kin in _PARENT_WORDS else 0
_MEN_S_HONORIFICS = frozenset({"mr", "mr."})
_WOMEN_S_HONORIFICS = frozenset({"ms", "ms.", "mrs", "mrs.", "miss"})


def _likeliest_holders(doc: Doc, mentions: list[Mention], words: tuple[str, ...], candidates: list, short: Mention) -> list:
    """Of several full names a short form could stand for: those whose family
    name it is ('Zhao' is Wei Ling Zhao, not Mei Zhao-Fraser), those with the
    title it carries ('Chief Keesick' is Chief Della Keesick, not her aunt
    Josephine Keesick), then those not introduced as someone's relative ('Her
    husband, Gérald Doucette': 'Doucette' goes on being Marlene Doucette)."""
    by_family = [(j, full) for j, full in candidates if full[-1] == words[-1]]
    candidates = by_family or candidates
    # 'Gagnon' is Éric Gagnon, not his grandmother Monique Lavoie-Gagnon: a double-barrelled
    # family name is not called by its second half
    if short.end - short.start == 1:
        whole = [(j, full) for j, full in candidates if not (mentions[j].end - mentions[j].start > 2 and joined_by_hyphen(doc, mentions[j].end - 2))]
        candidates = whole or candidates
    title = _title_of(doc, short)
    if title:
        titled = [(j, full) for j, full in candidates if title & _title_of(doc, mentions[j])]
        titled_names = {full for _, full in titled}
        candidates = [(j, full) for j, full in candidates if full in titled_names] or candidates
        honorific = 1 if title & _MEN_S_HONORIFICS else -1 if title & _WOMEN_S_HONORIFICS else 0
        if honorific:  # 'Mr. Dyck' is Peter Dyck, not his daughter Erin
            candidates = [(j, full) for j, full in candidates if given_name_vote(full[0]) * honorific > 0] or candidates
    first_seen: dict = {}
    for j, full in sorted(candidates):
        first_seen.setdefault(full, j)
    relatives = {full for full, j in first_seen.items()
                 if _introduced_as_relative(doc, mentions[j], _short_form_spoke_before(doc, mentions, words, mentions[j].start))}
    generation = doc_tokens(doc)[short.start - 1].lower_ if short.start > 0 else ""
    if generation in _GENERATIONS and len(first_seen) == 2:  # (of three, 'the older Marchuk' may be a brother)
        # 'Lyle Hryniuk farms with his son, Brett Hryniuk ... The younger Hryniuk said': the son;
        # 'Brandvold’s father, Nils Brandvold, ... the younger Brandvold': not the father
        ages = {full: _generation_of(doc, mentions[j]) for full, j in first_seen.items()}
        wanted = 1 if generation == "younger" else -1
        chosen = [full for full, age in ages.items() if age == wanted] or (
            [full for full, age in ages.items() if age == 0] if -wanted in ages.values() else [])
        return [(j, full) for j, full in candidates if full in chosen] or candidates
    principal = [(j, full) for j, full in candidates if full not in relatives] or candidates
    if len({full for _, full in principal}) > 1:
        # Once a second full name shares the surname, news names the other one in full:
        # 'Ms. Okafor' is the one who has spoken (under a full name, 'Her daughter, Kristine
        # Villanueva, wrote', or under the surname before anyone else had it, 'Pelletier
        # said' before his wife is named), the first of them; if none has, the one the
        # story opened with (Denise Okafor, not her mother Beatrice, named in full each time)
        first_seen = sorted({full: j for j, full in reversed(principal)}.items(), key=lambda item: item[1])
        first, second_at = first_seen[0][0], mentions[first_seen[1][1]].start
        if _has_died(doc, mentions[first_seen[0][1]]) or any(
                m.start < second_at and m.label == "PERSON" and name_words(span_text(doc, m.start, m.end)) == words and _has_died(doc, m)
                for m in mentions):
            # an obituary: 'Gordon Whitecloud ... has died' (or 'Whitecloud, who ..., died'), then 'His daughter,
            # Marlene Whitecloud, said': 'Whitecloud told The Canadian Press in a 2008 interview' is still the painter
            return [(j, full) for j, full in principal if full == first]
        speakers = {full for j, full in principal if _speaks_as(doc, mentions[j])}
        if _short_form_spoke_before(doc, mentions, words, second_at):
            speakers.add(first)
        chosen = next((full for full, _ in first_seen if full in speakers), first) if short.start > second_at else first
        just_named = [(j, full) for j, full in principal if j < len(mentions) and mentions[j].start < short.start
                      and _sentences_apart(doc, mentions[j].start, short.start) <= 1]
        if just_named and not _speaks_as(doc, short):
            return just_named  # 'Ohad Ben Ami is held in Gaza. Ben Ami is 55.': the one just named
        principal = [(j, full) for j, full in principal if full == chosen]
    return principal


def _has_died(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of 'died' or 'dies' ('Gordon Whitecloud, a Cree painter ..., has died')."""
    head = doc_tokens(doc)[m.end - 1]
    return head.dep_ == "nsubj" and head_of(head).lower_ in ("died", "dies")


def _sentences_apart(doc: Doc, earlier: int, later: int) -> int:
    """How many sentence starts lie between two token positions (0: the same sentence)."""
    return sum(1 for t in doc_tokens(doc)[earlier + 1:later + 1] if t.is_sent_start)


def _speaks_as(doc: Doc, m: Mention) -> bool:
    """The mention, or the noun it is in apposition to, is the subject of a speech verb, or of a
    verb joined to one ('His sister, Marisol Quintero, identified him and told Postmedia that ...')."""
    head = doc_tokens(doc)[m.end - 1]
    subject = head_of(head) if head.dep_ == "appos" else head
    return speaks(subject) or subject.dep_ == "nsubj" and any(
        c.dep_ == "conj" and speech_lemma(c) is not None for c in children_of(head_of(subject)))


def _short_form_spoke_before(doc: Doc, mentions: list[Mention], words: tuple[str, ...], before: int) -> bool:
    """Someone went by this short form, speaking, before token ``before`` ('Lindqvist,
    now 15, tells HuffPost Canada', before 'Her mother, Karin Lindqvist, says')."""
    return any(m.start < before and m.label == "PERSON" and name_words(span_text(doc, m.start, m.end)) == words
               and speaks(doc_tokens(doc)[m.end - 1]) for m in mentions)


def _introduced_as_relative(doc: Doc, m: Mention, even_speaking: bool = False) -> bool:
    """'Her husband, Gérald Doucette', 'His parents, Darlene and Russell Whitecloud';
    not a relative who speaks there ('Her daughter, Kristine Villanueva, wrote ...'):
    a source of the story in her own right, unless ``even_speaking`` (the short
    form already belonged to someone else who spoke)."""
    if _speaks_as(doc, m) and not even_speaking:
        return False
    for tok in reversed(doc[max(doc_tokens(doc)[m.start].sent.start, m.start - 5):m.start]):
        if tok.lower_ in KINSHIP_NOUNS:
            return True
        if tok.text not in (",", "and") and not (tok.tag_ == "NNP" and tok.is_title):
            return False
    return False


def _share_family_names(doc: Doc, mentions: list[Mention]) -> None:
    """'Darlene and Russell Whitecloud': a lone given name joined by 'and' to a full
    name shares its family name."""
    by_start = {m.start: m for m in mentions}
    given_names = {m.canonical.split()[0] for m in mentions if m.label == "PERSON" and " " in m.canonical}
    for m in mentions:
        partner = by_start.get(m.end + 1)
        if (m.label == "PERSON" and m.end - m.start == 1 and doc_tokens(doc)[m.start].lower_ in GIVEN_NAMES and partner is not None
                and m.canonical == doc_tokens(doc)[m.start].text and m.canonical not in given_names  # 'Kate' is Kate York when the story has her
                and partner.label == "PERSON" and doc_tokens(doc)[m.end].lower_ == "and" and " " in partner.canonical
                and partner.canonical.split()[0].lower() in TITLED_GIVEN_NAMES):
            lone, m.canonical = m.canonical, f"{doc_tokens(doc)[m.start].text} {partner.canonical.split()[-1]}"
            for other in mentions:  # 'Dennis, a forklift operator, said': the same Dennis later
                if other.label == "PERSON" and other.canonical == lone:
                    other.canonical = m.canonical
                elif other.label == "PERSON" and other.canonical == partner.canonical and other.end - other.start == 1:
                    # 'For Jennifer and Daniel Okoro ... Ms. Okoro said': the honorific picks her
                    title = _title_of(doc, other)
                    honorific = 1 if title & _MEN_S_HONORIFICS else -1 if title & _WOMEN_S_HONORIFICS else 0
                    if given_name_vote(doc_tokens(doc)[m.start].text) * honorific > 0 >= given_name_vote(partner.canonical.split()[0]) * honorific:
                        other.canonical = m.canonical


def _abbreviated(letters: str, names: set[str]) -> str | None:
    """The one one-word organisation name a short form's letters spell in order,
    starting with its first letter ('VW' -> 'Volkswagen'; longer names have their
    initials); None when none or several do."""
    def spells(name: str) -> bool:
        rest = iter(name.lower())
        return name[:1].lower() == letters[0] and all(ch in rest for ch in letters)
    found = [name for name in names if spells(name)]
    return found[0] if len(found) == 1 else None


def _merge_given_name_variants(mentions: list[Mention]) -> None:
    """'Josh Apte' and 'Joshua Apte' in one story are one person: the longer
    form; so are 'B. U. Nzeribe' and 'Benjamin Nzeribe' (initials, then the
    same family name), and 'Kieran Doyle' and 'Kieran Albert Doyle'."""
    names = {m.canonical for m in mentions if m.label == "PERSON" and " " in m.canonical}
    rename = {}
    for short in names:
        first, _, rest = short.partition(" ")
        *given, family = short.split()
        initials = all(len(g) == 2 and g.endswith(".") for g in given)
        for full in names:
            f_first, _, f_rest = full.partition(" ")
            if full == short:
                continue
            if f_rest == rest and len(f_first) > len(first) and f_first.startswith(first):
                rename[short] = full
            elif initials and full.split()[-1] == family and len(f_first) > 2 and f_first[0] == first[0]:
                rename[short] = full
        if short not in rename and len(given) == 1:  # 'Kieran Doyle' after 'Kieran Albert Doyle': the middle name left out
            longer = [full for full in names if len(full.split()) == 3 and full.split()[0] == first and full.split()[-1] == family]
            if len(longer) == 1:
                rename[short] = longer[0]
    for m in mentions:
        if m.canonical in rename:
            m.canonical = rename[m.canonical]


def _unique(values) -> list[str]:
    seen, out = set(), []
    for v in values:
        key = v.lower()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


@Language.component("newswire_entities")
def entities_component(doc: Doc) -> Doc:
    mentions = collect_mentions(doc)
    canonicalise(doc, mentions)
    contributors = {c.lower() for c in doc._.contributors}
    # Token-level mentions for the speaker rules: (start, end, label, canonical).
    doc._.mentions = [(m.start, m.end, m.label, m.canonical) for m in mentions]
    doc._.entities = [
        {
            "text": span_text(doc, m.start, m.end),
            "label": m.label,
            "start": doc_tokens(doc)[m.start].idx,
            "end": doc_tokens(doc)[m.end - 1].idx + len(doc_tokens(doc)[m.end - 1]),
            "canonical": m.canonical,
        }
        for m in mentions
    ]
    doc._.people = _unique(m.canonical for m in mentions if m.label == "PERSON" and m.canonical.lower() not in contributors)
    doc._.organizations = _unique(m.canonical for m in mentions if m.label == "ORG")
    places = [m.canonical for m in mentions if m.label in PLACE_LABELS]
    if doc._.dateline:
        # The place of filing is a place of the story, though not body text.
        places.append(doc._.dateline.split(",")[0].strip().title())
    doc._.places = _unique(places)
    aliases: dict[str, list[str]] = {}
    for m in mentions:
        if m.label == "NORP":
            continue
        for form in (span_text(doc, m.start, m.end), span_text(doc, m.title_start, m.end)):
            form = display_name(form)
            if form and form != m.canonical and form not in aliases.setdefault(m.canonical, []):
                aliases[m.canonical].append(form)
    doc._.aliases = {k: v for k, v in aliases.items() if v}
    return doc
