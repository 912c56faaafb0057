"""Lines of labelled fields ("Country: ... | Duration: ...") and the project they describe (spec: a key-value record is
its project's): the project a title line over them opens with, or the one their name field holds; the project a
key-value record is the card of."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_choice import CHANNEL_BEFORE
from .link_clauses import dates_the_project
from .link_context import Block, Group, LinkContext
from .link_sections import SOURCE_LABEL
from .link_sheet import NAME_FIELD, first_named

# "Co-financing: 30%", "pubDate: ...": a cell of a field line, its label and value.
FIELD_CELL = re.compile(r"\s*[A-Za-z][\w ()/&'’.-]{0,40}:\s+\S.*")
FIELD_MARK_END = re.compile(r"[^:]*:\s*")
PADDED_COLON = re.compile(r"(?<=\w)[ \t]+:(?=\s)")
FIELD_CELL_SEPARATOR = re.compile(r"\s+\|\s+|\t|\s{2,}")
TITLE_OPENING_REACH = 12  # characters before the name on its line: a record's code ("SAP038 – ")
FIELD_RUN_REACH = 20  # lines a run of fields may span around the fact's
SHORT_FIELD = 160  # characters of a field line that states values, not prose
PROSE = re.compile(r"[.!?]\s+[A-Z]")  # a sentence's end with another after it


def fields_under_a_title(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 2b: lines of labelled fields set tight under a line that opens with one project's name ("SAP038 – X" over
    "Country: ... | Duration: ...") are that project's, up to the next blank line."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind not in ("row", "record", "paragraph") or context.projects_in(block.start, block.end) \
            or not all(field_line(context, line) for line in block.lines):
        return None
    k = block.index
    while k > 0:
        above, below = context.blocks[k - 1], context.blocks[k]
        if above.lines[-1].index + 1 != below.lines[0].index:
            return None
        named = context.spans_in(above.start, above.end)
        if named:
            first = above.lines[0]
            # (A table's last row is no title line: "Source: ..." under it notes the table.)
            opens = named[0].start_char - first.content_start <= TITLE_OPENING_REACH \
                and first.index == above.lines[-1].index and not first.cells
            groups = context.projects_in(above.start, above.end)
            return groups if opens and len(groups) == 1 else None
        if above.kind == "heading" or not all(field_line(context, line) for line in above.lines):
            return None
        k -= 1
    return None


def fields_with_a_name_field(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 2c: "Programme name: X (XP)" opening field lines set tight together makes every field of the run X's
    ("Start date: ...", "Total budget: ..."); a project another field names keeps its own line's facts too, unless the
    line names it only as where the money comes from ("US$ 2 million from the Y Fund" is X's)."""
    line = context.layout.line_at(fact.start_char)
    # (A field of prose, "Description: ... It builds on the first phase (X, 2017–2022) ...", is left to the sentence rules.)
    # (One that names no project, "summary: Approved 3 May 2031. Grant: ...", is the record's like any field.)
    prose = line.end - line.content_start > SHORT_FIELD or PROSE.search(context.text, line.start, line.end)
    if not field_line(context, line) or prose and context.spans_in(line.start, line.end):
        return None
    # (A date in such prose is the record's when its sentence says what it dates: "Approved 3 May 2031", not "the
    # sheet replaces a concept note of June 2030".)
    block = context.block_at(fact.start_char)
    if prose and fact.label_ == "DATE" and (block is None or not dates_the_project(context, block, fact)):
        return None
    # (The run opens with its name field: "Program: Agriculture" among a grant record's fields names the funder's
    # programme area, and "Project: X" under "Grant: Y (GY)" the project a grant serves. Records stacked without a
    # blank line open with the same field: the nearest one above the fact's line is its record's.)
    run = _field_run(context, line)
    label = _name_label(context, run[0])
    if label is None or run[0] is line:
        return None
    above = [other for other in run if other.index < line.index]
    name_line = next(other for other in reversed(above) if _name_label(context, other) == label)
    owner = context.projects_in(name_line.start, name_line.end)[0]
    text = context.text
    own = [span for span in context.spans_in(line.start, line.end)
           if not CHANNEL_BEFORE.search(text[line.content_start : span.start_char])]
    return [owner] + [g for g in context.projects_in(line.start, line.end)
                      if g is not owner and any(span in g.spans for span in own)]


def _name_label(context: LinkContext, line) -> Optional[str]:
    """"Project name" of "Project name: X (XP)": the label of a name field that holds a project, in lower case."""
    named = context.spans_in(line.start, line.end)
    label = context.text[line.content_start : named[0].start_char] if named else ""
    if named and not NAME_FIELD.fullmatch(label):
        # ("title: Ruritania joins Hill Roads Initiative": a record's title field, a headline naming one project.)
        colon = FIELD_MARK_END.match(label)
        label = colon.group(0) if colon and len(context.projects_in(line.start, line.end)) == 1 else label
    return label.strip(" :.").lower() if named and NAME_FIELD.fullmatch(label) else None


def _field_run(context: LinkContext, line) -> list:
    """The field lines set tight around line (no blank line, no prose between), line included."""
    lines = context.layout.lines
    first = last = line.index
    while first > 0 and line.index - first < FIELD_RUN_REACH and field_line(context, lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and last - line.index < FIELD_RUN_REACH and field_line(context, lines[last + 1]):
        last += 1
    return lines[first : last + 1]


def field_line(context: LinkContext, line) -> bool:
    """"Country: Tuvalu  |  Accredited entity: SPC": every cell a label and its value (read once per line: each fact
    of a run of fields asks about the lines around it)."""
    key = ("field line", line.index)
    if key not in context.memo:
        # ("summary   : Approved ...": a feed's or export's label padded to align its colons.)
        text = PADDED_COLON.sub(":", context.text[line.content_start : line.end].strip())
        cells = [cell for cell in FIELD_CELL_SEPARATOR.split(text) if cell]
        context.memo[key] = bool(cells) and FIELD_CELL.fullmatch(cells[0]) is not None \
            and all(FIELD_CELL.fullmatch(cell) or not cell[:1].isupper() for cell in cells[1:])
    return context.memo[key]


# "Title:   X Programme (XP)": a field whose whole value is a name (an acronym in parentheses may follow it).
NAME_VALUE_END = re.compile(r"\s*(?:\([^()]*\))?\s*[.;]?\s*")
DASHED_TAIL = re.compile(r"\s+[–—-]\s")
# "Fund:" and "Window:" name where a record's money comes from only under another project named above the box (in a
# directory of funds they name the record's own fund); SOURCE_LABEL (link_sections) always does.
PAYER_LABEL = re.compile(r"(?:Funds?|Windows?|Trust\s+fund)\s*:", re.IGNORECASE)
KEY_SEPARATOR = re.compile(r"\s*(?::|\.{3,})\s*")


def record_project(context: LinkContext, block: Block) -> Optional[Group]:
    """The project a key-value record is the card of: the one its first field names, or the one a field gives as
    its whole value ("Project:   X"). A name inside a field's longer value (a fund in "Source of funding:") is not."""
    # (The page's first project, named above the box, is the one a "Fund:" field pays for.)
    page_first = first_named(context)
    sourced = [SOURCE_LABEL.match(context.text, line.content_start) is not None
               or PAYER_LABEL.match(context.text, line.content_start) is not None and page_first is not None
               and page_first.start_char < block.start
               and context.owner(page_first) not in context.projects_in(line.start, line.end)
               for line in block.lines]
    first = context.projects_in(block.sentences[0][0], block.sentences[0][1]) if block.sentences and not sourced[0] else []
    if first:
        return first[0]
    for line, source in zip(block.lines, sourced):
        if source:
            continue  # "Fund: Lakeside Fund (LF)": the fund that pays, not the record's own project
        # The value follows the key's colon or dot leader ("Project name ......... X").
        separator = KEY_SEPARATOR.search(context.text, line.content_start + 1, line.end)
        value_start = separator.end() if separator else None
        named = context.spans_in(value_start, line.end) if value_start is not None else []
        # ("Name ...... X Facility – second tranche": the record's opening field may go on after a dash.)
        tail = context.text[named[0].end_char : line.end] if named else ""
        if named and not context.text[value_start : named[0].start_char].strip() \
                and (NAME_VALUE_END.fullmatch(tail) or line is block.lines[0] and DASHED_TAIL.match(tail)):
            return context.owner(named[0])
    return None
