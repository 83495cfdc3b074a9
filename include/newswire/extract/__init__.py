"""extract: quotes, speakers and entities from story text (spaCy components).

    from newswire.extract import analyze, load_pipeline, EXTRACTOR_VERSION
    for record in analyze(texts):
        record["quotes"], record["people"], ...

See ``pipeline`` for the record layout and the components it adds.
"""

from newswire.extract.pipeline import EXTRACTOR_VERSION, MODEL_NAME, RULES_VERSION, analyze, doc_to_record, load_pipeline

__all__ = ["EXTRACTOR_VERSION", "MODEL_NAME", "RULES_VERSION", "analyze", "doc_to_record", "load_pipeline"]
