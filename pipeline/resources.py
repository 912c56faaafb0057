"""Reading rules/: spaCy pattern files and lookup tables, with file:line errors.

Every table is data: rules/*.jsonl hold one spaCy pattern per line (`label`,
`pattern`, `id`), and rules/*.json hold word lists and lookups, each opening with a
`_note` that names its sources. Country names come from pipeline.country_table (pycountry and CLDR); currency forms
(pycountry's ISO 4217 codes and CLDR's symbols and names) from pipeline.currencies.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import RulesError
from .country_table import country_table, entries, shared_demonym_countries
from .currencies import CurrencyTable, build_currency_table
from .fingerprint import DEFAULT_RULES_DIR, PATTERN_FILES, TABLE_FILES, rules_fingerprint
from .normalize.ethiopian import ethiopian_months
from .normalize.hijri import hijri_months
from .normalize.spoken_years import CENTURIES, TEENS_AND_TENS, UNITS
PATTERN_KEYS = {"label", "pattern", "id"}


@dataclass(frozen=True)
class PatternLine:
    """One pattern with where it came from, so spaCy errors can point at the line."""

    file: str
    line: int
    pattern: dict[str, Any]


def _case_variants(words) -> list[str]:
    return sorted({v for w in words for v in (w, w.lower(), w.upper(), w.capitalize(), w.title())})


def french_dollar_suffixes() -> list[str]:
    """The letters after "$" in CLDR's French dollar symbols ("$CA", "$US", "$AU"), but "NA", which tables write
    for "not available"."""
    from babel import Locale

    return sorted(symbol[1:] for symbol in Locale("fr").currency_symbols.values()
                  if symbol[:1] == "$" and symbol[1:].isalpha() and symbol[1:].isupper() and symbol[1:] != "NA")


def build_lexicon(currencies: CurrencyTable, currency_nouns: frozenset[str]) -> dict[str, dict]:
    """Named token classes for the pattern files, as native spaCy token specs.

    Pattern files say {"_": {"fs_month": true}} so they stay readable; the loader
    replaces each class with the spec below, so the Matcher never calls Python per token.
    """
    from .normalize.calendar_words import DOTTED_DAY_MONTHS, HALF_ORDINALS, MONTH_JOINERS, MONTHS, dotted_ordinals, quarter_name_tokens
    from .normalize.dates import ORDINALS
    from .normalize.glued_scales import glued_scale_forms
    from .normalize.money import FRACTION_WORDS, LINKING_WORDS, NUMBER_WORDS, POINT_WORD

    months = set(MONTHS) | {f"{m}." for m in MONTHS if len(m) <= 4}
    # Pieces of a month broken at a line end ("Octo-" / "ber"); the normalizer checks they make one.
    month_heads = {f"{m[:i]}-" for m in MONTHS for i in range(2, len(m) - 1)}
    month_tails = {m[i:] for m in MONTHS for i in range(2, len(m) - 1)} | {f"{m[i:]}." for m in MONTHS if len(m) <= 4 for i in range(2, len(m) - 1)}
    scales = set(currencies.scales)
    signs = set(currencies.signs) | set(_case_variants(currencies.signs_folded)) | set(currencies.shared_signs)
    signs |= {s for s in currencies.shared_signs if " " not in s}
    signs |= glued_scale_forms(currencies)  # "310 MDH", "1,2 Md€"
    signs |= {f"{sign}." for sign in currencies.lettered_signs()}  # "Kshs.3,907,114" (pipeline.tokenizer)
    # Unit words: one currency each ("kip", "euros") or shared and resolved by the passage ("pesos", "rupees").
    currency_words = (set(currencies.words) | {w for w in currencies.shared if " " not in w and w.isalpha() and w.islower()}) \
        - currencies.weak_words
    letters = "".join(sorted(s for s in signs if len(s) == 1 and s.isalpha() and s.isupper()))
    # Words before a currency noun, as the tokenizer splits them ("bosnia-herzegovina" -> "bosnia", "-", "herzegovina").
    adjectives = {w for phrase in currencies.qualified_words if " " in phrase
                  for w in re.split(r"\s+|(-)", phrase.rsplit(" ", 1)[0]) if w}
    years = [str(y) for y in range(1800, 2200)]
    # "Q4", "T4" (French, Spanish, Portuguese) and the words of "2º trimestre", from CLDR.
    quarter_names, quarter_ordinals, quarter_nouns = quarter_name_tokens()
    # "2018.04": year and month as Korean and Chinese sources write them (one token).
    year_months = [f"{y}.{m:02d}" for y in range(1900, 2100) for m in range(1, 13)]
    days = [str(d) for d in range(1, 32)] + [f"{d:02d}" for d in range(1, 10)]
    # "1st"; the first of the month as French and Portuguese write it ("1er janvier", "1º de maio").
    ordinal_days = [f"{d}{s}" for d in days for s in ("st", "nd", "rd", "th")] + ["1er", "1º", "1°"]
    # "Mar 12,2025": a day and a year run together by a comma are one token (no thousands group has four digits).
    day_comma_years = [f"{d},{y}" for d in days for y in range(1900, 2100)]
    return {
        # Not a token class: the tokens a match must contain (see pipeline.ruler).
        # "FY" anchors fiscal years written with two digits ("FY24").
        # "'" anchors a year written with two digits after it ("Jan '25", "Q3 '25").
        "anchors:DATE": {"ORTH": {"IN": years + year_months + day_comma_years + ["FY", "Fy", "fy", "'", "’"] + sorted(CENTURIES)
                                  + [f"{y}{s}" for y in range(1800, 2100, 10) for s in ("s", "'s", "’s")]}},
        "anchors:MONEY": {"ORTH": {"IN": sorted(signs | set(_case_variants(currency_words)) | set(_case_variants(currency_nouns))
                                              | set(_case_variants(scales)) | set(_case_variants(currencies.weak_words)))}},
        "fs_year": {"ORTH": {"IN": years}},
        "fs_year_dot_month": {"ORTH": {"IN": year_months}},
        "fs_day": {"LOWER": {"IN": sorted(set(days + ordinal_days))}},
        "fs_day_comma_year": {"ORTH": {"IN": day_comma_years}},
        "fs_day_number": {"ORTH": {"IN": days}},
        "fs_month_number": {"ORTH": {"IN": [str(m) for m in range(1, 13)] + [f"{m:02d}" for m in range(1, 10)]}},
        "fs_two_digits": {"ORTH": {"IN": [f"{n:02d}" for n in range(100)]}},
        "fs_year_end": {"ORTH": {"IN": [f"{n:02d}" for n in range(100)] + years}},
        "fs_decade_year": {"ORTH": {"IN": [str(y) for y in range(1800, 2100, 10)]}},
        "fs_decade": {"ORTH": {"IN": [f"{y}{s}" for y in range(1800, 2100, 10) for s in ("s", "'s", "’s")]}},
        "fs_month": {"LOWER": {"IN": sorted(months)}},
        "fs_dotted_day_month": {"LOWER": {"IN": sorted(DOTTED_DAY_MONTHS)}},
        "fs_month_joiner": {"LOWER": {"IN": sorted(MONTH_JOINERS)}},
        "fs_month_head": {"LOWER": {"IN": sorted(month_heads)}},
        "fs_month_tail": {"LOWER": {"IN": sorted(month_tails)}},
        "fs_year_part": {"LOWER": {"IN": sorted(quarter_names | {"h1", "h2"})}},
        # "2º trimestre de 2024", "1er trimestre 2026": CLDR's wide quarter names.
        "fs_quarter_ordinal": {"LOWER": {"IN": sorted(quarter_ordinals)}},
        "fs_quarter_noun": {"LOWER": {"IN": sorted(quarter_nouns)}},
        "fs_half_ordinal": {"LOWER": {"IN": sorted(set(HALF_ORDINALS) | dotted_ordinals(HALF_ORDINALS))}},  # "2.º semestre"
        "fs_ordinal_word": {"LOWER": {"IN": sorted(ORDINALS)}},
        # "twenty nineteen", "twenty twenty-four": a year as a transcript spells what was said.
        "fs_spoken_century": {"LOWER": {"IN": sorted(CENTURIES)}},
        "fs_spoken_tens": {"LOWER": {"IN": sorted(TEENS_AND_TENS)}},
        "fs_spoken_unit": {"LOWER": {"IN": sorted(UNITS)}},
        # "M" and "m" are millions; a capital "B" alone is too often a letter.
        "fs_scale": {"ORTH": {"IN": sorted(set(_case_variants(scales)) - {"B"})}},
        "fs_scale_with_stop": {"ORTH": {"IN": sorted(_case_variants(currencies.stopped_scales))}},
        "fs_currency_sign": {"ORTH": {"IN": sorted(signs)}},
        "fs_currency_word": {"LOWER": {"IN": sorted(currency_words)}},
        "fs_currency_noun": {"LOWER": {"IN": sorted(currency_nouns | {f"{n}s" for n in currency_nouns})}},
        "fs_currency_adjective": {"LOWER": {"IN": sorted(adjectives)}},
        "fs_number_word": {"LOWER": {"IN": sorted(set(NUMBER_WORDS) | set(FRACTION_WORDS) | set(LINKING_WORDS)
                                                  | {POINT_WORD})}},
        "fs_sign_joiner": {"LOWER": {"IN": sorted(currencies.joiners)}},
        # "275 000 $ CA", "20 000 $ US": French writes CLDR's "$CA" and "$US" after the amount, often spaced.
        "fs_dollar_suffix": {"ORTH": {"IN": french_dollar_suffixes()}},
        # "mil" of "mil millones"; "CFA" of "francs CFA", "cabo", "-", "verdianos" of "escudos cabo-verdianos".
        "fs_scale_prefix": {"LOWER": {"IN": sorted(currencies.scale_prefixes)}},
        "fs_currency_trailing": {"LOWER": {"IN": sorted(currencies.trailing_words)}},
        # A one-letter sign glued to a short number, before a scale: "K9 billion", "R30bn" (see pipeline.tokenizer).
        "fs_glued_letter_amount": {"TEXT": {"REGEX": rf"^[{letters}]\d{{1,3}}(?:[.,]\d+)?$"}},
        # A unit word that is also an English word ("won", "real"): an amount only after a scale.
        "fs_currency_weak_word": {"LOWER": {"IN": sorted(currencies.weak_words & (set(currencies.words) | set(currencies.shared)))}},
        # "millions d'euros": the French elided "de" glued to the currency word.
        "fs_currency_word_elided": {"LOWER": {"IN": sorted(f"{d}{w}" for w in currency_words for d in ("d'", "d’"))}},
        # A unit that takes cents after it: "15 dollars and 50", "17 USD and 25".
        "fs_currency_unit": {"ORTH": {"IN": sorted(signs | set(_case_variants(currency_words)))}},
    }


def expand_pattern(entry: PatternLine, lexicon: dict[str, dict]) -> dict[str, Any]:
    """A pattern with its named token classes replaced by native specs (errors name file:line)."""
    pattern = entry.pattern["pattern"]
    if not isinstance(pattern, list):
        return entry.pattern
    expanded = []
    for token in pattern:
        token = dict(token)
        flags = token.pop("_", {})
        for name, wanted in flags.items():
            if name not in lexicon or name.startswith("anchors:"):
                known = sorted(k for k in lexicon if not k.startswith("anchors:"))
                raise RulesError(f"{entry.file}:{entry.line}: unknown token class '_': {name!r}; known: {known}")
            if wanted is not True:
                raise RulesError(f"{entry.file}:{entry.line}: token class {name!r} takes true")
            for attr, spec in lexicon[name].items():
                if "IN" not in spec:  # a class given as a regex ("fs_glued_letter_amount")
                    token[attr] = spec
                    continue
                allowed = set(spec["IN"])
                if attr in token:
                    # Combine with what the pattern says itself, e.g. {"LOWER": {"NOT_IN": ["and"]}}.
                    own = token[attr]
                    allowed -= set(own.get("NOT_IN", [])) if isinstance(own, dict) else set()
                    if isinstance(own, dict) and "IN" in own:
                        allowed &= set(own["IN"])
                token[attr] = {"IN": sorted(allowed)}
        expanded.append(token)
    return {**entry.pattern, "pattern": expanded}


@dataclass(frozen=True)
class Rules:
    directory: Path
    fingerprint: str
    date_patterns: list[PatternLine]
    money_patterns: list[PatternLine]
    country_patterns: list[dict[str, str]]
    countries: dict[str, tuple[str, str]]
    geographic_after: frozenset[str]
    geographic_before: frozenset[str]
    geographic_prefixes: frozenset[str]
    combining_forms: frozenset[str]
    language_before: frozenset[str]
    language_after: frozenset[str]
    currencies: CurrencyTable
    currency_word_forms: frozenset[str]
    projects: dict[str, Any]
    lexicon: dict[str, dict]
    # "data from 2022", "similar to 2022": words that keep a date after "from"/"to" a point (rules/date_words.json).
    date_words: dict[str, frozenset[str]]
    # The Hijri months' spellings (normalize.hijri.month_key) and numbers.
    hijri_months: dict[str, int]
    ethiopian_months: dict[str, int] = field(default_factory=dict)
    # A demonym two countries share ("Congolese": CG, CD), its default first.
    shared_demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def spacy_patterns(self, lines: list[PatternLine]) -> list[dict[str, Any]]:
        """Patterns ready for a span_ruler: named token classes expanded, no-break spaces allowed between tokens."""
        from .tokenizer import with_unicode_spaces

        expanded = [expand_pattern(line, self.lexicon) for line in lines]
        return [{**entry, "pattern": with_unicode_spaces(entry["pattern"])} for entry in expanded]


def read_pattern_file(path: Path) -> list[PatternLine]:
    """Read a JSONL pattern file; every problem names the file and line."""
    from spacy.schemas import validate_token_pattern

    patterns = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise RulesError(f"{path}: cannot read rules file ({error})") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as error:
            raise RulesError(f"{where}: invalid JSON ({error.msg}, column {error.colno})") from error
        if not isinstance(entry, dict) or not {"label", "pattern"} <= entry.keys():
            raise RulesError(f"{where}: expected an object with 'label' and 'pattern' (and optional 'id')")
        unknown = entry.keys() - PATTERN_KEYS
        if unknown:
            raise RulesError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(PATTERN_KEYS)}")
        if isinstance(entry["pattern"], list):
            problems = validate_token_pattern(entry["pattern"])
            if problems:
                raise RulesError(f"{where}: invalid spaCy token pattern: {'; '.join(problems)}")
        elif not isinstance(entry["pattern"], str):
            raise RulesError(f"{where}: 'pattern' must be a token pattern (list) or a phrase (string)")
        patterns.append(PatternLine(str(path), number, entry))
    return patterns


def _read_table(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise RulesError(f"{path}: rules file is missing") from error
    except json.JSONDecodeError as error:
        raise RulesError(f"{path}:{error.lineno}: invalid JSON ({error.msg})") from error


def _currency_table(data: dict[str, Any]) -> tuple[CurrencyTable, frozenset[str]]:
    return build_currency_table(data)


def load_rules(directory: str | Path | None = None) -> Rules:
    """Load and check every rules file in directory (default: the project's rules/).

    RETURNS (Rules): patterns, tables and the fingerprint of the folder's contents.
    Loaded once per folder however it is named (None, "rules", an absolute path).
    """
    return _load_rules(Path(os.path.abspath(directory or DEFAULT_RULES_DIR)))


load_rules.cache_clear = lambda: _load_rules.cache_clear()  # to read edited rules again in one process


@lru_cache(maxsize=8)
def _load_rules(directory: Path) -> Rules:
    if not directory.is_dir():
        raise RulesError(f"{directory}: rules folder not found (set --rules or FACTSHEETS_RULES)")
    for name in PATTERN_FILES:
        if not (directory / name).is_file():
            raise RulesError(f"{directory / name}: rules file is missing")
    tables = {name: _read_table(directory / name) for name in TABLE_FILES}
    try:
        countries, country_patterns = country_table(tables["countries.json"])
        currencies, currency_words = _currency_table(tables["currencies.json"])
        features = tables["countries.json"]["geographic_features"]
        geographic_prefixes = frozenset(features["prefixes"])
        combining = frozenset(p for _, prefixes in entries(tables["countries.json"]["combining_forms"]) for p in prefixes)
        projects = tables["projects.json"]
        for key in ("project_heads", "non_project_heads", "organization_names", "title_function_words", "prepositions"):
            projects[key]
        date_words = {key: frozenset(tables["date_words.json"][key])
                      for key in ("point_phrases", "source_nouns", "words_after_open")}
        hijri = hijri_months(tables["date_words.json"].get("hijri_month_spellings", {}))
        ethiopian = ethiopian_months(tables["date_words.json"].get("ethiopian_month_spellings", {}))
        shared_demonyms = shared_demonym_countries(tables["countries.json"]["demonyms"])
    except (KeyError, TypeError, AttributeError) as error:
        raise RulesError(f"{directory}: a lookup table lacks a required entry: {error}") from error
    date_patterns = read_pattern_file(directory / "dates.jsonl")
    money_patterns = read_pattern_file(directory / "money.jsonl")
    lexicon = build_lexicon(currencies, currency_words)
    for line in date_patterns + money_patterns:
        expand_pattern(line, lexicon)
    return Rules(
        directory=directory,
        fingerprint=rules_fingerprint(directory),
        date_patterns=date_patterns,
        money_patterns=money_patterns,
        country_patterns=country_patterns,
        countries=countries,
        geographic_after=frozenset(features["after"]),
        geographic_before=frozenset(features["before"]),
        geographic_prefixes=geographic_prefixes,
        combining_forms=combining,
        language_before=frozenset(tables["countries.json"]["languages"]["before"]),
        language_after=frozenset(tables["countries.json"]["languages"]["after"]),
        currencies=currencies,
        currency_word_forms=currency_words,
        projects=projects,
        lexicon=lexicon,
        date_words=date_words,
        hijri_months=hijri,
        ethiopian_months=ethiopian,
        shared_demonyms=shared_demonyms,
    )
