"""A comparison table's columns: the project that heads a column owns the facts in its cells.

    |                 | HRF       | UFAF      |
    | Established     | 2031      | 2033      |
    | Approved so far | US$1.4bn  | US$310m   |

A row that names no project of its own ("Established", "Approved so far") says, cell by cell, what each project
heading a column has (rule 2: the project's table row, read down its column).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from ..layout import Line
from ..table_columns import column_numbers, header_row
from .link_context import Group, LinkContext


def column_project(context: LinkContext, fact: Span) -> Optional[Group]:
    """The project named alone in the header cell over the fact's cell, when the fact's row names none."""
    layout, text = context.layout, context.text
    line = layout.line_at(fact.start_char)
    if line.kind != "row" or line.key_value or not line.cells or context.spans_in(line.start, line.end):
        return None
    header = header_row(layout, line)
    if header is None or header.index >= line.index:
        return None
    heads = _project_columns(context, header)
    if len({id(group) for group in heads.values()}) < 2:
        return None  # (one project over its columns is a table of that project's figures, read by the other rules)
    for cell, column in zip(line.cells, column_numbers(text, line, header)):
        if cell[0] <= fact.start_char and fact.end_char <= cell[1]:
            return heads.get(column)
    return None


def _project_columns(context: LinkContext, header: Line) -> dict[int, Group]:
    """Each header column whose cell is one project's name (read once per header)."""
    key = ("project columns", header.index)
    if key not in context.memo:
        heads = {}
        for cell, column in zip(header.cells, column_numbers(context.text, header)):
            named = context.spans_in(*cell)
            if len(named) == 1 and not context.text[cell[0] : named[0].start_char].strip() \
                    and not context.text[named[0].end_char : cell[1]].strip():
                heads[column] = context.owner(named[0])
        context.memo[key] = heads
    return context.memo[key]
