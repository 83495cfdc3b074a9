"""Who said it: the source phrase of a speech verb and its canonical reference.

``subject_of`` finds the token naming the source (subject of the verb,
inherited through coordination and participles, the noun a relative clause
hangs on); ``naming_phrase`` the words around it. ``SpeakerResolver`` turns
that phrase into the story-level reference: a person's most complete name,
an organisation, a definite group, or None for anonymous and unresolved
sources.
"""

from __future__ import annotations

import re

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Token

from newswire.extract.lexicon import (
    ANONYMOUS_HEADS,
    BUSINESS_NAME_ENDINGS,
    CHILD_NOUNS,
    CITIES,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_ROLE_WORDS,
    GIVEN_NAMES,
    KINSHIP_NOUNS,
    LOCATIVE_PREPS,
    MALE_PRONOUNS,
    MALE_ROLE_WORDS,
    ORG_NOUNS,
    PARENT_NOUNS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PROVINCES,
    ROLES_OF_BODIES,
    ROLE_HEADS,
    TITLES,
    given_name_vote,
    unaccented,
)
from newswire.extract.wire import children_of, doc_text, doc_tokens, head_of, in_caption, in_masked, indices_of, span_text, word_ids
from newswire.extract.verbs import AUTHORING_FORMS, NOT_AUTHORING_FORMS, speaks, speech_lemma

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# What a source sends or gives an outlet: 'a statement emailed to', 'an interview with'.
# The outlets a story may name as it reports: never the body 'the department' or 'the company' is.
_NEWS_OUTLETS = frozenset({"star", "toronto star", "cbc", "cbc news", "ctv", "ctv news", "global news", "huffpost", "huffpost canada",
                           "globe", "globe and mail", "the globe and mail", "national post", "post", "canadian press", "the canadian press",
                           "reuters", "associated press", "radio-canada"})
_OUTLET_ROUTES = frozenset("emailed sent statement email interview interviews provided gave spoke speaking talked".split())
# What the story tells of the person it follows: 'the 31-year-old', 'the Halifax-born singer-songwriter'.
_PEOPLE_FROM_PLACES = frozenset("woman man mother father teen teenager girl boy grandmother grandfather resident senior retiree".split())
_AGE = re.compile(r"\b\d+-year-old\b|\w-born\b")
# Children that are not part of the naming phrase ('Ella Ben Ami, daughter of ...').
_DETACHED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"})
_NAMING_PREPS = frozenset({"of", "from", "at", "for", "with", "within", "on", "by"})
# 'a senior minister', 'a former official': one of several, left unnamed on purpose.
_UNNAMING_MODIFIERS = frozenset("senior junior top former another other one some".split())
# Titles that name a role by another word: 'the judge' is 'Justice Miriam Halloran'.
_ROLE_SYNONYMS = {
    "judge": frozenset({"justice"}), "officer": frozenset({"constable", "const."}),
    "prosecutor": frozenset({"crown"}),  # 'a Crown prosecutor' is 'Crown attorney Martin Oyelaran'
}
# Groups that speak as one without a name of their own.
_UNNAMED_GROUPS = frozenset("family families jury jurors".split())
# 'who uses they/them pronouns', 'goes by they/them'
_THEY_THEM = re.compile(r"\bthey ?/ ?them\b", re.I)
# Words that keep a source unnamed on purpose: 'who asked not to be named', 'on condition of anonymity'.
_UNNAMED_ON_PURPOSE = frozenset("named name identified anonymity anonymously".split())
_UNNAMED_ON_PURPOSE_IDS = word_ids(_UNNAMED_ON_PURPOSE)
_INDEFINITE_ARTICLE_IDS = word_ids(("a", "an", "one"))
_DOCUMENT_PREPS = _NAMING_PREPS | {"in"}
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "two", "three", "many", "other", "another", "few"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_PERSON_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_PLACE_OR_GROUP = frozenset({"GPE", "LOC", "NORP"})
_SENTENCE_LOOKBACK = 6
# What sets one chief officer apart from another.
_OFFICE_KINDS = frozenset("executive financial operating technology medical information marketing legal communications".split())
_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?")  # a quotation, closed or running to the quote's end
# A role told by its verb: 'who chairs the commission' is the commission's chair.
_ROLE_VERBS = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director", "manages": "manager",
               "runs": "head", "represents": "representative", "co-chairs": "chair"}
# Who speaks for a body named after 'for' ('a spokesperson for Tribunals Ontario').
_SPEAKING_FOR_HEADS = frozenset("spokesperson spokesman spokeswoman spokespeople representative official".split())
# Singular roles a named person holds ('the minister' -> the person titled minister).
ROLE_TITLES = frozenset(
    """
    president minister governor senator mayor chief spokesman spokeswoman spokesperson secretary
    chairman chairwoman ceo director executive judge prosecutor commissioner ambassador coach
    founder administrator premier chancellor king queen prince princess pope sheriff treasurer
    superintendent manager captain general attorney representative congressman congresswoman
    suspect victim defendant accused plaintiff doctor lawyer professor economist researcher
    author driver owner councillor councilor alderman mp mpp mla constable corporal sergeant
    detective inspector commander provost negotiator officer dean principal chair chairperson critic warden
    auditor
    """.split()
)
_TITLE_ABBREVIATIONS = {
    "gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
    "sec.": "secretary", "pres.": "president", "atty.": "attorney", "supt.": "superintendent",
    "capt.": "captain", "mgr.": "manager", "dr.": "doctor", "dr": "doctor",
    "prof.": "professor", "coun.": "councillor", "coun": "councillor", "cllr": "councillor", "cllr.": "councillor",
    "ald.": "alderman", "const.": "constable", "cpl.": "corporal", "sgt.": "sergeant", "det.": "detective",
    "insp.": "inspector",
}
# A company is not a union or a court: 'the company' skips such names.
_NON_COMPANY_WORDS = frozenset(
    """
    union council court ministry department university commission committee agency association
    federation party police office bureau school college coalition alliance institute league
    nations government administration forum fire paramedics cross service services health hospital municipality city
    """.split()
)
# Words in the names of bodies that are no company: 'the company' is never one of them.
_NOT_A_COMPANY = _NON_COMPANY_WORDS | frozenset("network nation festival tribunal board society foundation tourism affairs".split())
# Relatives a story introduces by name once ('his daughter Monique Gallant-Arsenault said'),
# then calls by the relation ('His daughter said'); the word gives the gender.
_ONE_RELATIVE = frozenset("mother mom mum daughter wife sister widow granddaughter grandmother "
                          "father dad son husband brother widower grandson grandfather".split())
# A firm's name, never a public body's ('LSEG Data & Analytics' is not 'the agency').
_FIRM_NAME_ENDINGS = BUSINESS_NAME_ENDINGS | {"analytics"}
_COMPANY_NOUNS = frozenset(
    """
    company firm startup start-up app chain retailer grocer maker manufacturer automaker developer
    utility airline carrier insurer operator platform provider supplier conglomerate giant brand
    lender bank
    """.split()
)
# A local government or school board: whose staff write the reports a council or board debates.
_PUBLIC_BODY = re.compile(r"^(?:City|Town|Municipality|Region|County|District|Village|Township) of |\bSchool (?:Board|Division|District)$")
# Words in an organisation's name that a plain noun may stand for.
_BODY_NAMES = {"city": {"city", "municipality"}, "town": {"town", "township", "municipality"}, "municipality": {"municipality", "city"}}
# Sources nobody names, whatever body they are of.
_UNNAMED_SOURCES = frozenset("source sources insider insiders".split())
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent")  # 'shareholder', 'regulator', 'consultant': someone, not something
# Last words of a publication's title: 'Financial System Review', 'Monetary Policy Report'.
_PUBLICATION_TITLE_WORDS = DOCUMENT_NOUNS | frozenset({"review", "outlook", "update"})
# Kinds of body an acronym ends on: the 'L' of 'NHL' is its league.
_ACRONYM_KINDS = frozenset("league union association agency commission council corporation service board authority federation".split())
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# Words naming a police force: 'Hamilton Police Service', 'Surrey RCMP', 'Sûreté du Québec'.
_POLICE_WORDS = frozenset({"police", "rcmp", "opp", "sûreté", "constabulary"})
# What a kind of body is called in its name: 'the regulator' is the Ontario Securities Commission.
_KINDS_OF_BODY = {
    "regulator": {"regulator", "commission", "authority", "agency", "board", "bureau"},
    "watchdog": {"watchdog", "commissioner", "ombudsman", "ombudsperson", "office", "bureau", "commission"},
    "force": {"police", "force"},  # 'The force said' after the Toronto Police Service
    "police": _POLICE_WORDS,  # 'Police said' in a story of the Surrey RCMP
    "agency": {"agency", "authority"},  # 'the agency' after the Coast Valley Transit Authority
}
# Words a body's name uses for a field: 'the weather agency' is Environment Canada.
_FIELD_NAMES = {"weather": {"weather", "environment", "meteorological"}}
# Figures a body keeps: 'according to LSEG data', 'CFL statistics show'.
_DATA_NOUNS = frozenset("data statistics figures numbers counts tallies estimates records calculations projections research dashboard".split())
# What a person writes or leads: 'who led the review'.
_AUTHORED_NOUNS = frozenset("report review study inquiry investigation audit analysis paper memo".split())
# Words in a union's name: 'Teamsters Local 31', 'Elementary Teachers’ Federation of Ontario'.
_UNION_NAME_WORDS = frozenset(
    "union local teamsters unifor guild brotherhood steelworkers workers federation "
    "syndicat fédération confédération centrale alliance".split()  # 'Alliance des professionnels de la santé du Québec'
)
# A parent a story names through the child: 'his mother said'.
# Kinds of body their names spell out: 'Winnipeg police' is a police service.
_KINDS_IN_NAMES = frozenset("police ministry department army military agency".split())
# Nouns any kind of body goes by: 'the business group' is the Canadian Federation of Independent Business.
_GENERIC_ORG_NOUNS = frozenset("group organization organisation body".split())
# Nouns for which the story's main organisation is the best guess when no name matches.
_SALIENT_ORG_NOUNS = _COMPANY_NOUNS | frozenset(
    "report survey study statement notice filing release letter document analysis panel commission institute organization organisation regulator agency".split()
)


def first_word_is_definite(token: Token) -> bool:
    return token.lower_ in ("the", "this", "that")


def _speech_head(token: Token) -> Token:
    """'said A but cautioned B': the parser often hangs 'cautioned' on A's verb."""
    head = head_of(token)
    if head.dep_ == "ccomp" and speech_lemma(head) is None and speech_lemma(head_of(head)) is not None:
        # Only a verb reporting a clause of its own: in 'says officers boarded the train
        # and found a man', 'found' is the officers'.
        if any(c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that") for c in children_of(token)):
            return head_of(head)
        if any(c.dep_ == "dobj" for c in children_of(token)) and (
                speech_lemma(token) in _OBJECT_REPORT_LEMMAS or not any(_may_speak(c) for c in children_of(head) if c.dep_ == "nsubj")):
            # 'says about 2.2 million mortgages will renew ..., and is urging lenders to ...': mortgages
            # urge no one; and whatever the clause's subject, an accusation or a name for something is
            # the sayer's ('said his party supported immigration but accused the government of ...')
            return head_of(head)
    if head.dep_ == "ccomp" and speech_lemma(head_of(head)) is not None and _tense_back_to_the_saying(token, head):
        return head_of(head)
    return head


def _tense_back_to_the_saying(token: Token, clause: Token) -> bool:
    """'said patients should expect longer waits, and urged people to ...': after a comma and
    'and', a verb in the saying's past tense, joined to a report in the present or with a
    modal, goes back to the sayer ('said officers boarded the train and urged' is the officers')."""
    sayer = head_of(clause)
    tokens = doc_tokens(token.doc)
    return (token.tag_ == "VBD" and sayer.tag_ == "VBD" and token.i >= 2
            and tokens[token.i - 1].lower_ == "and" and tokens[token.i - 2].text == ","
            and (clause.tag_ in ("VBZ", "VBP") or clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(clause))))


# Reports through their object: 'accused the government of ...', 'called the bill “...”'.
_OBJECT_REPORT_LEMMAS = frozenset({"accuse", "call", "describe"})


def _may_speak(noun: Token) -> bool:
    """A subject that could be a source: a name, a pronoun, a person or a body ('officers', 'police')."""
    singular = noun.lower_[:-1] if noun.tag_ == "NNS" and noun.lower_.endswith("s") else noun.lower_
    return (noun.ent_type_ not in ("", "CARDINAL", "MONEY", "QUANTITY", "PERCENT") or noun.tag_ in ("PRP", "NNP", "NNPS")
            or {noun.lower_, singular} & (PERSON_NOUNS | ROLE_HEADS | ORG_NOUNS | ANONYMOUS_HEADS) != set())


def _who_antecedent(noun: Token) -> Token:
    """'Darryl Hogue, pastor of a church in nearby Cambridge, who told the crowd':
    the parser hangs 'who' on the last noun; a place a description names is nobody's
    'who', the person that description is in apposition to is."""
    if noun.dep_ == "appos" and head_of(noun).ent_type_ == "PERSON" and noun.tag_ == "NN":
        return head_of(noun)  # 'Marcus Feld, the member for Kelowna-Mission, who added': the person described
    if noun.dep_ != "pobj" or head_of(noun).lower_ not in LOCATIVE_PREPS and noun.ent_type_ not in ("GPE", "LOC"):
        return noun
    tok = noun
    for _ in range(10):
        if tok.dep_ == "appos" and head_of(tok).ent_type_ == "PERSON":
            return head_of(tok)
        if tok.dep_ not in ("pobj", "prep", "appos", "compound") or head_of(tok).i == tok.i:
            break
        tok = head_of(tok)
    return noun


def _name_head(name: str) -> str:
    """The kind of body a name says: 'Grand River University' -> 'university', 'Bank of Canada' -> 'bank'."""
    words = name.lower().split()
    return words[0] if len(words) > 2 and words[1] == "of" else words[-1]


def _outside_prepositions(head: Token):
    """``head``'s phrase in order, less what hangs on a preposition or is a possessor
    in it ('Mensah's widow, Abena Mensah,' names the widow, not Mensah)."""
    return [t for t in head.subtree if not any(a.dep_ in ("prep", "poss") for a in _ancestors_below(t, head))]


def _ancestors_below(token: Token, top: Token):
    while token.i != top.i and head_of(token).i != token.i:
        yield token
        token = head_of(token)


def subject_of(verb: Token) -> Token | None:
    """The token naming who performs ``verb``.

    Own nominal subject first; a relative clause's subject is the noun it
    modifies; coordinated verbs and participles ('declined to comment but
    said ...', '..., adding that ...') share their head's subject.
    """
    token = verb
    for _ in range(4):
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        if subjects:
            # 'said study co-author Anezina Solomonidou': the parser splits the
            # hyphenated word and makes 'co' a second subject; the name is the source.
            # ('Ward 5 Coun. Navdeep Gill-Harrow said': 'Ward' and 'Harrow' both subjects; the person's name is)
            # ('Backstage, Burke-Tobin said': a fronted word the parser made a subject too; the name is)
            child = (next((c for c in subjects if c.ent_type_ == "PERSON"), None)
                     or next((c for c in subjects if c.ent_type_ in ("ORG", "NORP") and c.nbor(1).text != ","), None)
                     # 'His co-host, Ryan Tkachuk, told': 'co', '-' and 'host' all subjects; the noun is the last
                     or next((c for c in reversed(subjects) if c.i >= 2 and c.nbor(-1).text == "-" and head_of(c.nbor(-2)) == token
                              and c.nbor(-2).dep_ == "nsubj" and c.tag_ == "NN"), None)
                     or next((c for c in subjects if c.tag_ in ("NNP", "NNPS")), None)
                     # ('Outside court, Gill’s daughter, Simran Gill-Brar, said': the subject a person is in apposition to)
                     or next((c for c in subjects if any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(c))), subjects[0])
                     ) if len(subjects) > 1 else subjects[0]
            if child.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return _who_antecedent(head_of(token)) if child.lower_ in ("who", "whom") else head_of(token)
            person = next((c for c in child.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
            if person is not None and child.ent_type_ != "PERSON" and (
                    not any(c.dep_ == "cc" for c in children_of(child))
                    or child.ent_type_ == "GPE" and any(t.lower_ in TITLES for t in doc_tokens(child.doc)[child.i + 1:person.i])):
                # 'Public Service Alliance of Canada national president Marc-André Thibodeau said': no 'and'
                # joins them, the parser made the person a conjunct of the body; 'Newfoundland and
                # Labrador Premier Keith Dollimont said': the 'and' is the province's
                return person
            return child
        if token.dep_ in ("conj", "xcomp", "advcl") and head_of(token).i != token.i:
            if token.dep_ == "advcl" and token.tag_ != "VBG":
                head = head_of(token)
                if head.dep_ == "relcl" and head_of(head).dep_ == "ROOT" and head_of(head).tag_ in ("NN", "NNP"):
                    # 'A former director of care who worked at the home until last summer told the Star':
                    # the parser found no main verb; the described noun is who tells
                    return head_of(head)
                return None
            if token.dep_ == "xcomp":
                # 'prompted some users to argue', 'led the manufacturer to announce':
                # the object of the governing verb is who speaks.
                obj = next((c for c in children_of(head_of(token)) if c.dep_ == "dobj" and c.i < token.i), None)
                if obj is not None:
                    return obj
            report = head_of(token)
            while report.dep_ == "conj" and head_of(report) is not report:
                report = head_of(report)  # ('said A and that the requirement was too weak, noting ...')
            if (token.dep_ == "advcl" and report.dep_ == "ccomp" and speech_lemma(token)
                    and speech_lemma(head_of(report)) and token.i > head_of(report).i):
                # 'noted that Quebec had lost a seat, calling it “...”': the noter calls it
                token = head_of(report)
                continue
            token = _speech_head(token) if token.dep_ == "conj" and speech_lemma(token) else head_of(token)
            continue
        if token.dep_ == "pcomp" and head_of(token).dep_ == "prep":
            token = head_of(head_of(token))  # 'accused X of being ..., saying ...': the accuser says
            continue
        if token.dep_ == "relcl" and head_of(token) is not token:
            return head_of(token)
        if token.dep_ == "acl" and token.tag_ in ("VBG", "VBD", "VBZ"):
            # 'a statement saying ...'; a finite verb the parser hung on its subject
            # ('The company, which is expected ..., confirmed on Monday that ...')
            return head_of(token)
        return None
    return None


def naming_phrase(head: Token) -> tuple[int, int]:
    """Token range of the phrase around ``head`` that names the source."""
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ not in _DETACHED_DEPS:
            start = min(start, child.left_edge.i)
    preps = _DOCUMENT_PREPS if head.lower_ in DOCUMENT_NOUNS else _NAMING_PREPS
    doc = head.doc
    last = head
    while last.i + 2 < len(doc) and doc_tokens(doc)[last.i + 1].text == "-" and not doc_tokens(doc)[last.i + 1].whitespace_ and not last.whitespace_:
        last = doc_tokens(doc)[last.i + 2]  # 'The company’s vice-president of human resources': the parser split the word
        end = last.i + 1
    for child in last.rights:
        if child.dep_ in _DETACHED_DEPS or (child.dep_ == "prep" and child.lower_ not in preps):
            break  # 'El-Sissi in his call with Biden' names El-Sissi; 'a report in the Argus Leader' the paper
        end = max(end, child.right_edge.i + 1)
    if start == head.i and start >= 2 and doc_tokens(doc)[start - 1].text == "-" and not doc_tokens(doc)[start - 1].whitespace_ and not doc_tokens(doc)[start - 2].whitespace_:
        # 'His co-host', 'a co-worker': the parser made 'co' and '-' subjects of their own
        start = min([start - 2] + [c.left_edge.i for c in doc_tokens(doc)[start - 2].lefts])
    # 'Representatives from the Forum, a group representing ...': stop at the comma.
    for i in range(head.i + 1, end):
        if doc_tokens(doc)[i].text in (",", "(", "—", "–"):
            end = i
            break
    while end > start + 1 and doc_tokens(doc)[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc_tokens(doc)[start].is_punct:
        start += 1
    return start, end


def _prep_objects(head: Token, preps: tuple[str, ...]):
    """The objects of ``head``'s prepositions among ``preps``: 'data from [LSEG]'."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None:
                yield obj


def _has_modifiers(head: Token) -> bool:
    """Words before the noun that describe it: 'the federal government', 'the Liberal government'."""
    return any(c.dep_ in ("amod", "compound") for c in head.lefts)


def _common_role(token: Token) -> bool:
    """A common noun, or an office written like a name ('One Progressive Conservative MPP')."""
    return token.tag_ == "NN" or (token.tag_ == "NNP" and token.lower_ in TITLES)


def _subject_or_its_owner(token: Token) -> bool:
    """The subject, its owner ('CMHC’s latest report puts ...'), or the source after
    'according to' ('..., according to Statistics Canada.')."""
    return (token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "poss" and head_of(token).dep_ in ("nsubj", "nsubjpass"))
            or token.dep_ == "pobj" and head_of(token).lower_ == "to" and head_of(token).i > 0 and doc_tokens(token.doc)[head_of(token).i - 1].lower_ == "according")


def _topic_fronted(name: Token) -> bool:
    """``name`` is the topic a sentence opens on: 'As for Borden, ...', 'For Sandhu, ...',
    'For patients like Gill, who has diabetes, ...'."""
    prep = head_of(name)
    if prep.lower_ == "like" and head_of(prep).dep_ == "pobj":
        prep = head_of(head_of(prep))
    if name.dep_ != "pobj" or prep.lower_ != "for" or name.i + 1 >= len(name.doc) or doc_tokens(name.doc)[name.i + 1].text != ",":
        return False
    opener = prep.i - 1 if prep.i > 0 and doc_tokens(prep.doc)[prep.i - 1].lower_ == "as" else prep.i
    return opener == prep.sent.start or doc_tokens(prep.doc)[opener - 1].is_space


_COPULAS = frozenset({"is", "was", "are", "were"})
_COURT_RECORD_NOUNS = frozenset({"document", "documents", "record", "records", "filing", "filings", "statement"})


def _in_main_subject(tok: Token, through_prepositions: bool = True) -> bool:
    """``tok`` is the main verb's subject, or (``through_prepositions``) the object of a
    preposition that qualifies it ('Both elevators at [Pryce’s building]')."""
    for _ in range(4 if through_prepositions else 0):
        if tok.dep_ not in ("pobj", "prep"):
            break
        tok = head_of(tok)
    return tok.dep_ in ("nsubj", "nsubjpass") and head_of(tok).dep_ == "ROOT"


def _crown_corporation_noun(head: Token) -> bool:
    """'the Crown corporation': a Canadian state enterprise, named by its kind."""
    return head.lower_ in ("corporation", "corp.") and any(c.lower_ == "crown" for c in head.lefts)


def _court_record(head: Token) -> bool:
    """'an agreed statement of facts', 'court records', 'court documents'."""
    if head.lower_ == "statement":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "facts" for g in children_of(c)) for c in children_of(head))
    return head.lower_ in _COURT_RECORD_NOUNS and any(c.lower_ == "court" and c.dep_ in ("compound", "nmod") for c in head.lefts)


def _subject_or_source(tok: Token) -> bool:
    """``tok`` is what its sentence is about or who a report is from: 'The hospital network
    declined to comment', 'according to the agency' (not 'citing the regional health commission')."""
    head = head_of(tok)
    return (tok.dep_ in ("nsubj", "nsubjpass")
            or tok.dep_ == "pobj" and head.lower_ == "to" and head_of(head).lower_ == "according")


class SpeakerResolver:
    """Resolves source phrases of one document, in reading order."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # (start, end, label, canonical), sorted by start
        self.mentions = sorted(doc._.mentions)
        self._starts = [m[0] for m in self.mentions]
        self.gender = self._infer_genders()
        self.they_people = self._people_going_by_they()
        self.org_counts = Counter(m[3] for m in self.mentions if m[2] == "ORG")  # salience
        for outlet in self._outlets_told():
            del self.org_counts[outlet]  # 'told HuffPost Canada' three times: the story's outlet, not its subject
        self.last_reference: str | None = None
        self.last_label: str | None = None
        self.last_reference_at = -1  # token index of the last resolved quote
        self._indefinites: dict[str, int] | None = None
        self._unnamed_nouns: dict[str, int] | None = None  # see _unnamed_on_purpose
        self._caption_sentences: dict[int, bool] = {}  # sentence start -> in a caption (see _in_caption)
        self._documents: dict[str, tuple[str, str]] = {}  # document noun -> the organisation or person it was last credited to
        self._authors: dict[str, str] | None = None  # document noun -> the person who wrote or led it
        self._court_record_cited = False  # 'an agreed statement of facts', 'court records': then 'the document' is one too
        self._named_roles: dict[str, str] = {}  # a role introduced with 'a'/'an' ('an ... inspector') -> who it was
        self.quoted_people: frozenset[str] = frozenset()  # people named in the quotation being attributed
        self.quoted_genders: frozenset[str] = frozenset()  # 'm'/'f' for a he/she the quotation talks about
        self.people_heard: set[str] = set()  # people who have spoken so far
        self.last_person: tuple[str, int] | None = None  # the last person who spoke, and where

    def _outlets_told(self) -> set[str]:
        """Organisations only ever spoken to: the outlet in 'Okafor told HuffPost Canada',
        'In a statement emailed to HuffPost Canada', 'in an interview with CBC News'."""
        told, other = set(), set()
        for start, end, label, canonical in self.mentions:
            if label != "ORG":
                continue
            tok = doc_tokens(self.doc)[end - 1]
            addressed = (tok.dep_ in ("dobj", "dative") and speech_lemma(head_of(tok)) == "tell"
                         or tok.dep_ == "pobj" and head_of(tok).lower_ in ("to", "with")
                         and (head_of(head_of(tok)).lower_ in _OUTLET_ROUTES or speech_lemma(head_of(head_of(tok))) is not None))
            (told if addressed else other).add(canonical)
        return told - other

    # -- mentions -------------------------------------------------------
    def mention_at(self, i: int):
        k = bisect_right(self._starts, i) - 1
        if k >= 0 and self.mentions[k][0] <= i < self.mentions[k][1]:
            return self.mentions[k]
        return None

    def mentions_in(self, start: int, end: int):
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end - 1)
        return self.mentions[lo:hi]

    def _people_going_by_they(self) -> frozenset[str]:
        """People the story says use 'they' ('Sam Achterberg, who uses they/them pronouns'):
        the last person named before 'they/them' in its sentence."""
        found = set()
        for match in _THEY_THEM.finditer(doc_text(self.doc)):
            span = self.doc.char_span(match.start(), match.start() + 4, alignment_mode="expand")
            if span is None:
                continue
            people = [m for m in self.mentions_in(span.sent.start, span.start) if m[2] == "PERSON"]
            if people:
                found.add(people[-1][3])
        return frozenset(found)

    def _infer_genders(self) -> dict[str, str]:
        """Gender cues per person: a role word next to a mention ('spokeswoman
        X', 'X, son of'), the first he/she/his/her after it in its sentence
        before anyone else is named, and common first names."""
        votes: dict[str, int] = {}
        doc = self.doc
        people = [m for m in self.mentions if m[2] == "PERSON"]
        for k, (start, end, _label, canonical) in enumerate(people):
            # the role words right before, not across a comma ('the missing boy, Tina Fontaine') nor
            # a pronoun ('she and Tobi'), and the noun the name is in apposition to ('The mother ..., Tina Fontaine')
            before = doc_tokens(doc)[max(0, start - 2):start]
            cues = [t.lower_ for t in before[next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k].is_punct), 0):]
                    if t.tag_ not in ("PRP", "PRP$")]
            name_head = doc_tokens(doc)[end - 1]
            if name_head.dep_ == "appos":
                cues.append(head_of(name_head).lower_)
            whose = end + 1 < len(doc) and doc_tokens(doc)[end].text == "," and doc_tokens(doc)[end + 1].lower_ == "whose"
            if end + 1 < len(doc) and doc_tokens(doc)[end].text == "," and not whose:
                cues.extend(t.lower_ for t in doc_tokens(doc)[end + 1:end + 4])
            next_person = people[k + 1][0] if k + 1 < len(people) else len(doc)
            sent_end = doc_tokens(doc)[start].sent.end
            stop = min(sent_end, next_person)
            pronoun = next((t.lower_ for t in doc_tokens(doc)[end:stop] if t.lower_ in MALE_PRONOUNS or t.lower_ in FEMALE_PRONOUNS), None)
            if pronoun is None and next_person > sent_end and sent_end < len(doc):
                # 'For Sandhu, the frustration is about the future. Her son is set to start ...':
                # the next sentence opens on the pronoun of the last one named
                opener = next((t for t in doc_tokens(doc)[sent_end:min(sent_end + 3, len(doc))] if not t.is_space), None)  # not '“He ...'
                if opener is not None and (opener.lower_ in MALE_PRONOUNS or opener.lower_ in FEMALE_PRONOUNS):
                    pronoun = opener.lower_
            named_before = k > 0 and people[k - 1][0] >= doc_tokens(doc)[start].sent.start or any(
                t.lower_ in MALE_PRONOUNS or t.lower_ in FEMALE_PRONOUNS for t in doc[doc_tokens(doc)[start].sent.start:start])
            if pronoun is not None and not named_before and not whose:
                # 'Tomas Aravena, who voted for Ruiz-Tagle, said he': Aravena's 'he' (not 'She said she and Tobi
                # have been sharing a room, and that she now takes', nor 'Kim Langille, whose father had a stroke at his home')
                cues.append(pronoun)
            score = sum((w in MALE_ROLE_WORDS or w in MALE_PRONOUNS) - (w in FEMALE_ROLE_WORDS or w in FEMALE_PRONOUNS) for w in cues)
            votes[canonical] = votes.get(canonical, 0) + score
        for canonical in {m[3] for m in people}:
            by_name = given_name_vote(canonical.split()[0]) if " " in canonical else 0
            votes[canonical] = votes.get(canonical, 0) + by_name
        return {name: ("m" if v > 0 else "f") for name, v in votes.items() if v}

    # -- state ----------------------------------------------------------
    def remember(self, reference: str | None, label: str | None, at: int) -> None:
        self.last_reference, self.last_label, self.last_reference_at = reference, label, at
        if label == "PERSON":
            self.people_heard.add(reference)
            self.last_person = reference, at
        if label == "ORG" and reference in self.org_counts:
            self.org_counts[reference] += 2  # an organisation that speaks is the story's subject

    def floating(self) -> tuple[str | None, str | None]:
        return self.last_reference, self.last_label

    # -- resolution -----------------------------------------------------
    def resolve(self, head: Token, start: int, end: int, depth: int = 0) -> tuple[str | None, str | None]:
        """(reference, label) for the source phrase doc[start:end] with ``head``.
        A document named again ('the report') is the one credited before."""
        if depth > 0 and self.quoted_people:  # whose mother, whose report: anyone, the quotation's people too
            quoted, self.quoted_people = self.quoted_people, frozenset()
            try:
                return self.resolve(head, start, end, depth)
            finally:
                self.quoted_people = quoted
        noun = head.lower_
        if noun in DOCUMENT_NOUNS and depth < 2:
            signer = self._attributed_to(head, depth)
            if signer is not None:
                return signer
        if (noun in DOCUMENT_NOUNS and first_word_is_definite(doc_tokens(self.doc)[start]) and (self.last_reference is not None or end - start == 2)
                and self._said_in_just_before(head)):
            # 'X said in a statement that ... “...,” the statement said.' (an unnamed source's
            # statement stays unnamed: 'His family said in a statement ...'; not 'the report from X’s office')
            return self.last_reference, self.last_label
        if _court_record(head) or (noun in _COURT_RECORD_NOUNS and self._court_record_cited and noun not in self._documents
                                   and first_word_is_definite(doc_tokens(self.doc)[start])):
            # A record of the court speaks for no one: not the police who laid the charges, nor the court
            self._court_record_cited = True
            return None, None
        if noun in DOCUMENT_NOUNS and first_word_is_definite(doc_tokens(self.doc)[start]):
            if noun in self._documents:
                return self._documents[noun]
            author = self._document_author(noun) if noun in _AUTHORED_NOUNS else None
            if author is not None:
                return author, "PERSON"
            back = list(self._sentences_back(head, 6))[1:]
            # 'His lawyer read a brief statement on his behalf. “... . ... . ...,” the statement read.'
            behalf = next((found for sent, _ in back for tok in sent if tok.lower_ == noun
                           and (found := self._on_behalf_of(tok)) is not None), None)
            if behalf is not None:
                return behalf
            if self.last_reference is not None and any(tok.lower_ == noun for sent, _ in back[:2] for tok in sent):
                # 'In an email, a spokesperson for the department wrote that ... “...,” the email said.'
                return self.last_reference, self.last_label
        found = self._resolve(head, start, end, depth)
        if noun in DOCUMENT_NOUNS and found[1] in ("ORG", "PERSON"):
            self._documents[noun] = found
        return found

    def _epithet(self, head: Token, start: int, end: int) -> bool:
        """'the Swedish netminder', 'the Santo Domingo native', 'the Edmonton novelist': a
        sports or arts writer's way of naming again, by where someone is from, a person just
        quoted (not a body: 'the Ontario government')."""
        doc = self.doc
        return (doc_tokens(doc)[start].lower_ == "the" and head.tag_ == "NN" and head.i == end - 1 and start + 1 < head.i and end - start <= 5
                and head.lower_ not in ORG_NOUNS and head.lower_ not in DOCUMENT_NOUNS and head.lower_ not in _DATA_NOUNS
                and head.lower_ not in ("embassy", "consulate")  # 'the Chinese embassy in Ottawa said'
                and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in doc_tokens(doc)[start:end])
                and all(t.ent_type_ in ("GPE", "NORP", "LOC") or t.lower_ in DEMONYMS or t.lower_ in CITIES or t.lower_ in PROVINCES
                        for t in doc_tokens(doc)[start + 1:head.i]))

    def _attributed_to(self, document: Token, depth: int) -> tuple[str, str] | None:
        """'said the statement, attributed to Brightwell’s vice-president of operations,
        Carole Desrosiers': whom the document is attributed to."""
        for child in children_of(document):
            if child.dep_ == "acl" and child.lower_ == "attributed":
                target = next((g for c in children_of(child) if c.dep_ == "prep" and c.lower_ == "to"
                               for g in children_of(c) if g.dep_ == "pobj"), None)
                if target is not None:
                    ref, label = self.resolve(target, *naming_phrase(target), depth + 1)
                    if ref is not None and label in _PERSON_LABELS | _ORG_LABELS:
                        return ref, label
        return None

    def _said_in_just_before(self, document: Token) -> bool:
        """One of the three sentences before says the last source spoke in such a document ('said
        in a statement'); the quotation it opens may fill the others."""
        back = list(self._sentences_back(document, 4))[1:]
        return any(tok.lower_ == document.lower_ and head_of(tok).lower_ == "in" and speech_lemma(head_of(head_of(tok))) is not None
                   and sent.start <= self.last_reference_at < sent.end for sent, _ in back for tok in sent)

    def _person_introduced_as(self, role: Token) -> str | None:
        """The person the story introduced by the noun of 'the ROLE said': 'Nadia Kovalenko,
        a gerontologist at Laurentian University, said', 'historian Tomas Varga', 'Kyle
        Ostapchuk, 27, was the first witness called by the Crown'. Only the last use of the
        noun that introduces someone counts (not 'the counsellor said' again): when it
        introduced no one ('A spokesperson for the ministry'), None."""
        doc = self.doc
        for tok in reversed(doc_tokens(doc)[:role.i]):
            if tok.lower_ != role.lower_ or tok.tag_ != "NN":
                continue
            edge = tok.left_edge
            if edge.lower_ == "the" and tok.dep_ in ("nsubj", "nsubjpass"):
                continue  # a reference back, like ``role`` itself
            while tok.dep_ == "conj" and head_of(tok).i < tok.i:  # 'Dr. Marc-André Tremblay, a co-author and environmental epidemiologist'
                tok = head_of(tok)
                edge = tok.left_edge
            # (a title's holder is the one the story came back to last; 'city' in 'city councillor X' names a body)
            if role.lower_ not in ROLE_TITLES and role.lower_ not in ORG_NOUNS:
                comma = edge.i - 1
                while comma > 0 and doc_tokens(doc)[comma].text != "," and edge.i - comma <= 5 and doc_tokens(doc)[comma].dep_ in ("det", "amod", "compound", "appos", "punct"):
                    comma -= 1  # ('a co-author and ...': the parser split the first role at its hyphen)
                before = self.mention_at(comma - 1) if comma >= 1 and doc_tokens(doc)[comma].text == "," else None
                if before is not None and before[2] == "PERSON" and before[1] == comma:
                    return before[3]  # 'Nadia Kovalenko, a gerontologist'
                after = self.mention_at(tok.i + 1)
                if after is not None and after[2] == "PERSON" and after[0] == tok.i + 1:
                    return after[3]  # 'historian Tomas Varga'
            subject = next((c for c in children_of(head_of(tok)) if c.dep_ == "nsubj"), None) if tok.dep_ == "attr" and head_of(tok).lower_ in _COPULAS else None
            named = self.mention_at(subject.i) if subject is not None else None
            return named[3] if named is not None and named[2] == "PERSON" else None
        return None

    def _officer_of_body(self, mention, end: int) -> str | None:
        """'Conflict of Interest and Ethics Commissioner Lucien Dufresne wrote', 'Ministry of
        Long-Term Care spokesperson Tariq Hamdan says': the parser made the body the
        subject; the titled person ending the phrase is who wrote."""
        if mention is None or mention[2] not in _ORG_LABELS:
            return None
        # (the phrase may stop at the role, the name hung on the body in apposition, or at the body,
        # role and name both in apposition: 'Elks head coach Sean Brophy said', 'Nishnawbe Aski Nation
        # Deputy Grand Chief Raymond Suganaqueb congratulated')
        return next((m[3] for m in self.mentions_in(mention[1], end + 4) if m[2] == "PERSON"
                     and (end in (m[0], m[1]) or all(t.dep_ in ("compound", "amod", "appos") for t in doc_tokens(self.doc)[end:m[0]]))
                     and (doc_tokens(self.doc)[m[0] - 1].lower_ in TITLES or doc_tokens(self.doc)[m[0] - 1].lower_ in _SPEAKING_FOR_HEADS)), None)

    def _office_holder(self, mention, start: int, end: int) -> str | None:
        """'the Parliamentary Budget Officer says' (tagged a body), then 'parliamentary budget
        officer Martine Leclair said': an office named for its holder is that person."""
        if mention is None or mention[2] not in _ORG_LABELS or mention[0] < start or mention[1] > end:
            return None
        words = mention[3].lower().split()
        if words[-1] not in ROLE_TITLES or words[-1] not in TITLES or words[0] in ORG_NOUNS:
            return None  # ('the Office of the Parliamentary Budget Officer' is the office)
        return self._titled_person(doc_tokens(self.doc)[mention[1] - 1], mention[0], mention[1], office=mention[3])

    def _on_behalf_of(self, document: Token) -> tuple[str, str] | None:
        """Whose words a document read out is: 'read a statement on his behalf', 'on behalf of
        Bjornson’s mother, Carla Bjornson', 'on her client’s behalf' (the person the story is
        most about, not the lawyer reading)."""
        for prep in [*children_of(head_of(document)), *children_of(document)]:  # ('a statement on his behalf': the parser may hang it on either)
            behalf = next((o for o in children_of(prep) if o.dep_ == "pobj" and o.lower_ == "behalf"), None) if prep.lower_ == "on" else None
            owner = next((c for c in children_of(behalf) if c.dep_ == "poss"), None) if behalf is not None else None
            of = next((g for c in children_of(behalf) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"),
                      None) if behalf is not None else None
            if of is not None:
                found = self.resolve(of, *naming_phrase(of), 1)
                return found if found[0] is not None else None
            if owner is not None and owner.lower_ in ("client", "clients"):
                reader = subject_of(head_of(document))
                reading = self._resolve(reader, *naming_phrase(reader), 1)[0] if reader is not None else None
                counts = Counter(m[3] for m in self.mentions if m[2] == "PERSON" and m[3] != reading)
                return (counts.most_common(1)[0][0], "PERSON") if counts else None
            if owner is not None:
                found = self._resolve(owner, owner.i, owner.i + 1, 1)
                reader = subject_of(head_of(document))
                client = next((c for c in children_of(reader) if c.dep_ == "poss"), None) if reader is not None else None
                if client is not None and found == self._resolve(reader, *naming_phrase(reader), 1):
                    # 'His lawyer, Kevin Desjardins-Mbaye, read a statement on his behalf': not the lawyer's own
                    found = self._resolve(client, client.i, client.i + 1, 1)
                return found if found[0] is not None else None
        return None

    def _resolve(self, head: Token, start: int, end: int, depth: int) -> tuple[str | None, str | None]:
        opening = self.mention_at(start)
        if (opening is not None and opening[2] == "PERSON" and opening[0] == start and head.i >= opening[1] + 2
                and doc_tokens(self.doc)[opening[1]].text == "," and doc_tokens(self.doc)[opening[1] + 1].lower_ == "who"):
            # 'Mei-Ling Ho, who co-founded the advocacy group Safer Streets Surrey, says': the parser
            # took the relative clause's last name for the source; the person it describes is
            return opening[3], "PERSON"
        mention = self.mention_at(head.i)
        titled = self._officer_of_body(mention, end) or self._office_holder(mention, start, end)
        if titled is not None:
            return titled, "PERSON"
        if mention is not None and mention[2] == "ORG" and head.lower_ in _PUBLICATION_TITLE_WORDS and depth < 2:
            owner = next((c for c in children_of(head) if c.dep_ == "poss"), None)  # 'the bank’s most recent Financial
            if owner is not None:  # System Review': a body's publication speaks for the body
                ref, label = self.resolve(owner, owner.left_edge.i, owner.i + 1, depth + 1)
                if ref is not None and label == "ORG":
                    return ref, label
        if mention is not None and mention[2] in _PERSON_LABELS | _ORG_LABELS:
            return mention[3], mention[2]
        lower = head.lower_
        named = self.mention_at(end) if head.i == end - 1 and head.is_lower and lower in ORG_NOUNS and end < len(self.doc) else None
        if named is not None and named[0] == end and named[2] == "ORG" and doc_tokens(self.doc)[named[1] - 1].dep_ not in ("nsubj", "nsubjpass"):
            # 'according to market research firm NielsenIQ', the name hung elsewhere by the parser
            # (not 'The company Jess sold for': a clause's subject)
            return named[3], named[2]
        if head.tag_ in ("PRP", "WP", "PRP$"):
            return self._resolve_pronoun(head)
        if lower in ("team", "club") and end - start == 2 and doc_tokens(self.doc)[start].lower_ == "the":
            team = self._sports_team(head)
            if team is not None:
                return team, "ORG"  # 'according to the team', 'the club said'
        if lower in _UNNAMED_GROUPS and end - start <= 2 and not any(t.tag_ in ("NNP", "NNPS") for t in doc_tokens(self.doc)[start:end]):
            return None, None  # 'The family said', 'the jury asked': no one named (not 'the Okonkwo-Harris family',
            # nor 'the families of the Israeli hostages')
        if lower == "family" and doc_tokens(self.doc)[start].lower_ == "the" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("a", "an") for g in c.subtree) for c in head.rights):
            return None, None  # 'The family of a Regina man who died ... says': no one named, not the man
        # ('Alberta’s Minister of Public Safety and Emergency Services, Wade Lindgren,': the parser
        # hung the apposition on the portfolio's last words, made a conjunct of the role)
        rights = list(head.rights) + [g for c in head.rights if c.dep_ == "conj" for g in c.rights]
        for child in rights:  # 'the spokesman, John Kirby, said'; 'The district’s board chair, trustee Gordon Vreeland,'
            if child.dep_ == "appos":
                for tok in _outside_prepositions(child):  # not 'The company, a subsidiary of Harlan Brooks Group,'
                    m = self.mention_at(tok.i)
                    if m is not None and (m[2] == "PERSON" or m[2] == "ORG" and (lower in ORG_NOUNS or lower in ROLES_OF_BODIES)):
                        return m[3], m[2]  # ... 'the book’s publisher, Arbutus Press,', 'The building’s owner, Parkview Residential Holdings,'

        named = self._named_after_comma(head, end)
        if named is not None:
            return named
        if lower in ANONYMOUS_HEADS and any(
            c.dep_ == "poss" and any(m[2] == "PERSON" for m in self.mentions_in(c.left_edge.i, c.i + 1)) for c in children_of(head)
        ):
            return None, None  # 'reporter Nisan Ahmado’s source': someone's unnamed source
        if first_word_is_definite(doc_tokens(self.doc)[start]) and head.lower_ in self._named_roles:
            return self._named_roles[head.lower_], "PERSON"  # 'the judge' after 'an Ontario judge', named since
        if self._epithet(head, start, end):
            # '“That’s on me,” the Swedish netminder said': who has just spoken, else who the sentences before are about
            if self.last_person is not None and head.i - self.last_person[1] < 150:
                return self.last_person[0], "PERSON"
            nearest = self._nearest_subject(head, _PERSON_LABELS, None)
            if nearest is not None:
                return nearest
        if doc_tokens(self.doc)[start].lower_ == "the" and head.i == end - 1 and all(t.dep_ in ("compound", "amod") for t in doc_tokens(self.doc)[start + 1:head.i]):
            named = self._person_introduced_as(head)
            if named is not None:
                return named, "PERSON"  # 'the witness said' after 'Kyle Ostapchuk, 27, was the first witness called
            # 'A spokesperson for the Ministry of Labour said ...', then 'The spokesperson said':
            # that ministry's, not the police spokesperson named paragraphs before
            body = self._body_of_earlier_role(head) if lower in _SPEAKING_FOR_HEADS else None
            if body is not None:
                return body
        if doc_tokens(self.doc)[start].lower_ in ("a", "an") and end - start == 2 and lower in _SPEAKING_FOR_HEADS:
            body = self._recent_subject_org(head)
            if body is not None:
                return body, "ORG"  # 'The B.C. Prosecution Service said it is reviewing the decision. A spokesperson added'
        if doc_tokens(self.doc)[start].lower_ in ("a", "an", "one"):
            named = None
            if lower in ROLE_TITLES and not _UNNAMING_MODIFIERS & {t.lower_ for t in doc_tokens(self.doc)[start:end]}:
                # 'a Crown prosecutor argued' is 'Crown attorney Martin Oyelaran' named next,
                # not whoever opens the next paragraph (the accused)
                named = self._titled_person(head, start, end, only_after=True)
                if named is not None and not self._of_the_same_body(head, named):
                    named = None  # 'A spokesperson for Service Alberta', not 'Mehdi Rahimi, a spokesperson for the BBB'
            named = named or self._named_later(head) or self._named_after_the_lead(head, start, end)
            if named is not None:
                self._named_roles[head.lower_] = named
                return named, "PERSON"
        if first_word_is_definite(doc_tokens(self.doc)[start]) and self._introduced_unnamed(head):
            titled = self._titled_person(head, start, end) if lower in ROLE_TITLES else None
            if titled is not None:
                return titled, "PERSON"  # 'A Quebec Court judge has found ...', 'Judge Sophie Lemire-Bastien', 'the judge wrote'
            return None, None  # 'A doctor on the scene told ...' then 'the doctor said'
        if doc_tokens(self.doc)[start].lower_ == "the" and (_AGE.search(span_text(self.doc, start, end)) or lower in _PEOPLE_FROM_PLACES and any(
                m[2] in _PLACE_OR_GROUP or m[2] == "ORG" for m in self.mentions_in(start, head.i))):
            # 'the 31-year-old graphic designer told HuffPost Canada', 'The Hamilton woman says': news on
            # the person the story is following, not someone new ('A 34-year-old man' was introduced so)
            person = self._nearest_subject(head, _PERSON_LABELS, None)
            if person is not None:
                return person
        if lower in _ONE_RELATIVE and depth == 0:
            relative = self._named_relative(head)
            if relative is not None:
                return relative, "PERSON"
        inside = self.mentions_in(start, end)
        people = [m for m in inside if m[2] == "PERSON" and doc_tokens(self.doc)[m[1] - 1].dep_ != "poss"]
        if people and lower not in ANONYMOUS_HEADS and lower not in KINSHIP_NOUNS:
            return people[-1][3], "PERSON"  # not 'the Okonkwo-Harris family': that is described
        if lower == "office":
            owners = [m for m in inside if m[2] == "PERSON" and doc_tokens(self.doc)[m[1] - 1].dep_ == "poss"]
            if owners:  # 'Finance Minister Dominic Leclair’s office said': his, not the 'Finance' body's
                return owners[-1][3], "PERSON"
        first = doc_tokens(self.doc)[start].lower_
        if first in _INDEFINITE and any(t.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in children_of(t))
                                        and not (speech_lemma(t) and any(c.dep_ == "ccomp" for c in children_of(t)))
                                        for t in head.subtree):
            # 'One operator with 22 years on the job, who asked not to be named': a person, unnamed
            # ('by a judge who said he “preyed on trust”': the clause is the report itself),
            # unless the clause gives the one name the source went by ('who gave her name only as Marjorie')
            alias = self._alias(head)
            return (alias, "PERSON") if alias is not None else (None, None)
        if (first == "the" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)
                or any(c.dep_ == "poss" and (c.tag_ in ("NNP", "NNPS", "NN") or c.ent_type_ == "ORG") for c in children_of(head))):
            # 'The head of the hospital ... said', 'Northfield’s chief executive officer ...', 'The province’s finance
            # minister said ...', then 'Darnell Whitcombe, ..., said'
            named = self._named_after_the_lead(head, start, end)
            if named is not None:
                if lower in ROLE_TITLES:
                    self._named_roles[lower] = named  # then 'The minister said' is the same person
                return named, "PERSON"
        if lower in ROLE_TITLES:
            # 'Austria’s interior minister' -> 'Interior Minister Wolfgang Peschorn',
            # 'the president' -> 'US President Donald Trump'; 'A California transit chief
            # says ...' -> the chief named next ('Interim BART Police Chief Ed Alvarez').
            indefinite = first in _INDEFINITE
            titled = None if indefinite and _UNNAMING_MODIFIERS & {t.lower_ for t in doc_tokens(self.doc)[start:end]} else (
                self._titled_person(head, start, end, only_after=indefinite))
            if titled is not None and not self._of_the_same_body(head, titled):
                titled = None
            if titled is not None:
                if indefinite:
                    self._named_roles[lower] = titled
                return titled, "PERSON"
        if lower in _DATA_NOUNS and first not in _INDEFINITE:
            source = self._data_source(head, start, depth)
            if source is not None:
                return source
        if lower == "government" and first not in _INDEFINITE and not any(m[2] == "ORG" for m in inside) and any(
                m[2] in _PLACE_OR_GROUP for m in inside):
            return self._description(start, end), "DESCRIPTION"  # 'The Alberta government', not the 'Alberta Landlords Association'
        # 'White House officials', 'a survey by MarketPulse': the organisation; a place
        # only qualifies people ('Israeli officials'), not bodies ('a Berlin regulator').
        orgs = [m for m in inside if m[2] == "ORG"]
        if not orgs and lower in ROLE_HEADS and lower not in ORG_NOUNS and first not in _INDEFINITE:
            # a building ('White House' tagged FAC) stands for its body; a country's officials are unnamed ('U.S. officials')
            # ('The chief executive of one large hospital in the Greater Toronto Area': where, not whose)
            orgs = [m for m in inside if m[2] in _ORG_LABELS and not (m[2] == "GPE" and lower in ANONYMOUS_HEADS)
                    and not (m[2] in ("GPE", "LOC") and doc_tokens(self.doc)[m[0] - 1].lower_ in LOCATIVE_PREPS)]
        if not orgs and lower in ROLE_HEADS and first == "the":
            body = self._body_of_earlier_role(head)
            if body is not None:
                return body
        if not orgs and lower in ROLE_HEADS:
            # 'a WeWork spokesperson' where the model left 'WeWork' untagged this time
            phrase = doc_tokens(self.doc)[start:end]
            known = [k for t in phrase if t.i != head.i and t.tag_ == "NNP"
                     if (k := self._known_name(t.text, ("ORG",), kind=lower)) is not None and self._named_for_more_than_a_place(k[0], t, phrase)]
            orgs = [(0, 0, "ORG", k[0]) for k in known if k is not None][:1]
        if not orgs and lower in ROLE_HEADS:
            orgs = self._named_employer(head)
        if not orgs and lower in ROLE_HEADS and lower not in ORG_NOUNS and lower not in _UNNAMED_SOURCES:
            # ('a team source', 'a league source': a source is anonymous whoever they work for)
            kind = next((c for c in head.lefts if c.dep_ == "compound" and c.is_lower and c.lower_ in ORG_NOUNS), None)
            org = self._organisation_for(kind, "the") if kind is not None else None  # 'a department spokesperson'
            orgs = [(0, 0, "ORG", org)] if org is not None else []
        if not orgs and lower in _SPEAKING_FOR_HEADS:
            body = self._publication(head, ("for",))  # 'A spokesperson for Tribunals Ontario', untagged
            orgs = [(0, 0, "ORG", body)] if body is not None else []
        if orgs and (lower in ROLE_HEADS or lower in ANONYMOUS_HEADS or lower in ORG_NOUNS):
            if lower not in ORG_NOUNS and self._anonymous_on_purpose(head):
                return None, None  # 'A senior White House official, speaking on condition of anonymity, said'
            return orgs[0][3], orgs[0][2]
        if lower in DOCUMENT_NOUNS and depth < 2:
            source = self._document_source(head, depth)  # 'a new report from Toronto’s auditor general'
            if source is not None:
                return source
        if lower in DOCUMENT_NOUNS:
            publication = self._publication(head)
            if publication is not None:
                return publication, "ORG"
        if lower in _AUTHORED_NOUNS and not any(m[2] == "ORG" for m in inside):
            author = self._document_author(lower)  # 'The report' by 'Margaret Oyelaran, who led the review'
            if author is not None:
                return author, "PERSON"
        possessor = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        if depth < 2:
            owner = self._owner(head, depth)  # 'its annual report', 'a notice the company filed'
            if owner is not None:
                return owner
            if lower == "office" and possessor is not None:  # 'In a statement, her office said': the minister's
                person = self.resolve(possessor, possessor.left_edge.i, possessor.i + 1, depth + 1)
                if person[1] == "PERSON":
                    return person
        if head.tag_ == "NNP" or head.tag_ == "NNPS" and head.is_title:  # a name the model did not tag: 'Lopes' after
            known = self._known_name(head.text)  # 'Rosaly Lopes', 'the Senators' after the 'Ottawa Senators'
            if known is not None:
                return known
        body = self._body_named_by_kind(start, end, lower, first)
        if body is not None:
            return body
        if lower in ORG_NOUNS or _crown_corporation_noun(head):
            org = self._organisation_for(head, first)  # ('the Crown corporation')
            if org is not None:
                return org, "ORG"
        if lower in ORG_NOUNS and first not in _INDEFINITE and any(m[2] in _PLACE_OR_GROUP for m in inside):
            return self._description(start, end), "DESCRIPTION"  # 'the Jordanian government', 'China’s commerce ministry'
        if lower in ORG_NOUNS and first not in _INDEFINITE and possessor is not None:
            return self._description(start, end), "DESCRIPTION"  # 'the prime minister's office': someone's, not anonymous
        if lower in ORG_NOUNS and first == "the" and _has_modifiers(head):
            return self._description(start, end), "DESCRIPTION"  # 'the federal government', 'the Liberal government'
        if lower == "investigators" and end - start <= 2 and first in (lower, "the"):
            force = next((m[3] for m in reversed(self.mentions_in(0, head.i)) if m[2] == "ORG" and _POLICE_WORDS & set(m[3].lower().split())), None)
            if force is not None:
                return force, "ORG"  # 'Investigators said' in a story of the Hamilton Police Service: its investigators
        if lower in ANONYMOUS_HEADS or first in _INDEFINITE or head.like_num or lower in ROLE_HEADS:
            return None, None
        titled = self._untagged_titled_name(start, end)
        if titled is not None:
            return titled, "PERSON"
        if head.tag_ == "NNS" and possessor is None and (first not in _DEFINITE or end - start == 2 and first == "the" and head.text.islower()) and all(m[0] > head.i for m in inside):
            # 'Tenants say', 'traders said', 'Several economists said': a group, nobody named; so are
            # 'Parents at an elementary school in Orléans' (where they are, not who they are),
            # and 'the companies' (but 'the Riders' is a team)
            # ('The families of the hostages' is a group the story has described: its description)
            return None, None
        if head.tag_ == "NN":
            chosen = self._chosen_name(head)
            if chosen is not None:
                return chosen
        if first == "the" and end - start == 2 and head.is_lower:
            body = self._body_named_for_its_kind(lower)
            if body is not None:
                return body, "ORG"  # 'the church' in a story of the Grace Harvest Pentecostal Church
        body = self._body_behind(head, start, end)
        if body is not None:
            return body, "ORG"
        description = self._description(start, end)
        if description is not None and (description.islower() or self._capitalised_only_to_open(start, end)):
            # 'his cardiologist', 'the citation', 'its backers', 'Tenant advocates have long argued': someone
            # unnamed, or no one. (Still a description, for a he or she to go on: a speaker the model did not tag.)
            return None, "DESCRIPTION"
        return description, "DESCRIPTION"

    def _body_behind(self, head: Token, start: int, end: int) -> str | None:
        """The organisation a description of a thing stands for: 'the city’s Toronto Shelter and Support
        Services division', 'Hydro Ottawa’s outage map', 'the latest update from the Need a Family
        Practice Registry'; None for a person's description or when no organisation is named so."""
        if (not head.is_lower or head.lower_ in PERSON_NOUNS or head.lower_ in ROLE_TITLES or head.lower_ in ROLE_HEADS
                or head.lower_.endswith(_AGENT_ENDINGS) or head.lower_ in KINSHIP_NOUNS or head.lower_ in _UNNAMED_GROUPS):
            return None  # (not 'Silverthorn’s largest shareholder' nor 'Arsenault’s family': someone else)
        before = self.mention_at(head.i - 1) if head.i > start and head.tag_ == "NN" else None
        if (before is not None and before[2] == "ORG" and before[1] == head.i
                and head_of((root := self.doc[before[0]:before[1]].root)).i == head.i and root.dep_ in ("compound", "nmod")):
            # (not 'Centre de services' + 'scolaire', a name cut short, the parser making a subject of its first part)
            return before[3]  # the body's name, then what part of it speaks (not 'Tenant advocates': people)
        for child in children_of(head):
            named = self.mention_at(child.i) if child.dep_ == "poss" else None
            if named is None and child.dep_ == "prep" and child.lower_ in ("from", "by"):
                named = next((self.mention_at(g.i) for g in children_of(child) if g.dep_ == "pobj"), None)
            if named is not None and named[2] == "ORG":
                return named[3]
        return None

    def _capitalised_only_to_open(self, start: int, end: int) -> bool:
        """The phrase's only capital opens its sentence: 'Tenant advocates', no one's name."""
        first = doc_tokens(self.doc)[start]
        return (first.is_sent_start and first.is_title and self.mention_at(start) is None
                and first.text[1:].islower()
                # (a word alone only when people in the plural: 'Teachers say', not 'Unifor, which represents ..., said')
                and (span_text(self.doc, start + 1, end).islower() if end - start > 1
                     else first.tag_ in ("NNS", "NNPS") or first.lower_.endswith("s") and first.lower_[:-1] in PERSON_NOUNS))

    def _body_named_for_its_kind(self, kind: str) -> str | None:
        """The one organisation the story names whose name ends in ``kind`` ('Winnipeg School Division'
        for 'the division'), if named more than once (not the International Monetary Fund, named in
        passing, for 'the fund' of a story on a pension board); else None."""
        bodies = Counter(m[3] for m in self.mentions if m[2] == "ORG" and m[3].lower().rsplit(None, 1)[-1] == kind)
        return next(iter(bodies)) if len(bodies) == 1 and sum(bodies.values()) > 1 else None

    def _chosen_name(self, head: Token) -> tuple[str | None, str | None] | None:
        """How a source chose to be named: the name it asked to go by ('The woman, who asked to
        be identified only as Stephanie,'), or (None, None) for one who asked not to be named
        ('said the worker, who asked not to be named', then 'The worker, who has been a PSW');
        None when the description says neither."""
        alias = self._alias(head)
        if alias is not None:
            return alias, "PERSON"
        return (None, None) if self._unnamed_on_purpose(head) else None

    def _alias(self, head: Token) -> str | None:
        """The name a source asked to go by: 'identified only as Stephanie', 'identified only by
        her stage name, Velvet Thunder'."""
        for tok in head.subtree:
            m = self.mention_at(tok.i) if tok.i > head.i else None
            if m is not None and m[2] == "PERSON" and m[0] > 1 and (
                    doc_tokens(self.doc)[m[0] - 1].lower_ == "as" or doc_tokens(self.doc)[m[0] - 1].text == "," and doc_tokens(self.doc)[m[0] - 2].lower_ in ("name", "surname")):
                return m[3]
        return None

    def _unnamed_on_purpose(self, head: Token) -> bool:
        """``head`` or an earlier mention of the same noun is someone who asked not to be named."""
        if self._unnamed_nouns is None:
            # noun -> where it first holds 'named', 'anonymity', ... in its subtree: the nouns
            # above each such word (found once, from the few such words up)
            self._unnamed_nouns = {}
            for i in indices_of(self.doc, _UNNAMED_ON_PURPOSE_IDS):
                word = doc_tokens(self.doc)[i]
                for tok in (word, *word.ancestors):
                    if tok.tag_ == "NN" and self._unnamed_nouns.get(tok.lower_, len(self.doc)) > tok.i:
                        self._unnamed_nouns[tok.lower_] = tok.i
        return self._unnamed_nouns.get(head.lower_, len(self.doc)) <= head.i

    def _anonymous_on_purpose(self, head: Token) -> bool:
        """A source kept unnamed by the way it is introduced: 'a person close to Laurentian’s
        board', 'two people familiar with the matter', 'an official, speaking on condition of
        anonymity,', 'who was not authorized to speak publicly'."""
        doc = self.doc
        if head.i + 2 < len(doc) and doc_tokens(doc)[head.i + 1].lower_ in ("close", "familiar") and doc_tokens(doc)[head.i + 2].lower_ in ("to", "with"):
            return True
        verb = head_of(head)
        words = list(head.subtree) + (list(doc[head.right_edge.i + 1:verb.i]) if verb.i > head.i else [])
        return any(t.lower_ in ("anonymity", "anonymously") or t.lower_ in ("authorized", "authorised", "permitted", "allowed")
                   and any(w.lower_ in ("not", "n't") for w in doc_tokens(doc)[max(0, t.i - 3):t.i]) for t in words)

    def _named_after_comma(self, head: Token, end: int) -> tuple[str, str] | None:
        """'The district’s board chair, trustee Gordon Vreeland, said' where the parser
        lost the apposition: a role, then a comma, role words and a person's name
        closed by a comma. For a body's noun, its name closed by a comma right before
        the verb: 'The company Jess sold for, Toronto-based activewear brand Lumière
        Living, said'."""
        doc = self.doc
        if head.lower_ in ORG_NOUNS and head.tag_ == "NN" and head_of(head).i > end:
            verb = head_of(head)
            comma = next((i for i in range(end, verb.i) if doc_tokens(doc)[i].text == ","), None)
            m = self.mention_at(verb.i - 2) if comma is not None and verb.i - comma <= 9 and doc_tokens(doc)[verb.i - 1].text == "," else None
            if (m is not None and m[2] in _ORG_LABELS and m[0] > comma and m[1] == verb.i - 1
                    and doc_tokens(doc)[comma + 1].lower_ not in _RELATIVE_PRONOUNS):  # not 'The letter, which X shared with HuffPost Canada, said'
                return m[3], m[2]
            return None
        if head.tag_ != "NN" or end >= len(doc) - 2 or doc_tokens(doc)[end].text != ",":
            return None
        i = end + 1
        while i < min(end + 5, len(doc)) and (doc_tokens(doc)[i].is_lower or doc_tokens(doc)[i].lower_ in TITLES) and doc_tokens(doc)[i].is_alpha:
            i += 1
        m = self.mention_at(i)
        if m is not None and m[2] == "PERSON" and m[0] == i and m[1] < len(doc) and doc_tokens(doc)[m[1]].text == ",":
            return m[3], m[2]
        return None

    def _named_relative(self, head: Token) -> str | None:
        """'his mother said', 'her father said': the person the story introduced as
        that relative ('Ava’s father, Erik Lindgren'), or, for a parent, the one whose
        son or daughter the possessor is ('Brittany Lavallee ... her son, Jaxon')."""
        possessor = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        if possessor is None:
            return None
        child = self.resolve(possessor, possessor.left_edge.i, possessor.i + 1, depth=1)[0]
        gender = "f" if head.lower_ in FEMALE_ROLE_WORDS else "m"
        found = None
        for m_start, m_end, label, canonical in self.mentions:
            if label != "PERSON" or canonical == child or not self._compatible(canonical, gender):
                continue
            if head.lower_ in self._title_words(m_start, m_end):
                found = found or canonical  # 'Ava’s father, Erik Lindgren'
        if found is not None or child is None or head.lower_ not in PARENT_NOUNS:
            return found
        for m_start, m_end, label, canonical in self.mentions:  # '... her son, Jaxon': Jaxon's mother
            name = doc_tokens(self.doc)[m_end - 1]
            if canonical == child and name.dep_ == "appos" and head_of(name).lower_ in CHILD_NOUNS:
                owner = next((c for c in children_of(head_of(name)) if c.dep_ == "poss"), None)
                if owner is not None:
                    parent = self.resolve(owner, owner.left_edge.i, owner.i + 1, depth=1)
                    if parent[1] == "PERSON" and parent[0] != child and self._compatible(parent[0], gender):
                        return parent[0]
        return None

    def _named_employer(self, head: Token) -> list:
        """'A spokesperson for the landlord, Greenfield Properties,': the organisation
        named in apposition to whom the role works for; 'a spokesperson for the
        department': the department the story named."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with"):
                for obj in children_of(prep):
                    for appos in children_of(obj):
                        mention = self.mention_at(appos.i) if appos.dep_ == "appos" else None
                        if mention is not None and mention[2] == "ORG":
                            return [mention]
                    if obj.dep_ == "pobj" and obj.lower_ in ORG_NOUNS and any(c.lower_ == "the" for c in obj.lefts):
                        org = self._organisation_for(obj, "the")  # 'A spokesperson for the department'
                        if org is not None:
                            return [(0, 0, "ORG", org)]
        return []

    def _description(self, start: int, end: int) -> str | None:
        """The source phrase as its reference, without a leading article."""
        words = self.doc[start + 1:end] if doc_tokens(self.doc)[start].lower_ in DETERMINERS else self.doc[start:end]
        return words.text.strip() or None

    def _data_source(self, head: Token, start: int, depth: int) -> tuple[str, str] | None:
        """Who keeps the figures: 'LSEG data', 'CFL statistics', 'U.S. government data',
        'Ministry of Transportation traffic counts', 'data from LSEG'."""
        first = start + (doc_tokens(self.doc)[start].lower_ in DETERMINERS)
        before = self.doc[first:head.i]
        for m in self.mentions_in(first, head.i):
            if m[2] in ("ORG", "PERSON") and m[1] <= head.i:
                return m[3], m[2]
        kind = next((t for t in before if t.lower_ in ORG_NOUNS and t.is_lower), None)
        if kind is not None and len(before) == 1:
            org = self._organisation_for(kind, "the")  # 'agency figures': the agency's
            if org is not None:
                return org, "ORG"
        words = [t for t in before if t.tag_ != "POS"]
        if words and words[0].tag_ == "NNP" and all(t.tag_ == "NNP" or t.lower_ in ORG_NOUNS for t in words):
            return " ".join(t.text for t in words), "ORG"  # a name the model left untagged, or 'U.S. government'
        for obj in _prep_objects(head, ("from", "by")):
            ref, label = self.resolve(obj, *naming_phrase(obj), depth + 1)
            if ref is not None and label in _ORG_LABELS:
                return ref, label
            if obj.tag_ == "NNP" and not list(children_of(obj)):
                return obj.text, "ORG"
        return None

    def _document_author(self, noun: str) -> str | None:
        """The person the story says wrote or led a report, review or study, or spoke
        in it: 'Margaret Oyelaran, who led the review', 'Oyelaran wrote in the report',
        'In a report released Tuesday, Auditor General Fiona Brennan found'.
        That noun's author, else the story's only author."""
        if self._authors is None:
            self._authors = {}
            for verb in self.doc:
                authoring = verb.lower_ in AUTHORING_FORMS and verb.pos_ == "VERB"
                if not authoring and speech_lemma(verb) is None:
                    continue
                works = [c for c in children_of(verb) if c.dep_ == "dobj"] if authoring else []
                # 'wrote in the report'; 'In a report released Tuesday, Auditor General Fiona Brennan found that'
                works += [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj"]
                # 'In the report, made public Tuesday, coroner X wrote': the parser hung 'In' on the participle
                works += [o for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < verb.i
                          for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "in" and p.i < c.i for o in children_of(p) if o.dep_ == "pobj"]
                subject = subject_of(verb)
                mention = self.mention_at(subject.i) if subject is not None else None
                officer = self._officer_of_body(mention, naming_phrase(subject)[1]) if works and mention is not None else None
                author = officer or (mention[3] if mention is not None and mention[2] == "PERSON" else None)
                if author is None and mention is None and subject is not None and any(w.lower_ in _AUTHORED_NOUNS for w in works):
                    # 'In a report tabled in the House of Commons, the auditor general said': whoever the role is
                    author, label = self.resolve(subject, *naming_phrase(subject), 1)
                    author = author if label == "PERSON" else None
                if author is not None:
                    for work in works:
                        if work.lower_ in _AUTHORED_NOUNS:
                            self._authors.setdefault(work.lower_, author)
        if noun in self._authors:
            return self._authors[noun]
        authors = set(self._authors.values())
        return authors.pop() if len(authors) == 1 else None

    def _document_source(self, head: Token, depth: int) -> tuple[str, str] | None:
        """Who a document is from: 'a report from Toronto’s auditor general' (the
        person holding that office), 'a news release from the Nova Scotia government'."""
        for obj in _prep_objects(head, ("from",)):
            if obj.tag_ not in ("NNP", "NNPS"):  # (a proper name: _publication)
                ref, label = self.resolve(obj, *naming_phrase(obj), depth + 1)
                if ref is not None:
                    return ref, label
        return None

    def _publication(self, head: Token, preps: tuple[str, ...] = ("in", "by", "from")) -> str | None:
        """'a report in the Argus Leader' where the model tagged no organisation:
        the proper name after 'in', 'by' or 'from' (or ``preps``) is who published it."""
        for obj in _prep_objects(head, preps):
            if obj.tag_ in ("NNP", "NNPS"):
                words = [t for t in doc_tokens(self.doc)[obj.left_edge.i:obj.i + 1] if t.lower_ not in DETERMINERS]
                if words and all(t.tag_ in ("NNP", "NNPS") for t in words):
                    return " ".join(t.text for t in words)
        return None

    def _untagged_titled_name(self, start: int, end: int) -> str | None:
        """'Mayor Ana Ruiz' that the model left untagged: a title, then only
        capitalised proper nouns, is a person; the name is what follows the title."""
        tokens = list(self.doc[start:end])
        if not tokens or tokens[0].lower_ not in TITLES:
            return None
        while tokens and tokens[0].lower_ in TITLES:
            tokens.pop(0)
        if tokens and all(t.is_title and t.tag_ in ("NNP", "NNPS") and t.lower_ not in TITLES for t in tokens):
            return " ".join(t.text for t in tokens)
        return None

    def _introduced_unnamed(self, head: Token) -> bool:
        """'the doctor' after 'A doctor ...': an anonymous source mentioned again (not
        one introduced with the body it speaks for)."""
        if not _common_role(head) or head.lower_ in ORG_NOUNS:
            return False  # 'the company' is the story's company, however introduced
        if self._indefinites is None:  # noun -> where it was first introduced with 'a'/'an'/'one'
            self._indefinites = {}
            for i in indices_of(self.doc, _INDEFINITE_ARTICLE_IDS):
                tok = doc_tokens(self.doc)[i]
                if tok.dep_ in ("det", "nummod") and _common_role(head_of(tok)):
                    self._indefinites.setdefault(head_of(tok).lower_, head_of(tok).i)
        first = self._indefinites.get(head.lower_)
        if first is None or first >= head.i or self.mention_at(first) is not None:
            return False
        if head.lower_ in ROLE_HEADS and any(m[2] == "ORG" for m in self.mentions_in(*naming_phrase(doc_tokens(self.doc)[first]))):
            return False  # 'a member of the Social Benefits Tribunal': who it speaks for is named
        return True

    def _named_after_the_lead(self, head: Token, start: int, end: int) -> str | None:
        """'A former City of Winnipeg fire inspector told a public inquiry ...' opening
        the story, then 'Gordon Pelletier, who retired ..., said': the person the lead
        is about (its main subject) is the one the next paragraph opens with, or
        who speaks in it ('“...,” said Denise Achterberg'), untitled, who speaks in the story. Not a source left unnamed on purpose ('who asked not to be named')."""
        doc = self.doc
        starts = doc._.paragraph_starts
        paragraph = bisect_right(starts, head.idx) - 1
        if paragraph + 1 >= len(starts) or head.dep_ != "nsubj" or head_of(head).dep_ != "ROOT" \
                or not _common_role(head) or head.lower_ in ORG_NOUNS \
                or head.lower_ in DOCUMENT_NOUNS or head.lower_ in ANONYMOUS_HEADS and head.lower_ not in ROLE_TITLES:
            return None
        if paragraph > 0 and doc_tokens(doc)[head.sent.start].idx > starts[paragraph]:
            return None  # past the lead, only a paragraph that opens with the description ('A registered nurse ... said')
        if {t.lower_ for t in head.subtree} & _UNNAMED_ON_PURPOSE:
            return None
        if head.lower_ in _SPEAKING_FOR_HEADS and (
                any(m[2] in _ORG_LABELS | _PERSON_LABELS for m in self.mentions_in(head.left_edge.i, head.right_edge.i + 1))
                or any(c.dep_ == "compound" and c.lower_ in ORG_NOUNS for c in children_of(head))):
            return None  # 'A spokesperson for Ontario’s Ministry of ...', 'for Kostiuk', 'a town spokesperson'
        opening = doc.char_span(starts[paragraph + 1], starts[paragraph + 1] + 1, alignment_mode="expand")
        if opening is None:
            return None
        mention = self.mention_at(opening.start)
        if mention is None or mention[2] != "PERSON" or mention[0] != opening.start:
            # '“That money doesn’t disappear,” Brian Odutola, who has led the finance department since 2019, said':
            # the one who speaks in the next paragraph, outside its quotations
            closing = self._paragraphs_after(head, 1)
            mention = next((m for m in self.mentions_in(opening.start, closing) if m[2] == "PERSON"
                            and not self._in_quotation(doc_tokens(doc)[m[0]]) and speaks(doc_tokens(doc)[m[1] - 1])), None)
            if mention is None:
                return None
        canonical = mention[3]
        if any(m[3] == canonical for m in self.mentions_in(0, opening.start)):
            return None  # named in the lead already: the description is someone else
        described = {t.lower_ for t in doc_tokens(doc)[start:end]} & _OFFICE_KINDS
        titled = self._title_words(mention[0], mention[1]) & _OFFICE_KINDS
        if described and titled and not described & titled:
            return None  # 'Boreal Ridge’s chief financial officer' is not 'Wabigoon Chief Executive Laurent Dufresne'
        gender = "m" if head.lower_ in MALE_ROLE_WORDS else "f" if head.lower_ in FEMALE_ROLE_WORDS else None
        if not self._compatible(canonical, gender) or not self._speaks(canonical, doc_tokens(doc)[mention[0]].sent):
            return None
        return canonical

    def _of_the_same_body(self, role: Token, person: str) -> bool:
        """False when ``role`` speaks 'for' a body the sentences naming ``person`` never name."""
        bodies = {m[3] for c in role.rights if c.dep_ == "prep" and c.lower_ == "for"
                  for m in self.mentions_in(c.i, c.right_edge.i + 1) if m[2] == "ORG"}
        if not bodies:
            return True
        sentences = {doc_tokens(self.doc)[m[0]].sent.start for m in self.mentions if m[3] == person}
        return any(m[3] in bodies for start in sentences for m in self.mentions_in(start, doc_tokens(self.doc)[start].sent.end))

    def _named_later(self, head: Token) -> str | None:
        """'A volunteer firefighter who stayed behind said ...', then later in the story 'The
        firefighter, Dale Sokoloski, has been ...': the person the same role, made
        definite, is named in apposition to. Not one unnamed on purpose, nor past
        another 'a firefighter' (someone else)."""
        noun = head.lower_
        if not _common_role(head) or noun in ORG_NOUNS or {t.lower_ for t in head.subtree} & _UNNAMED_ON_PURPOSE:
            return None
        doc = self.doc
        for tok in doc_tokens(doc)[head.right_edge.i + 1:]:  # (features name their sources as much as 15 paragraphs on)
            if tok.lower_ != noun or tok.tag_ != head.tag_:
                continue
            determiner = doc_tokens(doc)[tok.left_edge.i].lower_
            if determiner in ("a", "an", "one"):
                return None
            if determiner != "the":
                continue
            for child in tok.rights:  # 'The physician who described juggling two emergencies, Dr. Nadia Kirschbaum,'
                if child.dep_ == "appos":
                    person = next((self.mention_at(t.i) for t in _outside_prepositions(child)
                                   if (self.mention_at(t.i) or (0, 0, ""))[2] == "PERSON"), None)
                    if person is not None:
                        return person[3]
            # 'The woman on Flora Avenue, Marlene Keeper,': the parser hung the name on the place
            person = next((m for t in tok.subtree if t.dep_ == "appos" and doc_tokens(doc)[t.left_edge.i - 1].text == ","
                           and (m := self.mention_at(t.i)) is not None and m[2] == "PERSON"), None)
            if person is not None:
                return person[3]
        return None

    def _speaks(self, canonical: str, introduced) -> bool:
        """Some mention of the person is the subject of a speech verb, or he/she of
        the person's gender is, in the two sentences after ``introduced``."""
        doc = self.doc
        if any(m[3] == canonical and speaks(doc_tokens(doc)[m[1] - 1]) for m in self.mentions):
            return True
        pronouns = FEMALE_PRONOUNS if self.gender.get(canonical) == "f" else MALE_PRONOUNS if self.gender.get(canonical) == "m" else ()
        end = introduced.end
        for _ in range(2):
            if end < len(doc):
                end = doc_tokens(doc)[end].sent.end
        return any(t.lower_ in pronouns and speaks(t) for t in doc_tokens(doc)[introduced.end:end])

    def _title_words(self, start: int, end: int) -> set[str]:
        """Role words written with a person's mention: before it ('Interior Minister
        Wolfgang Peschorn', 'Gov. Kristi Noem') or in an appositive after it
        ('Steve Clarke, deputy associate administrator')."""
        doc = self.doc
        words = set()
        i = start - 1
        # ... through a list of roles: 'chairman, CEO and president Craig Menear'; an
        # abbreviation the tokenizer split from its full stop ('Coun. Josh Matlow') too
        while i >= 0 and start - i <= 7 and doc_tokens(doc)[i].lower_ not in DETERMINERS and (
            doc_tokens(doc)[i].pos_ in ("NOUN", "PROPN", "ADJ") and not doc_tokens(doc)[i].is_punct or doc_tokens(doc)[i].text in (",", "and", "&")
            or (doc_tokens(doc)[i].text == "." and i > 0 and doc_tokens(doc)[i - 1].lower_ + "." in _TITLE_ABBREVIATIONS)
        ):
            words.add(doc_tokens(doc)[i].lower_)
            i -= 1
        if end + 1 < len(doc) and doc_tokens(doc)[end].text == ",":
            after = doc[end + 1:end + 9]
            if len(after) > 1 and after[0].lower_ == "who" and after[1].lower_ in _ROLE_VERBS:
                after = after[1:]  # 'Coun. Theresa Mulvihill, who chairs the commission,'
                words.add(_ROLE_VERBS[after[0].lower_])
            for tok in after:
                if tok.is_punct or tok.pos_ in ("VERB", "AUX"):  # 'Isabelle Tremblay-Ng, said the Prime Minister ...'
                    break
                words.add(tok.lower_)
        return {_TITLE_ABBREVIATIONS.get(w, w) for w in words}

    def _titled_person(self, head: Token, start: int, end: int, only_after: bool = False, office: str | None = None) -> str | None:
        """The person carrying the role ``head`` names; the best match on the role's
        modifiers ('interior'), then the nearest before. With ``only_after`` (an
        indefinite role, introduced before the name), the first such person within
        the next two paragraphs. None when nobody does."""
        role = head.lower_
        modifiers = {t.lower_ for t in doc_tokens(self.doc)[start:end] if t.i != head.i and t.is_alpha}
        if office is not None:  # an acronym's spelled-out office: 'the PBO', 'Parliamentary Budget Officer'
            *rest, role = office.lower().split()
            modifiers = set(rest)
        best = None
        # (a lead's 'by a judge who said' is named further down: 'Justice Catherine Lindqvist' three paragraphs on)
        in_lead = sum(p <= head.idx for p in self.doc._.paragraph_starts) <= 2
        horizon = self._paragraphs_after(head, 4 if in_lead else 2) if only_after else None
        # Where each person was last named before the role: of two coaches, 'the coach
        # said' is the one the story came back to last ('Lindholm said ...'), not the
        # one whose title was written last.
        last_named = {canonical: m_start for m_start, _, label, canonical in self.mentions
                      if label == "PERSON" and m_start < head.i} if not only_after else {}
        for m_start, m_end, label, canonical in self.mentions:
            if label != "PERSON" or m_start <= head.i < m_end:
                continue
            if only_after and not head.i < m_start < horizon:
                continue
            titles = self._title_words(m_start, m_end)
            if role not in titles and not _ROLE_SYNONYMS.get(role, frozenset()) & titles:
                continue
            before = m_start < head.i
            score = (len(modifiers & titles), before, last_named.get(canonical, m_start) if before else -m_start)
            if best is None or score > best[0]:
                best = (score, canonical)
        return best[1] if best else None

    def _paragraphs_after(self, token: Token, count: int) -> int:
        """Token index where the ``count``-th paragraph after ``token``'s ends."""
        starts = [s for s in self.doc._.paragraph_starts if s > token.idx]
        if len(starts) <= count:
            return len(self.doc)
        span = self.doc.char_span(starts[count], starts[count] + 1, alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _known_name(self, word: str, labels=("PERSON", "ORG"), kind: str = "") -> tuple[str, str] | None:
        """The first name in the story with ``word`` in it; with ``kind`` a body's noun
        ('police'), the first of that kind: 'Winnipeg police' is the Winnipeg Police
        Service, not the Winnipeg Fire Paramedic Service named first."""
        found = [(canonical, label) for start, end, label, canonical in self.mentions
                 if label in labels and word in re.split(r"[\s\-]", canonical)  # 'Whitfield' of 'Lucie Marchand-Whitfield'
                 and f"{word} Local " not in canonical]  # 'Unifor' is the union, not 'Unifor Local 2211'
        if kind in _KINDS_IN_NAMES:
            return next((f for f in found if kind in f[0].lower().split()), None)
        return found[0] if found else None

    def _owner(self, head: Token, depth: int):
        """The organisation behind a document or role noun: its possessor, or the
        subject of the relative clause describing it."""
        if head.lower_ not in ORG_NOUNS and head.lower_ not in ROLE_HEADS and head.lower_ not in DOCUMENT_NOUNS:
            return None
        for child in children_of(head):
            if child.dep_ == "acl" and child.tag_ == "VBN" and head.lower_ not in ANONYMOUS_HEADS and child.lower_ not in NOT_AUTHORING_FORMS:
                # 'data compiled by LSEG', 'a tally kept by the union' ('sources cited by DigiTimes' stay anonymous)
                agent = next((g for c in children_of(child) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
                if agent is not None:
                    ref, label = self.resolve(agent, *naming_phrase(agent), depth + 1)
                    if ref is not None:
                        return ref, label
            if child.dep_ == "poss":
                ref, label = self.resolve(child, child.left_edge.i, child.i + 1, depth + 1)
                if ref is not None and label not in ("PERSON", "GPE", "LOC", "DESCRIPTION"):
                    return ref, label  # a place owns no office: 'Bolivia’s public defender’s office'
                if label == "PERSON" and head.lower_ in DOCUMENT_NOUNS:
                    return ref, label  # 'Ms. Delorme’s report': its author
            if child.dep_ == "relcl":
                subj = next((c for c in children_of(child) if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS), None)
                if subj is not None:
                    ref, label = self.resolve(subj, *naming_phrase(subj), depth + 1)
                    if ref is not None and label != "PERSON":
                        return ref, label
        return None

    def _organisation_for(self, head: Token, first: str) -> str | None:
        """'the ministry' -> 'Health Ministry'; 'the company' -> the story's company;
        'A South Korean startup' -> the organisation named right after it."""
        lower = head.lower_
        if _crown_corporation_noun(head):
            return self._crown_corporation(head)
        before = self.mentions_in(0, head.i)
        names = _BODY_NAMES.get(lower) or _KINDS_OF_BODY.get(lower, {lower})  # 'the city' -> 'Halifax Regional Municipality'

        def of_that_kind(canonical: str) -> bool:
            words = canonical.lower().split()
            if lower in _BODY_NAMES:  # 'the city': 'City of Winnipeg', not 'Inner City Tenants’ Association'
                return words[0] in names or "municipality" in words
            if lower == "department" and len(words) > 1 and words[-1] == "canada":
                return True  # a federal department: 'Immigration, Refugees and Citizenship Canada'
            if lower in _ACRONYM_KINDS and _ACRONYM.fullmatch(canonical) and canonical[-1] == lower[0].upper():
                return True  # 'the league' is the NHL, 'the agency' the CBSA: the kind is the acronym's last word
            return bool((_UNION_NAME_WORDS if lower == "union" else names) & set(words))  # 'the union': 'Teamsters Local 31'

        matching = [m[3] for m in reversed(before) if m[2] == "ORG" and of_that_kind(m[3])]  # nearest first
        place = next((c for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_title
                      and (c.tag_ == "NNP" or c.ent_type_ == "GPE")), None) if lower == "police" else None  # ('Calgary' taken for an adjective)
        if place is not None and matching:
            # 'Toronto police said' is Toronto's force, not the York Regional Police named just before
            matching = [name for name in matching if unaccented(place.lower_) in unaccented(name.lower()).split()]
            if not matching:
                return f"{place.text} police"
        elif place is not None:
            # 'Calgary police are warning ...' in the lead, then 'the Calgary Police Service said': that force
            matching = [m[3] for m in self.mentions_in(head.i + 1, len(self.doc)) if m[2] == "ORG" and of_that_kind(m[3])
                        and unaccented(place.lower_) in unaccented(m[3].lower()).split()][:1]
        if not matching and first in _DEFINITE:
            matching = self._bodies_of_its_field(head)  # 'the health authority' is Nova Scotia Health
        if not matching and first in _DEFINITE:
            called = self._body_called(head)  # 'the union' after 'The Kingston Police Association, the union representing ...'
            matching = [called] if called is not None else []
        if not matching and (first in _DEFINITE and lower == "union" or lower == "police" and first == lower):
            # 'The union representing TTC workers said ...' before 'Amalgamated Transit Union Local 113';
            # 'Police said officers were called ...' before 'a Toronto Police Service news release'
            matching = [m[3] for m in self.mentions_in(head.i + 1, len(self.doc)) if m[2] == "ORG" and of_that_kind(m[3])][:1]
        if not matching and first in _DEFINITE:
            # 'the local health unit says' in the lead, then 'The Middlesex-London Health Unit (MLHU) said':
            # a body of that kind and field named in the next paragraphs
            field = {c.lower_ for c in head.lefts if c.dep_ == "compound"}
            if field:
                matching = [m[3] for m in self.mentions_in(head.i + 1, self._paragraphs_after(head, 2))
                            if m[2] == "ORG" and of_that_kind(m[3]) and field <= set(m[3].lower().split())][:1]
        if not matching and first in _DEFINITE and lower in _ACRONYM_KINDS and doc_tokens(self.doc)[head.left_edge.i].lower_ in _DEFINITE:
            # 'The NHL’s Situation Room ..., the league said': an acronym the model left untagged
            matching = [t.text for t in reversed(doc_tokens(self.doc)[:head.i]) if t.tag_ == "NNP" and not t.ent_type_
                        and _ACRONYM.fullmatch(t.text) and t.text[-1] == lower[0].upper() and t.lower_ not in CITIES][:1]
        if matching:
            # that kind of body ('the university' is Grand River University, not its Faculty Association),
            # then the one the story is about ('the bank' is the Bank of Canada, not an economist's employer)
            return max(matching, key=lambda name: (_name_head(name) in names, self.org_counts[name], -matching.index(name)))
        if first in _INDEFINITE and lower in DOCUMENT_NOUNS and not (lower == "report" and any(c.lower_ == "new" for c in head.lefts)):
            # 'according to a staff report': the story's local government or school board, when it is the
            # body the story names most; no body named near it, nor a company or group the story is about
            # (but 'a new report' is news of a body's publication, and the story names the body next)
            salient = self._salient_org(lower)
            return salient if salient is not None and _PUBLIC_BODY.search(salient) else None
        if first in _INDEFINITE:
            sent = head.sent
            horizon = sent.end
            for _ in range(2):
                if horizon < len(self.doc):
                    horizon = doc_tokens(self.doc)[horizon].sent.end
            for start, end, label, canonical in self.mentions_in(sent.end, horizon):
                if label == "ORG" and canonical.lower() not in _NEWS_OUTLETS:  # (not the outlet it was told to)
                    return canonical
        if lower not in _COMPANY_NOUNS and lower not in DOCUMENT_NOUNS and not _has_modifiers(head):
            # (a described body, 'the Liberal government', is itself; a 'news release' before 'the release' names no body)
            described = self._described_before(head)
            if described is not None:
                return described
        if first not in _INDEFINITE:
            untagged = self._untagged_subject_name(head)
            if untagged is not None:
                return untagged
        if lower in _COMPANY_NOUNS or first not in _INDEFINITE:
            # 'Global Affairs Canada said ... In a brief statement, the department said'
            recent = self._recent_subject_org(head, None if lower in _COMPANY_NOUNS or lower in _GENERIC_ORG_NOUNS else lower,
                                              company=lower in _COMPANY_NOUNS)
            if recent is not None:
                return recent
        if lower in _COMPANY_NOUNS:
            # 'The building is owned by Harbourview Property Group. ... a spokesperson for the company said'
            business = self._business_named_just_before(head, 3)
            if business is not None:
                return business
        if lower not in _SALIENT_ORG_NOUNS:
            return None
        return self._salient_org(lower)

    def _business_named_just_before(self, head: Token, sentences: int) -> str | None:
        """The last company named by its business name ('... Inc.', '... Property Group')
        in the sentences up to ``head``."""
        for sent, limit in self._sentences_back(head, sentences):
            business = [m[3] for m in self.mentions_in(sent.start, limit) if m[2] == "ORG"
                        and m[3].lower().rstrip(".").split()[-1] in BUSINESS_NAME_ENDINGS]
            if business:
                return business[-1]
        return None

    def _sports_team(self, head: Token) -> str | None:
        """The team a sports story is about: of the bodies named by a city or province
        ('Toronto Raptors', 'Saskatchewan Roughriders'), the one named most, then the
        first named (the lead names the story's team first)."""
        teams = [m[3] for m in self.mentions_in(0, head.i) if m[2] == "ORG" and " " in m[3]
                 and (m[3].split()[0].lower() in CITIES or m[3].split()[0].lower() in PROVINCES)
                 and not _NON_COMPANY_WORDS & set(m[3].lower().split())]  # (not 'Toronto Police Service')
        if not teams:
            return None
        return max(teams, key=lambda name: (self.org_counts[name], -teams.index(name)))

    def _body_called(self, head: Token) -> str | None:
        """The body the story called by ``head``'s noun in apposition, the last before it: 'The
        Kingston Police Association, the union representing 240 officers,' for 'the union'."""
        doc = self.doc
        for tok in reversed(doc_tokens(doc)[:head.i]):
            edge = tok.left_edge.i
            if (tok.lower_ == head.lower_ and tok.tag_ == "NN" and edge >= 2 and doc_tokens(doc)[edge - 1].text == "," and doc_tokens(doc)[edge].lower_ in ("the", "a", "an")
                    and tok.dep_ not in ("nsubj", "nsubjpass", "poss")):  # not 'To HuffPost Canada, the company said', 'X, the company’s banner'
                named = self.mention_at(edge - 2)
                if named is not None and named[2] == "ORG" and named[1] == edge - 1:
                    return named[3]
        return None

    def _crown_corporation(self, head: Token) -> str | None:
        """'the Crown corporation' (a Canadian state enterprise): the body the story called
        one ('Atlantic Coastal Marine Services, the Crown corporation that runs their ferry'),
        else the nearest whose name says corporation ('Canada Mortgage and Housing Corp.'),
        else the business-like body the story names most ('Canada Post')."""
        called = self._body_called(head)
        if called is not None:
            return called
        corporations = [m[3] for m in self.mentions_in(0, head.i) if m[2] == "ORG"
                        and {"corporation", "corp.", "corp"} & set(m[3].lower().split())]
        return corporations[-1] if corporations else self._salient_org("company")

    def _recent_subject_org(self, head: Token, noun: str | None = None, company: bool = False) -> str | None:
        """'Volkswagen is giving us a glimpse ... The German automaker, which ...':
        the organisation that was the subject (or owned it: 'CMHC’s latest report
        puts ...') of this or the previous two sentences. With ``noun`` ('department'),
        not one whose name says it is another kind of body ('Toronto Police Service');
        for a ``company``, no body whose name says it is none ('East Van Renters' Network')."""
        other_bodies = ORG_NOUNS - {noun, f"{noun}s"} if noun is not None else _NOT_A_COMPANY if company else frozenset()
        for sent, limit in self._sentences_back(head, 3):
            subjects = [m for m in self.mentions_in(sent.start, limit) if m[2] == "ORG" and m[3].lower() not in _NEWS_OUTLETS
                        and (_subject_or_its_owner(self.doc[m[0]:m[1]].root) or self._says_next(m[1]))
                        and not other_bodies & set(m[3].lower().split())
                        # ('The agency said' is not the data firm the consensus came from)
                        and not (noun is not None and m[3].lower().rstrip(".").split()[-1] in _FIRM_NAME_ENDINGS)
                        and m[3].lower() not in GIVEN_NAMES]  # a given name the model called an organisation
            if subjects:
                return subjects[-1][3]
        return None

    def _says_next(self, end: int) -> bool:
        """A speech verb follows the name ending at ``end``, which the parser may not
        have made its subject ('forecast for Nova Scotia, Fisheries and Oceans Canada said')."""
        return end < len(self.doc) and speech_lemma(doc_tokens(self.doc)[end]) is not None

    def _untagged_subject_name(self, head: Token) -> str | None:
        """'Unifor represents 4,000 workers ... The union said': a one-word proper name
        the model tagged as nothing, the subject of one of the two sentences before."""
        for sent, _limit in list(self._sentences_back(head, 3))[1:]:
            subj = next((c for c in children_of(sent.root) if c.dep_ == "nsubj"), None)
            if (subj is not None and subj.tag_ == "NNP" and subj.is_title and not subj.ent_type_ and not list(children_of(subj))
                    and self.mention_at(subj.i) is None and subj.lower_ not in GIVEN_NAMES
                    and not in_masked(self.doc, subj.idx, subj.idx + len(subj))):  # ('Story continues below')
                return subj.text
        return None

    def _in_caption(self, sent) -> bool:
        """The sentence is in a caption, headline or other line outside the story's prose (asked once per sentence)."""
        if sent.start not in self._caption_sentences:
            self._caption_sentences[sent.start] = in_caption(self.doc, sent.start_char)
        return self._caption_sentences[sent.start]

    def _sentences_back(self, token: Token, count: int):
        """(sentence, limit) for ``token``'s sentence up to it, then up to ``count`` - 1
        whole sentences before it, nearest first."""
        sent, limit = token.sent, token.i
        for _ in range(count):
            if not self._in_caption(sent):  # (a caption names no antecedent: 'headquarters on College Street')
                yield sent, limit
            if sent.start == 0:
                return
            sent = doc_tokens(self.doc)[sent.start - 1].sent
            limit = sent.end

    def _bodies_of_its_field(self, noun: Token) -> list[str]:
        """Organisations named before ``noun`` whose names hold the field its compound
        words give, nearest first: 'the health authority' is Nova Scotia Health, 'the
        statistics agency' Statistics Canada, 'the transit agency' the Toronto Transit Commission."""
        fields = {c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.is_lower and c.tag_ in ("NN", "NNS")}
        if not fields:
            return []
        fields = set().union(*(_FIELD_NAMES.get(field, {field}) for field in fields))
        return [m[3] for m in reversed(self.mentions_in(0, noun.i)) if m[2] == "ORG" and fields & set(m[3].lower().split())]

    def _described_before(self, head: Token) -> str | None:
        """'the commission' after 'the regional health commission' (no name given):
        that description, the nearest before; or the body it named by its field
        ('the agency' after 'the statistics agency' is Statistics Canada)."""
        for tok in reversed(doc_tokens(self.doc)[:head.i]):
            if tok.lower_ == head.lower_ and tok.tag_ == "NN":
                modifiers = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
                if modifiers:
                    named = self._bodies_of_its_field(tok)
                    if not named and doc_tokens(self.doc)[tok.left_edge.i].lower_ in ("a", "an"):
                        # 'A mid-sized Ontario college says ...' opening the story, then 'Georgian Bay
                        # Polytechnic, which has campuses in ...': the body named right after it
                        found = self._organisation_for(tok, doc_tokens(self.doc)[tok.left_edge.i].lower_)
                        named = [found] if found is not None else []
                    if not named and doc_tokens(self.doc)[tok.left_edge.i].lower_ in _DEFINITE and _subject_or_source(tok):
                        # 'according to the federal agency' took up 'Statistics Canada said' in the
                        # sentences before it: that body, not the description as a name (but 'Xinhua
                        # said ..., citing the regional health commission' names a body of its own)
                        found = self._recent_subject_org(tok, None if tok.lower_ in _GENERIC_ORG_NOUNS else tok.lower_)
                        named = [found] if found is not None else []
                    return named[0] if named else self.doc[modifiers[0].i:tok.i + 1].text
        return None

    def _salient_org(self, noun: str | None = None) -> str | None:
        """The organisation the story mentions most (first mentioned on ties); for
        'the company' or 'the firm', a name that says it is a business first
        ('Lakeshore Wealth Partners', not a town the model called an organisation
        once) unless another name is met more often."""
        best, best_rank = None, (False, 0)
        for start, end, label, canonical in self.mentions:
            if (label != "ORG" or (noun in _COMPANY_NOUNS and _NON_COMPANY_WORDS & set(canonical.lower().split()))
                    or canonical.lower() in _NEWS_OUTLETS):
                continue  # (the outlet the story was told to is not what it is about)
            count = self.org_counts[canonical]
            business = noun in _COMPANY_NOUNS and canonical.lower().rstrip(".").split()[-1] in BUSINESS_NAME_ENDINGS
            rank = (business or count >= 2 or noun not in _COMPANY_NOUNS, count)  # a name met once only if nothing better
            if rank > best_rank:
                best, best_rank = canonical, rank
        return best

    def _named_for_more_than_a_place(self, name: str, word: Token, phrase: list[Token]) -> bool:
        """The body ``name``, found by a place's ``word``, shares another word with the phrase:
        'Toronto police' is the Toronto Police Service, but 'A senior official with Canada’s spy
        agency' is no one of the Liberal Party of Canada."""
        m = self.mention_at(word.i)
        if m is None and word.lower_ not in PROVINCES and word.lower_ not in CITIES or m is not None and m[2] not in _PLACE_OR_GROUP:
            return True  # (a province or city the model left untagged is still a place: 'The Ontario government')
        words = {w.lower() for w in name.split()} - {word.lower_}
        return any(t.lower_ in words or t.lower_.rstrip("s") in words for t in phrase if t.i != word.i)

    def _body_named_by_kind(self, start: int, end: int, lower: str, first: str) -> tuple[str, str] | None:
        """'the province said', 'the provincial government said', 'the city said', 'the
        band said': the body of that kind the story is about, not the last body named."""
        if first != "the":
            return None
        words = end - start
        if lower == "province" and words == 2 or lower == "government" and words == 3 and doc_tokens(self.doc)[start + 1].lower_ == "provincial":
            province = self._most_named(lambda m: m[2] == "GPE" and m[3].lower() in PROVINCES)
            return (province, "GPE") if province is not None else None
        if lower == "city" and words == 2:
            city = self._city_government()
            return (city, "ORG") if city is not None else None
        if lower == "band" and words == 2:  # the First Nation the story names most
            nation = self._most_named(lambda m: m[2] in _ORG_LABELS and m[3].endswith(("First Nation", "Nation")))
            return (nation, "ORG") if nation is not None else None
        modifier = doc_tokens(self.doc)[start + 1] if words == 3 else None
        if modifier is not None and lower in ("corporation", "consortium") and modifier.is_lower and modifier.tag_ == "NN" and len(modifier) >= 4:
            # 'The ferry corporation said' in a story of BC Ferries: the one body whose name has that word
            stem = modifier.lower_[:-1]
            named = {m[3] for m in self.mentions if m[2] == "ORG" and any(w.lower().startswith(stem) for w in m[3].split())}
            if len(named) == 1:
                return named.pop(), "ORG"
        return None

    def _most_named(self, keep) -> str | None:
        """The canonical name the story mentions most among the mentions ``keep``
        accepts (the first mentioned on ties)."""
        counts = Counter(m[3] for m in self.mentions if keep(m))
        return max(counts, key=counts.get) if counts else None

    def _city_government(self) -> str | None:
        """'the city said': the story's 'City of X', else the city it is about (its
        dateline, else the city it names most), as 'City of X'."""
        named = self._most_named(lambda m: m[2] in _ORG_LABELS and m[3].startswith("City of "))
        if named is not None:
            return named
        dateline = (self.doc._.dateline or "").split(",")[0].split("(")[0].strip()
        if dateline and dateline.lower() in CITIES:
            return f"City of {dateline.title()}"
        city = self._most_named(lambda m: m[2] == "GPE" and m[3].lower() in CITIES)
        return f"City of {city}" if city is not None else None

    def _resolve_pronoun(self, pronoun: Token) -> tuple[str | None, str | None]:
        lower = pronoun.lower_
        if lower in ("they", "them", "their") and self.they_people:
            found = self._nearest_subject(pronoun, _PERSON_LABELS, None)
            if found is not None and found[0] in self.they_people:
                return found  # 'Achterberg, who uses they/them pronouns, said they missed ...'
        if lower in PLURAL_PRONOUNS or lower in ("it", "its"):
            own = self._sentence_subject_body(pronoun)
            if own is not None:
                return own  # 'Toronto police said ... that they believed ...': the body whose sentence it is
            document = self._document_just_before(pronoun) if lower == "it" else None
            if document is not None:
                return document  # 'The report also found ... It recommends ...': the report's author
            # 'they'/'it' continue an organisation or group that spoke just before
            # (an anonymous group stays anonymous: 'Analysts said ... They say ...').
            recent = pronoun.i - self.last_reference_at < 80 and self.last_label != "PERSON"
            if recent and (self.last_reference or lower in PLURAL_PRONOUNS):
                return self.last_reference, self.last_label
            org = self._nearest_subject(pronoun, _ORG_LABELS, None)
            if org is not None:
                return org
            if lower in ("it", "its"):
                salient = self._salient_org()
                return (salient, "ORG") if salient else (None, None)
            return None, None
        if lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            gender = "m" if lower in MALE_PRONOUNS else "f"
            found = self._nearest_subject(pronoun, _PERSON_LABELS, gender)
            talked_of = self._talked_of(pronoun, found, gender)
            if talked_of is not None:
                return talked_of, "PERSON"
            if found is None and self.last_label == "DESCRIPTION" and pronoun.i - self.last_reference_at < 80:
                return self.last_reference, self.last_label  # a speaker the model did not tag as a person
            return found or self._main_person(gender) or (None, None)
        return None, None

    def _document_just_before(self, pronoun: Token) -> tuple[str, str] | None:
        """Whose the document is that was the main subject of the sentence before ('The report
        also found ...'), when 'it' opens the next one; else None."""
        sentences = list(self._sentences_back(pronoun, 2))
        if len(sentences) < 2 or pronoun.i != pronoun.sent.start:
            return None
        sent = sentences[1][0]
        subj = next((c for c in children_of(sent.root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in DOCUMENT_NOUNS or not first_word_is_definite(doc_tokens(self.doc)[subj.left_edge.i]):
            return None
        found = self.resolve(subj, *naming_phrase(subj), depth=1)
        return found if found[0] is not None and found[1] in ("PERSON", "ORG") else None

    def _sentence_subject_body(self, pronoun: Token) -> tuple[str, str] | None:
        """The organisation that is the main subject of the pronoun's own sentence, before it."""
        subj = next((c for c in children_of(pronoun.sent.root) if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subj is None or subj.i == pronoun.i or self._in_quotation(subj):
            return None
        mention = self.mention_at(subj.i)
        if mention is None and subj.lower_ not in ORG_NOUNS:
            return None
        found = (mention[3], mention[2]) if mention is not None else self.resolve(subj, *naming_phrase(subj), depth=1)
        if found[0] is None or not (found[1] in _ORG_LABELS or found[1] == "DESCRIPTION" and mention is None):
            return None
        return found  # (a body described, not named: 'Toronto police')

    def _talked_of(self, pronoun: Token, found: tuple[str, str] | None, gender: str) -> str | None:
        """'“Both drivers stayed,” Oyelaran countered. Drury drove away ... “He left Mr.
        Kowalczyk lying on the road,” he said': the antecedent found is whom the
        quotation's own 'he' talks of, someone alone in his sentence who has not
        spoken; the one who speaks is the last person who did, just before."""
        if found is None or gender not in self.quoted_genders or found[0] in self.people_heard or self.last_person is None:
            return None
        speaker, at = self.last_person
        if speaker == found[0] or not self._compatible(speaker, gender) or pronoun.i - at >= 80:
            return None
        sentences = [sent for sent, limit in self._sentences_back(pronoun, _SENTENCE_LOOKBACK)
                     if any(m[3] == found[0] for m in self.mentions_in(sent.start, limit))]
        if not sentences or any(m[2] == "PERSON" and m[3] != found[0] for m in self.mentions_in(sentences[0].start, sentences[0].end)):
            return None  # 'Ryan Suter, who joked about Parise’s sticks, ...': the quotation's 'he' may be Parise
        return speaker

    def _main_person(self, gender: str) -> tuple[str, str] | None:
        """The story's most mentioned person known to be of ``gender`` (twice or
        more): who a feature's 'she' is when no one is named nearby ('the
        actress ... she said')."""
        counts = Counter(m[3] for m in self.mentions if m[2] == "PERSON" and self.gender.get(m[3]) == gender)
        best = counts.most_common(1)
        return (best[0][0], "PERSON") if best and best[0][1] >= 2 else None

    def _described_root_person(self, sent, limit: int, gender: str) -> tuple[str | None, str | None] | None:
        """Whom the main subject of ``sent`` (before ``limit``) is, when it is a person
        described, not named, and may be of ``gender``: (None, None) for one left
        unnamed ('One nurse, who asked that her name not be used, said ...'), the
        person for one described by kin or role ('Her father, who worked as an
        accountant, ...'); None when the subject is no such description or is what a
        quotation talks about ('“... a judge is telling everyone ...”')."""
        subj = next((c for c in children_of(sent.root) if c.dep_ == "nsubj" and c.i < limit), None)
        if subj is None:
            # the parser lost the subject: 'Outside the main entrance, a guest who declined to give his name told ...'
            unnamed = next((t for t in sent[:limit - sent.start] if t.tag_ == "NN" and any(c.dep_ == "relcl" for c in children_of(t))
                            and self._chosen_name(t) == (None, None) and not self._in_quotation(t)), None)
            return (None, None) if unnamed is not None else None
        if subj.tag_ != "NN" or self.mention_at(subj.i) is not None or self._in_quotation(subj):
            return None
        noun = subj.lower_
        if noun in (FEMALE_ROLE_WORDS if gender == "m" else MALE_ROLE_WORDS):
            return None
        if noun not in PERSON_NOUNS and noun not in ANONYMOUS_HEADS and noun not in MALE_ROLE_WORDS and noun not in FEMALE_ROLE_WORDS:
            # any other noun only as a role the story names ('An agronomist who advises farms ...',
            # then 'The agronomist, Curtis Beaudry,'): 'The plant was designed ...' is no one
            chosen = self._chosen_name(subj)  # 'a guest who declined to give his name told HuffPost Canada ... He said'
            if chosen is not None:
                return chosen if chosen[0] is None or self._compatible(chosen[0], gender) else None
            determiner = doc_tokens(self.doc)[subj.left_edge.i].lower_
            named = self._named_roles.get(noun) if determiner in ("a", "an", "one", "the") else None
            if named is None and determiner in ("a", "an", "one"):
                named = self._named_later(subj)
            return (named, "PERSON") if named is not None and self._compatible(named, gender) else None
        found = self.resolve(subj, *naming_phrase(subj), depth=1)
        if found[1] == "DESCRIPTION" and noun in PARENT_NOUNS:
            relative = self._named_relative(subj)  # 'Her father' of 'Osman’s eldest daughter, Rayan Osman'
            found = (relative, "PERSON") if relative is not None else found
        if found == (None, None) or found[1] == "PERSON" and self._compatible(found[0], gender):
            return found
        return None

    def _body_of_earlier_role(self, head: Token) -> tuple[str, str] | None:
        """'a spokesperson for Capital Rail Partners said ...', then 'the spokesperson
        wrote': the body the same role spoke for in the sentences before, if any."""
        for sent, limit in list(self._sentences_back(head, _SENTENCE_LOOKBACK))[1:]:
            for tok in reversed(sent[:limit - sent.start]):
                if tok.lower_ != head.lower_:
                    continue
                if not any(c.dep_ == "prep" or c.dep_ in ("compound", "poss") and not c.is_title and c.lower_ in ORG_NOUNS
                           for c in children_of(tok)):
                    return None  # the nearest mention of the role names no body ('a city spokesperson' does)
                # resolved as it was where it spoke: one who 'was not authorized to speak' stays unnamed
                body = self.resolve(tok, *naming_phrase(tok), depth=1)
                return body if body[1] in _ORG_LABELS else None
        return None

    def _opens_quoted(self, sent) -> bool:
        """``sent`` starts inside quotation marks or with one."""
        first = next((t for t in sent if not t.is_space), None)
        return first is not None and (first.text in ("“", '"') or self._in_quotation(first))

    def _in_quotation(self, token: Token) -> bool:
        """``token`` is inside quotation marks opened in its paragraph."""
        text = doc_text(self.doc)
        paragraph = text.rfind("\n", 0, token.idx) + 1
        before = text[paragraph:token.idx]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _root_pronoun(self, start: int, limit: int, gender: str) -> Token | None:
        """'he' as the main subject of doc[start:limit] ('He was photographed
        with Epstein'), or 'his' as its owner, for chaining to whom that 'he' is."""
        pronouns = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
        for tok in doc_tokens(self.doc)[start:limit]:
            # (or of a clause the parser made the root's subject: 'she was more nervous ... than
            # Rose-Lynn Harlan has ever been', rooted at 'been')
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in pronouns and (
                    head_of(tok).dep_ == "ROOT" or head_of(tok).dep_ == "csubj" and head_of(head_of(tok)).dep_ == "ROOT"):
                return tok
            # (or the owner of the main subject: 'Her rink finished 6-1, its only loss coming against Sigurdson')
            if (tok.dep_ == "poss" and tok.lower_ in pronouns and head_of(tok).dep_ in ("nsubj", "nsubjpass")
                    and head_of(head_of(tok)).dep_ == "ROOT"):
                return tok
        return None

    def _compatible(self, canonical: str, gender: str | None) -> bool:
        if gender is not None and canonical in self.quoted_people:
            return False  # '“Odessa is not an outlier,” she said': not Odessa
        known = self.gender.get(canonical)
        return gender is None or known is None or known == gender

    def _quoted_words(self, start_char: int, end_char: int) -> list:
        """The spans inside each pair of quotation marks of a quote: the words between
        two quoted fragments ('“should have had” the goal and that he would “take
        that one home”') and before the marks are the reporter's."""
        text = doc_text(self.doc)
        spans = []
        for match in _QUOTED.finditer(text, start_char, end_char):
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    def people_named_in(self, start_char: int, end_char: int) -> frozenset[str]:
        """The people named inside the quotation marks of a quote: he or she who said it is someone else."""
        return frozenset(m[3] for span in self._quoted_words(start_char, end_char)
                         for m in self.mentions_in(span.start, span.end) if m[2] == "PERSON")

    def genders_talked_of(self, start_char: int, end_char: int) -> frozenset[str]:
        """'m' and/or 'f' when the quotation marks of a quote hold a third-person he/she. Only a
        quotation counts: in reported speech ('he said he had “lost his way”') the speaker's own
        'I' and 'my' become 'he' and 'his'."""
        if doc_text(self.doc)[start_char:start_char + 1] not in ("“", "\"", "‘"):
            return frozenset()
        words = {t.lower_ for span in self._quoted_words(start_char, end_char) for t in span}
        return frozenset(g for g, pronouns in (("m", MALE_PRONOUNS), ("f", FEMALE_PRONOUNS)) if words & pronouns)

    def _nearest_subject(self, pronoun: Token, labels, gender: str | None, chain: int = 0) -> tuple[str, str] | None:
        """Most recent compatible subject: same sentence first, then earlier sentences.

        Within a sentence the subject of the main verb wins over embedded
        subjects and mere mentions; from the previous sentence on, the
        nearest compatible mention of any role is taken when no subject is.
        For organisations an unnamed subject ('A South Korean startup') counts
        too, resolved in turn. For people, a sentence whose main subject is the
        same pronoun ('He was photographed with Epstein') passes the search on
        to whom that pronoun is, unless a name is that sentence's main subject.
        """
        doc = self.doc
        possessor = None  # 'at Epstein’s mansion': a last resort, not the nearest antecedent
        weak = None
        reported = 0  # sentences of the reporter's own looked at: a long quotation does not use up the look-back
        for checked, (sent, limit) in enumerate(self._sentences_back(pronoun, 3 * _SENTENCE_LOOKBACK)):
            if not self._opens_quoted(sent):
                reported += 1
                if reported > _SENTENCE_LOOKBACK:
                    break
            best = None
            for start, end, label, canonical in self.mentions_in(sent.start, limit):
                if label not in labels or not self._compatible(canonical, gender):
                    continue
                if gender is not None and self._in_quotation(doc_tokens(doc)[start]):
                    continue  # '“Mr. Drury is not asking for sympathy,” he said': whom a quotation talks about
                tok = doc_tokens(doc)[end - 1]
                # ('Kaur’s work permit expires in November. She said': whose the sentence's subject is)
                # (or what the subject is of: 'Both elevators at Pryce’s building have been working. She says')
                owns_subject = tok.dep_ == "poss" and _in_main_subject(head_of(tok), through_prepositions=labels is _PERSON_LABELS)
                if tok.dep_ == "poss" and labels is _PERSON_LABELS and not (owns_subject and checked >= 1):
                    possessor = possessor or (canonical, label)
                    continue
                role = head_of(tok) if tok.dep_ == "appos" else tok  # 'Ortega’s mother, Elena Ortega, flew in': the subject's name
                # ('Delacroix, a Montreal native ..., signed with ...': a name the parser made the root
                # of a sentence whose verb it lost is still what the sentence is about)
                rank = (0 if role.dep_ == "nsubj" and head_of(role).dep_ == "ROOT" or role.dep_ == "ROOT" and role.tag_ == "NNP"
                        else 1 if role.dep_ in ("nsubj", "nsubjpass") or owns_subject else 2)
                if rank == 1 and any(a.dep_ == "prep" and a.lower_ in ("with", "without") for a in tok.ancestors):
                    rank = 2  # 'with Brennan translating, she said': an aside, not who 'she' is
                if rank == 2 and _topic_fronted(role):
                    rank = 0  # 'As for Borden, she says ...'
                if rank < 2 and gender is not None and speaks(role):
                    rank -= 1.5  # 'Justice Marchetti issued an order, though Ms. Kovacs acknowledged that ... “...,” she said': who spoke
                if best is None or rank < best[0] or (rank == best[0] and rank == 2):
                    best = (rank, canonical, label)
            if labels is _ORG_LABELS and (best is None or best[0] == 2):
                for tok in doc_tokens(doc)[sent.start:limit]:
                    if tok.dep_ == "nsubj" and tok.lower_ in ORG_NOUNS and self.mention_at(tok.i) is None:
                        ref, label = self.resolve(tok, *naming_phrase(tok), depth=1)
                        if ref is not None and label != "PERSON":
                            return ref, label
            if gender is not None and (best is None or best[0] > 0):
                described = self._described_root_person(sent, limit, gender)
                if described is not None:
                    return described  # 'One nurse, who asked ..., said ... “...,” she said': still the nurse
            if gender is not None and chain < 3 and (best is None or best[0] > 0):
                same = self._root_pronoun(sent.start, limit, gender)
                if same is not None:
                    return self._nearest_subject(same, labels, gender, chain + 1)
            if best is not None and (best[0] < 2 or checked >= 1):
                if best[0] == 2 and gender is not None and labels is _PERSON_LABELS and self.gender.get(best[1]) != gender:
                    # a mere mention of unknown gender ('a sample called “Glasgow”') only
                    # if no one of the pronoun's gender is found further back
                    weak = weak or (best[1], best[2])
                    continue
                return best[1], best[2]
        return weak or possessor
