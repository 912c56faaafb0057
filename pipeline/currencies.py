"""Currency knowledge: written forms -> ISO 4217 codes, from pycountry, CLDR (Babel) and rules/currencies.json.

pycountry gives the ISO 4217 codes. CLDR, read through Babel, gives each currency's
symbols and names (singular and plural) in English and in the official languages of
the territories that use it (`FCFA`, `Nu.`, `GH₵`, `S/`, `Q`, `quetzales`, `meticais`,
`kronor`), the currencies each territory uses, and the long scale words of English,
French, Spanish and Portuguese (`milliards`, `milhões`). rules/currencies.json adds only
what CLDR lacks (a test checks that). A form several currencies share (`$`, `Rs`, `K`,
`kr`, `pesos`, `CFA francs`) keeps every candidate; pipeline.normalize.money picks the
one of the country the text is about, or the form's default.

Built once per rules folder (pipeline.resources caches it); pure, no spaCy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Optional

import pycountry
from babel import Locale, localedata
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

# Languages whose currency names put the noun first ("francs CFA", "pesos mexicanos").
NOUN_FIRST = {"fr", "es", "pt", "it", "ca", "ro"}
# Languages whose names and scale words are read; others only give symbols.
NAME_LANGUAGES = ("en", "fr", "es", "pt", "nb", "sv", "da")
SCALE_LANGUAGES = ("en", "fr", "es", "pt")
LATIN = re.compile(r"^[\u0020-\u024f\u1e00-\u1eff\u20a0-\u20cf\u00a3-\u00a5\u0e3f\u09f3\u17db]+$")


@dataclass(frozen=True)
class CurrencyTable:
    """Lookups from written forms to ISO 4217 codes (all keys as matched, see build_currency_table)."""

    signs: dict[str, str]  # exact forms with a default: "US$", "€", "USD", "FCFA"
    signs_folded: dict[str, str]  # lower-case forms that may match in any case: "usd", "c$"
    joiners: frozenset[str]  # prefixes written apart from "$": "us", "c", "hk"
    words: dict[str, str]  # unit words with a default: "dollars" -> USD, "kip" -> LAK
    qualified_words: dict[str, str]  # "swiss francs" -> CHF (lower case)
    scales: dict[str, Decimal]
    qualifiers: dict[str, str] = field(default_factory=dict)
    # A form (as in signs, or lower case for words) -> every currency it is written for, when several.
    shared: dict[str, frozenset[str]] = field(default_factory=dict)
    # Forms that count only when the passage's country uses one of their currencies ("K", "R", "Q").
    needs_context: frozenset[str] = frozenset()
    # Forms only a declaration of the document changes ("$", "dollars"), never the passage's country.
    declared_only: frozenset[str] = frozenset()
    territories: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO 3166 alpha-2 -> codes
    weak_words: frozenset[str] = frozenset()  # unit words that are also plain English ("won", "real"): need a scale
    # Sign forms with no default, known only through shared ("CFA", "Shs", "K"): matched like signs.
    shared_signs: frozenset[str] = frozenset()
    # "mil" in "mil millones", "mil milhões": a word that multiplies the scale after it (CLDR's two-word scales).
    scale_prefixes: dict[str, Decimal] = field(default_factory=dict)
    # Scale words only French, Spanish or Portuguese write ("millones", "milliards"): a sign of decimal commas.
    romance_scales: frozenset[str] = frozenset()
    # Words after the unit word of a noun-first CLDR name ("CFA" of "francs CFA", "cabo-verdianos"), as tokens.
    trailing_words: frozenset[str] = frozenset()
    # Shared forms whose default no passage country overrides ("£"), only a declaration.
    strong_defaults: frozenset[str] = frozenset()
    # Plain unit words ("pesos", "rupees", "kip") by code, for "Kenya shillings"-like phrases.
    units: dict[str, frozenset[str]] = field(default_factory=dict)

    def candidates(self, form: str) -> frozenset[str]:
        """Every currency a form may stand for (empty when it is not a currency form)."""
        for key in (form, form.lower()):
            if key in self.shared:
                return self.shared[key]
        code = self.signs.get(form) or self.signs_folded.get(form.lower()) or self.qualified_words.get(form.lower()) \
            or self.words.get(form.lower())
        return frozenset({code}) if code else frozenset()

    def default(self, form: str) -> Optional[str]:
        if form in self.signs:
            return self.signs[form]
        lowered = form.lower()
        return self.signs_folded.get(lowered) or self.qualified_words.get(lowered) or self.words.get(lowered)


def _latin(form: str) -> bool:
    return bool(form) and bool(LATIN.match(form)) and not form.isdigit()


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

    def add_locale(self, data, codes: Iterable[str], language: str, names_only: bool = False) -> None:
        for code in codes:
            symbol = data.get("currency_symbols", {}).get(code)
            if symbol and _latin(symbol) and symbol != code and not names_only:
                self.signs[symbol].add(code)
            if language not in NAME_LANGUAGES:
                continue
            names = [data.get("currency_names", {}).get(code)] + list(data.get("currency_names_plural", {}).get(code, {}).values())
            for name in filter(None, names):
                name = _clean_name(name)
                if not _latin(name):
                    continue
                self.names[name.lower()].add(code)
                if names_only:
                    continue
                unit = _unit_word(name, language)
                if unit and unit.isalpha():
                    self.units[unit.lower()].add(code)
                    if language == "en":
                        self.english_units[unit.lower()].add(code)


def _cldr_forms(codes: set[str], former: set[str]) -> tuple[_Forms, dict[str, tuple[str, ...]]]:
    """Symbols and names of each currency in English and in its territories' official languages.

    Former currencies (DEM) give only their full names ("German marks"), not their symbols or unit words.
    """
    forms = _Forms()
    available = set(localedata.locale_identifiers())
    base: dict[str, Any] = {}
    territories: dict[str, tuple[str, ...]] = {}

    def load(language: str):
        # A language's own file holds its currency symbols; only the name languages need the merged data.
        if language not in base:
            base[language] = localedata.load(language, merge_inherited=language in NAME_LANGUAGES)
        return base[language]

    for country in pycountry.countries:
        used = tuple(c for c in get_territory_currencies(country.alpha_2) if c in codes)
        if not used:
            continue
        territories[country.alpha_2] = used
        for language in {"en", *get_official_languages(country.alpha_2)}:
            if language not in available:
                continue
            own = f"{language}_{country.alpha_2}"
            # The territory's own file holds only what differs from its language (merge_inherited=False is fast).
            if own in available:
                forms.add_locale(localedata.load(own, merge_inherited=False), used, language)
            forms.add_locale(load(language), used, language)
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

    Words shorter than five letters are left out ("mil" is a thousand in Spanish and a
    million in English slang); English wins where languages disagree ("billion").
    """
    scales: dict[str, Decimal] = {}
    for language in SCALE_LANGUAGES:
        formats = Locale.parse(language)._data["compact_decimal_formats"]["long"]
        for by_magnitude in formats.values():
            for magnitude, pattern in by_magnitude.items():
                text = getattr(pattern, "pattern", str(pattern))
                word = re.sub(r"[0#]", "", text).strip()
                if len(word) < 5 or " " in word or not magnitude.isdigit():
                    continue
                # "00 million" is the pattern for ten millions: the word itself is worth magnitude / 10.
                zeros = max(text.count("0"), 1)
                value = Decimal(magnitude) / Decimal(10) ** (zeros - 1)
                scales.setdefault(word.lower(), value)
                if language == "en":  # "millions", "billions" (English first: French "billions" are 10^12)
                    scales.setdefault(f"{word.lower()}s", value)
    return scales


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


def qualifier_words(data: dict) -> dict[str, str]:
    """Qualifier words of every language: English ones at the top level, others in language groups."""
    flat: dict[str, str] = {}
    for word, value in _without_notes(data).items():
        if isinstance(value, dict):
            flat.update({w.lower(): q for w, q in _without_notes(value).items()})
        else:
            flat[word] = value
    return flat


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


def _without_notes(table: dict) -> dict:
    return {k: v for k, v in table.items() if not k.startswith("_")}


def build_currency_table(data: dict[str, Any]) -> tuple[CurrencyTable, frozenset[str]]:
    """The currency table from pycountry + CLDR + rules/currencies.json, and the currency nouns.

    RETURNS: (table, nouns) where nouns are the words that end a currency name
        ("francs", "shillings"), for keeping country words out of currency names.
    """
    never = set(data["codes_never"])
    any_case = set(data["codes_any_case"])
    iso = {c.alpha_3 for c in pycountry.currencies} - _fund_codes()
    forms, territories = _cldr_forms(iso, set(data["former_codes"]))
    shared: dict[str, set[str]] = defaultdict(set)

    # Signs: ISO codes themselves, CLDR symbols, and the file's additions.
    signs: dict[str, str] = {}
    for code in sorted(iso - never):
        signs[code] = code
    for symbol, found in forms.signs.items():
        if len(found) == 1:
            signs.setdefault(symbol, next(iter(found)))
        shared[symbol] |= found
        # "Nu." is often written "Nu", "Rs." as "Rs".
        if symbol.endswith(".") and len(symbol) > 2:
            bare = symbol[:-1]
            shared[bare] |= found
            if len(found) == 1:
                signs.setdefault(bare, next(iter(found)))
    for form, code in _without_notes(data["signs"]).items():
        signs[form] = code
        shared[form].add(code)
    for form, found in _without_notes(data["shared_signs"]).items():
        shared[form] |= set(found)
    for form, code in _without_notes(data["defaults"]).items():
        if not form.isalpha() or not form.islower():  # "$", "Rs", "kr"; words ("dollars") are set below
            signs[form] = code
    # A sign of one currency is written for its namesakes too (the rupees' "Rs", the kwachas' "K"):
    # a short letter symbol stands for every currency sharing an English unit word with one of its own.
    unit_of: dict[str, set[str]] = defaultdict(set)
    for unit, found in forms.english_units.items():
        for code in found & iso:
            unit_of[code].add(unit)
    for symbol in list(shared):
        # Only a bare abbreviation of the unit ("Rs", "K", "kr"); "KSh", "USh" name their country.
        if re.fullmatch(r"[A-Za-z][a-z]?\.?", symbol):
            for code in list(shared[symbol]):
                for unit in unit_of.get(code, ()):
                    shared[symbol] |= forms.english_units[unit] & iso
    # Withdrawn codes written next to an amount ("DEM 80 million"), and "N$"-like dollar prefixes CLDR lacks.
    for code in sorted(former_codes(data["former_codes_never"]["codes"])):
        signs.setdefault(code, code)
    prefixes = dollar_prefixes(iso)
    for form, found in prefixes.items():
        if form in signs or form in shared:
            continue
        shared[form] |= found
        if len(found) == 1:
            signs[form] = next(iter(found))
    sign_forms = set(forms.signs) | set(prefixes) | {s[:-1] for s in forms.signs if s.endswith(".") and len(s) > 2} \
        | set(_without_notes(data["signs"])) | set(_without_notes(data["shared_signs"]))
    strong = _without_notes(data["strong_defaults"])
    signs.update(strong)
    # "SBD$", "WST$": a code with a dollar sign glued on is that code.
    for code in iso - never:
        if not code.startswith("X"):
            signs.setdefault(f"{code}$", code)

    folded = {code.lower(): code for code in any_case if len(code) == 3}
    folded.update({k.lower(): v for k, v in _without_notes(data["folded_signs"]).items()})
    for prefix, code in _without_notes(data["sign_joiners"]).items():
        folded[f"{prefix}$"] = code
    for code in any_case:
        folded[f"{code.lower()}$"] = code
        # "MUSD", "MEUR": a million of the currency, as some financial tables write it.
        folded[f"m{code.lower()}"] = code
    for form, code in _without_notes(data["signs"]).items():
        folded.setdefault(form.lower(), code)

    # Words: CLDR unit words ("kip", "quetzales", "kronor") and full names ("swiss francs", "francs cfa").
    defaults = {k.lower(): v for k, v in _without_notes(data["defaults"]).items()}
    weak = set(data["weak_words"])
    words: dict[str, str] = {}
    for unit, found in forms.units.items():
        if len(unit) < 3:
            continue
        if len(found) == 1:
            words[unit] = next(iter(found))
        else:
            shared[unit] |= found
    words.update(_without_notes(data["words"]))
    for form, code in defaults.items():
        if form in forms.units or form in words:
            words[form] = code
    qualified: dict[str, str] = {}
    for name, found in forms.names.items():
        if " " not in name:
            continue
        if len(found) == 1:
            qualified[name] = next(iter(found))
        else:
            shared[name] |= found
    for phrase, found in _without_notes(data["qualified_words"]).items():
        found = [found] if isinstance(found, str) else found
        for variant in (phrase, _plural(phrase)):
            if len(found) == 1:
                qualified.setdefault(variant, found[0])
            else:
                shared[variant] |= set(found)
    for currency in pycountry.currencies:
        name = currency.name.lower()
        if "(" not in name and " " in name:
            qualified.setdefault(name, currency.alpha_3)
            qualified.setdefault(_plural(name), currency.alpha_3)

    scales = cldr_scales()
    scales.update({word: Decimal(value) for word, value in _without_notes(data["scales"]).items()})
    table = CurrencyTable(
        signs=signs, signs_folded=folded, joiners=frozenset(_without_notes(data["sign_joiners"])), words=words,
        qualified_words=qualified, scales=scales, qualifiers=qualifier_words(data["qualifiers"]),
        shared={form: frozenset(found) for form, found in shared.items() if len(found) > 1},
        shared_signs=frozenset(f for f in sign_forms if f not in signs and len(shared.get(f, ())) > 1),
        weak_words=frozenset(weak),
        needs_context=frozenset(s for s in set(signs) | set(shared) if re.fullmatch(r"[A-Z]", s))
        | frozenset(data["needs_context"]) | frozenset(data["codes_need_context"]),
        declared_only=frozenset(data["declared_only"]), territories=territories, strong_defaults=frozenset(strong),
        scale_prefixes=scale_prefixes(), romance_scales=romance_scales(), trailing_words=_trailing_words(qualified, shared, forms),
        units={unit: frozenset(found) for unit, found in forms.units.items() if len(unit) >= 3},
    )
    nouns = set(words) | set(table.units) | set(data["ambiguous_words"])
    for phrase in qualified:
        nouns.add(phrase.rpartition(" ")[2])
    return table, frozenset(nouns)


def _trailing_words(qualified: dict, shared: dict, forms: "_Forms") -> frozenset[str]:
    """Tokens after the unit word of names written noun first ("francs CFA", "escudos cabo-verdianos", "pesos colombianos")."""
    trailing: set[str] = set()
    for name in set(qualified) | {n for n in shared if " " in n}:
        first, _, rest = name.partition(" ")
        if first in forms.units and rest:
            trailing |= {w for w in re.split(r"\s+|(-)", rest) if w}
    return frozenset(trailing)


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    return f"{head} {last}s".strip() if not last.endswith("s") else phrase
