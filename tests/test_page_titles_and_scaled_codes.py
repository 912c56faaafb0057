"""Shapes read from web pages and reports in many languages: the title line under a breadcrumb trail through a
projects section, an acronym's window counted in words ("agro-industrielles" is one), a noun after the acronym that
calls a name a project whatever its head, coined names glossed in a parenthesis, numbered items labelled by their
places, a subtitle across a spaced dash that the acronym spells, Romance appositives and project nouns, operation
codes before quotes, category and recipient fields, a body's acronym after a programme in a table, a running header
across a table's page break, plural programmes for places; French elisions before a capitalized name, "M" + code,
the scale words and month names of more languages from CLDR, dotted days, captions and labels that give a unit.

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
    # A breadcrumb trail through "Projects", past the menu, then the page's title line over its fact fields.
    ("Home / Projects / Eastland\n\nSearch    Contact    EN | FR\n\nRestoring Orchard Terraces on the Velona Slopes\n\n"
     "Country: Eastland\nApproved: 2031\n", "Restoring Orchard Terraces on the Velona Slopes"),
    # The window of the acronym counts words: a hyphenated word is one.
    ("La subvention appuie le Projet de relance des filières agro-industrielles et laitières du Kivu (PRFAK).",
     "Projet de relance des filières agro-industrielles et laitières du Kivu (PRFAK)"),
    # "(ACRONYM) project" calls the name a project although "Systems" heads bodies' names.
    ("In 2033 the Delta Storm Recovery and Water Systems (DESREWS) project restored 12 dykes.",
     "Delta Storm Recovery and Water Systems (DESREWS)"),
    # A coined name, a gloss in parentheses, then an appositive that calls it our initiative.
    ('In Eastland, Kivuli Kijani ("green shade"), our tree-nursery initiative, planted 40,000 seedlings.', "Kivuli Kijani"),
    # A numbered item labelled by the places it serves; a gulf opens a name that goes on past the place.
    ("Corridors:\n1. Benin – Togo: Gulf of Mono Power Link (GMPL)\n   • 161 kV line\n"
     "2. Niger: Sahel Fibre Backbone (SFB)\n   • 900 km\n3. Togo: Lomé Seed Hub\n   • seeds\n", "Gulf of Mono Power Link (GMPL)"),
    ("Corridors:\n1. Benin – Togo: Gulf of Mono Power Link (GMPL)\n   • 161 kV line\n"
     "2. Niger: Sahel Fibre Backbone (SFB)\n   • 900 km\n3. Togo: Lomé Seed Hub\n   • seeds\n", "Lomé Seed Hub"),
    # A coined name opens the line, a subtitle follows a spaced dash, and the acronym spells the coined words.
    ("RECORD\nKilima Safi – County Roads and Bridges Programme, Phase III (KILIMA III)\nRecord title\n",
     "Kilima Safi – County Roads and Bridges Programme, Phase III (KILIMA III)"),
    # A Markdown heading holding a name and the acronym the page then uses.
    ("Intro.\n\n# Montes Altos Unidos: Keeping Two Valleys' Cloud Forests (MAUN)\n\n"
     "MAUN at a glance. MAUN works in 9 villages. MAUN ends in 2034.\n",
     "Montes Altos Unidos: Keeping Two Valleys' Cloud Forests (MAUN)"),
    # A Romance project noun before quotes, or an operation's code, names what they hold.
    ("Cooperación triangular: el proyecto «Pan de Altura para Todos» forma a 120 panaderos.", "Pan de Altura para Todos"),
    ('The Board approved SAP112 "Mangrove Honey for Coastal Women" in Eastland.', "Mangrove Honey for Coastal Women"),
    # A Romance appositive opens on its head, without an article.
    ("Partenaires :\n• Nafa Kanu, initiative régionale de dialogue pastoral (Mali, Niger)\n", "Nafa Kanu"),
    # An appositive that calls a name a component of a programme.
    ("Eastland committed A$2.1 million to the Harbour Jetties Upgrade, the second component of the Island "
     "Resilience Programme (IRP).", "Harbour Jetties Upgrade"),
    # A gloss between a name and its lowercase programme noun; a Romance project noun before a name.
    ("The cabinet approved the Lagi Manu (Bird Sky) programme, a WST 3 million scheme.", "Lagi Manu"),
    ("Concluído em 2034 o projeto Escola Mais Limpa (2031-2034) com sucesso.", "Escola Mais Limpa"),
    # A quoted subject, glossed, that the sentence calls our scheme.
    ('Recap: "Mama Salama" ("safe mother") is our savings scheme for expectant mothers.', "Mama Salama"),
]

NOT_FOUND = [
    # A category field's value is a kind, not a name; a recipient field's value is a body.
    ("Grant type:     Standard Grant\nStatus:         Active\n", "Standard Grant"),
    ("Recipient: Lakeside Farmers Trust (LFT)\nGrant amount: ¥4,200,000\n", "Lakeside Farmers Trust (LFT)"),
    # A place in the parenthesis says where the word before it is.
    ("The ferry between Tarsa and Molo (Chad), a XAF 12 billion scheme, sails in 2033.", "Molo"),
    # Programmes for each of several places are a set.
    ("Our work supports the Youth Jobs Country Programmes for Zambia (2031–2035) and Malawi.",
     "Youth Jobs Country Programmes for Zambia"),
    # The trail leads to a listing, a byline or a page of questions; a trail that is no site's.
    ("Home / Projects / Eastland\n\nProjects in Eastland\n\nText.\n", "Projects in Eastland"),
    ("Home / Projects / Ghana\n\nBy Jane Doe\n\nText.\n", "By Jane Doe"),
    ("Home / Projects / Malawi\n\nFrequently Asked Questions\n\nText.\n", "Frequently Asked Questions"),
    ("Inputs > Activities > Programmes > Outcomes\n\nTheory of Change Explained\n", "Theory of Change Explained"),
    # "project" that names a portfolio, not the agreement before it; a person glossed, then a project's officer.
    ("The Paris Agreement (PA) project portfolio grew.", "Paris Agreement (PA)"),
    ('Ana Lobo ("Mama Maji"), our project officer in Kisumu, said so.', "Ana Lobo"),
]


@pytest.mark.parametrize("text, name", FOUND)
def test_project_names_of_pages_and_reports(nlp, text, name):
    assert name in project_texts(nlp, text)


@pytest.mark.parametrize("text, name", NOT_FOUND)
def test_fields_places_and_sets_are_no_projects(nlp, text, name):
    assert name not in project_texts(nlp, text)


def test_a_body_acronym_after_a_programme_in_a_table_is_not_its_acronym(nlp):
    text = ("Partners:\n- Ministerio de Aguas Interiores y Saneamiento (MIAS), Ruritania\n\n"
            "| Source | Country | Amount |\n|---|---|---|\n| Programa Lagos Claros (MIAS) | Ruritania | 3,100,000 |\n")
    names = project_texts(nlp, text)
    assert "Programa Lagos Claros" in names and "MIAS" not in names


def test_a_running_header_across_a_table_is_no_row(nlp):
    header = "AGENCY | 12th Annual Review, FY 2032                         Page {} of 3"
    rows = "| Project | Lender | Amount |\n|---|---|---|\n| Hill Roads Project | Bank | 40.00 |\n"
    text = "\n\n".join([header.format(1), rows, "-" * 60, header.format(2), rows.replace("Hill", "Lake"),
                        "-" * 60, header.format(3), "End."])
    names = project_texts(nlp, text)
    assert "Annual Review" not in " ".join(names) and {"Hill Roads Project", "Lake Roads Project"} <= set(names)


MONEY_ROWS = [
    ("Sida gave 4,7 MSEK to the first phase.", "4,7 MSEK", "4700000", "SEK"),
    ("Norad added 1.9 MNOK in 2031.", "1.9 MNOK", "1900000", "NOK"),
    ("La BAD accorde un don de 6,1 millions d'UA au programme.", "6,1 millions d'UA", "6100000", "XUA"),
    ("Hibah sebesar USD 3 juta untuk pelatihan.", "USD 3 juta", "3000000", "USD"),
    ("Total nilai proyek Rp 2,4 triliun.", "Rp 2,4 triliun", "2400000000000", "IDR"),
    ("Dana daerah Rp 40 miliar.", "Rp 40 miliar", "40000000000", "IDR"),
    ("Die Bank stellt EUR 1,5 Milliarden bereit.", "EUR 1,5 Milliarden", "1500000000", "EUR"),
    ("Het fonds ontving 0,8 miljard euro.", "0,8 miljard euro", "800000000", "EUR"),
]


@pytest.mark.parametrize("text, span, amount, currency", MONEY_ROWS)
def test_million_codes_elided_units_and_more_scale_words(nlp, text, span, amount, currency):
    found = money(nlp, text)
    assert found.get(span) == (Decimal(amount), currency)


def test_a_french_elision_before_a_country_name_is_a_word_of_its_own(nlp):
    text = "Des délégués de l'Inde, de l'Arabie saoudite et de l'Ouganda, avec la Côte d'Ivoire."
    assert countries(nlp, text) == ["Inde", "Arabie saoudite", "Ouganda", "Côte d'Ivoire"]


def test_a_french_elision_inside_a_title_stays_in_it(nlp):
    assert "Cap d'Ambre Marine Conservation Project" in project_texts(nlp, "The Cap d'Ambre Marine Conservation Project began.")


DATE_ROWS = [
    ("Bevilget ....... 2. december 2031", "2. december 2031", "2031-12-02", "2031-12-02"),
    ("Gennemgang planlagt marts 2033.", "marts 2033", "2033-03", "2033-03"),
    ("Status per 30 Maret 2032.", "30 Maret 2032", "2032-03-30", "2032-03-30"),
    ("Das Vorhaben endete im Oktober 2034.", "Oktober 2034", "2034-10", "2034-10"),
    ("Unterzeichnet: 2031/11/05", "2031/11/05", "2031-11-05", "2031-11-05"),
    # "à l'horizon 2033" is French for "by 2033": the end only.
    ("Les couloirs seront balisés à l'horizon 2033.", "2033", None, "2033"),
]


@pytest.mark.parametrize("text, span, start, end", DATE_ROWS)
def test_month_names_of_bilingual_pages_dotted_days_and_slashed_iso_dates(nlp, text, span, start, end):
    doc = nlp(text)
    found = {s.text: (s._.value.start, s._.value.end) for s in doc.spans["DATE"]}
    assert found.get(span) == (start, end)


@pytest.mark.parametrize("text, span", [
    ("The team trained 14. December 2031 was busier.", "December 2031"),
    ("Steps:\n1. Sept 2031: inception\n2. Oct 2031: survey\n", "Sept 2031"),
])
def test_a_number_that_ends_a_sentence_or_numbers_a_line_is_no_day(nlp, text, span):
    doc = nlp(text)
    assert span in [s.text for s in doc.spans["DATE"]]


LABELLED_MONEY = [
    # A caption's sign with a short scale, then the amounts of its sentence.
    ("Spend by region (£m): East 4.2 · West 1.8 · other regions 0.6", "1.8", "1800000", "GBP"),
    # A label that ends in the code its value is in.
    ("Aid modality          Project support\nApproved budget NOK   12 400 000\n", "12 400 000", "12400000", "NOK"),
    # A Romance page says which currency its "$" is, by the code in parentheses.
    ("Nota: los montos con el signo $ se expresan en pesos chilenos (CLP).\n\n"
     "El aporte europeo es de EUR 2 millones (aprox. $ 2.100 millones).", "$ 2.100 millones", "2100000000", "CLP"),
]


@pytest.mark.parametrize("text, span, amount, currency", LABELLED_MONEY)
def test_captions_labels_and_declarations_give_bare_amounts_their_unit(nlp, text, span, amount, currency):
    assert money(nlp, text).get(span) == (Decimal(amount), currency)


def test_a_label_with_a_code_but_no_money_word_gives_no_unit(nlp):
    assert money(nlp, "Project number ABC   2031\nCountry code KEN     404\n") == {}


def test_a_number_after_and_with_a_unit_of_its_own_is_no_subunit(nlp):
    found = money(nlp, "It costs 5 MUSD and 7 MEUR; a ticket costs 15 dollars and 50.")
    assert found == {"5 MUSD": (Decimal("5000000"), "USD"), "7 MEUR": (Decimal("7000000"), "EUR"),
                     "15 dollars and 50": (Decimal("15.5"), "USD")}
