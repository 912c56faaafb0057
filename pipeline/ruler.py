"""A span ruler that only looks where a match can be.

spaCy's Matcher walks every token through every pattern. A DATE needs a year and a
MONEY needs a currency word, sign or scale, so this ruler finds those anchor tokens
first (one set lookup per token) and runs the patterns from rules/*.jsonl only on windows
around them, each window with a Matcher of just the patterns whose required words or flags
it holds (a pattern left out cannot match there; the rest keep their order). Results equal
a span_ruler's as long as no pattern reaches further from its anchor than REACH says.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import or_
from typing import Iterable

from spacy.errors import MatchPatternError
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, SpanGroup

from .errors import RulesError
from .resources import PatternLine
from .ruler_flags import FLAG_ATTRS, FLAG_IDS, as_flags, flag_key
from .ruler_openings import OpeningTests
from .token_table import token_table
from .tokenizer import SPACE_TOKEN

# How far a match may reach from its anchor, per label. A date's longest point reaches 6
# tokens before its year, and a range's yearless first part ("5/1-5/7, 2020") up to 10;
# after it, 5 ("2019 - 03 - 08"). Money reaches 7 before its sign or word ("three hundred
# and twenty million Japanese Yen") and 6 after ("dollars and forty - five cents").
REACH = {"DATE": (10, 5), "MONEY": (7, 6)}
KEY_SEPARATOR = "|"


# Dotted dates, day first ("21.12.2012") or year first ("2024.10.15"), are one token each: anchors no token list can
# hold; so are the months of a range that fills a table cell, "| 03.2031 – 02.2034 |" (not a rate, "11.2005 – 11.2090
# per euro"). (Every alternative opens with a digit: the pattern reads that digit first and then looks behind it for
# what each alternative needs, so the engine skips ahead to digits instead of trying each alternative at every position.)
DOTTED_DATES = r"\d(?:(?<!\w\d)\d?\.\d{1,2}\.\d{4}\b|(?<=1)(?<![\w.]1)[89]\d\d\.\d{1,2}\.\d{1,2}\b|(?<=2)(?<![\w.]2)[01]\d\d\.\d{1,2}\.\d{1,2}\b" \
    r"|(?<=[01])(?:(?<=\|[01])|(?<=\| [01])|(?<=\t[01])|(?<=\n[01])|(?<=^[01]))\d\.(?:19|20)\d\d" \
    r"(?=\s*(?:[-–—]|to)\s*[01]\d\.(?:19|20)\d\d\s*(?:\||\t|\n|$)))"
# "1.250.000$00": the escudo's cifrão written as the decimal mark (Cabo Verde), one token with its amount.
# (Opening on the "$", the engine skips to each dollar sign rather than trying every digit.)
CIFRAO_AMOUNTS = r"\$(?<=\d\$)\d\d(?!\d)"
# What each of those holds: a dot, then one or two digits and a dot, or a year. The engine skips from dot to dot for it,
# where DOTTED_DATES tries each digit of the text; a text without it (most) has no dotted date and skips that search.
ANCHOR_HINTS = {DOTTED_DATES: r"\.(?:\d{1,2}\.|(?:19|20)\d\d)"}


class AnchoredRuler:
    """Matches token patterns near anchor tokens and writes the hits to doc.spans[spans_key].

    vocab (Vocab): the pipeline's vocabulary.
    spans_key (str): where the candidate spans go.
    anchors (Iterable[str]): token texts (as written or lower-cased) that a match must contain.
    anchor_pattern (str): a regex, searched in the text, for anchors a set cannot list (21.12.2012).
    reach (tuple[int, int]): how many tokens before and after an anchor a match may extend.
    """

    def __init__(self, vocab, spans_key: str, anchors: Iterable[str], anchor_pattern: str = "",
                 reach: tuple[int, int] = (8, 8)):
        self.vocab = vocab
        self.checker = Matcher(vocab, validate=True)  # the patterns as written: spaCy's errors name their line
        self.matcher = Matcher(vocab, validate=False)  # the same patterns with word lists and regexes read as lexeme flags
        self.spans_key = spans_key
        self.anchors = frozenset(anchors)
        self.anchor_pattern = re.compile(anchor_pattern) if anchor_pattern else None
        self.anchor_hint = re.compile(ANCHOR_HINTS[anchor_pattern]) if anchor_pattern in ANCHOR_HINTS else None
        self.anchor_hashes: frozenset[int] | None = None
        self.before, self.after = reach
        # The Matcher starts every pattern at every token of a window; most patterns lack a word they need there.
        self.flagged: list[tuple[str, list[dict]]] = []  # (key, pattern with lexeme flags), in the order added
        # Per pattern, what the window's tokens must have between them for it to match, as bits: the lexeme flags
        # of its required tokens (no "?", "*" or "!"), and a bit of its own for each word it requires as written.
        self.needs: list[int] = []
        self.word_bits: dict[tuple[int, int], int] = {}  # (ORTH or LOWER, hash) -> its bit, past the 64 flags
        self.chosen: dict[int, frozenset[int]] = {}  # the patterns whose needs a window's bits meet, per bits seen
        self.chosen_bits: dict[int, int] = {}  # the same patterns as a bit mask (bit i: pattern i)
        self.openings: OpeningTests | None = None  # which patterns can start at which words (built on first use)
        self.closings: OpeningTests | None = None  # and end there (the reversed patterns' openings)
        self.subsets: dict[frozenset[int], Matcher] = {}  # Matchers over some of the patterns, the first ones needed
        self.bits: dict[int, int] = {}  # token_bits per word seen: a word's lexeme and the patterns do not change
        # The same patterns without the optional no-break-space slots that rules.spacy_patterns puts between their
        # tokens (nearly half of all their token tests), for windows that hold no such space: see matcher_for.
        self.spaceless: list[list[dict]] = []
        self.spaceless_matcher = Matcher(vocab, validate=False)
        self.spaceless_subsets: dict[frozenset[int], Matcher] = {}
        self.space_orths = frozenset(vocab.strings.add(text) for text in SPACE_TOKEN["ORTH"]["IN"])

    def add_patterns(self, lines: list[PatternLine], patterns: list[dict]) -> None:
        # Flags are few (45) and shared by the pipeline's rulers: they go to the tests a match can open with, which
        # run at every token of a window. (A test left as a predicate builds a Token and calls Python for each token
        # it reads; one deeper in a pattern is read only where a match got that far. When recurring tests took
        # flags too, the date ruler's used up the last ones before the money ruler's opening tests came: 8,675
        # predicate calls a benchmark pass then, 3,071 now.)
        opening = [token for entry in patterns for token in _opening_tokens(entry["pattern"])]
        worth = {flag_key(token) for token in opening}
        for line, entry in zip(lines, patterns, strict=True):
            key = f"{entry['label']}{KEY_SEPARATOR}{entry.get('id', '')}"
            try:
                self.checker.add(key, [entry["pattern"]])
            except (MatchPatternError, ValueError) as error:
                raise RulesError(f"{line.file}:{line.line}: spaCy rejected the pattern: {error}") from error
            flagged = [as_flags(self.vocab, token, worth) for token in entry["pattern"]]
            self.matcher.add(key, [flagged])
            self.flagged.append((key, flagged))
            self.needs.append(self._needs(flagged))
            spaceless = _without_space_slots(entry["pattern"], flagged)
            self.spaceless_matcher.add(key, [spaceless])
            self.spaceless.append(spaceless)
        self.chosen.clear()
        self.chosen_bits.clear()
        self.subsets.clear()
        self.spaceless_subsets.clear()
        self.bits.clear()
        self.openings = self.closings = None

    def _needs(self, pattern: list[dict]) -> int:
        bits = 0
        for token in pattern:
            if token.get("OP") not in (None, "+"):
                continue
            for attr, value in token.items():
                if isinstance(attr, int) and attr in FLAG_IDS and value is True:
                    bits |= 1 << attr
                elif attr in FLAG_ATTRS and isinstance(value, str):
                    word = (FLAG_ATTRS[attr], self.vocab.strings.add(value))
                    bits |= 1 << self.word_bits.setdefault(word, 64 + len(self.word_bits))
        return bits

    def token_bits(self, orth: int) -> int:
        """A word's bits for the needs: its lexeme flags, and the bits of the required words it is."""
        lexeme = self.vocab[orth]
        bits = lexeme.flags
        for attr, value in ((ORTH, orth), (LOWER, lexeme.lower)):
            bit = self.word_bits.get((attr, value))
            if bit is not None:
                bits |= 1 << bit
        return bits

    def bits_of(self, orths: Iterable[int]) -> dict[int, int]:
        """token_bits of each word, kept across docs (most words recur)."""
        bits = self.bits
        if len(bits) > MAX_BITS:
            bits.clear()
        for orth in set(orths).difference(bits):  # (only the words not met before)
            bits[orth] = self.token_bits(orth)
        return bits

    @staticmethod
    def token_words(doc: Doc) -> tuple[list[int], list[int]]:
        """Each token's ORTH and LOWER hash, from the doc's token table (one array read shared by the components):
        creating a Token per position costs more than matching. Do not change the lists: they are shared."""
        table = token_table(doc)
        return table.orth_ids, table.lower_ids

    def anchor_positions(self, doc: Doc, words: tuple[list[int], list[int]] | None = None) -> list[int]:
        if self.anchor_hashes is None:
            self.anchor_hashes = frozenset(doc.vocab.strings.add(a) for a in self.anchors)
        hashes = self.anchor_hashes
        orths, lowers = words or self.token_words(doc)
        # (The tests and the walk in C: map and compress, no Python step per token.)
        contains = hashes.__contains__
        positions = list(compress(count(), map(or_, map(contains, orths), map(contains, lowers))))
        if self.anchor_pattern is not None:
            # doc.text is rebuilt from the tokens on each access; the layout already holds it.
            text = doc._.layout.text if doc.has_extension("layout") and doc._.layout is not None else doc.text
            if self.anchor_hint is not None and not self.anchor_hint.search(text):
                return positions
            for match in self.anchor_pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    positions.append(span.start)
            positions.sort()
        return positions

    def windows(self, doc: Doc, words: tuple[list[int], list[int]] | None = None) -> list[tuple[int, int]]:
        merged: list[list[int]] = []
        for position in self.anchor_positions(doc, words):
            start, end = max(0, position - self.before), min(len(doc), position + self.after + 1)
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return [(a, b) for a, b in merged]

    def chosen_for(self, present: int) -> frozenset[int]:
        """The patterns whose needs a window's bits meet (kept per bits seen, with their bit mask in chosen_bits)."""
        chosen = self.chosen.get(present)
        if chosen is None:
            if len(self.chosen) >= MAX_CHOSEN:
                self.chosen.clear()
                self.chosen_bits.clear()
            missing = ~present
            chosen = self.chosen[present] = frozenset(i for i, needs in enumerate(self.needs) if not needs & missing)
            self.chosen_bits[present] = sum(1 << i for i in chosen)
        return chosen

    def matcher_for(self, present: int, spaceless: bool = False) -> Matcher | None:
        """A Matcher over the patterns whose needs the window's bits meet, or over a few more (None: none can match).

        It finds the same matches, in the same order, as the Matcher over all patterns: a pattern left out
        has no match there, and the Matcher keeps each pattern's states and matches in the order it would.
        spaceless: the window holds no token that a no-break-space slot accepts; its Matcher's patterns go without
        those slots. (Each slot is optional and never last: where its test fails, the Matcher moves the state on
        to the next token test on the same token, adding no state and no match, so the matches and their order are
        the same without it; a slot tested at every state and token was nearly half of the Matcher's work.)
        """
        chosen = self.chosen_for(present)
        if not chosen:
            return None
        if len(chosen) == len(self.needs):
            return self.spaceless_matcher if spaceless else self.matcher
        subsets = self.spaceless_subsets if spaceless else self.subsets
        matcher = subsets.get(chosen)
        if matcher is None and len(subsets) < MAX_SUBSETS:
            matcher = subsets[chosen] = Matcher(self.vocab, validate=False)
            for i in sorted(chosen):
                key, pattern = self.flagged[i]
                matcher.add(key, [self.spaceless[i] if spaceless else pattern])
        elif matcher is None:
            # No room for another: the smallest Matcher kept that holds all the chosen patterns, else the whole one.
            holding = [(len(patterns), n, kept) for n, (patterns, kept) in enumerate(subsets.items()) if chosen <= patterns]
            matcher = min(holding)[2] if holding else self.spaceless_matcher if spaceless else self.matcher
        return matcher

    def first_start(self, orths: list[int], spaced: list[int], start: int, end: int, present: int) -> int:
        """The first token of the window where one of the patterns chosen for its bits can start (end: none can)."""
        if self.openings is None:
            self.openings = OpeningTests(self.vocab, [pattern for _, pattern in self.flagged])
        chosen, mask = self.chosen_bits[present], self.openings.mask
        while start < end and not mask(orths[start], spaced[start]) & chosen:
            start += 1
        return start

    def last_end(self, orths: list[int], spaced: list[int], start: int, end: int, present: int) -> int:
        """The end of the window's last token where one of the patterns chosen for its bits can end (start: none can)."""
        if self.closings is None:
            self.closings = OpeningTests(self.vocab, [pattern[::-1] for _, pattern in self.flagged])
        chosen, mask = self.chosen_bits[present], self.closings.mask
        while end > start and not mask(orths[end - 1], spaced[end - 1]) & chosen:
            end -= 1
        return end

    def __call__(self, doc: Doc) -> Doc:
        found = []
        orths, lowers = words = self.token_words(doc)
        spaced = token_table(doc).spaced
        windows = self.windows(doc, words)
        # (Each distinct word's bits once: a word met again in the windows reads the same lexeme.)
        bits = self.bits_of({orth for start, end in windows for orth in orths[start:end]})
        for start, end in windows:
            present = 0
            for orth in orths[start:end]:
                present |= bits[orth]
            if not self.chosen_for(present):
                continue
            # (No match starts before a token one of the patterns can open at, or ends after the last one where one can
            # end: see ruler_openings. The tokens left may lack what some of the patterns need: those are left out too.)
            first = self.first_start(orths, spaced, start, end, present)
            stop = self.last_end(orths, spaced, first, end, present)
            if first == stop:
                continue
            if first > start or stop < end:
                start, end, present = first, stop, 0
                for orth in orths[start:end]:
                    present |= bits[orth]
            matcher = self.matcher_for(present, spaceless=self.space_orths.isdisjoint(orths[start:end]))
            if matcher is None:
                continue
            # (Offsets in the window, not spans: a Span is built once, with the label and rule the key holds.)
            for key, match_start, match_end in matcher(doc[start:end]):
                label, _, rule = self.vocab.strings[key].partition(KEY_SEPARATOR)
                bounds = _inner(self.vocab.strings, orths, bits, start + match_start, start + match_end)
                if bounds is not None:
                    found.append(Span(doc, *bounds, label=label, span_id=rule))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=found)
        return doc


# Matchers built for subsets of the patterns, per ruler: each costs up to the whole Matcher's time and memory
# (money: 30 ms, about 1 MB; a subset holds a third of the patterns on average). The first subsets a process meets
# are the common ones (a year alone, a year and a month, a sign and a number); a window whose subset came later uses
# the smallest kept one that holds it. (With 16, the benchmark's texts alone filled the spaceless money subsets and
# a window in six fell back to a Matcher of all the patterns: a third more pattern starts than with its own subset.)
MAX_SUBSETS = 64
# The subsets chosen per window bits seen, kept until there are this many (one int and one frozenset each).
MAX_CHOSEN = 4096
# Words whose bits are kept (an int each), until the vocabulary's growth makes this many.
MAX_BITS = 100_000


def _opening_tokens(pattern: list[dict]) -> list[dict]:
    """The token patterns a match can start with: the first, and the next ones while those before are optional."""
    found = []
    for token in pattern:
        found.append(token)
        if token.get("OP") not in ("?", "*"):
            break
    return found


def _without_space_slots(written: list[dict], flagged: list[dict]) -> list[dict]:
    """The flagged pattern without the no-break-space slots (SPACE_TOKEN as written) between its token tests; a slot
    that ends the pattern stays (there a failed test ends the match one token early instead of moving on)."""
    last = len(written) - 1
    return [token for n, (as_written, token) in enumerate(zip(written, flagged, strict=True))
            if as_written != SPACE_TOKEN or n == last]


def _inner(strings, orths: list[int], bits: dict[int, int], start: int, end: int) -> tuple[int, int] | None:
    """A match without the space tokens an optional part left at its ends; None for a range joined across a line
    break after its dash ("US$250 million –\n15.8 billion meticais" is an amount and its equivalent).
    (Read from the tokens' ORTH hashes and their lexeme bits, which hold IS_SPACE: no Token per read.)"""
    while end > start and bits[orths[end - 1]] >> IS_SPACE & 1:
        end -= 1
    while start < end and bits[orths[start]] >> IS_SPACE & 1:
        start += 1
    if start == end or any("\n" in strings[orths[i]] and strings[orths[i - 1]] in RANGE_DASHES
                           for i in range(start + 1, end)):
        return None
    return start, end


RANGE_DASHES = {"-", "–", "—"}
