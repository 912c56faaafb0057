"""Each token's text and offset as plain lists, read once per doc (one array read) and shared by the components
(the rulers too, which read the ORTH and LOWER hashes: an array read costs a lock per token and attribute).

doc[i] builds a Token object per read, and a slice's .text builds one per word and joins them again: the
components test the words around every candidate, so they read the lists instead.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.tokens import Doc

from .span_lists import DOC_TEXT

TOKEN_TABLE = "fs_token_table"  # doc.user_data key


@dataclass(frozen=True)
class TokenTable:
    source: str  # the doc's text
    texts: list[str]  # each token's text
    starts: list[int]  # each token's character offset
    lowers: list[str]  # lower_
    spaces: list[int]  # is_space (1 or 0)
    spaced: list[int]  # whether a space follows it (whitespace_ is " ")
    puncts: list[int]  # is_punct
    numbers: list[int]  # like_num
    orth_ids: list[int]  # ORTH hashes (the rulers and the mark searches test hashes, not strings)
    lower_ids: list[int]  # LOWER hashes

    def contracted(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens wholly inside [start_char, end_char) as (start, end), None when none is: what
        doc.char_span(start_char, end_char, alignment_mode="contract") spans, without building the Span."""
        starts, texts = self.starts, self.texts
        if not starts:
            return None
        covered = starts[-1] + len(texts[-1]) + self.spaced[-1]  # (a token owns its trailing space, as spaCy counts)
        if not 0 <= start_char < covered or not 0 <= end_char - 1 < covered:
            return None
        start, end = bisect_right(starts, start_char) - 1, bisect_right(starts, end_char - 1) - 1
        if starts[start] < start_char:
            start += 1
        if end_char < starts[end] + len(texts[end]):
            end -= 1
        return (start, end + 1) if end >= start else None

    def text_with_ws(self, start: int, end: int) -> str:
        """doc[start:end].text_with_ws: the text and the space after its last token."""
        return self.text(start, end) + (" " if start < end and self.spaced[end - 1] else "")

    def text(self, start: int, end: int) -> str:
        """doc[start:end].text, sliced from the source (the indices read as a slice's)."""
        start, end, _ = slice(start, end).indices(len(self.texts))
        if start >= end:
            return ""
        return self.source[self.starts[start] : self.starts[end - 1] + len(self.texts[end - 1])]


def token_table(doc: Doc) -> TokenTable:
    """The doc's token table, read on first use and kept in doc.user_data."""
    table = doc.user_data.get(TOKEN_TABLE)
    if table is None or len(table.texts) != len(doc):
        columns = doc.to_array([ORTH, IDX, LOWER, IS_SPACE, SPACY, IS_PUNCT, LIKE_NUM]).T.tolist() if len(doc) else [[]] * 7
        orths, starts, lowers, spaces, spaced, puncts, numbers = columns
        strings = doc.vocab.strings
        decoded = {word: strings[word] for word in set(orths) | set(lowers)}  # (each distinct word decoded once)
        source = doc.user_data.get(DOC_TEXT)
        table = doc.user_data[TOKEN_TABLE] = TokenTable(
            source if source is not None else doc.text, list(map(decoded.__getitem__, orths)), starts,
            list(map(decoded.__getitem__, lowers)), spaces, spaced, puncts, numbers, orths, lowers)
    return table
