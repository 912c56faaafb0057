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

import re
import unicodedata
from functools import lru_cache
from typing import Mapping, Optional

from ..models import CountryValue

# "Ugan-\ndan": a word broken by a hyphen at a line end reads as the whole word.
LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[^\W\d_])")
# Locales whose currency names say which words follow a country word in a currency's name.
CURRENCY_NAME_LOCALES = ("en", "fr", "es", "pt")
# The ISO 4217 X codes that are money in circulation; the others are metals, funds, units and tests.
CIRCULATING_X_CODES = {"XAF", "XOF", "XPF", "XCD"}


def _fold(text: str) -> str:
    # (LINE_BREAK_HYPHEN needs a line break: most texts have none, and skip the regex.)
    unbroken = LINE_BREAK_HYPHEN.sub("", text) if "\n" in text else text
    return " ".join(unbroken.replace("’", "'").split()).casefold()


def _plain(text: str) -> str:
    """Case and accents folded: "Panamá Oeste" and "Panama Oeste" are one name."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def currency_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """What a country word can start in CLDR's currency names ("Peruvian soles", "Central African CFA franc").

    RETURNS (tuple): the currency nouns (the head word in every locale: "soles", "quetzales",
        "tala") and the folded English names, singular and plural, to test a country word plus what follows.
    """
    from babel.numbers import get_currency_name, list_currencies

    nouns, names = set(), set()
    for locale in CURRENCY_NAME_LOCALES:
        for code in list_currencies(locale):
            if code.startswith("X") and code not in CIRCULATING_X_CODES:
                continue
            for count in (1, 2, None):
                name = _plain(get_currency_name(code, count=count, locale=locale))
                if not name or "(" in name:
                    continue
                words = name.split()
                # English puts the noun last ("Samoan tala"); French, Spanish, Portuguese first ("quetzales
                # guatemaltecos"). Longer names ("Mexican Investment Unit") hold words that are not currencies.
                if len(words) == 2:
                    nouns.add(words[-1] if locale == "en" else words[0])
                if locale == "en":
                    names.add(name)
    return frozenset(nouns), frozenset(names)


@lru_cache(maxsize=1)
def _currency_name_heads() -> frozenset[str]:
    """Every folded English currency name and each of its leading runs of whole words ("central african cfa")."""
    _, names = currency_name_words()
    return frozenset({*names, *(name[:i] for name in names for i, c in enumerate(name) if c == " ")})


@lru_cache(maxsize=4096)
def starts_currency_name(words: str) -> bool:
    """True when words ("Central African CFA", "Samoan tala") begin a CLDR currency name."""
    folded = _plain(words)
    nouns, _ = currency_name_words()
    if len(folded.split()) > 1 and folded.split()[-1] in nouns:
        return True
    # A name equal to the words, or going on after them with a space: one set lookup, not a scan of the names.
    return folded in _currency_name_heads()


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """ISO 3166-2 subdivision names, folded ("lao cai"), from pycountry."""
    import pycountry

    return frozenset(_plain(s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=4096)
def is_subdivision(words: str) -> bool:
    """True for a province or region whose name starts with a country word ("Panamá Oeste")."""
    return _plain(words) in subdivision_names()


def normalize_country(text: str, table: Mapping[str, tuple[str, str]]) -> Optional[CountryValue]:
    """Look a country name or demonym up.

    text (str): the span's text ("the" already outside the span).
    table (Mapping[str, tuple[str, str]]): written form -> (ISO2, "name" | "demonym").
    RETURNS (CountryValue | None): None for anything that is not a known form.
    """
    found = table.get(text)
    if found is None:
        folded = _fold_table(table) if len(table) < 64 else _folded(table)
        found = folded.get(_fold(text))
        if found is None and "\n" in text and LINE_BREAK_HYPHEN.search(text):
            # "Timor-\nLeste": the hyphen was the name's own.
            found = folded.get(_fold(LINE_BREAK_HYPHEN.sub("-", text)))
    if found is None:
        return None
    return CountryValue(iso2=found[0], form=found[1])


_FOLDED_CACHE: dict[int, dict[str, tuple[str, str]]] = {}
_FIRST_WORDS_CACHE: dict[int, frozenset[str]] = {}


def first_words(table: Mapping[str, tuple[str, str]]) -> frozenset[str]:
    """The first word of every folded form of the table ("sri" of "Sri Lanka"): a text whose folded first word
    is not among them folds to no form, so a caller trying many word runs can skip those at once."""
    key = id(table)
    if key not in _FIRST_WORDS_CACHE:
        folded = _fold_table(table) if len(table) < 64 else _folded(table)
        _FIRST_WORDS_CACHE[key] = frozenset(name.split(" ", 1)[0] for name in folded)
    return _FIRST_WORDS_CACHE[key]


def _folded(table: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    # Large tables are the long-lived ones from resources; fold them once.
    key = id(table)
    if key not in _FOLDED_CACHE:
        _FOLDED_CACHE[key] = _fold_table(table)
    return _FOLDED_CACHE[key]


def _fold_table(table: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Each form folded; where a name and a demonym fold alike ("PHILIPPINES": the name, and French "philippines"),
    the name."""
    folded: dict[str, tuple[str, str]] = {}
    for form, value in table.items():
        key = _fold(form)
        if key not in folded or value[1] == "name" and folded[key][1] != "name":
            folded[key] = value
    return folded
