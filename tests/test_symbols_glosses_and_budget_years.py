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
    text = "Figures in Table C-2 are total estimated costs (TEC) over the life of each activity. The TEC is high."
    assert project_texts(nlp, text) == []


def test_a_name_a_post_and_a_body_before_two_letters_are_no_long_form(nlp):
    text = ("Ms Jane Doe, Director General, Eastland Green Fund (DG)\n\n"
            "DG: On the fund, we act.\n\n"
            "1. Hill–Lake Road Corridor Rehabilitation, Phase 4 (HLRC-4) – 2031–2035\n"
            "Safe Roofs, Safe Villages (SRSV) is new.\n")
    assert project_texts(nlp, text) == ["Eastland Green Fund", "Hill–Lake Road Corridor Rehabilitation, Phase 4 (HLRC-4)",
                                        "Safe Roofs, Safe Villages (SRSV)"]


def test_an_owner_acronym_prefixing_a_window_acronym_is_outside_the_name(nlp):
    text = "2031 – HWF opens a Coastal Adaptation Window (HWF-CAW) with EUR 15 million from the bank."
    assert project_texts(nlp, text) == ["Coastal Adaptation Window (HWF-CAW)"]


def test_a_body_acronym_in_a_table_row_is_not_the_project_s(nlp):
    text = ("| # | Donor | Project | Period |\n|---|---|---|---|\n"
            "| 1 | Canada | Lakeside Reading Window (UNICEF) | 2031–2033 |\n")
    assert project_texts(nlp, text) == ["Lakeside Reading Window"]


def test_a_quoted_gloss_after_a_coined_name_is_no_project(nlp):
    text = ("The ministry runs (b) Mwana Bora (\"Good Child\"), its cash transfer, and (c) Tiko Moya (\"Clean Water for "
            "All\") in the hills. The Hill Clinics Project (\"Safe Births\") ended.")
    assert project_texts(nlp, text) == ["Hill Clinics Project", "Safe Births"]


def test_an_imf_arrangement_is_no_project(nlp):
    text = ("The IMF approved a Resilience and Sustainability Facility for Eastland. The IMF's 36-month Extended Fund "
            "Facility (EFF) was approved in 2031. Prior actions were agreed with the IMF under the Extended Credit "
            "Facility. The Lakeside Water Facility is funded by the bank.")
    assert project_texts(nlp, text) == ["Lakeside Water Facility"]


def test_a_territory_s_possessive_and_a_romance_opener_stay_outside(nlp):
    text = ("Projects can be topped up by the Region’s Fonds Régional de Solidarité (FRS), which grants €15,000.\n\n"
            "Selon la Banque de la République du Lac (BRL), le taux est de 5 %. Según el Programa de Agua Segura (PAS), "
            "hay 10 pozos.\n")
    assert project_texts(nlp, text) == ["Fonds Régional de Solidarité (FRS)", "Programa de Agua Segura (PAS)"]


def test_a_body_wrapped_after_with_the_ends_the_name(nlp):
    text = ("In Eastland, two work packages run the Lakeside Cool Roofs Initiative with the Eastland Education\n"
            "Service: 60 schools receive shade.\n")
    assert project_texts(nlp, text) == ["Lakeside Cool Roofs Initiative"]


def test_an_unclosed_parenthesis_and_a_lowercase_head_stay_outside_a_list_item(nlp):
    text = ("Related projects\n\n"
            "* Lakeside Water Futures project (2026-2030, £2.5m, funded by the council and\n"
            "  the former agency)\n"
            "* Hill Roads Programme (2028-2032, £1.1m)\n")
    assert project_texts(nlp, text) == ["Lakeside Water Futures", "Hill Roads Programme"]


def test_romance_dollar_names_local_abbreviations_and_contos(nlp):
    found = money_values(nlp, "Le projet est doté d'un don de 75 millions de dollars américains. Le crédit est de "
                              "2 500 000 gdes par emprunteur en Haïti.")
    assert found == {"75 millions de dollars américains": (Decimal("75000000"), "USD", "exact"),
                     "2 500 000 gdes": (Decimal("2500000"), "HTG", "exact")}
    found = money_values(nlp, "O Fundo de Cabo Verde foi criado com ECV 450 milhões. O acordo de 3,1 milhões de contos "
                              "e 185 mil contos.")
    assert found == {"ECV 450 milhões": (Decimal("450000000"), "CVE", "exact"),
                     "3,1 milhões de contos": (Decimal("3100000000"), "CVE", "exact"),
                     "185 mil contos": (Decimal("185000000"), "CVE", "exact")}


def test_a_column_in_a_shared_sign_is_not_in_the_caption_s_currency(nlp):
    text = ("Annex 4. Bank Group operations in Zambia\n\n"
            "Table A4.1 – Approvals by operation (USD million equivalent)\n"
            " No. | Operation | Approved | Window | Amount | Counterpart (K million)\n"
            " 3 | HILL-I | 06/07/2031 | ADF | 23.0 | 95.3\n")
    found = money_values(nlp, text)
    assert found["23.0"] == (Decimal("23000000"), "USD", "exact") and "95.3" not in found


def test_spanish_first_days_and_romance_budget_years(nlp):
    found = date_values(nlp, "Se firmó el 1ro. de julio de 2031 y el primero de marzo de 2032. En la gestión 2033 "
                             "creció. Exercice 2030-2031 clos.")
    assert found == {"1ro. de julio de 2031": ("2031-07-01", "2031-07-01"),
                     "primero de marzo de 2032": ("2032-03-01", "2032-03-01"),
                     "gestión 2033": ("2033", "2033"), "Exercice 2030-2031": ("2030", "2031")}


def test_a_year_closing_a_document_symbol_is_no_date(nlp):
    found = date_values(nlp, "N° 017/CAB/GP-KC/2031 du 3 mai. NÚM. 047-2031. No. PR/EAD/117/2031-32. Signed JAN/2031 "
                             "and in 06/2031.")
    assert found == {"JAN/2031": ("2031-01", "2031-01"), "06/2031": ("2031-06", "2031-06")}


def test_by_across_a_line_break_and_a_mas_tardar_close_a_period(nlp):
    found = date_values(nlp, "Staff the units by\n       June 2031. Reply before\nthe end of April 2032. Concluirá a "
                             "más tardar en diciembre de 2033 y a más tardar el 31 de marzo de 2034.")
    assert found == {"June 2031": (None, "2031-06"), "April 2032": (None, "2032-04"),
                     "diciembre de 2033": (None, "2033-12"), "31 de marzo de 2034": (None, "2034-03-31")}


def test_a_number_glued_to_a_capitalized_word_is_inside_the_name(nlp):
    text = "The bank approved the COVID-19 Emergency Response Project and the Lviv Teplo-2 Modular Boiler Project in 2031."
    assert project_texts(nlp, text) == ["COVID-19 Emergency Response Project", "Lviv Teplo-2 Modular Boiler Project"]


def test_a_date_range_ends_before_a_dash_opening_the_next_line(nlp):
    found = date_values(nlp, "Lakeside Traders Facility\n  – availability period 2031–2036\n  – 14 partner banks\n")
    assert found == {"2031–2036": ("2031", "2036")}


def test_a_funder_field_naming_a_programme_leads_in_no_rows(nlp):
    text = ("Lake and Health Research Hub (LAKEH)\n\n"
            "Funder: Eastland Research Council (ERC), Global Hubs Programme\n"
            "Award: £18.6m (April 2031 - March 2036) | Grant ref. MR/Y012345/1\n"
            "Countries: Bangladesh | Nepal | Ghana\n")
    records = {p.title: p for p in extract_text(nlp, text, "hub").projects}
    hub = records["Lake and Health Research Hub"]
    assert [c.iso2 for c in hub.countries] == ["BD", "NP", "GH"] and [a.amount for a in hub.amounts] == [Decimal("18600000")]
    assert not records["Global Hubs Programme"].amounts


def test_lowercase_words_then_a_project_noun_after_a_quoted_name_call_it_a_project(nlp):
    text = "5. “Bright Villages” off-grid solar initiative\nA Financing Agreement was signed. The \"Best Deal\" of the year."
    assert project_texts(nlp, text) == ["Bright Villages"]


def test_a_hyphenated_compound_may_describe_a_name_before_its_noun(nlp):
    text = "It funds the Bright Homes off-grid solar initiative and the Bright Roofs cash-based transfer programme."
    assert project_texts(nlp, text) == ["Bright Homes", "Bright Roofs"]


def test_romance_back_references_take_the_project_s_facts(nlp):
    text = ("Desde 2031 el banco financia la Iniciativa Bosques del Lago (IBL) con una donación de 15 millones de euros. "
            "Suecia cofinancia la iniciativa con $us 3,5 millones.\n\n"
            "O Projeto de Água Solar da Ilha (PASI) recebe 7,5 milhões de euros. O Estado entra no projeto com 185 mil "
            "contos.\n")
    records = {p.acronym: p for p in extract_text(nlp, text, "romance").projects}
    assert [a.amount for a in records["IBL"].amounts] == [Decimal("15000000"), Decimal("3500000")]
    assert [a.amount for a in records["PASI"].amounts] == [Decimal("7500000"), Decimal("185000000")]


def test_a_sign_after_the_amount_keeps_its_full_stop(nlp):
    found = money_values(nlp, "Commitment ......... 475 mio. kr.\nDenmark's 160 mio. kr. correspond to roughly KSh 3 "
                              "billion.")
    assert set(found) == {"475 mio. kr.", "160 mio. kr.", "KSh 3 billion"}
    assert found["475 mio. kr."] == (Decimal("475000000"), "DKK", "exact")


def test_a_line_break_after_the_article_or_before_the_noun_keeps_the_name(nlp):
    text = ("In Peru, the\nQocha Sumaq micro-reservoir programme built 1,240 small dams. The bank finances the\n"
            "Sierra Viva program of the ministry. It gave A$ 18.5 million for the Pathways to Quality Schooling\n"
            "facility in 2031. Cabinet approved the Vai Mo Tangata (Water for People)\nprogramme.")
    assert project_texts(nlp, text) == ["Qocha Sumaq", "Sierra Viva", "Pathways to Quality Schooling", "Vai Mo Tangata"]


def test_works_named_after_an_article_ending_the_line_before(nlp):
    text = ("A loan of KD4.5m is earmarked for the\nRehabilitation of the Hill-Lake Road Section, a 92-km stretch. "
            "Another loan will finance the\nHill Lake Road Rehabilitation over four years.")
    assert project_texts(nlp, text) == ["Rehabilitation of the Hill-Lake Road Section", "Hill Lake Road Rehabilitation"]


def test_a_united_nations_body_named_across_a_line_break_is_no_project(nlp):
    text = "Signed by the United Nations\nPopulation Fund and the ministry. The Hill Water Fund is new."
    assert project_texts(nlp, text) == ["Hill Water Fund"]



def test_a_card_s_closing_link_ends_its_paragraph_before_the_next_card(nlp):
    card = ("SYSTEM GRANT  ·  Active\n{name}\nCountry: {country}\nGrant agent: World Bank\nAmount: {amount}\n"
            "Approved: {date}\nView grant details →\n\n")
    text = "Grants database\n\n" + "".join(card.format(name=n, country=c, amount=a, date=d) for n, c, a, d in (
        ("Hill Schools Transformation Programme", "Nepal", "$31.25 million", "January 9, 2031"),
        ("Lake Teachers Quality Project", "Madagascar", "US$ 41,600,000", "14 November 2031"),
        ("River Girls' Learning Programme", "Chad", "US$7,000,000", "21 March 2031")))
    records = {p.title: p for p in extract_text(nlp, text, "cards").projects}
    assert [c.iso2 for c in records["Lake Teachers Quality Project"].countries] == ["MG"]
    assert [a.amount for a in records["Lake Teachers Quality Project"].amounts] == [Decimal("41600000")]
    assert [c.iso2 for c in records["Hill Schools Transformation Programme"].countries] == ["NP"]
