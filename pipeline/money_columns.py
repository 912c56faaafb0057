"""Which columns of a captioned table take the caption's unit, and which the caption names one by one.

"(₹ in lakh)" over "Released | Expenditure | Tap connections": the whole-number column beside columns of
decimals counts things. "(loan/grant: EUR million; counterpart: XOF billion)": each named column its own unit.
"""

from __future__ import annotations

import re

from .currencies import CurrencyTable
from .layout import Layout, Line
from .money_declared import MONEY_LABEL, NOT_AMOUNT_HEADER
from .normalize.money import normalize_money
from .table_columns import BARE_NUMBER, column_numbers


def count_columns(layout: Layout, header: Line) -> frozenset[int]:
    """Columns of whole numbers in a table whose other amount columns write every amount with two decimals
    ("Released  2,307.45 | Wells dug  1,806" under "(₹ in lakh)"): they count things, the caption's
    unit is the amounts'. (A column of rates or shares, "Rate (%)  23.4", says nothing of the amounts.)"""
    text, cells_by_column = layout.text, {}
    heads = {column: text[slice(*cell)] for column, cell in zip(column_numbers(text, header), header.cells)}
    for line in layout.lines[header.index + 1 :]:
        if line.kind != "row":
            break
        for cell, column in zip(line.cells, column_numbers(text, line, header)):
            cells_by_column.setdefault(column, []).append(text[slice(*cell)].strip())
    numeric = {column: cells for column, cells in cells_by_column.items() if all(BARE_NUMBER.fullmatch(c) for c in cells)}
    decimal = {column for column, cells in numeric.items() if all(TWO_DECIMALS.search(c) for c in cells)
               and not NOT_AMOUNT_HEADER.search(heads.get(column, ""))}
    whole = {column for column, cells in numeric.items() if not any(DECIMALS.search(c) for c in cells)
             and not MONEY_LABEL.search(heads.get(column, ""))}
    return frozenset(whole) | row_numbers(cells_by_column) if decimal else row_numbers(cells_by_column)


def row_numbers(cells_by_column: dict[int, list[str]]) -> frozenset[int]:
    """"| N.º | Programa | ... | Monto |" over "| 1 | ... | 73.0 |": a column numbering the rows 1, 2, 3 (a total's
    row may hold a word there) counts rows, whatever the caption's unit."""
    numbered = set()
    for column, cells in cells_by_column.items():
        numbers = [c.rstrip(".") for c in cells if c]
        if len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]:
            numbered.add(column)
        elif len(numbers) >= 3 and numbers[:-1] == [str(n) for n in range(1, len(numbers))] and not numbers[-1].isdigit():
            numbered.add(column)
    return frozenset(numbered)


DECIMALS = re.compile(r"[.,]\d{1,2}$")
TWO_DECIMALS = re.compile(r"\.\d{2}$")
# "(loan/grant: EUR million; counterpart: XOF billion)": a caption's unit for each column it names.
NAMED_UNIT = re.compile(r"(?P<names>[^\W\d][\w /,-]{0,40}?)\s*:\s*(?P<unit>[^;:()]{1,24}?)\s*(?=[;)]|$)")


def named_units(layout: Layout, header: Line, table: CurrencyTable) -> list[tuple[re.Pattern, str]]:
    above = next((line for line in reversed(layout.lines[max(0, header.index - 3) : header.index])
                  if line.kind != "blank"), None)
    caption = layout.text[above.start : above.end] if above is not None else ""
    inside = caption[caption.rfind("(") + 1 :] if caption.rstrip().endswith(")") and ";" in caption else ""
    named = []
    for part in inside.split(";"):
        match = NAMED_UNIT.fullmatch(part.strip().rstrip(")"))
        if match and normalize_money(f"1 {match['unit']}", table) is not None:
            for name in re.split(r"\s*[/,]\s*", match["names"].strip()):
                named.append((re.compile(rf"(?i)\b{re.escape(name)}\b"), match["unit"].strip()))
    return named
