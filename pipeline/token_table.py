"""Each token's text and offset as plain lists, read once per doc (one array read) and shared by the components.

doc[i] builds a Token object per read, and a slice's .text builds one per word and joins them again: the
components test the words around every candidate, so they read the lists instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from .span_lists import DOC_TEXT

TOKEN_TABLE = "fs_token_table"  # doc.user_data key


@dataclass(frozen=True)
class TokenTable:
    source: str  # the doc's text
    texts: list[str]  # each token's text
    starts: list[int]  # each token's character offset

    def text(self, start: int, end: int) -> str:
        """doc[start:end].text (for 0 <= start <= end <= len(doc)), sliced from the source."""
        if start >= end:
            return ""
        return self.source[self.starts[start] : self.starts[end - 1] + len(self.texts[end - 1])]


def token_table(doc: Doc) -> TokenTable:
    """The doc's token table, read on first use and kept in doc.user_data."""
    table = doc.user_data.get(TOKEN_TABLE)
    if table is None or len(table.texts) != len(doc):
        orths, starts = doc.to_array([ORTH, IDX]).T.tolist() if len(doc) else ([], [])
        strings = doc.vocab.strings
        decoded = {orth: strings[orth] for orth in set(orths)}  # (each distinct word decoded once)
        source = doc.user_data.get(DOC_TEXT)
        table = doc.user_data[TOKEN_TABLE] = TokenTable(source if source is not None else doc.text,
                                                        list(map(decoded.__getitem__, orths)), starts)
    return table
