"""Amounts in the records of data exports: "field: value" lines (YAML, JSON, INI-like dumps).

A record writes its amount and its currency as two fields ("amount: 64000" over "currency: CHF"), or
names the currency in the field ("amount_chf: 64000", "budget_usd = 40000"). The number is the MONEY
mention (the spec: a bare number whose currency the document states); the currency field is not read
across a record's end (a blank line, a new list item, a closing brace).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from .currencies import CurrencyTable
from .layout import Layout
from .money_declared import MONEY_LABEL, NOT_AMOUNT_HEADER, VALUE_WORD

# "  amount: 64000", '"amount_usd": 71500,', "- budget = 1,200.50": one field holding a bare number.
NUMBER_FIELD = re.compile(r"""^[ \t]*(?:-[ \t]+)?["']?(?P<label>[A-Za-z][\w ]{0,30}?)["']?[ \t]*[:=][ \t]*["']?"""
                          r"""(?P<number>\d[\d,.]*\d|\d)["']?,?[ \t]*$""")
# "currency: CHF", '"currency_code": "EUR",'.
CURRENCY_FIELD = re.compile(r"""^[ \t]*(?:-[ \t]+)?["']?(?:currency|currency_code|ccy|currency code)["']?[ \t]*[:=][ \t]*"""
                            r"""["']?(?P<code>[A-Z]{3})["']?,?[ \t]*$""", re.IGNORECASE)
# A record ends at a blank line, a new list item or a brace of its own.
RECORD_END = re.compile(r"^[ \t]*(?:$|[-*][ \t]|[{}\[\]],?[ \t]*$)")
# How many lines of a record a currency field may stand from its amount.
RECORD_REACH = 12


def record_numbers(layout: Layout, table: CurrencyTable) -> Iterable[tuple[int, int, str]]:
    """(start, end, unit) of each bare amount in a record field whose currency the record gives."""
    text = layout.text
    if ":" not in text and "=" not in text:
        return
    lines = layout.lines
    for index, line in enumerate(lines):
        if line.end - line.start > 80:  # (fields are short lines; prose is not read here)
            continue
        raw = text[line.start : line.end]
        if not raw.rstrip(" \t,'\"")[-1:].isdigit():  # (a field's number ends the line: most lines are skipped here)
            continue
        field = NUMBER_FIELD.match(raw)
        # ("grant_amount", "budget_usd": the field's words as a label's; "grant_id", "grant_count" count things.)
        label = field["label"].replace("_", " ") if field else ""
        if field is None or NOT_AMOUNT_HEADER.search(label):
            continue
        code = label_code(field["label"], table)
        # ("audited_value_eur": a value is money when the field's name says its currency.)
        if not (MONEY_LABEL.search(label) or code and VALUE_WORD.search(label)):
            continue
        unit = code or _record_currency(layout, index, table)
        if unit is not None:
            yield line.start + field.start("number"), line.start + field.end("number"), unit


def label_code(label: str, table: CurrencyTable) -> Optional[str]:
    """"amount_chf", "budget USD": the code a field's name ends with."""
    last = re.split(r"[_ ]", label.strip())[-1]
    if len(last) != 3 or not last.isalpha():
        return None
    code = last.upper()
    return code if table.signs.get(code) == code else None


def _record_currency(layout: Layout, index: int, table: CurrencyTable) -> Optional[str]:
    """The code of the nearest "currency:" field of the same record, above or below the amount."""
    text, lines = layout.text, layout.lines
    for step in (1, -1):
        position = index
        for _ in range(RECORD_REACH):
            raw = text[lines[position].start : lines[position].end]
            # (Going up, the line that opens the record, "- grant_id: ...", is still the record's; going down, a line
            # that opens another record is not.)
            ends = position != index and RECORD_END.match(raw)
            if ends and step == 1:
                break
            found = CURRENCY_FIELD.match(raw)
            if found and table.signs.get(found["code"].upper()) == found["code"].upper():
                return found["code"].upper()
            if ends:
                break
            position += step
            if not 0 <= position < len(lines):
                break
    return None
