"""A span ruler that only looks where a match can be.

spaCy's Matcher walks every token through every pattern. A DATE needs a year and a
MONEY needs a currency word, sign or scale, so this ruler finds those anchor tokens
first (one set lookup per token) and runs the same Matcher, with the same patterns
from rules/*.jsonl, only on windows around them. Results equal a span_ruler's as long
as no pattern reaches further from its anchor than REACH says.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.errors import MatchPatternError
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, SpanGroup

from .errors import RulesError
from .resources import PatternLine

# How far a match may reach from its anchor, per label. A date's longest point reaches 6
# tokens before its year, and a range's yearless first part ("5/1-5/7, 2020") up to 10;
# after it, 5 ("2019 - 03 - 08"). Money reaches 7 before its sign or word ("three hundred
# and twenty million Japanese Yen") and 6 after ("dollars and forty - five cents").
REACH = {"DATE": (10, 5), "MONEY": (7, 6)}
KEY_SEPARATOR = "|"


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
        self.matcher = Matcher(vocab, validate=True)
        self.spans_key = spans_key
        self.anchors = frozenset(anchors)
        self.anchor_pattern = re.compile(anchor_pattern) if anchor_pattern else None
        self.anchor_hashes: frozenset[int] | None = None
        self.before, self.after = reach

    def add_patterns(self, lines: list[PatternLine], patterns: list[dict]) -> None:
        for line, entry in zip(lines, patterns, strict=True):
            key = f"{entry['label']}{KEY_SEPARATOR}{entry.get('id', '')}"
            try:
                self.matcher.add(key, [entry["pattern"]])
            except (MatchPatternError, ValueError) as error:
                raise RulesError(f"{line.file}:{line.line}: spaCy rejected the pattern: {error}") from error

    def anchor_positions(self, doc: Doc) -> list[int]:
        # Compare string hashes from one array read: creating a Token per position costs more than matching.
        if self.anchor_hashes is None:
            self.anchor_hashes = frozenset(doc.vocab.strings.add(a) for a in self.anchors)
        hashes = self.anchor_hashes
        rows = doc.to_array([ORTH, LOWER]).tolist()
        positions = [i for i, (orth, lower) in enumerate(rows) if orth in hashes or lower in hashes]
        if self.anchor_pattern is not None:
            # doc.text is rebuilt from the tokens on each access; the layout already holds it.
            text = doc._.layout.text if doc.has_extension("layout") and doc._.layout is not None else doc.text
            for match in self.anchor_pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    positions.append(span.start)
            positions.sort()
        return positions

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        merged: list[list[int]] = []
        for position in self.anchor_positions(doc):
            start, end = max(0, position - self.before), min(len(doc), position + self.after + 1)
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return [(a, b) for a, b in merged]

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for start, end in self.windows(doc):
            for span in self.matcher(doc[start:end], as_spans=True):
                label, _, rule = span.label_.partition(KEY_SEPARATOR)
                found.append(Span(doc, span.start, span.end, label=label, span_id=rule))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=found)
        return doc
