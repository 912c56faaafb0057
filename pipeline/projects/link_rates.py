"""Exchange rates: "US$1 = KES 100", "S/ 3.70 por US$ 1", "K1,650 to the dollar". Both sides of a rate are money
(spec: MONEY), neither is a project's (a filter of pipeline.projects.link_filters)."""

from __future__ import annotations

from spacy.tokens import Span

from .. import span_values  # (the module: span_values imports this package in turn)
from .link_context import LinkContext

RATE_WORDS = {"=", "bought", "buys", "equals", "equalled", "equaled"}  # "US$1 = KES 100", "one dollar bought ₹61"
PER_WORDS = {"per", "por", "pour", "para", "to"}  # "S/ 3.87 per US$ 1"


def is_exchange_rate(context: LinkContext, fact: Span) -> bool:
    """"US$1 = KES 100": both sides of an exchange rate are money, neither is a project's."""
    if fact.label_ != "MONEY":
        return False
    doc = context.doc
    lower = context.lower  # (the context's lower-case forms: no Token per read)
    if fact.end < len(doc) and lower[fact.end] in RATE_WORDS:
        return True
    # "S/ 3.70 por US$ 1", "655 FCFA pour 1 euro": a price of one unit of another currency, both sides (the unit may
    # stand on the next line).
    after = fact.end + 1
    while after < len(doc) and lower[after].isspace():
        after += 1
    if after < len(doc) and lower[fact.end] in PER_WORDS and after in context.money_tokens:
        unit = next((m for m in context.spans["MONEY"] if m.start == after), None)
        value = span_values.span_value(unit) if unit is not None else None
        if value is not None and value.amount == 1:
            return True
    # "K1,650 to the dollar", "at 1,650 kwacha per dollar": a price of the one unit the words name (in lower case and
    # alone: "EUR 12 million to the Euro-Mediterranean Initiative" gives money to a name).
    if lower[fact.end : fact.end + 1] == ["per"] and _unit_word_at(context, fact.end + 1) \
            or lower[fact.end : fact.end + 1] in (["to"], ["per"]) and lower[fact.end + 1 : fact.end + 2] in (["the"], ["a"], ["one"]) \
            and _unit_word_at(context, fact.end + 2):
        return True
    before = fact.start - 1
    while before > 0 and lower[before].isspace():
        before -= 1
    if before >= 1 and lower[before] in PER_WORDS and before - 1 in context.money_tokens:
        value = span_values.span_value(fact)
        if value is not None and value.amount == 1:
            return True
    # "one dollar bought ₹61 or 700 kyat": back over the other sides to "=" or "bought".
    i = fact.start - 1
    while i >= 0 and (i in context.money_tokens or lower[i] in {"or", "and", ","}):
        i -= 1
    return i >= 0 and lower[i] in RATE_WORDS


# The currency units a rate is quoted against ("K1,650 to the dollar").
ONE_UNIT_WORDS = frozenset({"dollar", "euro", "pound", "yen", "franc", "rupee", "dólar"})


def _unit_word_at(context: LinkContext, i: int) -> bool:
    """A currency's unit word at token i, written in lower case and ending its phrase ("dollar.", not "Dollar-for-")."""
    if i >= len(context.lower) or context.lower[i] not in ONE_UNIT_WORDS:
        return False
    token = context.doc[i]
    return token.text.islower() and (i + 1 >= len(context.lower) or context.lower[i + 1] != "-")
