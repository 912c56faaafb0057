"""Names of states and provinces (ISO 3166-2, from pycountry), accent-folded.

>>> fold_accents("Ceará")
'ceara'
>>> "tamil nadu" in subdivision_names()
True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pycountry


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    return frozenset(fold_accents(s.name) for s in pycountry.subdivisions)
