"""Pure normalizers, one per mention type: text in, value (or None) out. No I/O, no spaCy."""

from .countries import normalize_country
from .dates import normalize_date
from .money import normalize_money, parse_number
from .projects import normalize_project

__all__ = ["normalize_country", "normalize_date", "normalize_money", "normalize_project", "parse_number"]
