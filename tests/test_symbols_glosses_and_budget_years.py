"""Acronyms align with their long form: not across a verb before lowercase words, not across two commas of a
name, a post and a body, and an owner's acronym may prefix a window's own; two letters that spell nothing of a name
are no acronym of it; a body's acronym after a table's name is the body's. A quoted gloss in parentheses after a coined
name translates it; an IMF arrangement is no project; a territory's possessive owns the name after it; a Romance
sentence opener before a body is trimmed; a body whose name wraps after "with the" ends the name before it; a list
item's unclosed parenthesis and lowercase head noun stay outside. Money: the French "dollars américains", Haitian
"gdes", Cabo Verde's "ECV" and "contos" (a thousand escudos); a column's shared sign before a scale is no caption's
currency. Dates: Spanish first days ("1ro.", "primero"), Romance budget years ("gestión 2023", "exercice 2023-2024"),
years closing a document's symbol, and "by" or "a más tardar" across a line break or before an article.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts


def test_lowercase_words_after_a_verb_are_no_long_form_of_an_acronym(nlp):
    text = "Totals in Annex K-7 are total projected outlays (TPO) across every component. The TPO rose."
    assert project_texts(nlp, text) == []


def test_letters_aligning_across_two_commas_of_a_name_a_post_and_a_body_are_no_long_form(nlp):
    text = ("Ms Dana Okoro, Director General, Tanvale Blue Fund (DG)\n\n"
            "DG: On the fund, we act.\n\n"
            "1. Hill–Lake Road Corridor Rehabilitation, Phase 4 (HLRC-4) – 2031–2035\n"
            "Safe Roofs, Safe Villages (SRSV) is new.\n")
    assert project_texts(nlp, text) == ["Tanvale Blue Fund", "Hill–Lake Road Corridor Rehabilitation, Phase 4 (HLRC-4)",
                                        "Safe Roofs, Safe Villages (SRSV)"]


def test_an_owner_acronym_prefixing_a_window_acronym_is_outside_the_name(nlp):
    text = "2033 – MRT opens a Dune Restoration Window (MRT-DRW) with EUR 7 million from the bank."
    assert project_texts(nlp, text) == ["Dune Restoration Window (MRT-DRW)"]


def test_a_body_acronym_in_a_table_row_is_not_the_project_s(nlp):
    text = ("| # | Donor | Project | Period |\n|---|---|---|---|\n"
            "| 1 | Canada | Lakeside Reading Window (UNICEF) | 2031–2033 |\n")
    assert project_texts(nlp, text) == ["Lakeside Reading Window"]


def test_a_quoted_gloss_after_a_coined_name_is_no_project(nlp):
    text = ("The ministry runs (b) Sela Voru (\"Bright Morning\"), its cash transfer, and (c) Pakoli Tena (\"Roads for "
            "Every Village\") in the hills. The Hill Clinics Project (\"Safe Births\") ended.")
    assert project_texts(nlp, text) == ["Hill Clinics Project", "Safe Births"]


def test_an_imf_arrangement_is_no_project(nlp):
    text = ("The IMF approved a Resilience and Sustainability Facility for Eastland. The IMF's 40-month Extended Fund "
            "Facility (EFF) was approved in 2031. Prior actions were agreed with the IMF under the Extended Credit "
            "Facility. The Lakeside Water Facility is funded by the bank.")
    assert project_texts(nlp, text) == ["Lakeside Water Facility"]


def test_a_territory_s_possessive_and_a_romance_opener_stay_outside(nlp):
    text = ("Projects can be topped up by the Province’s Fonds Provincial des Échanges (FPE), which grants €9,500.\n\n"
            "Selon la Banque Centrale de Tanvalie (BCT), le taux est de 7 %. Según el Programa de Agua Segura (PAS), "
            "hay 10 pozos.\n")
    assert project_texts(nlp, text) == ["Fonds Provincial des Échanges (FPE)", "Programa de Agua Segura (PAS)"]


def test_a_body_wrapped_after_with_the_ends_the_name(nlp):
    text = ("In Eastland, two work packages run the Lakeside Cool Roofs Initiative with the Eastland Education\n"
            "Service: 60 schools receive shade.\n")
    assert project_texts(nlp, text) == ["Lakeside Cool Roofs Initiative"]


def test_an_unclosed_parenthesis_and_a_lowercase_head_stay_outside_a_list_item(nlp):
    text = ("Related projects\n\n"
            "* Lakeside Water Futures project (2029-2033, £4.7m, funded by the council and\n"
            "  the former agency)\n"
            "* Hill Roads Programme (2030-2034, £1.3m)\n")
    assert project_texts(nlp, text) == ["Lakeside Water Futures", "Hill Roads Programme"]


def test_romance_dollar_names_local_abbreviations_and_contos(nlp):
    found = money_values(nlp, "Le projet est doté d'un don de 64 millions de dollars américains. Le crédit est de "
                              "1 800 000 gdes par ménage en Haïti.")
    assert found == {"64 millions de dollars américains": (Decimal("64000000"), "USD", "exact"),
                     "1 800 000 gdes": (Decimal("1800000"), "HTG", "exact")}
    found = money_values(nlp, "O Fundo de Cabo Verde foi criado com ECV 720 milhões. O acordo de 2,6 milhões de contos "
                              "e 240 mil contos.")
    assert found == {"ECV 720 milhões": (Decimal("720000000"), "CVE", "exact"),
                     "2,6 milhões de contos": (Decimal("2600000000"), "CVE", "exact"),
                     "240 mil contos": (Decimal("240000000"), "CVE", "exact")}


def test_a_column_in_a_shared_sign_is_not_in_the_caption_s_currency(nlp):
    text = ("Annex 2. Bank Group operations in Zambia\n\n"
            "Table 2.3 – Approvals by operation (USD million equivalent)\n"
            " No. | Operation | Approved | Window | Amount | Counterpart (K million)\n"
            " 3 | HILL-I | 14/03/2031 | ADF | 31.5 | 72.4\n")
    found = money_values(nlp, text)
    assert found["31.5"] == (Decimal("31500000"), "USD", "exact") and "72.4" not in found


def test_spanish_first_days_and_romance_budget_years(nlp):
    found = date_values(nlp, "Se firmó el 1ro. de julio de 2031 y el primero de marzo de 2032. En la gestión 2033 "
                             "creció. Exercice 2030-2031 clos.")
    assert found == {"1ro. de julio de 2031": ("2031-07-01", "2031-07-01"),
                     "primero de marzo de 2032": ("2032-03-01", "2032-03-01"),
                     "gestión 2033": ("2033", "2033"), "Exercice 2030-2031": ("2030", "2031")}


def test_a_year_closing_a_document_symbol_is_no_date(nlp):
    found = date_values(nlp, "N° 052/SG/GP-TV/2031 du 3 mai. NÚM. 083-2031. No. PR/FIN/204/2031-32. Signed JAN/2031 "
                             "and in 06/2031.")
    assert found == {"JAN/2031": ("2031-01", "2031-01"), "06/2031": ("2031-06", "2031-06")}


def test_by_across_a_line_break_and_a_mas_tardar_close_a_period(nlp):
    found = date_values(nlp, "Staff the units by\n       June 2031. Reply before\nthe end of April 2032. Concluirá a "
                             "más tardar en diciembre de 2033 y a más tardar el 31 de marzo de 2034.")
    assert found == {"June 2031": (None, "2031-06"), "April 2032": (None, "2032-04"),
                     "diciembre de 2033": (None, "2033-12"), "31 de marzo de 2034": (None, "2034-03-31")}


def test_a_number_glued_to_a_capitalized_word_is_inside_the_name(nlp):
    text = "The bank approved the COVID-19 Emergency Response Project and the Tanvale Svitlo-3 Solar Heat Project in 2031."
    assert project_texts(nlp, text) == ["COVID-19 Emergency Response Project", "Tanvale Svitlo-3 Solar Heat Project"]


def test_a_date_range_ends_before_a_dash_opening_the_next_line(nlp):
    found = date_values(nlp, "Lakeside Traders Facility\n  – availability period 2031–2036\n  – 11 partner banks\n")
    assert found == {"2031–2036": ("2031", "2036")}


def test_a_funder_field_naming_a_programme_leads_in_no_rows(nlp):
    text = ("Lake and Health Research Hub (LAKEH)\n\n"
            "Funder: Eastland Research Council (ERC), Global Hubs Programme\n"
            "Award: £9.3m (April 2031 - March 2036) | Grant ref. ZX/Q0442/7\n"
            "Countries: Bangladesh | Nepal | Ghana\n")
    records = {p.title: p for p in extract_text(nlp, text, "hub").projects}
    hub = records["Lake and Health Research Hub"]
    assert [c.iso2 for c in hub.countries] == ["BD", "NP", "GH"] and [a.amount for a in hub.amounts] == [Decimal("9300000")]
    assert not records["Global Hubs Programme"].amounts


def test_lowercase_words_then_a_project_noun_after_a_quoted_name_call_it_a_project(nlp):
    text = "5. “Bright Villages” off-grid solar initiative\nA Financing Agreement was signed. The \"Best Deal\" of the year."
    assert project_texts(nlp, text) == ["Bright Villages"]


def test_a_hyphenated_compound_may_describe_a_name_before_its_noun(nlp):
    text = "It funds the Bright Homes off-grid solar initiative and the Bright Roofs cash-based transfer programme."
    assert project_texts(nlp, text) == ["Bright Homes", "Bright Roofs"]


def test_romance_back_references_take_the_project_s_facts(nlp):
    text = ("Desde 2031 el banco financia la Iniciativa Bosques del Lago (IBL) con una donación de 11 millones de euros. "
            "Suecia cofinancia la iniciativa con $us 2,8 millones.\n\n"
            "O Projeto de Água Solar da Ilha (PASI) recebe 6,2 milhões de euros. O Estado entra no projeto com 130 mil "
            "contos.\n")
    records = {p.acronym: p for p in extract_text(nlp, text, "romance").projects}
    assert [a.amount for a in records["IBL"].amounts] == [Decimal("11000000"), Decimal("2800000")]
    assert [a.amount for a in records["PASI"].amounts] == [Decimal("6200000"), Decimal("130000000")]


def test_a_sign_after_the_amount_keeps_its_full_stop(nlp):
    found = money_values(nlp, "Danish commitment ......... 310 mio. kr.\n"
                              "Of this, Denmark earmarks 85 mio. kr. for sanitation, about KSh 1.6 billion.")
    assert set(found) == {"310 mio. kr.", "85 mio. kr.", "KSh 1.6 billion"}
    assert found["310 mio. kr."] == (Decimal("310000000"), "DKK", "exact")


def test_a_line_break_after_the_article_or_before_the_noun_keeps_the_name(nlp):
    text = ("In Peru, the\nWayra Pampa micro-reservoir programme built 380 small dams. The bank finances the\n"
            "Sierra Viva program of the ministry. It gave A$ 6.4 million for the Pathways to Quality Schooling\n"
            "facility in 2031. Cabinet approved the Ala Fou Vaega (New Road Paths)\nprogramme.")
    assert project_texts(nlp, text) == ["Wayra Pampa", "Sierra Viva", "Pathways to Quality Schooling", "Ala Fou Vaega"]


def test_works_named_after_an_article_ending_the_line_before(nlp):
    text = ("A loan of KD2.9m is earmarked for the\nRehabilitation of the Hill-Lake Road Section, a 57-km stretch. "
            "Another loan will finance the\nHill Lake Road Rehabilitation over four years.")
    assert project_texts(nlp, text) == ["Rehabilitation of the Hill-Lake Road Section", "Hill Lake Road Rehabilitation"]


def test_a_card_s_closing_link_ends_its_paragraph_before_the_next_card(nlp):
    card = ("SYSTEM GRANT  ·  Active\n{name}\nCountry: {country}\nGrant agent: World Bank\nAmount: {amount}\n"
            "Approved: {date}\nView grant details →\n\n")
    text = "Grants database\n\n" + "".join(card.format(name=n, country=c, amount=a, date=d) for n, c, a, d in (
        ("Hill Schools Transformation Programme", "Nepal", "$17.4 million", "January 6, 2031"),
        ("Lake Teachers Quality Project", "Madagascar", "US$ 23,900,000", "12 October 2031"),
        ("River Girls' Learning Programme", "Chad", "US$5,300,000", "2 March 2031")))
    records = {p.title: p for p in extract_text(nlp, text, "cards").projects}
    assert [c.iso2 for c in records["Lake Teachers Quality Project"].countries] == ["MG"]
    assert [a.amount for a in records["Lake Teachers Quality Project"].amounts] == [Decimal("23900000")]
    assert [c.iso2 for c in records["Hill Schools Transformation Programme"].countries] == ["NP"]
