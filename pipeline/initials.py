"""Phrase regexes that the engine can skip through: r"\b(?:first|phase|...)" rewritten to open on a known letter.

A search with a pattern that opens with \b, or with letters read case-insensitively, tries the whole pattern at
every position of the text. Written as a choice between literal first letters, each followed by the word boundary
checked behind it, the engine skips ahead to those letters and tries only there. The alternatives are grouped by
first letter in their order, so at each position the same alternative matches first: same matches.
"""

from __future__ import annotations

import re

# The characters IGNORECASE matches to a lowercase ASCII letter besides its two cases (checked in the tests).
CASE_FELLOWS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def letters_of(letter: str, ignore_case: bool) -> str:
    """The characters an alternative's first letter matches: itself, or all its case forms."""
    if not ignore_case:
        return letter
    lower = letter.lower()
    return lower + lower.upper() + CASE_FELLOWS.get(lower, "")


def initial_phrases(alternatives: list[str], tail: str = "", ignore_case: bool = False) -> re.Pattern:
    """re.compile(r"\b(?:" + "|".join(alternatives) + ")" + tail), with IGNORECASE when ignore_case, in a form that
    skips to the alternatives' first letters. Each alternative must open with a plain ASCII letter."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not re.fullmatch(r"[A-Za-z]", first):
            raise ValueError(f"an alternative opens with a plain letter, not {alternative!r}")
        groups.setdefault(first.lower() if ignore_case else first, []).append(alternative[1:])
    flags = "(?i:" if ignore_case else "(?:"
    parts = [f"{letter}(?<!\\w\\w){flags}{'|'.join(rests)})"
             for first, rests in groups.items() for letter in letters_of(first, ignore_case)]
    return re.compile("(?:" + "|".join(parts) + ")" + (f"{flags}{tail})" if tail else ""))
