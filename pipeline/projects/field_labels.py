"""Lines that read like names and are not: field labels ("Fund Project Financing ($): 2,400,000", "Grant Amount (US$
million)" heading a column, "TYPE OF FACILITY: ...") and a person with a post ("Ms A. Writer, Director, Hill Fund (DG)");
rejections of pipeline.projects.filters."""

from __future__ import annotations

import re
from typing import Optional

import pycountry

from .common_words import is_common_english
from .context import DetectionContext

ISO_CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)
# What a field label's parenthesis holds when it names the unit of its value: "($)", "(US$ million)", "(EUR '000)".
UNIT_WORDS = {"million", "millions", "m", "mn", "bn", "billion", "thousand", "thousands", "'000", "k"}
UNIT_CODE = re.compile(r"[A-Z]{1,3}\$")
LABEL_TOKENS = 5  # a field's label before its amount is short ("Non-XIB Financing" is four tokens)
# The last words of labels whose value is an amount ("... Project Financing ($):", "Grant Amount (US$ million)").
MONEY_HEADS = {"financing", "amount", "amounts", "cost", "costs", "budget", "fee", "fees", "contribution", "contributions",
               "allocation", "disbursement", "disbursements", "value", "total", "funding", "commitment", "commitments"}


def _unit(ctx: DetectionContext, k: int) -> bool:
    """A currency's sign or ISO code ("$", "US$", "EUR"), not an acronym in capitals ("(GVP)")."""
    return ctx.is_currency(k) or bool(UNIT_CODE.fullmatch(ctx.texts[k])) or ctx.texts[k] in ISO_CURRENCY_CODES


def field_label(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Fund Project Financing ($): 2,400,000", "Grant Amount (US$ million)" heading a column: a label
    followed by the unit of its value; "TYPE OF FACILITY: ...", "Type of grant": a field naming a kind."""
    first = ctx.texts[start].lower()
    if first in {"type", "types", "kind", "category"} and start + 1 < end and ctx.texts[start + 1].lower() == "of":
        return "a field naming a kind"
    # "Non-XIB Financing: $7,500,000" opening its line: a short label of a money word, its amount after the colon; the
    # words before the money word say whose money it is, a funder's acronym or common words ("Eastland Climate
    # Resilience Financing: US$ 80 million" names an operation).
    if end - start <= LABEL_TOKENS and ctx.texts[end - 1].lower() in MONEY_HEADS and end + 2 < len(ctx.doc) \
            and ctx.texts[end] == ":" and (end + 1 in ctx.money_tokens or end + 2 in ctx.money_tokens) \
            and all(ctx.spaces[k] for k in range(ctx.line_tokens(start)[0], start)) \
            and all(ctx.texts[k].isupper() or ctx.texts[k].lower() == "non" or is_common_english(ctx.texts[k])
                    for k in range(start, end - 1) if ctx.texts[k].isalpha()):
        return "a field's label before its amount"
    # (Only a money word's label: "Hill Wells Project (US$ million): 12.5" is a project's row, its unit aside.)
    if end + 2 >= len(ctx.doc) or ctx.texts[end] != "(" or ctx.texts[end - 1].lower() not in MONEY_HEADS:
        return None
    close = next((k for k in range(end + 1, min(end + 5, len(ctx.doc))) if ctx.texts[k] == ")"), None)
    if close is None or close == end + 1:
        return None
    inside = range(end + 1, close)
    if not all(_unit(ctx, k) or ctx.texts[k].lower() in UNIT_WORDS for k in inside) or not any(_unit(ctx, k) for k in inside):
        return None
    # The unit closes the label: a colon or a cell's bar follows, or the line or cell ends after a sign or a scale
    # ("Grant Amount (US$ million)"). A lone code in parentheses is an acronym as often ("the Lake Facility (CHF), a
    # pooled fund", "Model Villages for Eastland (MVR)" ending its line).
    after = ctx.texts[close + 1] if close + 1 < len(ctx.doc) else "\n"
    lone_code = close == end + 2 and ctx.texts[end + 1] in ISO_CURRENCY_CODES
    if after in {":", "|"} or (not lone_code and (close + 1 == len(ctx.doc) or ctx.spaces[close + 1])):
        return "a field's label with its unit"
    return None


# Titles before a person's name, in the languages of the pages read.
HONORIFICS = {"mr", "ms", "mrs", "dr", "prof", "h.e", "mme", "mlle", "sr", "sra", "dra", "hon"}


def after_an_honorific(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Dr Aled Probert (Carn Ddu) (PC):", a member and their seat and party: a name after a person's title (and a given
    name or an initial) is a person's."""
    k = start - 1
    if k >= 1 and ctx.texts[k] == ".":
        k -= 1  # "Ms R. Okafor"
    if k >= 1 and ctx.texts[k][:1].isupper() and ctx.texts[k].lower().rstrip(".") not in HONORIFICS:
        k -= 1  # the given name
    return "a person's name" if k >= 0 and ctx.texts[k].lower().rstrip(".") in HONORIFICS else None


def person_named(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Ms L. Okoro, Director General, Hill Fund (DG)": a person's title, name and post, not a project."""
    first = ctx.texts[start].lower().rstrip(".")
    name = start + 1 + (start + 1 < end and ctx.texts[start + 1] == ".")
    if first in HONORIFICS and name < end and ctx.texts[name][:1].isupper():
        return "a person and their post"
    return None
