"""Speech and statement verbs, matched by surface form.

Matching forms instead of lemmas lets the pipeline run without the
lemmatizer (one fewer component per document) and keeps the lookup a single
frozenset membership test per token.
"""

from __future__ import annotations

from newswire.extract.wire import children_of, head_of, indices_of, word_ids

# Verbs whose complement clause reports what someone said or stated.
SPEECH_VERB_LEMMAS = frozenset(
    """
    say tell add note insist stress warn argue claim explain write announce deny
    urge describe acknowledge concede predict recall ask reply respond answer
    state declare assert maintain contend suggest agree admit allege confirm
    report reveal disclose emphasize emphasise underscore underline complain comment
    remark observe mention promise pledge vow threaten caution testify tweet post
    inform assure counter retort reiterate repeat conclude propose recommend demand
    question wonder joke quip boast lament accuse estimate hint indicate signal
    advise brief concur affirm proclaim insinuate speculate posit reason acknowledge
    reckon explain clarify recount relate recollect protest object dispute
    rebut reject highlight point caution forecast expect believe think feel
    fear hope worry rule find encourage implore remind instruct call dub label characterize
    characterise shout yell scream exclaim whisper mutter plead beg holler order command confess
    """.split()
)

# Cognition verbs report a stance rather than an utterance: count them only
# with a named (non-pronoun) source or inside a sentence that already quotes,
# otherwise "I think" / "we believe" style asides flood precision.
COGNITION_LEMMAS = frozenset("believe think feel fear hope worry expect reckon".split())

# Verbs whose direct object is itself the reported content ("denied reports
# that ...", "stressed the importance of ...").
CONTENT_OBJECT_LEMMAS = frozenset(
    """
    deny stress announce acknowledge confirm reiterate emphasize emphasise underscore
    underline predict reveal disclose concede dispute reject rebut highlight
    repeat forecast propose recommend question claim
    """.split()
)

# Verbs whose gerund is what they report: 'denied having sex with ...',
# 'acknowledged making mistakes'.
GERUND_REPORT_LEMMAS = frozenset("deny admit acknowledge confess".split())

# Commitments whose infinitive is what was said: 'promised to protect Medicaid',
# 'threatened to use live fire'.
COMMITMENT_LEMMAS = frozenset("promise pledge vow threaten".split())

# Verbs reporting a request or instruction: 'urged residents to photograph
# damage' reports [residents to photograph damage].
DIRECTIVE_LEMMAS = frozenset("urge ask tell warn advise encourage implore remind instruct caution call".split())

# Verbs whose object and predicate report a judgement: 'described the next
# half-hour as a blur', 'called the ruling “a disgrace.”'
PREDICATIVE_LEMMAS = frozenset("describe call dub label characterize characterise".split())

# Governors that cancel the report: 'declined to say', 'refused to comment'.
CANCELLING_HEADS = frozenset("decline declined declines declining refuse refused refuses refusing".split())

# Verbs that only count with a particle ("pushed back that ...", "pointed out").
PARTICLE_VERBS = {"push": "back", "point": "out", "hit": "back", "fire": "back", "shoot": "back", "lash": "out", "spell": "out"}

_IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "find": ("finds", "found", "found", "finding"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "quip": ("quips", "quipped", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "rebut": ("rebuts", "rebutted", "rebutted", "rebutting"),
    "spell": ("spells", "spelled", "spelt", "spelling"),
    "signal": ("signals", "signaled", "signalled", "signaling"),
    "concur": ("concurs", "concurred", "concurred", "concurring"),
    "model": ("models", "modeled", "modelled", "modeling"),
    "lead": ("leads", "led", "led", "leading"),
    "see": ("sees", "saw", "seen", "seeing"),
}


def _inflections(lemma: str) -> tuple[str, ...]:
    """Third person, past, past participle and gerund of a regular verb."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        past, gerund = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, gerund = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, gerund = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return (lemma, third, past, past, gerund)


def _form_table(lemmas) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in _inflections(lemma):
            table.setdefault(form, lemma)
    return table


# surface form (lower case) -> lemma
SPEECH_VERB_FORMS: dict[str, str] = _form_table(SPEECH_VERB_LEMMAS | set(PARTICLE_VERBS))


# Who wrote or led a report ('who led the review', 'wrote in the report'), and
# verbs that do not make an agent its author ('a report commissioned by the board').
AUTHORING_FORMS: dict[str, str] = _form_table("lead write author co-author conduct prepare chair".split())
NOT_AUTHORING_FORMS: dict[str, str] = _form_table("commission order request fund obtain receive review see cite leak".split())


# 'the statement read', 'the letter reads': 'read' reports a written text's words, and only that.
_READING_FORMS = frozenset({"read", "reads"})
_READ_OUT = frozenset({"statement", "letter", "note", "post", "message", "sign", "card", "email", "e-mail", "caption", "notice"})
# 'Court heard that ...', '..., the inquest heard': evidence put to a court, by no one the sentence names.
HEARING_FORMS = frozenset({"heard", "hears"})
_HEARING_BODIES = frozenset({"court", "jury", "jurors", "inquest", "inquiry", "hearing", "tribunal", "trial", "commission"})


# The hashes of every form ``speech_lemma`` can accept, plus 'according', which
# the quote finder looks for in the Doc's word column (``indices_of``).
_SPEECH_CANDIDATE_IDS = word_ids([*SPEECH_VERB_FORMS, *_READING_FORMS, *HEARING_FORMS, "according"])


def speech_candidates(doc) -> list[int]:
    """Indices of the tokens that may be speech verbs or 'according' (a superset)."""
    return indices_of(doc, _SPEECH_CANDIDATE_IDS)


def speech_lemma(token) -> str | None:
    """The speech-verb lemma of ``token`` when it is used as a verb, else None."""
    lemma = SPEECH_VERB_FORMS.get(token.lower_)
    if lemma is None and token.lower_ in HEARING_FORMS and token.tag_.startswith("VB"):
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        return "hear" if subject is not None and subject.lower_ in _HEARING_BODIES else None
    if lemma is None and token.lower_ in _READING_FORMS and token.tag_.startswith("VB"):
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _READ_OUT and not any(c.dep_ == "dobj" for c in children_of(token)):
            return "read"
        return None
    if lemma is None or not token.tag_.startswith("VB"):
        return None
    particle = PARTICLE_VERBS.get(lemma)
    if particle is not None and not any(c.lower_ == particle for c in children_of(token)):
        return None
    return lemma


def speaks(token) -> bool:
    """``token`` is the subject of a speech verb: 'Odom said', 'Thorburn told'."""
    return token.dep_ == "nsubj" and speech_lemma(head_of(token)) is not None


def verb_phrase(token, lemma: str) -> str:
    """The verb as written, with its particle: 'pushed back', 'said'."""
    particle = PARTICLE_VERBS.get(lemma)
    return f"{token.text} {particle}" if particle else token.text
