"""Shapes read from web pages and reports in many languages: the title line under a breadcrumb trail through a
projects section, an acronym's window counted in words ("agro-pastoraux" is one), a Romance head before the aligned
words, a noun after the acronym that calls a name a project whatever its head, a coined name glossed in a
parenthesis then called "our ... programme", a numbered item labelled by its places, a subtitle across a spaced
dash that the acronym spells, category and recipient fields, a body's acronym after a programme in a table, a
running header across a table's page break, plural programmes for places; French elisions before a capitalized
name, "M" + code and the scale words of German, Dutch, Italian and Indonesian.

Names, figures, dates and sentences are invented for these tests. False-positive rows are included on purpose.
"""

from decimal import Decimal

import pytest


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


def money(nlp, text):
    doc = nlp(text)
    return {s.text: (s._.value.amount, s._.value.currency) for s in doc.spans["MONEY"]}


def countries(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["COUNTRY"]]


FOUND = [
    # A breadcrumb trail through "Projects", past the menu, then the page's title line (no head noun).
    ("Home / Projects / Project Details / Ruritania\n\nAbout    Projects    News    Contact\n\n"
     "Strengthening Hill Farmers' Resilience in the Upper Velona Valley\n\nProject at a glance\n",
     "Strengthening Hill Farmers' Resilience in the Upper Velona Valley"),
    # The window of the acronym counts words: a hyphenated word is one.
    ("Le don finance le Projet d'appui aux systèmes agro-pastoraux et halieutiques du Kadei (PASAK).",
     "Projet d'appui aux systèmes agro-pastoraux et halieutiques du Kadei (PASAK)"),
    # A Romance head right before the words the acronym spells opens the name.
    ("1. Programa Caminos Verdes del Norte (CAVENOR)\n   Cooperante: Ruritania\n",
     "Programa Caminos Verdes del Norte (CAVENOR)"),
    # "(ACRONYM) project" calls the name a project although "Systems" heads bodies' names.
    ("In 2031 the Lakeland Storm Recovery and Seed Systems (LASRESS) project rebuilt 12 seed banks.",
     "Lakeland Storm Recovery and Seed Systems (LASRESS)"),
    # A coined name, a gloss in parentheses, then an appositive that calls it our programme.
    ("Velonia. Kizuri Shamba (\"good farm\"), our soil-health programme in two districts, reached 900 farmers.",
     "Kizuri Shamba"),
    # A numbered item labelled by the places it serves; the gulf opens a name that goes on past the place.
    ("Flagships:\n1. Togo – Benin: Gulf of Tarsa Solar Interconnector (GTSI)\n   • 220 kV line\n"
     "2. Ghana: Harbour Fibre Corridor (HFC)\n   • fibre\n3. Benin: Port Tarsa Vaccine Hub\n   • vaccines\n",
     "Gulf of Tarsa Solar Interconnector (GTSI)"),
    ("Flagships:\n1. Togo: Lake Tarsa Solar Link (LTSL)\n   • 220 kV line\n"
     "2. Ghana: Harbour Fibre Corridor (HFC)\n   • fibre\n3. Benin: Port Tarsa Vaccine Hub\n   • vaccines\n",
     "Port Tarsa Vaccine Hub"),
    # A coined name opens the line, a subtitle follows a spaced dash, and the acronym spells the coined words.
    ("ACTIVITY\nKazi Pamoja – County Jobs and Drought Resilience Programme, Phase II (KAZI II)\nActivity title\n",
     "Kazi Pamoja – County Jobs and Drought Resilience Programme, Phase II (KAZI II)"),
    # A Markdown heading holding a name and the acronym the page then uses.
    ("Intro.\n\n# Bosques Altos Unidos: Keeping the Cloud Forests of Two Valleys (BAUN)\n\n"
     "BAUN at a glance. BAUN works in 12 villages. BAUN ends in 2033.\n",
     "Bosques Altos Unidos: Keeping the Cloud Forests of Two Valleys (BAUN)"),
    # A Romance project noun before quotes names what they hold.
    ("Cooperación Sur-Sur: el proyecto «Cacao de Altura sin Fronteras» forma a 300 productores.",
     "Cacao de Altura sin Fronteras"),
]

NOT_FOUND = [
    # A category field's value is a kind, not a name; a recipient field's value is a body.
    ("Project Type:          Regular Project\nStatus:                Active\n", "Regular Project"),
    ("Recipient: Hill Water Users Trust (HWUT)\nGrant amount: ¥9,860,000\n", "Hill Water Users Trust (HWUT)"),
    # A place in the parenthesis says where the word before it is.
    ("The bridge between Tarsa and Bongolo (Chad), a XAF 74 billion scheme, opens in 2032.", "Bongolo"),
    # Programmes for each of several places are a set.
    ("The projects contribute to the Decent Work Country Programmes for Zambia (2031–2035) and Malawi.",
     "Decent Work Country Programmes for Zambia"),
    # The trail leads to a listing, a date line or a body's page.
    ("Home / Projects / Ruritania\n\nProjects in Ruritania\n\nText.\n", "Projects in Ruritania"),
    ("Home > Projects > Ruritania\n\nAs of 30 June 2031\n\nText.\n", "As of 30 June 2031"),
]


@pytest.mark.parametrize("text, name", FOUND)
def test_project_names_of_pages_and_reports(nlp, text, name):
    assert name in project_texts(nlp, text)


@pytest.mark.parametrize("text, name", NOT_FOUND)
def test_fields_places_and_sets_are_no_projects(nlp, text, name):
    assert name not in project_texts(nlp, text)


def test_a_body_acronym_after_a_programme_in_a_table_is_not_its_acronym(nlp):
    text = ("Partners:\n- Ministerio del Agua y Transición Ecológica (MATE), Ruritania\n\n"
            "| Source | Country | Amount |\n|---|---|---|\n| Programa Bosque Alto Vivo (MATE) | Ruritania | 5,200,000 |\n")
    names = project_texts(nlp, text)
    assert "Programa Bosque Alto Vivo" in names and "MATE" not in names


def test_a_running_header_across_a_table_is_no_row(nlp):
    header = "AGENCY | 12th Portfolio Review, CY 2031                         Page {} of 3"
    rows = "| Project | Lender | Amount |\n|---|---|---|\n| Hill Roads Project | Bank | 40.00 |\n"
    text = "\n\n".join([header.format(1), rows, "-" * 60, header.format(2), rows.replace("Hill", "Lake"),
                        "-" * 60, header.format(3), "End."])
    assert "Portfolio Review" not in " ".join(project_texts(nlp, text))


MONEY_ROWS = [
    ("Sida contributed 22,3 MSEK to the first phase.", "22,3 MSEK", "22300000", "SEK"),
    ("Norad added 4.5 MNOK in 2031.", "4.5 MNOK", "4500000", "NOK"),
    ("La BAD accorde un prêt de 24,3 millions d'UA au projet.", "24,3 millions d'UA", "24300000", "XUA"),
    ("Pinjaman sebesar USD 5 juta untuk bantuan teknis.", "USD 5 juta", "5000000", "USD"),
    ("Total biaya diperkirakan Rp 7,8 triliun.", "Rp 7,8 triliun", "7800000000000", "IDR"),
    ("Kontribusi daerah sebesar Rp 85 miliar.", "Rp 85 miliar", "85000000000", "IDR"),
    ("Die Bank stellt EUR 2 Milliarden bereit.", "EUR 2 Milliarden", "2000000000", "EUR"),
    ("Het fonds ontving 1,2 miljard euro.", "1,2 miljard euro", "1200000000", "EUR"),
]


@pytest.mark.parametrize("text, span, amount, currency", MONEY_ROWS)
def test_million_codes_elided_units_and_more_scale_words(nlp, text, span, amount, currency):
    found = money(nlp, text)
    assert found.get(span) == (Decimal(amount), currency)


def test_a_french_elision_before_a_country_name_is_a_word_of_its_own(nlp):
    text = "Des représentants de l'Arabie saoudite, de l'Inde et de l'Éthiopie, avec la Côte d'Ivoire."
    assert countries(nlp, text) == ["Arabie saoudite", "Inde", "Éthiopie", "Côte d'Ivoire"]


DATE_ROWS = [
    ("Bevillingsdato ....... 14. december 2031", "14. december 2031", "2031-12-14", "2031-12-14"),
    ("Midtvejsgennemgang – planlagt marts 2032.", "marts 2032", "2032-03", "2032-03"),
    ("Status data: per 31 Maret 2031.", "31 Maret 2031", "2031-03-31", "2031-03-31"),
    ("Das Vorhaben begann im Oktober 2030.", "Oktober 2030", "2030-10", "2030-10"),
    ("Signed: 2031/10/02", "2031/10/02", "2031-10-02", "2031-10-02"),
]


@pytest.mark.parametrize("text, span, start, end", DATE_ROWS)
def test_month_names_of_bilingual_pages_dotted_days_and_slashed_iso_dates(nlp, text, span, start, end):
    doc = nlp(text)
    found = {s.text: (s._.value.start, s._.value.end) for s in doc.spans["DATE"]}
    assert found.get(span) == (start, end)


def test_a_sentence_that_ends_in_a_number_gives_no_day_to_the_next_english_month(nlp):
    doc = nlp("The team trained 14. December 2031 was busier.")
    assert [s.text for s in doc.spans["DATE"]] == ["December 2031"]


LABELLED_MONEY = [
    # A caption's sign with a short scale, then the amounts of its sentence.
    ("Programme spend by country (£m): Kenya 3.1 · Malawi 2.7 · other countries 5.4", "2.7", "2700000", "GBP"),
    # A label that ends in the code its value is in.
    ("Aid type             Project-type intervention\nAgreed amount SEK    48 500 000\n", "48 500 000", "48500000", "SEK"),
    # A Romance page says which currency its "$" is, by the code in parentheses.
    ("Nota: las cifras precedidas del signo $ están en pesos colombianos (COP).\n\n"
     "La cooperación alemana aporta EUR 4 millones (aprox. $ 18.200 millones).", "$ 18.200 millones", "18200000000", "COP"),
]


@pytest.mark.parametrize("text, span, amount, currency", LABELLED_MONEY)
def test_captions_labels_and_declarations_give_bare_amounts_their_unit(nlp, text, span, amount, currency):
    assert money(nlp, text).get(span) == (Decimal(amount), currency)


def test_a_label_with_a_code_but_no_money_word_gives_no_unit(nlp):
    assert money(nlp, "Project number ABC   2031\nCountry code KEN     404\n") == {}
