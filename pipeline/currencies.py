"""Currency knowledge: written forms -> ISO 4217 codes, from pycountry, CLDR (Babel) and rules/currencies.json.

pycountry gives the ISO 4217 codes. CLDR, read through Babel, gives each currency's
symbols and names (singular and plural) in English and in the official languages of
the territories that use it (`FCFA`, `Nu.`, `GH₵`, `S/`, `Q`, `quetzales`, `meticais`,
`kronor`), the currencies each territory uses, and the long scale words of English,
French, Spanish and Portuguese (`milliards`, `milhões`). rules/currencies.json adds only
what CLDR lacks (a test checks that). A form several currencies share (`$`, `Rs`, `K`,
`kr`, `pesos`, `CFA francs`) keeps every candidate; pipeline.normalize.money picks the
one of the country the text is about, or the form's default.

What CLDR and pycountry hold is read in pipeline.cldr_currencies. Built once per rules
folder (pipeline.resources caches it); pure, no spaCy.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

import pycountry

from .cldr_currencies import (  # noqa: F401 - former_codes and dollar_prefixes are imported from here too
    _cldr_forms, _Forms, _fund_codes, abbreviated_scales, cldr_scales, dollar_prefixes, former_codes, romance_scales, scale_prefixes,
)


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
    # Scales German writes with a full stop ("Mio.", "Mrd."): the word without it; "7,5 Mio. EUR" keeps the stop.
    stopped_scales: frozenset[str] = frozenset()
    # Words after the unit word of a noun-first CLDR name ("CFA" of "francs CFA", "cabo-verdianos"), as tokens.
    trailing_words: frozenset[str] = frozenset()
    # Shared forms whose default no passage country overrides ("£"), only a declaration.
    strong_defaults: frozenset[str] = frozenset()
    # Plain unit words ("pesos", "rupees", "kip") by code, for "Kenya shillings"-like phrases.
    units: dict[str, frozenset[str]] = field(default_factory=dict)
    # Codes that are also words (TRY, PEN, ALL, SDG): money beside an unmistakable amount ("SDG 1,250,000", "PEN 3.2bn").
    word_codes: frozenset[str] = frozenset()
    # Of those, the ones that count only so, whatever the passage's country ("SDG 8" is a goal in a text about Sudan).
    needs_amount: frozenset[str] = frozenset()
    # Signs that are mostly abbreviations ("Project ID 4521"): in their country's passage too, only beside such an amount.
    signs_need_amount: frozenset[str] = frozenset()
    # Counting words worth a multiple of a currency's unit ("contos": a thousand escudos), lower case.
    unit_multiples: dict[str, Decimal] = field(default_factory=dict)
    # "miles", "milhares", "milliers": a caption's count of thousands before "de" and its currency (lower case).
    thousand_nouns: frozenset[str] = frozenset()
    # The noun of each currency name, and the unit words: "shillings" of "kenya shillings", "dobra" of "dobra de são
    # tomé e príncipe" (a Romance name puts its noun first; its last word may be a place's).
    head_nouns: frozenset[str] = frozenset()
    # A currency of one country -> the one it replaced there and the year it began ("MRU" -> ("MRO", 2018)): an amount
    # of a time before that year is in the old currency (spec: a former currency keeps its ISO code).
    predecessors: dict[str, tuple[str, int]] = field(default_factory=dict)

    def candidates(self, form: str) -> frozenset[str]:
        """Every currency a form may stand for (empty when it is not a currency form)."""
        for key in (form, form.lower()):
            if key in self.shared:
                return self.shared[key]
        code = self.signs.get(form) or self.signs_folded.get(form.lower()) or self.qualified_words.get(form.lower()) \
            or self.words.get(form.lower())
        return frozenset({code}) if code else frozenset()

    def lettered_signs(self) -> frozenset[str]:
        """Signs of three letters or more in mixed case ("Kshs", "KShs", "Shs"), as written or capitalized: the ones a
        full stop may glue to the amount ("Kshs.3,907,114", pipeline.tokenizer). (Codes in capitals are split
        generically; two letters, "Le.5", "Ft.3", are too often an abbreviation.)"""
        forms = set(self.signs) | set(self.shared_signs) | {f.title() for f in self.signs_folded}
        return frozenset(f for f in forms if f.isalpha() and len(f) > 2 and f[:1].isupper() and not f.isupper()
                         and f.upper() not in self.signs and f[1:].upper() not in self.signs)  # ("Eur", "Musd": codes)

    def default(self, form: str) -> Optional[str]:
        if form in self.signs:
            return self.signs[form]
        lowered = form.lower()
        return self.signs_folded.get(lowered) or self.qualified_words.get(lowered) or self.words.get(lowered)


def qualifier_words(data: dict) -> dict[str, str]:
    """Qualifier words of every language: English ones at the top level, others in language groups."""
    flat: dict[str, str] = {}
    for word, value in _without_notes(data).items():
        if isinstance(value, dict):
            flat.update({w.lower(): q for w, q in _without_notes(value).items()})
        else:
            flat[word] = value
    return flat


def _without_notes(table: dict) -> dict:
    return {k: v for k, v in table.items() if not k.startswith("_")}


def build_currency_table(data: dict[str, Any]) -> tuple[CurrencyTable, frozenset[str]]:
    """The currency table from pycountry + CLDR + rules/currencies.json, and the currency nouns.

    RETURNS: (table, nouns) where nouns are the words that end a currency name
        ("francs", "shillings"), for keeping country words out of currency names.
    """
    never = set(data["codes_never"])
    need_amount = set(data["codes_need_amount"]["codes"])
    any_case = set(data["codes_any_case"])
    iso = {c.alpha_3 for c in pycountry.currencies} - _fund_codes()
    # (Codes that are never money give no forms either: CLDR names XTS "Testing Currency Code", "1 CODE" is no amount.)
    forms, territories = _cldr_forms(iso - never, set(data["former_codes"]))
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
    # (Such old amounts are large: beside a small plain number, "a 2031 EAP", a withdrawn code is an acronym.)
    withdrawn = former_codes(data["former_codes_never"]["codes"])
    for code in sorted(withdrawn):
        signs.setdefault(code, code)
    prefixes = dollar_prefixes(iso)
    for form, found in prefixes.items():
        if form in signs or form in shared:
            continue
        shared[form] |= found
        if len(found) == 1:
            signs[form] = next(iter(found))
    # Ways people write CLDR's letter symbols: "TSh" as "Tsh", "USh" as "Ush"; "GH₵" with a cent sign, "GH¢".
    for form, variant in _written_variants(list(signs)):
        signs.setdefault(variant, signs[form])
        if form in shared:
            shared[variant] |= shared[form]
    sign_forms = set(forms.signs) | set(prefixes) | {s[:-1] for s in forms.signs if s.endswith(".") and len(s) > 2} \
        | set(_without_notes(data["signs"])) | set(_without_notes(data["shared_signs"]))
    strong = _without_notes(data["strong_defaults"])
    signs.update(strong)
    # "SBD$", "WST$": a code with a dollar sign glued on is that code.
    for code in iso - never:
        if not code.startswith("X"):
            signs.setdefault(f"{code}$", code)

    # "Rwf 25,000", "Kes 1.2 billion": a code in title case, as labels write it; like the word-like codes,
    # only beside an unmistakable amount ("Cad", "Rub" and "Ron" are words and names too).
    title_codes = {code.title(): code for code in iso - never - need_amount - set(data["codes_need_context"])
                   if not code.startswith("X")}
    title_codes = {form: code for form, code in title_codes.items() if form not in signs and form.lower() not in shared}
    signs.update(title_codes)

    folded = {code.lower(): code for code in any_case if len(code) == 3}
    folded.update({k.lower(): v for k, v in _without_notes(data["folded_signs"]).items()})
    for prefix, code in _without_notes(data["sign_joiners"]).items():
        folded[f"{prefix}$"] = code
    for code in any_case:
        folded[f"{code.lower()}$"] = code
        # "MUSD", "MEUR": a million of the currency, as some financial tables write it.
        folded[f"m{code.lower()}"] = code
    for form, code in _without_notes(data["signs"]).items():
        # Capital initials stay capitals: "le", "ro", "n" are words and letters ("le 21 mars").
        if not (form.isalpha() and form.isupper() and len(form) <= 2):
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
    multiples = _without_notes(data.get("unit_multiples", {}))
    words.update({form: code for form, (code, _) in multiples.items()})
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

    # "318 MDT", "27 MFCFA": M and a local sign of capitals (French "millions de dinars"), a million of it.
    for form, code in list(signs.items()):
        if form.isalpha() and form.isupper() and 2 <= len(form) <= 4 and form != code and f"M{form}" not in signs:
            signs[f"M{form}"] = code
            if form in shared:
                shared[f"M{form}"] = set(shared[form])
    scales = cldr_scales()
    scales.update({word: Decimal(value) for word, value in _without_notes(data["scales"]).items()})
    table = CurrencyTable(
        signs=signs, signs_folded=folded, joiners=frozenset(_without_notes(data["sign_joiners"])), words=words,
        qualified_words=qualified, scales=scales, qualifiers=qualifier_words(data["qualifiers"]),
        shared={form: frozenset(found) for form, found in shared.items() if len(found) > 1},
        shared_signs=frozenset(f for f in sign_forms if f not in signs and len(shared.get(f, ())) > 1),
        weak_words=frozenset(weak),
        needs_context=frozenset(s for s in set(signs) | set(shared) if re.fullmatch(r"[A-Z]", s))
        | frozenset(data["needs_context"]) | frozenset(data["codes_need_context"]) | frozenset(need_amount)
        | frozenset(forms.local_signs) | frozenset(f"M{form}" for form in forms.local_signs),
        declared_only=frozenset(data["declared_only"]), territories=territories, strong_defaults=frozenset(strong),
        predecessors=_predecessors(),
        scale_prefixes=scale_prefixes(), romance_scales=romance_scales(), stopped_scales=frozenset(abbreviated_scales()),
        trailing_words=_trailing_words(qualified, shared, forms),
        units={unit: frozenset(found) for unit, found in forms.units.items() if len(unit) >= 3},
        word_codes=frozenset(data["codes_need_context"]) | frozenset(need_amount) | frozenset(title_codes) | frozenset(withdrawn),
        needs_amount=frozenset(need_amount) | frozenset(title_codes) | frozenset(withdrawn),
        signs_need_amount=frozenset(data.get("signs_need_amount", {}).get("forms", ())),
        unit_multiples={form: Decimal(value) for form, (_, value) in multiples.items()},
        thousand_nouns=frozenset(word.lower() for word in data.get("thousand_nouns", {}).get("words", ())),
    )
    nouns = set(words) | set(table.units) | set(data["ambiguous_words"])
    heads = set(nouns)
    for phrase in qualified:
        # (Every name's last word is read as a noun by the MONEY patterns, which span "1,250,000 Trinidad & Tobago
        # dollars" across no-break spaces by it.)
        first, last = phrase.partition(" ")[0], phrase.rpartition(" ")[2]
        nouns.add(last)
        romance = last not in table.units and last not in words and (first in table.units or first in words)
        heads.add(first if romance else last)
    return dataclasses.replace(table, head_nouns=frozenset(heads)), frozenset(nouns)


FIRST_REPLACEMENT_YEAR = 1990


def _predecessors() -> dict[str, tuple[str, int]]:
    """From CLDR's territory currencies: each current currency used in one territory only, the tender currency it
    replaced there, and the year it began ("ZMW" -> ("ZMK", 2013), "SLE" -> ("SLL", 2022))."""
    from babel.core import get_global

    history = get_global("territory_currencies")
    territories_of: dict[str, set[str]] = {}
    for territory, entries in history.items():
        for code, _start, end, tender in entries:
            if tender and end is None:
                territories_of.setdefault(code, set()).add(territory)
    found: dict[str, tuple[str, int]] = {}
    for territory, entries in history.items():
        tender = [(code, start, end) for code, start, end, is_tender in entries if is_tender and start is not None]
        for code, start, end in tender:
            if end is not None or len(territories_of.get(code, ())) != 1:
                continue
            # (Only a former currency, replaced since 1990: "CUP" began in 1859 beside a "CUC" since withdrawn, and
            # South Sudan's pound replaced Sudan's, which still circulates.)
            # (And one of the same name: Armenia's dram replaced the rouble, whose amounts no page writes in drams.)
            before = [(old_end, old) for old, old_start, old_end in tender if old != code and old_end is not None
                      and old_end >= start and old not in territories_of and _unit_word(old) == _unit_word(code)]
            if before and start[0] >= FIRST_REPLACEMENT_YEAR:
                found[code] = (max(before)[1], start[0])
    return found


def _unit_word(code: str) -> str:
    """The last word of a currency's English name, dates left out ("Zambian Kwacha (1968–2012)" -> "kwacha")."""
    from babel.numbers import get_currency_name

    return re.sub(r"\([^)]*\)", "", get_currency_name(code, locale="en")).split()[-1].lower()


def _trailing_words(qualified: dict, shared: dict, forms: "_Forms") -> frozenset[str]:
    """Tokens after the unit word of names written noun first ("francs CFA", "escudos cabo-verdianos", "pesos colombianos")."""
    trailing: set[str] = set()
    for name in set(qualified) | {n for n in shared if " " in n}:
        first, _, rest = name.partition(" ")
        if first in forms.units and rest:
            trailing |= {w for w in re.split(r"\s+|(-)", rest) if w}
    return frozenset(trailing)


def _written_variants(forms: list[str]) -> list[tuple[str, str]]:
    """(form, variant): a mixed-case letter symbol with its later letters in lower case ("TSh" -> "Tsh"),
    and a cedi sign written with the cent sign people type for it ("GH₵" -> "GH¢")."""
    variants = []
    for form in forms:
        if form.isalpha() and len(form) >= 3 and not form.isupper() and not form[1:].islower():
            variants.append((form, form[0] + form[1:].lower()))
        if "₵" in form:
            variants.append((form, form.replace("₵", "¢")))
    return variants


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    return f"{head} {last}s".strip() if not last.endswith("s") else phrase
