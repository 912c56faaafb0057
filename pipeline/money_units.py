"""What unit a label, column header or caption names: "Amount (US$ million)", "(Rs. in million)", "budget_usd",
"EUR equivalent (millions)", "(cash basis, EUR thousands)". The money normalizer reads the unit, so any currency form
and scale it knows counts; pipeline.money_labels gives it to the bare numbers under it.
"""

from __future__ import annotations

import re
from typing import Optional

from .currencies import CurrencyTable
from .money_declared import MONEY_LABEL, NOT_AMOUNT_HEADER, VALUE_WORD, reads_as_unit
from .money_records import label_code
from .table_columns import FOOTNOTE_AFTER

# "(US$)", "(in EUR million)", "(USD thousands)": a unit in parentheses at the end of a label or header.
# A caveat after a comma ("(EUR million, constant prices)", "(en miles de euros, a junio de 2031)") and a footnote
# mark after it ("[1]") leave the unit before the comma.
# ("(signed grants in EUR)": up to three words may say what the amounts are before "in".)
UNIT_IN_PARENTHESES = re.compile(r"\((?:(?:[^\W\d]+\s+){0,3}(?:in|en|em)\s+)?(?P<unit>[^()\d,;]{1,40})(?:[,;][^()]{0,40})?\)"
                                 r"\s*(?:\[\w{1,3}\])?\s*:?\s*$", re.IGNORECASE)
# A caption that is only a unit, or ends with one: "EUR million", "Figures in US$ thousands".
UNIT_CAPTION = re.compile(r"(?:^|\b(?:(?:amounts?|figures)\s+in|in|figures|amounts)\s+)(?P<unit>[^\s()\d:|][^()\d:|.]{0,22}(?<=\S))\s*[:.]?\s*$",
                          re.IGNORECASE)
# "Approved budget NOK", "Total cost, EUR": a money word, then the code its value is in, ending the label.
CODE_AFTER_MONEY_WORD = re.compile(r"(?i:amount|budget|cost|value|contribution|commitment)s?\s*,?\s+(?P<unit>[A-Z]{3})\s*:?\s*$")
# "NOK allocation", "USD amount": a table column headed by the code, then the money word its values are.
CODE_BEFORE_MONEY_WORD = re.compile(r"^\s*(?P<unit>[A-Z]{3})\s+(?i:amount|budget|cost|value|contribution|commitment|funding"
                                    r"|financing|allocation)s?\s*:?\s*$")
# "millions of $": a scale before the sign it counts.
SCALE_OF_SIGN = re.compile(r"(?P<scale>[^\W\d]+)\s+(?:of|de)\s+(?P<sign>\S{1,3})", re.IGNORECASE)
# "EUR equivalent (millions)" (read without "equivalent"): a sign, then its scale in parentheses.
# ("EUR eq. (m)", "KZT equivalent, mln": short scales, in parentheses or after a comma at the header's end.)
SIGN_BEFORE_SCALE = re.compile(r"(?<!\S)(?P<sign>[A-Z]{0,3}[$€£¥₹]|[A-Z]{3})(?:\s+\((?i:in\s+)?(?P<scale>(?i:thousands?|millions?|billions?|mln|mn|m|bn))\)"
                               r"|\s*,\s*(?P<trailing>(?i:thousands?|millions?|billions?|mln|mn|bn))\s*$)")
# "(€ in millions)", "(CAD in thousands)": budget tables' sign, then its scale.
# ("(All amounts ₹ in crore)", "(₹ in lakh)": South Asian tables' scales, singular or plural.)
# ("(Rs. in million)", "(Tk in crore)": a sign written in letters, and the scale singular.)
SIGN_IN_SCALE = re.compile(r"\((?:(?i:all\s+)?(?i:amounts|figures)\s+)?(?P<sign>[^\s\w()]{1,3}|[A-Z]{1,3}[$€£¥₹]?|[A-Z][a-z]{1,2}\.?)\s+"
                           r"(?i:in)\s+(?P<scale>(?i:thousands?|millions?|billions?|crores?|lakhs?))\)")
# Headers over counts of people and things, in the languages of the pages ("Familias", "Ménages", "Beneficiários"); a
# Romance "Projets" alone (not "Montant des projets").
COUNT_WORDS = re.compile(r"(?i)^\s*(?:proyectos|projets|projetos)\s*$|\b(?:count|headcount|projects|people|persons|households|beneficiaries"
                         r"|famil(?:ies|ias|les)|famílias|hogares|ménages|domicílios|personas|personnes|pessoas"
                         r"|b[ée]n[ée]ficia(?:ri|ir)\w*|beneficiári\w*|número|nombre)\b")  # ("number" is NOT_AMOUNT_HEADER's)
LAST_PART_UNIT = re.compile(r"\([^()]*[,;]\s*(?P<unit>[^()\d,;]{1,24})\)\s*(?:\[\w{1,3}\])?\s*:?\s*$")
# "(Unit: 100 million yen)", "(EUR 1,000)": a caption's unit with a multiplier in figures, read as its scale word.
UNIT_LABEL = re.compile(r"\((?:units?|unidad|unité)\s*:\s*", re.IGNORECASE)
MULTIPLIER = re.compile(r"(?<=[(\s])(?:1[,.]000|1000|100)(?=[\s)])")
MULTIPLIER_WORDS = {"1000": "thousand", "100": "hundred"}
# "(EUR million, unless otherwise indicated)": the caveat says nothing of the unit.
CAVEAT = re.compile(r"(?i),?\s*unless\s+(?:otherwise\s+)?(?:stated|indicated|noted|specified|shown)(?:\s+otherwise)?")
# "(EUR '000)": thousands, as budget tables write them; "($000)", "are in NZ$000.": the zeros glued to a sign.
THOUSANDS_MARK = re.compile(r"(?:\s*['’‘]|(?<=[$€£¥₹]))000(?=\s*\)?\s*[:.]?\s*$)")
# "(en miles de euros)", "(em milhares de ECV)": a count of thousands, "de" and the unit, to the caption's end.
THOUSAND_NOUN_OF = re.compile(r"\b(?P<noun>[^\W\d]+)\s+(?:de|di|of|d['’])\s*(?P<unit>[^()\d,;:|]{1,30}?)(?=\s*(?:[),;:|]|$))")
SCALE_AFTER_COMMA = re.compile(r"\s*,\s*(?P<scale>thousands?|millions?|billions?)\s*\)", re.IGNORECASE)
# "US$ equivalent", "EUR eq.": the unit of a column of converted amounts.
EQUIVALENT = re.compile(r"\s+(?:equivalents?\b|equiv\.|eq\.)", re.IGNORECASE)
# "Rs. Mn", "Gs. millones": the full stop of a sign abbreviated in letters, before its scale.
DOTTED_SIGN = re.compile(r"\b([A-Z][a-z]{1,2})\.\s+(?=([^\W\d_]+))")
# An export's field name: lower-case words joined by underscores ("budget_usd", "start_date").
FIELD_NAME = re.compile(r"[a-z]+(?:_[a-z]+)+")


def unit_of(text: str, table: CurrencyTable) -> Optional[str]:
    """The unit a label or header names ("US$", "EUR million"), if the money normalizer reads it as one.

    >>> from pipeline.resources import load_rules
    >>> unit_of("Amount (US$ million)", load_rules().currencies), unit_of("Beneficiaries (people)", load_rules().currencies)
    ('US$ million', None)
    """
    # Kept per text and table within one document's reading (labelled_numbers starts it afresh): every row of
    # a table asks again about its header and caption (a pure reading).
    key = (text, id(table))
    kept = _UNITS.get(key)
    if kept is not None and kept[0] is table:
        return kept[1]
    if len(_UNITS) >= MAX_UNITS:
        _UNITS.clear()  # (a document of thousands of labels: start again rather than grow)
    unit = _read_unit(text, table)
    if unit is not None and unit.strip().lower() in table.weak_words:
        unit = None  # ("Sum", "Real", "Mark" heading a column: a word, not the som, the real or the mark)
    _UNITS[key] = (table, unit)  # (the table is held, so its id names no other table while kept)
    return unit


_UNITS: dict[tuple[str, int], tuple[CurrencyTable, Optional[str]]] = {}
MAX_UNITS = 4096


def forget_units() -> None:
    """Start a document's reading afresh (unit_of keeps the units it read per text and table)."""
    _UNITS.clear()


def _read_unit(text: str, table: CurrencyTable) -> Optional[str]:
    if FIELD_NAME.fullmatch(text.strip()):
        # "budget_usd", "amount_eur" heading an export's column: a money field that names its code.
        # ("audited_value_eur": a field's value in a code is money too.)
        label = text.strip().replace("_", " ")
        money = MONEY_LABEL.search(label) or VALUE_WORD.search(label)
        return label_code(text, table) if money and not NOT_AMOUNT_HEADER.search(label) else None
    text = FOOTNOTE_AFTER.sub("", text.rstrip())
    if "." in text:  # "Rs. Mn", "Gs. millones": an abbreviated sign's stop, before its scale
        text = DOTTED_SIGN.sub(lambda m: m[1] + " " if m[2].lower() in table.scales else m[0], text)
    text = EQUIVALENT.sub("", THOUSANDS_MARK.sub(" thousand", CAVEAT.sub("", text)))
    if table.thousand_nouns:
        text = THOUSAND_NOUN_OF.sub(lambda m: _in_thousands(m, table), text)
    text = SIGN_IN_SCALE.sub(r"(\g<sign> \g<scale>)", text)
    text = SIGN_BEFORE_SCALE.sub(lambda m: f"({m['sign']} {m['scale'] or m['trailing']})", text)
    text = MULTIPLIER.sub(lambda m: MULTIPLIER_WORDS[m.group(0).replace(",", "").replace(".", "")], UNIT_LABEL.sub("(", text))
    match = UNIT_IN_PARENTHESES.search(text) or CODE_AFTER_MONEY_WORD.search(text) or CODE_BEFORE_MONEY_WORD.match(text) \
        or UNIT_CAPTION.search(text)
    if not match:
        # "(cash basis, EUR thousands)": the unit after the parenthesis' last comma.
        return _last_part_unit(text, table)
    unit = match.group("unit").strip()
    reads = reads_as_unit(unit, table)
    scale_first = SCALE_OF_SIGN.match(unit) if not reads else None
    if scale_first:  # "(in millions of $)": a sign reads only before its scale
        unit = f"{scale_first['sign']} {scale_first['scale']}"
        reads = reads_as_unit(unit, table)
    if not reads and match.re is UNIT_IN_PARENTHESES:
        unit = _last_part_unit(text, table)
        return unit
    # "(US$, Millions)": the scale after the comma.
    scale = SCALE_AFTER_COMMA.match(text, match.end("unit")) if match.re is UNIT_IN_PARENTHESES else None
    if reads and scale and reads_as_unit(f"{unit} {scale['scale']}", table):
        unit = f"{unit} {scale['scale'].lower()}"
    return unit if reads else None


def _in_thousands(match: re.Match, table: CurrencyTable) -> str:
    """"miles de euros" -> "euros thousand", "milhares de ECV" -> "ECV thousand": the unit, then its scale, as the money
    normalizer reads a column's unit (a scale word away from the number leaves the number to the page's own
    convention: "3.400" three thousand four hundred on a page of decimal commas, "12,450" on one of decimal points); any
    other noun before "de" is left as written."""
    if match["noun"].lower() not in table.thousand_nouns:
        return match[0]
    return f"{match['unit'].strip()} thousand"


def _last_part_unit(text: str, table: CurrencyTable) -> Optional[str]:
    """"(cash basis, EUR thousands)": the unit after a parenthesis' last comma, unless the parts before it
    count things ("(number of projects, US$ million)" does not say which column is which)."""
    last = LAST_PART_UNIT.search(text)
    inside = text[text.rfind("(", 0, last.start("unit")) + 1 : last.start("unit")] if last else ""
    if last is None or NOT_AMOUNT_HEADER.search(inside) or COUNT_WORDS.search(inside):
        return None
    unit = last.group("unit").strip()
    return unit if reads_as_unit(unit, table) else None
