"""Budget tables' captions and units, amounts in data-export records, Romance ranges, qualifiers and dates, a
glossary that declares a shared sign, donors' aid funds, and facts tied through "the programme", a section's
heading and a Romance participle clause.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import money_values, project_texts


def _dates(nlp, text):
    doc = nlp(text)
    return {s.text: (s._.value.start, s._.value.end) for s in doc.spans["DATE"]}


def _records(nlp, text):
    """Each project's title or acronym with its amounts and dates as short strings."""
    record = extract_text(nlp, text, "t.txt")
    return {(p.title or p.acronym): ([f"{a.amount} {a.currency}" for a in p.amounts], [f"{d.start}/{d.end}" for d in p.dates])
            for p in record.projects}


# ---- money: captions, columns and rows ---------------------------------------------------------------------------

BUDGET_TABLE = (
    "Table 4. Summary by Program Line\n"
    "($ in thousands)\n"
    "\n"
    "Program Line                                   FY 2030      FY 2031\n"
    "                                                Actual     Estimate\n"
    "Orchard Valley Water Initiative (OVWI)          12,500       14,000\n"
    "Reef Fisheries Program                           3,200        2,900\n"
)


def test_a_budget_caption_with_its_sign_before_in_thousands_scales_the_table(nlp):
    found = money_values(nlp, BUDGET_TABLE)
    assert found["12,500"] == (Decimal("12500000"), "USD", "exact")
    assert found["2,900"] == (Decimal("2900000"), "USD", "exact")


def test_a_portuguese_caption_in_millions_of_a_code_reads_the_pipe_table_under_it(nlp):
    text = ("Quadro 2 – Projetos de saúde (valores em milhões de USD)\n"
            "| Projeto                         | Financiador   | Montante | Período   |\n"
            "|---------------------------------|---------------|----------|-----------|\n"
            "| Projeto Clínicas do Planalto    | Banco Mundial | 42,5     | 2031–2035 |\n")
    assert money_values(nlp, text)["42,5"] == (Decimal("42500000"), "USD", "exact")


def test_a_column_that_names_its_unit_in_parentheses_writes_full_amounts_under_a_caption_in_millions(nlp):
    text = ("Table 1: Lots (estimated values in KES million, inclusive of VAT)\n"
            "Lot  Description                      Location         Est. value   Bid security (KES)   Completion\n"
            "L1   Hill reservoir and pumping main   Eastland County  1,120.0      18,000,000           20 months\n")
    found = money_values(nlp, text)
    assert found["1,120.0"] == (Decimal("1120000000"), "KES", "exact")
    assert found["18,000,000"] == (Decimal("18000000"), "KES", "exact")


def test_a_results_rows_label_names_the_unit_of_its_own_numbers_only(nlp):
    text = ("Indicator                                      Baseline   Target   Actual\n"
            "Farms reached (number)                               0    2,000    1,450\n"
            "Credit issued to farmers (US$ million)               -     12.0      9.5\n")
    found = money_values(nlp, text)
    assert found["12.0"] == (Decimal("12000000"), "USD", "exact")
    assert found["9.5"] == (Decimal("9500000"), "USD", "exact")
    assert "1,450" not in found and "2,000" not in found


def test_an_equivalent_column_with_its_scale_in_parentheses_is_read_in_that_scale(nlp):
    text = ("Partner | Programme | Contribution (original currency) | US$ equivalent (thousands) | Period\n"
            "Norway | Clean Hills Programme | NOK 9,000,000 | 845 | 2031–2033\n")
    found = money_values(nlp, text)
    assert found["845"] == (Decimal("845000"), "USD", "exact")
    assert found["NOK 9,000,000"] == (Decimal("9000000"), "NOK", "exact")


def test_a_column_headed_by_a_maximum_caps_its_amounts(nlp):
    text = ("  Window     | Maximum per grant (US$) | Minimum co-financing (US$)\n"
            "  Small      | 150,000                 | 20,000\n")
    found = money_values(nlp, text)
    assert found["150,000"] == (Decimal("150000"), "USD", "at_most")
    assert found["20,000"] == (Decimal("20000"), "USD", "at_least")


# ---- money: data-export records ---------------------------------------------------------------------------------

def test_an_amount_field_takes_its_records_currency_field_or_the_code_its_name_ends_with(nlp):
    text = ("- grant_id: XY-2031-001\n"
            "  programme: Meadow Futures Fund\n"
            "  amount: 120000\n"
            "  currency: EUR\n"
            "  amount_usd: 131500\n"
            "\n"
            "- grant_id: XY-2031-002\n"
            "  amount: 5000\n"
            "  beneficiaries: 300\n")
    found = money_values(nlp, text)
    assert found["120000"] == (Decimal("120000"), "EUR", "exact")
    assert found["131500"] == (Decimal("131500"), "USD", "exact")
    assert "5000" not in found  # (the second record gives no currency; the first one's does not reach it)
    assert "300" not in found


def test_json_records_read_like_yaml_ones(nlp):
    text = '[\n  {\n    "title": "Reef Pilots",\n    "budget": 75000,\n    "currency": "AUD"\n  }\n]\n'
    assert money_values(nlp, text)["75000"] == (Decimal("75000"), "AUD", "exact")


# ---- money: ranges, qualifiers, declarations ---------------------------------------------------------------------

def test_romance_and_english_between_ranges_with_the_currency_after_both_numbers(nlp):
    found = money_values(nlp, "Cada cooperativa recebe entre Kz 4 milhões e Kz 60 milhões. Chaque commune reçoit entre "
                              "3 et 12 millions d'euros. Grants are between 2 and 8 million euros.")
    assert found["entre Kz 4 milhões e Kz 60 milhões"][:2] == (Decimal("4000000"), "AOA")
    assert found["entre 3 et 12 millions d'euros"][:2] == (Decimal("3000000"), "EUR")
    assert found["between 2 and 8 million euros"][:2] == (Decimal("2000000"), "EUR")


def test_negated_comparisons_and_romance_qualifiers(nlp):
    found = money_values(nlp, "Each contract is worth not less than USD 6 million and not more than USD 9 million. "
                              "El banco ya supera los USD 1.200 millones. Obras por un valor aproximado de EUR 41 millones.")
    assert found["USD 6 million"][2] == "at_least"
    assert found["USD 9 million"][2] == "at_most"
    assert found["USD 1.200 millones"][2] == "at_least"
    assert found["EUR 41 millones"][2] == "approximate"


def test_a_glossary_that_equates_a_shared_sign_with_a_currency_declares_it_even_beside_another_country(nlp):
    text = ("The Government of India grant of INR 50 crore (Rs 80 crore) widens a road in the Terai.\n\n"
            "Rs = Nepalese rupees; 1 crore = 10 million.\n")
    assert money_values(nlp, text)["Rs 80 crore"][:2] == (Decimal("800000000"), "NPR")


def test_a_declaration_that_yields_to_another_named_currency_stays_a_default(nlp):
    text = ("Rs means Indian rupees unless another currency is named.\n\n"
            "Houses in Sri Lanka: Rs 400,000 per house, in Sri Lankan rupees.\n"
            "A road in Bihar: Rs 300 crore.\n")
    found = money_values(nlp, text)
    assert found["Rs 400,000"][1] == "LKR"
    assert found["Rs 300 crore"][1] == "INR"


def test_p_is_the_philippine_peso_in_a_philippine_passage_and_arba_a_billion(nlp):
    found = money_values(nlp, "MANILA — The Philippines lined up about P45 billion in new loans. "
                              "Nepal's budget counts Rs 12.5 arba of aid.")
    assert found["P45 billion"] == (Decimal("45000000000"), "PHP", "approximate")
    assert found["Rs 12.5 arba"][:2] == (Decimal("12500000000"), "NPR")


# ---- dates ------------------------------------------------------------------------------------------------------

def test_dotted_romance_month_abbreviations_the_first_with_a_degree_sign_and_dotted_ordinals(nlp):
    found = _dates(nlp, "Durée : févr. 2031 - déc. 2033. Firmado el 1° de abril de 2031. Concluído no 1.º trimestre "
                        "de 2032; o 2.º semestre de 2033 fecha o ciclo.")
    assert found["févr. 2031 - déc. 2033"] == ("2031-02", "2033-12")
    assert found["1° de abril de 2031"] == ("2031-04-01", "2031-04-01")
    assert found["1.º trimestre de 2032"] == ("2032-01", "2032-03")
    assert found["2.º semestre de 2033"] == ("2033-07", "2033-12")


def test_romance_day_ranges_of_one_month(nlp):
    found = _dates(nlp, "El foro se celebra del 8 al 10 de junio de 2031. Le forum se tient du 8 au 10 juin 2031.")
    assert found["del 8 al 10 de junio de 2031"] == ("2031-06-08", "2031-06-10")
    assert found["du 8 au 10 juin 2031"] == ("2031-06-08", "2031-06-10")


# ---- projects ---------------------------------------------------------------------------------------------------

def test_a_states_fund_named_only_for_development_cooperation_is_a_donor_but_a_sector_fund_is_a_project(nlp):
    found = project_texts(nlp, "The Norwegian Development Cooperation Fund (NDCF) signed three loans. NDCF has "
                               "financed 40 projects. The Kenyan Rural Development Fund (KRDF) lends to farmers.")
    assert found == ["Kenyan Rural Development Fund (KRDF)"]


def test_a_romance_of_the_before_the_aligned_words_opens_no_long_form(nlp):
    assert project_texts(nlp, "El Consejo del Banco Lacustre de Desarrollo (BLD) aprobó dos préstamos. "
                              "El BLD también canaliza recursos.") == []


def test_a_preposition_inside_a_hyphenated_compound_does_not_end_the_names_head(nlp):
    assert project_texts(nlp, "The Debt-for-Nature Swap Programme, launched in 2031, converts loans.") \
        == ["Debt-for-Nature Swap Programme"]


def test_a_romance_funds_adjective_may_stand_before_a_coined_name(nlp):
    assert project_texts(nlp, "Le volet passe par le Fonds fiduciaire Koulé pour la Guinée, géré par la banque.") \
        == ["Fonds fiduciaire Koulé pour la Guinée"]


# ---- links ------------------------------------------------------------------------------------------------------

def test_the_programme_refers_back_to_the_last_project_named_a_programme(nlp):
    text = ("Financing comes through the Lakeside Blue Facility (LBF) toward the cost of the Hill Towns Water "
            "Programme (HTWP). The programme was approved on 14 June 2031 and closes on 30 June 2036.\n")
    records = _records(nlp, text)
    assert records["Hill Towns Water Programme"][1] == ["2031-06-14/2031-06-14", "2036-06-30/2036-06-30"]
    assert records["Lakeside Blue Facility"][1] == []


def test_the_project_in_a_paragraph_that_names_none_is_its_sections(nlp):
    text = ("3.1 Orchard Valley Irrigation Project\n"
            "The bank's package combines a concessional loan with a grant. The project serves eight districts "
            "between 2031 and 2036.\n")
    assert _records(nlp, text)["Orchard Valley Irrigation Project"][1] == ["2031/2036"]


def test_a_romance_participle_clause_on_a_name_gives_its_facts_to_that_name(nlp):
    text = ("Le Programme régional des oasis (PRO) prend la suite du Projet d'appui aux villages de l'Est (PAVE), "
            "exécuté de 2024 à 2029 pour un montant de 5,4 millions d'euros.\n")
    records = _records(nlp, text)
    assert records["Projet d'appui aux villages de l'Est"] == (["5400000 EUR"], ["2024/2029"])
    assert records["Programme régional des oasis"] == ([], [])
