"""Shapes of project browsers, flagship pages, transparency portals, transcripts and data extracts: a card whose
fields are indented under its name line (a bullet's or not); a run of name lines over paragraphs, two of them
already known as names; a page title and its translation over a "Project number (...)" field; register numbers
in parentheses, which are no acronyms; a transcript's speaker initials; page labels ("Project profile", "Current
phase"); German titles; money columns whose scale or unit is in a header or caption; a code and its amount set two
spaces apart.

Names, figures, dates and sentences are invented for these tests. False-positive rows are included on purpose.
"""

import pytest

import pipeline
from pipeline.normalize.projects import looks_like_acronym

from .span_helpers import money_values, project_texts, project_values


NESTED_CARDS = (
    "Our projects\n"
    "\n"
    "▸ Quarry Lane Lanterns\n"
    "    Street lighting for market towns in the lowlands.\n"
    "    Duration:   April 2029 – March 2032\n"
    "    Budget:     USD 2,450,000\n"
    "\n"
    "▸ Tidewater Ledgers – Phase II\n"
    "    Duration:   2028–2031\n"
    "    Budget:     USD 1,300,000\n"
    "\n"
    "▸ OSPRELINK\n"
    "    Ferry timetables shared between island councils.\n"
    "    Duration:   2030–2033      Budget: USD 900,000\n"
)


@pytest.mark.parametrize("name", ["Quarry Lane Lanterns", "Tidewater Ledgers – Phase II", "OSPRELINK"])
def test_a_card_whose_fields_are_indented_under_its_name_line_names_a_project(nlp, name):
    assert name in project_texts(nlp, NESTED_CARDS)


def test_english_words_in_capitals_over_indented_fields_head_a_form_not_a_card(nlp):
    text = (
        "FILTER RESULTS\n"
        "  Member country:  All | Eastland | Westland\n"
        "  Approval year:   All | 2030 | 2029\n"
        "  Status:          All | Approved | Closed\n"
        "\n"
        "RESULTS\n"
        "  Shown:   12 of 40\n"
        "  Updated: 3 May 2031\n"
        "  Sorted:  by date\n"
    )
    assert project_texts(nlp, text) == []


SIBLING_BLOCKS = (
    "Flagships endorsed in 2031\n"
    "\n"
    "SOUTHERN REGION\n"
    "\n"
    "Harbour Lights Interconnector (HLI)\n"
    "A 90 km cable between two island grids, with €40m in grants. Works run from 2031 to 2034.\n"
    "\n"
    "Saltmarsh Hydrogen Valley\n"
    "Electrolysers near the old port of Eastland, backed by a loan of EUR 120 million.\n"
    "\n"
    "NORTHERN REGION\n"
    "\n"
    "Ridgeway Rail Renewal Programme\n"
    "Signalling and track for 200 km of line; EUR 300 million over 2032–2036.\n"
    "\n"
    "Copperleaf Fibre Spine\n"
    "Backbone fibre between three capitals, tendered in May 2031.\n"
)


@pytest.mark.parametrize("name", ["Saltmarsh Hydrogen Valley", "Copperleaf Fibre Spine"])
def test_a_name_line_among_siblings_already_known_as_names_is_a_project(nlp, name):
    assert name in project_texts(nlp, SIBLING_BLOCKS)


def test_name_lines_over_paragraphs_with_one_known_sibling_stay_headings(nlp):
    text = (
        "Harbour Lights Interconnector (HLI)\n"
        "A 90 km cable between two island grids, with €40m in grants.\n"
        "\n"
        "Lakeside Solar Hubs\n"
        "Mini-grids for market towns, with EUR 12 million from 2031.\n"
        "\n"
        "Copperleaf Fibre Spine\n"
        "Backbone fibre between three capitals, tendered in May 2031.\n"
    )
    texts = project_texts(nlp, text)
    assert "Lakeside Solar Hubs" not in texts and "Copperleaf Fibre Spine" not in texts


def test_a_persons_line_among_known_siblings_is_no_project(nlp):
    text = SIBLING_BLOCKS + "\nMara Lindqvist Ochieng\nCountry director in Eastland since 2029.\n"
    assert "Mara Lindqvist Ochieng" not in project_texts(nlp, text)


PORTAL_ENTRY = (
    "Cutting leaks in Hillport, phase II\n"
    "Leckagereduzierung Hillport II\n"
    "\n"
    "Project number (REG-Nr.)            2030 41 118\n"
    "Country                             Eastland\n"
    "Financing contribution              EUR 18,000,000.00\n"
    "\n"
    "Related projects in Eastland\n"
    "• Klimaschutz im Wassersektor Ostland (KliOst) (REG-Nr. 2027 11 402), completed 2029\n"
    "• Abwasser für Bergdörfer (REG-Nr. 2028 33 907), in implementation\n"
)


@pytest.mark.parametrize("name", ["Cutting leaks in Hillport, phase II", "Leckagereduzierung Hillport II"])
def test_a_title_and_its_translation_over_a_project_number_field_name_the_project(nlp, name):
    assert name in project_texts(nlp, PORTAL_ENTRY)


def test_a_register_number_in_parentheses_is_no_acronym(nlp):
    values = project_values(nlp, PORTAL_ENTRY)
    assert not any(acronym and "Nr." in acronym for _, _, acronym in values)
    assert any(title == "Abwasser für Bergdörfer" for _, title, _ in values)


@pytest.mark.parametrize("text, expected", [
    ("XYZ-Nr. 2031 12 345", False),
    ("QRX417", False),
    ("P-104233", False),
    ("ABC 2", True),
    ("SDG16", True),
])
def test_register_codes_do_not_look_like_acronyms(text, expected):
    assert looks_like_acronym(text) is expected


def test_a_german_title_keeps_its_function_words(nlp):
    text = "Both belong to the programme Wasserschutz im Bergland für Dörfer, funded with EUR 12 million."
    assert "Wasserschutz im Bergland für Dörfer" in project_texts(nlp, text)


TRANSCRIPT = (
    "SPEAKERS\n"
    "LENA MARSH (LM), presenter\n"
    "OTTO VALE (OV), director, Reedbank Fisheries Fund\n"
    "\n"
    "[00:00:05] LM: Good evening and welcome.\n"
    "[00:00:09] OV: Thank you. The Reedbank Fisheries Fund gave USD 2 million last year.\n"
    "[00:00:15] LM: And this year?\n"
    "[00:00:18] OV: About the same.\n"
)


def test_a_transcripts_speaker_initials_are_no_projects(nlp):
    texts = project_texts(nlp, TRANSCRIPT)
    assert not any(text in {"LM", "OV"} or "(LM)" in text or "(OV)" in text for text in texts)
    assert "Reedbank Fisheries Fund" in texts


@pytest.mark.parametrize("text", [
    "Project profile\nProject profile — Lowland Bridges (LB-2)\n",
    "Budget\nCurrent phase    Phase 2    01.03.2031 - 28.02.2034    CHF 4'120'000\n",
    "Home | About | What We Fund | Partners | Contact\n",
])
def test_page_labels_are_no_projects(nlp, text):
    assert not {"Project profile", "Current phase", "What We Fund"} & set(project_texts(nlp, text))


def test_a_flagship_column_lists_projects(nlp):
    text = (
        "Flagship                     | Countries           | Years     | Grant (EUR m)\n"
        "Lowland Tide Gauges          | Eastland, Westland  | 2031–2034 | 12\n"
        "Northvale Seed Vaults        | Northvale           | 2030–2033 | 8.5\n"
    )
    texts = project_texts(nlp, text)
    assert "Lowland Tide Gauges" in texts and "Northvale Seed Vaults" in texts


CAPTION_ONLY = (
    "Amounts are commitments in thousands, each in the donor's own currency.\n"
    "\n"
    "| Donor | Recipient | Project title | Commitment | Currency |\n"
    "|---|---|---|---:|---|\n"
    "| Eastland | Westland | Hill Springs Programme | 37,000 | EUR |\n"
    "| Northvale | Westland | Valley Grain Stores | 1,860,000 | JPY |\n"
)
HEADER_ONLY = (
    "| Donor | Recipient | Project title | Amount (thousands) | Currency |\n"
    "|---|---|---|---:|---|\n"
    "| Eastland | Westland | Hill Springs Programme | 37,000 | EUR |\n"
    "| Northvale | Westland | Valley Grain Stores | 1,860,000 | JPY |\n"
)


@pytest.mark.parametrize("text", [CAPTION_ONLY, HEADER_ONLY], ids=["caption", "header"])
def test_a_caption_or_header_scale_applies_to_the_rows_own_currency(nlp, text):
    found = money_values(nlp, text)
    assert found["37,000"][:2] == (37000000, "EUR")
    assert found["1,860,000"][:2] == (1860000000, "JPY")


def test_a_count_columns_scale_is_no_amounts(nlp):
    found = money_values(nlp, HEADER_ONLY.replace("Amount (thousands)", "People (thousands)"))
    assert found.get("37,000", (37000,))[0] == 37000


def test_the_label_columns_header_gives_a_two_column_tables_unit(nlp):
    text = (
        "Sources\n"
        "Source of funds (in EUR Millions)                         Amount\n"
        "Eastland Development Bank loan                             86.00\n"
        "Northvale grant                                             4.50\n"
    )
    found = money_values(nlp, text)
    assert found["86.00"][:2] == (86000000, "EUR") and found["4.50"][:2] == (4500000, "EUR")


def test_the_label_columns_unit_leaves_a_count_column_alone(nlp):
    text = (
        "District (budget in USD million)                 Beneficiaries\n"
        "Lakeside                                          4,500\n"
        "Hillport                                          2,300\n"
    )
    assert "4,500" not in money_values(nlp, text)


def test_a_code_and_its_amount_two_spaces_apart_are_one_amount(nlp):
    found = money_values(nlp, "Budget\nCHF  31'450'000\n\nPaid out so far                   CHF  1'208'300\n")
    assert found["CHF  31'450'000"][:2] == (31450000, "CHF")
    assert found["CHF  1'208'300"][:2] == (1208300, "CHF")


def test_a_code_two_spaces_before_a_year_is_no_amount(nlp):
    assert money_values(nlp, "Currency  Year\nEUR  2031\nUSD  2030\n") == {}


@pytest.mark.parametrize("phrase", ["something like", "in the region of", "on the order of"])
def test_spoken_hedges_make_an_amount_approximate(nlp, phrase):
    found = money_values(nlp, f"The fund adds {phrase} USD 3 million next year.")
    assert found["USD 3 million"] == (3000000, "USD", "approximate")


def dates(nlp, text):
    doc = nlp(text)
    return {s.text: s._.value.model_dump(exclude_none=True) for s in doc.spans["DATE"]}


@pytest.mark.parametrize("text, span, value", [
    ("Les travaux commencent au second semestre 2033.", "second semestre 2033", {"start": "2033-07", "end": "2033-12"}),
    ("La revue aura lieu au premier semestre 2034.", "premier semestre 2034", {"start": "2034-01", "end": "2034-06"}),
    ("El inicio será en el segundo semestre de 2031.", "segundo semestre de 2031", {"start": "2031-07", "end": "2031-12"}),
    ("Início previsto no 1º semestre de 2030.", "1º semestre de 2030", {"start": "2030-01", "end": "2030-06"}),
    ("Les travaux débutent au second trimestre 2031.", "second trimestre 2031", {"start": "2031-04", "end": "2031-06"}),
])
def test_romance_half_years_and_quarters_are_periods_of_months(nlp, text, span, value):
    assert dates(nlp, text)[span] == value


@pytest.mark.parametrize("text", ["Deux cents puits seront creusés d'ici 2036.", "Le projet dure jusqu'en 2036."])
def test_french_by_and_until_close_a_date(nlp, text):
    assert dates(nlp, text)["2036"] == {"end": "2036"}


GRANTS_DATABASE = (
    "Lantern Learning Trust\n"
    "Purpose: Reading rooms of the Hillside Reading Initiative in 300 village schools\n"
    "Amount: $640,000   Date awarded: 05/19/2031   Duration: 24 months\n"
    "\n"
    "Northvale Youth Network\n"
    "Purpose: Core support\n"
    "Amount: $92,000   Date awarded: 03/02/2031   Duration: 18 months\n"
)


def test_a_grantee_over_the_grants_purpose_is_no_project(nlp):
    texts = project_texts(nlp, GRANTS_DATABASE)
    assert "Lantern Learning Trust" not in texts and "Northvale Youth Network" not in texts
    assert "Hillside Reading Initiative" in texts


def test_a_project_over_its_purpose_stays_a_project(nlp):
    text = "Eastland Rural Water Supply Programme\nPurpose: Safe water for 40 villages\nBudget: EUR 5 million\n"
    assert "Eastland Rural Water Supply Programme" in project_texts(nlp, text)


def test_a_serial_header_run_together_with_a_two_word_project_header_finds_the_column(nlp):
    text = (
        "Table 7: Programmes funded by partners\n"
        "\n"
        "S/No  Programme / Project                      Partner          Budget\n"
        "1.    Lakeside Clinics Support Grant             Northvale        22,800,000\n"
        "2.    Hill Roads Extension (Phase 3)             Eastland Bank    94,600,000\n"
        "      TOTAL                                                      117,400,000\n"
    )
    texts = project_texts(nlp, text)
    assert "Lakeside Clinics Support Grant" in texts and "Hill Roads Extension" in texts
    assert not any("TOTAL" in t for t in texts)


def test_a_title_over_an_agreement_number_names_the_project(nlp):
    text = (
        "────────────────────────────\n"
        "\n"
        "Harbour Voices for Fisher Towns 2030–2032\n"
        "Agreement number XYZ-31/0577 · Agreement period 01.04.2031–31.03.2033\n"
        "Agreement partner: Lantern Media Trust\n"
    )
    assert "Harbour Voices for Fisher Towns 2030–2032" in project_texts(nlp, text)


def test_a_short_name_blended_from_the_titles_words_is_its_acronym(nlp):
    text = "We opened the Copper Coast Solar Farms Project (SolarCoast) today. #SolarCoast reaches 9,000 farms."
    values = project_values(nlp, text)
    assert ("Copper Coast Solar Farms Project (SolarCoast)", "Copper Coast Solar Farms Project", "SolarCoast") in values
    assert ("SolarCoast", None, "SolarCoast") in values


@pytest.mark.parametrize("text", [
    "The grant is part of the Annual Action Programme adopted for 2032.",
    "Donors fund a quarter of the Annual Development Programme (ADP) of 2031/32.",
])
def test_a_plan_for_one_year_is_no_project(nlp, text):
    assert not any("Annual" in t for t in project_texts(nlp, text))


@pytest.mark.parametrize("separator", [" ............ ", ".......... "])
def test_a_sheets_dot_leader_fields_are_the_named_projects_facts(nlp, separator):
    rows = [("Project name", "Lakeside Farm Markets Project (LFMP)"), ("Project ID", "3100077421"), ("Country", "Eastland"),
            ("Approval date", "11 December 2031"), ("Total project cost", "US$ 72.6 million")]
    text = "PROJECT SUMMARY\n\n" + "".join(f"{key:<20}{separator}{value}\n" for key, value in rows)
    record = pipeline.extract_text(nlp, text.replace("Eastland", "Togo"), "t.txt")
    (project,) = record.projects
    assert [c.iso2 for c in project.countries] == ["TG"]
    assert [(a.amount, a.currency) for a in project.amounts] == [(72600000, "USD")]
    assert [(d.start, d.end) for d in project.dates] == [("2031-12-11", "2031-12-11")]


@pytest.mark.parametrize("text, low, high", [
    ("Grants of $4–40m each.", 4000000, 40000000),
    ("A window of €2–3bn opens.", 2000000000, 3000000000),
    ("Awards of $150,000–3m are made.", 150000, 3000000),
])
def test_a_scale_glued_to_a_ranges_high_end_applies_to_its_low_end(nlp, text, low, high):
    (span,) = nlp(text).spans["MONEY"]
    assert (span._.value.amount, span._.value.amount_max) == (low, high)
