"""Which currency a form stands for in its passage: the passage's country's, the document's declared one, or the
form's default ("K" is the kina in a passage about Papua New Guinea; "$" is the US dollar unless declared).
Pure; used by pipeline.normalize.money."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..currencies import CurrencyTable

if TYPE_CHECKING:  # (the context is read, never built, here: pipeline.normalize.money defines it and imports this)
    from .money import MoneyContext


def resolve_currency(form: str, found: frozenset[str], table: CurrencyTable, context: MoneyContext) -> Optional[str]:
    """The currency a form stands for here: the passage's country's, the declared one, or the form's default.

    >>> from pipeline.resources import load_rules
    >>> from pipeline.normalize.money import NO_CONTEXT, MoneyContext
    >>> table = load_rules().currencies
    >>> resolve_currency("K", table.candidates("K"), table, MoneyContext(countries=("PG",)))
    'PGK'
    >>> resolve_currency("K", table.candidates("K"), table, NO_CONTEXT) is None
    True
    >>> resolve_currency("$", table.candidates("$"), table, MoneyContext(near=("AU",)))
    'USD'
    """
    # (The declarations are read only where they can decide: a form of one currency needs none.)
    if form in table.declared_only or form.lower() in table.declared_only:
        declared = dict(context.declared)
        code = declared.get("$")
        if code in found:
            return code
        if form == "$" and context.romance:
            # Spanish and Portuguese pages write their own peso as "$" ("$850.000 millones" in Colombia), as CLDR's
            # local symbols do; English pages keep the spec's US dollar.
            # The page's own "$" ("$7,3 billones de pesos chilenos") comes after the sentence's country.
            own = declared.get("$ local") if declared.get("$ local") in found else None
            local = _of_countries(context.near, found, table) or own or _of_countries(context.countries[:1], found, table)
            if local:
                return local
        return table.default(form)
    if len(found) == 1 and form not in table.needs_context:
        return next(iter(found))
    declared = dict(context.declared)
    if form in table.strong_defaults:
        # "£9.8 million" in a passage about Egypt is sterling; "E£" or "Egyptian pounds" name the other.
        return declared[form] if declared.get(form) in found else table.default(form)

    code = _of_countries(context.near, found, table) or (declared.get(form) if declared.get(form) in found else None) \
        or _of_countries(context.countries, found, table)
    if code:
        return code
    if form in table.needs_context:
        return None
    if len(found) == 1:
        return next(iter(found))
    return table.default(form)


def _of_countries(countries: tuple[str, ...], found: frozenset[str], table: CurrencyTable) -> Optional[str]:
    """The first of the countries' currencies among those a form may stand for."""
    for country in countries:
        for code in table.territories.get(country, ()):
            if code in found:
                return code
    return None
