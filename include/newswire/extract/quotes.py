"""Quote component: direct, indirect, mixed and floating quotes with speakers.

How a document is read:
1. Passages in quotation marks are found on the raw text (``passages``).
2. Every speech verb outside a passage yields its source phrase and its
   reported content: the clausal complement ('said [that ...]'), the object
   of content verbs ('denied [reports that ...]'), object plus infinitive of
   directives ('urged [residents to ...]'), object plus predicate ('described
   [the hour as a blur]'), a that-clause the parser failed to attach, or the
   host clause of a parenthetical 'he said'. Content that starts inside a
   passage attributes that passage (direct); content containing passages is
   mixed; otherwise indirect.
3. Passages still unattributed take a speech verb next to them in the same
   sentence ('“A,” he said, “B.”', 'He added, “...”'), then 'according to X'.
4. What is left is floating (a quote continuing the previous speaker) when
   it reads like speech, else a scare quote or title, which is not a quote.
5. Social posts embedded in the page are their signer's, line by line (``posts``).
Speakers are resolved in reading order so pronouns and floating quotes can
refer back to earlier sources.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from newswire.extract.entities import joined_by_hyphen
from newswire.extract.lexicon import KINSHIP_NOUNS, NAME_TITLE_ABBREVIATIONS, ORG_NOUNS, PERSON_NOUNS, PERSONAL_PRONOUNS, TITLES
from newswire.extract.passages import Passage, PassageIndex, find_passages
from newswire.extract.posts import find_posts
from newswire.extract.speakers import SpeakerResolver, naming_phrase, subject_of
from newswire.extract.verbs import (
    CANCELLING_HEADS,
    COGNITION_LEMMAS,
    COMMITMENT_LEMMAS,
    CONTENT_OBJECT_LEMMAS,
    DIRECTIVE_LEMMAS,
    GERUND_REPORT_LEMMAS,
    HEARING_FORMS,
    PREDICATIVE_LEMMAS,
    SPEECH_VERB_FORMS,
    speech_candidates,
    speech_lemma,
    verb_phrase,
)
from newswire.extract.wire import children_of, doc_text, doc_tokens, head_of, in_caption, release_caches, span_text

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=[])

_EDGE_PUNCT = " \t\n,.;:—–-"
_MAX_GAP_CHARS = 90  # between a verb and the passage it introduces
_MIN_FLOATING_WORDS = 4
_MIN_OBJECT_TOKENS = 4  # 'rejected that', 'proposed the measure' report nothing
# Verbs whose plain object is news, not words: 'announced another round of closures', 'rejected
# a takeover offer'; only with quoted wording in it ('rejected the claims as “patently false”').
_QUOTED_OBJECT_ONLY_LEMMAS = frozenset({"announce", "reject", "propose"})
_CONTENT_PREPS = {"insist": ("on",), "warn": ("of", "about", "against")}
# Verbs reporting a charge against their object: 'accused U.S. forces of controlling ...'.
_CHARGE_PREPS = {"accuse": "of"}
# A 'complement' opening with these is a circumstance of the saying: ', after talks broke down'.
_CIRCUMSTANCE_OPENERS = frozenset(
    "after before when while as because since until if though although despite once whenever".split()
)
_REFERRING_PRONOUNS = frozenset("that this it these those them which what".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_APPROXIMATIONS = frozenset("more fewer less at nearly about almost over some roughly".split())
_AS_QUANTITIES = frozenset("much many few little long far high low early late".split())


def _opens_circumstance(tok: Token) -> bool:
    """``tok`` opens a circumstance, not a report: not the 'as' of 'as much as 30 millimetres'."""
    if tok.lower_ not in _CIRCUMSTANCE_OPENERS:
        return False
    if tok.lower_ == "as" and tok.i + 2 < len(tok.doc):
        tokens = doc_tokens(tok.doc)
        return not (tokens[tok.i + 1].lower_ in _AS_QUANTITIES and tokens[tok.i + 2].lower_ == "as")
    return True


# The first half of a hyphenated word the parser cut before a report ('said re-' + 'signing ...'), with the word before it.
_CUT_WORD = re.compile(r"(?P<before>\S+)\s+(?P<prefix>\w+)-\Z")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    verb: str = ""
    source: Token | None = None  # head of the source phrase
    source_range: tuple[int, int] | None = None  # token range of the source phrase
    passages: list[int] = field(default_factory=list)
    signer: tuple[str, int] | None = None  # an embedded post's signer as written, and where


# Auxiliaries opening a second predicate of a report's subject: '..., had co-operated and ...'.
_SHARED_SUBJECT_AUXILIARIES = frozenset("had has have was were is are would will could".split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and clause punctuation at both ends."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if end > start and text[end - 1] == ")" and "(" not in text[start:end]:
        return _trim(text, start, end - 1)  # 'they want ... to convict)': the aside closes
    return start, end


def _ends_sentence(gap: str) -> bool:
    stripped = gap.rstrip()
    return stripped.endswith((".", "?", "!", ";")) or any(s in gap for s in (". ", "? ", "! "))


def _introduces(gap: str) -> bool:
    """What may stand between 'X said' and the passage it introduces: nothing,
    or a few words of circumstance ending in a comma or colon."""
    stripped = gap.strip()
    if not stripped:
        return True
    if len(gap) > _MAX_GAP_CHARS or len(stripped.split()) > 8 or stripped[-1] not in ",:":
        return False
    if "\n" in gap and not stripped.endswith(":"):
        return False
    inner = stripped[:-1]
    return not _ends_sentence(inner) and not re.search(r"\b(?:and|but)\b", inner)


# Words after a closing mark that carry on the same clause: ' impeachment', not ', he said'.
_WORDS_AFTER = re.compile(r"[ \t]+[\w$€£]")
_NAME_WORD = re.compile(r"\w[\w’'\-]*")
_CLAUSE_LINKS = frozenset("and but or as while because after before when since although".split())


def _joins(gap: str) -> bool:
    """What may stand between a passage and 'X said' after it: punctuation, or a
    stray word the parser left out of the source phrase ('co-' of 'co-founder'),
    never a new clause ('“...,” and analysts told ...') nor a paragraph break
    ('“Where were they in July?”' then a paragraph opening 'Her husband, Shawn MacIsaac, said')."""
    words = gap.replace("-", " ").replace("—", " ").replace(",", " ").split()
    return len(gap) < 20 and len(words) <= 1 and not any(w.lower() in _CLAUSE_LINKS for w in words) and "\n\n" not in gap


_RELATIVE_PRONOUNS = frozenset("who whom which that".split())
# Speech verbs that only report with a clause: 'found that ...', not 'found a man bleeding'.
_CLAUSE_ONLY_LEMMAS = frozenset({"find"})
# Verbs that report only wording in quotation marks or a request ('called on X to ...').
_QUOTED_ONLY_LEMMAS = frozenset({"call"})
_NONFINITE = frozenset({"VBG", "VBN"})  # 'found [a man bleeding]' is no clause
# Verbs naming an addressee before the report: 'tells the paper that ...'.
_ADDRESSEE_LEMMAS = frozenset("tell inform assure remind warn promise advise notify".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
# An absolute phrase after an attribution: 'his voice rising', 'her voice breaking'.
_MANNER_OF_SAYING = re.compile(r"(?:his|her|their) \w+ \w+ing\b,?\s*")
_NAMING_BEFORE = re.compile(r"(?:\bso-called|\bdubbed|\bnicknamed|\bknown as|\btitled|\bentitled|\bthe title|\bheadlined)$", re.I)
# What someone says, as the subject before a colon: 'His assessment was blunt: “...”'.
_VERDICT_NOUNS = frozenset("assessment response reply answer reaction message verdict view advice explanation take words".split())
_ANONYMITY_REQUEST = re.compile(
    r"\b(?:name|identity)\b[^.]{0,40}\bnot\b|\bnot\b[^.]{0,20}\b(?:named|identified)\b"
    r"|\bnot\b[^.]{0,20}\b(?:use|publish|print)\b[^.]{0,12}\bname\b|\bonly (?:his|her|their) first name\b",  # 'that CBC News not use her name'
    re.I,
)
# Plural nouns for those a report is told to: 'told officers he ...'.
_ADDRESSEE_NOUNS = frozenset(
    "officers police reporters journalists investigators detectives agents prosecutors jurors judges lawyers analysts delegates trustees "
    "meeting rally room gathering conference "
    "colleagues friends supporters members residents students parents staff employees workers "
    "parties jury court inquiry hearing committee commission tribunal panel council crowd audience lawmakers".split()
)
# What 'say' takes as a plain object: 'said nothing', 'said a prayer'; any other object
# with a verb after it is the parser's misreading of a report ('said her team next plans to test').
_SAYABLE_OBJECTS = frozenset(
    "nothing something anything everything so goodbye hello prayer prayers grace word words line lines thing things little much more less "
    "yes no thanks amen all one it this that these those which what".split()
)
# Subjects that are things, not sources, unless they say so outright ('it confirms recent polling').
_THING_SUBJECTS = frozenset("it this that these those which".split())


def _reports(verb: Token, clause_only: bool = False) -> bool:
    """A speech verb with a clause of its own ('but cautioned that ...', 'who argued the
    deal would ...', 'and called on X to ...'), not 'who have reported using meth'."""
    return any(
        (c.dep_ == "ccomp" and c.tag_ not in _NONFINITE and c.left_edge.tag_ != "WP") or (c.dep_ == "mark" and c.lower_ == "that") or (not clause_only and c.dep_ == "xcomp" and c.i > verb.i)
        for c in children_of(verb)
    )


def _ends_on_abbreviation(text: str) -> bool:
    """'... South Dakota Gov.' or an initial ('W.'): a full stop that ends no sentence."""
    last = text.rsplit(None, 1)[-1].lower()
    return last in TITLES or (len(last) == 2 and last[0].isalpha() and last[1] == ".")


# Subordinators opening a second, contrasting report inside the first one's clause.
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "whilst"})


def _unquoted_tail(gap: str) -> int:
    """Length of the unquoted words that finish a quoted clause before its attribution
    (' impeachment, ' before 'Trump said'), or 0 when the gap is anything else."""
    if not _WORDS_AFTER.match(gap) or "\n" in gap or any(c in gap for c in "“”\"();:"):
        return 0
    stripped = gap.rstrip()
    if not stripped.endswith(","):
        return 0
    words = stripped[:-1].split()
    if len(words) > 6 or _ends_sentence(stripped[:-1]) or words[0].lower() in _CLAUSE_LINKS or "," in stripped[:-1]:
        return 0
    return len(stripped) - 1


def _inside_clause_with_subject(token: Token, top: Token) -> bool:
    """Between ``token`` and ``top``, a verb with a subject of its own (not a relative pronoun)."""
    tok = head_of(token)
    while tok.i != top.i and head_of(tok).i != tok.i:
        if any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS for c in children_of(tok)):
            return True
        tok = head_of(tok)
    return False


def _complete_clause(clause: Token) -> bool:
    """A 'relative clause' with its own subject and complement and no relative word: no gap for
    the noun to fill ('the lawyers she hired' has one), so a report the parser misread
    ('told reporters outside the courthouse [the Crown would review the decision]')."""
    return (any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS and c.tag_ not in ("WP", "WDT") for c in children_of(clause))
            and any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in children_of(clause))
            and not any(t.tag_ in ("WP", "WDT", "WRB", "WP$") for t in clause.subtree if t.i < clause.i))


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


class QuoteFinder:
    def __init__(self, doc: Doc, resolver: SpeakerResolver):
        self.doc = doc
        self.mentions_in = resolver.mentions_in  # the story's mentions by token range
        self.mention_at = resolver.mention_at
        self.text = doc_text(doc)
        self.passages: list[Passage] = find_passages(self.text)
        self.index = PassageIndex(self.passages)
        self.attributed: dict[int, Candidate] = {}  # passage -> the candidate covering it
        self.candidates: list[Candidate] = []
        masked = doc._.masked_spans
        body_start = masked[0][1] if masked and masked[0][0] == 0 else 0
        body_end = next((s for s, e in masked if s > 0 and e >= len(self.text.rstrip())), len(self.text))
        self.body = (body_start, body_end)

    # -- helpers --------------------------------------------------------
    def _char_range(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        doc = self.doc
        return doc_tokens(doc)[start_tok].idx, doc_tokens(doc)[end_tok - 1].idx + len(doc_tokens(doc)[end_tok - 1])

    def _in_passage(self, token: Token) -> bool:
        return self.index.at(token.idx) is not None

    def _source(self, verb: Token) -> tuple[Token | None, tuple[int, int] | None]:
        head = subject_of(verb) or self._inverted_source(verb)
        if head is not None and head.i > verb.i and not self._names_a_person(head):
            # '“...,” said Rouge et Or head coach Jean-François Lessard': the parser took a word of the
            # team for the subject; the person the phrase ends on is the source
            person = self._inverted_source(verb)
            head = person if person is not None and self._names_a_person(person) else head
        if head is not None and self._in_passage(head):
            # '“Sleep, probably,” he said', '“People are desperate,” said Dr. Kwame Asante, ..., “and ...”':
            # the parser made a word of the quotation the subject; the source is outside it
            # ('“... who I talked to,” the 31-year-old graphic designer told': hung on the quotation's word as its appositive)
            head = (next((c for c in children_of(verb) if c.dep_ == "nsubj" and not self._in_passage(c)), None)
                    or next((a for a in children_of(head) if a.dep_ == "appos" and a.i < verb.i and not self._in_passage(a)), None)
                    or self._inverted_source(verb))
        if head is not None and head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "DET") and head.tag_ != "CD":
            # 'Back in Thompson, Lindqvist's grandmother, Ingrid Lindqvist, 81, said': an adverb
            # made the subject; the source is the person the appositions name
            head = self._person_in_subject(head) or head
        if head is not None and head.i < verb.i and self.mention_at(head.i) is None:
            named = next((c for c in children_of(head) if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i
                          and (m := self.mention_at(c.i)) is not None and m[2] != "PERSON"), None)
            head = named or head  # 'with breakup expected next week, the Town of Hay River says': hung on 'breakup'
        if verb.dep_ == "acl" and (head is None or head.i < verb.i):
            # 'Coun. Paula Fennimore, who represents Toronto-Danforth, posted on X': the parser
            # hung the verb on the last word of the aside
            head = self._person_before_aside(verb) or head
        if head is None:
            head = self._source_inside_report(verb)
        stray = head is None  # no subject in the parse: the name before the verb, with its stray words
        if stray:
            head = self._name_before(verb)
        if head is None or self._in_passage(head):
            return None, None
        if head.lower_ == "it" and any(c.dep_ == "auxpass" for c in children_of(verb)):
            return None, None  # 'it was reported that ...'
        start, end = naming_phrase(head)
        if stray and not (head.dep_ == "appos" and head_of(head).dep_ == "pobj"):  # ('In Sherbrooke, [Jacinthe Poirier], 64, said')
            start = verb.sent.start  # cut back to the quotation's end below
        inside = self.index.at(doc_tokens(self.doc)[start].idx)
        ks = ([inside] if inside is not None else []) + self.index.within(doc_tokens(self.doc)[start].idx, head.idx)
        for k in ks:
            # '“... in vapor form,” lead researcher Lucas Paganini': the phrase starts after the quote.
            start = max(start, self._token_after(self.passages[k].end))
        return head, (min(start, head.i), end)

    def _names_a_person(self, tok: Token) -> bool:
        mention = self.mention_at(tok.i)
        return mention is not None and mention[2] == "PERSON"

    def _source_inside_report(self, verb: Token) -> Token | None:
        """'Talks are scheduled to resume Thursday with the help of federal mediators, a spokesperson
        for Ms. Qureshi confirmed': the parser hung the source, set off by a comma right before the
        verb, on the fronted report as an appositive."""
        doc = self.doc
        report = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
        if report is None or verb.i < 2 or doc_tokens(doc)[verb.i - 1].is_punct:
            return None
        role = next((t for t in doc_tokens(doc)[verb.i - 1].ancestors if t.dep_ == "appos" and t.i < verb.i), None)
        if role is None or role.right_edge.i != verb.i - 1 or doc_tokens(doc)[role.left_edge.i - 1].text != "," or not (
                role.lower_ in PERSON_NOUNS or role.lower_ in ORG_NOUNS) or not report.left_edge.i < role.i < report.right_edge.i + 1:
            return None
        return role

    def _inverted_source(self, verb: Token) -> Token | None:
        """'Job cuts will come ..., said The We Company’s executive chair Marcelo
        Claure in an email': after a fronted clause the parser may miss the
        subject of an inverted 'said'. The source is the name right after the
        verb (up to punctuation or a preposition): its person, else its organisation."""
        doc = self.doc
        after_quotation = verb.i >= 2 and doc_tokens(doc)[verb.i - 1].text in ("”", '"') and doc_tokens(doc)[verb.i - 2].text == ","  # '“...,” said X'
        if SPEECH_VERB_FORMS.get(verb.lower_) == "tell":
            # '[A 19-year-old who ...,] told Global News he had waited': whom one tells is never the
            # teller; the parser made the subject, a noun phrase, a fronted clause
            return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i and not c.tag_.startswith("VB")
                         and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))), None)
        if verb.i == 0 or (doc_tokens(doc)[verb.i - 1].text != "," and not after_quotation) or not any(
            c.dep_ == "ccomp" and c.i < verb.i for c in children_of(verb)
        ):
            return None
        end = verb.i + 1
        limit = min(verb.sent.end, verb.i + 13)
        while end < limit and not (doc_tokens(doc)[end].is_punct and doc_tokens(doc)[end].tag_ != "POS" and not joined_by_hyphen(doc, end)) and not (
            doc_tokens(doc)[end].dep_ in ("prep", "agent") and doc_tokens(doc)[end].is_lower
        ):
            end += 1
        named = [m for m in self.mentions_in(verb.i + 1, end) if m[1] <= end and m[2] in ("PERSON", "ORG")]
        people = [m for m in named if m[2] == "PERSON"]
        chosen = (people or named or [None])[-1]
        return doc_tokens(doc)[chosen[1] - 1] if chosen is not None else None

    def _person_in_subject(self, subject: Token) -> Token | None:
        """The last person named inside the subject's phrase, if any."""
        people = [m for m in self.mentions_in(subject.left_edge.i, subject.right_edge.i + 1) if m[2] == "PERSON"]
        return doc_tokens(self.doc)[people[-1][1] - 1] if people else None

    def _name_before(self, verb: Token) -> Token | None:
        """'“...,” chairman, CEO and president Craig Menear said': a name right before
        a speech verb the parser left without a subject is its source, and so is the
        name closing an appositive the parser hung on a fronted phrase."""
        doc = self.doc
        before = [m for m in self.mentions_in(verb.sent.start, verb.i) if m[1] <= verb.i]
        if not before:
            return None
        _, end, label, _ = before[-1]
        between = doc[end:verb.i]
        if doc_tokens(doc)[end - 1].dep_ == "appos" and len(between) and between[-1].text == ",":
            between = between[:-1]  # 'In a statement to CBC News, Vandermeer’s press secretary, Hayden Lister, said'
        # ('In Sherbrooke, Jacinthe Poirier, 64, said': an age between them too)
        if label in ("PERSON", "ORG") and all(t.pos_ == "ADV" or t.text == "," or t.like_num for t in between):
            if doc_tokens(doc)[end - 1].dep_ == "pobj":
                # 'Gordon Pyke, an 81-year-old retired machinist from Oshawa, said': where the aside says he is from
                return self._person_before_aside(verb) or doc_tokens(doc)[end - 1]
            return doc_tokens(doc)[end - 1]
        return self._person_before_aside(verb)

    def _person_before_aside(self, verb: Token) -> Token | None:
        """'Gord Halvorsen, reeve of the Rural Municipality of Kindersley, said', 'On Bell Island, Ahmad
        Nasser, who runs a store in Wabana, said': the last person named before the verb, then an aside
        set off by commas, is its source when the parser gave it none or one inside the aside."""
        doc = self.doc
        person = next((m for m in reversed(self.mentions_in(verb.sent.start, verb.i)) if m[2] == "PERSON"), None)
        if (person is not None and person[1] < verb.i - 1 and doc_tokens(doc)[person[1]].text == "," and doc_tokens(doc)[verb.i - 1].text == ","
                and verb.i - person[1] <= 20 and not any(t.text in (";", ":", "“", "”", '"') for t in doc[person[1]:verb.i])):
            return doc_tokens(doc)[person[1] - 1]
        return None

    def _token_after(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    # -- step 2: speech verbs -------------------------------------------
    def content_ranges(self, verb: Token, lemma: str, source_start: int) -> list[tuple[int, int]]:
        """Token ranges of what ``verb`` reports."""
        ranges = []
        clauses: list[tuple[int, int]] = []
        # After the verb, 'said when asked ...' opens a circumstance, not a report; a
        # fronted report may open with one ('While the dollar held, the greenback may fall, said X').
        circumstance = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_OPENERS), None)
        for child in children_of(verb):
            # ('said, before heading to the bus stop': what follows a circumstance is none of the report,
            # unless it opens on 'that': 'said in a statement after the sentencing that its fraud bureau ...')
            after_circumstance = circumstance is not None and circumstance.i < child.i and not (
                child.left_edge.lower_ == "that" and circumstance.right_edge.i < child.left_edge.i
                and any(c.dep_ == "pobj" for c in children_of(circumstance)))
            if child.dep_ == "ccomp" and self._inverted_attribution(child) is not None:
                continue  # '..., Const. Dani McKinnon said.' hung on the report it attributes
            if child.dep_ == "ccomp" and (child.i < verb.i or not _opens_circumstance(child.left_edge) and not after_circumstance):
                if lemma in _CLAUSE_ONLY_LEMMAS and (child.tag_ in _NONFINITE or child.left_edge.tag_ == "WP" or child.pos_ not in ("VERB", "AUX")):
                    # 'found [him guilty]' is a verdict, 'found [that ...]' a finding
                    continue
                if child.i < verb.i and not self._fronted(child, min(source_start, verb.i)):
                    continue
                if _role_after_inverted_source(verb, child):
                    continue
                if (child.i < verb.i and speech_lemma(child) and speech_lemma(child) not in COGNITION_LEMMAS
                        # (not 'The economy added 18,000 jobs', 'patients should call 911': no report of their own)
                        and (any(c.dep_ == "ccomp" for c in children_of(child)) or self._directive(child))
                        and any(c.dep_ == "nsubj" for c in children_of(child))):
                    # 'The agency said A. “B,” it advised': the clause before is a report of its own
                    # ('Investigators believe ..., Lumsden said': a stance, part of the report)
                    continue
                start, end = _subtree_range(child)
                if child.i < verb.i:
                    start = self._first_conjunct_start(verb, start)
                    if start < source_start < end:
                        end = source_start - 1 if doc_tokens(self.doc)[source_start - 1].text == "," else source_start  # the source hung inside
                while child.i < verb.i and end - 1 > child.i and doc_tokens(self.doc)[end - 1].text in NAME_TITLE_ABBREVIATIONS:
                    end -= 1  # '..., Const. Kelsey Arbeau told CBC News': the source's title hung on the report
                if child.i < verb.i and self._aside_between(self.doc[end:min(source_start, verb.i)]):
                    end = min(source_start, verb.i) - 1  # the aside is the report's too
                if start < verb.i < child.i and doc_tokens(self.doc)[start].lower_ in _RELATIVE_PRONOUNS and head_of(doc_tokens(self.doc)[start]).i == child.i:
                    # 'equipment, which the union says [could eliminate dozens of positions]': the relative
                    # pronoun is the reported clause's subject, written before its source
                    start = verb.i + 1
                # ('said [wait times in the ER] [stretched past 14 hours]': the parser made the subject a verb)
                # ('argued [four years] [was enough]': a subject taken for a measure of time)
                obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "xcomp", "npadvmod") and verb.i < c.i < child.i), None)
                # ('said [a long-term plan for the service, including a new vessel], [would go to cabinet]')
                joined = obj is not None and (obj.right_edge.i + 1 == start
                                              or obj.right_edge.i + 2 == start and doc_tokens(self.doc)[start - 1].text == ",")
                if (joined and lemma not in _ADDRESSEE_LEMMAS
                        and child.left_edge.lower_ != "that" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(child))):
                    start = obj.left_edge.i  # 'added [the exact circumstances] [remained unclear]'
                elif obj is not None and obj.right_edge.i + 1 == start and lemma in _ADDRESSEE_LEMMAS:
                    # 'told friends [that the interview aired at the weekend] [was a success]':
                    # the parser made the report's subject a relative clause of the addressee.
                    that = next((t for t in doc_tokens(self.doc)[obj.i + 1:start] if t.lower_ == "that" and head_of(t).dep_ == "relcl"), None)
                    if that is not None:
                        start = that.i
                end = self._extend_over_participle(verb, end)
                if clauses and clauses[-1][1] == start:
                    # 'says [he was arrested after employees] [said he ...]': the parser
                    # split one clause in two; side by side, they are one report.
                    start = clauses.pop()[0]
                clauses.append((start, end))
        for start, end in clauses:
            ranges.extend(self._clause_pieces(start, end))
        if not ranges and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb)):
            ranges = self._as_report(verb)
        if not ranges and verb.dep_ == "ROOT":
            ranges = self._clause_cut_at_title(verb)
        if not ranges and verb.dep_ == "ccomp" and (comma := self._inverted_attribution(verb)) is not None:
            ranges = [(head_of(verb).left_edge.i, comma)]
        if not ranges and lemma not in _CLAUSE_ONLY_LEMMAS:
            ranges = self._object_ranges(verb, lemma)
        if not ranges:
            that = self._unattached_that(verb)
            ranges = [(that.i, max(head_of(that).right_edge.i, that.i) + 1)] if that is not None else []
        for child in children_of(verb):
            # 'told reporters that “A,” but that B': B hangs on the verb, a report of its own
            # after a closed quotation; 'that A, and that B' is one report.
            if child.dep_ == "conj" and child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark":
                second = _subtree_range(child)
                if ranges and not self._closed_before(second[0]) and ranges[-1][1] <= second[0]:
                    ranges[-1] = (ranges[-1][0], second[1])
                else:
                    ranges.append(second)
        return ranges

    def _first_conjunct_start(self, verb: Token, start: int) -> int:
        """'[Federal officials paid a firm $48 million ...], and [in many cases could not show what the
        money bought], Auditor General X said': the parser hung 'said' on the first clause as its
        conjunct and reported only the second; both are the report. Else ``start`` as it is."""
        head = head_of(verb)
        if verb.dep_ != "conj" or not head.i < start or head.pos_ not in ("VERB", "AUX") or speech_lemma(head):
            return start
        k = start - 1
        while k > head.i and doc_tokens(self.doc)[k].text == ",":
            k -= 1
        joined = doc_tokens(self.doc)[k].dep_ == "cc" and head_of(doc_tokens(self.doc)[k]).i == head.i and doc_tokens(self.doc)[k - 1].text == ","
        return head.left_edge.i if joined and head.left_edge.i >= head.sent.start else start

    def _closed_before(self, i: int) -> bool:
        """The words before token ``i``, past ', and' / ', but', end on a closing quotation mark."""
        j = i - 1
        while j >= 0 and (doc_tokens(self.doc)[j].is_punct and doc_tokens(self.doc)[j].text not in ("”", '"', "’") or doc_tokens(self.doc)[j].lower_ in ("and", "but") or doc_tokens(self.doc)[j].is_space):
            j -= 1
        return j >= 0 and doc_tokens(self.doc)[j].text in ("”", '"')

    def _before_participle_report(self, verb: Token, start: int, end: int) -> int:
        """'accused the government of being “caught flat-footed”, saying Ottawa should ...':
        the report ends at the comma before a participle reporting speech of its own."""
        for tok in doc_tokens(self.doc)[start + 1:end]:
            if (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i != verb.i and speech_lemma(tok)
                    and doc_tokens(self.doc)[tok.i - 1].text == "," and any(c.dep_ in ("ccomp", "dobj", "oprd", "xcomp") for c in children_of(tok))):
                return tok.i - 1  # (', calling it “a message ...”' too)
        return end

    def _extend_over_shared_subject(self, start: int, end: int) -> int:
        """'noting his client had no criminal record, [had co-operated with investigators
        and had sold the cottage]': predicates after a comma that share the report's
        subject belong to it, though the parser hangs them on the speech verb."""
        doc = self.doc
        if end + 2 >= len(doc) or doc_tokens(doc)[end].text != "," or doc_tokens(doc)[end + 1].lower_ not in _SHARED_SUBJECT_AUXILIARIES:
            return end
        first = doc_tokens(doc)[end + 1]
        if first.dep_ in ("dep", "conj") and first.tag_ == "VBD" and head_of(first).i < start:
            predicate = first  # '..., had no criminal record and had co-operated': the auxiliary is the verb
        elif first.dep_ in ("aux", "auxpass") and head_of(first).i > end + 1 and head_of(first).tag_ in ("VBN", "VB"):
            predicate = head_of(first)
        else:
            return end
        if (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(predicate))
                or not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc_tokens(doc)[start:end])):
            return end
        return predicate.right_edge.i + 1

    def _extend_over_contrast(self, verb: Token, start: int, end: int) -> int:
        """'said [the company has been trying to hire for months, but many applicants drop out
        ...]': a contrast the parser hung on the speech verb goes on the report, when its
        subject is a thing, not someone ('but she did not say when' is the reporter's)."""
        tokens = doc_tokens(self.doc)
        if not (verb.i < start and end + 2 < len(tokens) and tokens[end].text == ","
                and tokens[end + 1].lower_ == "but" and head_of(tokens[end + 1]).i == verb.i):
            return end
        contrast = next((c for c in children_of(verb) if c.dep_ == "conj" and c.left_edge.i == end + 2), None)
        if contrast is None or contrast.pos_ not in ("VERB", "AUX"):
            return end
        subject = next((c for c in children_of(contrast) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subject is None or subject.tag_ in ("PRP", "NNP", "NNPS") or subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT"  # ('but that’s just morphine'; not 'but that integrating ... carried')
                or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                # (a report of its own; not a passive 'are expected to drop')
                or any(speech_lemma(t) and not (t.i == contrast.i and subject.dep_ == "nsubjpass")
                       for t in tokens[contrast.left_edge.i:contrast.right_edge.i + 1])):
            return end
        return contrast.right_edge.i + 1

    def _addressee(self, obj: Token) -> bool:
        """A person or organisation a report can be told to: 'him', 'officers', 'CBC News'."""
        if obj.tag_ == "PRP" or obj.lower_ in _ADDRESSEE_NOUNS:
            return True
        mention = self.mention_at(obj.i)
        return mention is not None and mention[2] in ("PERSON", "ORG", "NORP")

    def _extend_over_participle(self, verb: Token, end: int) -> int:
        """'pledged that his country would double its production, [going from 175
        gigawatts to 450]': a participle hanging on the speech verb right after the
        report, behind a comma, belongs to it (not 'adding that ...', a report of its own)."""
        doc = self.doc
        for child in verb.rights:
            if (child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == end + 1
                    and doc_tokens(doc)[end].text == "," and speech_lemma(child) is None):
                return child.right_edge.i + 1
        return end

    def _as_report(self, verb: Token) -> list[tuple[int, int]]:
        """'As iFixit points out in its teardown, [the keyboard is identical]' and
        '[The keyboard is identical], as iFixit points out': the clause the 'as'
        attribution hangs on, when the verb has no object of its own ('As he
        said goodbye, ...' reports nothing)."""
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in children_of(verb)) or head_of(verb).pos_ not in ("VERB", "AUX"):
            return []
        doc = self.doc
        lo, hi = _subtree_range(head_of(verb))
        v_lo, v_hi = _subtree_range(verb)
        if v_lo == lo:
            start = v_hi
            while start < hi and doc_tokens(doc)[start].is_punct:
                start += 1
            return [(start, hi)] if hi - start > 2 else []
        if hi - v_hi <= 1:
            end = v_lo
            while end > lo and doc_tokens(doc)[end - 1].is_punct:
                end -= 1
            return [(lo, end)] if end - lo > 2 else []
        return []

    def _fronted(self, clause: Token, attribution_start: int) -> bool:
        """'The talks went well, the White House said': only punctuation, or an adverb
        of the speech verb ('No one is ill, so far, the commission said'), between the
        reported clause and its attribution ('..., though a group has urged' is no report)."""
        verb = head_of(clause)
        adverbs = {t.i for c in children_of(verb) if c.dep_ in ("advmod", "npadvmod") and c.i < verb.i for t in c.subtree}
        between = self.doc[clause.right_edge.i + 1:attribution_start]
        return all(t.is_punct or t.is_space or t.i in adverbs for t in between) or self._aside_between(between)

    @staticmethod
    def _aside_between(between) -> bool:
        """', most of them minor fender-benders,': a verbless aside set off by commas, which
        the parser hung apart from the clause it belongs to."""
        return (2 < len(between) <= 10 and between[0].text == "," and between[-1].text == ","
                and not any(t.pos_ in ("VERB", "AUX") or t.text in ("“", "”", '"') for t in between))

    def _object_ranges(self, verb: Token, lemma: str) -> list[tuple[int, int]]:
        """Content when there is no clausal complement."""
        children = list(children_of(verb))
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if lemma in DIRECTIVE_LEMMAS and xcomp is not None:
            # 'urged residents to ...', 'called on regulators to ...'
            addressee = dobj or next((c for c in children if c.dep_ == "prep" and c.lower_ == "on" and c.i < xcomp.i), None)
            if addressee is not None and addressee.i < xcomp.i:
                start = addressee.left_edge.i if addressee.dep_ == "dobj" else addressee.i + 1
                # 'telling them to “believe in yourselves” and that the Wild are ...': two reports
                that = next((c for c in children_of(xcomp) if c.dep_ == "conj" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
                if that is not None:
                    cc = next((c for c in children_of(xcomp) if c.dep_ == "cc" and c.i < that.left_edge.i), None)
                    return [(start, cc.i if cc is not None else that.left_edge.i), (that.left_edge.i, that.right_edge.i + 1)]
                return [(start, xcomp.right_edge.i + 1)]
        if (lemma in DIRECTIVE_LEMMAS and lemma not in PREDICATIVE_LEMMAS and xcomp is None and dobj is not None and dobj.i > verb.i
                and " to " in self.text[dobj.idx:verb.right_edge.idx]):
            # 'urged anyone with concerns about an adviser [to contact it]': the parser hung the
            # infinitive inside the addressee (not in a second report: 'and said the board would meet to ...')
            infinitives = [t for c in children_of(verb) if c.dep_ in ("dobj", "prep") and c.i > verb.i for t in c.subtree
                           if t.tag_ == "VB" and t.dep_ in ("acl", "relcl", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(t))
                           and not _inside_clause_with_subject(t, verb)]  # ('told officers [he needed to get dressed]')
            if infinitives:
                return [(dobj.left_edge.i, max(t.right_edge.i for t in infinitives) + 1)]
        if (lemma in GERUND_REPORT_LEMMAS and xcomp is not None and xcomp.left_edge.i == verb.i + 1
                and (xcomp.tag_ == "VBG" or xcomp.left_edge.lower_ in ("having", "being"))):
            return [_subtree_range(xcomp)]  # 'denied having sex with ...', 'denied having witnessed ...'
        if (lemma in COMMITMENT_LEMMAS and xcomp is not None and xcomp.tag_ == "VB" and xcomp.left_edge.lower_ == "to"
                and xcomp.left_edge.i == verb.i + 1):
            return [_subtree_range(xcomp)]  # 'promised to protect Medicaid'
        if lemma in PREDICATIVE_LEMMAS:
            predicate = next((c for c in children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")), None)
            if predicate is None and dobj is not None:  # 'described the return as “...”', the 'as' hung on the object
                predicate = next((c for c in children_of(dobj) if c.dep_ == "prep" and c.lower_ == "as"), None)
            if predicate is not None:
                if dobj is not None and dobj.lower_ not in _REFERRING_PRONOUNS:
                    return [(dobj.left_edge.i, max(predicate.right_edge.i, dobj.right_edge.i) + 1)]
                return [(predicate.i + 1 if predicate.lower_ == "as" else predicate.left_edge.i, predicate.right_edge.i + 1)]
            if lemma == "call" and dobj is not None and self.index.within(*self._char_range(*_subtree_range(dobj))):
                return [_subtree_range(dobj)]  # 'called the ruling “a disgrace.”'
        if (dobj is not None and dobj.i > verb.i and lemma not in _ADDRESSEE_LEMMAS and lemma not in DIRECTIVE_LEMMAS
                and any(c.dep_ == "acl" and c.i > dobj.i and (c.tag_ == "VBD" or c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in children_of(c)))
                        for c in children_of(dobj))):
            # 'allege [the group targeted at least 14 pharmacies]': the parser made the verb a modifier
            # of its subject (a participle takes no object of its own: 'denied the claims made by ...' stays out)
            return [_subtree_range(dobj)]
        as_prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        if as_prep is not None and self.index.within(*self._char_range(*_subtree_range(as_prep))):
            # 'rejected these accusations as “patently false”': the judgement quotes.
            first = dobj.left_edge.i if dobj is not None and dobj.i < as_prep.i else as_prep.i
            return [(first, as_prep.right_edge.i + 1)]
        if lemma in _ADDRESSEE_LEMMAS and dobj is not None:
            # 'tells the paper that he fought ...': the parser hangs the report on the
            # addressee as a relative clause.
            rel = next(
                (c for c in children_of(dobj) if c.dep_ == "relcl" and c.left_edge.lower_ == "that" and c.left_edge.i == dobj.i + 1
                 and any(g.dep_ == "nsubj" and g.i != c.left_edge.i for g in children_of(c))),  # not 'one thing that has surprised'
                None,
            )
            if rel is None and self._addressee(dobj):
                # 'told officers [he needed to get dressed]': no 'that', the report's own
                # pronoun subject right after the addressee, or after a phrase of time
                # or place ('told CTV News after the meeting [he supports ...]').
                hosts = [dobj] + [g for c in children_of(verb) if c.dep_ == "prep" and c.i > dobj.i for g in children_of(c) if g.dep_ == "pobj"]
                rel = next(
                    (c for host in hosts for c in children_of(host) if c.dep_ == "relcl" and c.left_edge.i == host.i + 1
                     and (c.left_edge.dep_ == "nsubj" and c.left_edge.lower_ in _SUBJECT_PRONOUNS or _complete_clause(c))),
                    None,
                )
            if rel is not None:
                return [_subtree_range(rel)]
            second = next((c for c in children if c.dep_ == "dobj" and c.i > dobj.i), None)
            if second is not None and self._addressee(dobj) and any(
                    c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ not in _RELATIVE_PRONOUNS for g in children_of(c)) for c in children_of(second)):
                return [_subtree_range(second)]  # 'told CTV News [an overnight closure that year would have cost him his life]'
        if lemma == "say" and dobj is not None and dobj.i > verb.i and dobj.lower_ not in _SAYABLE_OBJECTS and dobj.tag_ != "PRP":
            # 'said [her team] [next plans to test whether ...]': the parser took the report's
            # subject for an object of 'say'; the rest of the sentence is the report.
            end = verb.sent.end
            while end > dobj.i and (doc_tokens(self.doc)[end - 1].is_punct or doc_tokens(self.doc)[end - 1].is_space):
                end -= 1
            # a verb inside the object or a phrase the parser hung on 'say', not a second
            # action of the sayer ('said her lines and walked off the stage')
            hung = [t for c in children_of(verb) if c.dep_ == "prep" and c.i > dobj.i for t in c.subtree]
            if any(t.pos_ in ("VERB", "AUX") and t.i > dobj.i for t in [*dobj.subtree, *hung]):
                return [(dobj.left_edge.i, end)]
        if lemma in CONTENT_OBJECT_LEMMAS and dobj is not None:
            start, end = _subtree_range(dobj)
            if (end - start >= _MIN_OBJECT_TOKENS and dobj.lower_ not in _REFERRING_PRONOUNS
                    and (lemma not in _QUOTED_OBJECT_ONLY_LEMMAS or self.index.within(*self._char_range(start, end)))
                    and not (lemma == "confirm" and self._a_count(start))):
                return [(start, end)]
        if lemma in _CHARGE_PREPS and dobj is not None:
            # 'accused the premier of hiding the real cost': the parser may hang the charge on the accused
            # ('of “managing decline”': a quoted charge the parser took for a noun)
            charge = next((c for c in children_of(dobj) if c.dep_ == "prep" and c.lower_ == _CHARGE_PREPS[lemma]
                           and (any(g.dep_ == "pcomp" for g in children_of(c)) or self.index.within(*self._char_range(c.i, c.right_edge.i + 1)))), None)
            if charge is not None:
                return [(dobj.left_edge.i, charge.right_edge.i + 1)]
        for child in children:
            if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS.get(lemma, ()):
                return [(child.i, child.right_edge.i + 1)]
            if (child.dep_ == "prep" and child.lower_ == _CHARGE_PREPS.get(lemma) and dobj is not None
                    and dobj.i < child.i and any(g.dep_ == "pcomp" for g in children_of(child))):
                return [(dobj.left_edge.i, child.right_edge.i + 1)]  # the accused and the charge
        that = self._unattached_that(verb)
        if that is not None:
            return [(that.i, max(head_of(that).right_edge.i, that.i) + 1)]
        if verb.dep_ == "parataxis":
            # 'The talks, he said, are going well.': the host clause around the aside,
            # in two pieces when the aside splits it.
            host = head_of(verb)
            pieces = [(host.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1, host.right_edge.i + 1)]
            after = next((t for t in self.doc[pieces[1][0]:pieces[1][1]] if not t.is_punct), None)
            if after is not None and after.tag_ == "VBG" and after.dep_ in ("advcl", "xcomp") and speech_lemma(after) is None:
                pieces.pop()  # '“...,” she said, holding up a sign': what she did, not what she said
            return [(a, b) for a, b in pieces if b - a > 1]
        return []

    def _a_count(self, start: int) -> bool:
        """'has confirmed [23 cases of measles]', '[more than 140 cases]': a tally is news, not words."""
        words = doc_tokens(self.doc)[start:start + 3]
        return words[0].like_num or words[0].lower_ in _APPROXIMATIONS and any(t.like_num for t in words[1:])

    def _inverted_attribution(self, verb: Token) -> int | None:
        """The comma before ', [Const.] Dani McKinnon said.' when the parser hung that bare
        attribution, closing the sentence, on the clause it attributes; else None."""
        doc = self.doc
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if verb.i < head_of(verb).i or not speech_lemma(verb) or subject is None or verb.left_edge.i != subject.left_edge.i:
            return None  # (the attribution opens with its source: not ', ahead of the $180-million it promised')
        if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.i < verb.i for c in children_of(verb)):
            return None
        k = verb.left_edge.i - 1
        if k > 0 and doc_tokens(doc)[k].text in NAME_TITLE_ABBREVIATIONS:
            k -= 1
        end = verb.right_edge.i + 1
        if k <= head_of(verb).left_edge.i or doc_tokens(doc)[k].text != "," or not (end >= len(doc) or doc_tokens(doc)[end].text in (".", "\n\n")):
            return None
        return k

    def _clause_cut_at_title(self, verb: Token) -> list[tuple[int, int]]:
        """'It is the seventh fire ..., Const. Kelsey Arbeau told CBC News.': the parser took
        the title's full stop for the end of a sentence; the clause before it is the report."""
        doc, first = self.doc, verb.sent.start
        if first < 3 or doc_tokens(doc)[first - 1].text not in NAME_TITLE_ABBREVIATIONS or doc_tokens(doc)[first - 2].text != ",":
            return []
        if not all(t.tag_ in ("NNP", "NNPS") for t in doc_tokens(doc)[first:verb.i]):
            return []  # the new sentence must open with the source's name
        return [(doc_tokens(doc)[first - 2].sent.start, first - 2)]

    def _reports_through_object(self, verb: Token) -> bool:
        """'and accused the government of “cutting by stealth”', 'and called the ruling “a disgrace”':
        a charge, or quoted words about the object, are a report of their own."""
        lemma = speech_lemma(verb)
        dobj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if dobj is None:
            return False
        if lemma in _CHARGE_PREPS:
            return any(t.dep_ == "prep" and t.lower_ == _CHARGE_PREPS[lemma] and head_of(t) in (verb, dobj) for t in verb.subtree)
        return lemma in PREDICATIVE_LEMMAS and bool(self.index.within(*self._char_range(dobj.i, verb.right_edge.i + 1)))

    def _clause_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split one complement where a second report begins.

        'that A, but that B' is two quotes; in 'said A but cautioned that B'
        the parser often hangs 'cautioned' inside A: A stops before it.
        """
        doc = self.doc
        cuts = []
        for tok in doc_tokens(doc)[start + 1:end]:  # one pass: the parse labels say which test applies
            dep = tok.dep_
            if dep not in ("conj", "advcl", "relcl") or not speech_lemma(tok) and dep != "conj":
                continue
            opening = tok.left_edge.i
            if dep == "conj":
                if doc_tokens(doc)[opening].lower_ == "that" and doc_tokens(doc)[opening].dep_ == "mark" and opening > start and self._closed_before(opening):
                    cuts.append((opening, True))  # '“A,” but that B'; 'that A, and that B' is one report
                elif (speech_lemma(tok) and tok.tag_ != "VB" and doc_tokens(doc)[opening].lower_ != "that"
                      and not self._stance_in_the_report(tok, opening)
                      and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))
                      and (_reports(tok) or self._reports_through_object(tok))):
                    # (a bare verb is no act of the source's: 'said the group would present ... and ask the commission to ...';
                    # nor a passive with a subject of its own: 'and that the latest assessment was ordered after ...')
                    cuts.append((opening, False))
            elif dep == "advcl":
                # 'said A, while Notley said B': a contrasting clause with a source and a report of its own
                if ((doc_tokens(doc)[opening - 1].text == "," or doc_tokens(doc)[opening - 1].text in ("”", '"') and doc_tokens(doc)[opening - 2].text == ",")
                        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in children_of(tok))
                        # (not 'though he expects': a stance; 'though she acknowledged that B' is a report)
                        and any(c.dep_ == "nsubj" and (c.lower_ not in PERSONAL_PRONOUNS or speech_lemma(tok) not in COGNITION_LEMMAS)
                                for c in children_of(tok))
                        and any(c.dep_ == "ccomp" for c in children_of(tok))):
                    cuts.append((opening, False))
            else:
                # '..., which she described as “...”': a relative clause reporting speech of its
                # own, by a source of its own ('people who have reported using meth' is no report).
                # Not a bare relative ('people [he believed] would be too embarrassed'): what it reports is the clause's own.
                bare = doc_tokens(doc)[opening - 1].text != "," and doc_tokens(doc)[opening].lower_ not in _RELATIVE_PRONOUNS
                if not bare and not self._in_passage(tok) and (
                        _reports(tok, clause_only=True) or any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS for c in children_of(tok))):
                    cuts.append((opening, False))
        if not cuts:
            return [(start, end)]
        pieces, piece_start = [], start
        for cut, keeps_that in sorted(cuts):
            if cut <= piece_start:
                continue
            piece_end = cut
            while piece_end > piece_start and (doc_tokens(doc)[piece_end - 1].dep_ == "cc" or doc_tokens(doc)[piece_end - 1].is_punct):
                piece_end -= 1
            pieces.append((piece_start, piece_end))
            if not keeps_that:
                return pieces  # the rest is the other verb's report
            piece_start = cut
        pieces.append((piece_start, end))
        return pieces

    def _stance_in_the_report(self, verb: Token, opening: int) -> bool:
        """'said she was relieved by the vote but worried the issue would return': a stance joined
        without a comma goes on with the report (not ', and some worry they won’t survive')."""
        return (speech_lemma(verb) in COGNITION_LEMMAS and opening >= 2 and doc_tokens(self.doc)[opening - 2].text != ","
                and not any(c.dep_ == "det" for c in children_of(verb)))

    def _unattached_that(self, verb: Token) -> Token | None:
        """'told reporters after ... that “...”': the parser hung the clause elsewhere."""
        doc = self.doc
        sent_end = verb.sent.end
        for i in range(verb.i + 1, min(sent_end, verb.i + 16)):
            tok = doc_tokens(doc)[i]
            if tok.lower_ == "that":  # a relative 'that' ('wait times that exceeded') is not a report
                return tok if tok.dep_ == "mark" or self._that_taken_for_relative(tok) else None
            # ('wrote in a tribute posted online that ...': a participle describing the medium is no other report)
            if tok.text in (".", ";", ":", "?", "!") or speech_lemma(tok) and not (tok.dep_ == "acl" and tok.tag_ == "VBN") or tok.dep_ == "ccomp":
                return None
        return None

    @staticmethod
    def _that_taken_for_relative(that: Token) -> bool:
        """'acknowledged in her reasons [that full restitution is unlikely]': the parser read a
        relative clause of 'reasons', but the clause has a subject of its own and 'that' is
        neither its subject nor its object."""
        clause = head_of(that)
        return (that.dep_ == "advmod" and clause.dep_ == "relcl" and head_of(clause).dep_ == "pobj"
                and head_of(clause).i + 1 == that.i
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != that.i for c in children_of(clause)))

    def _quotes_wording(self, verb: Token, start_tok: int, end_tok: int) -> bool:
        """Content holding quoted wording, not a quoted name ('calling itself the
        “Levy Fatigue” coalition')."""
        if any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in children_of(verb)):
            return False
        lo, hi = self._char_range(start_tok, end_tok)
        opening = self.index.at(lo)  # 'called it “a great day ...”': the predicate starts inside the quotation
        for k in ([opening] if opening is not None else []) + self.index.within(lo, hi):
            p = self.passages[k]
            words = _NAME_WORD.findall(self.text[p.start:p.end])
            if words and not all(w[0].isupper() for w in words):
                return True
        return False

    @staticmethod
    def _directive(verb: Token) -> bool:
        return any(c.dep_ == "xcomp" and c.i > verb.i for c in children_of(verb))

    def _is_cancelled(self, verb: Token) -> bool:
        """'did not say', 'declined to say how much ...' report nothing. A 'not'
        inside the quotation the parser hung on the verb ('“It’s hard not to,”
        Suter noted') negates nothing of the verb's."""
        if any(c.dep_ == "neg" and not self._in_passage(c) for c in children_of(verb)):
            return True
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and speech_lemma(verb) in PREDICATIVE_LEMMAS:
            return True  # 'a script called “Wild Rose,”' names a thing; nobody says anything
        return verb.dep_ == "xcomp" and head_of(verb).lower_ in CANCELLING_HEADS

    def add_verb_quotes(self, verb: Token, lemma: str) -> None:
        if self._is_cancelled(verb):
            return
        head, source_range = self._source(verb)
        if head is None:
            return
        if lemma in COGNITION_LEMMAS and (head.tag_ == "PRP" or self._cites_source(verb.sent) or verb.dep_ == "ccomp"
                                          and speech_lemma(head_of(verb)) is not None and self._source(head_of(verb))[0] is not None):
            # 'Investigators believe ..., Lumsden said', '... believe ..., according to a new Leger poll':
            # a stance inside someone else's report is part of it
            return
        if lemma == "ask" and (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children_of(verb)) or self._asked_aside(verb)):
            return  # 'she was asked whether', 'Her mother, asked whether she plans to ..., laughed': the one asked
        if lemma == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)):
            return  # 'found out in October that ...': learnt, not stated
        if lemma == "deny" and any(c.dep_ == "auxpass" for c in children_of(verb)):
            return  # 'may be denied access to consular officials': refused, not a denial anyone made
        if head.lower_ in _THING_SUBJECTS and head.lower_ != "it" and not _reports(verb):
            return  # 'That confirms recent polling': a thing, not a source
        for start_tok, end_tok in self.content_ranges(verb, lemma, source_range[0]):
            end_tok = self._before_participle_report(verb, start_tok, end_tok)
            end_tok = self._extend_over_shared_subject(start_tok, end_tok)
            end_tok = self._extend_over_contrast(verb, start_tok, end_tok)
            if end_tok <= start_tok:
                continue
            if lemma in _QUOTED_ONLY_LEMMAS and not self._directive(verb) and not self._quotes_wording(verb, start_tok, end_tok):
                continue  # 'call it a revolution' names; 'called it the “end of an era”' quotes
            if source_range and start_tok <= source_range[0] < end_tok:
                continue  # the 'content' swallowed its own source: a parse error
            words = [t for t in doc_tokens(self.doc)[start_tok:end_tok] if not (t.is_space or t.is_punct)]
            if len(words) <= 2 and any(speech_lemma(t) for t in words):
                continue  # 'He said, she said': another attribution, not what was said
            start, end = _trim(self.text, *self._char_range(start_tok, end_tok))
            if end <= start:
                continue
            if lemma == "ask" and _ANONYMITY_REQUEST.search(self.text, start, end):
                continue  # 'who asked that her name not be used': how the source is cited, not a quote
            end = self._extend_over_fragments(end, verb)
            end = self._extend_over_trailing_relative(end)
            self._add_content(start, end, verb_phrase(verb, lemma), head, source_range)

    def _asked_aside(self, verb: Token) -> bool:
        """'Her mother, asked whether she plans to keep saving receipts, laughed': 'asked'
        set off by commas before the subject's own verb (not 'The rancher, Lyle Pankratz, asked that ...')."""
        doc = self.doc
        if verb.i == 0 or doc_tokens(doc)[verb.i - 1].text != ",":
            return False
        return any(tok.text == "," and doc_tokens(doc)[tok.i + 1].tag_ in ("VBD", "VBZ", "VBP") and not self._in_passage(tok)
                   for tok in doc_tokens(doc)[verb.i + 1:verb.sent.end - 1])

    def _extend_over_fragments(self, end: int, verb: Token) -> int:
        """'stressed the importance of X “showing ...” to “spare ...”': quoted
        fragments continuing the content within the verb's clause belong to it."""
        limit = verb.right_edge.idx + len(verb.right_edge)
        for k in self.index.within(end, limit):
            p = self.passages[k]
            gap = self.text[end:p.start]
            if len(gap.split()) > 3 or any(c in gap for c in ",;.—"):
                break
            end = p.end
        return end

    def _extend_over_trailing_relative(self, end: int) -> int:
        """What closes the sentence after the report and belongs to it: ', which could
        take until Thursday.', ', but only if graduates find jobs', and a list after a
        colon ('the same faces: nurses, bakers, security guards'), which the parser
        hangs on the speech verb."""
        rest = self.text[end:end + 400]
        colon = rest.startswith(": ")
        if not (rest.startswith((", which ", ", who ", ", but only ")) or colon):
            return end
        stop = min((i for i in (rest.find(". "), rest.find(".\n"), rest.find("\n")) if i > 0), default=-1)
        if stop < 0:
            stop = len(rest.rstrip().rstrip("."))
        if self.index.within(end, end + stop):
            return end
        if colon:
            span = self.doc.char_span(end + 1, end + stop, alignment_mode="expand")
            if span is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
                return end  # a clause of its own after the colon, not a list
        return end + stop

    def _add_content(self, start, end, verb_text, head, source_range) -> None:
        manner = _MANNER_OF_SAYING.match(self.text, start, end)
        if manner is not None:  # 'she said, her voice breaking, ...': how it was said
            start, end = _trim(self.text, manner.end(), end)
        if " " not in self.text[start:end].strip():
            return  # one word ('according to attendees, This') reports nothing
        if self.text[start:end].split(" ", 1)[0].lower() in ("asked", "pressed", "questioned"):
            return  # 'Asked whether ..., she said': the question, not her answer
        if start > 0 and self.text[start - 1] == "-":
            # 'said re-signing Delacroix was ...': the parser cut a hyphenated word; the report starts with the
            # whole word, unless that word is a relative clause's verb ('who co-chairs the council')
            prefix = _CUT_WORD.search(self.text, max(0, start - 40), start)
            if prefix is None or prefix.group("before").lower() in ("who", "which", "that"):
                return
            start = prefix.start("prefix")
        inside = self.index.at(start)
        if inside is not None:
            tail = self.text[self.passages[inside].end:end]
            if not _WORDS_AFTER.match(tail):
                # The reported content begins inside quotation marks: a direct quote.
                self._attribute(inside, verb_text, head, source_range)
                return
            # '“The people aren’t buying” impeachment, Trump said': a quote that goes on
            # unquoted is mixed, quotation marks and all.
            start = self.passages[inside].start
        covered = self.index.within(start, end)
        for n, k in enumerate(covered):
            p = self.passages[k]
            if p.start > start and self.text[start:p.start].rstrip().endswith((".", "?", "!")) and self.text[p.start + 1:p.start + 2].isupper():
                # '... could reach 35 C. “Drink plenty of water,” it advised': the parser ran
                # two sentences together; the report ends where the quoted sentence begins.
                start, end = _trim(self.text, start, p.start)
                covered = covered[:n]
                break
        for k in covered:  # a quoted fragment is taken whole, up to its closing mark
            end = max(end, self.passages[k].end)
        if any(k in self.attributed for k in covered):
            return
        cand = Candidate(start, end, "mixed" if covered else "indirect", verb_text, head, source_range, covered)
        self.candidates.append(cand)
        for k in covered:
            self.attributed[k] = cand

    def _attribute(self, k: int, verb_text, head, source_range) -> None:
        if k in self.attributed:
            return
        p = self.passages[k]
        cand = Candidate(p.start, p.end, "direct", verb_text, head, source_range, [k])
        self.candidates.append(cand)
        self.attributed[k] = cand

    # -- step 3: passages next to a speech verb --------------------------
    def attribute_adjacent(self, verbs: list[tuple[Token, str]]) -> None:
        text = self.text
        sourced = []
        for verb, lemma in verbs:
            head, source_range = self._source(verb)
            if head is not None and not self._is_cancelled(verb):
                lo, hi = self._char_range(*self._verb_phrase_range(verb, source_range))
                sourced.append((verb, lemma, head, source_range, lo, hi))
        for k, p in enumerate(self.passages):
            if k in self.attributed:
                continue
            best = None
            # '“We’re in Cairo.” Kirby said' is not wire style: a full stop closes the passage.
            # '“A,” he said' / '“A?” she asked': the passage ends on a comma or a question;
            # a full stop closes it, and a bare '“Levy Fatigue” coalition' is a name.
            inner_end = text[p.start:p.end].rstrip("”\"'’ ")[-1:]
            open_after = inner_end in (",", "?", "!", "—", "-", "…")
            tail_end = None
            for verb, lemma, head, source_range, lo, hi in sourced:
                if lo >= p.end:  # attribution right after the passage: '“...,” Kirby said.'
                    gap = text[p.end:lo]
                    if (open_after or gap.lstrip().startswith(",")) and _joins(gap):
                        best = (verb, lemma, head, source_range)
                        break
                    tail = _unquoted_tail(gap)
                    if tail and not open_after:
                        # '“... the little deal” announced in October, said X': mixed.
                        best, tail_end = (verb, lemma, head, source_range), p.end + tail
                        break
                elif hi <= p.start and _introduces(text[hi:p.start]) and not self.index.within(hi, p.start):
                    best = (verb, lemma, head, source_range)  # 'He added, “...”', 'said Tuesday:\n“...”'
            if best is not None:
                verb, lemma, head, source_range = best
                if tail_end is not None:
                    cand = Candidate(p.start, tail_end, "mixed", verb_phrase(verb, lemma), head, source_range, [k])
                    self.candidates.append(cand)
                    self.attributed[k] = cand
                else:
                    self._attribute(k, verb_phrase(verb, lemma), head, source_range)

    @staticmethod
    def _verb_phrase_range(verb: Token, source_range) -> tuple[int, int]:
        """Tokens of 'source + verb' (in either order), what sits between passages."""
        lo, hi = verb.i, verb.i + 1
        if source_range is not None:
            lo, hi = min(lo, source_range[0]), max(hi, source_range[1])
        doc = verb.doc
        # '..., ” president and chief executive Vikram Sethi told': role words the parser
        # hung elsewhere still stand between the passage and the name
        # ('co-founder and artistic director Geneviève Ouellet-Marchand': hyphens and adjectives too)
        start = lo
        while start > 0 and lo - start < 8 and (doc_tokens(doc)[start - 1].lower_ in TITLES or doc_tokens(doc)[start - 1].lower_ in PERSON_NOUNS
                                                or (doc_tokens(doc)[start - 1].lower_ in ("and", "&") and start < lo)
                                                or (doc_tokens(doc)[start - 1].tag_ == "JJ" and doc_tokens(doc)[start - 1].is_lower and start < lo)
                                                or joined_by_hyphen(doc, start - 1) or joined_by_hyphen(doc, start)):
            start -= 1
        if start < lo and doc_tokens(doc)[start].lower_ not in ("and", "&"):
            lo = start
        return lo, hi

    def _cites_source(self, sent) -> bool:
        """The sentence credits its words with 'according to'."""
        return any(t.lower_ == "according" and t.i + 1 < len(self.doc) and doc_tokens(self.doc)[t.i + 1].lower_ == "to" for t in sent)

    # -- 'according to X' -------------------------------------------------
    def add_according_to(self, according: list[Token]) -> None:
        doc = self.doc
        for tok in according:
            to = doc_tokens(doc)[tok.i + 1]
            obj = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            comma = next((t for t in doc_tokens(doc)[obj.left_edge.i:obj.i] if t.text == ","), None)
            if comma is not None and comma.i > to.i + 1:
                obj = doc_tokens(doc)[comma.i - 1]  # 'According to the FAO, agency nurses ... billed': the parser ran the source into the report
            obj = self._name_after_title(obj)
            source_range = naming_phrase(obj)
            sent = tok.sent
            s_start, s_end = sent.start_char, sent.end_char
            open_passages = [k for k in self.index.within(s_start, tok.idx)
                             if k not in self.attributed and self._reads_like_speech(k, self.passages[k])]
            if open_passages:
                for k in open_passages:
                    self._attribute(k, "according to", obj, source_range)
                continue
            if all(t.is_punct or t.lower_ in ("but", "and") for t in doc_tokens(doc)[sent.start:tok.i]):
                after = obj.right_edge  # 'According to X, ...'
                start, end = _trim(self.text, after.idx + len(after), s_end)
            else:
                start, end = _trim(self.text, s_start, tok.idx)
            if any(c.start < end and start < c.end for c in self.candidates):
                continue  # what it reports is already a quote ('X stressed ..., according to ...'), but not
                # when the quote is another clause ('..., according to a new report that says ...')
            if end > start:
                self._add_content(start, end, "according to", obj, source_range)

    def _name_after_title(self, obj: Token) -> Token:
        """'according to fire Capt. Rosa Delgado', parsed with 'fire' as the object: the
        person named right after the object's title words."""
        i = obj.i + 1
        while i < len(self.doc) and i - obj.i <= 3 and doc_tokens(self.doc)[i].lower_ in TITLES:
            i += 1
        mention = self.mention_at(i) if i > obj.i + 1 and i < len(self.doc) else None
        if mention is not None and mention[2] == "PERSON":
            return doc_tokens(self.doc)[mention[1] - 1]
        return obj

    # -- step 4: what remains -------------------------------------------
    def add_floating(self) -> None:
        for k, p in enumerate(self.passages):
            if k in self.attributed or not self._reads_like_speech(k, p):
                continue
            holder = self._sentence_speaker(p)
            if holder is not None:
                # 'Cook remembered Jobs rehearsing there and “going way off script ...”':
                # words quoted inside a sentence are its subject's.
                self._attribute(k, head_of(holder).text, holder, naming_phrase(holder))
                continue
            cand = Candidate(p.start, p.end, "floating", "", None, None, [k])
            self.candidates.append(cand)
            self.attributed[k] = cand

    def _sentence_speaker(self, p: Passage) -> Token | None:
        """The person (name or personal pronoun) whose sentence a passage sits in the
        middle of, when the sentence begins before the passage."""
        first = self._token_after(p.start)
        if first >= len(self.doc):
            return None
        sent = doc_tokens(self.doc)[first].sent
        before = first - 1
        while before >= 0 and doc_tokens(self.doc)[before].is_space:
            before -= 1
        if sent.start_char >= p.start:
            if before >= 0 and doc_tokens(self.doc)[before].text == ":":
                return self._colon_subject(doc_tokens(self.doc)[before], p)  # '... released a statement on Saturday:' then the quote
            return self._introducing_subject(p, first)
        if any(self._reads_like_speech(j, self.passages[j]) for j in self.index.within(sent.start_char, p.start)):
            return None  # a quoted title before it ('the set of “Fargo,”') is no speech
        if before >= 0 and doc_tokens(self.doc)[before].text == ":":
            return self._colon_subject(doc_tokens(self.doc)[before], p)
        return self._person_subject(sent, p)

    def _colon_subject(self, colon: Token, p: Passage) -> Token | None:
        """'..., and The Carlyle Group will be left to wonder: “...”': the subject of
        the clause the colon ends, a person or an organisation."""
        verb = head_of(colon)
        if verb.i > colon.i:  # the parser hung the colon on the quote's verb: the clause's own verb before it
            verb = next((t for t in reversed(doc_tokens(self.doc)[colon.sent.start:colon.i]) if t.pos_ in ("VERB", "AUX")), None)
            if verb is None:
                return None
        for _ in range(3):
            subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i), None)
            if subj is not None:
                if self._in_passage(subj):
                    return None
                mention = self.mention_at(subj.i)
                if subj.lower_ in ("he", "she", "they") or (mention is not None and mention[2] in ("PERSON", "ORG")):
                    return subj
                owner = next((c for c in children_of(subj) if c.dep_ == "poss"), None)
                if owner is not None and subj.lower_ in _VERDICT_NOUNS:
                    return owner  # 'His assessment was blunt:' -> his
                if subj.lower_ in KINSHIP_NOUNS or subj.lower_ in ORG_NOUNS:
                    return subj  # 'Arsenault's family ... released a short statement:'
                return None
            if verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or head_of(verb) is verb:
                return None
            verb = head_of(verb)
        return None

    def _person_subject(self, sent, p: Passage) -> Token | None:
        subj = next((c for c in children_of(sent.root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.idx >= p.start or self._in_passage(subj):
            return None
        mention = self.mention_at(subj.i)
        if subj.lower_ in ("he", "she") or (mention[2] == "PERSON" if mention is not None else subj.ent_type_ == "PERSON"):
            return subj
        return None

    def _introducing_subject(self, p: Passage, first: int) -> Token | None:
        """'McDowell still laughs at the memory. “It could have been ...”': a quote
        opening a sentence right after one, in the same paragraph and with no
        quotation, whose subject is a person is that person's."""
        if first == 0:
            return None
        previous = doc_tokens(self.doc)[first - 1].sent
        if (_paragraph_of(self.doc, previous.start_char) != _paragraph_of(self.doc, p.start)
                or self.index.within(previous.start_char, p.start) or self.index.at(previous.start_char) is not None):
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(previous.root)):
            return None  # 'Webb was arrested ...': what follows is not his
        return self._person_subject(previous, p)
        return None

    def _reads_like_speech(self, k: int, p: Passage) -> bool:
        if not p.sentence_like:
            return False  # a scare quote, a nickname or a title
        para_start = self.text.rfind("\n", 0, p.start) + 1
        before = self.text[para_start:p.start].strip()
        if _NAMING_BEFORE.search(before):
            return False  # 'the so-called “Westray amendments”': a name
        between = self.text[self.passages[k - 1].end:p.start].rstrip() if k > 0 else ""
        if k > 0 and k - 1 in self.attributed and self.passages[k - 1].start >= para_start and between.endswith((".", "?", "!")):
            return p.words >= 1  # '“We’ll count the permits,” she added. “Then we’ll talk.”', '“Please.”'
        if p.words < _MIN_FLOATING_WORDS:
            return False
        # A short passage inside running prose ('... Gov. Kristi Noem is defending the
        # slogan “Meth, we’re on it.”') is cited wording; a long one is still speech.
        starts_sentence = before.endswith((".", "?", "!", ":", "”", '"')) and not _ends_on_abbreviation(before)
        return before == "" or starts_sentence or p.words >= 8

    def run(self) -> list[Candidate]:
        doc = self.doc
        body_start, body_end = self.body
        verbs, according = [], []
        for i in speech_candidates(doc):
            tok = doc_tokens(doc)[i]
            # (nor in photo captions, 'WATCH | ...:' and 'READ MORE: ...' lines)
            if tok.idx < body_start or tok.idx >= body_end or in_caption(doc, tok.idx):
                continue
            lemma = speech_lemma(tok)
            if lemma is not None:
                if not self._in_passage(tok):
                    verbs.append((tok, lemma))
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc_tokens(doc)[tok.i + 1].lower_ == "to" and not self._in_passage(tok):
                according.append(tok)
        for verb, lemma in verbs:
            self.add_verb_quotes(verb, lemma)
        self.attribute_adjacent(verbs)
        self.add_according_to(according)
        self.add_floating()
        self.add_posts()
        return _drop_nested(self.candidates)

    # -- step 5: embedded posts -------------------------------------------
    def add_posts(self) -> None:
        body_start, body_end = self.body
        for post in find_posts(self.text):
            for start, end in post.lines:
                if body_start <= start and end <= body_end:
                    self.candidates.append(Candidate(start, end, "floating", signer=(post.name, post.name_start)))


def _role_after_inverted_source(verb: Token, clause: Token) -> bool:
    """'“...,” said Gerald Boudreau, warden of the Municipality of ...': the parser made
    the source's role, a noun with no subject (even tagged a verb: 'warden'), a clause of 'said'."""
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in children_of(clause)):
        return False
    if not (clause.tag_ in ("NN", "NNS") or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(clause))):
        return False
    left = clause.left_edge.i
    return doc_tokens(verb.doc)[left - 1].text == "," and any(
        c.dep_ == "nsubj" and verb.i < c.i and left - 2 <= c.right_edge.i < left for c in children_of(verb))  # (the comma may hang on the name)


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping quotes ('X said Y told Z that ...' is one quote)."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _paragraph_of(doc: Doc, char: int) -> int:
    return bisect_right(doc._.paragraph_starts or (0,), char) - 1


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _signer_reference(doc: Doc, resolver: SpeakerResolver, name: str, at: int) -> tuple[str, str]:
    """An embedded post's signer: the story's name for them ('Governor Kristi Noem'
    is Kristi Noem), else the signature as written ('tall glass of coquito')."""
    tokens = doc.char_span(at, at + len(name), alignment_mode="expand")
    for tok in tokens if tokens is not None else ():
        if tok.lower_ not in TITLES:
            mention = resolver.mention_at(tok.i)
            if mention is not None and mention[2] in ("PERSON", "ORG"):
                return mention[3], mention[2]
            break
    return name, "DESCRIPTION"


@Language.component("newswire_quotes")
def quotes_component(doc: Doc) -> Doc:
    resolver = SpeakerResolver(doc)
    candidates = QuoteFinder(doc, resolver).run()
    text = doc_text(doc)
    quotes = []
    last_paragraph = -1
    for cand in candidates:
        paragraph = _paragraph_of(doc, cand.start)
        if cand.signer is not None:
            speaker_text = cand.signer[0]
            reference, label = _signer_reference(doc, resolver, *cand.signer)
        elif cand.source is not None and cand.verb in HEARING_FORMS:
            start, end = cand.source_range
            reference, label, speaker_text = None, None, span_text(doc, start, end)  # 'Court heard': evidence, from no one named
        elif cand.source is not None:
            start, end = cand.source_range
            resolver.quoted_people = resolver.people_named_in(cand.start, cand.end)
            resolver.quoted_genders = resolver.genders_talked_of(cand.start, cand.end)
            reference, label = resolver.resolve(cand.source, start, end)
            resolver.quoted_people = resolver.quoted_genders = frozenset()
            speaker_text = span_text(doc, start, end)
        else:
            reference, label = resolver.floating()
            speaker_text = ""
            if paragraph == last_paragraph:
                cand.kind = "direct"  # continues an attributed quote in the same paragraph
        resolver.remember(reference, label, _token_at(doc, cand.start))
        last_paragraph = paragraph
        quotes.append(
            {
                "quote": text[cand.start:cand.end],
                "start": cand.start,
                "end": cand.end,
                "speaker": reference,
                "speaker_text": speaker_text,
                "verb": cand.verb,
                "kind": cand.kind,
            }
        )
    doc._.quotes = quotes
    release_caches(doc)  # (the last component: nothing reads the token caches after it)
    return doc
