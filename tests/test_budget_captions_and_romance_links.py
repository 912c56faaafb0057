"""Budget tables' captions and units, amounts in data-export records, Romance ranges, qualifiers and dates, a
glossary that declares a shared sign, donors' aid funds, and facts tied through "the programme", a section's
heading and a Romance participle clause.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts


def _records(nlp, text):
    """Each project's title or acronym with its amounts and dates as short strings."""
    record = extract_text(nlp, text, "t.txt")
    return {(p.title or p.acronym): ([f"{a.amount} {a.currency}" for a in p.amounts], [f"{d.start}/{d.end}" for d in p.dates])
            for p in record.projects}


# ---- money: captions, columns and rows ---------------------------------------------------------------------------

BUDGET_TABLE = (
    "Annex 2 - Allocations by activity\n"
    "(€ in thousands)\n"
    "\n"
    "Activity                                      2030 outturn    2031 plan\n"
    "Orchard Valley Water Initiative (OVWI)              12,500       14,000\n"
    "Reef Fisheries Scheme                                3,200        2,900\n"
)


def test_a_budget_caption_with_its_sign_before_in_thousands_scales_the_table(nlp):
    found = money_values(nlp, BUDGET_TABLE)
    assert found["12,500"] == (Decimal("12500000"), "EUR", "exact")
    assert found["2,900"] == (Decimal("2900000"), "EUR", "exact")


def test_a_portuguese_caption_in_millions_of_a_code_reads_the_pipe_table_under_it(nlp):
    text = ("Tabela 3 – Carteira de saúde (valores em milhões de EUR)\n"
            "| Projeto                         | Parceiro  | Valor | Anos      |\n"
            "|---------------------------------|-----------|-------|-----------|\n"
            "| Projeto Clínicas do Planalto    | Alemanha  | 42,5  | 2031–2035 |\n")
    assert money_values(nlp, text)["42,5"] == (Decimal("42500000"), "EUR", "exact")


def test_a_column_that_names_its_unit_in_parentheses_writes_full_amounts_under_a_caption_in_millions(nlp):
    text = ("Works packages (costs in CHF million)\n"
            "Package  Scope                            Site             Cost        Deposit (CHF)     Months\n"
            "P1       Hill reservoir and pumping main   Upper Valley     112.0       1,500,000         20\n")
    found = money_values(nlp, text)
    assert found["112.0"] == (Decimal("112000000"), "CHF", "exact")
    assert found["1,500,000"] == (Decimal("1500000"), "CHF", "exact")


def test_a_column_that_repeats_the_captions_currency_keeps_the_captions_scale(nlp):
    text = ("Portfolio (EUR million)\n"
            "Project            Budget (EUR)   Period\n"
            "Lake Wells         2.5            2031-2033\n")
    assert money_values(nlp, text)["2.5"] == (Decimal("2500000"), "EUR", "exact")


def test_a_results_rows_label_names_the_unit_of_its_own_numbers_only(nlp):
    text = ("Indicator                                      Baseline   Target   Actual\n"
            "Farms reached (number)                               0    2,000    1,450\n"
            "Credit issued to farmers (US$ million)               -     12.0      9.5\n")
    found = money_values(nlp, text)
    assert found["12.0"] == (Decimal("12000000"), "USD", "exact")
    assert found["9.5"] == (Decimal("9500000"), "USD", "exact")
    assert "1,450" not in found and "2,000" not in found


def test_an_equivalent_column_with_its_scale_in_parentheses_is_read_in_that_scale(nlp):
    text = ("Donor | Activity | Pledge (pledge currency) | EUR equivalent (millions) | Years\n"
            "Norway | Clean Hills Programme | NOK 9,000,000 | 0.8 | 2031–2033\n")
    found = money_values(nlp, text)
    assert found["0.8"] == (Decimal("800000"), "EUR", "exact")
    assert found["NOK 9,000,000"] == (Decimal("9000000"), "NOK", "exact")


def test_a_column_headed_by_a_maximum_caps_its_amounts(nlp):
    text = ("  Window     | Maximum per grant (US$) | Minimum contribution (US$) | Minimum wage (US$)\n"
            "  Small      | 150,000                 | 20,000                     | 1,200\n")
    found = money_values(nlp, text)
    assert found["150,000"] == (Decimal("150000"), "USD", "at_most")
    assert found["20,000"] == (Decimal("20000"), "USD", "at_least")
    assert found["1,200"] == (Decimal("1200"), "USD", "exact")  # (a wage named, no bound)


# ---- money: data-export records ---------------------------------------------------------------------------------

def test_an_amount_field_takes_its_records_currency_field_or_the_code_its_name_ends_with(nlp):
    text = ("- ref: XY-2031-001\n"
            "  fund: Meadow Futures Fund\n"
            "  budget: 120000\n"
            "  currency: EUR\n"
            "  budget_usd: 131500\n"
            "  grant_count: 3\n"
            "- ref: XY-2031-002\n"
            "  budget: 5000\n"
            "- currency: SEK\n")
    found = money_values(nlp, text)
    assert found["120000"] == (Decimal("120000"), "EUR", "exact")
    assert found["131500"] == (Decimal("131500"), "USD", "exact")
    assert "3" not in found  # (a count)
    assert "5000" not in found  # (its record gives no currency; neither the record above nor the one below lends one)


def test_json_records_read_like_yaml_ones(nlp):
    text = '[\n  {\n    "title": "Reef Pilots",\n    "budget": 75000,\n    "currency": "AUD"\n  }\n]\n'
    assert money_values(nlp, text)["75000"] == (Decimal("75000"), "AUD", "exact")


# ---- money: ranges, qualifiers, declarations ---------------------------------------------------------------------

def test_romance_and_english_between_ranges_with_the_currency_after_both_numbers(nlp):
    found = money_values(nlp, "Cada município recebe entre R$ 2 milhões e R$ 9 milhões. Chaque commune reçoit entre "
                              "3 et 12 millions d'euros. Grants are between 2 and 8 million euros. "
                              "Entre 2031 e 2033 dólares foram transferidos.")
    # (The range's opening word is read with it and spanned without it.)
    assert found["R$ 2 milhões e R$ 9 milhões"][:2] == (Decimal("2000000"), "BRL")
    assert found["3 et 12 millions d'euros"][:2] == (Decimal("3000000"), "EUR")
    assert found["2 and 8 million euros"][:2] == (Decimal("2000000"), "EUR")
    assert not any(text.startswith("2031") for text in found)  # (two years: a period, not a range of dollars)


def test_negated_comparisons_and_romance_qualifiers(nlp):
    found = money_values(nlp, "Bidders need a turnover of not less than EUR 6 million and loans of not more than EUR 9 "
                              "million. La cartera supera los EUR 900 millones. Un contrato por un valor aproximado de "
                              "EUR 41 millones.")
    assert found["EUR 6 million"][2] == "at_least"
    assert found["EUR 9 million"][2] == "at_most"
    assert found["EUR 900 millones"][2] == "at_least"
    assert found["EUR 41 millones"][2] == "approximate"


def test_a_glossary_that_equates_a_shared_sign_with_a_currency_declares_it_over_the_pages_other_countries(nlp):
    filler = "The works continue through the dry season, with crews on two shifts and materials bought locally.\n\n"
    text = ("Annual aid bulletin\n\nIndia's banks co-finance the works.\n\n"
            "The district adds Rs 90 lakh to the works.\n\n" + filler * 3 +
            "Note on figures: Rs = Sri Lankan rupees.\n")
    assert money_values(nlp, text)["Rs 90 lakh"][:2] == (Decimal("9000000"), "LKR")


def test_a_declaration_that_yields_to_another_named_currency_stays_a_default(nlp):
    text = ("Rs means Indian rupees unless another currency is named.\n\n"
            "Houses in Sri Lanka: Rs 400,000 per house, in Sri Lankan rupees.\n"
            "A road in Bihar: Rs 300 crore.\n")
    found = money_values(nlp, text)
    assert found["Rs 400,000"][1] == "LKR"
    assert found["Rs 300 crore"][1] == "INR"


def test_p_is_the_philippine_peso_in_a_philippine_passage_and_arba_a_billion(nlp):
    found = money_values(nlp, "CEBU CITY — Lenders committed P45 billion to the Philippines' ferry ports. "
                              "Nepal's budget counts Rs 12.5 arba of aid.")
    assert found["P45 billion"] == (Decimal("45000000000"), "PHP", "exact")
    assert found["Rs 12.5 arba"][:2] == (Decimal("12500000000"), "NPR")


# ---- dates ------------------------------------------------------------------------------------------------------

def test_dotted_romance_month_abbreviations_the_first_with_a_degree_sign_and_dotted_ordinals(nlp):
    found = date_values(nlp, "Période : févr. 2031 - nov. 2033. Firmado el 1° de abril de 2031. Concluído no 1.º trimestre "
                        "de 2032; o 2.º semestre de 2033 fecha o ciclo. Vivimos cerca del mar. 2034 será clave.")
    assert found["févr. 2031 - nov. 2033"] == ("2031-02", "2033-11")
    assert found["1° de abril de 2031"] == ("2031-04-01", "2031-04-01")
    assert found["1.º trimestre de 2032"] == ("2032-01", "2032-03")
    assert found["2.º semestre de 2033"] == ("2033-07", "2033-12")
    assert "mar. 2034" not in found  # (the sea, then a sentence's full stop)


def test_romance_day_ranges_of_one_month(nlp):
    found = date_values(nlp, "El foro se celebra del 8 al 10 de junio de 2031. Le forum se tient du 8 au 10 juin 2031.")
    assert found["del 8 al 10 de junio de 2031"] == ("2031-06-08", "2031-06-10")
    assert found["du 8 au 10 juin 2031"] == ("2031-06-08", "2031-06-10")


# ---- projects ---------------------------------------------------------------------------------------------------

def test_a_states_fund_named_only_for_development_cooperation_is_a_donor_but_a_sector_fund_is_a_project(nlp):
    found = project_texts(nlp, "The Norwegian Development Cooperation Fund (NDCF) lends to ports; NDCF's board met "
                               "twice. The Kenyan Rural Development Fund (KRDF) lends to farmers. The Malawi Development "
                               "Fund (MDF) drilled 40 boreholes.")
    assert found == ["Kenyan Rural Development Fund (KRDF)", "Malawi Development Fund (MDF)"]


def test_a_romance_of_the_before_the_aligned_words_opens_no_long_form(nlp):
    assert project_texts(nlp, "La Junta del Banco Lacustre de Desarrollo (BLD) firmó un convenio. "
                              "El BLD opera en tres países.") == []


def test_a_preposition_inside_a_hyphenated_compound_does_not_end_the_names_head(nlp):
    assert project_texts(nlp, "The Food-for-Assets Transfer Programme, launched in 2031, pays in kind.") \
        == ["Food-for-Assets Transfer Programme"]


def test_a_romance_funds_adjective_may_stand_before_a_coined_name(nlp):
    assert project_texts(nlp, "Les écoles reçoivent l'appui du Fonds fiduciaire Koulé pour la Guinée depuis 2031. "
                              "Le Projet pilote Dakar accueille 30 écoles.") == ["Fonds fiduciaire Koulé pour la Guinée"]


# ---- links ------------------------------------------------------------------------------------------------------

def test_the_programme_refers_back_to_the_last_project_named_a_programme(nlp):
    text = ("A grant from the Lakeside Blue Facility (LBF) supports the Hill Towns Water Programme (HTWP). "
            "The programme began on 2 March 2031 and ends on 31 October 2035.\n")
    records = _records(nlp, text)
    assert records["Hill Towns Water Programme"][1] == ["2031-03-02/2031-03-02", "2035-10-31/2035-10-31"]
    assert records["Lakeside Blue Facility"][1] == []


def test_the_project_in_a_paragraph_that_names_none_is_its_sections(nlp):
    text = ("4.1 Orchard Valley Irrigation Project\n"
            "Two lenders share the cost. The project covers three districts from 2031 to 2034.\n")
    assert _records(nlp, text)["Orchard Valley Irrigation Project"][1] == ["2031/2034"]


def test_a_romance_participle_clause_on_a_name_gives_its_facts_to_that_name(nlp):
    text = ("Le Programme régional des oasis (PRO) succède au Projet d'appui aux villages de l'Est (PAVE), "
            "réalisé de 2012 à 2015 avec un budget de 3,2 millions d'euros.\n")
    records = _records(nlp, text)
    assert records["Projet d'appui aux villages de l'Est"] == (["3200000 EUR"], ["2012/2015"])
    assert records["Programme régional des oasis"] == ([], [])


def test_a_comma_group_before_an_english_scale_groups_thousands_on_a_page_that_also_writes_milliards(nlp):
    found = money_values(nlp, "Au Sénégal, le coût atteint 12,5 milliards de francs CFA. The bank lent USD 2,400 million.")
    assert found["12,5 milliards de francs CFA"][0] == Decimal("12500000000")
    assert found["USD 2,400 million"][0] == Decimal("2400000000")


def test_french_press_short_forms_of_two_countries(nlp):
    doc = nlp("Des projets en RD Congo et dans l'ouest de la Centrafrique.")
    assert {(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]} == {("RD Congo", "CD"), ("Centrafrique", "CF")}


def test_a_romance_project_column_header_names_its_rows_headless_or_not(nlp):
    text = ("| Proyecto                   | Socio     | Monto | Años      |\n"
            "|----------------------------|-----------|-------|-----------|\n"
            "| Proyecto Aulas del Norte   | Japón     | 12,5  | 2031–2033 |\n"
            "| Becas Saber Siempre        | Uruguay   | 3,2   | 2030–2032 |\n")
    assert project_texts(nlp, text) == ["Proyecto Aulas del Norte", "Becas Saber Siempre"]


def test_a_web_forms_choices_are_no_projects_facts(nlp):
    text = ("Orchard Roads Project\n\nThe Orchard Roads Project paves 40 km of roads in Ghana.\n\n"
            "Contact us\n"
            "Name*               [                    ]\n"
            "Estimated budget    ( ) under EUR 40,000   ( ) over EUR 40,000\n")
    assert _records(nlp, text)["Orchard Roads Project"][0] == []


def test_a_romance_first_phase_keeps_its_facts_from_the_later_phases_record(nlp):
    text = ("Programa de Riego Andino – Fase II\n\n"
            "El Programa de Riego Andino – Fase II construye tres presas entre 2031 y 2035. "
            "La primera fase (2026-2030) costó EUR 20 millones.\n")
    assert _records(nlp, text)["Programa de Riego Andino – Fase II"] == ([], ["2031/2035"])


def test_dates_under_a_short_related_news_line_date_the_stories(nlp):
    text = ("The Lakeside Schools Programme builds 12 schools in Ghana.\n\n"
            "Related news\n"
            "04/03/2031 – Lakeside Schools Programme opens its first school\n")
    assert _records(nlp, text)["Lakeside Schools Programme"][1] == []
