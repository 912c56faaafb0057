"""Phrase regexes that the engine can skip through: r"\b(?:first|phase|...)" rewritten to open on a known letter.

A search with a pattern that opens with \b, or with letters read case-insensitively, tries the whole pattern at
every position of the text. Written as a choice between literal first letters, each followed by the word boundary
checked behind it, the engine skips ahead to those letters and tries only there. The alternatives are grouped by
first letter in their order, so at each position the same alternative matches first: same matches.
"""

from __future__ import annotations

import re

# The characters IGNORECASE matches to a lowercase ASCII letter besides its two cases (tests/test_initials.py checks).
CASE_FELLOWS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def letters_of(letter: str, ignore_case: bool) -> str:
    """The characters an alternative's first letter matches: itself, or all its case forms."""
    if not ignore_case:
        return letter
    lower = letter.lower()
    return lower + lower.upper() + CASE_FELLOWS.get(lower, "")


def initial_phrases(alternatives: list[str], tail: str = "", ignore_case: bool = False, boundary: bool = True) -> re.Pattern:
    """re.compile(r"\b(?:" + "|".join(alternatives) + ")" + tail), the alternatives read in any case when ignore_case
    (the tail as written: wrap it in (?i:...) to read it so), in a form that skips to the alternatives' first letters;
    without the leading \b when not boundary. An alternative that does not open with a plain ASCII letter leaves the
    pattern as written."""
    written = ("(?i:" if ignore_case else "(?:") + "|".join(alternatives) + ")"
    if any(not re.fullmatch(r"[A-Za-z]", alternative[:1]) for alternative in alternatives):
        return re.compile((r"\b" if boundary else "") + written + tail)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0].lower() if ignore_case else alternative[0], []).append(alternative[1:])
    opening = "(?i:" if ignore_case else "(?:"
    behind = r"(?<!\w\w)" if boundary else ""  # (after a word character: no word character before it)
    parts = [f"{letter}{behind}{opening}{'|'.join(rests)})"
             for first, rests in groups.items() for letter in letters_of(first, ignore_case)]
    return re.compile("(?:" + "|".join(parts) + ")" + tail)
