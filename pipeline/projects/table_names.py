"""Names a table or a key-value sheet introduces: the Project column of a pipe, Markdown or tab
table, the value of a `Project:` field, a `Project title` label over its value, the name lines of
activity listings and card sets (a name over `Status:`/`Dates:`/`Budget:` fields), and a page's
title over its `Project ID:` field.
"""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from ..table_columns import SERIAL_CELL, SERIAL_WORDS
from .common_words import in_two_languages, is_common_english
from .context import SPACED_DASHES, DetectionContext
from .filters import ITEM_REJECTIONS, rejection
from .field_cards import named_operation
from .item_names import whole_item
from .link_furniture import noise_lines

TOTAL_ROWS = {"total", "subtotal", "sum", "totals"}


def _cell(ctx: DetectionContext, cell: tuple[int, int]) -> tuple[int, int]:
    """A cell's bounds without the outer pipes of a Markdown row ("| Name" -> "Name")."""
    start, end = cell
    text = ctx.layout.text
    while start < end and (text[start] in "| \t"):
        start += 1
    while end > start and (text[end - 1] in "| \t"):
        end -= 1
    marker = CELL_MARKER.match(text, start, end)
    return (marker.end(), end) if marker and marker.end() < end else (start, end)


# "| (1) Coastal Roads Project |": the cell's own list marker is no part of the name.
CELL_MARKER = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}\)|\([a-z]\))\s+")


def _cell_text(ctx: DetectionContext, cell: tuple[int, int], lower: bool = True) -> str:
    start, end = _cell(ctx, cell)
    text = ctx.layout.text[start:end]
    return (text.lower() if lower else text).rstrip(":")


def _is_rule_line(ctx: DetectionContext, index: int) -> bool:
    """"|---|:---|": the line under a Markdown table's header."""
    line = ctx.layout.lines[index]
    text = ctx.layout.text[line.start : line.end].strip()
    return bool(text) and set(text) <= set("|-:+= \t")


def _table_header(ctx: DetectionContext, line):
    """The first row of the table holding `line`, across a Markdown rule line under the header."""
    index = line.index
    lines = ctx.layout.lines
    while index > 0 and (lines[index - 1].kind == "row" or _is_rule_line(ctx, index - 1)
                         or _wrapped_header_line(ctx, index - 1)):
        index -= 1
    while index < line.index and lines[index].kind == "row" and not lines[index].cells:
        index += 1  # a rule of dashes over the header row
    if lines[index].kind == "row" and _header_column(ctx, lines[index]) is None:
        return _header_over_groups(ctx, index) or lines[index]
    return lines[index] if lines[index].kind == "row" else None


GROUP_HEADING = re.compile(r"^[A-Z][A-Z ,&'/-]{2,60}$")


def _header_over_groups(ctx: DetectionContext, index: int):
    """A pipe table split into groups ("EAST REGION" lines, blank lines) under one header row: the
    header above the groups, when its row has as many cells as the group's rows."""
    lines, width = ctx.layout.lines, len(ctx.layout.lines[index].cells)
    if "|" not in ctx.layout.text[lines[index].start : lines[index].end]:
        return None
    for k in range(index - 1, max(-1, index - 60), -1):
        line = lines[k]
        text = ctx.layout.text[line.start : line.end].strip()
        if line.kind == "row" and len(line.cells) == width and "|" in text:
            if _header_column(ctx, line) is not None:
                return line
        elif text and not GROUP_HEADING.match(text):
            return None
    return None


def _wrapped_header_line(ctx: DetectionContext, index: int) -> bool:
    """A header cell's second line ("to date" under "Released"): deeply indented words without
    figures, between the header row and the first data row."""
    line = ctx.layout.lines[index]
    text = ctx.layout.text[line.start : line.end]
    return (index > 0 and ctx.layout.lines[index - 1].kind == "row" and line.kind != "row"
            and text.startswith(" " * 12) and text.strip() != "" and not any(c.isdigit() for c in text))


SERIAL_HEADER = re.compile(rf"^(?P<serial>{SERIAL_WORDS})\s{{2,}}(?P<rest>\S.*)$", re.IGNORECASE)


def _header_offset(ctx: DetectionContext, header, column: int) -> int:
    """Where the header's project cell begins; a narrow serial-number header run together with it
    ("S.N.  Project") leaves the project header at its own column."""
    start, end = _cell(ctx, header.cells[column])
    found = SERIAL_HEADER.match(ctx.layout.text[start:end].lower())
    return start - header.start + (found.start("rest") if found else 0)


# A header that names its column's projects by their kind: "Joint programme", "Regional project".
HEADER_QUALIFIERS = frozenset({"joint", "regional", "national", "country", "global", "flagship", "pilot", "multi-country"})
HEADER_NOUNS = frozenset({"project", "programme", "program", "initiative", "activity", "operation", "intervention"})


def _last_language(key: str, headers: frozenset[str]) -> str:
    """"Projektname / Project name": a field's key in two languages (or two names of the column: "Programme /
    project"), read in the last; a parenthesis says how it is written ("Project title (English / Français)")."""
    key = re.sub(r"\s*\([^()]*\)", "", key).strip().lower()
    first, _, last = key.rpartition("/")
    if first and (in_two_languages(first, last) or first.strip() in headers):
        return last.strip()
    return key


def _header_column(ctx: DetectionContext, header) -> int | None:
    for k, cell in enumerate(header.cells):
        text = _cell_text(ctx, cell)
        serial = SERIAL_HEADER.match(text)
        words = text.split()
        if _last_language(text, ctx.vocab.table_headers) in ctx.vocab.table_headers or serial and _last_language(serial["rest"], ctx.vocab.table_headers) in ctx.vocab.table_headers \
                or len(words) == 2 and words[1] in HEADER_NOUNS and words[0] in HEADER_QUALIFIERS:
            # "Grant    Name": the grant's code, then its name, a header split in two cells.
            following = _cell_text(ctx, header.cells[k + 1]) if k + 1 < len(header.cells) else ""
            return k + 1 if following in NAME_HEADERS and not serial else k
    return None


NAME_HEADERS = {"name", "title"}


def _field_sheet(ctx: DetectionContext, header) -> bool:
    """A two-column table whose first row is a field: a project header word beside a name of five or more words
    or a name with its acronym, not a second header word."""
    if len(header.cells) != 2 or _header_column(ctx, header) != 0:
        return False
    value = ctx.layout.text[slice(*_cell(ctx, header.cells[1]))]
    return len(value.split()) >= 5 or bool(re.search(r"\([A-Z][A-Za-z0-9-]{1,14}\)$", value))


def _unnumbered_row(ctx: DetectionContext, header, line) -> bool:
    """In a table numbering its rows ("S.N."), a row without a number is a sum or carry-over line."""
    if not SERIAL_CELL.match(_cell_text(ctx, header.cells[0])):
        return False
    # ("| 2 | ...", "24-01  Bangladesh", "00118204 | ...": numbered, by a figure or a code; "| | Total |" is not.)
    return not ROW_NUMBER.match(ctx.layout.text[line.start : line.end] + " ")


ROW_NUMBER = re.compile(r"[\s|]*[\w./-]*\d[\w./-]*\s")


def _aligned_column(header, line, offset: int):
    """The row's cell under the header's cell in a space-aligned table: two narrow columns of a row
    ("24-01  Ruritania") may run together where the header keeps them apart."""
    for k, (start, end) in enumerate(line.cells):
        if start - line.start <= offset < end - line.start or start - line.start == offset:
            return k
    return None


def project_tables(ctx: DetectionContext) -> None:
    """The first column of a table whose header says Project; the value of a `Project title` field."""
    furniture = noise_lines(ctx.layout)
    for line in ctx.layout.lines:
        if line.kind != "row" or len(line.cells) < 2 or _tab_cells(ctx, line):
            continue  # tab-separated rows are tab_tables' (a two-cell one is a key-value sheet's field)
        if line.index in furniture:
            continue  # "AGENCY | 12th Annual Review ... Page 2 of 5": a running header across a table's page break
        key = _cell_text(ctx, line.cells[0])
        if line.key_value:
            # ("Name ...... X – first loan" over an operation's fields: the record's own wording after a dash is cut.)
            operation = named_operation(ctx, line, key)
            if _last_language(key, ctx.vocab.table_headers) in ctx.vocab.table_headers or operation:
                value = _without_country_tag(ctx, *_cell(ctx, line.cells[1]))
                if not _headline(ctx, *value):
                    whole_item(ctx, *value, "project-table", cut_commentary=operation)
            continue
        header = _table_header(ctx, line)
        if header is None or not header.cells:
            continue
        if _field_sheet(ctx, header):
            # "| Programme | Strengthening ... (SALIENT) |" over "| Evaluated period | ... |": a sheet of fields
            # whose first field names the project; the labels under it are no names.
            if header is line:
                whole_item(ctx, *_cell(ctx, line.cells[1]), "project-table")
            continue
        if header is line:
            continue
        column = _header_column(ctx, header)
        if column is not None and header.aligned and line.aligned:
            column = _aligned_column(header, line, _header_offset(ctx, header, column))
        elif column is not None and SERIAL_HEADER.match(_cell_text(ctx, header.cells[column])):
            column += 1  # not aligned: the serial number has its own cell in the row
        if column is None or column >= len(line.cells):
            continue
        words = re.findall(r"[a-z]+", _cell_text(ctx, line.cells[column]))
        # "Total", "Grand total" ("Community Total Sanitation" keeps its name)
        if words and {words[0], words[-1]} & TOTAL_ROWS or _unnumbered_row(ctx, header, line):
            continue
        # A cell holds its name whole ("... (PCR) de Villaverde"); only its commentary is cut.
        whole_item(ctx, *_cell(ctx, line.cells[column]), "project-table", cut_commentary=True, cut_after_acronym=False)
        for k in [] if header.aligned else _translated_columns(ctx, header, column, len(line.cells)):
            # (A title in sentence case, "Čistá voda pre školy", has one capital: the column says it is a name.)
            tokens = ctx.token_range(*_cell(ctx, line.cells[k]))
            if tokens and tokens[1] - tokens[0] >= 2 and ctx.texts[tokens[0]][:1].isupper() \
                    and rejection(ctx, *tokens, ITEM_REJECTIONS) is None:
                ctx.add(*tokens, "project-table")


def _without_country_tag(ctx: DetectionContext, start_char: int, end_char: int) -> tuple[int, int]:
    """"title: Hill Schools Programme – Ruritania": a feed's or listing's title tagged with its country after a
    dash; the name ends before the dash."""
    tokens = ctx.token_range(start_char, end_char)
    if tokens is None:
        return start_char, end_char
    begin, stop = tokens
    for dash in range(begin + 2, stop - 1):
        if ctx.texts[dash] in SPACED_DASHES and ctx.whitespaces[dash - 1] and ctx.place_at(dash + 1, stop):
            return start_char, ctx.doc[dash - 1].idx + len(ctx.texts[dash - 1])
    return start_char, end_char


def _headline(ctx: DetectionContext, start_char: int, end_char: int) -> bool:
    """"title: Ruritania and Eastland join Hill Roads Initiative": a news headline, a place as its subject, a verb in
    lower case, then a name with its head; the name is found in it (title_keywords), the headline is none ("Cash plus
    Care Programme", with no place before its lowercase word, is a name)."""
    tokens = ctx.token_range(start_char, end_char)
    if tokens is None:
        return False
    begin, stop = tokens
    for k in range(begin + 1, stop - 1):
        word = ctx.texts[k]
        if word.isalpha() and word.islower() and not ctx.is_function(k) and ctx.texts[k - 1][:1].isupper() \
                and ctx.texts[k + 1][:1].isupper() and ctx.texts[stop - 1] in ctx.vocab.project_heads \
                and any(ctx.place_at(j, j + 1) for j in range(begin, k)):
            return True
    return False


# "Project title (EN)" beside "Nazwa projektu (PL)": a header cell marked with a language's two letters.
LANGUAGE_MARK = re.compile(r"^(?P<words>.+?)\s*\((?P<code>[A-Z]{2})\)$")


def _translated_columns(ctx: DetectionContext, header, column: int, width: int) -> list[int]:
    """The other columns of a bilingual table that hold the title in another language: their headers carry a
    language mark as the title column's does, in words that are not English."""
    if len(header.cells) != width or not LANGUAGE_MARK.match(_cell_text(ctx, header.cells[column], lower=False)):
        return []
    found = []
    for k, cell in enumerate(header.cells):
        marked = LANGUAGE_MARK.match(_cell_text(ctx, cell, lower=False))
        if k != column and marked and not any(map(is_common_english, re.findall(r"[^\W\d_]{3,}", marked["words"]))):
            found.append(k)
    return found


def _tab_cells(ctx: DetectionContext, line) -> list[tuple[int, int]]:
    text = ctx.layout.text[line.start : line.end]
    if "\t" not in text:
        return []
    cells, cursor = [], line.start
    for piece in text.split("\t"):
        cells.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    return cells


def tab_tables(ctx: DetectionContext) -> None:
    """Tab-separated tables: the column whose header says Project names a project in each row."""
    column, width = None, 0
    for line in ctx.layout.lines:
        cells = _tab_cells(ctx, line)
        if len(cells) < 2:
            column = None
            continue
        if len(cells) == 2:
            # "Project Name<TAB>Coastal Works": a key-value sheet written with tabs.
            if _cell_text(ctx, cells[0]) in ctx.vocab.table_headers:
                whole_item(ctx, *_cell(ctx, cells[1]), "project-field", cut_commentary=True)
            column = None
            continue
        if column is None or len(cells) != width:
            # A new table: its first line is the header.
            width = len(cells)
            column = next((k for k, cell in enumerate(cells) if _cell_text(ctx, cell) in ctx.vocab.table_headers), -1)
            continue
        # "Total", "Total approved": the sum row.
        if column >= 0 and not set(_cell_text(ctx, cells[column]).split()[:1]) & TOTAL_ROWS:
            whole_item(ctx, *_cell(ctx, cells[column]), "project-table", cut_commentary=True, cut_after_acronym=False)


# (A key in two languages runs longer: "Titel des Vorhabens / Title of the project".)
FIELD = re.compile(r"^(?P<key>[^\W\d_][^\W\d_ /]*(?: /?[^\W\d_ /]+| /){0,6}?)\s*:\s+(?P<value>\S.*?)\s*$")



def _field(line: str):
    """FIELD.match(line); a line without a colon (most lines) skips the regex, which would find nothing."""
    return FIELD.match(line) if ":" in line else None


# "Project profile — Upland Tea Gardens": a page's title after the label of the page it is.
PAGE_TITLE = re.compile(r"^(?P<key>(?:project|programme|program|activity|initiative)\s+(?:profile|details|information|overview|summary))"
                        r"\s*[—–-]\s+(?P<value>(?-i:[A-Z\"“]).*?)\s*$", re.IGNORECASE)


PAGE_TOP_LINES = 12


def field_values(ctx: DetectionContext) -> None:
    """"Project: Rural Roads Improvement": the value of a `Project` field of a key-value sheet; "Project profile —
    Upland Tea Gardens", a page's title after its label."""
    for line in ctx.layout.lines:
        if line.kind == "blank" or line.key_value:
            continue
        match = _field(ctx.layout.text[line.content_start : line.end])
        if not (match and _last_language(match["key"], ctx.vocab.table_headers) in ctx.vocab.table_headers):
            # (Only near the page's top, where its title stands: "Project summary – Key results" lower down is a section.)
            match = PAGE_TITLE.match(ctx.layout.text[line.content_start : line.end]) if line.index < PAGE_TOP_LINES else None
        if match and _job_title(ctx, line, match):
            continue
        if match:
            end = line.content_start + match.end("value")
            # "Project title:   The Project for ...<newline>        (ABC-HEAT)": the acronym wrapped under the value.
            following = ctx.layout.lines[line.index + 1] if line.index + 1 < len(ctx.layout.lines) else None
            wrapped = following is not None and WRAPPED_ACRONYM.match(ctx.layout.text[following.start : following.end])
            if wrapped and looks_like_acronym(wrapped["inner"]):
                end = following.end
            whole_item(ctx, line.content_start + match.start("value"), end, "project-field", cut_commentary=True)


# "program_acronym: ABCP", "Acronym: ABCP", "Short name: ABCP": a record's field that gives its project's acronym.
ACRONYM_FIELD = re.compile(r"(?i:\s*(?:(?:project|programme|program|activity)[ _])?"
                           r"(?:acronym|abbreviation|short[ _]name)\s*:\s*)(?P<value>[A-Z][A-Za-z0-9-]{1,11})\s*$")
FIELD_REACH = 4  # lines between the acronym's field and its record's name field


def acronym_fields(ctx: DetectionContext) -> None:
    """The value of an acronym field of a record that names a project on a line near it."""
    lines = ctx.layout.lines
    for line in lines:
        match = ACRONYM_FIELD.match(ctx.layout.text[line.content_start : line.end]) if line.kind != "blank" else None
        if match is None or not looks_like_acronym(match["value"]):
            continue
        reach = lines[max(0, line.index - FIELD_REACH)].start
        if not any(reach <= span.start_char < line.start for span in ctx.found):
            continue
        tokens = ctx.token_range(line.content_start + match.start("value"), line.content_start + match.end("value"))
        if tokens is not None and ctx.is_free(*tokens):
            ctx.add(*tokens, "acronym-field")


# "Title: Chief Financial Officer" in a contact block: a person's post, not the project's title.
JOB_WORDS = {"officer", "director", "manager", "coordinator", "co-ordinator", "specialist", "adviser", "advisor", "head", "chief",
             "secretary", "minister", "ambassador", "president", "chair", "chairperson", "representative", "consultant",
             "analyst", "engineer", "lead", "leader", "assistant", "associate"}


CONTACT_FIELD = re.compile(r"(?i)^\s*(?:name|phone|tel|telephone|e-?mail)\s*:")


def _job_title(ctx: DetectionContext, line, match: re.Match) -> bool:
    """A "Title" field among a contact's fields (name, phone, e-mail) whose first or last word is a post."""
    words = [word.lower().strip(".,") for word in match["value"].split()]
    if match["key"].strip().lower() != "title" or not words or not (words[0] in JOB_WORDS or words[-1] in JOB_WORDS):
        return False
    near = ctx.layout.lines[max(0, line.index - 3) : line.index + 4]
    return any(CONTACT_FIELD.match(ctx.layout.text[other.start : other.end]) for other in near if other is not line)


# "CA-3-P0114 – ": an identifier (with a digit) and a dash before the related activity's name.
LEADING_IDENTIFIER = re.compile(r"^[A-Z0-9][\w./-]*\d[\w./-]*\s+[–—-]\s+")


def related_fields(ctx: DetectionContext) -> None:
    """"Predecessor: XX-1-P0099 – Hill Schools Pilot (completed 2022)": the value of a field that relates
    another activity to this one names it, after its identifier."""
    for line in ctx.layout.lines:
        if line.kind == "blank" or line.key_value:
            continue
        match = _field(ctx.layout.text[line.content_start : line.end])
        if match and match["key"].strip().lower() in ctx.vocab.relation_keys:
            start = line.content_start + match.start("value")
            identifier = LEADING_IDENTIFIER.match(match["value"])
            if identifier:
                start += identifier.end()
            whole_item(ctx, start, line.content_start + match.end("value"), "project-related-field", cut_commentary=True)


WRAPPED_ACRONYM = re.compile(r"^[ \t]+\(\s*(?P<inner>[^()]+?)\s*\)\s*$")


def label_lines(ctx: DetectionContext) -> None:
    """"Project title" alone on a line, the value on the next (PDF transcripts, web pages)."""
    lines = ctx.layout.lines
    for line, following in zip(lines, lines[1:]):
        label = ctx.layout.text[line.content_start : line.end].strip().lower().rstrip(":")
        if label in ctx.vocab.table_headers and following.kind != "blank" and not following.cells:
            whole_item(ctx, following.content_start, following.end, "project-field", cut_commentary=True)


IDENTIFIED_RECORD = re.compile(r"^\s*[A-Z]{2,}[\w./-]*\d[\w./-]*\s+[–—]\s+(?P<title>[A-Z][^–—;]*?)\s+[–—]\s+\S")


def identified_records(ctx: DetectionContext) -> None:
    """"AB-24/0012/X – Hill Clinics Outreach – Health Partners – US$ 90,000 – ...": a listing's record
    line opens with its grant code, then the title, then more dash-separated fields."""
    for line in ctx.layout.lines:
        if line.kind == "blank":
            continue
        match = IDENTIFIED_RECORD.match(ctx.layout.text[line.start : line.end])
        if match:
            whole_item(ctx, line.start + match.start("title"), line.start + match.end("title"), "identified-record",
                       cut_after_acronym=False)
