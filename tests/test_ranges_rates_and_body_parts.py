"""Money: a change "from X to Y" a few words after its verb, a French range of grouped thousands before its sign, a
range written in words, French and Spanish qualifiers in their inflected forms, "PhP" for the Philippine peso, a
header's "(R million)", a count column beside an amount column under one caption, "$" declared as another dollar.
Countries: a demonym after a currency's noun, the French official name with its elided "d'". Dates: calendar-year
quarters and ranges ("Q1 CY2031", "CY2030–CY2033"), "a partir de", a decree's code, a worded compound ordinal day.
Projects: two provinces joined by "and" before a head, "in X's region" after a head, a body's group before a dash,
a Romance head's adjective before a name, "Framework Loan", French and Spanish bodies. Links: a price per one unit of
another currency, a page's publication date, a disaster's and a strategy's dates (French) are no project's. Also the
short form "Burkina", "Saint Lucian", a name's gloss in a language, the Islamic Dinar a page names; a sibling list item
set off by a full stop; a Romance head's lowercase description before a name; an item's field lines after its
sub-items (a progress reading's date excepted); "the framework" naming the page's own framework.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts


def test_a_change_from_one_amount_to_another_a_few_words_after_its_verb(nlp):
    text = "The amendment lifts the envelope from EUR 14m to EUR 19m. Pump prices went up from $820 to $1,140."
    assert money_values(nlp, text) == {"EUR 14m": (Decimal("14000000"), "EUR", "exact"),
                                       "EUR 19m": (Decimal("19000000"), "EUR", "exact"),
                                       "$820": (Decimal("820"), "USD", "exact"), "$1,140": (Decimal("1140"), "USD", "exact")}


def test_a_range_from_one_amount_to_another_stays_one_range(nlp):
    values = money_values(nlp, "Loans of the window range from EUR 2m to EUR 9m each.")
    assert [(v[0], v[1]) for v in values.values()] == [(Decimal("2000000"), "EUR")]
    assert nlp("Loans of the window range from EUR 2m to EUR 9m each.").spans["MONEY"][0]._.value.amount_max == Decimal("9000000")


def test_a_french_range_of_grouped_thousands_before_its_sign(nlp):
    doc = nlp("Au Maroc, chaque coopérative reçoit de 40 000 à 120 000 DH pour ses serres.")
    (span,) = doc.spans["MONEY"]
    assert (span.text, span._.value.amount, span._.value.amount_max, span._.value.currency) == \
        ("40 000 à 120 000 DH", Decimal("40000"), Decimal("120000"), "MAD")


def test_a_number_in_words_with_a_hyphen_is_no_range(nlp):
    assert money_values(nlp, "The Fund committed Twenty-Five Million Dollars to it.") == \
        {"Twenty-Five Million Dollars": (Decimal("25000000"), "USD", "exact")}


def test_a_range_after_a_phrasal_up_or_a_later_to_stays_one_range(nlp):
    for text in ("The fund tops up grants from $10,000 to $50,000 each.",
                 "The programme grew to fund grants from $10,000 to $50,000."):
        (span,) = nlp(text).spans["MONEY"]
        assert (span._.value.amount, span._.value.amount_max) == (Decimal("10000"), Decimal("50000"))


def test_a_range_written_in_words(nlp):
    doc = nlp("The second phase would need forty to fifty-five million euros over five years.")
    (span,) = doc.spans["MONEY"]
    assert (span.text, span._.value.amount, span._.value.amount_max) == \
        ("forty to fifty-five million euros", Decimal("40000000"), Decimal("55000000"))


def test_french_and_spanish_qualifiers_in_their_inflected_forms(nlp):
    text = ("Au Sénégal, les primes restent plafonnées à 300 000 FCFA. Les ventes de semences ont dépassé les 9 Mds FCFA. "
            "En Bolivia, la inversión superó los Bs 40 millones.")
    assert {text: value[2] for text, value in money_values(nlp, text).items()} == \
        {"300 000 FCFA": "at_most", "9 Mds FCFA": "at_least", "Bs 40 millones": "at_least"}


def test_php_writes_the_philippine_peso(nlp):
    assert money_values(nlp, "The city pays PhP 2.4 billion; the rate used is USD 1 = PhP 58.10.") == {
        "PhP 2.4 billion": (Decimal("2400000000"), "PHP", "exact"), "USD 1": (Decimal("1"), "USD", "exact"),
        "PhP 58.10": (Decimal("58.10"), "PHP", "exact")}


def test_a_header_unit_whose_sign_needs_its_country(nlp):
    text = ("The department in South Africa lists its allocations.\n\n"
            "Item                          | Budget (R million) | Years\n"
            "Hill Dams Upgrade             | 1 250              | 2031/32\n"
            "Valley Taps Programme         | 310                | 2031/32\n")
    assert money_values(nlp, text) == {"1 250": (Decimal("1250000000"), "ZAR", "exact"),
                                       "310": (Decimal("310000000"), "ZAR", "exact")}


def test_a_count_column_beside_the_amount_column_under_one_caption(nlp):
    text = ("Au Bénin, portefeuille 2031 (montants en millions de FCFA)\n"
            "Département    | Projets  | Montant\n"
            "Borgou         | 12       | 310.5\n"
            "Zou            | 4        | 98.2\n")
    assert money_values(nlp, text) == {"310.5": (Decimal("310500000"), "XOF", "exact"),
                                       "98.2": (Decimal("98200000"), "XOF", "exact")}
    # (A money header that mentions projects keeps the caption's unit.)
    text = text.replace("Projets  | Montant", "Projets  | Montant des projets")
    assert sorted(money_values(nlp, text)) == ["310.5", "98.2"]


def test_a_bare_dollar_declared_as_another_dollar(nlp):
    text = 'Figures are in Eastern Caribbean dollars. The harbour works cost $12.5 million.'
    assert money_values(nlp, text)["$12.5 million"][1] == "XCD"
    text = 'A "$" alone means EC$ throughout. The harbour works cost $12.5 million.'
    assert money_values(nlp, text)["$12.5 million"][1] == "XCD"


def test_a_demonym_after_a_currencys_noun_names_no_country(nlp):
    doc = nlp("Un don de 3,2 millions de dollars américains et 2 millions de francs suisses. "
              "The credit line is drawn in Uzbek soum.")
    assert [s.text for s in doc.spans["COUNTRY"]] == []
    # (A demonym after any other noun, or after a noun that names no currency of its country, names its country;
    # a Mongolian district, a soum, is no money.)
    doc = nlp("Un partenaire américain et une unité sénégalaise suivent le projet dans 40 soums de Mongolie.")
    assert [s.text for s in doc.spans["COUNTRY"]] == ["américain", "sénégalaise", "Mongolie"]
    assert [s.text for s in doc.spans["MONEY"]] == []


def test_the_french_official_name_with_its_elided_de(nlp):
    doc = nlp("Un accord signé avec la République d’Haïti en 2031.")
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == [("République d’Haïti", "HT")]


def test_calendar_year_quarters_and_ranges(nlp):
    text = "Two loans were signed in Q1 CY2031; works run CY2031–CY2034."
    assert date_values(nlp, text) == {"Q1 CY2031": ("2031-01", "2031-03"), "CY2031–CY2034": ("2031", "2034")}


def test_a_partir_de_opens_a_period(nlp):
    assert date_values(nlp, "El subsidio se pagará a partir de marzo de 2032.") == {"marzo de 2032": ("2032-03", None)}
    assert date_values(nlp, "Le fonds opérera à partir de 2033.") == {"2033": ("2033", None)}
    # (Before a range with its end, the range keeps it.)
    assert list(date_values(nlp, "El proyecto, ejecutado a partir de 2026 hasta 2029, terminó.").values()) == [("2026", "2029")]


def test_a_decrees_code_holds_no_date(nlp):
    text = "La Resolución Ministerial N.° 118-2031-MINAGRI fija las tarifas desde el 4 de mayo de 2031."
    assert date_values(nlp, text) == {"4 de mayo de 2031": ("2031-05-04", None)}


def test_a_worded_compound_ordinal_day(nlp):
    assert date_values(nlp, "Registration ends on the twenty-third of May 2031.") == \
        {"twenty-third of May 2031": ("2031-05-23", "2031-05-23")}


def test_two_provinces_joined_before_a_head_are_one_name(nlp):
    assert project_texts(nlp, "A grant pays for the Adana and Mersin Flood Defences Project, which raises river walls.") == \
        ["Adana and Mersin Flood Defences Project"]
    # (A country before "and" is a second party, as before.)
    assert project_texts(nlp, "Support from Kenya and the Lake Roads Project, which rebuilds roads.") == ["Lake Roads Project"]


def test_a_possessive_after_in_ends_the_name(nlp):
    assert project_texts(nlp, "The Dune Wells Pilot in Chad's Kanem region ran for three years.") == \
        ["Dune Wells Pilot"]


def test_a_bodys_group_before_a_dash_is_no_project(nlp):
    text = ("Donor Working Group – Roads and Ports (DWG-RP)\nMinutes of the March session\n\n"
            "The Urban Water Services – Phase II (UWS-II) starts in 2031.")
    assert project_texts(nlp, text) == ["Urban Water Services – Phase II (UWS-II)"]


def test_a_romance_heads_adjective_before_the_name(nlp):
    text = ("La nueva fase amplía el proyecto piloto Tierra Viva, que terminó en 2029. "
            "Le fonds s'inspire du projet pilote Bon Grenier, achevé en 2030.")
    assert project_texts(nlp, text) == ["Tierra Viva", "Bon Grenier"]


def test_a_framework_loan_is_a_head(nlp):
    assert project_texts(nlp, "A second tranche of the Coastal Ports Framework Loan was drawn in 2031.") == \
        ["Coastal Ports Framework Loan"]


def test_french_and_spanish_bodies(nlp):
    text = ("Le Bureau des Marchés Publics et des Projets (BMPP) publie le rapport. "
            "Las Juntas Vecinales de Riego (JVR) eligen a sus directivas en 2031.")
    assert project_texts(nlp, text) == []


def test_a_price_per_unit_and_a_publication_date_are_no_projects(nlp):
    text = ("Programa de Riego Andino (PRA)\n\nEl PRA invierte S/ 120 millones en 40 sistemas de riego. Los montos en "
            "dólares se convierten a S/ 3.70 por US$ 1.\n\nArtículo publicado el 3 de marzo de 2031.\n")
    record = extract_text(nlp, text, "t")
    (project,) = record.projects
    assert [(str(a.amount), a.currency) for a in project.amounts] == [("120000000", "PEN")]
    assert project.dates == []


def test_short_forms_and_demonyms_of_burkina_and_saint_lucia(nlp):
    doc = nlp("Teams from Burkina and Mali met in Burkina Faso; 300 Saint Lucian nurses were trained.")
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == \
        [("Burkina", "BF"), ("Mali", "ML"), ("Burkina Faso", "BF"), ("Saint Lucian", "LC")]


def test_a_names_gloss_gives_its_language_not_a_country(nlp):
    doc = nlp('The cooperative is called Terra Firme (Portuguese for "solid ground") and works with a French partner.')
    assert [s.text for s in doc.spans["COUNTRY"]] == ["French"]
    # (Outside a parenthesis it stays a demonym.)
    assert [s.text for s in nlp('A grant from the Japanese for "Safe Water" arrived.').spans["COUNTRY"]] == ["Japanese"]


def test_the_islamic_dinar_a_page_names_is_its_unit_of_account(nlp):
    text = ("The Board approved ID 41.5 million for a water project in Senegal. The Bank's unit of account, the "
            "Islamic Dinar (ID), is worth one Special Drawing Right.")
    assert money_values(nlp, text)["ID 41.5 million"] == (Decimal("41500000"), "XDR", "exact")
    # (Without it, ID is the Iraqi dinar, in a passage about Iraq and beside a scale only.)
    assert money_values(nlp, "In Iraq, the grant is ID 30 million. Project ID 4521.") == \
        {"ID 30 million": (Decimal("30000000"), "IQD", "exact")}


def test_a_disasters_and_a_strategys_dates_in_french_are_not_the_projects(nlp):
    text = ("Programme d'Appui aux Vergers du Nord (PAVN)\n\nLe PAVN replante les vergers détruits lors du séisme du 3 mai "
            "2029. Le PAVN a soutenu les vergers pendant la sécheresse de 2030-2031. Il s'inscrit dans la stratégie Terres Vertes "
            "2028-2038. Il sera exécuté de 2032 à 2036.\n")
    (project,) = extract_text(nlp, text, "t").projects
    assert [(d.start, d.end) for d in project.dates] == [("2032", "2036")]


def test_a_sibling_item_set_off_by_a_full_stop_with_a_dash_inside_its_name(nlp):
    text = ("Two loans need attention:\n\n"
            "  - Upland Grain Silos Project (UGSP). Only a third of the silos stand.\n"
            "  - Tarn–Vesle Ferry Landings. The second tranche, agreed in 2031, has barely moved.\n"
            "  - St. Vincent Quay Works – the first berth opened in 2031.\n"
            "  - Delays. Rains came late in 2031 and works stopped.\n")
    assert project_texts(nlp, text) == ["Upland Grain Silos Project (UGSP)", "Tarn–Vesle Ferry Landings",
                                        "St. Vincent Quay Works"]


def test_a_romance_heads_lowercase_description_before_the_name(nlp):
    text = ("Le gouvernement étend le programme de transferts monétaires Greniers Solidaires, lancé en 2029. "
            "O programa de merenda escolar Prato Cheio, criado em 2030, cresce.")
    assert project_texts(nlp, text) == ["Greniers Solidaires", "Prato Cheio"]
    # (A bill, a broadcast, a work plan and one adjective in capitals are no names.)
    text = ("el proyecto de ley Orgánica de Riegos, aprobado. el programa de radio Buenos Vecinos, emitido. "
            "el programa de trabajo Anual, aprobado.")
    assert project_texts(nlp, text) == []


def test_a_posts_date_on_its_line_is_no_projects(nlp):
    text = ("Hill Clinics Programme (HCP)\nPosted by A. Banda · 18 May 2031\n\nThe HCP opened its first clinic on "
            "2 March 2031.\n\nPosted 30 June 2031\nOn 27 June 2031 the board approved the HCP's second phase.\n")
    (project,) = extract_text(nlp, text, "t").projects
    assert sorted(d.start for d in project.dates) == ["2031-03-02", "2031-06-27"]
    # ("posted" as a verb in running text says nothing of the date.)
    text = "The Hill Clinics Programme (HCP) posted nurses to each district and opened its first clinic on 2 March 2031."
    (project,) = extract_text(nlp, text, "t").projects
    assert [d.start for d in project.dates] == ["2031-03-02"]


def test_an_items_field_lines_after_its_sub_items_are_its_own(nlp):
    text = ("Projects under way\n\n"
            "1. Lowland Drains Project (LDP)\n"
            "   Total cost: US$ 40 million\n"
            "     – loan: US$ 30 million\n"
            "     – grant: US$ 10 million\n"
            "   Agreement signed: 4 May 2031\n"
            "   Implementation: 2031–2035\n"
            "   Status: ditches 30% complete at 31 March 2032.\n")
    (project,) = extract_text(nlp, text, "t").projects
    assert sorted((d.start, d.end) for d in project.dates) == [("2031", "2035"), ("2031-05-04", "2031-05-04")]


def test_the_framework_names_the_pages_framework_not_a_plan(nlp):
    text = ("Valley Towns Sanitation Framework\n\nThe board approved the framework in March 2031 with an envelope of up "
            "to USD 90 million.")
    (project,) = extract_text(nlp, text, "t").projects
    assert [(d.start, d.end) for d in project.dates] == [("2031-03", "2031-03")]


def test_a_range_of_days_with_the_article_before_its_second_day(nlp):
    # (Recognizers-Text's datetime suite has this shape; the article stopped joining day dates last session.)
    assert date_values(nlp, "Book a room from 3rd of May 2031 to the 9th of May 2031.") == \
        {"from 3rd of May 2031 to the 9th of May 2031": ("2031-05-03", "2031-05-09")}
