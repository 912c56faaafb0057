"""The document's structure: headings, list items, table rows and paragraphs.

Built once per document from the text alone and shared by project detection (a
title in a heading, a list of projects, a table of projects) and by project records
(a fact in a project's own list item, table row or section). Pure: no spaCy here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

# Bullets, as lists and web pages draw them ("› Related project", "▸", "■").
BULLETS = "•·●▪◦*-–—›»▸►■□○➤➢✓✔"
# List markers: bullets, "1.", "a.", "a)", "(1)", "(i)", "iv.", "PART 1 –".
MARKER = re.compile(
    rf"^(?P<indent>[ \t]*)(?P<marker>(?:[{re.escape(BULLETS)}]|\(?(?:\d{{1,2}}|[a-zA-Z]|[ivxIVX]{{1,4}})[.)])[ \t]+)"
)
TABLE_SEPARATOR = re.compile(r"\s\|\s")
# In such a row, a bar glued to one side parts two cells too ("Forecast pay.| 48,200").
CELL_BAR = re.compile(r"\s\||\|\s")
# Cells of a tab-separated table ("Financier<TAB>Commitments (US$ millions)"): a tab between two non-blank cells.
TAB_SEPARATOR = re.compile(r"[ ]*\t[\t ]*")
TAB_ROW = re.compile(r"\S[ ]*\t[\t ]*\S")
# A Markdown table's rule under its header ("|---|:---:|"): part of the table, no cells.
# A rule under a table's header: Markdown's "|---|---|", or dash groups parted by spaces ("-----  -------") in
# plain-text and PDF tables.
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:(?:\||\s)\s*:?-{3,}:?\s*)*\|?\s*$")
# (r"\s?\.{4,}\s?", reading a blank or a dot before looking behind it: the engine skips ahead to those; same matches.)
DOT_LEADER = re.compile(r"[\s.](?:(?<=\s)\.{4,}|(?<=\.)\.{3,})\s?")
# Columns aligned with runs of spaces ("Status              Active", "IDA        150.00"), as PDF
# transcripts and plain-text pages lay out tables and key-value blocks.
SPACE_ROW = re.compile(r"\S {3,}\S")
SPACE_SEPARATOR = re.compile(r" {3,}")
MAX_SPACED_CELL = 72  # longer pieces are prose (two-column residue), not cells
# A table of three or more columns may set some of them two spaces apart ("Status     Currency  Original  Revised"):
# there two spaces part cells too, and a long piece made of cells two spaces apart is a row's, not prose.
NARROW_SEPARATOR = re.compile(r" {2,}")
LEADER_OR_SPACES = re.compile(rf"{DOT_LEADER.pattern}| {{2,}}")
MAX_NARROW_CELL = 24
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
# Rows of a semicolon-separated export ("GR-01;Coastal Works;EUR 5,000;Ruritania"): three or more cells and
# no space beside any semicolon, which prose puts after one ("roads; bridges").
SEMICOLON_SEPARATOR = re.compile(r";")


# Rows of a comma-separated export with quoted fields ('"GR-01","Coastal Works","EUR","5,000"'): three or more
# fields, the first one quoted; a field's cell is what stands inside its quotes.
CSV_ROW = re.compile(r'^\s*"[^"\n]*"(?:,(?:"[^"\n]*"|[^",\n]*)){2,}\s*$')
CSV_FIELD = re.compile(r'(?:^|(?<=,))\s*(?:"(?P<quoted>[^"\n]*)"|(?P<bare>[^",\n]*))')


# The header of an export whose fields go unquoted ("funder,country,grant_name,year,value"): four or
# more lower-case field names ("Share,Print,Project,Download" is a page's bar), no space after any comma (prose
# puts one there), no quotes and no figures. The lines under
# it with as many fields (a quoted field may hold commas) are its rows.
BARE_CSV_HEADER = re.compile(r"^[a-z_][a-z_ ()/.-]*(?:,[a-z_][a-z_ ()/.-]*){3,}$")


def is_csv_row(raw: str) -> bool:
    return raw.lstrip().startswith('"') and CSV_ROW.match(raw) is not None


def csv_width(raw: str) -> int:
    """How many fields a comma-separated line holds, a quoted field counting once whatever commas it holds."""
    return sum(1 for _ in CSV_FIELD.finditer(raw)) if raw.count('"') % 2 == 0 else 0


def _semicolon_row(raw: str) -> bool:
    return raw.count(";") >= 2 and not re.search(r"\s;|;\s|^\s*;", raw)


@dataclass
class Line:
    """One line of the text, classified."""

    index: int
    start: int  # offset of the first character of the line
    end: int  # offset just after the last non-newline character
    content_start: int  # after indentation and list marker
    kind: str  # "blank", "heading", "item", "row", "text"
    marker: str = ""
    cells: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of table cells
    key_value: bool = False  # a "Key ........ value" row rather than a "a | b | c" table row
    aligned: bool = False  # a table row whose columns are aligned with runs of spaces
    heading: Optional[int] = None  # index of the heading line this line falls under
    paragraph: int = -1  # lines of one paragraph share a number
    item: Optional[int] = None  # index of the list-item line this line continues


@dataclass
class Layout:
    text: str
    lines: list[Line]
    starts: list[int] = field(init=False, repr=False, compare=False)  # each line's start, for bisect

    def __post_init__(self) -> None:
        self.starts = [line.start for line in self.lines]

    def line_at(self, offset: int) -> Line:
        """The line holding a character offset: the last line that starts at or before it (the first line if none)."""
        index = bisect.bisect_right(self.starts, offset) - 1  # (called for every fact and word the linker weighs)
        return self.lines[index if index > 0 else 0]

    def heading_text(self, line: Line) -> Optional[str]:
        if line.heading is None:
            return None
        heading = self.lines[line.heading]
        return self.text[heading.content_start : heading.end].strip() or None

    def table_header(self, line: Line) -> Optional[Line]:
        """The first row of the table this row belongs to."""
        if line.kind != "row":
            return None
        index = line.index
        while index > 0 and self.lines[index - 1].kind == "row":
            index -= 1
        return self.lines[index]


# A headline naming a programme with its acronym runs long in a Romance language ("Firman crédito por US$ 18 millones con
# el que se pagará el Programa de ... (ABC)"): up to MAX_HEADED when it ends in the parenthesis, MAX_HEADING otherwise.
MAX_HEADING = 120
MAX_HEADED = 150


def _is_heading(text: str, previous_blank: bool, next_blank: bool, has_marker: bool) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > (MAX_HEADED if stripped.endswith(")") else MAX_HEADING) \
            or SENTENCE_END.search(stripped) and len(stripped.split()) > 8:
        return False
    if stripped.endswith(":") or "|" in stripped and TABLE_SEPARATOR.search(stripped):
        return False
    words = stripped.split()
    if stripped.isupper() and len(words) <= 12:
        return True
    return previous_blank and next_blank and len(words) <= 20 and (has_marker or not SENTENCE_END.search(stripped))


def build_layout(text: str) -> Layout:
    """Classify every line of text and link lines to their heading, paragraph and list item."""
    raw_lines = []
    position = 0
    for raw in text.split("\n"):
        raw_lines.append((position, position + len(raw.rstrip("\r")), raw.rstrip("\r")))
        position += len(raw) + 1
    blank = [not raw.strip() for _, _, raw in raw_lines]
    lines: list[Line] = []
    export_width = 0  # fields of the bare CSV header above, while its rows go on
    for index, (start, end, raw) in enumerate(raw_lines):
        if blank[index]:
            lines.append(Line(index, start, end, start, "blank"))
            export_width = 0
            continue
        if BARE_CSV_HEADER.match(raw.strip()):
            export_width = raw.count(",") + 1
        elif export_width and csv_width(raw) != export_width:
            export_width = 0
        if export_width:
            line = Line(index, start, end, start, "row", cells=_csv_cells(raw, start))
            lines.append(line)
            continue
        marker = MARKER.match(raw)
        content_start = start + (marker.end() if marker else len(raw) - len(raw.lstrip()))
        previous_blank = index == 0 or blank[index - 1]
        next_blank = index + 1 >= len(raw_lines) or blank[index + 1]
        if _is_row(raw, raw[content_start - start :]):
            kind = "row"
        elif _is_heading(raw[content_start - start :], previous_blank, next_blank, bool(marker)) and not (
            marker and marker.group("marker").strip() in BULLETS
        ):
            kind = "heading"
        elif marker:
            kind = "item"
        else:
            kind = "text"
        line = Line(index, start, end, content_start, kind, marker=marker.group("marker").strip() if marker else "")
        if kind == "row" and TABLE_RULE.match(raw):
            pass  # the rule under a Markdown header: a row without cells
        elif kind == "row":
            line.cells = _cells(raw, start, content_start)
            # Dot leaders join a key to its value; aligned columns do when there are two of them.
            line.key_value = not TABLE_SEPARATOR.search(raw) and not TAB_ROW.search(raw) \
                and (bool(DOT_LEADER.search(raw)) or len(line.cells) == 2)
            line.aligned = not line.key_value and not TABLE_SEPARATOR.search(raw) and not TAB_ROW.search(raw) \
                and not _semicolon_row(raw) and not is_csv_row(raw)
        lines.append(line)
    _join_unit_lines(text, lines)
    _recut_crowded_rows(text, lines)
    _link(lines)
    return Layout(text, lines)


# "Approved" over "(A$m)" over the figures: a header's second line that gives its columns' units.
UNIT_CELL = re.compile(r"\([^()\n]{1,24}\)")
UNIT_LINE = re.compile(rf"\s*{UNIT_CELL.pattern}(?:\s+{UNIT_CELL.pattern})*\s*")


# "Release" over "2031-32": a header's second line naming its last columns' years.
# (YEAR_CELL, a column header naming a year, "2025", "FY2026", "2025/26", is also table_columns' test of a header cell.)
YEAR_CELL = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:[/-]\d{2,4})?")
YEAR_LINE = re.compile(rf"\s*{YEAR_CELL.pattern}(?:\s+{YEAR_CELL.pattern})*\s*")


def _join_unit_lines(text: str, lines: list[Line]) -> None:
    """A line of units in parentheses (or of years) between an aligned table's header and its rows is a row of
    that table (its cells stand under the columns they measure), so the table does not end at it."""
    for before, line, after in zip(lines, lines[1:], lines[2:]):
        if line.kind not in ("text", "heading") or before.kind != "row" or not before.aligned or after.kind != "row":
            continue
        raw = text[line.start : line.end]
        # (Years only under the header itself: the table's first row, or the first under a rule of dashes.)
        first = before.index == 0 or lines[before.index - 1].kind != "row" or not lines[before.index - 1].cells
        shapes = [(UNIT_LINE, UNIT_CELL)] + ([(YEAR_LINE, YEAR_CELL)] if first else [])
        for whole, cell in shapes:
            if whole.fullmatch(raw):
                line.kind, line.aligned = "row", True
                line.cells = [m.span() for m in cell.finditer(text, line.start, line.end)]
                break


def _recut_crowded_rows(text: str, lines: list[Line]) -> None:
    """A row of an aligned table whose long cell leaves two spaces before the next ("... (ABC)  2031–2035  4,870,000")
    splits at three spaces into two cells, a key and its value; among rows of four or more columns it is one of
    them, cut at two spaces. A dot-leader row among rows of three or more columns is one of them too."""
    width = 0
    for line in lines:
        if line.kind != "row":
            width = 0
        elif line.aligned:
            width = len(line.cells)
        elif line.key_value and width >= 3:
            raw = text[line.start : line.end]
            if DOT_LEADER.search(raw):
                # "North ........ 61.40     8.30     –" under "District   Works   Goods   Other": the leader
                # fills the first column of a table, and the figures after it stand in the others.
                cells = _cells(raw, line.start, line.content_start, LEADER_OR_SPACES)
                if len(cells) >= 3 and width - 1 <= len(cells) <= width:
                    line.cells, line.key_value, line.aligned = cells, False, True
            elif width >= 4:
                cells = _cells(raw, line.start, line.content_start, NARROW_SEPARATOR)
                if width - 1 <= len(cells) <= width:
                    line.cells, line.key_value, line.aligned = cells, False, True


def _is_row(raw: str, content: str) -> bool:
    """A table row, a key-value row or a Markdown table's rule (content: the line after its list marker).

    Each regex runs only when the character it needs is in the line: most lines are prose, and
    searching a pattern at every position of every line was most of the layout's time.
    """
    return "|" in raw and TABLE_SEPARATOR.search(raw) is not None or "...." in raw and DOT_LEADER.search(raw) is not None \
        or "\t" in raw and TAB_ROW.search(raw) is not None or "---" in raw and TABLE_RULE.match(raw) is not None \
        or _spaced_row(content) or _semicolon_row(raw) or '"' in raw and is_csv_row(raw)


def _spaced_row(content: str) -> bool:
    """Cells aligned by runs of spaces, each short enough to be a cell. "Budget:     USD 5 million" is a
    field of a key-value sheet, read as text like "Budget: USD 5 million"."""
    if "   " not in content:  # (no run of three spaces, no aligned columns)
        return False
    content = content.strip()
    pieces = SPACE_SEPARATOR.split(content)
    return bool(SPACE_ROW.search(content)) and not pieces[0].endswith(":") \
        and all(len(piece) <= MAX_SPACED_CELL or _cells_two_spaces_apart(piece) for piece in pieces)


def _cells_two_spaces_apart(piece: str) -> bool:
    """A long piece that is cells two spaces apart ("... Phase 2 (LC-2) Eastland/Westland  1,000,000"), not prose."""
    parts = NARROW_SEPARATOR.split(piece)
    return len(parts) >= 2 and all(len(part) <= MAX_SPACED_CELL and not SENTENCE_END.search(part) for part in parts)


def _narrow_columns(piece: str) -> bool:
    """"Currency  Original  Revised  Cancelled  Disbursed": short words two spaces apart, not a sentence."""
    parts = NARROW_SEPARATOR.split(piece)
    return len(parts) >= 3 and all(len(part) <= MAX_NARROW_CELL and not SENTENCE_END.search(part) for part in parts)


def _separator(raw: str) -> re.Pattern:
    """Runs of three spaces part an aligned row's cells; two do in a row of three or more such columns, or in a row
    with a run of narrow columns ("Status     Currency  Original  Revised  Cancelled")."""
    pieces = SPACE_SEPARATOR.split(raw.strip())
    return NARROW_SEPARATOR if len(pieces) >= 3 or any(map(_narrow_columns, pieces)) else SPACE_SEPARATOR


def _cells(raw: str, start: int, content_start: int, separator: Optional[re.Pattern] = None) -> list[tuple[int, int]]:
    if is_csv_row(raw):
        return _csv_cells(raw, start)
    separator = separator or (CELL_BAR if TABLE_SEPARATOR.search(raw) else TAB_SEPARATOR if TAB_ROW.search(raw) \
        else DOT_LEADER if DOT_LEADER.search(raw) else SEMICOLON_SEPARATOR if _semicolon_row(raw) else _separator(raw))
    cells = []
    cursor = content_start - start
    for match in list(separator.finditer(raw, cursor)) + [None]:
        stop = match.start() if match else len(raw)
        piece = raw[cursor:stop]
        # "| Roads | 12.5 |": the outer pipes of a Markdown row are not part of its first and last cells.
        left = len(piece) - len(piece.lstrip(" \t|" if separator is CELL_BAR else None))
        right = len(piece.rstrip(" \t|" if separator is CELL_BAR else None))
        if right > left:
            cells.append((start + cursor + left, start + cursor + right))
        if match:
            cursor = match.end()
    return cells


def _csv_cells(raw: str, start: int) -> list[tuple[int, int]]:
    """Each non-empty field of a quoted comma-separated row, without its quotes."""
    cells = []
    for match in CSV_FIELD.finditer(raw):
        group = "quoted" if match.group("quoted") is not None else "bare"
        left, right = match.span(group)
        piece = raw[left:right]
        left, right = left + len(piece) - len(piece.lstrip()), left + len(piece.rstrip())
        if right > left:
            cells.append((start + left, start + right))
    return cells


def _link(lines: list[Line]) -> None:
    heading = None
    paragraph = 0
    item = None
    for line in lines:
        if line.kind == "blank":
            paragraph += 1
            item = None
            continue
        if line.kind == "heading":
            heading = line.index
            paragraph += 1
            line.heading = heading
            line.paragraph = paragraph
            paragraph += 1
            item = None
            continue
        line.heading = heading
        if line.kind in ("item", "row"):
            paragraph += 1
            item = line.index if line.kind == "item" else None
        elif item is not None:
            # An indented line under a list item continues it.
            line.item = item
        line.paragraph = paragraph
