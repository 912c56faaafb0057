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
from .money_columns import count_columns, named_units
from .money_declared import MONEY_LABEL, NOT_AMOUNT_HEADER, declared_numbers, inline_caption_numbers, page_unit
from .money_header_caps import HEADER_QUALIFIER, header_qualifier
from .money_records import record_numbers
from .money_table_rows import HEADER_UNIT_STARTS, in_table_row
from .money_units import COUNT_WORDS, UNIT_IN_PARENTHESES, forget_units, unit_of
from .normalize.money import normalize_money
from .table_columns import BARE_NUMBER, SERIAL_CELL, column_numbers, columns_of, header_row

# "Amounts in EUR million", "Figures in US$ thousands": the unit after what the figures are ("Amounts are in US$" over
# a table of results is the page's declaration, read elsewhere).
AMOUNTS_IN = re.compile(r"\b(?:amounts?|figures|values)\s+in\s+(?P<unit>[^\s()\d:;|][^()\d:;|.]{0,22}(?<=\S))\s*[.:]?\s*$",
                        re.IGNORECASE)
# "Evaluation budget (US$): 94,850".
LABELLED_LINE = re.compile(r"\((?:in\s+)?(?P<unit>[^()\d]{1,24})\)\s*:\s*(?P<number>\d[\d,.’' \u00a0\u202f]*\d|\d)\s*$")
# "Interest earned: 38.6 (EUR '000)": a label's value with its unit in parentheses after it.
LABELLED_VALUE_UNIT = re.compile(r":\s*(?P<number>\d[\d,.’' \u00a0\u202f]*\d|\d)\s*\((?P<unit>[^()]{1,24})\)")
AMOUNT_LIKE = re.compile(r"\d[,.’' \u00a0\u202f]\d{3}\b|\d\.\d")
# "2.9 bn", "415 m" under a column headed "(in USD)": the cell writes its own scale.
SCALED_NUMBER = re.compile(rf"(?:{BARE_NUMBER.pattern})\s?(?:k|m|mn|bn|M|B|thousand|million|billion)")
SCALE_WORDS = {"thousand", "million", "billion", "trillion", "k", "m", "mn", "bn", "crore", "lakh", "milliard"}
# A short whole number opening a row under a serial column's header: the row's number, not an amount.
SERIAL = re.compile(r"\d{1,3}")
# "12.6M (44%)": a share in parentheses after a value, at the cell's end.
SHARE_AFTER = re.compile(r"\s*\(\d{1,3}(?:[.,]\d+)?\s?%\)$")
# "Grand total", "Total, all projects": a row that sums the table above it.
TOTAL_LABEL = re.compile(r"(?i)^\W*(?:grand\s+)?totals?\b")
# A whole amount grouped in millions or more ("15,000,000"): written in full, never in a caption's millions.
FULL_AMOUNT = re.compile(r"\d{1,3}(?:[,.’' \u00a0\u202f]\d{3}){2,}")
# How far above a table its caption may stand, across blank lines, sub-headings and the caption's other parts.
CAPTION_REACH = 16


def labelled_numbers(layout: Layout, table: CurrencyTable) -> Iterable[tuple[int, int, str]]:
    """(start, end, unit) of every bare number whose label, column header or caption names a currency."""
    text = layout.text
    forget_units()  # (the units kept are this document's: see unit_of)
    # "All amounts in Zambian kwacha (ZMW)": the page's caption, for the label-and-value rows below it that name no unit.
    page = page_unit(layout, table)
    # A table's header is read once for all its rows: its columns and caption, and each column's unit for a row currency.
    headers: dict[int, tuple[dict[int, tuple[int, int]], Optional[str]]] = {}
    column_units: dict[tuple, Optional[str]] = {}
    counts: dict[int, frozenset[int]] = {}
    named: dict[int, list] = {}
    for line in layout.lines:
        raw = text[line.start : line.end]
        if line.kind == "row" and line.key_value and len(line.cells) >= 2:
            label = text[slice(*line.cells[0])]
            unit = unit_of(label, table) or (None if NOT_AMOUNT_HEADER.search(label) else _block_unit(layout, line, table))
            if unit is None and page is not None and line.start > page[0] and not NOT_AMOUNT_HEADER.search(label):
                unit = page[1]
            yield from _cell_if_number(text, line.cells[-1], unit)
        elif line.kind == "row":
            header = header_row(layout, line)
            if header is not None and header.index == line.index and len(line.cells) == 2:
                # A lone two-cell row reads like a label and its value ("Budget (US$)<TAB>94,850"); under a
                # caption that names the unit ("Budget (CHF)" over "Donor    11,800,000"), the caption's.
                label = text[slice(*line.cells[0])]
                unit = unit_of(label, table) or (None if NOT_AMOUNT_HEADER.search(label) else _caption_unit(layout, line, table))
                yield from _cell_if_number(text, line.cells[-1], unit)
                continue
            if header is None or header.index == line.index:
                continue
            if header.index not in headers:
                # A caption over the table, else the header's first cell ("Financing (UA million) | At appraisal | Actual").
                headers[header.index] = (columns_of(layout, header),
                                         _caption_unit(layout, header, table) or unit_of(text[slice(*header.cells[0])], table),
                                         _caption_scale(layout, header))
                counts[header.index] = count_columns(layout, header) if headers[header.index][1] else frozenset()
                named[header.index] = named_units(layout, header, table)
            columns, caption, scale = headers[header.index]
            row_currency = _row_currency(text, line, header, columns, table)
            if row_currency and scale and not caption:
                row_currency = f"{row_currency} {scale}"  # a caption in millions over rows in XDR, USD ...
            # "Credit issued to farmers (US$ million)   -   12.0   9.5": a results table's row names its unit.
            row_label = text[slice(*line.cells[0])] if line.cells else ""
            row_unit = unit_of(row_label, table) if "(" in row_label and UNIT_IN_PARENTHESES.search(row_label) else None
            for cell, column in zip(line.cells, column_numbers(text, line, header)):
                head_text = columns.get(column)
                if head_text is None:
                    continue
                key = (head_text, caption, row_currency)
                if key not in column_units:
                    column_units[key] = _column_unit(head_text, caption, row_currency, table)
                unit = column_units[key]
                if unit is not None and unit == caption and column in counts[header.index]:
                    continue
                if unit is None:
                    unit = next((unit for name, unit in named[header.index] if name.search(head_text)), None)
                # ("Deposit (CHF)" under "values in CHF million": amounts written in full, "15,000,000", keep the
                # column's own unit; the caption's scale would make them trillions.)
                if unit is not None and unit == caption and FULL_AMOUNT.fullmatch(text[slice(*cell)].strip()) \
                        and _has_scale(caption):
                    unit = unit_of(head_text, table) or unit
                # (Under "Head" or "No.", a row's first cell "21" numbers the row; the caption's unit is the amounts'.)
                if unit is not None and unit == caption and cell is line.cells[0] and SERIAL.fullmatch(text[slice(*cell)]) \
                        and SERIAL_CELL.match(text[slice(*header.cells[0])].strip()):
                    continue
                # Under the page's declared currency, a money-headed column's amounts (grouped or decimal: a column
                # of "Grants approved | 12" counts grants).
                if unit is None and page is not None and header.start > page[0] and MONEY_LABEL.search(head_text) \
                        and not NOT_AMOUNT_HEADER.search(head_text) and AMOUNT_LIKE.search(text[slice(*cell)]):
                    unit = page[1]
                if unit is None and row_unit is not None and cell is not line.cells[0] \
                        and not NOT_AMOUNT_HEADER.search(head_text):
                    unit = row_unit
                if unit is None and "/" in head_text:
                    yield from _paired_cell(text, cell, head_text, table)
                yield from _cell_if_number(text, cell, unit)
        elif line.kind in ("text", "item", "heading"):
            match = LABELLED_LINE.search(raw)
            if match and unit_of(f"({match.group('unit')})", table):
                yield line.start + match.start("number"), line.start + match.end("number"), match.group("unit").strip()
            for match in LABELLED_VALUE_UNIT.finditer(raw):
                unit = unit_of(f"({match.group('unit')})", table)
                if unit:
                    yield line.start + match.start("number"), line.start + match.end("number"), unit


def _block_unit(layout: Layout, line: Line, table: CurrencyTable) -> Optional[str]:
    """"Financing plan (US$ millions)" over "Financier   Commitments" over "Eastland Bank   40.00": the unit of a
    two-column table's value column or of its caption, for the rows under its header."""
    header = header_row(layout, line)
    if header is None:
        return _run_caption_unit(layout, line, table)
    if header.index == line.index:  # the first row holds a value itself: only a caption can name its unit
        return _caption_unit(layout, line, table) or _run_caption_unit(layout, line, table) \
            or _total_after_table(layout, line, table)
    head_text = layout.text[slice(*header.cells[-1])]
    if NOT_AMOUNT_HEADER.search(head_text):
        return None
    # ("Source of funds (in EUR millions)   Amount": the label column's header names the unit of an amount column.)
    return unit_of(head_text, table) or _caption_unit(layout, header, table) \
        or (unit_of(layout.text[slice(*header.cells[0])], table) if MONEY_LABEL.search(head_text) else None) \
        or (_run_caption_unit(layout, header, table) if header.key_value else None)


def _run_caption_unit(layout: Layout, line: Line, table: CurrencyTable) -> Optional[str]:
    """"LARGEST CONTRIBUTORS (US$ million)" right over "Eastland ........ 7.9" lines: the unit of the line that opens a run of
    label-and-value lines (others of the run may have escaped the layout's rows: "Westmark (WM) ... 3.1")."""
    index = line.index - 1
    while index >= 0:
        above = layout.lines[index]
        raw = layout.text[above.start : above.end].strip()
        if above.kind == "row" and above.key_value or above.kind == "text" and VALUE_ENDS_LINE.search(raw):
            index -= 1
            continue
        return unit_of(raw, table) if above.kind != "blank" and len(raw.split()) <= 16 else None
    return None


# "Westmark (WM) ... 3.1": a short line that ends with its value.
VALUE_ENDS_LINE = re.compile(r"^.{1,80}\s(?:\d[\d,.]*)$")


def _total_after_table(layout: Layout, line: Line, table: CurrencyTable) -> Optional[str]:
    """"Grand total    409.5" set apart under a table: the unit of the table above it."""
    if not TOTAL_LABEL.search(layout.text[slice(*line.cells[0])]):
        return None
    index = line.index - 1
    while index > 0 and layout.lines[index].kind == "blank":
        index -= 1
    above = layout.lines[index]
    header = header_row(layout, above) if above.kind == "row" and index < line.index - 1 else None
    if header is None or header.index == above.index:
        return None
    head_text = layout.text[slice(*header.cells[-1])]
    return (None if NOT_AMOUNT_HEADER.search(head_text) else unit_of(head_text, table)) \
        or _caption_unit(layout, header, table) or unit_of(layout.text[slice(*header.cells[0])], table)


def _column_unit(head_text: str, caption: Optional[str], row_currency: Optional[str], table: CurrencyTable) -> Optional[str]:
    """A column's unit: its header's ("US$ equivalent" under "(US$ million)" keeps the caption's scale), else the
    row's currency cell for a column of amounts "in pledge currency", else the caption's."""
    if NOT_AMOUNT_HEADER.search(head_text):
        return None
    own = unit_of(head_text, table)
    if own and caption and _currency_of(own, table) == _currency_of(caption, table):
        return caption
    if own:
        return own
    if COUNT_WORDS.search(head_text):
        return None  # "Familias" beside "Recursos" under "(millones de pesos)": the caption's unit is the other column's
    if row_currency and ("currency" in head_text.lower() or not caption):
        # "Amount (thousands)" beside a "Currency" column: the header's scale over the row's code.
        scale = HEADER_SCALE.search(head_text) if MONEY_LABEL.search(head_text) else None
        if scale and not _has_scale(row_currency):
            word = "thousand" if scale["scale"] == "'000" else scale["scale"].lower().rstrip("s")
            return f"{row_currency} {word}"
        return row_currency
    return caption


HEADER_SCALE = re.compile(r"\(\s*(?:in\s+)?(?P<scale>thousands?|millions?|billions?|'000)\s*\)", re.IGNORECASE)


def _currency_of(unit: str, table: CurrencyTable) -> Optional[str]:
    value = normalize_money(f"1 {unit}", table)
    return value.currency if value is not None else None


# "MWK million", "EUR '000", "USD m": a currency and its scale, alone in a row's unit cell.
UNIT_CELL = re.compile(r"(?:[A-Z]{2,3}\$?|[A-Z]?\$|[£€¥])\s?(?:'000|’000|000s?|thousands?|millions?|billions?|mn|m|bn|k)")


def _row_currency(text: str, line: Line, header: Line, columns: dict, table: CurrencyTable) -> Optional[str]:
    """The code in the row's cell under a "Currency" header ("Partner | Currency of pledge | Amount pledged"),
    or under a results framework's "Unit" when the row measures money ("Farm sales | USD | 0 | 250000"): the unit
    of the row's other bare numbers, when no header or caption names one."""
    for cell, column in zip(line.cells, column_numbers(text, line, header)):
        head = columns.get(column)
        code = text[slice(*cell)].strip()
        # ("MWK million", "EUR '000": the unit cell may give the scale with the currency.)
        if head is not None and CURRENCY_HEADER.search(head) and (re.fullmatch(r"[A-Z]{3}", code) or UNIT_CELL.fullmatch(code)):
            unit = unit_of(code, table)
            if unit:
                return unit
    return None



# A column whose cells say a row's currency: "Currency", "Ccy", a results framework's "Unit" ("USD" beside "households").
CURRENCY_HEADER = re.compile(r"(?i)currency|\bunits?\b|\bunit_|\bccy\b")


def _cell_if_number(text: str, cell: tuple[int, int], unit: Optional[str]):
    start, end = cell
    while start < end and text[start] == "*" and text[end - 1] == "*":  # "**114.0**": bold in a Markdown table
        start, end = start + 1, end - 1
    share = SHARE_AFTER.search(text, start, end) if unit and text[end - 1 : end] == ")" else None
    if share is not None:  # "12.6M (44%)": the amount, then its share of a whole
        end = share.start()
    if unit and (BARE_NUMBER.fullmatch(text[start:end]) or SCALED_NUMBER.fullmatch(text[start:end]) and not _has_scale(unit)):
        yield start, end, unit


# "Budget (KRW million / USD thousand)" over "9,450 / 8,000": one cell, two amounts, each in its own unit.
PAIRED_UNITS = re.compile(r"\((?P<first>[^()/]{1,24})\s?/\s?(?P<second>[^()/]{1,24})\)\s*$")
PAIRED_NUMBERS = re.compile(rf"(?P<first>{BARE_NUMBER.pattern})\s?/\s?(?P<second>{BARE_NUMBER.pattern})")


def _paired_cell(text: str, cell: tuple[int, int], head_text: str, table: CurrencyTable):
    units = PAIRED_UNITS.search(head_text)
    numbers = PAIRED_NUMBERS.fullmatch(text, *cell) if units else None
    if numbers and all(normalize_money(f"1 {units[part]}", table) for part in ("first", "second")):
        for part in ("first", "second"):
            yield numbers.start(part), numbers.end(part), units[part].strip()


def _has_scale(unit: str) -> bool:
    return any(word.lower().rstrip("s") in SCALE_WORDS for word in unit.replace("'000", " thousand").split())


def _caption_unit(layout: Layout, header: Line, table: CurrencyTable) -> Optional[str]:
    """The unit of the short line right above a table ("EUR million", "Disbursements (US$ thousands)")."""
    index = header.index - 1
    while index >= 0 and header.index - index <= CAPTION_REACH:
        above = layout.lines[index]
        caption = layout.text[above.start : above.end].strip()
        # A blank line or a rule of dashes may stand between the caption and the table; so may sub-headings
        # ("SUMMARY", "World Bank Group Financing") and the label-and-value rows of the caption's other parts.
        if above.kind == "blank" or above.kind == "row" and (not above.cells or above.key_value):
            # ("Table 7 (cont.)   Loans by region (SDR million)": a title set apart from its number.)
            last = layout.text[above.cells[-1][0] : above.cells[-1][1]].strip() if above.cells else ""
            unit = unit_of(last, table) if above.key_value and last.endswith(")") else None
            if unit is not None:
                return unit
            index -= 1
            continue
        # ("Amounts in GBP thousand; year = year of signature.": a short caption's first clause gives the unit.)
        clause = AMOUNTS_IN.search(caption.split(";")[0]) if len(caption.split()) <= 16 else None
        if clause and normalize_money(f"1 {clause['unit']}", table) is not None:
            return clause["unit"].strip()
        # A short line, or a table's title that closes with its unit ("Table 3: Projects approved in ... (Rs lakh)").
        # ("... are listed below (outturn in £ million, by financial year):": a sentence closing on its unit.)
        if above.kind == "row" or len(caption.split()) > (16 if caption.rstrip(":").endswith(")") else 10):
            return None
        unit = unit_of(caption, table)
        if unit is not None or len(caption.split()) > 4 or any(c.isdigit() for c in caption):
            return unit
        index -= 1
    return None


# "Loans – amounts in millions, each in its own currency": a caption that gives the scale only, for a
# table whose rows say their currency.
CAPTION_SCALE = re.compile(r"(?i)\bamounts?\s+(?:are\s+)?(?:[a-z]+\s+){0,2}in\s+(?P<scale>thousands|millions|billions)\b")  # (not "people, figures in thousands")


def _caption_scale(layout: Layout, header: Line) -> Optional[str]:
    above = next((line for line in reversed(layout.lines[max(0, header.index - 3) : header.index]) if line.kind != "blank"), None)
    match = CAPTION_SCALE.search(layout.text[above.start : above.end]) if above is not None else None
    return match.group("scale")[:-1] if match else None


def labelled_spans(doc, table: CurrencyTable, taken: set[int], make: Callable) -> list:
    """MONEY spans for the labelled numbers of doc not already inside a mention (tokens in taken)."""
    spans = []
    layout = doc._.layout
    found = list(labelled_numbers(layout, table)) + list(inline_caption_numbers(layout, table)) \
        + list(declared_numbers(layout, table, table.scales)) + list(record_numbers(layout, table))
    for start, end, unit in found:
        span = doc.char_span(start, end)
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        cap = header_qualifier(layout, start)
        if cap is not None:
            doc.user_data[(HEADER_QUALIFIER, span.start, span.end)] = cap
        if in_table_row(layout, start):
            doc.user_data.setdefault(HEADER_UNIT_STARTS, set()).add(start)
        made = make(span, unit)
        if made is not None:
            spans.append(made)
            taken.update(range(span.start, span.end))
    return spans
