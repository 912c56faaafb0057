"""Word lists and regexes of token patterns read as lexeme flags (for pipeline.ruler's Matchers)."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH

# ---- word lists as lexeme flags ------------------------------------------------------------------------
# The Matcher calls a Python predicate per token and state for {"LOWER": {"IN": [...]}} and {"TEXT": {"REGEX": ...}},
# which was most of its time. Each depends on the word alone, so it is computed once per lexeme instead, as one
# of the vocabulary's spare boolean flags, which the Matcher reads natively. Same matches, token for token.
FLAG_IDS = range(19, 64)  # spaCy's FLAG19..FLAG63: unused by the English defaults
FLAG_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}


def _test(token: dict) -> tuple[str, str, object] | None:
    """The one word-list or regex test of a token pattern that a flag can hold: (attribute, predicate, argument)."""
    tests = [(attr, value) for attr, value in token.items() if attr in FLAG_ATTRS and isinstance(value, dict)]
    if len(tests) != 1 or len(tests[0][1]) != 1:
        return None
    attr, ((predicate, argument),) = tests[0][0], tests[0][1].items()
    listed = predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument)
    return (attr, predicate, argument) if listed or (predicate == "REGEX" and isinstance(argument, str)) else None


def flag_key(token: dict) -> tuple | None:
    test = _test(token)
    if test is None:
        return None
    attr, predicate, argument = test
    return FLAG_ATTRS[attr], predicate, tuple(argument) if predicate != "REGEX" else argument


class WordTest:
    """A flag getter: whether a word's ORTH or LOWER string is in a list (or not), or matches a regex."""

    def __init__(self, vocab, attr: str, predicate: str, value):
        self.key = (FLAG_ATTRS[attr], predicate, tuple(value) if predicate != "REGEX" else value)
        self.read = vocab.lex_attr_getters[LOWER] if FLAG_ATTRS[attr] == LOWER else None
        self.words = frozenset(value) if predicate != "REGEX" else None
        self.regex = re.compile(value) if predicate == "REGEX" else None
        self.predicate = predicate

    def __call__(self, text: str) -> bool:
        string = self.read(text) if self.read is not None else text
        if self.regex is not None:
            return bool(self.regex.search(string))
        return (string in self.words) == (self.predicate == "IN")


def as_flags(vocab, token: dict, worth: set) -> dict:
    """A token pattern with its word-list or regex test (on ORTH, TEXT or LOWER) read from a lexeme flag,
    when the test is in worth and a flag is left."""
    test = _test(token)
    if test is None or flag_key(token) not in worth:
        return token
    attr, predicate, argument = test
    flag = _flag(vocab, WordTest(vocab, attr, predicate, argument))
    if flag is None:
        return token
    return {**{k: v for k, v in token.items() if k != attr}, flag: True}


def _flag(vocab, test: WordTest) -> int | None:
    """The flag that holds test for every lexeme (shared by equal tests); None when no flag is left."""
    getters = vocab.lex_attr_getters
    for flag in FLAG_IDS:
        if isinstance(getters.get(flag), WordTest) and getters[flag].key == test.key:
            return flag
    free = next((flag for flag in FLAG_IDS if flag not in getters), None)
    return vocab.add_flag(test, flag_id=free) if free is not None else None
