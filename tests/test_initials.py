"""initial_phrases: the same matches as the plain phrase pattern it stands for."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.initials import CASE_FELLOWS, initial_phrases

TEXTS = [
    "The first phase (2020) cost $3 million; ITS second phase, its NEW programme and Phase IV-2 followed.",
    "İts phase II, ıt, the ſcheme, ſa new loan: letters IGNORECASE matches outside ASCII.",
    "subcosts are in Euro dollars; All FIGURES ARE in US dollars; exports to Eastland and Westland, ",
    "x-it phase 3 phasex 4 (the two loans) both PROJECTS each of the grants",
]


def test_case_fellows_are_all_the_non_ascii_characters_ignorecase_matches_to_an_ascii_letter():
    found: dict[str, str] = {}
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            lower = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, char, re.IGNORECASE))
            found[lower] = found.get(lower, "") + char
    assert found == CASE_FELLOWS


@pytest.mark.parametrize("alternatives, tail, ignore_case, boundary", [
    (["its", "it", "the (?:first|second)\\s+phase", "phase\\s+(?:[IVX]+|[1-9])", "scheme", "sa"], r"\b(?!-)", True, True),
    (["figures", "amounts", "sums", "costs"], r"\b[^.\n]{0,40}?\b(?:in|are)\s+[A-Z]\w+", True, False),
    (["These", "these", "All", "all", "The", "the"], r"\s+(?:two|three)\s+(?:loans|projects)\b", False, True),
    (["exports? to", "migrating to"], r"\s+[A-Z]\w+", True, True),
])
def test_same_matches_as_the_plain_pattern(alternatives, tail, ignore_case, boundary):
    plain = re.compile((r"\b" if boundary else "") + ("(?i:" if ignore_case else "(?:") + "|".join(alternatives) + ")" + tail)
    skipping = initial_phrases(alternatives, tail, ignore_case=ignore_case, boundary=boundary)
    assert skipping.pattern != plain.pattern
    for text in TEXTS:
        assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for end in range(0, len(text), 7):
            found, expected = skipping.search(text, max(0, end - 30), end), plain.search(text, max(0, end - 30), end)
            assert (found and found.span()) == (expected and expected.span())


def test_an_alternative_that_opens_otherwise_keeps_the_plain_pattern():
    assert initial_phrases(["(?:a|b)c", "d"]).pattern == r"\b(?:(?:a|b)c|d)"
