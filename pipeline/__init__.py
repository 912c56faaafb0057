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

from .extract import extract_file, extract_text  # noqa: E402
from .models import DocumentRecord, GoldDocument, Mention, ProjectRecord  # noqa: E402
from .nlp import build_nlp  # noqa: E402


def load(rules_dir=None):
    """The factsheet pipeline as a spacy.Language (same as build_nlp)."""
    return build_nlp(rules_dir)


__all__ = ["build_nlp", "load", "extract_text", "extract_file", "DocumentRecord", "GoldDocument", "Mention", "ProjectRecord"]
