"""Sentences of a block: where the linking rules read "the sentence that names the project".

Prose splits at a stop before a capital (not after "No.", "approx.", "U.S."); a heading is one
sentence; each field of a key-value record is one or more; and the lines of a list set without
markers ("Ruritania Wells (Ruritania) – 2031: EUR 4,000" on each line) are one sentence each.
"""

from __future__ import annotations

import re

from ..layout import Line

# (A footnote's mark opens its sentence too: "... to 2034.\n² The X Fund is ...".)
# (r"(?<=[.!?])[\"”’)]?\s+(?=...)", written to read its first character, a closing mark or a blank, before looking
# behind it for the stop: the engine then skips ahead to such characters; same matches.)
SENTENCE_BREAK = re.compile(r"[\"”’)\s](?:(?<=[.!?][\"”’)])\s+|(?<=[.!?]\s)\s*)(?=[A-Z(“\"'$€£¥¹²³⁴⁵⁶⁷⁸⁹])")
ABBREVIATIONS = {"no", "nos", "approx", "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "co", "ltd", "inc", "art", "vol",
                 "p", "pp", "fig", "vs", "etc", "rs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                 "oct", "nov", "dec", "u.s", "u.k", "est"}
VALUE_CONTINUATION = re.compile(r"^\s{8,}\S")
# A line of an unmarked list: it opens with a capital or a figure and ends with a figure (or its bracket).
LIST_LINE = re.compile(r"^\s*[A-Z0-9].*[\d%)]\s*$")
ARROW_LINE = re.compile(r"\s*[›»→▸►>]\s")


def block_sentences(text: str, kind: str, block_lines: list[Line]) -> list[tuple[int, int]]:
    """The sentences of a block of the given kind made of the given lines."""
    if kind == "heading":
        return [(block_lines[0].content_start, block_lines[-1].end)]
    lines = [(line.start, line.end) for line in block_lines]
    if kind == "record":
        # Each field of a key-value record is a sentence of its own, or several ("Description: ... . ...").
        fields: list[tuple[int, int]] = []
        for start, end in lines:
            if fields and VALUE_CONTINUATION.match(text[start:end]):
                fields[-1] = (fields[-1][0], end)
            else:
                fields.append((start, end))
        return [piece for start, end in fields for piece in prose_sentences(text, start, end)]
    if kind == "paragraph" and (is_unmarked_list(text, lines) or is_arrow_list(text, lines)):
        return [piece for start, end in lines for piece in prose_sentences(text, start, end)]
    return prose_sentences(text, lines[0][0], lines[-1][1])


def is_unmarked_list(text: str, lines: list[tuple[int, int]]) -> bool:
    """Three or more lines that each end with a figure and none with a stop: a list set without markers,
    not a wrapped paragraph (whose lines end wherever the width runs out)."""
    return len(lines) >= 3 and all(LIST_LINE.match(text[start:end]) for start, end in lines)


def is_arrow_list(text: str, lines: list[tuple[int, int]]) -> bool:
    """"› Ruritania: new wells (May 2031)" line after line (under a label line or not): links set with an arrow
    the layout takes for no list marker; each line is an entry of its own."""
    return len(lines) >= 2 and all(ARROW_LINE.match(text, start, end) for start, end in lines[1:]) \
        and (len(lines) >= 3 or ARROW_LINE.match(text, *lines[0]) is not None)  # (under a label line: "Learn more")


def prose_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of prose between start and end."""
    piece = text[start:end]
    pieces, cursor = [], 0
    for match in SENTENCE_BREAK.finditer(piece):
        word = piece[:match.start()].rsplit(None, 1)[-1] if piece[:match.start()].strip() else ""
        # "No. 4127", "approx. 5", "J. Smith", "U.S. dollars": a period that ends a short form, not a sentence.
        if word.rstrip(".\"”’)").lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+", word):
            continue
        pieces.append((start + cursor, start + match.start()))
        cursor = match.end()
    pieces.append((start + cursor, end))
    return pieces
