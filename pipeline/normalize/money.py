"""MONEY text -> amount (Decimal), ISO 4217 currency and, for ranges, amount_max.

The currency tables (`CurrencyTable`) are built from rules/currencies.json and
pycountry by pipeline.resources and passed in, so this module stays pure.

>>> from pipeline.resources import load_rules
>>> table = load_rules().currencies
>>> normalize_money("US$ 177.8 million", table)
MoneyValue(amount=Decimal('177800000'), currency='USD', qualifier='exact', amount_max=None)
>>> normalize_money("three hundred and twenty million Japanese Yen", table).amount
Decimal('320000000')
>>> normalize_money("$1-2 million", table, qualifier="approximate").amount_max
Decimal('2000000')
>>> normalize_money("dollars", table) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Optional

from ..models import MoneyValue, decimal_text

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
FRACTION_WORDS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
MULTIPLIER_WORDS = {"hundred": 100, "thousand": 1000}


@dataclass(frozen=True)
class CurrencyTable:
    """Lookups from written forms to ISO 4217 codes (all keys as matched, see resources)."""

    signs: dict[str, str]  # exact forms: "US$", "€", "USD", "SFr"
    signs_folded: dict[str, str]  # lower-case forms that may match in any case: "usd", "c$"
    joiners: frozenset[str]  # prefixes written apart from "$": "us", "c", "hk"
    words: dict[str, str]  # "dollars" -> USD
    qualified_words: dict[str, str]  # "swiss francs" -> CHF
    scales: dict[str, Decimal]
    qualifiers: dict[str, str] = field(default_factory=dict)


# "30 MUSD", "120 MEUR": a million of the currency, as some financial tables write it.
MILLION_CODE = re.compile(r"M(?:USD|EUR|GBP|AUD|CAD|CHF|JPY)", re.IGNORECASE)
SUBUNIT_TAIL = re.compile(r"^(?:and\s+)?(?P<sub>\d{1,2}|[a-z][a-z -]*?)(?:\s+cents?)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.’' \u00a0\u202f]*\d|\d")


def parse_number(text: str, has_scale: bool = False) -> Optional[Decimal]:
    """Parse a written number with any of the usual group and decimal separators.

    >>> parse_number("1,000,000"), parse_number("2,5"), parse_number("800.000")
    (Decimal('1000000'), Decimal('2.5'), Decimal('800000'))
    >>> parse_number("12’745’887"), parse_number("11 350 000"), parse_number("3.282", has_scale=True)
    (Decimal('12745887'), Decimal('11350000'), Decimal('3.282'))
    """
    compact = re.sub(r"[’' \u00a0\u202f]", "", text)
    if not compact or not compact[0].isdigit():
        return None
    if "," in compact and "." in compact:
        decimal_mark = "," if compact.rfind(",") > compact.rfind(".") else "."
    elif compact.count(",") == 1:
        decimal_mark = "." if re.search(r",\d{3}$", compact) else ","
    elif compact.count(".") == 1:
        # "800.000" with no scale word is eight hundred thousand, as published in some tables.
        thousands = re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", compact) and not has_scale
        decimal_mark = "," if thousands else "."
    else:
        # Several dots can only be group marks (1.150.000); several commas likewise.
        decimal_mark = "," if compact.count(".") > 1 else "."
    group_mark = "," if decimal_mark == "." else "."
    compact = compact.replace(group_mark, "").replace(decimal_mark, ".")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def _parse_number_words(words: list[str]) -> Optional[Decimal]:
    total, current, seen = Decimal(0), Decimal(0), False
    for word in words:
        if word in ("and", "a", "-"):
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in FRACTION_WORDS:
            current = (current or 1) * FRACTION_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


def _split_amount(text: str, table: CurrencyTable) -> tuple[Optional[Decimal], str]:
    """One side of an amount -> (number with its scale applied, the rest of the text)."""
    tokens = re.findall(r"\d[\d,.’' \u00a0\u202f]*\d|\d|[^\W\d_]+\.?|[^\w\s]+", text)
    words = [t.lower() for t in tokens]
    number_at = next((i for i, t in enumerate(tokens) if t[0].isdigit()), None)
    scale_at = next((i for i, w in enumerate(words) if w in table.scales or w.rstrip(".") in table.scales), None)
    if number_at is not None:
        number = parse_number(tokens[number_at].strip(), has_scale=scale_at is not None)
        used = {number_at}
    else:
        spelled = [i for i, w in enumerate(words) if w in NUMBER_WORDS or w in FRACTION_WORDS or w in MULTIPLIER_WORDS or w in ("and", "a", "-")]
        # Only a leading run of number words counts: "four million dollars".
        run = []
        for i in spelled:
            if i == len(run):
                run.append(i)
        while run and words[run[-1]] in ("and", "a", "-"):
            run.pop()
        number = _parse_number_words([words[i] for i in run]) if run else None
        used = set(run)
    if number is None:
        return None, text
    if scale_at is not None and scale_at not in used:
        number *= table.scales[words[scale_at].rstrip(".")]
        used.add(scale_at)
    rest = " ".join(t for i, t in enumerate(tokens) if i not in used)
    return number, rest


def _currency(rest: str, table: CurrencyTable) -> Optional[str]:
    rest = rest.strip()
    if not rest:
        return None
    squeezed = rest.replace(" ", "")
    for form in (rest, squeezed):
        if form in table.signs:
            return table.signs[form]
    for form in (rest.lower(), squeezed.lower()):
        if form in table.signs_folded:
            return table.signs_folded[form]
    lowered = rest.lower()
    if lowered in table.qualified_words:
        return table.qualified_words[lowered]
    if lowered in table.words:
        return table.words[lowered]
    # "US dollars" and the like: an adjective the table does not know before a known word.
    last = lowered.split()[-1]
    return table.words.get(last)


def _with_subunit(text: str, table: CurrencyTable, qualifier: str) -> Optional[MoneyValue]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": the unit plus hundredths."""
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        tail = SUBUNIT_TAIL.match(" ".join(words[cut:]))
        if not tail or not (" and " in f" {text} " or text.lower().endswith(("cent", "cents"))):
            continue
        sub = tail["sub"]
        cents = parse_number(sub) if sub[0].isdigit() else _parse_number_words(sub.replace("-", " ").split())
        head = " ".join(words[:cut])
        if cents is None or cents >= 100 or head.lower().endswith((" and", " to")):
            continue
        amount, rest = _split_amount(head, table)
        currency = _currency(rest, table)
        if amount is not None and currency is not None and rest.strip():
            return MoneyValue(amount=Decimal(decimal_text(amount + cents / 100)), currency=currency, qualifier=qualifier)
    return None


def normalize_money(text: str, table: CurrencyTable, qualifier: str = "exact") -> Optional[MoneyValue]:
    """Normalize a MONEY span's text.

    text (str): the span's text without the qualifier word ("50 million yen").
    table (CurrencyTable): currency forms to ISO 4217 codes.
    qualifier (str): exact, approximate, at_least or at_most, read from the words before the span.
    RETURNS (MoneyValue | None): None when no amount or no currency is found.
    """
    text = " ".join(text.split())
    # "between $5 and $10 million" is a range like "$5-10 million".
    between = re.match(r"(?i)between\s+(.+?)\s+and\s+(.+)$", text)
    if between:
        text = f"{between.group(1)} to {between.group(2)}"
    halves = re.split(r"\s*(?:\bto\b|(?<=[\d\w])\s*[-–—]\s*(?=[\d$€£¥A-Z]))\s*", text, maxsplit=1)
    if len(halves) == 2 and re.search(r"\d", halves[0]) and re.search(r"\d", halves[1]):
        low, low_rest = _split_amount(halves[0], table)
        high, high_rest = _split_amount(halves[1], table)
        if low is None or high is None:
            return None
        currency = _currency(high_rest, table) or _currency(low_rest, table)
        # "$1-2 million", "between $5 and $10 million": a scale written once, after the second
        # number, applies to both, unless the low end would then pass the high ("$150,000 to $3 million").
        high_scales = [w for w in halves[1].lower().split() if w in table.scales]
        low_has_scale = any(w in table.scales for w in halves[0].lower().split())
        if high_scales and not low_has_scale and low * table.scales[high_scales[0]] <= high:
            low *= table.scales[high_scales[0]]
        if currency is None or high < low:
            return None
        return MoneyValue(amount=Decimal(decimal_text(low)), currency=currency, qualifier=qualifier,
                          amount_max=Decimal(decimal_text(high)))
    with_cents = _with_subunit(text, table, qualifier)
    if with_cents is not None:
        return with_cents
    amount, rest = _split_amount(text, table)
    currency = _currency(rest, table)
    if amount is None or currency is None:
        return None
    if MILLION_CODE.fullmatch(rest.strip()):
        amount *= table.scales["million"]
    return MoneyValue(amount=Decimal(decimal_text(amount)), currency=currency, qualifier=qualifier)
