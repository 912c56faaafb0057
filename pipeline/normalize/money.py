"""MONEY text -> amount (Decimal), ISO 4217 currency and, for ranges, amount_max.

The currency table (pipeline.currencies.CurrencyTable, from pycountry, CLDR and
rules/currencies.json) and the passage's context (MoneyContext) are passed in, so this
module stays pure. Written numbers are read by pipeline.normalize.written_numbers.

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
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..currencies import CurrencyTable
from ..models import MoneyValue, decimal_text
from .cifrao import escudos_in_words
from .currency_choice import resolve_currency
from .glued_scales import split_glued_scale
from .written_numbers import (  # noqa: F401 - the word sets are imported from here too
    FRACTION_WORDS, LINKING_WORDS, NUMBER_WORDS, POINT_WORD, is_number, parse_number, parse_number_words,
)



@dataclass(frozen=True)
class MoneyContext:
    """What the text around an amount says about it (set by the MONEY component).

    near: ISO 3166 alpha-2 codes of the countries in the amount's sentence, nearest first.
    countries: those of its section (nearest first), then of the document (most mentioned first).
    declared: (form, code) pairs the document declares ("$" for "all figures in Australian dollars").
    decimal_comma: the document writes decimal commas before scales ("$36,5-million"), so "1,742-billion" is 1.742.
    rate: the amount is one side of an exchange rate, where "655.957" is a decimal.
    romance: the document writes numbers the French, Spanish and Portuguese way (decimal commas,
        "millones", "milliards"), so "85.000 millones" is 85 000 million and "2,1 millones" 2.1 million.
    decimal_points: its figures show decimal points all the same ("L 48.5 millones"): a comma groups thousands.
    year: the year of the date nearest the amount in its sentence (before a currency's reform, the amount is in the
        former currency).
    """

    near: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    declared: tuple[tuple[str, str], ...] = ()
    decimal_comma: bool = False
    rate: bool = False
    romance: bool = False
    decimal_points: bool = False
    year: Optional[int] = None  # the year of the date nearest the amount in its sentence ("in 2009 ... K 4 billion")


NO_CONTEXT = MoneyContext()
# "41 millions de dollars US", as French writes the US dollar: the dollar word alone says USD.
DOLLARS_US = re.compile(r"(?:(?<=[Dd]ollar)|(?<=[Dd]ollars))\s+US$")
# "Shs 1,000,000/=", "Sh 410bn/-", "CHF 25.-": the mark that closes a whole amount says nothing of its value.
CLOSING_MARK = re.compile(r"(?<=[\dA-Za-z])(?:/=|/-|[.,]-)$")
# The form a bare amount closed by "/-" or "/=" is resolved as (no default: only the passage's country says which).
CLOSED_AMOUNT = "/-"
# A word broken across a line ("mil-\nlion") and a hyphen between a number and its scale ("$1-billion").
LINE_BREAK_HYPHEN = re.compile(r"([^\W\d_])-[ \t]*\r?\n\s*([^\W\d_])")
NUMBER_HYPHEN = re.compile(r"(?<=\d)\s*[-\u2010\u2011](?=[^\W\d_])")
NUMBER_HYPHENS = ("-", "\u2010", "\u2011")


# "15 dollars 50", "17 USD 25", "thirteen dollars forty five": hundredths right after the unit, no "and", no "cents".
BARE_SUBUNIT = re.compile(r"^(?:\d{2}|[a-z]+(?:[ -][a-z]+)?)$")
SUBUNIT_TAIL = re.compile(r"^(?:and\s+)?(?P<sub>\d{1,2}|[a-z][a-z -]*?)(?:\s+cents?)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.’' \u00a0\u202f\u2009]*\d|\d")


# The patterns normalize_money and _split_amount run on every candidate, compiled once (re's own cache costs a
# lookup per call).
AMOUNT_TOKEN = re.compile(r"\d{0,3}[¼½¾⅓⅔⅛⅜⅝⅞]|\d[\d,.’' \u00a0\u202f\u2009]*\d|\d|[^\W\d_]+\.?|[^\w\s]+")
SPACED_HYPHEN = re.compile(r"\s*-\s*")
WORD = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d")
CODE_NAME = re.compile(r"[A-Z]{2,4}\d{1,2}")
CLOSED_BY_MARK = re.compile(r"/[-=]$")
ELIDED_DE = re.compile(r"(?i)\bd['’](?=[^\W\d_])")
LINKING_WORD = re.compile(r"(?i)(?<=[^\W\d_])\s+(?:de|of)\s+(?=[^\W\d_$€£¥])")
FRACTION_OF = re.compile(r"(?i)\b(half|quarters?)\s+of\s+(?=(?:a|one)\s)")
# Scale words only English writes (French writes "millions", "milliards"): a comma group before one groups thousands.
ENGLISH_SCALES = frozenset({"million", "billion", "thousand", "trillion", "mn", "bn"})
YEAR = re.compile(r"(?:19|20)\d\d\b")
BETWEEN = re.compile(r"(?i)(?:(?:between|entre)\s+(.+?)\s+(?:and|et|e|y)|from\s+(.+?)\s+to)\s+(.+)$")
RANGE_JOINER = re.compile(r"\s*(?:\bto\b|(?<=[\d\w])\s+(?:à|a)\s+(?=[\d$€£¥A-Z])|(?<=[\d\w])\s*[-–—]\s*(?=[\d$€£¥A-Z]))\s*")
RANGE_JOINERS = ("to", "a", "à", "-", "–", "—")  # (what a RANGE_JOINER match holds, one of them at least)
WORD_JOINER = re.compile(r"(?i)\s(?:to|à|a)\s")  # (the joiners a range in words may have: no hyphen)
WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]")  # (a space or a hyphen between number words: "fifty-five")
SCALE_BEFORE_NUMBER = re.compile(r"^(?P<sign>\D+?)\s+(?P<scale>[Mm]n|MN|[Bb]n|BN|[Mm]ln|[Mm]io)\.?\s+(?P<number>\d[\d,.]*)$")
GLUED_SCALE = re.compile(r"\d(?:bn|m|k|mn|b)\b")
SCALED_SIGN = re.compile(r"\d\s*(k|M|Md|Mds|bn)\s?[€$£¥]")


def _split_amount(text: str, table: CurrencyTable, context: MoneyContext = NO_CONTEXT) -> tuple[Optional[Decimal], str]:
    """One side of an amount -> (number with its scale applied, the rest of the text).

    Compounds add up: "189 billion 360 million", "two billion four hundred and thirty million".
    """
    tokens = AMOUNT_TOKEN.findall(text)
    tokens, compound_scales = _join_scale_prefixes(tokens, table)
    if context.romance:
        # "R$ 500 mil": alone, the prefix is a thousand in Spanish and Portuguese (in English, slang for a million).
        compound_scales.update({w: v for w, v in table.scale_prefixes.items() if w in (t.lower() for t in tokens)})
    words = [t.lower() for t in tokens]

    def scale_of(i: int) -> Optional[Decimal]:
        if i >= len(words):
            return None
        return compound_scales.get(words[i]) or table.scales.get(words[i]) or table.scales.get(words[i].rstrip("."))

    number_at = next((i for i, t in enumerate(tokens) if is_number(t)), None)
    used: set[int] = set()
    if number_at is not None:
        number, i, previous_scale = Decimal(0), number_at, None
        while i < len(tokens) and is_number(tokens[i]):
            scale = scale_of(i + 1)
            # Only a smaller scale continues a compound: "189 billion 360 million".
            if i > number_at and (scale is None or previous_scale is None or scale >= previous_scale):
                break
            # ("USD 4,500 million" on a page that also writes "milliards": an English scale word after a comma
            # group keeps the English reading.)
            english_scale = i + 1 < len(words) and words[i + 1] in ENGLISH_SCALES
            part = parse_number(tokens[i].strip(), has_scale=scale is not None or any(
                scale_of(j) for j in range(i + 1, len(tokens))), decimal_comma=context.decimal_comma, rate=context.rate,
                romance=context.romance and not english_scale and not context.decimal_points)
            if part is None:
                return None, text
            used.add(i)
            step = 1
            if scale is not None:
                part *= scale
                used.add(i + 1)
                step = 2
                # "1.2 lakh crore", "5 thousand million": a larger scale right after multiplies (Indian and British usage).
                larger = scale_of(i + 2)
                if larger is not None and larger > scale:
                    part *= larger
                    used.add(i + 2)
                    scale, step = scale * larger, 3
            number += part
            previous_scale = scale
            i += step
            if scale is None:
                break
        if len(used) == 1:
            # "$ 5 million" with the scale apart from the number: the first scale after it.
            later = next((j for j in range(number_at + 1, len(tokens)) if scale_of(j)), None)
            if later is not None:
                number *= scale_of(later)
                used.add(later)
    elif words and words[0] in compound_scales:
        # "mil millones de pesos": the prefix is the number itself (a thousand million).
        number, used = compound_scales[words[0]], {0}
    else:
        run: list[int] = []
        # "EUR five million": a sign may come before the worded number.
        lead = next((k for k in (2, 1) if len(words) > k and not NUMBER_WORDS.intersection(words[:k])
                     and table.candidates("".join(tokens[:k]))), 0)
        for i, w in enumerate(words[lead:], start=lead):
            if i != lead + len(run) or not (w in NUMBER_WORDS or w in FRACTION_WORDS or w in LINKING_WORDS
                                            or w == POINT_WORD):
                break
            run.append(i)
        while run and words[run[-1]] in LINKING_WORDS:
            run.pop()
        number = parse_number_words([words[i] for i in run]) if run else None
        used = set(run)
        if number is not None and run and scale_of(run[-1] + 1):
            number *= scale_of(run[-1] + 1)
            used.add(run[-1] + 1)
    if number is None:
        return None, text
    # Hyphens rejoin their words ("Bosnia-Herzegovina marks"); one left at an edge linked the amount ("million-dollar").
    rest = SPACED_HYPHEN.sub("-", " ".join(t for i, t in enumerate(tokens) if i not in used)).strip("- ")
    return number, rest


def _join_scale_prefixes(tokens: list[str], table: CurrencyTable) -> tuple[list[str], dict[str, Decimal]]:
    """"mil millones" -> one scale token worth 10^9 (the prefix multiplies the scale after it)."""
    joined: list[str] = []
    values: dict[str, Decimal] = {}
    for token in tokens:
        scale = table.scales.get(token.lower())
        if scale is not None and joined and joined[-1].lower() in table.scale_prefixes:
            prefix = joined.pop()
            token = f"{prefix} {token}"
            values[token.lower()] = table.scale_prefixes[prefix.lower()] * scale
        joined.append(token)
    return joined, values


def _currency(rest: str, table: CurrencyTable, context: MoneyContext = NO_CONTEXT) -> Optional[str]:
    rest = rest.strip()
    if not rest:
        return None
    squeezed = rest.replace(" ", "")
    # "KSh. 1.2 billion": a letter symbol with an abbreviation's full stop (not a code ending a sentence: "in USD. 5").
    undotted = rest.rstrip(".") if not rest.isupper() else rest
    for form in (rest, squeezed, rest.lower(), squeezed.lower(), undotted):
        found = table.candidates(form)
        if found:
            return resolve_currency(form, found, table, context)
    # "$10 dollars", "US$ 5 million dollars": a sign and a unit word written for the same currency, both.
    parts = rest.split()
    # The sign may have been cut ("C $ dollars"); the word may be a name ("$ Canadian dollars").
    for sign, word in (("".join(parts[:-1]), parts[-1]), (parts[0], " ".join(parts[1:]))):
        both = table.candidates(sign) & table.candidates(word) if sign and word else frozenset()
        if both:
            # The word picks among the sign's currencies ("$500 pesos" in a passage about Chile); else the sign does.
            for form in (word, sign):
                code = resolve_currency(form, both, table, context)
                if code in both:
                    return code
            return next(iter(both)) if len(both) == 1 else None
    # "US dollars", "Kenya shillings": capitalized words the table does not know before a known unit word.
    *before, last = rest.split()
    if not all(word[:1].isupper() for word in before):
        return None
    found = table.candidates(last.lower())
    return resolve_currency(last.lower(), found, table, context) if found else None


# Thousands grouped the way amounts are written: "1,250,000", "12 500", "3.200".
GROUPED = re.compile(r"\d[,.’' \u00a0\u202f]\d{3}(?!\d)")


def unmistakable(text: str, table: CurrencyTable) -> bool:
    """An amount no label, goal or ranking is written like: grouped thousands or a scale ("1,250,000", "3.2bn")."""
    return bool(GROUPED.search(text)) or any(w.lower() in table.scales for w in WORD.findall(text))


def _word_code(rest: str, currency: Optional[str], text: str, table: CurrencyTable) -> Optional[str]:
    """"SDG 1,250,000", "PEN 3.2bn": a code that is also a word counts beside an amount no label is written like."""
    form = rest.strip()
    if form in table.word_codes and (currency is None or form in table.needs_amount):
        return table.signs.get(form, form) if unmistakable(text, table) else None
    return currency


def _after_scale(text: str, at: int, table: CurrencyTable) -> bool:
    words = text[:at].split()
    return bool(words) and words[-1].lower() in table.scales


def _with_subunit(text: str, table: CurrencyTable, qualifier: str, context: MoneyContext) -> Optional[MoneyValue]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": the unit plus hundredths."""
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        tail = SUBUNIT_TAIL.match(" ".join(words[cut:]))
        bare = bool(BARE_SUBUNIT.match(" ".join(words[cut:]))) and words[cut - 1].lower() not in table.scales
        if not tail or not (" and " in f" {text} " or text.lower().endswith(("cent", "cents")) or bare):
            continue
        sub = tail["sub"]
        cents = parse_number(sub) if sub[0].isdigit() else parse_number_words(sub.replace("-", " ").split())
        head = " ".join(words[:cut])
        if cents is None or cents >= 100 or head.lower().endswith((" and", " to")):
            continue
        amount, rest = _split_amount(head, table, context)
        currency = _currency(rest, table, context)
        if amount is not None and currency is not None and rest.strip():
            return MoneyValue(amount=Decimal(decimal_text(amount + cents / 100)), currency=currency, qualifier=qualifier)
    return None


def in_its_time(value: Optional[MoneyValue], text: str, table: CurrencyTable,
                context: MoneyContext) -> Optional[MoneyValue]:
    """"K 4 billion" in a sentence dated 2009 in Zambia: kwacha before the 2013 rebasing are ZMK, the currency then
    (spec: a former currency keeps its ISO code). The date nearest the amount in its sentence dates it, unless the
    text says "old kwacha"; a code written out ("ZMW 4 million") says which currency it is."""
    replaced = table.predecessors.get(value.currency) if value is not None else None
    if replaced is None or re.search(rf"\b{value.currency}\b", text):
        return value
    former, since = replaced
    # "84 billion old leones": the text names the former currency itself.
    if OLD_UNIT.search(text) or context.year is not None and context.year < since:
        return value.model_copy(update={"currency": former})
    return value


OLD_UNIT = re.compile(r"\bold\s+[^\W\d]", re.IGNORECASE)
OLD_BEFORE_UNIT = re.compile(r"\s+old\s+(?=[^\W\d])", re.IGNORECASE)


def normalize_money(text: str, table: CurrencyTable, qualifier: str = "exact",
                    context: MoneyContext = NO_CONTEXT) -> Optional[MoneyValue]:
    """Normalize a MONEY span's text.

    text (str): the span's text without the qualifier word ("50 million yen").
    table (CurrencyTable): currency forms to ISO 4217 codes.
    qualifier (str): exact, approximate, at_least or at_most, read from the words before the span.
    context (MoneyContext): the passage's countries and the document's conventions, for shared forms.
    RETURNS (MoneyValue | None): None when no amount or no currency is found.
    """
    # "COP26", "G20": a code glued to a small number is a name, not an amount.
    if CODE_NAME.fullmatch(text.strip()):
        return None
    if "$" in text:
        text = escudos_in_words(text)
    # "17,850,000,000/-": the mark alone says shillings (East Africa) or rupees (South Asia), of the passage's country.
    closed = bool(CLOSED_BY_MARK.search(text.strip()))
    # (Each rewrite runs only when the text holds a character or word its pattern needs: most amounts hold none,
    # and str's search costs less than the regex's. The words read case-insensitively have no letter that
    # IGNORECASE matches outside ASCII, so the lower-cased text holds them wherever the pattern finds them.)
    if "-" in text or "=" in text:
        text = CLOSING_MARK.sub("", text)
    if "US" in text:
        text = DOLLARS_US.sub("", text)
    text = LINE_BREAK_HYPHEN.sub(r"\1\2", text) if "\n" in text else text
    if any(hyphen in text for hyphen in NUMBER_HYPHENS):
        text = NUMBER_HYPHEN.sub(" ", text)
    # "14 millions d'euros", "36 milliards de F CFA", "5 million of dollars": the linking word goes.
    if "'" in text or "’" in text:
        text = ELIDED_DE.sub("", text)
    lowered = text.lower()
    if "old" in lowered:  # "84 billion old leones": read as leones (in_its_time gives the former code)
        text = OLD_BEFORE_UNIT.sub(" ", text)
    if "de" in lowered or "of" in lowered:
        text = LINKING_WORD.sub(lambda m: " " if _after_scale(text, m.start(), table) else m.group(0), text)
    text = split_glued_scale(" ".join(text.split()), table)
    # "Rs. Mn 4,210.8", "USD mn 12.5": a ledger's scale between the sign and the number, read after the number.
    if text[-1:].isdigit() and (scale_first := SCALE_BEFORE_NUMBER.match(text)):
        text = f"{scale_first['sign']} {scale_first['number']} {scale_first['scale']}"
    # "a quarter of a million pounds", "half of one million": the fraction of the scale.
    lowered = text.lower()
    if "half" in lowered or "quarter" in lowered:
        text = FRACTION_OF.sub(r"\1 ", text)
    # "between $5 and $10 million", "from €5,000 to €20,000", "entre 5 et 25 millions d'euros" are ranges like "$5-10 million".
    between = BETWEEN.match(text) if text[:1] in ("b", "B", "f", "F", "e", "E") else None
    if between:
        low_text = between.group(1) or between.group(2)
        # ("Entre 2015 e 2020 dólares foram transferidos": two bare years are a period, the amount is the second's.)
        if YEAR.fullmatch(low_text.strip()) and YEAR.match(between.group(3).strip()) \
                and not any(word in table.scales for word in between.group(3).lower().split()):
            return None
        text = f"{low_text} to {between.group(3)}"
    # "5 à 25 millions", "de 5 a 25 millones": French, Spanish and Portuguese write "to" so, between numbers.
    halves = RANGE_JOINER.split(text, maxsplit=1) if any(joiner in text for joiner in RANGE_JOINERS) else [text]
    if len(halves) == 2 and _opens_a_number(halves[0], text) and _opens_a_number(halves[1], text):
        low, low_rest = _split_amount(halves[0], table, context)
        high, high_rest = _split_amount(halves[1], table, context)
        if low is None or high is None:
            return None
        currency = _word_code(high_rest, _currency(high_rest, table, context), text, table) \
            or _word_code(low_rest, _currency(low_rest, table, context), text, table)
        # "$1-2 million", "between $5 and $10 million": a scale written once, after the second
        # number, applies to both, unless the low end would then pass the high ("$150,000 to $3 million").
        high_scales = [w for w in halves[1].lower().split() if w in table.scales]
        glued = SCALED_SIGN.search(halves[1])  # "2 – 30 M€": the scale glued to the sign
        if not high_scales and glued and glued.group(1).lower() in table.scales:
            high_scales = [glued.group(1).lower()]
        joined = GLUED_SCALE.search(halves[1].lower()) if not high_scales else None  # "$5–50m", "€2–3bn"
        if joined and joined.group(0)[1:] in table.scales:
            high_scales = [joined.group(0)[1:]]
        # ("K 4-6 billion": a capital "K" before the number is the kwacha's or kina's sign, not thousands.)
        low_has_scale = any(w.lower() in table.scales and not (w.isupper() and table.candidates(w))
                            for w in halves[0].split()) or GLUED_SCALE.search(halves[0].lower())
        if high_scales and not low_has_scale and low * table.scales[high_scales[0]] <= high:
            low *= table.scales[high_scales[0]]
        if currency is None or high < low:
            return None
        return MoneyValue(amount=Decimal(decimal_text(low)), currency=currency, qualifier=qualifier,
                          amount_max=Decimal(decimal_text(high)))
    with_cents = _with_subunit(text, table, qualifier, context)
    if with_cents is not None:
        return with_cents
    amount, rest = _split_amount(text, table, context)
    currency = _word_code(rest, _currency(rest, table, context), text, table)
    if rest.strip() in table.signs_need_amount and not any(w.lower() in table.scales for w in WORD.findall(text)):
        return None  # "Project ID 4521", "ID 12,000 numbers" in a passage about Iraq: only a scale makes it money
    if closed and not rest.strip():
        currency = resolve_currency(CLOSED_AMOUNT, table.candidates("Sh") | table.candidates("Rs"), table, context)
    if amount is None or currency is None:
        return None
    million = _million_form(rest.strip(), table)
    if million == "local sign" and not context.romance:
        return None  # ("12 MDA staff", "over 3 MDT sessions": acronyms on an English page)
    if million:
        amount *= table.scales["million"]
    # "185 mil contos": a counting word worth a thousand of the unit.
    amount *= next((table.unit_multiples[w] for w in WORD.findall(rest.lower()) if w in table.unit_multiples), 1)
    return MoneyValue(amount=Decimal(decimal_text(amount)), currency=currency, qualifier=qualifier)


def _opens_a_number(half: str, text: str) -> bool:
    """A side of a range holds a number: in figures, or in words joined by a spaced word ("forty to fifty-five
    million euros"; a hyphen inside words joins a number's parts, "Twenty-Five Million Dollars")."""
    if DIGIT.search(half):
        return True
    first_word = WORD_BREAK.split(half.strip(), maxsplit=1)[0].lower()
    return first_word in NUMBER_WORDS and bool(WORD_JOINER.search(text))


def _million_form(form: str, table: CurrencyTable) -> Optional[str]:
    """"code": "30 MUSD", "4,7 MSEK", M and a code the table folds (the codes written in any case), a million of it;
    "local sign": "318 MDT", "27 MFCFA", M and a local sign of capitals, as French pages write millions of it."""
    if len(form) == 4 and form[:1] in "Mm" and table.signs_folded.get(form.lower()) == form[1:].upper():
        return "code"
    if len(form) >= 3 and form[:1] == "M" and form[1:].isupper() and form[1:] in table.signs \
            and table.signs.get(form) == table.signs[form[1:]]:
        return "local sign"
    return None
