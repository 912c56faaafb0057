"""factsheet-pipeline: development-cooperation factsheets -> validated records.

>>> import pipeline
>>> nlp = pipeline.load()
>>> doc = nlp("Japan committed US$ 1,000,000 in November 2013.")
>>> [(s.label_, s.text) for s in doc.spans["mentions"]]
[('COUNTRY', 'Japan'), ('MONEY', 'US$ 1,000,000'), ('DATE', 'November 2013')]
>>> doc.spans["mentions"][1]._.value.amount
Decimal('1000000')
"""

__version__ = "0.1.0"

# spaCy loads only when something that needs it is used: checking an unchanged
# corpus (pipeline.reprocess) must not pay for it.
_LAZY = {
    "build_nlp": "pipeline.nlp",
    "extract_text": "pipeline.extract",
    "extract_file": "pipeline.extract",
    "DocumentRecord": "pipeline.models",
    "GoldDocument": "pipeline.models",
    "Mention": "pipeline.models",
    "ProjectRecord": "pipeline.models",
}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def load(rules_dir=None):
    """The factsheet pipeline as a spacy.Language (same as build_nlp)."""
    from .nlp import build_nlp

    return build_nlp(rules_dir)


__all__ = ["build_nlp", "load", "extract_text", "extract_file", "DocumentRecord", "GoldDocument", "Mention", "ProjectRecord"]
