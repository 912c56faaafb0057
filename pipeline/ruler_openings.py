"""Where a match can start and end: the tokens that a pattern's opening (or closing) token tests accept.

The Matcher starts every pattern at every token of a window and drops the states that fail at once; the tokens
before the first one where some pattern can open cost it time and give nothing. A match's first token is taken
by one of the pattern's opening token patterns (the first, and the next ones while those before are "?" or "*"),
so a token none of them accepts starts no match. The tests read here are the ones that depend on the word and
the space after it (lexeme flags, ORTH, LOWER and their word lists and regexes, SPACY); any other test is taken as passed, which keeps the answer
a superset: trimming a window to its first possible start leaves the Matcher's matches and their order as they were
(the states it no longer starts would all have been dropped without a match).

Read on the reversed patterns, the same tests tell the closing token patterns (the last, and the ones before it while
those after are "?" or "*"): a match's last token passes one of them. Cutting a window after the last token where a
match can end keeps the matches and their order too: every state alive there ends on that token, and the Matcher's
last step over the rest of the window gives each of them what it gives each state left at the window's end, in the
same order (a match of the ones it skips still to come if all its specs left are optional, else none), while the
tokens after it end no match.
"""

from __future__ import annotations

import re

from spacy.attrs import IDS, LOWER, ORTH, SPACY

FLAG_LIMIT = 64  # attribute ids below this are lexeme flags (spaCy's flags_t)
WORD_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}


class OpeningTests:
    """Per pattern (in the order given), which tokens it can open at, as a bit mask over the patterns."""

    def __init__(self, vocab, patterns: list[list[dict]]):
        self.vocab = vocab
        # Per pattern: its opening tests, each (flags set, flags clear, ORTH hash, LOWER hash, SPACY, word tests), or
        # None when it can open anywhere (an operator other than "?", "*" or "+" among its openings).
        self.tests = [self._opening_tests(pattern) for pattern in patterns]
        self.masks: dict[tuple[int, int], int] = {}  # (ORTH hash, space after) -> the patterns that can open there

    def _opening_tests(self, pattern: list[dict]) -> list[tuple] | None:
        tests = []
        for token in pattern:
            op = token.get("OP")
            if op not in (None, "?", "*", "+"):
                return None
            tests.append(self._test(token))
            if op not in ("?", "*"):
                break
        return tests

    def _test(self, token: dict) -> tuple[int, int, int | None, int | None, int | None, tuple]:
        set_bits = clear_bits = 0
        orth = lower = spacy = None
        word_tests = []  # (reads the LOWER form, "IN" / "NOT_IN" / "REGEX", the words or the regex)
        for attr, value in token.items():
            attr_id = attr if isinstance(attr, int) else IDS.get(attr.upper()) if isinstance(attr, str) else None
            if isinstance(value, bool) and attr_id is not None and 0 < attr_id < FLAG_LIMIT:
                if value:
                    set_bits |= 1 << attr_id
                else:
                    clear_bits |= 1 << attr_id
            elif isinstance(value, bool) and attr_id == SPACY:
                spacy = int(value)
            elif isinstance(value, str) and isinstance(attr, str) and attr.upper() in WORD_ATTRS:
                if WORD_ATTRS[attr.upper()] == ORTH:
                    orth = self.vocab.strings.add(value)
                else:
                    lower = self.vocab.strings.add(value)
            elif isinstance(value, dict) and isinstance(attr, str) and attr.upper() in WORD_ATTRS:
                reads_lower = WORD_ATTRS[attr.upper()] == LOWER
                for predicate, argument in value.items():
                    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(w, str) for w in argument):
                        word_tests.append((reads_lower, predicate, frozenset(argument)))
                    elif predicate == "REGEX" and isinstance(argument, str):
                        word_tests.append((reads_lower, predicate, re.compile(argument)))
            # (Anything else is taken as passed.)
        return set_bits, clear_bits, orth, lower, spacy, tuple(word_tests)

    def mask(self, orth: int, spaced: int) -> int:
        """The patterns that can open at a token with this ORTH hash and space after it, as bits (kept per word)."""
        key = (orth, spaced)
        found = self.masks.get(key)
        if found is None:
            if len(self.masks) > MAX_MASKS:
                self.masks.clear()
            lexeme = self.vocab[orth]
            flags, lower = lexeme.flags, lexeme.lower
            texts = (lexeme.orth_, lexeme.lower_)
            found = 0
            for i, tests in enumerate(self.tests):
                if tests is None or any(
                    flags & set_bits == set_bits and not flags & clear_bits and (word is None or word == orth)
                    and (lower_word is None or lower_word == lower) and (space is None or space == spaced)
                    and all(_passes(texts[reads_lower], predicate, argument) for reads_lower, predicate, argument in word_tests)
                    for set_bits, clear_bits, word, lower_word, space, word_tests in tests
                ):
                    found |= 1 << i
            self.masks[key] = found
        return found


def _passes(text: str, predicate: str, argument) -> bool:
    """A word list's or a regex's test on a word, as spaCy's Matcher reads it."""
    if predicate == "REGEX":
        return bool(argument.search(text))
    return (text in argument) == (predicate == "IN")


# Words whose masks are kept (an int each), until the vocabulary's growth makes this many.
MAX_MASKS = 100_000
