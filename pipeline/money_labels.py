"""Bare numbers whose currency is written in their label, column header or table caption.

The spec (MONEY): `Evaluation budget (US$): 94,850`, a column headed `Amount ($)`, a table
captioned `EUR million` make the bare number a MONEY mention in that currency, with the
header's scale; the span is the number. The layout (pipeline.layout) knows the key-value
lines, table rows and their header rows; the unit is read by the money normalizer itself,
so any currency form and scale it knows counts.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from .currencies import CurrencyTable
from .layout import Layout, Line
from .normalize.money import normalize_money

# "(US$)", "(in EUR million)", "(USD thousands)": a unit in parentheses at the end of a label or header.
UNIT_IN_PARENTHESES = re.compile(r"\((?:in\s+|amounts?\s+in\s+)?(?P<unit>[^()\d]{1,24})\)\s*:?\s*$", re.IGNORECASE)
# A caption that is only a unit, or ends with one: "EUR million", "Figures in US$ thousands".
UNIT_CAPTION = re.compile(r"(?:^|\b(?:in|figures|amounts)\s+)(?P<unit>[^\s()\d:|][^()\d:|]{0,22})\s*:?\s*$", re.IGNORECASE)
# "Evaluation budget (US$): 94,850".
LABELLED_LINE = re.compile(r"\((?:in\s+)?(?P<unit>[^()\d]{1,24})\)\s*:\s*(?P<number>\d[\d,.’' \u00a0\u202f]*\d|\d)\s*$")
BARE_NUMBER = re.compile(r"\d{1,3}(?:[,.’' \u00a0\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# "(EUR '000)": thousands, as budget tables write them.
THOUSANDS_MARK = re.compile(r"\s*['’‘]000(?=\s*\)?\s*:?\s*$)")
# Columns whose numbers are not amounts even under a money caption.
# ("Approved to date" is an amount so far, not a date.)
NOT_AMOUNT_HEADER = re.compile(r"(?i)\b(?:year|(?<!to )date|%|per ?cent|share|number|count|rate|code|id)\b|\bno\.(?!\w)")


def unit_of(text: str, table: CurrencyTable) -> Optional[str]:
    """The unit a label or header names ("US$", "EUR million"), if the money normalizer reads it as one.

    >>> from pipeline.resources import load_rules
    >>> unit_of("Amount (US$ million)", load_rules().currencies), unit_of("Beneficiaries (people)", load_rules().currencies)
    ('US$ million', None)
    """
    text = THOUSANDS_MARK.sub(" thousand", text)
    match = UNIT_IN_PARENTHESES.search(text) or UNIT_CAPTION.search(text)
    if not match:
        return None
    unit = match.group("unit").strip()
    value = normalize_money(f"1 {unit}", table)
    return unit if value is not None else None


def labelled_numbers(layout: Layout, table: CurrencyTable) -> Iterable[tuple[int, int, str]]:
    """(start, end, unit) of every bare number whose label, column header or caption names a currency."""
    text = layout.text
    for line in layout.lines:
        raw = text[line.start : line.end]
        if line.kind == "row" and line.key_value and len(line.cells) >= 2:
            label = text[slice(*line.cells[0])]
            unit = unit_of(label, table) or (None if NOT_AMOUNT_HEADER.search(label) else _block_unit(layout, line, table))
            yield from _cell_if_number(text, line.cells[-1], unit)
        elif line.kind == "row":
            header = _header_row(layout, line)
            if header is not None and header.index == line.index and len(line.cells) == 2:
                # A lone two-cell row reads like a label and its value ("Budget (US$)<TAB>94,850"); under a
                # caption that names the unit ("Budget (CHF)" over "Donor    11,800,000"), the caption's.
                label = text[slice(*line.cells[0])]
                unit = unit_of(label, table) or (None if NOT_AMOUNT_HEADER.search(label) else _caption_unit(layout, line, table))
                yield from _cell_if_number(text, line.cells[-1], unit)
                continue
            if header is None or header.index == line.index:
                continue
            columns = _columns(text, header)
            caption = _caption_unit(layout, header, table)
            for cell, column in zip(line.cells, _column_numbers(text, line, header)):
                head = columns.get(column)
                if head is None:
                    continue
                head_text = text[slice(*head)]
                unit = unit_of(head_text, table) or (caption if not NOT_AMOUNT_HEADER.search(head_text) else None)
                yield from _cell_if_number(text, cell, unit)
        elif line.kind in ("text", "item", "heading"):
            match = LABELLED_LINE.search(raw)
            if match and unit_of(f"({match.group('unit')})", table):
                yield line.start + match.start("number"), line.start + match.end("number"), match.group("unit").strip()


def _header_row(layout: Layout, line: Line) -> Optional[Line]:
    """The first row with cells of the table holding `line` (a rule of dashes above a table has none)."""
    header = layout.table_header(line)
    while header is not None and not header.cells and header.index < line.index:
        header = layout.lines[header.index + 1]
    return header if header is not None and header.cells else None


def _block_unit(layout: Layout, line: Line, table: CurrencyTable) -> Optional[str]:
    """"Financing plan (US$ millions)" over "Financier   Commitments" over "Eastland Bank   40.00": the unit of a
    two-column table's value column or of its caption, for the rows under its header."""
    header = _header_row(layout, line)
    if header is None:
        return None
    if header.index == line.index:  # the first row holds a value itself: only a caption can name its unit
        return _caption_unit(layout, line, table)
    head_text = layout.text[slice(*header.cells[-1])]
    if NOT_AMOUNT_HEADER.search(head_text):
        return None
    return unit_of(head_text, table) or _caption_unit(layout, header, table)


def _column_numbers(text: str, line: Line, header: Optional[Line] = None) -> list[int]:
    """Each cell's column, counting separators before it, so that an empty cell ("| Total |  | 20.0 |") keeps its place.
    In columns aligned with spaces, a cell belongs to the header cell it sits under."""
    if line.aligned and header is not None and header is not line:
        return [_under(line, cell, header) for cell in line.cells]
    raw = text[line.start : line.end]
    # Lookarounds, so that the bars of an empty cell ("| |") share the space between them and both count.
    separator = re.compile(r"(?<=\s)\|(?=\s)") if re.search(r"\s\|\s", raw) else re.compile(r"\t") if "\t" in raw else None
    if separator is None:
        return list(range(len(line.cells)))
    return [len(separator.findall(raw, 0, start - line.start)) for start, _ in line.cells]


def _under(line: Line, cell: tuple[int, int], header: Line) -> int:
    """The header column whose extent overlaps the cell's most, else the nearest one, by position in the line."""
    left, right = cell[0] - line.start, cell[1] - line.start

    def distance(k: int) -> tuple[int, int]:
        h_left, h_right = header.cells[k][0] - header.start, header.cells[k][1] - header.start
        overlap = min(right, h_right) - max(left, h_left)
        return (-overlap, min(abs(left - h_left), abs(right - h_right)))
    return min(range(len(header.cells)), key=distance)


def _columns(text: str, header: Line) -> dict[int, tuple[int, int]]:
    return dict(zip(_column_numbers(text, header), header.cells))


def _cell_if_number(text: str, cell: tuple[int, int], unit: Optional[str]):
    if unit and BARE_NUMBER.fullmatch(text[slice(*cell)]):
        yield cell[0], cell[1], unit


def _caption_unit(layout: Layout, header: Line, table: CurrencyTable) -> Optional[str]:
    """The unit of the short line right above a table ("EUR million", "Disbursements (US$ thousands)")."""
    index = header.index - 1
    # A blank line or a rule of dashes may stand between the caption and the table.
    while index > 0 and (layout.lines[index].kind == "blank" or layout.lines[index].kind == "row" and not layout.lines[index].cells):
        index -= 1
    if index < 0:
        return None
    above = layout.lines[index]
    caption = layout.text[above.start : above.end].strip()
    if above.kind in ("blank", "row") or len(caption.split()) > 10:
        return None
    return unit_of(caption, table)


def labelled_spans(doc, table: CurrencyTable, taken: set[int], make: Callable) -> list:
    """MONEY spans for the labelled numbers of doc not already inside a mention (tokens in taken)."""
    spans = []
    for start, end, unit in labelled_numbers(doc._.layout, table):
        span = doc.char_span(start, end)
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        made = make(span, unit)
        if made is not None:
            spans.append(made)
            taken.update(range(span.start, span.end))
    return spans
