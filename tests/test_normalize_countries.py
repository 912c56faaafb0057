"""normalize_country against the real tables (pycountry plus rules/countries.json)."""

import pytest

from pipeline.normalize import normalize_country

NAMES = [
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Lao PDR", "LA"), ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"),
    ("Burma", "MM"), ("Myanmar", "MM"), ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Philippines", "PH"),
    ("Republic of Korea", "KR"), ("Korea", "KR"), ("South Korea", "KR"), ("USA", "US"), ("United States", "US"),
    ("Türkiye", "TR"), ("Turkey", "TR"), ("United Kingdom", "GB"), ("UK", "GB"), ("Timor-Leste", "TL"),
    ("Timor Leste", "TL"), ("Brunei Darussalam", "BN"), ("United Republic of Tanzania", "TZ"), ("Tanzania", "TZ"),
    ("Czech Republic", "CZ"), ("Netherlands", "NL"), ("Federal Democratic Republic of Ethiopia", "ET"),
    ("REPUBLIC OF MADAGASCAR", "MG"), ("SOCIALIST REPUBLIC OF VIET NAM", "VN"), ("Islamic Republic of Afghanistan", "AF"),
    ("Eswatini", "SZ"), ("United Arab Emirates", "AE"), ("Democratic Republic of the Congo", "CD"),
    ("São Tomé and Príncipe", "ST"), ("Kyrgyz Republic", "KG"), ("Lao P.D.R.", "LA"),
]
DEMONYMS = [
    ("Japanese", "JP"), ("Malian", "ML"), ("Malians", "ML"), ("Korean", "KR"), ("Canadian", "CA"), ("Swiss", "CH"),
    ("Dutch", "NL"), ("Irish", "IE"), ("Malagasy", "MG"), ("Vietnamese", "VN"), ("Syrians", "SY"), ("Jordanians", "JO"),
    ("Filipino", "PH"), ("Nepalese", "NP"), ("Afghan", "AF"), ("British", "GB"),
]
NEGATIVES = ["Tokyo", "Asia", "Africa", "ASEAN", "South Asia", "Turin", "English", "Kathmandu", "Jersey"]


@pytest.mark.parametrize("text,iso2", NAMES)
def test_countries_names(text, iso2, rules):
    value = normalize_country(text, rules.countries)
    assert (value.iso2, value.form) == (iso2, "name")


@pytest.mark.parametrize("text,iso2", DEMONYMS)
def test_countries_demonyms(text, iso2, rules):
    value = normalize_country(text, rules.countries)
    assert (value.iso2, value.form) == (iso2, "demonym")


@pytest.mark.parametrize("text", NEGATIVES)
def test_countries_regions_cities_and_languages_are_not_countries(text, rules):
    assert normalize_country(text, rules.countries) is None


# Issue 9: short forms, any case, CLDR names in French/Spanish/Portuguese, a longer name over the one inside it.
REAL_PAGE_NAMES = [
    ("Democratic Republic of Congo", "CD"), ("Republic of Congo", "CG"), ("PNG", "PG"), ("DRC", "CD"), ("UAE", "AE"),
    ("AZERBAIJAN", "AZ"), ("occupied Palestinian territory", "PS"), ("oPt", "PS"), ("Sénégal", "SN"),
    ("Costa do Marfim", "CI"), ("Alemanha", "DE"), ("Timor-\nLeste", "TL"),
    ("DPR Korea", "KP"), ("Guinea Bissau", "GW"), ("Kosovo", "XK"),
]


@pytest.mark.parametrize("text,iso2", REAL_PAGE_NAMES)
def test_countries_real_page_names(text, iso2, rules):
    value = normalize_country(text, rules.countries)
    assert (value.iso2, value.form) == (iso2, "name")


def test_countries_word_broken_at_a_line_end_reads_whole(rules):
    value = normalize_country("Ugan-\ndan", rules.countries)
    assert (value.iso2, value.form) == ("UG", "demonym")


def test_countries_aliases_are_only_what_pycountry_and_cldr_lack():
    """rules/countries.json keeps only names pycountry (and CLDR's fr/es/pt names) do not already give."""
    import json

    import pycountry
    from babel import Locale

    from pipeline.country_table import COUNTRY_NAME_LOCALES
    from .conftest import ROOT

    known = {getattr(c, a) for c in pycountry.countries for a in ("name", "official_name", "common_name") if hasattr(c, a)}
    codes = {c.alpha_2 for c in pycountry.countries}
    # The loader takes CLDR's names only for ISO 3166-1 countries (not for XK, Kosovo).
    known |= {name for locale in COUNTRY_NAME_LOCALES for code, name in Locale(locale).territories.items() if code in codes}
    aliases = json.loads((ROOT / "rules" / "countries.json").read_text(encoding="utf-8"))["aliases"]
    repeated = sorted(name for names in aliases.values() for name in names if name in known)
    assert repeated == []


# (text, the COUNTRY spans the pipeline must find, with their ISO codes)
IN_CONTEXT = [
    ("The Democratic Republic of Congo signed first.", [("Democratic Republic of Congo", "CD")]),
    ("A Sino-Brazilian fund opened.", [("Sino", "CN"), ("Brazilian", "BR")]),
    ("Trade with the UAE and PNG grew; AZERBAIJAN joined.", [("UAE", "AE"), ("PNG", "PG"), ("AZERBAIJAN", "AZ")]),
    ("The Gambia signed.", [("Gambia", "GM")]),
    ("Links reach the Tanza-\nnian border.", [("Tanza-\nnian", "TZ")]),
    ("Grants were paid in Fijian dollars, Bolivian bolivianos and Central African CFA francs.", []),
    ("Flooding cost Ghana $3bn; UNICEF Chile EUR 4 million.", [("Ghana", "GH"), ("Chile", "CL")]),
    ("Roads in Panamá Oeste province and the Inter-American Development Bank.", []),
    ("Le Plan Bénin Durable.", [("Bénin", "BJ")]),
    # A language switcher names languages; a country's name before a feature in lower case names the place.
    ("English | Français\nThe fund works in Mali.", [("Mali", "ML")]),
    ("English (en) | Español (es)\nIt works in Chile.", [("Chile", "CL")]),
    ("Rice from the Senegal river farms reached Kenyan river towns.", [("Kenyan", "KE")]),
]


@pytest.mark.parametrize("text,expected", IN_CONTEXT, ids=[c[0][:40] for c in IN_CONTEXT])
def test_countries_found_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == expected
