"""Money: "F CFA" before a grouped amount; "old leones" and "old kwacha" are the former currency; an amount's equivalent
in parentheses ("(XYZ 1,000)") is no column unit; the new leone's "NLe"; label-and-value lines under a caption that
names the unit; a value with its share after it ("12.6M (44%)"); a column headed "KZT allocation"; an export field
"audited_value_eur". Dates: "l'exercice 2032" and "vigencia 2031" are fiscal years; numeric dates on a page that
gives no order of its own follow the habit (CLDR) of the country the page names most. Countries: a demonym two
countries share follows the one the page names. Projects: a body's name broken over two lines; a page's language
switch ("English (EN)"); a body named by its purpose ("... Agency for ... Partnership"); a landmark between two
places; the bare acronym of a found project's first phase; list items with coined two-word names, a foreign
language's particles, and lists under headings by country.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

import pipeline

from .span_helpers import date_values, facts, money_values, project_texts


def test_franc_sign_before_a_grouped_amount(nlp):
    assert money_values(nlp, "Piste de Korvel, au Sénégal :\n   F CFA 37 500 000 000 au total, études comprises.") == \
        {"F CFA 37 500 000 000": (Decimal("37500000000"), "XOF", "exact")}


def test_old_units_are_the_former_currency(nlp):
    text = ("In Sierra Leone the first phase cost 84 billion old leones. Old notes worth 5,000 old leones (SLL 5,000) are still taken. "
            "Zambia's farmers received 30 million old kwacha in 2031.")
    values = money_values(nlp, text)
    assert values["84 billion old leones"] == (Decimal("84000000000"), "SLL", "exact")
    assert values["5,000 old leones"][1] == "SLL" and values["SLL 5,000"] == (Decimal("5000"), "SLL", "exact")
    assert values["30 million old kwacha"] == (Decimal("30000000"), "ZMK", "exact")


def test_a_column_unit_in_parentheses_stays_no_amount(nlp):
    assert money_values(nlp, "Disbursements (NOK 1000)\nHill clinics    450    300\n") == {}


def test_the_new_leones_sign(nlp):
    assert money_values(nlp, "In Sierra Leone the two agreements are worth NLe 2.3 billion.") == \
        {"NLe 2.3 billion": (Decimal("2300000000"), "SLE", "exact")}


def test_label_and_value_lines_under_a_caption_naming_the_unit(nlp):
    text = ("AT A GLANCE\nPeople reached .............. 41,000\nFunds secured (US$) ........ 12.6M (44%)\n\n"
            "LARGEST CONTRIBUTORS (US$ million, at 3 May 2031)\nEastland (EL) ... 5.0\nWestmark ........................ 8.4\n"
            "Northvale ....................... 3.1\n")
    values = money_values(nlp, text)
    assert values == {"8.4": (Decimal("8400000"), "USD", "exact"), "3.1": (Decimal("3100000"), "USD", "exact"),
                      "12.6M": (Decimal("12600000"), "USD", "exact")}


def test_a_column_headed_by_a_code_and_a_money_word(nlp):
    text = ("| Project | Partner | KZT allocation | Period |\n|---|---|---|---|\n"
            "| Steppe Wells | FAO | 240 million | 2031-2033 |\n| Lake Schools | WFP | 1,300,000 | 2032 |\n")
    assert {k: v[:2] for k, v in money_values(nlp, text).items()} == \
        {"240 million": (Decimal("240000000"), "KZT"), "1,300,000": (Decimal("1300000"), "KZT")}


def test_an_export_field_holding_a_value_in_a_code(nlp):
    text = "milestone_3: Clinic staffing\n  budget_eur: 4,000,000\n  audited_value_eur: 2,600,000\n  indicator_value: 45\n"
    assert set(money_values(nlp, text)) == {"4,000,000", "2,600,000"}


def test_romance_fiscal_years(nlp):
    values = date_values(nlp, "La banque lèvera 90 milliards au titre de l'exercice 2032. Recursos de la vigencia 2031.")
    assert values == {"exercice 2032": ("2032", "2032"), "vigencia 2031": ("2031", "2031")}


def test_numeric_dates_follow_the_pages_country(nlp):
    text = "Posted 04/07/2031 | Lusaka\nZambia's roads board met in Zambia's capital.\nComment · 05/07/2031"
    assert date_values(nlp, text) == {"04/07/2031": ("2031-07-04", "2031-07-04"), "05/07/2031": ("2031-07-05", "2031-07-05")}
    text = "Posted 04/07/2031 | The United States board met in the United States."
    assert date_values(nlp, text) == {"04/07/2031": ("2031-04-07", "2031-04-07")}


def test_a_shared_demonym_follows_the_country_the_page_names(nlp):
    def iso(text):
        return [s._.value.iso2 for s in nlp(text).spans["COUNTRY"] if s.text == "Congolese"]

    assert iso("Along the border with the Democratic Republic of the Congo, Congolese traders sell maize.") == ["CD"]
    assert iso("In Brazzaville, Republic of the Congo, Congolese farmers plant cassava.") == ["CG"]
    assert iso("Congolese farmers plant cassava.") == ["CG"]


def test_a_bodys_name_broken_over_two_lines_is_no_project(nlp):
    assert project_texts(nlp, "Co-financing of USD 1.2 million comes from the Global\nEnvironment Facility.") == []


def test_a_language_switch_is_no_project(nlp):
    assert project_texts(nlp, "Language: English (EN) | Kiswahili (SW)\nMenu   Search   Print") == []


def test_a_body_named_by_its_purpose_is_no_project(nlp):
    text = ("The Council of Governors of the Tarnian Agency for Cross-Border Growth Partnership (TACGP) approved two "
            "grants. TACGP Director Ms. Vale spoke.")
    assert project_texts(nlp, text) == []


def test_a_landmark_between_two_places_is_no_project(nlp):
    text = "The loan widens the road that runs between the Hillford–Lakeport Unity Bridge and the dry port."
    assert project_texts(nlp, text) == []


def test_the_acronym_of_a_found_projects_first_phase(nlp):
    text = ("3. Projet d'hydraulique villageoise des oasis – phase 2 (PHVO-2) : don de 12 milliards de FCFA au Tchad."
            "\n\nLe PHVO-2 prolonge le PHVO, achevé en 2030.")
    assert project_texts(nlp, text)[-1] == "PHVO"


def test_list_items_with_coined_or_foreign_names(nlp):
    text = ("Ongoing work:\n\n• Hill Wells Programme (2031–2034) – 80 villages; EUR 4 million\n"
            "• Lueur Partagée – lamp rental for night schools, opened 2031; FCFA 2 billion\n"
            "• Maji wa Kisima Bora – boreholes for 30 schools, 2032–2034\n"
            "• Teacher Training – courses for 300 teachers, 2031–2032\n• Amina Wanjiru – coordinator since 2031\n")
    names = project_texts(nlp, text)
    assert "Lueur Partagée" in names and "Maji wa Kisima Bora" in names
    assert "Teacher Training" not in names and "Amina Wanjiru" not in names


def test_lists_under_headings_by_country_are_one_list(nlp):
    text = ("Ghana[edit]\n• Hill Wells Programme (2031–2034) – 80 villages; EUR 4 million\n"
            "• Lake Clinics Project – 12 clinics, 2032\n\n"
            "Togo[edit]\n• Soleil du Village – pico-solar kits for 40 villages, 2031–2033\n"
            "• Coastal Dunes Grid – commissioned 2032; A$3.1m\n\n"
            "Contacts\n• Tomas Okafor – finance lead, since 2031\n• Kivu Rotary – volunteers for 40 villages, 2031\n")
    names = project_texts(nlp, text)
    assert "Soleil du Village" in names and "Coastal Dunes Grid" in names
    # (A heading that is no place's name parts two lists: the contacts are no projects.)
    assert "Tomas Okafor" not in names and "Kivu Rotary" not in names


def test_an_exports_records_under_numbered_headings(nlp):
    text = ("[ENTRY 1]\nactivity_name: Hill Clinics Results Program\nactivity_code: HC-0007\nmodality: results grant\n"
            "budget_usd: 30,000,000\napproval_date: 2031-03-02\n\nmilestone_1: Clinics stocked\n"
            "  target: 80%\n  grant_usd: 6,000,000\n\n[ENTRY 14]\nactivity_name: Lake Towns Water Compact\n"
            "budget_usd: 12,500,000\n")
    records = facts(nlp, text)
    assert records["Hill Clinics Results Program"][1] == ["30000000 USD", "6000000 USD"]
    assert records["Hill Clinics Results Program"][2] == ["2031-03-02/2031-03-02"]
    assert records["Lake Towns Water Compact"][1] == ["12500000 USD"]


def test_both_sides_of_a_rate_are_no_projects_money(nlp):
    text = ("En Guatemala, el Programa de Caminos del Altiplano recibe US$ 120 millones. Al tipo de cambio de Q7.72 por\nUS$1, el "
            "crédito equivale a Q926 millones.\n\nIn Malawi, the Hill Wells Scheme (HWS) gets MK130 billion at K1,650 to the dollar.")
    records = facts(nlp, text)
    assert records["Programa de Caminos del Altiplano"][1] == ["120000000 USD", "926000000 GTQ"]
    assert records["HWS"][1] == ["130000000000 MWK"]


def test_an_owners_numbered_activity_named_between_commas(nlp):
    text = "The framework finances bus fleets in three cities. Its second sub-project, Lakeport Ferry Renewal, began."
    assert project_texts(nlp, text) == ["Lakeport Ferry Renewal"]


def test_a_capital_sign_before_a_range_is_no_scale(nlp):
    assert money_values(nlp, "In Zambia the roads board needs K 3-5 billion.") == \
        {"K 3-5 billion": (Decimal("3000000000"), "ZMW", "exact")}
    assert {s._.value.amount_max for s in nlp("In Zambia the roads board needs K 3-5 billion.").spans["MONEY"]} == \
        {Decimal("5000000000")}


def test_a_records_acronym_field_names_its_project(nlp):
    text = "[ENTRY 1]\nactivity_name: Hill Clinics Results Program\nactivity_acronym: HCRP\nactivity_code: HC-0007\n"
    records = pipeline.extract_text(nlp, text, "t.txt").projects
    assert [(r.title, r.acronym, len(r.mentions)) for r in records] == [("Hill Clinics Results Program", "HCRP", 2)]
    # (A code alone under "Acronym:" with no project named above it is no mention.)
    assert project_texts(nlp, "Glossary entry\nAcronym: WASH\nMeaning: water, sanitation and hygiene\n") == []


def test_a_document_named_before_its_acronym_is_no_project(nlp):
    text = ("Hill Valley Irrigation Modernization Project (P000123)\n\nProject Information Document (PID)\n"
            "Draft for review | Last revised: 12-Mar-2031 | File: DOC-000123\n\nKEY DATA\n")
    assert project_texts(nlp, text) == ["Hill Valley Irrigation Modernization Project"]


def test_a_lead_in_gives_its_country_to_the_numbered_titles_after_it(nlp):
    text = ("On Tuesday 4th March 2031 in Monrovia, the Liberian finance minister and two lenders put their names to these loans:\n\n"
            "1. Hill Villages Electrification Project (HVEP)\nA loan of US$ 9 million extends the grid.\n\n"
            "2. Coastal Skills for Work (CSW)\nAn IDA credit of US$ 12 million trains young people.\n")
    records = facts(nlp, text)
    assert records["HVEP"][0] == ["LR"] and records["CSW"][0] == ["LR"]
    assert records["HVEP"][2] == ["2031-03-04/2031-03-04"]


def test_what_these_rules_leave_alone(nlp):
    """False-positive guards for the rules above."""
    # A unit word inside a name is no rate: the money is the project's.
    records = facts(nlp, "The EU gives EUR 12 million to the Euro-Mediterranean Water Initiative (EMWI) for desalination.")
    assert records["EMWI"][1] == ["12000000 EUR"]
    # A lowercase note under a card's fields is no field of the card.
    text = ("Project:   Hill Wells Programme (HWP)\nCountry:   Malawi\nBudget:    USD 5 million\n"
            "note: the Lake Clinics Project (LCP) in Zambia received EUR 2 million in 2031.\n")
    assert facts(nlp, text)["HWP"] == (["MW"], ["5000000 USD"], [])
    # Prose after an export's record is no part of it.
    text = ("[ENTRY 3]\nactivity_name: Lake Clinics Project\nbudget_usd: 2,000,000\n\n"
            "The regional envelope reached USD 40,000,000 in 2031 for Kenya.\n")
    assert facts(nlp, text)["Lake Clinics Project"] == ([], ["2000000 USD"], [])
    # A body's name inside a name that supports or strengthens it.
    assert "SMHRI" in facts(nlp, "The EU backs the Support to the Ministry of Health Reform Initiative (SMHRI) with EUR 5 million.")
    # A works activity named between two places stays one.
    assert project_texts(nlp, "A choice between the Hillford–Lakeport Road Rehabilitation and the rail link was made.") == \
        ["Hillford–Lakeport Road Rehabilitation"]
    # A column's unit after a currency word with no number before it.
    assert money_values(nlp, "Budget in Rand (ZAR 1000)\nHill clinics    450    300\n") == {}
    # A page that names the United States keeps the month first; Burundi writes the day first (CLDR, in French).
    assert date_values(nlp, "Washington - 04/07/2031. The United States and Kenya signed; Kenya and Kenya again.") == \
        {"04/07/2031": ("2031-04-07", "2031-04-07")}
    assert date_values(nlp, "Publié le 04/07/2031. Le Burundi et le gouvernement du Burundi ont signé.") == \
        {"04/07/2031": ("2031-07-04", "2031-07-04")}
