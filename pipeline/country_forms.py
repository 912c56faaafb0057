"""Country forms a phrase list cannot see, found for the COUNTRY component (pipeline.components).

A combining form before a hyphen ("Sino-German" holds CN), a word broken by a hyphen at a
line end ("Ugan-\\ndan", "Burki-\\nna Faso") and a name of several words wrapped at a line end
("Sri\\nLanka"). All read the doc cheaply: token hashes from one array, a regex over the text that
runs only when the text has a hyphen at a line's end, and a look at the few words around each line break.
"""

from __future__ import annotations

import re

from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from .normalize import normalize_country
from .normalize.countries import LINE_BREAK_HYPHEN, first_words
from .resources import Rules
from .token_table import token_table

# A word broken by a hyphen at a line end ("Ugan-\\ndan").
BROKEN_WORD = re.compile(r"\b[^\W\d_]+" + LINE_BREAK_HYPHEN.pattern + r"[^\W\d_]+\b")
LINE_END_HYPHEN = re.compile(r"-[ \t]*\r?\n")
# The words of a name around the broken one ("Burki-\nna Faso", "Sierra Le-\none"), on the same lines.
WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]+")
WORD_BEFORE = re.compile(r"[^\W\d_]+[ \t]+$")
NAME_WORDS_AROUND = 2


def combining_forms(doc: Doc, rules: Rules) -> list[Span]:
    """"Sino-", "Franco-" glued by a hyphen to the word after them."""
    found = []
    # Only tokens that are combining forms: one read of the ORTH hashes, not a Token per position.
    forms = {hash_string(form) for form in rules.combining_forms}
    for i in [i for i, orth in enumerate(token_table(doc).orth_ids[:-2]) if orth in forms]:
        token, hyphen, after = doc[i], doc[i + 1], doc[i + 2]
        if token.text in rules.combining_forms and hyphen.text in {"-", "–"} and not token.whitespace_ \
                and not hyphen.whitespace_ and after.text[:1].isalpha():
            found.append(Span(doc, token.i, token.i + 1, label="COUNTRY", span_id="combining-form"))
    return found


def line_broken_words(doc: Doc, rules: Rules) -> list[Span]:
    """Country words broken by a hyphen at a line end ("Ugan-\\ndan")."""
    found = []
    text = doc._.layout.text if doc._.layout is not None else doc.text
    # (A text with no hyphen at a line's end has none: the word scan is skipped.)
    for match in BROKEN_WORD.finditer(text) if LINE_END_HYPHEN.search(text) else ():
        found_at = _longest_name(text, match.start(), match.end(), rules)
        if found_at is None:
            continue
        span = doc.char_span(*found_at, label="COUNTRY", alignment_mode="strict")
        if span is not None:
            found.append(Span(doc, span.start, span.end, label="COUNTRY", span_id="line-broken"))
    return found


NAME_REACH = 60
# (Each alternative opens with its own character, so the engine skips to blanks and breaks; same matches as
# r"[ \t]*\r?\n[ \t]*".)
LINE_BREAK = re.compile(r"(?: [ \t]*\r?\n|\t[ \t]*\r?\n|\r\n|\n)[ \t]*")
# (The leftmost match never starts inside a word, whose start would match too: the lookbehind skips those positions.)
WORDS_BEFORE_BREAK = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+$")
WORDS_AFTER_BREAK = re.compile(r"^[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")


def wrapped_names(doc: Doc, rules: Rules) -> list[Span]:
    """Names of several words wrapped at a line end ("Sri\nLanka", "Burkina\nFaso"): a phrase pattern stops at the break."""
    found = []
    text = doc._.layout.text if doc._.layout is not None else doc.text
    # A run of words (letters and blanks only) folds to a country form only if its first word begins one: most
    # runs are skipped without folding them (a form written with the line break in it is still looked up).
    firsts = first_words(rules.countries)
    for brk in LINE_BREAK.finditer(text):
        # (At most a name's length of each line is read: a hostile long line costs no more than a short one.)
        line_end = text.find("\n", brk.end())
        after = WORDS_AFTER_BREAK.match(text[brk.end() : min(len(text) if line_end < 0 else line_end, brk.end() + NAME_REACH)])
        if after is None:
            continue
        line_start = max(text.rfind("\n", 0, brk.start()) + 1, brk.start() - NAME_REACH)
        before = WORDS_BEFORE_BREAK.search(text[line_start : brk.start()])
        if before is None:
            continue
        starts = [(line_start + before.start() + m.start(), m.group().casefold() in firsts)
                  for m in re.finditer(r"[^\W\d_]+", before.group())]
        ends = [brk.end() + m.end() for m in re.finditer(r"[^\W\d_]+", after.group())]
        for (start, possible), end in sorted(((a, b) for a in starts for b in ends), key=lambda ab: ab[0][0] - ab[1]):
            if not possible and text[start:end] not in rules.countries:
                continue
            if normalize_country(text[start:end], rules.countries) is not None:
                span = doc.char_span(start, end, alignment_mode="strict")
                if span is not None:
                    found.append(Span(doc, span.start, span.end, label="COUNTRY", span_id="wrapped"))
                break
    return found


def _longest_name(text: str, start: int, end: int, rules: Rules) -> tuple[int, int] | None:
    """The longest run of words around a broken word that is a country form, as character offsets."""
    starts, ends = [start], [end]
    for _ in range(NAME_WORDS_AROUND):
        before = WORD_BEFORE.search(text, max(0, starts[-1] - 40), starts[-1])
        if before is not None:
            starts.append(before.start())
        after = WORD_AFTER.match(text, ends[-1])
        if after is not None:
            ends.append(after.end())
    spans = sorted(((a, b) for a in starts for b in ends), key=lambda ab: ab[0] - ab[1])
    return next(((a, b) for a, b in spans if normalize_country(text[a:b], rules.countries) is not None), None)
