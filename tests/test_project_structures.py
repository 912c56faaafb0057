"""PROJECT detection on page structures: database exports, Markdown pages, headless names set
block after block, page furniture (copyright lines, breadcrumbs) and partner lists.

Every name and figure here is invented. Each row is (text, expected PROJECT span texts, in text
order); an empty list means no PROJECT at all. False-positive rows are included on purpose.
"""

import pytest

from pipeline.layout import build_layout
from pipeline.projects.csv_names import csv_fields
from pipeline.projects.export_names import is_name_field
from pipeline.projects.furniture import is_address_line, is_breadcrumb, is_copyright_line
from pipeline.projects.markdown_names import is_field_key


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


# ---- 1. semicolon-separated exports ------------------------------------------------------------
EXPORT = (
    "ref;grantee;purpose_project;amount;start_date;country\n"
    "GR-2022-004;Hillside Farmers Trust;Orchard Terraces for Highland Youth;EUR 80,000;2022-03-01;Ruritania\n"
    "GR-2022-009;Lakeshore Women Guild;core support;EUR 40,000;2022-05-01;Eastland\n"
    "GR-2023-011;Harbour Skills Collective;Net Menders Academy (NMA);USD 95,000;2023-01-15;Eastland\n"
    "GR-2024-002;Valley Learning Centre;NMA scale-up to two more harbours;USD 120,000;2024-02-01;Eastland\n"
)

LAYOUT_ROWS = [
    # (line, is a row, its cells)
    ("GR-1;Some Trust;Coastal Works;EUR 5,000", True, ["GR-1", "Some Trust", "Coastal Works", "EUR 5,000"]),
    ("a;b;c", True, ["a", "b", "c"]),
    # Prose puts a space after a semicolon: not a row.
    ("Roads were rebuilt; bridges were repaired; schools reopened.", False, []),
    ("Filter: area = Learning; status = open", False, []),
    # One semicolon is not enough for a table.
    ("Harbour Authority;Port Office", False, []),
]


@pytest.mark.parametrize("line, is_row, cells", LAYOUT_ROWS)
def test_semicolon_rows_are_table_rows_with_cells(line, is_row, cells):
    layout = build_layout(line + "\n")
    first = layout.lines[0]
    assert (first.kind == "row") == is_row
    assert [line[a:b] for a, b in first.cells] == cells
    assert not first.aligned  # cells are split at semicolons, not placed under a header by position


FIELD_NAMES = [
    ("purpose_project", True),
    ("project_title", True),
    ("projectName", True),
    ("Programme_Name", True),
    ("activity", True),
    ("project_id", False),
    ("project_start", False),
    ("project_country", False),
    ("grantee", False),
    ("amount", False),
    ("grant_title", True),
    ("Grant", False),
    ("grant_id", False),
    ("grant_amount", False),
]


@pytest.mark.parametrize("field, expected", FIELD_NAMES)
def test_a_field_name_says_project_only_with_name_qualifiers(field, expected):
    assert is_name_field(field) is expected


def test_the_project_column_of_an_export_names_each_rows_project_and_never_the_grantee(nlp):
    found = project_texts(nlp, EXPORT)
    assert "Orchard Terraces for Highland Youth" in found
    assert "Net Menders Academy (NMA)" in found
    # "NMA scale-up to ..." names the acronym; the rest of the cell is what the grant does.
    assert "NMA" in found and not any(text.startswith("NMA scale") for text in found)
    # Grantees and unrestricted "core support" are not projects.
    assert not any(name in text for text in found for name in ("Hillside", "Lakeshore", "Harbour Skills", "core"))


EXPORT_ROWS = [
    # A plain "Project" header: the existing table finder reads semicolon rows as it reads pipe rows.
    ("Project;Country;Amount\nHill Orchards Renewal;Eastland;EUR 5,000\nTotal;;EUR 5,000\n", ["Hill Orchards Renewal"]),
    ("id;project_name;grantee\n1;Hill Orchards Renewal;Eastland Farmers Union\n2;Lake Boats Upgrade;Lake Fishers Guild\n",
     ["Hill Orchards Renewal", "Lake Boats Upgrade"]),
    # No column says project: the grantees are not read as projects.
    ("id;grantee;amount\n1;Eastland Farmers Union;EUR 5,000\n2;Lake Fishers Guild;EUR 7,000\n", []),
]


@pytest.mark.parametrize("text, expected", EXPORT_ROWS)
def test_export_rows_by_their_header(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_an_earlier_phase_named_alone_is_a_mention_of_it(nlp):
    text = ("project_ref;project_title;amount\n"
            "A-1;Dryland Seed Banks - Phase 2;EUR 300,000\n"
            "A-2;Clean Wells Ruritania;EUR 100,000\n\n"
            "A-1 follows Dryland Seed Banks (Phase 1, 2019-2021), funded under the earlier strategy.\n")
    found = project_texts(nlp, text)
    assert found.count("Dryland Seed Banks") == 1
    assert "Dryland Seed Banks - Phase 2" in found


# ---- 2. Markdown pages -------------------------------------------------------------------------
MARKDOWN = (
    "# Eastland Portfolio - Wiki\n\n"
    "## Project: Harbour Towns Water Security Phase II\n\n"
    "- **Budget:** $12 million (grant)\n"
    "- **Countries:** Eastland, Ruritania\n"
    "- **Duration:** approved 3 May 2024; closes 2029\n"
    "- **Notes:** Scholarships for 80 students at the Eastland Institute of Fisheries.\n\n"
    "## Project: Island Women Lead Together\n\n"
    "- **Budget**: $20 million\n"
    "- **Countries:** Ruritania\n"
)

MARKDOWN_ROWS = [
    (MARKDOWN, ["Harbour Towns Water Security Phase II", "Island Women Lead Together"]),
    ("- **Project:** Blue Lagoon Clean Boats\n- **Status:** Active\n", ["Blue Lagoon Clean Boats"]),
    # Bold labels alone: no names in them or in their values.
    ("## Current projects\n\n- **Countries:** Eastland\n- **Budget:** $4 million\n", []),
    ("## Overview\n\nThe unit manages three investments in Eastland.\n", []),
]


@pytest.mark.parametrize("text, expected", MARKDOWN_ROWS)
def test_markdown_project_headings_and_bold_fields(nlp, text, expected):
    assert project_texts(nlp, text) == expected


FIELD_KEYS = [("Budget", True), ("Start date", True), ("Implementing partner", True),
              ("Coastal Roads Project", False), ("Green Jobs", False), ("", False)]


@pytest.mark.parametrize("key, expected", FIELD_KEYS)
def test_a_bold_field_key_is_short_and_in_sentence_case(key, expected):
    assert is_field_key(key) is expected


# ---- 3. headless names block after block -------------------------------------------------------
FLAGSHIPS = (
    "FLAGSHIP PROGRAMMES\n\n"
    "River Voices\n"
    "Community radio for fishing villages along the delta.\n"
    "Countries: Eastland, Ruritania\n"
    "Period: 2022-2026 | Contribution: US$ 4 million\n"
    "River Voices has trained 300 presenters so far.\n\n"
    "Bright Classrooms\n"
    "Solar lighting and fans in rural schools.\n"
    "Countries: Ruritania\n"
    "Period: since 2021 | Contribution: US$ 2.5 million\n\n"
    "OTHER SUPPORT\n"
    "Eastland also gave US$ 1 million to appeals in 2025.\n"
)

BLOCK_ROWS = [
    (FLAGSHIPS, ["River Voices", "River Voices", "Bright Classrooms"]),
    # A name line over its own definition: "A ... window for ...".
    ("FUNDING WINDOWS\n\nQuick Flood Response\nA fast-acting window for flood emergencies, created in 2024.\n",
     ["Quick Flood Response"]),
    # A definition line makes a name only under a heading that says projects.
    ("Harbour Voices\nA radio programme for fishers.\n", []),
    ("Executive Summary\nA programme evaluation found gains.\n", []),
    ("OUR PROGRAMMES\n\nWhere We Work\nA programme in twelve countries.\n", []),
    # Section headings over fields are not names, however many blocks.
    ("Results Achieved\nCountries: Eastland\nPeriod: 2020-2022\n\nLessons Learned\nCountries: Ruritania\n"
     "Period: 2021-2023\n", []),
    # One block with fields is not a set of blocks.
    ("Our Approach\nWe work with schools.\nCountries: Ruritania\nPeriod: 2022-2026\n", []),
    # A title-case line over prose that defines nothing.
    ("Key Lessons\nA review found that schools need more teachers.\n", []),
    # A heading in capitals is a section, not a name.
    ("RIVER VOICES\nA community radio programme for the delta.\n", []),
]


@pytest.mark.parametrize("text, expected", BLOCK_ROWS)
def test_headless_names_over_fields_or_a_definition(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 4. page furniture -------------------------------------------------------------------------
COPYRIGHT_LINES = [
    ("(c) 2026 Hill Lakes Foundation. Data licensed CC BY 4.0.", True),
    ("(c) Hill Lakes Foundation 2026", True),
    ("© Eastland Fund. All rights reserved.", True),
    ("Copyright 2025 River Agency", True),
    # Item (c) of a list.
    ("(c) Amount of the grant: up to 40 million", False),
    ("(c) Harbour Works Project", False),
]


@pytest.mark.parametrize("line, expected", COPYRIGHT_LINES)
def test_copyright_lines_are_told_from_list_items(line, expected):
    assert is_copyright_line(line) is expected


ADDRESS_LINES = [
    ("Hill Lakes Fund, 4 Quay Street, 1219 Lakeville, Switzerland", True),
    ("Hill Lakes Fund, Harbour Road 11, Lakeville 40210, Kenya", True),
    ("Hill Lakes Fund, Harbour Road 11, F-75012 Lakeville, France", True),
    # A year before a capitalized word is no postcode when no country ends the line.
    ("Coastal Works Project, Phase 2, 2019 Annual Report", False),
    ("Roads, bridges and schools", False),
]


@pytest.mark.parametrize("line, expected", ADDRESS_LINES)
def test_address_lines(line, expected):
    countries = {"Switzerland", "Kenya", "France"}
    assert is_address_line(line, lambda part: part in countries) is expected


BREADCRUMBS = [
    ("Home > Projects > Eastland", True),
    ("Projects > Ruritania > RUR/012", True),
    ("Start » Countries » Eastland", True),
    ("Roads > 10 km", False),
    ("Growth was > 5% in 2024 > so the plan changed > as agreed by the whole board in its annual meeting.", False),
]


@pytest.mark.parametrize("line, expected", BREADCRUMBS)
def test_breadcrumb_trails(line, expected):
    assert is_breadcrumb(line) is expected


FURNITURE_ROWS = [
    ("Hill Lakes Foundation\nGrants\n\n(c) Hill Lakes Foundation 2026. Data licensed CC BY 4.0.\n", []),
    # A name found elsewhere is still a mention on the copyright line.
    ("The Green Valley Fund (GVF) pays for wells.\n\n(c) 2026 Green Valley Fund. All rights reserved.\n",
     ["Green Valley Fund (GVF)", "Green Valley Fund"]),
    # The body at an address is not a project; a name found elsewhere is still a mention there.
    ("Contact us\n\nHill Lakes Trust Fund, 4 Quay Street, 1219 Lakeville, Switzerland\n", []),
    ("The Green Valley Fund (GVF) pays for wells.\n\nGreen Valley Fund, 4 Quay Street, 1219 Lakeville, Switzerland\n",
     ["Green Valley Fund (GVF)", "Green Valley Fund"]),
    # A title does not run across the line break into a breadcrumb.
    ("Welcome to the site of the agency for Coastal Development\nProjects > Ruritania > RUR/012\n\nSome text.\n", []),
    # A name at the end of a trail stays a name.
    ("Home > Projects > Ruritania > Coastal Towns Water Project\n",
     ["Coastal Towns Water Project"]),
]


@pytest.mark.parametrize("text, expected", FURNITURE_ROWS)
def test_page_furniture_holds_no_new_name(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 5. partner lists --------------------------------------------------------------------------
PARTNER_ROWS = [
    ("THE CONSORTIUM\n"
     "- Hill Rivers Alliance (HRA), Eastland - lead, financial management\n"
     "- Valley Youth Initiative, Ruritania - youth savings and vocational training\n"
     "- Association Rurale pour le Progrès (ARP), Eastland - market access\n\n"
     "HRA and ARP run the Lake Towns Peace Programme together.\n",
     ["Lake Towns Peace Programme"]),
    ("Implementing partners:\n- Coastal Women Fund, Eastland\n- Green Roofs Initiative, Ruritania\n", []),
    # A list of projects is read as before, even with "partner" in its heading.
    ("Partner projects\n- Valley Youth Initiative - Ruritania\n- Hill Schools Programme - Eastland\n",
     ["Valley Youth Initiative", "Hill Schools Programme"]),
]


@pytest.mark.parametrize("text, expected", PARTNER_ROWS)
def test_organisations_in_a_partner_list_are_not_projects(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 6. cards whose facts are bare lines -------------------------------------------------------
CARD_ROWS = [
    # A name line over a line of facts joined by "·", card after card; prose reuses the names.
    ("Selected projects\n\nOrchard Terraces Eastland\n2021–2025 · NOK 12 million · Hill Farmers Trust\n\n"
     "Harbour Lights, Phase II\n2023–2027 · NOK 30 million · Port Office\n\n"
     "Orchard Terraces Eastland trains growers.\n",
     ["Orchard Terraces Eastland", "Harbour Lights, Phase II", "Orchard Terraces Eastland"]),
    # The grantee comes first; the quoted line is the grant's name, quotes outside, acronym inside.
    ("Valley Youth Guild\n\"Net Menders for Tomorrow\"\n$40,000 | 24 months | Eastland\n\n"
     "Hill Nurses Society\n\"Nurses on Bicycles (NoB) Scale-up\"\n$95,000 | 2024–2026 | Ruritania\n",
     ["Net Menders for Tomorrow", "Nurses on Bicycles (NoB) Scale-up"]),
    # Label lines and their values ("Budget" / "USD ..."); a status word over the name.
    ("Green Ridge Landscapes\nFocus area\nEnvironment\nBudget\nUSD 2.4 million\n\n"
     "Closed\nSunny Clinics Eastland (Phase I)\n2018–2021\nUSD 900,000\n",
     ["Green Ridge Landscapes", "Sunny Clinics Eastland"]),
    # Quotes make a title of a name that ends in a body's noun; the unquoted grantee line is no name.
    ("Hill Nurses Society\n\"Safe Births Help Centre\"\n$90,000 | 18 months | Eastland\n\n"
     "Valley Youth Guild\n\"Net Menders for Tomorrow\"\n$40,000 | 24 months | Ruritania\n",
     ["Safe Births Help Centre", "Net Menders for Tomorrow"]),
    # One card is not a card set.
    ("Orchard Terraces Eastland\n2021–2025 · NOK 12 million · Hill Farmers Trust\n", []),
    # A news list: headlines over datelines, no amount.
    ("Minister Opens Harbour Office\n12 March 2025 | News\n\nNew Envoy Arrives In Eastland\n"
     "3 April 2025 | News\n", []),
    # Table header rows and wrapped sentences over an amount are not names.
    ("Period          Type       Value\n2024-01-01      Budget     USD 500,000\n\n"
     "Date            Type       Value\n2024-03-01      Outgoing   USD 200,000\n", []),
    ("The rebuilt harbour road received\na US$ 5 million grant in 2020.\n\n"
     "The new clinic wing received\na US$ 2 million grant in 2021.\n", []),
]


@pytest.mark.parametrize("text, expected", CARD_ROWS)
def test_name_lines_over_bare_fact_lines_card_after_card(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 7. space-aligned tables -------------------------------------------------------------------
ALIGNED_TABLE_ROWS = [
    # Two narrow columns of a row run together ("24-01  Eastland"); the Grant cell is still the one under "Grant".
    ("No.    Country        Grant                              Approved    Amount\n"
     "-----  -------------  ---------------------------------  ----------  -------\n"
     "24-01  Eastland       Hill Terraces Co-management        Q3 2023       8.50\n"
     "24-02  Ruritania      Reef Keepers Westmark, Phase 2     Q1 2024       3.10\n",
     ["Hill Terraces Co-management", "Reef Keepers Westmark, Phase 2"]),
    # A "Grant" column of amounts names nothing.
    ("Donor          Loan          Grant\nEastland       4.00          1.50\nRuritania      2.00          0.75\n", []),
]


@pytest.mark.parametrize("text, expected", ALIGNED_TABLE_ROWS)
def test_the_cell_under_a_project_header_of_an_aligned_table(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 8. procurement notices --------------------------------------------------------------------
PROCUREMENT_ROWS = [
    # Procurement methods and the notice's own title are not projects, acronym or not.
    ("INVITATION FOR BIDS (IFB)\n\nProject: Hill Towns Drainage Project (HTDP)\n"
     "Bidding follows the National Competitive Bidding (NCB) procedures.\n",
     ["Hill Towns Drainage Project (HTDP)"]),
    # The project's acronym inside a contract number is a code; in a unit's name it is a mention.
    ("Project: Hill Towns Drainage Project (HTDP)\nContract No.: HTDP/NCB/CW/03\nRef: MPW/HTDP/2026/01\n"
     "Project Management Unit – HTDP\nPhotos: © HTDP/Jane Roe\n",
     ["Hill Towns Drainage Project (HTDP)", "HTDP", "HTDP"]),
]


@pytest.mark.parametrize("text, expected", PROCUREMENT_ROWS)
def test_procurement_methods_and_contract_numbers_are_not_mentions(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 9. project lists split by category lines --------------------------------------------------
CATEGORY_ROWS = [
    # A projects heading over category lines ("Energy", "Forests"), each over its items.
    ("Current portfolio\n\nEnergy\n• Hill Programme 4 (HILLPRO-4), Eastland, 2022–2028: EUR 28 million grant.\n"
     "• Smart Grid North–South, since 2023: EUR 95 million loan.\n\nForests\n"
     "• Orchards for Coastal Resilience (O4CR-Eastland), co-financed, 2024–2028: EUR 5 million.\n",
     ["Hill Programme 4 (HILLPRO-4)", "Smart Grid North–South", "Orchards for Coastal Resilience (O4CR-Eastland)"]),
    # A list that opens with items ends at a short line: the next section's items are fields, not projects.
    ("Related projects\n- Hill Schools Programme – closed in 2023.\n\nKey dates\n- Agreement signed: 3 May 2023\n"
     "- Planned closure: 30 June 2027\n",
     ["Hill Schools Programme"]),
]


@pytest.mark.parametrize("text, expected", CATEGORY_ROWS)
def test_category_lines_inside_a_project_list(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 10. related-activity fields ---------------------------------------------------------------
RELATED_ROWS = [
    # The field relating another activity names it after its identifier; prose reuses the name.
    ("Related Activities\nSibling: XX-4-P0012 – Valley Clinics Solar, 2024–2027\n"
     "Predecessor: XX-4-P0007 – Hill Girls' Learning Pilot (completed 2021)\n\n"
     "It builds on the Hill Girls' Learning Pilot.\n",
     ["Valley Clinics Solar", "Hill Girls' Learning Pilot", "Hill Girls' Learning Pilot"]),
    ("Related assistance\n- Preceding: Valley Heat Mapping Study (2019–2020), technical cooperation.\n",
     ["Valley Heat Mapping Study"]),
    # Other fields with an identifier, and a relation field holding a sentence, name nothing.
    ("Reporting org: XX-4 – Eastland Ministry of Aid\nParent: see the country strategy for details.\n", []),
]


@pytest.mark.parametrize("text, expected", RELATED_ROWS)
def test_related_activity_fields_name_the_related_activity(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- 11. action documents ----------------------------------------------------------------------
ACTION_DOCUMENT_ROWS = [
    # The document's title wraps the action's name; its key-value box names it under "Title of the action".
    ("Action Document for Harbour Jobs in Eastland (HJE)\n\nBasic information\n"
     "Title of the action\tHarbour Jobs in Eastland\nOPSYS number\tACT-00001\n",
     ["Harbour Jobs in Eastland (HJE)", "Harbour Jobs in Eastland"]),
    # A strategy's own name is not cut around its acronym.
    ("The Strategy for Clean Towns (CT) was adopted in 2024.\n", []),
    # A name ending in a country is a body ("Expertise Eastland"), unless the text calls it a programme.
    ("It builds on the Pêche Durable Senegal (PDS) programme, whose sites were rebuilt.\n",
     ["Pêche Durable Senegal (PDS)"]),
    ("Expertise Senegal (ES) supports the ministry.\n", []),
]


@pytest.mark.parametrize("text, expected", ACTION_DOCUMENT_ROWS)
def test_action_documents_and_names_called_programmes(nlp, text, expected):
    assert project_texts(nlp, text) == expected


# ---- quoted CSV lines ----------------------------------------------------------------------------
CSV_LINES = [
    # (line, its field values or None when it is no CSV row)
    ('"XY-01","Hill Wells, Phase 2","Ghana","1,000"', ["XY-01", "Hill Wells, Phase 2", "Ghana", "1,000"]),
    ('"XY-02","Lagoon Radio","",""', ["XY-02", "Lagoon Radio", "", ""]),
    ('a,b,c', ["a", "b", "c"]),
    # Prose with two commas is split too, but the finder reads only rows under a quoted header.
    ('Roads, bridges', None),
]


@pytest.mark.parametrize("line, values", CSV_LINES)
def test_csv_fields_keep_a_comma_inside_quotes(line, values):
    fields = csv_fields(line)
    assert (None if fields is None else [line[a:b] for a, b in fields]) == values


def test_a_csv_row_without_a_quoted_header_names_nothing(nlp):
    text = "Hill Wells for Towns,Ghana,1000\nLagoon Radio Voices,Togo,2000\n"
    assert project_texts(nlp, text) == []
