"""Shapes unseen pages showed, outside project names: a CSV export whose header goes unquoted, table captions that
give a unit in a phrase or beside a table number, a page that says what its "$" means, dates written day first,
a fiscal year's quarter, and time stamps that are no project's dates.

Names, figures, dates and sentences are invented for these tests.
"""

import pytest

from pipeline.layout import build_layout
from pipeline.normalize.date_order import writes_day_first

EXPORT = (
    "funder,country,grant_name,signed,value,unit\n"
    'Northland,Eastland,"Clinic Boats Programme, Phase 3",2034-02,61200000,NOK\n'
    "Southland,Eastland,Ridge Terraces Facility (RTF),2034-05-17,5125000.00,CHF\n"
    "Westland,Eastland,Projeto de Hortas Escolares em Varenne,2035-08,2730000,EUR\n"
    "Eastland,Eastland,Programme support costs,2035-11,870000,KES\n"
)


def test_an_unquoted_csv_header_makes_its_lines_rows_whose_quoted_fields_keep_their_commas():
    layout = build_layout(EXPORT)
    assert [line.kind for line in layout.lines[:5]] == ["row"] * 5
    assert [EXPORT[a:b] for a, b in layout.lines[1].cells][2] == "Clinic Boats Programme, Phase 3"
    # Prose with commas and spaces after them is no export.
    assert build_layout("We build roads, bridges, wells, clinics and schools.\n").lines[0].kind == "text"


def test_a_csv_export_gives_each_row_its_title_date_and_amount(nlp):
    doc = nlp(EXPORT)
    assert [s.text for s in doc.spans["PROJECT"]] == [
        "Clinic Boats Programme, Phase 3", "Ridge Terraces Facility (RTF)", "Projeto de Hortas Escolares em Varenne"]
    assert {"2034-05-17", "2035-08"} <= {s.text for s in doc.spans["DATE"]}


@pytest.mark.parametrize("text, pieces", [
    ("Varenne,2034-02,61200000,NOK", ["Varenne", ",", "2034", "-", "02", ",", "61200000", ",", "NOK"]),
    ('Eastland,"Clinic Boats, Phase 3",2034', ["Eastland", ",", '"', "Clinic", "Boats", ",", "Phase", "3", '"', ",", "2034"]),
    ("Facility (RTF),2034-05-17", ["Facility", "(", "RTF", ")", ",", "2034", "-", "05", "-", "17"]),
    # Thousands groups and decimal commas stay whole.
    ("1,000,000 and 3,5 and 1,0823", ["1,000,000", "and", "3,5", "and", "1,0823"]),
    ("Origins[edit] 1960s[edit]", ["Origins", "[edit]", "1960s", "[edit]"]),
])
def test_export_fields_and_wiki_marks_are_tokens_of_their_own(nlp, text, pieces):
    assert [t.text for t in nlp.make_doc(text)] == pieces


def money(nlp, text):
    doc = nlp(text)
    return [(s.text, str(s._.value.amount), s._.value.currency) for s in doc.spans["MONEY"]]


def dates(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]]


def test_a_unit_said_in_a_phrase_or_beside_a_table_number_captions_the_table(nlp):
    text = ("CURRENT PROGRAMMES (signed grants in EUR)\nFlagship programme | Districts | Grant\n"
            "River Schools Without Walls | Eastland | 1,480,000\n")
    assert money(nlp, text) == [("1,480,000", "1480000", "EUR")]
    text = ("Table 7 (cont.)   Loans by region (SDR million)\n\n"
            "Region   Loan   Window   Signed   Amount\n"
            "EASTLAND   Upland Roads Project   AAF   4 Feb 2033   64.10\n")
    assert money(nlp, text) == [("64.10", "64100000", "XDR")]


def test_a_caption_clause_gives_the_unit_and_south_asian_groups_are_numbers(nlp):
    text = ("Earlier grants\nAmounts in GBP thousand; year = year of signature.\n\n"
            "| Ref | Grant | Amount | Year |\n|---|---|---|---|\n| GR-07 | Lake Fisheries Window (LFW) | 615 | 2031 |\n")
    assert money(nlp, text) == [("615", "615000", "GBP")]
    text = ("| Order | Works | Value (NPR) |\n|---|---|---|\n| Q-31 | Footbridges | 2,17,40,500 |\n"
            "| Q-32 | Culverts | 4,908,200 |\n")
    assert money(nlp, text) == [("2,17,40,500", "21740500", "NPR"), ("4,908,200", "4908200", "NPR")]


def test_a_year_before_groups_of_two_and_three_digits_is_a_project_number(nlp):
    assert dates(nlp, "Ref. No.:   2031 44 218\nIn 2032 58 villages joined.") == [("2032", "2032", "2032")]


def test_a_page_that_says_what_its_dollar_sign_denotes(nlp):
    text = "Here the $ sign denotes Mexican pesos.\nEach bursary costs $ 46.750.000 a year."
    assert money(nlp, text) == [("$ 46.750.000", "46750000", "MXN")]


@pytest.mark.parametrize("text, day_first", [
    ("signed 9 June 2031; report of 05/02/2031", True),
    ("2 de abril de 2031 y 06-01-2031", True),
    ("signed June 9, 2031; report of 05/02/2031", False),
    ("report of 05/02/2031", False),
    ("signed 9 June 2031; closed 05/14/2031", False),  # a second number past 12 says month first
])
def test_a_page_that_writes_its_dates_day_first_writes_its_figures_so(text, day_first):
    assert writes_day_first(text) is day_first


def test_a_fiscal_years_quarter_is_that_years_quarter(nlp):
    assert dates(nlp, "Paid out in Q3 FY2031.") == [("Q3 FY2031", "2031-07", "2031-09")]


def test_a_posts_time_stamp_is_no_date_of_the_project(nlp):
    from pipeline.extract import extract_text

    text = ("Ministry @ministry\nRs 90m for Pani Ghar, a village water programme, from 2037 to 2039.\n"
            "9:41 AM · Mar 8, 2036 · 2K Views\n")
    record = extract_text(nlp, text, "thread.txt")
    (project,) = record.projects
    assert [(d.start, d.end) for d in project.dates] == [("2037", "2039")]
