"""Tables as PDF transcripts set them (columns two spaces apart, a header's second line of units, a serial or
budget-head column, two units in one column), the words pages use to declare or qualify amounts, and names a
section echoes: a heading in capitals its section writes again in title case, a table whose first row is a field,
a "Grant | Name" header, a list marker inside a cell, French names introduced by "dit", Hindi scheme heads.

Names, figures, dates and sentences are invented for these tests. False-positive rows are included on purpose.
"""

from decimal import Decimal

import pytest

from pipeline.layout import build_layout

from .span_helpers import money_values, project_texts, project_values

TWO_SPACE_TABLE = (
    "Disbursements (by credit) - ORCHARD, amounts in USD Millions\n"
    "Project   Credit/TF  Status     Currency  Original  Cancelled  Disbursed  % Disbursed\n"
    "P400123   IDA-81234  Effective  USD       72.00     0.00       30.50        42\n"
    "P400123   TF-C1020   Effective  USD       4.10      0.00       1.25         30\n"
)


def test_a_header_whose_columns_stand_two_spaces_apart_is_a_row_with_a_cell_per_column():
    header = build_layout(TWO_SPACE_TABLE).lines[1]
    assert header.kind == "row" and len(header.cells) == 8


def test_two_spaces_part_cells_in_tables_but_not_in_prose_nor_in_a_fields_value():
    layout = build_layout(
        "The Orchard Roads Project was approved in 2031.  It upgrades roads in Eastland.    Key facts\n"
        "Project title        Hill Roads  Support Project\n"
        "\n"
        "00109744   Lagoon Catalyst, Phase 2 (LC-2) Eastland/Westland  1,000,000      500,000      500,000\n"
    )
    prose, field, _, row = layout.lines[:4]
    assert prose.kind != "row"
    assert field.key_value and len(field.cells) == 2
    assert row.kind == "row" and len(row.cells) == 5


def test_amounts_under_a_caption_in_millions_and_a_currency_column_are_read_but_not_the_percentages(nlp):
    found = money_values(nlp, TWO_SPACE_TABLE)
    assert found["72.00"] == (Decimal("72000000"), "USD", "exact")
    assert found["1.25"] == (Decimal("1250000"), "USD", "exact")
    assert "42" not in found and "30" not in found


UNIT_UNDER_HEADER = (
    "ANNEX B: INVESTMENT RATINGS, 2031-32\n"
    "\n"
    "Investment                              Inv. No.  Approved   Life       E   Ef  S   G\n"
    "                                                  (A$m)\n"
    "Reef Pilots Facility                    INQ101    64.0       2029–35    5   4   4   3\n"
    "Lagoon Teachers Initiative              INQ102    18.5       2030–34    3   3   4   5\n"
)


def test_a_unit_on_the_line_under_a_header_belongs_to_the_column_it_stands_under(nlp):
    found = money_values(nlp, UNIT_UNDER_HEADER)
    assert found == {"64.0": (Decimal("64000000"), "AUD", "exact"), "18.5": (Decimal("18500000"), "AUD", "exact")}


def test_a_row_number_opening_a_row_under_a_captions_unit_is_no_amount(nlp):
    text = (
        "Table 2.4: Donor-funded projects by budget head (A$m)\n"
        "\n"
        "Head  Project                                 Partner      2031-32   2032-33\n"
        "14    Reef Pilots Facility                    Eastland       4.8       7.2\n"
        "22    Lagoon Teachers Initiative              Westland       2.1       5.6\n"
    )
    found = money_values(nlp, text)
    assert "14" not in found and "22" not in found
    assert found["4.8"] == (Decimal("4800000"), "AUD", "exact")


def test_a_short_number_opening_a_row_is_an_amount_unless_its_column_numbers_the_rows(nlp):
    text = "Table 3: Annual budget (USD million)\n\n2031    2032    2033\n45      60      75\n"
    assert money_values(nlp, text)["45"] == (Decimal("45000000"), "USD", "exact")


def test_a_unit_line_in_capitals_under_a_header_belongs_to_its_column(nlp):
    text = (
        "Investment                              Inv. No.  Approved   Life\n"
        "                                                  (USD)\n"
        "Reef Pilots Facility                    INQ101    64,000     2029-35\n"
    )
    assert money_values(nlp, text) == {"64,000": (Decimal("64000"), "USD", "exact")}


def test_a_column_headed_with_two_units_gives_each_amount_of_its_cells_its_own(nlp):
    text = (
        "No\tProject Title\tPeriod\tBudget (KRW million / USD thousand)\n"
        "1\tRiverbank Seedling Nurseries Project\t2030~2034\t9,450 / 8,000\n"
    )
    found = money_values(nlp, text)
    assert found["9,450"] == (Decimal("9450000000"), "KRW", "exact")
    assert found["8,000"] == (Decimal("8000000"), "USD", "exact")


@pytest.mark.parametrize("text,amount,currency,qualifier", [
    ("It was costed at about 6.5 million quid all-in.", "6500000", "GBP", "approximate"),
    ("Subsidy minimum EUR 250.000 per applicant.", "250000", "EUR", "at_least"),
    ("De subsidie bedraagt maximaal € 1.250.000 per project.", "1250000", "EUR", "at_most"),
    ("Nota: los montos se expresan en pesos mexicanos. Se invirtieron $38.6 millones en la fase piloto.",
     "38600000", "MXN", "exact"),
])
def test_page_words_that_name_or_qualify_an_amount(nlp, text, amount, currency, qualifier):
    assert (Decimal(amount), currency, qualifier) in money_values(nlp, text).values()


def test_a_line_a_pdf_repeats_is_no_heading_its_paragraph_echoes(nlp):
    text = (
        "Restricted Distribution Copy\n"
        "Restricted Distribution Copy\n"
        "The Orchard Terraces Project restores terraces in the hills.\n"
    )
    assert project_texts(nlp, text) == ["Orchard Terraces Project"]


NEWSLETTER = (
    "Here is where our programmes stand.\n"
    "\n"
    "----------------------------------------\n"
    "1) KISIMA SAFI – clean water on the coast\n"
    "----------------------------------------\n"
    "A fresh $1.2m keeps Kisima Safi running until the end of 2032.\n"
    "\n"
    "----------------------------------------\n"
    "2) TECHNICAL COOPERATION PROJECT\n"
    "----------------------------------------\n"
    "Our Technical Cooperation Project grants are listed below.\n"
    "\n"
    "----------------------------------------\n"
    "3) WATER AND SANITATION – overview\n"
    "----------------------------------------\n"
    "Our Water and Sanitation portfolio grew in 2031.\n"
    "\n"
    "----------------------------------------\n"
    "4) DATES FOR YOUR DIARY\n"
    "----------------------------------------\n"
    "The annual meeting is on 4 June 2032.\n"
)


def test_a_numbered_heading_in_capitals_its_section_writes_in_title_case_names_a_project_unless_it_names_a_theme(nlp):
    assert project_texts(nlp, NEWSLETTER) == ["KISIMA SAFI", "Kisima Safi"]


@pytest.mark.parametrize("text,expected", [
    # A verb joined by a hyphen to its prefix, a Portuguese clitic: neither opens the name.
    ("Westland receives KD 10 million to co-finance the Orchard-Valley Road Project, which widens it.",
     "Orchard-Valley Road Project"),
    ("A agência chama-lhe Lagoon Fisheries and Aquaculture Project Phase 2.", "Lagoon Fisheries and Aquaculture Project Phase 2"),
    # A French sentence-case title runs on through a hyphenated lowercase word.
    ("Un don au Programme d'éclairage des marchés par mini-réseaux solaires. Le programme avance.",
     "Programme d'éclairage des marchés par mini-réseaux solaires"),
    # Hindi scheme heads.
    ("Three lines of credit: (iii) Chandra Jal Seva Abhiyan: solar pumps for 350 clinics.", "Chandra Jal Seva Abhiyan"),
    ("The Jal Suraksha Yojana reached 40 districts.", "Jal Suraksha Yojana"),
])
def test_name_boundaries_and_heads(nlp, text, expected):
    assert expected in project_texts(nlp, text)


def test_works_capitalized_after_the_and_named_after_of_are_a_project(nlp):
    text = ("The loan will finance the Rehabilitation of the Orchard and Lagoon Pumping Stations in the valley, "
            "and the Upgrading of the Ministry of Health Headquarters. The board approved the Extension of the Closing Date.")
    assert project_texts(nlp, text) == ["Rehabilitation of the Orchard and Lagoon Pumping Stations"]


def test_a_budgets_consolidated_fund_is_the_states_account_not_a_project(nlp):
    assert project_texts(nlp, "Cash grants received through the Consolidated Fund are estimated at $23.0m.") == []


def test_a_french_name_in_guillemets_after_dit_is_a_project_but_not_what_someone_said(nlp):
    text = "Le don finance le Programme d'éclairage public, dit « Lumière-Village ». Le programme démarre en 2031."
    assert "Lumière-Village" in project_texts(nlp, text)
    assert project_texts(nlp, "Le ministre a dit « Merci aux Partenaires du Sahel » hier.") == []


def test_a_grant_code_column_beside_a_name_column_gives_the_names(nlp):
    text = (
        "Closed grants (last cycle)\n"
        "----------------------------------------------------------------------------------\n"
        "Grant        Name                                          Period                  Signed\n"
        "WST-C-HLTH   Appui intégré Santé-Nutrition 2028-2030       01 Jan 2028 - 31 Dec 2030  € 3,904,551\n"
        "WST-M-PLAN   Collines Sans Moustiques                       01 Jan 2028 - 31 Dec 2030  US$ 3,020,187\n"
    )
    assert project_texts(nlp, text) == ["Appui intégré Santé-Nutrition 2028-2030", "Collines Sans Moustiques"]


def test_a_list_marker_inside_a_table_cell_is_no_part_of_the_name(nlp):
    text = (
        "| Project | Signed | Interest rate (%/year) |\n"
        "|---|---|---|\n"
        "| (1) Orchard Coast Embankment Improvement Project | March 27, 2031 | 0.65 |\n"
        "| (2) Lagoon Basin Flood Risk Management Project | March 28, 2031 | 0.70 |\n"
    )
    assert project_texts(nlp, text) == ["Orchard Coast Embankment Improvement Project", "Lagoon Basin Flood Risk Management Project"]


def test_in_a_numbered_table_a_row_without_a_number_is_a_sum_and_a_code_numbers_a_row(nlp):
    numbered = (
        "S.N.  Project                                   District        Approved\n"
        "1     Orchard Springshed Revival                Eastvale           1,850\n"
        "      Ongoing projects (8) - cumulative                          21,600\n"
    )
    coded = (
        "No.    Country        Grant                                   Amount\n"
        "-----  -------------  --------------------------------------  -------\n"
        "31-01  Westland       Lagoon Embankment Co-management            8.50\n"
        "       Carried over   Orchard Springshed Revival Balance         2.10\n"
    )
    assert project_texts(nlp, numbered) == ["Orchard Springshed Revival"]
    assert project_texts(nlp, coded) == ["Lagoon Embankment Co-management"]


def test_a_two_column_table_opened_by_a_project_field_is_a_sheet_of_fields(nlp):
    text = (
        "PROGRAMME AT A GLANCE\n"
        "| Programme                  | Bridging Classrooms for Lagoon Towns (BRIDGE)  |\n"
        "| Evaluated period           | 1 October 2029 to 31 March 2033                       |\n"
        "| Expenditure to 31 Mar 2033 | £38.9 million                                          |\n"
        "| Evaluation budget          | £412,000                                               |\n"
    )
    assert project_values(nlp, text) == [("Bridging Classrooms for Lagoon Towns (BRIDGE)",
                                          "Bridging Classrooms for Lagoon Towns", "BRIDGE")]


def test_the_part_of_a_title_before_its_colon_used_alone_is_a_mention(nlp):
    text = ("| Project | Donor |\n|---|---|\n| Lantern Rivers: Girls' Football in Town Leagues | Norway |\n\n"
            "Lantern Rivers reached its target of 30% women.")
    assert project_texts(nlp, text) == ["Lantern Rivers: Girls' Football in Town Leagues", "Lantern Rivers"]
    (record,) = nlp(text)._.projects
    assert len(record.mentions) == 2
    # Two titles that share the part before their colons stay two projects.
    two = text.replace("|\n\n", "|\n| Lantern Rivers: Youth Voices in Schools | Sweden |\n\n", 1)
    assert len(nlp(two)._.projects) == 2


def dates(nlp, text):
    return {s.text: (s._.value.start, s._.value.end) for s in nlp(text).spans["DATE"]}


def test_a_date_changed_from_one_to_another_is_two_points_and_a_period_from_to_stays_one(nlp):
    found = dates(nlp, "The extension moved the end date from March 2031 to March 2032. The project ran from 2025 to 2030. "
                       "It extended the canal network to two districts from 2026 to 2029.")
    assert found["March 2031"] == ("2031-03", "2031-03") and found["March 2032"] == ("2032-03", "2032-03")
    assert found["from 2025 to 2030"] == ("2025", "2030") and found["from 2026 to 2029"] == ("2026", "2029")
    # A word of change used as an adjective describes; the period stays one.
    assert dates(nlp, "The revised strategy covers the period from 2025 to 2030.") == {"from 2025 to 2030": ("2025", "2030")}


@pytest.mark.parametrize("text,value", [
    ("U kunt uw aanvraag tot en met 14 oktober 2031 indienen.", (None, "2031-10-14")),
    ("Les travaux seront achevés d'ici fin 2032.", (None, "2032")),
    ("La obra concluirá hasta finales de 2031.", (None, "2031")),
])
def test_until_in_dutch_and_the_end_of_a_year_in_french_and_spanish_close_a_dates_end_and_leave_its_start_open(nlp, text, value):
    assert value in dates(nlp, text).values()


@pytest.mark.parametrize("text,day", [
    ("The agreements were signed on 12 Rajab 1446 AH, corresponding to 12 January 2025.", "2025-01-12"),
    ("The board approved the loan on 3rd Ramadhan 1445 H in Jeddah.", "2024-03-13"),
    ("Signed on 1 Dhul-Hijjah 1444 A.H. at the fund's headquarters.", "2023-06-19"),
])
def test_a_hijri_date_is_a_date_valued_as_its_gregorian_day(nlp, text, day):
    assert (day, day) in dates(nlp, text).values()


def test_a_hijri_day_its_month_lacks_and_a_gregorian_date_corresponding_to_it(nlp):
    found = dates(nlp, "Dated 31 Safar 1446 AH (a misprint), corresponding to 12 January 2025.")
    assert found == {"12 January 2025": ("2025-01-12", "2025-01-12")}


def test_a_month_or_quarter_with_a_two_digit_year_after_an_apostrophe_is_a_date(nlp):
    found = dates(nlp, "The first four years (Jan '31 – Dec '34) end in market days in Q3 '32; 'the 25 cents' is no date.")
    assert found == {"Jan '31 – Dec '34": ("2031-01", "2034-12"), "Q3 '32": ("2032-07", "2032-09")}
