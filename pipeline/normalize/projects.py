"""PROJECT text -> title and acronym, as the spec defines them.

>>> normalize_project("Industry Skills for Inclusive Growth Phase 2 (InSIGHT-2)")
ProjectValue(title='Industry Skills for Inclusive Growth Phase 2', acronym='InSIGHT-2')
>>> normalize_project("Junior Professional Officers (JPO) Programme")
ProjectValue(title='Junior Professional Officers (JPO) Programme', acronym='JPO')
>>> normalize_project("SSN Fund", acronym_only=True)
ProjectValue(title=None, acronym='SSN Fund')
>>> normalize_project("Programa de Riego Andino (Prorian)")
ProjectValue(title='Programa de Riego Andino', acronym='Prorian')
"""

from __future__ import annotations

import re
from typing import Collection, Optional, Sequence

from num2words import num2words

from ..models import ProjectValue

_TRAILING_PARENS = re.compile(r"^(?P<title>.*\S)\s*\(\s*(?P<inner>[^()]+?)\s*\)$", re.DOTALL)
_INNER_PARENS = re.compile(r"\(\s*(?P<inner>[^()]+?)\s*\)")
# A phase or tranche marker is not an acronym (spec): "(II)", "(Phase 2)", "(Tranche 3)".
_PHASE = re.compile(r"^(?:(?:phase|tranche|stage|part|batch|lot)\s+)?(?:[IVX]+|\d+|[A-Z])$", re.IGNORECASE)
# Acronym suffixes that the long form need not spell: "-2", " II", "-SU" stays (it is letters).
_ACRONYM_SUFFIX = re.compile(r"(?:[\s\-–]*(?:[IVX]+|\d+))+$")
# "Phase Two", "Window Three", "ABCD Two": a phase numbered in words, capitalized as part of the name.
SPELLED_PHASE_NUMBERS = tuple(num2words(n).title() for n in range(1, 11))
# An acronym and its phase, nothing else: "ABCD II", "ABCD-3", "ABCD Two".
_ACRONYM_WITH_PHASE = re.compile(r"(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*"
                                 r"(?:[\s\-–]+(?:[IVX]+|\d{1,2}|" + "|".join(SPELLED_PHASE_NUMBERS) + r"))+")


# "QRX417", "P-104233": an office's letters and a register number.
REGISTER_CODE = re.compile(r"[A-Za-z]{0,5}-?\d{3,}")


E_PREFIX = re.compile(r"[em]-?[A-Z]{2,}")


def looks_like_acronym(text: str) -> bool:
    """True for acronym-like names: JPO, InSIGHT-2, SSN Fund, KOICA III; never a phase marker.

    >>> looks_like_acronym("NIRF Programme"), looks_like_acronym("3rd phase"), looks_like_acronym("IMF, 2010")
    (True, False, False)
    >>> looks_like_acronym("II"), looks_like_acronym("Phase 2"), looks_like_acronym("Lakeville–Hillton")
    (False, False, False)
    >>> looks_like_acronym("ABC-Lakeville"), looks_like_acronym("Lakeville-Hillton"), looks_like_acronym("O4CR-Lakeville")
    (True, False, True)
    >>> looks_like_acronym("ABC-Nr. 2031 12 345"), looks_like_acronym("ABC 2031"), looks_like_acronym("ABC 2")
    (False, False, True)
    >>> looks_like_acronym("XYZ802"), looks_like_acronym("P-104233"), looks_like_acronym("SDG16")
    (False, False, True)
    >>> looks_like_acronym("e-ABCD"), looks_like_acronym("eXYZ-II"), looks_like_acronym("e-mail")
    (True, True, False)
    """
    words = text.split()
    if not words or len(words) > 4 or "," in text or not words[0][0].isalpha() or _PHASE.match(text.strip()):
        return False
    # "REG-Nr. 2031 12 345", "PRJ 20415": a register number after its office's letters is a code, not an acronym.
    numbers = [word for word in words[1:] if word.isdigit()]
    if len(numbers) >= 2 or any(len(word) >= 3 for word in numbers) or REGISTER_CODE.fullmatch(words[0]) and len(words) == 1:
        return False
    first = words[0]
    # "e-ABCD", "eABC-II": an electronic service's acronym opens with a lowercase "e" (or "m" for mobile).
    if E_PREFIX.match(first):
        first = first[1:].lstrip("-")
    # "ABC-Lakeville", "HTP-Eastland": an acronym and the place it serves.
    head = first.split("-")[0]
    if len(head) >= 2 and head.isupper() and head.isalnum() and head[0].isalpha():
        first = head
    upper = sum(c.isupper() for c in first)
    # "InSIGHT", "AfDB", "KfW" are mostly capitals; "Kyzylorda–Zhezkazgan" is two names.
    return upper >= 2 and first[0].isupper() and upper >= sum(c.islower() for c in first)


def alignment_start(acronym: str, long_form: str) -> Optional[int]:
    """Where the long form of `acronym` starts in `long_form` (a character offset), or None.

    Schwartz & Hearst (2003): the acronym's letters are found right to left in the words
    before it, its first letter at the start of a word; the long form starts at that word.

    >>> alignment_start("CRF", "the new Coastal Resilience Facility")
    8
    >>> alignment_start("LO", "works with the Labour Office")
    15
    >>> alignment_start("XYZ", "a loan of up to USD 40 million") is None
    True
    """
    short = _ACRONYM_SUFFIX.sub("", acronym).lower()
    chars = [c for c in short if c.isalpha()]
    if not chars or not chars[0].isalpha():
        return None
    text = long_form.lower()
    s, i = len(chars) - 1, len(text) - 1
    while s >= 0:
        c = chars[s]
        # The letter's last place at or before i (str.rfind, not a Python step per character); the first letter's
        # must open a word.
        i = text.rfind(c, 0, i + 1)
        if s == 0:
            while i > 0 and text[i - 1].isalnum():
                i = text.rfind(c, 0, i)
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1


def is_acronym_of(inner: str, title: str) -> bool:
    """A parenthesis after a title is its acronym: acronym-shaped, or one capitalized word
    ("Prorian", "Profisco III") whose letters align with the title.

    >>> is_acronym_of("Prorian", "Programa de Riego Andino"), is_acronym_of("Norad", "Rural Roads Project")
    (True, False)
    """
    inner = inner.strip()
    if _PHASE.match(inner):
        return False
    if looks_like_acronym(inner):
        return True
    words = _ACRONYM_SUFFIX.sub("", inner).split()
    # "(xYz HF)": a place's own lowercase-led acronym, then the fund's capitals, spelling the whole title.
    if 2 <= len(words) <= 3 and looks_like_acronym(words[-1]) and all(any(c.isupper() for c in w) for w in words) \
            and alignment_start(inner, title) == 0 and title[:1].lower() == words[0][:1].lower():
        return True
    return len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() and len(words[0]) >= 4 \
        and alignment_start(inner, title) == 0 and title[:1].lower() == words[0][:1].lower() or is_blend_of(inner, title)


_BLEND_PART = re.compile(r"[A-Z][a-z]{2,}")


def is_blend_of(inner: str, title: str) -> bool:
    """A one-word short name blended from the title's own words, in any order: each capitalized part opens a
    capitalized word of the title.

    >>> is_blend_of("SolarCoast", "Copper Coast Solar Farms Project"), is_blend_of("SolarCoast", "Copper Coast Farms Project")
    (True, False)
    """
    if not inner.isalpha() or _BLEND_PART.sub("", inner):
        return False
    parts = [part.lower() for part in _BLEND_PART.findall(inner)]
    words = [word.lower() for word in title.split() if word[:1].isupper()]
    return len(parts) >= 2 and all(any(word.startswith(part) for word in words) for part in parts)


def title_before_colon(title: Optional[str]) -> Optional[str]:
    """"Lantern Rivers: Girls' Football in Town Leagues" -> "Lantern Rivers": the short name a title gives before its
    colon, when every word of it is capitalized; else None."""
    short, colon, rest = (title or "").partition(": ")
    return short if colon and rest and short and all(word[:1].isupper() for word in short.split()) else None


def name_after_head(words: Sequence[str], heads: Collection[str]) -> Optional[tuple[str, ...]]:
    """The words after a Romance head that name the project alone: "Proyecto Raíces del Valle" is also called
    "Raíces del Valle". Three words or more, the first capitalized ("Programa Agua Potable" leaves a common phrase).

    >>> name_after_head(["Proyecto", "Raíces", "del", "Valle"], {"proyecto"}), name_after_head(["Programa", "Agua", "Potable"], {"programa"})
    (('Raíces', 'del', 'Valle'), None)
    """
    if len(words) >= 4 and words[0].casefold() in heads and words[1][:1].isupper():
        return tuple(words[1:])
    return None


_ACRONYM_WITH_PLACE = re.compile(r"[A-Z]{2,}\d?[-–][A-Z][^\W\d_]+")


def normalize_project(text: str, acronym_only: bool = False) -> Optional[ProjectValue]:
    """Split a PROJECT span's text into title and acronym.

    text (str): the span's text (title with any directly following "(ACRONYM)").
    acronym_only (bool): the span is a name made of an acronym alone.
    RETURNS (ProjectValue | None): None for empty text.
    """
    text = " ".join(text.split())
    if not text:
        return None
    # ("PRO-ÑU" alone in a project column: one word in capitals, with any letters, is an acronym too.)
    # ("TERRA-Lakeland", "PROVAL-Norte": capitals and a place's or a region's name after a hyphen, one word, likewise.)
    if acronym_only or _ACRONYM_WITH_PHASE.fullmatch(text) or " " not in text and len(text) <= 10 and text.isupper() \
            and text.replace("-", "").isalnum() or _ACRONYM_WITH_PLACE.fullmatch(text):
        return ProjectValue(title=None, acronym=text)  # ("HILLS III" however it was found: an acronym alone, spec)
    trailing = _TRAILING_PARENS.match(text)
    if trailing and is_acronym_of(trailing["inner"], trailing["title"].strip()):
        return ProjectValue(title=trailing["title"].strip(), acronym=trailing["inner"].strip())
    inner = next((m["inner"] for m in _INNER_PARENS.finditer(text) if looks_like_acronym(m["inner"])), None)
    return ProjectValue(title=text, acronym=inner)
