"""The qualifier a table column's header or a key-value row's label gives the amounts under it.

"Maximum per grant (US$)" over "150,000" caps the amount (at_most), "Minimum co-financing (EUR)" floors it
(at_least), as "up to" and "at least" before an amount do (spec, MONEY qualifiers). "Minimum wage (KES)" names
a thing, not a bound: the cap word must qualify a money noun or a "per ...". pipeline.money_labels records the
qualifier for each labelled amount; pipeline.span_values reads it.
"""

from __future__ import annotations

import re
from typing import Optional

from .layout import Layout
from .money_declared import MONEY_LABEL
from .table_columns import column_numbers, columns_of, header_row

HEADER_CAP = re.compile(r"(?i)^\W*(?:(?P<most>maximum|max\.?|ceiling|cap|up\s+to|máximo|plafond)|(?P<least>minimum|min\.?|mínimo))\b"
                        r"(?P<rest>.*)")
PER = re.compile(r"(?i)\b(?:per|por|par)\b")
# Where a labelled amount's qualifier from its header is kept, by the amount's token offsets, in the doc's user_data.
HEADER_QUALIFIER = "fs_header_qualifier"


def header_qualifier(layout: Layout, offset: int) -> Optional[str]:
    """at_most (at_least) for a number in a table column or key-value row whose header or label is a cap."""
    line = layout.line_at(offset)
    if line.kind != "row":
        return None
    text = layout.text
    if line.key_value:
        head = text[slice(*line.cells[0])]
    else:
        header = header_row(layout, line)
        if header is None or header.index == line.index:
            return None
        numbers = column_numbers(text, line, header)
        column = next((number for cell, number in zip(line.cells, numbers) if cell[0] <= offset < cell[1]), None)
        head = columns_of(layout, header).get(column) if column is not None else None
    cap = HEADER_CAP.match(head) if head else None
    if cap is None or not (MONEY_LABEL.search(cap["rest"]) or PER.search(cap["rest"])):
        return None
    return "at_most" if cap["most"] else "at_least"
