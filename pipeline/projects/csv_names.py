"""Names in a comma-separated export pasted as text: the column whose header field names a project or
grant title (`"grant_title"`, `project_name`), row after row.

The layout reads pipe, tab, space-aligned and semicolon tables; a CSV line with quoted fields is read
here, field by field with its character offsets, so that a comma inside a quoted title stays in it.
"""

from __future__ import annotations

import re

from ..layout import BARE_CSV_HEADER
from .context import DetectionContext
from .export_names import is_name_field, is_summary_row
from .item_names import whole_item

# One field: a quoted value ("" is an escaped quote) or a bare run without commas.
FIELD = re.compile(r'\s*(?:"(?P<quoted>(?:[^"]|"")*)"|(?P<bare>[^,"\n]*))\s*(?:,|$)')
MIN_FIELDS = 3


def csv_fields(line: str) -> list[tuple[int, int]] | None:
    """Character bounds (within the line) of each field's value, or None when the line is no CSV row."""
    fields: list[tuple[int, int]] = []
    position = 0
    while position < len(line):
        match = FIELD.match(line, position)
        if match is None or match.end() == position:
            return None
        group = "quoted" if match.group("quoted") is not None else "bare"
        fields.append((match.start(group), match.end(group)))
        position = match.end()
    if line.rstrip().endswith(","):
        fields.append((len(line), len(line)))
    return fields if len(fields) >= MIN_FIELDS else None


def _is_header(line: str, fields: list[tuple[int, int]]) -> bool:
    """A header row names its fields: every value is a short word run, none a figure; its fields are quoted,
    or there are four or more of them with no space after a comma (which prose would put there)."""
    values = [line[a:b] for a, b in fields]
    return ('"' in line or BARE_CSV_HEADER.match(line.strip()) is not None) \
        and all(v and not any(c.isdigit() for c in v) and len(v) <= 40 for v in values)


def csv_columns(ctx: DetectionContext) -> None:
    """Each CSV row's value under a header field named like `grant_title` names that row's project."""
    text = ctx.layout.text
    header: tuple[int, int] | None = None  # (column, number of fields) of the current table
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        fields = csv_fields(line) if line.count(",") >= MIN_FIELDS - 1 else None
        if fields is None:
            header = None
            continue
        if _is_header(line, fields):
            names = [line[a:b] for a, b in fields]
            column = next((k for k, name in enumerate(names) if is_name_field(name)), None)
            header = (column, len(fields)) if column is not None else None
            continue
        if header is None or len(fields) != header[1]:
            continue
        a, b = fields[header[0]]
        value = line[a:b].strip()
        if is_summary_row(value):
            continue
        whole_item(ctx, start + a, start + b, "project-table", cut_commentary=True, cut_after_acronym=False)
