"""PROJECT text -> title and acronym, as the spec defines them.

>>> normalize_project("Industry Skills for Inclusive Growth Phase 2 (InSIGHT-2)")
ProjectValue(title='Industry Skills for Inclusive Growth Phase 2', acronym='InSIGHT-2')
>>> normalize_project("Junior Professional Officers (JPO) Programme")
ProjectValue(title='Junior Professional Officers (JPO) Programme', acronym='JPO')
>>> normalize_project("SSN Fund", acronym_only=True)
ProjectValue(title=None, acronym='SSN Fund')
"""

from __future__ import annotations

import re
from typing import Optional

from ..models import ProjectValue

_TRAILING_PARENS = re.compile(r"^(?P<title>.*\S)\s*\(\s*(?P<inner>[^()]+?)\s*\)$", re.DOTALL)
_INNER_PARENS = re.compile(r"\(\s*(?P<inner>[^()]+?)\s*\)")


def looks_like_acronym(text: str) -> bool:
    """True for acronym-like names: JPO, InSIGHT-2, SSN Fund, KOICA III.

    >>> looks_like_acronym("NIRF Programme"), looks_like_acronym("3rd phase"), looks_like_acronym("IMF, 2010")
    (True, False, False)
    """
    words = text.split()
    if not words or len(words) > 4 or "," in text or not words[0][0].isalpha():
        return False
    first = words[0]
    return sum(c.isupper() for c in first) >= 2 and first[0].isupper()


def normalize_project(text: str, acronym_only: bool = False) -> Optional[ProjectValue]:
    """Split a PROJECT span's text into title and acronym.

    text (str): the span's text (title with any directly following "(ACRONYM)").
    acronym_only (bool): the span is a name made of an acronym alone.
    RETURNS (ProjectValue | None): None for empty text.
    """
    text = " ".join(text.split())
    if not text:
        return None
    if acronym_only:
        return ProjectValue(title=None, acronym=text)
    trailing = _TRAILING_PARENS.match(text)
    if trailing and looks_like_acronym(trailing["inner"]):
        return ProjectValue(title=trailing["title"].strip(), acronym=trailing["inner"].strip())
    inner = next((m["inner"] for m in _INNER_PARENS.finditer(text) if looks_like_acronym(m["inner"])), None)
    return ProjectValue(title=text, acronym=inner)
