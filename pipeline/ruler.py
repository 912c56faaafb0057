"""A span ruler that only looks where a match can be.

spaCy's Matcher walks every token through every pattern. A DATE needs a year and a
MONEY needs a currency word, sign or scale, so this ruler finds those anchor tokens
first (one set lookup per token) and runs the same Matcher, with the same patterns
from rules/*.jsonl, only on windows around them. Results equal a span_ruler's as long
as no pattern is longer than WINDOW tokens on either side of its anchor.
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

WINDOW = 8
KEY_SEPARATOR = "|"


class AnchoredRuler:
    """Matches token patterns near anchor tokens and writes the hits to doc.spans[spans_key].

    vocab (Vocab): the pipeline's vocabulary.
    spans_key (str): where the candidate spans go.
    anchors (Iterable[str]): token texts (as written or lower-cased) that a match must contain.
    anchor_pattern (str): a regex, searched in the text, for anchors a set cannot list (21.12.2012).
    """

    def __init__(self, vocab, spans_key: str, anchors: Iterable[str], anchor_pattern: str = ""):
        self.matcher = Matcher(vocab, validate=True)
        self.spans_key = spans_key
        self.anchors = frozenset(anchors)
        self.anchor_pattern = re.compile(anchor_pattern) if anchor_pattern else None
        self.anchor_hashes: frozenset[int] | None = None

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
            start, end = max(0, position - WINDOW), min(len(doc), position + WINDOW + 1)
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
