"""COUNTRY text -> ISO 3166-1 alpha-2 code and whether the text is a name or a demonym.

>>> table = {"Viet Nam": ("VN", "name"), "Japanese": ("JP", "demonym")}
>>> normalize_country("Viet Nam", table)
CountryValue(iso2='VN', form='name')
>>> normalize_country("JAPANESE", table)
CountryValue(iso2='JP', form='demonym')
>>> normalize_country("Tokyo", table) is None
True
"""

from __future__ import annotations

from typing import Mapping, Optional

from ..models import CountryValue


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def normalize_country(text: str, table: Mapping[str, tuple[str, str]]) -> Optional[CountryValue]:
    """Look a country name or demonym up.

    text (str): the span's text ("the" already outside the span).
    table (Mapping[str, tuple[str, str]]): written form -> (ISO2, "name" | "demonym").
    RETURNS (CountryValue | None): None for anything that is not a known form.
    """
    found = table.get(text)
    if found is None:
        folded = {_fold(k): v for k, v in table.items()} if len(table) < 64 else _folded(table)
        found = folded.get(_fold(text))
    if found is None:
        return None
    return CountryValue(iso2=found[0], form=found[1])


_FOLDED_CACHE: dict[int, dict[str, tuple[str, str]]] = {}


def _folded(table: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    # Large tables are the long-lived ones from resources; fold them once.
    key = id(table)
    if key not in _FOLDED_CACHE:
        _FOLDED_CACHE[key] = {_fold(k): v for k, v in table.items()}
    return _FOLDED_CACHE[key]
