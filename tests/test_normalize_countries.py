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
