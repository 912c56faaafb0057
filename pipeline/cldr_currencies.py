"""What CLDR (through Babel) and pycountry say about currencies: symbols, names, territories, scale words.

Read once per rules folder by pipeline.currencies, which adds rules/currencies.json and
builds the lookup table; pure, no spaCy.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Optional

import pycountry
from babel import Locale, localedata
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

# Languages whose currency names put the noun first ("francs CFA", "pesos mexicanos", "złotych polskich").
NOUN_FIRST = {"fr", "es", "pt", "it", "ca", "ro", "pl", "id", "ms", "vi"}
# Languages whose names and scale words are read; others only give symbols.
NAME_LANGUAGES = ("en", "fr", "es", "pt", "nb", "sv", "da")
# Languages whose names of their own countries' currencies are read too ("890 000 złotych", "12 milionů korun"),
# each written noun and adjective in a known order.
OWN_NAME_LANGUAGES = ("pl", "cs", "sk", "hu", "ro", "hr", "sl", "tr", "id", "ms", "vi", "de", "it", "nl")
# (pt_PT: Portugal and Lusophone Africa write "mil milhões" for 10^9 and "biliões" for 10^12, Brazil "bilhões" for 10^9.)
SCALE_LANGUAGES = ("en", "fr", "es", "pt", "pt_PT")
# Languages whose scale words only scale an amount ("USD 5 juta", "EUR 2 Milliarden", "1,2 miljard euro"); they say
# nothing of how the page writes "$" or its decimals, as the Romance ones do (romance_scales).
SCALE_ONLY_LANGUAGES = ("de", "it", "nl", "id", "nb", "da", "sv", "pl", "cs", "sk", "hr", "sl", "ro", "hu", "tr", "vi")
# Languages whose short scale words end in a full stop ("CHF 14 Mio.", "2,1 mld. Kč", "NOK 12 mill."): read with the
# stop (see abbreviated_scales).
STOPPED_SCALE_LANGUAGES = ("de", "nb", "da", "sv", "cs", "sk", "hr", "sl", "ro")
# Latin script, currency signs and the modifier letters of Latin names (the "ʻ" of "paʻanga").
LATIN = re.compile(r"^[\u0020-\u024f\u02b0-\u02ff\u1e00-\u1eff\u20a0-\u20cf\u00a3-\u00a5\u0e3f\u09f3\u17db]+$")


def _latin(form: str) -> bool:
    # A lone currency sign of any script counts ("֏", "؋"): Unicode's category Sc says it is one.
    sign = len(form) == 1 and unicodedata.category(form) == "Sc"
    return bool(form) and (bool(LATIN.match(form)) or sign) and not form.isdigit()


def _clean_name(name: str) -> str:
    # "francs CFA (BCEAO)" -> "francs CFA"; CLDR's parentheses say which bank, not how people write it.
    return " ".join(re.sub(r"\([^)]*\)", " ", name).split())


def _unit_word(name: str, language: str) -> Optional[str]:
    words = name.split()
    if not words or " of " in f" {name} ":
        return None
    return words[0] if language in NOUN_FIRST else words[-1]


@dataclass
class _Forms:
    signs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # lower case
    units: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # lower case
    english_units: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # lower case
    local_signs: set[str] = field(default_factory=set)  # symbols only a territory's minority language gives

    def add_locale(self, data, codes: Iterable[str], language: str, names_only: bool = False, own: bool = False) -> None:
        for code in codes:
            symbol = data.get("currency_symbols", {}).get(code)
            if symbol and _latin(symbol) and symbol != code and not names_only:
                for variant in _apostrophe_variants(symbol):
                    self.signs[variant].add(code)
            if language not in NAME_LANGUAGES and not (own and language in OWN_NAME_LANGUAGES):
                continue
            names = [data.get("currency_names", {}).get(code)] + list(data.get("currency_names_plural", {}).get(code, {}).values())
            names = [variant for name in filter(None, names) for variant in _apostrophe_variants(name)]
            if language == "en":
                # "US dollars" is also written with the territory's name: "eight hundred thousand United States dollars".
                territory = data.get("territories", {}).get(code[:2], "")
                names += [f"{territory}{name[2:]}" for name in names if territory and name[:3] == f"{code[:2]} "]
            if language == "fr":
                # CLDR's French plural is sometimes half made ("dinar koweïtiens"): the noun and adjective both agree.
                names += [_french_plural(name) for name in names if " " in name]
            for name in names:
                name = _clean_name(name)
                if not _latin(name):
                    continue
                self.names[name.lower()].add(code)
                if names_only:
                    continue
                unit = _unit_word(name, language)
                if unit and unit.replace("'", "").replace("’", "").isalpha():
                    self.units[unit.lower()].add(code)
                    if language == "en":
                        self.english_units[unit.lower()].add(code)


def _french_plural(name: str) -> str:
    """ "dinar koweïtien" -> "dinars koweïtiens": each lower-case word takes its s ("CFA" and "de" do not)."""
    return " ".join(word if not word.islower() or word[-1] in "sxz" or word in ("de", "des", "du") else f"{word}s"
                    for word in name.split())


def _own_data(name: str) -> dict:
    """A locale's own CLDR data, not merged with its parents' (fast), read past Babel's cache: the cache keeps a name as
    it was first loaded, and an unmerged entry there would lose later callers the data it inherits ("de" month names)."""
    with open(localedata.resolve_locale_filename(name), "rb") as file:
        return pickle.load(file)


def _cldr_forms(codes: set[str], former: set[str]) -> tuple[_Forms, dict[str, tuple[str, ...]]]:
    """Symbols and names of each currency in English and in its territories' official (and de facto) languages.

    Former currencies (DEM) give only their full names ("German marks"), not their symbols or unit words.
    """
    forms = _Forms()
    available = set(localedata.locale_identifiers())
    base: dict[str, Any] = {}
    territories: dict[str, tuple[str, ...]] = {}

    def load(language: str):
        # A language's own file holds its currency symbols; only the name languages need the merged data.
        if language not in base:
            base[language] = localedata.load(language) if language in NAME_LANGUAGES else _own_data(language)
        return base[language]

    territory_locales: dict[str, list[str]] = defaultdict(list)  # "MR" -> ["ar_MR", "fr_MR", ...]
    for locale in available:
        language, _, territory = locale.partition("_")
        if territory.isalpha() and territory.isupper():
            territory_locales[territory].append(locale)
    for country in pycountry.countries:
        used = tuple(c for c in get_territory_currencies(country.alpha_2) if c in codes)
        if not used:
            continue
        territories[country.alpha_2] = used
        languages = {"en", *get_official_languages(country.alpha_2, de_facto=True)}
        for language in languages:
            if language not in available:
                continue
            own = f"{language}_{country.alpha_2}"
            # The territory's own file holds only what differs from its language (merge_inherited=False is fast).
            if own in available:
                forms.add_locale(_own_data(own), used, language, own=True)
            forms.add_locale(load(language), used, language, own=True)
        # The territory's other languages' symbols too ("UM" of French in Mauritania, "LS" in Syria): written in
        # capitals ("den" is a word), and only in a passage about a country that uses them (forms.local_signs).
        for locale in sorted(territory_locales.get(country.alpha_2, ())):
            if locale.split("_")[0] in languages:
                continue
            symbols = _own_data(locale).get("currency_symbols", {})
            for code in used:
                symbol = symbols.get(code)
                if symbol and _latin(symbol) and symbol != code and symbol[:1].isupper() \
                        and code not in forms.signs[symbol]:
                    forms.signs[symbol].add(code)
                    forms.local_signs.add(symbol)
    for language in NAME_LANGUAGES:
        forms.add_locale(load(language), codes, language)
    forms.add_locale(load("en"), former, "en", names_only=True)
    return forms, territories


def _fund_codes() -> set[str]:
    """ISO codes that are units of funds, not money people pay with (CHE "WIR Euro", USN, COU)."""
    funds: set[str] = set()
    for country in pycountry.countries:
        funds |= set(get_territory_currencies(country.alpha_2, tender=False, non_tender=True))
    return funds


def cldr_scales() -> dict[str, Decimal]:
    """Long scale words of CLDR's compact number formats ("million", "milliards", "milhões").

    Words shorter than four letters are left out ("mil" is a thousand in Spanish and a
    million in English slang); English wins where languages disagree ("billion").
    """
    scales: dict[str, Decimal] = {}
    english = {(word, value) for word, value in _compact_words("en")}
    for language in SCALE_LANGUAGES + SCALE_ONLY_LANGUAGES:
        for word, value in _compact_words(language):
            # (A short word with a letter English lacks is no English word: Vietnamese "tỷ".)
            if len(word) < 4 and word.isascii() or " " in word or ";" in word:
                continue
            # ("bilion", 10^12 in Polish and Czech, is one letter from English "billion": an English page's typo.)
            if language in SCALE_ONLY_LANGUAGES and any(value != known and _one_edit_apart(word, other)
                                                        for other, known in english):
                continue
            scales.setdefault(word, value)
            if language == "en":  # "millions", "billions" (English first: French "billions" are 10^12)
                scales.setdefault(f"{word}s", value)
    scales.update({word: value for word, value in abbreviated_scales().items() if word not in scales})
    return scales


def abbreviated_scales() -> dict[str, Decimal]:
    """Short compact formats written with a full stop in STOPPED_SCALE_LANGUAGES ("Mio.", "Mrd.", "mill.", "mld."),
    as texts in English keep them ("CHF 14 Mio.", "NOK 12 mill."): the word without its stop. A word the main
    languages write for another value (Spanish "mil"), or that begins an English scale word of another value
    ("bil." of "billion"), is left out; so are forms without a stop (Italian "Bln" is 10^12, English "bln" 10^9)."""
    found: dict[str, Decimal] = {}
    elsewhere = {(word, value) for language in SCALE_LANGUAGES for word, value in _compact_words(language)}
    english = {(word, value) for word, value in _compact_words("en")}
    for language in STOPPED_SCALE_LANGUAGES:
        for by_magnitude in Locale.parse(language)._data["compact_decimal_formats"]["short"].values():
            for magnitude, pattern in by_magnitude.items():
                text = getattr(pattern, "pattern", str(pattern))
                if not magnitude.isdigit() or not text.endswith("'.'") or text.count("0") != 1:
                    continue
                word, value = re.sub(r"[0#'.\s]", "", text).lower(), Decimal(magnitude)
                # ("bil." is 10^12 in Czech, a "billion" cut short in English.)
                if len(word) >= 3 and not any(w == word and v != value for w, v in elsewhere) \
                        and not any(w.startswith(word) and v != value for w, v in english) and found.get(word, value) == value:
                    found[word] = value
    return found


def former_codes(never: Iterable[str]) -> set[str]:
    """Withdrawn ISO 4217 codes (DEM, FRF, ZMK, GHC): Babel's list beyond pycountry's current codes."""
    current = {c.alpha_3 for c in pycountry.currencies}
    return {c for c in list_currencies() if c not in current and re.fullmatch(r"[A-Z]{3}", c)} - set(never)


def dollar_prefixes(codes: Iterable[str]) -> dict[str, set[str]]:
    """"N$", "TT$", "EC$", "CI$": the initials of a dollar's English name before "$", as people write them.

    CLDR gives most dollars only "$" or their code in their own territory; the initials of the
    words before "Dollar" ("Trinidad & Tobago", "Namibian", "Cayman Islands") are the usual prefix.
    Initials several dollars share ("B$": Bahamas, Barbados, Bermuda, Brunei) keep every candidate.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        name = _clean_name(get_currency_name(code, locale="en"))
        if not name.endswith(" Dollar") or code.startswith("X") and code != "XCD":
            continue
        initials = "".join(word[0] for word in name.split()[:-1] if word[0].isupper())
        if initials and initials != "US":
            found[f"{initials}$"].add(code)
    return found


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether one letter inserted, dropped or changed turns one word into the other."""
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second)) == 1
    short, long = sorted((first, second), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _compact_words(language: str) -> Iterable[tuple[str, Decimal]]:
    """(word, value) of a language's long compact formats: "00 million" is the pattern for ten millions."""
    formats = Locale.parse(language)._data["compact_decimal_formats"]["long"]
    for by_magnitude in formats.values():
        for magnitude, pattern in by_magnitude.items():
            if not magnitude.isdigit():
                continue
            text = getattr(pattern, "pattern", str(pattern))
            zeros = max(text.count("0"), 1)
            yield re.sub(r"[0#]", "", text).strip().lower(), Decimal(magnitude) / Decimal(10) ** (zeros - 1)


def scale_prefixes() -> dict[str, Decimal]:
    """"mil" of Spanish "mil millones" (10^9): the first word of a two-word CLDR scale, as a multiplier."""
    prefixes: dict[str, Decimal] = {}
    scales = cldr_scales()
    for language in SCALE_LANGUAGES:
        for word, value in _compact_words(language):
            head, _, tail = word.partition(" ")
            if tail in scales and " " not in tail:
                prefixes.setdefault(head, value / scales[tail])
    return prefixes


def romance_scales() -> frozenset[str]:
    """Scale words of French, Spanish and Portuguese that English does not write ("millones", "milliards")."""
    english = {w for w, _ in _compact_words("en")} | {f"{w}s" for w, _ in _compact_words("en")}
    return frozenset(w for language in SCALE_LANGUAGES if language != "en"
                     for w, _ in _compact_words(language) if len(w) >= 5 and " " not in w and w not in english)


def _apostrophe_variants(form: str) -> list[str]:
    """"paʻanga" and "soʻm" are written "pa'anga", "so’m" and "so‘m" too: the modifier letter as the keyboard's
    apostrophes."""
    if "ʻ" not in form:
        return [form]
    return list(dict.fromkeys([form] + [form.replace("ʻ", mark) for mark in "'’‘"]))
