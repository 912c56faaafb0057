"""Shapes unseen pages showed, outside project names: a CSV export whose header goes unquoted, table captions that
give a unit in a phrase or beside a table number, a page that says what its "$" means, dates written day first,
a fiscal year's quarter, and time stamps that are no project's dates.

Every name and figure here is invented.
"""

import pytest

from pipeline.layout import build_layout
from pipeline.normalize.dates import writes_day_first

EXPORT = (
    "donor,recipient_country,activity_title,commitment_date,amount,currency\n"
    'Westland,Eastland,"Hill Wells Programme, Phase II",2033-06,38500000,SEK\n'
    "Northland,Eastland,Lake Reed Irrigation Scheme (LRIS),2033-09-28,14750000.00,EUR\n"
    "Southland,Eastland,Projecto de Água Rural em Varenne,2033-12,9800000,EUR\n"
    "Eastland,Eastland,Administrative costs,2034-05,3500000,KES\n"
)


def test_an_unquoted_csv_header_makes_its_lines_rows_whose_quoted_fields_keep_their_commas():
    layout = build_layout(EXPORT)
    assert [line.kind for line in layout.lines[:5]] == ["row"] * 5
    assert [EXPORT[a:b] for a, b in layout.lines[1].cells][2] == "Hill Wells Programme, Phase II"
    # Prose with commas and spaces after them is no export.
    assert build_layout("We build roads, bridges, wells, clinics and schools.\n").lines[0].kind == "text"


def test_a_csv_export_gives_each_row_its_title_date_and_amount(nlp):
    doc = nlp(EXPORT)
    assert [s.text for s in doc.spans["PROJECT"]] == [
        "Hill Wells Programme, Phase II", "Lake Reed Irrigation Scheme (LRIS)", "Projecto de Água Rural em Varenne"]
    assert "2033-09-28" in [s.text for s in doc.spans["DATE"]]
    assert "2033-12" in [s.text for s in doc.spans["DATE"]]


@pytest.mark.parametrize("text, pieces", [
    ("Varenne,2033-12,9800000,EUR", ["Varenne", ",", "2033", "-", "12", ",", "9800000", ",", "EUR"]),
    ('Eastland,"Hill Wells, Phase II",2033', ["Eastland", ",", '"', "Hill", "Wells", ",", "Phase", "II", '"', ",", "2033"]),
    ("Scheme (LRIS),2033-09-28", ["Scheme", "(", "LRIS", ")", ",", "2033", "-", "09", "-", "28"]),
    # Thousands groups and decimal commas stay whole.
    ("1,000,000 and 3,5", ["1,000,000", "and", "3,5"]),
    ("History[edit] 1970s[edit]", ["History", "[edit]", "1970s", "[edit]"]),
])
def test_export_fields_and_wiki_marks_are_tokens_of_their_own(nlp, text, pieces):
    assert [t.text for t in nlp.make_doc(text)] == pieces


def money(nlp, text):
    doc = nlp(text)
    return [(s.text, str(s._.value.amount), s._.value.currency) for s in doc.spans["MONEY"]]


def test_a_unit_said_in_a_phrase_or_beside_a_table_number_captions_the_table(nlp):
    text = ("JOINT PROGRAMMES (approved budgets in US$)\nJoint programme | Countries | Approved budget\n"
            "Harbour Voices | Eastland | 3,600,000\n")
    assert money(nlp, text) == [("3,600,000", "3600000", "USD")]
    text = ("Table B.1 (continued)   Approvals by country (UA million)\n\n"
            "Country   Project / programme   Window   Approved   Amount\n"
            "EASTLAND   Hill Roads Project   ADF   27 Jun 2031   15.80\n")
    assert money(nlp, text) == [("15.80", "15800000", "XUA")]


def test_a_caption_clause_gives_the_unit_and_south_asian_groups_are_numbers(nlp):
    text = ("Other projects (selection)\nAmounts in EUR million; commitment = year of the financing agreement.\n\n"
            "| No. | Project | Amount | Commitment |\n|---|---|---|---|\n| 1 | Hill Solar Irrigation (HSI) | 24.0 | 2030 |\n")
    assert money(nlp, text) == [("24.0", "24000000", "EUR")]
    text = ("| Tender No. | Description | Value (BDT) |\n|---|---|---|\n| RFQ-11 | Raised plinths | 3,45,60,000 |\n"
            "| RFQ-12 | Rain tanks | 1,345,600 |\n")
    assert money(nlp, text) == [("3,45,60,000", "34560000", "BDT"), ("1,345,600", "1345600", "BDT")]


def test_a_year_before_groups_of_two_and_three_digits_is_a_project_number(nlp):
    assert dates(nlp, "BMZ No.:   2031 67 405\nIn 2031 67 villages joined.") == [("2031", "2031", "2031")]


def test_a_page_that_says_what_its_dollar_sign_denotes(nlp):
    text = "Note: on this page the $ sign denotes Chilean pesos.\nEach award costs $ 28.500.000 per scholar."
    assert money(nlp, text) == [("$ 28.500.000", "28500000", "CLP")]


@pytest.mark.parametrize("text, day_first", [
    ("signed 12 May 2031; report of 04/03/2031", True),
    ("1° de marzo de 2031 y 03-07-2031", True),
    ("signed May 12, 2031; report of 04/03/2031", False),
    ("report of 04/03/2031", False),
    ("signed 12 May 2031; closed 04/13/2031", False),  # a second number past 12 says month first
])
def test_a_page_that_writes_its_dates_day_first_writes_its_figures_so(text, day_first):
    assert writes_day_first(text) is day_first


def dates(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]]


def test_a_fiscal_years_quarter_is_that_years_quarter(nlp):
    assert dates(nlp, "Disbursed in Q2 FY2034.") == [("Q2 FY2034", "2034-04", "2034-06")]


def test_a_posts_time_stamp_is_no_date_of_the_project(nlp):
    from pipeline.extract import extract_text

    text = ("Partners @Partners\nKSh 450m for Maji Safi, a community water programme, from 2036 to 2038.\n"
            "2:14 PM · Feb 3, 2036 · 48K Views\n")
    record = extract_text(nlp, text, "thread.txt")
    (project,) = record.projects
    assert [(d.start, d.end) for d in project.dates] == [("2036", "2038")]
