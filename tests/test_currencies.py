"""Currency knowledge: rules/currencies.json adds only what CLDR lacks, and every ISO 4217 currency is recognized.

The cases of the generated test come from pycountry (the codes) and Babel/CLDR (symbols,
plural names, the territories that use each currency), not from typed lists.
"""

import json
from decimal import Decimal
from functools import lru_cache

import pycountry
import pytest
from babel.numbers import get_currency_name, get_currency_symbol

from pipeline.currencies import _cldr_forms, _fund_codes, cldr_scales

from .conftest import ROOT

TABLE = json.loads((ROOT / "rules" / "currencies.json").read_text(encoding="utf-8"))
ISO = {c.alpha_3 for c in pycountry.currencies} - _fund_codes()
NBSP = "\u00a0"


@lru_cache(maxsize=1)
def cldr():
    return _cldr_forms(ISO, set(TABLE["former_codes"]))


def entries(section):
    return sorted((k, v) for k, v in TABLE[section].items() if not k.startswith("_"))


@pytest.mark.parametrize("form,code", entries("signs"), ids=[k for k, _ in entries("signs")])
def test_currencies_json_sign_is_not_a_cldr_symbol(form, code):
    forms, _ = cldr()
    assert code not in forms.signs.get(form, set()), f"{form!r} is already CLDR's symbol for {code}"


@pytest.mark.parametrize("form,codes", entries("shared_signs"), ids=[k for k, _ in entries("shared_signs")])
def test_currencies_json_shared_sign_adds_currencies_cldr_lacks(form, codes):
    forms, _ = cldr()
    assert not set(codes) <= forms.signs.get(form, set()), f"CLDR already gives {form!r} to {codes}"


@pytest.mark.parametrize("word,code", entries("words"), ids=[k for k, _ in entries("words")])
def test_currencies_json_word_is_not_a_cldr_unit_word(word, code):
    forms, _ = cldr()
    assert code not in forms.units.get(word, set()), f"{word!r} is already a CLDR name of {code}"


@pytest.mark.parametrize("phrase,codes", entries("qualified_words"), ids=[k for k, _ in entries("qualified_words")])
def test_currencies_json_qualified_word_is_not_a_cldr_name(phrase, codes):
    forms, _ = cldr()
    codes = {codes} if isinstance(codes, str) else set(codes)
    pycountry_names = {c.name.lower(): c.alpha_3 for c in pycountry.currencies}
    assert not codes <= forms.names.get(phrase, set()), f"{phrase!r} is already a CLDR name"
    assert pycountry_names.get(phrase) not in codes, f"{phrase!r} is already pycountry's name"


@pytest.mark.parametrize("word,value", entries("scales"), ids=[k for k, _ in entries("scales")])
def test_currencies_json_scale_is_not_a_cldr_scale_word(word, value):
    assert cldr_scales().get(word) != Decimal(value), f"{word!r} is already a CLDR scale word"


def test_currencies_cldr_knows_the_forms_the_issue_names(currencies):
    expected = {"FCFA": "XAF", "Nu.": "BTN", "₸": "KZT", "GH₵": "GHS", "Ksh": "KES", "S/": "PEN", "VT": "VUV"}
    assert {form: currencies.default(form) for form in expected} == expected
    assert currencies.qualified_words["german marks"] == "DEM"
    assert currencies.qualified_words["adb units of account"] == "XUA"


# -- every active ISO 4217 currency, written the ways the spec lists ------------------------------------------

def _country_of(code, territories):
    for iso2, used in sorted(territories.items()):
        if code in used:
            country = pycountry.countries.get(alpha_2=iso2)
            return getattr(country, "common_name", None) or country.name
    return None


def _symbol(code, territories):
    symbol = get_currency_symbol(code, "en")
    if symbol == code:
        forms, _ = cldr()
        local = sorted(form for form, codes in forms.signs.items() if code in codes)
        symbol = local[0] if local else code
    return symbol


def iso4217_cases():
    """(id, sentence, amount, code): code before and after, symbol, plural name; with and without a scale; NBSP."""
    _, territories = cldr()
    never = set(TABLE["codes_never"])
    cases = []
    for code in sorted(ISO - never - {"XXX", "XTS"}):
        if code.startswith("X") and code not in {"XOF", "XAF", "XPF", "XCD", "XDR", "XUA"}:
            continue  # metals and bond units are not money a factsheet counts
        country = _country_of(code, territories)
        lead = f"In {country}, the programme" if country else "The programme"
        plural = get_currency_name(code, count=2, locale="en")
        symbol = _symbol(code, territories)
        # A bare "$" is USD unless the document declares its dollar (spec): the symbol case declares it.
        declared = f"All figures are in {plural}. " if symbol == "$" else ""
        # "£" stays sterling in any passage (strong_defaults): only a declaration makes it another pound.
        if symbol in TABLE["strong_defaults"] and TABLE["strong_defaults"][symbol] != code:
            declared = f'"{symbol}" means {plural}. '

        for scale, amount in (("", "1,250,000"), (" million", "45")):
            value = Decimal(amount.replace(",", "")) * (Decimal(10**6) if scale else 1)
            forms = {"code-before": f"{code} {amount}{scale}", "code-after": f"{amount}{scale} {code}",
                     "symbol": f"{symbol}{amount}{scale}" if len(symbol) == 1 or not symbol.isalpha() else f"{symbol} {amount}{scale}",
                     "name": f"{amount}{scale} {plural}"}
            for kind, form in forms.items():
                for space in (" ", NBSP):
                    text = form.replace(" ", space)
                    lead_in = declared if kind == "symbol" else ""
                    cases.append((f"{code}-{kind}{'-scale' if scale else ''}{'-nbsp' if space != ' ' else ''}",
                                  f"{lead_in}{lead} cost {text} in total.", value, code))
    return cases


CASES = iso4217_cases()
# Misses of the generated test (strict xfails below): a number nine tokens before its currency word is beyond
# the MONEY ruler's reach.
KNOWN_MISSES = {"PGK-name-nbsp"}


def _recognized(nlp, sentence, amount, code):
    doc = nlp(sentence)
    values = [s._.value for s in doc.spans["MONEY"]]
    return len(values) == 1 and values[0].amount == amount and values[0].currency == code


@lru_cache(maxsize=1)
def _results(nlp):
    return {case_id: _recognized(nlp, sentence, amount, code) for case_id, sentence, amount, code in CASES}


def test_currencies_every_iso4217_currency_is_recognized(nlp):
    results = _results(nlp)
    missed = sorted(case_id for case_id, ok in results.items() if not ok)
    rate = 1 - len(missed) / len(results)
    assert rate >= 0.99, f"{rate:.4f} of {len(results)}; missed: {missed}"
    assert set(missed) <= KNOWN_MISSES, sorted(set(missed) - KNOWN_MISSES)


MISSES = [c for c in CASES if c[0] in KNOWN_MISSES]


@pytest.mark.parametrize("case_id,sentence,amount,code", MISSES, ids=[c[0] for c in MISSES])
@pytest.mark.xfail(strict=True, reason="known gap: ruler reach")
def test_currencies_known_misses(nlp, case_id, sentence, amount, code):
    assert _recognized(nlp, sentence, amount, code)


def test_currencies_dollar_initials_are_not_cldr_symbols():
    """N$, TT$, CI$ are derived from the dollars' English names because CLDR does not have them."""
    from pipeline.currencies import dollar_prefixes

    forms, _ = cldr()
    derived = dollar_prefixes(ISO)
    assert {"N$": {"NAD"}, "TT$": {"TTD"}, "CI$": {"KYD"}}.items() <= {k: v for k, v in derived.items()}.items()
    for form in ("N$", "TT$", "CI$"):
        assert form not in forms.signs, f"CLDR already has {form!r}"


def test_currencies_withdrawn_codes_come_from_babel_not_pycountry(currencies):
    from pipeline.currencies import former_codes

    current = {c.alpha_3 for c in pycountry.currencies}
    withdrawn = former_codes(TABLE["former_codes_never"]["codes"])
    assert {"DEM", "FRF", "ESP", "NLG", "ZMK", "GHC"} <= withdrawn and not withdrawn & current
    assert all(currencies.signs[code] == code for code in withdrawn)
    assert "BOP" not in currencies.signs  # balance of payments


def test_currencies_qualifiers_are_grouped_by_language(currencies):
    groups = {k: v for k, v in TABLE["qualifiers"].items() if isinstance(v, dict)}
    assert set(groups) == {"fr", "es", "pt", "de", "nl"}
    for words in groups.values():
        for word, qualifier in words.items():
            if not word.startswith("_"):
                assert currencies.qualifiers[word] == qualifier


def test_currencies_strong_defaults_are_shared_forms(currencies):
    for form, code in TABLE["strong_defaults"].items():
        if not form.startswith("_"):
            assert code in currencies.candidates(form) and len(currencies.candidates(form)) > 1
            assert form in currencies.strong_defaults


def test_currencies_scale_prefix_and_romance_scales_come_from_cldr(currencies):
    assert currencies.scale_prefixes == {"mil": Decimal(1000)}
    assert {"millones", "milhões", "milliards"} <= currencies.romance_scales
    assert not {"million", "millions", "billion"} & currencies.romance_scales
