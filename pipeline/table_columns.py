"""Which header cell a table row's cell sits under: the reading of a table's columns that money labels need.

A row's header is the first row of its table, or (for a listing cut into groups by headings) the header row
above the first group. Cells are placed in columns by their separators (bars, tabs, quoted fields) or, in
columns aligned with spaces, by where they stand under the header's cells.
"""

from __future__ import annotations

import re
from typing import Optional

from .layout import CSV_FIELD, UNIT_CELL, UNIT_LINE, YEAR_CELL, Layout, Line, is_csv_row

# ("2,17,40,500", "1,25,310.40": South Asian pages group lakhs and crores in twos.)
BARE_NUMBER = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:[,.’' \u00a0\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# A column that numbers the rows: "S.N.", "S/No", "No.", "#", "Rank", a budget's "Head" (of appropriation); alone or
# run together with the next header ("S.N.  Project").
SERIAL_WORDS = r"s\.\s?n\.?|s/no?\.?|sl\.?\s?no\.?|no\.|#|sr\.?\s?no\.?|rank|head"
# A total row's label: "Total", "Sub-total", "Grand total", "Total resources", "Total général".
TOTAL_CELL = re.compile(r"(?i)^(?:grand\s+|sub-?\s?)?tota(?:l|ux|les?)\b")
SERIAL_CELL = re.compile(rf"^(?:{SERIAL_WORDS})(?:\s{{2,}}\S.*)?$", re.IGNORECASE)


def header_row(layout: Layout, line: Line) -> Optional[Line]:
    """The first row with cells of the table holding `line` (a rule of dashes above a table has none)."""
    header = layout.table_header(line)
    while header is not None and not header.cells and header.index < line.index:
        header = layout.lines[header.index + 1]
    if header is None or not header.cells:
        return None
    return _header_above_groups(layout, header) or header


def _header_above_groups(layout: Layout, first: Line) -> Optional[Line]:
    """A listing cut into groups by headings ("AFRICA EAST") keeps the header row above the first group:
    the nearest row above, across blank lines and short headings, with as many cells and no figure in them."""
    if not any(BARE_NUMBER.fullmatch(layout.text[slice(*cell)]) for cell in first.cells):
        return None  # the group's own first row is a header
    index = first.index - 1
    while index >= 0 and first.index - index <= 40:
        above = layout.lines[index]
        if above.kind == "row":
            # The table above: its first row is the header, if it is one row of words over wrapped words.
            top = layout.table_header(above)
            words = [layout.text[slice(*cell)] for cell in top.cells]
            # (Columns aligned with spaces are matched by position: a header may merge two narrow ones.)
            same_shape = len(top.cells) == len(first.cells) \
                or (first.aligned or top.aligned) and abs(len(top.cells) - len(first.cells)) <= 1
            # (A header's years name its columns: "Component  2025  2026  Total"; a rule of dashes may stand under it.)
            ruled = above.index - top.index == 2 and not layout.lines[top.index + 1].cells
            if same_shape and (above.index - top.index <= 1 or ruled) \
                    and not any(any(c.isdigit() for c in w) and not YEAR_CELL.fullmatch(w) for w in words):
                return top
            if not (same_shape and any(BARE_NUMBER.fullmatch(w) and not YEAR_CELL.fullmatch(w) for w in words)):
                return None
            index = top.index - 1  # an earlier group of the same listing: its header is further up
            continue
        # (A group's own label may be a heading, a short line or a numbered item: "1. Eastland Roads – 2024–2029".)
        if above.kind not in ("blank", "heading", "item") and len(layout.text[above.start:above.end].split()) > 4:
            return None
        index -= 1
    return None


def columns_of(layout: Layout, header: Line) -> dict[int, str]:
    """Each column's header text; a header's line of units under it ("Approved" over "(A$m)") adds the unit
    to the column it stands under."""
    text = layout.text
    heads = {column: text[slice(*cell)] for column, cell in zip(column_numbers(text, header), header.cells)}
    below = layout.lines[header.index + 1] if header.index + 1 < len(layout.lines) else None
    if below is not None and below.kind == "row" and header.aligned and _continues_header(text, below):
        for cell in below.cells:
            column = _under(below, cell, header)
            heads[column] = f"{heads[column]} {text[slice(*cell)]}"
    return heads


# "Signed  Amount" over "Date  (EUR Mn)": a header's second line of words and units, no figure in it.
HEADER_WORDS_CELL = re.compile(r"[^\W\d][^\d]{0,23}")
FOOTNOTE_AFTER = re.compile(r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|\s\d/|\[\w{1,3}\])$")


def _continues_header(text: str, below: Line) -> bool:
    """A line under a header that only adds words and units to its columns (a footnote mark after a unit aside)."""
    if UNIT_LINE.fullmatch(text[below.start : below.end]):
        return True
    cells = [FOOTNOTE_AFTER.sub("", text[slice(*cell)]).strip() for cell in below.cells]
    return any(UNIT_CELL.fullmatch(cell) for cell in cells) \
        and all(UNIT_CELL.fullmatch(cell) or HEADER_WORDS_CELL.fullmatch(cell) for cell in cells)


def column_numbers(text: str, line: Line, header: Optional[Line] = None) -> list[int]:
    """Each cell's column, counting separators before it, so that an empty cell ("| Total |  | 20.0 |") keeps its place.
    In columns aligned with spaces, a cell belongs to the header cell it sits under."""
    if line.aligned and header is not None and header is not line:
        return [_under(line, cell, header) for cell in line.cells]
    raw = text[line.start : line.end]
    if is_csv_row(raw):  # an empty field ("GTQ","","2023") keeps its place
        fields = [match.start() for match in CSV_FIELD.finditer(raw)]
        return [sum(1 for field in fields if field <= start - line.start) - 1 for start, _ in line.cells]
    # Lookarounds, so that the bars of an empty cell ("| |") share the space between them and both count.
    # ("Forecast pay.| 48,200": a bar glued to one side still parts two cells.)
    # (Written r"(?<=\s)\||\|(?=\s)", the same matches: opening on the bar, the engine skips ahead to bars.)
    separator = re.compile(r"\|(?:(?<=\s\|)|(?=\s))") if re.search(r"\s\|\s", raw) else re.compile(r"\t") if "\t" in raw else None
    if separator is None:
        return list(range(len(line.cells)))
    if header is not None and header is not line and len(line.cells) < len(header.cells) \
            and len(separator.findall(raw)) <= len(line.cells) + 1 and not _open_last_cell(raw) \
            and _label_spans_columns(raw, text[header.start : header.end], separator) \
            and _total_of_last_columns(text, line):
        # "Total Resources          | 2,400,000 | 228,000" under eight columns, no empty cell kept by its bars: a
        # total row's label spans the first columns, its figures stand under the last ones.
        return [0] + list(range(len(header.cells) - len(line.cells) + 1, len(header.cells)))
    return [len(separator.findall(raw, 0, start - line.start)) for start, _ in line.cells]


def _label_spans_columns(raw: str, header_raw: str, separator: re.Pattern) -> bool:
    """Whether the row's first bar stands past the header's second one: its label is as wide as two columns or more
    ("| Total | 1,200,000 |" under four columns only leaves its last cells out)."""
    def inner_bars(line: str) -> list[int]:
        return [m.start() for m in separator.finditer(line) if line[: m.start()].strip()]
    row, head = inner_bars(raw), inner_bars(header_raw)
    return bool(row) and len(head) >= 2 and row[0] > head[1]


def _open_last_cell(raw: str) -> bool:
    """"Total (8 countries) | 667.5 | 381.8 |": a bar closing a row that no bar opens keeps an empty last cell."""
    row = raw.strip()
    return row.endswith("|") and not row.startswith("|")


def _total_of_last_columns(text: str, line: Line) -> bool:
    cells = [text[slice(*cell)].strip() for cell in line.cells]
    return len(cells) >= 2 and TOTAL_CELL.match(cells[0]) is not None and all(BARE_NUMBER.fullmatch(c) for c in cells[1:])


def _under(line: Line, cell: tuple[int, int], header: Line) -> int:
    """The header column whose extent overlaps the cell's most, else the nearest one, by position in the line."""
    left, right = cell[0] - line.start, cell[1] - line.start

    def distance(k: int) -> tuple[int, int]:
        h_left, h_right = header.cells[k][0] - header.start, header.cells[k][1] - header.start
        overlap = min(right, h_right) - max(left, h_left)
        return (-overlap, min(abs(left - h_left), abs(right - h_right)))
    return min(range(len(header.cells)), key=distance)
