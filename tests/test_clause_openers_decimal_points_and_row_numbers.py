"""A title's head stops before its acronym's parenthesis, so a review summary or an action plan with an acronym is no
project; clause openers ("Working through the ...", "... to Tanzania from the ...") and a Romance article before a body
are trimmed; budgets and sovereign funds are not projects. A Romance page whose figures show decimal points reads
"1,000 millones" as a thousand millions; M before a local sign of capitals is millions of it; a column numbering a
table's rows is no amount column; an article between an open-range word and its date keeps the range open. A single
year in a table's caption is the year its figures report, given to no row's project, unless the caption says the
projects were approved, signed or started then.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts


def test_a_document_heading_or_a_plan_with_its_acronym_is_no_project(nlp):
    text = ("ENVIRONMENTAL AND SOCIAL REVIEW SUMMARY (ESRS)\n"
            "Tavoro Cocoa Drying Expansion Project (the \"Project\") – Ghana\n\n"
            "5. Environmental and Social Action Plan (ESAP)\n")
    assert project_texts(nlp, text) == ["Tavoro Cocoa Drying Expansion Project"]


def test_a_gerund_clause_opener_is_no_part_of_a_name(nlp):
    text = ("│ Kura Boka – Village Grain Programme\n"
            "│ The name means \"our grain\" locally. Working through the Adaptation Fund and two\n"
            "│ farmer unions, the programme supports 9,000 households.\n")
    assert project_texts(nlp, text) == ["Village Grain Programme"]  # (the fund, a lender, acts in its own right)


def test_a_place_before_from_the_is_the_clause_s_not_the_name_s(nlp):
    found = project_texts(nlp, "A loan of UA 8.1 million to Tanzania from the African Lakes Fund and $2m from the Harbour Fund.")
    assert all(not name.startswith("Tanzania") for name in found) and "Harbour Fund" in found


def test_a_romance_article_before_a_body_budgets_and_sovereign_funds_are_no_projects(nlp):
    text = ("La Dirección General de Obras Públicas (DGOP) administra US$ 1,204.6 millones en obras.\n"
            "El Presupuesto General de la Nación de 2031 reserva L 9,450.3 millones para caminos.\n"
            "The Tanvale Sovereign Wealth Fund invests its oil revenue abroad.\n"
            "El Programa de Caminos Rurales recibe L 40.0 millones.\n"
            "O empréstimo de 2 mil milhões de FCFA do Fundo Africano de Desenvolvimento foi assinado.\n"
            "O Fundo Soberano de Tanvália investiu USD 2 milhões.\n")
    assert project_texts(nlp, text) == ["Programa de Caminos Rurales"]


def test_a_romance_page_writing_decimal_points_groups_thousands_with_commas(nlp):
    found = money_values(nlp, "La cartera de Honduras asciende a L 48.5 millones en 2031. El programa vial recibe "
                              "L 1,000 millones adicionales.")
    assert found == {"L 48.5 millones": (Decimal("48500000"), "HNL", "exact"),
                     "L 1,000 millones": (Decimal("1000000000"), "HNL", "exact")}


def test_english_decimal_points_do_not_change_a_quoted_romance_figure(nlp):
    found = money_values(nlp, "The ministry in Colombia reported 4.6 million homes, 2.1 million of them rural, and 68.9% "
                              "coverage. Its budget line of COP 2.340 millones went to 42 towns; another COP 3,4 "
                              "billones went to water works, and COP 16.700 millones to schools.")
    assert found["COP 2.340 millones"] == (Decimal("2340000000"), "COP", "exact")
    assert found["COP 16.700 millones"] == (Decimal("16700000000"), "COP", "exact")


def test_a_romance_page_writing_decimal_commas_still_reads_a_comma_as_a_decimal(nlp):
    found = money_values(nlp, "La cartera de Honduras asciende a L 57,5 millones en 2031 y a L 2,25 millones en 2032.")
    assert found == {"L 57,5 millones": (Decimal("57500000"), "HNL", "exact"),
                     "L 2,25 millones": (Decimal("2250000"), "HNL", "exact")}


def test_m_before_a_local_sign_of_capitals_is_millions_of_it_on_a_romance_page(nlp):
    found = money_values(nlp, "Le budget du programme s'élève à 318 MDT, dont 27 MFCFA pour le volet sahélien "
                              "au Sénégal et 2,5 millions d'euros de l'Union européenne.")
    assert found == {"318 MDT": (Decimal("318000000"), "TND", "exact"),
                     "27 MFCFA": (Decimal("27000000"), "XOF", "exact"),
                     "2,5 millions d'euros": (Decimal("2500000"), "EUR", "exact")}
    # (On an English page such capitals are acronyms: "over 3 MDT sessions", "12 MDA staff".)
    assert money_values(nlp, "We hired 12 MDA staff for 3 MDT sessions in Tunisia.") == {}


def test_a_column_numbering_the_rows_is_no_amount_column(nlp):
    text = ("Cartera de préstamos en Honduras (US$ millones)\n\n"
            "| N.º | Programa | Monto |\n|---|---|---|\n"
            "| 1 | Caminos rurales | 73.0 |\n| 2 | Agua potable | 38.5 |\n| 3 | Escuelas | 11.0 |\n"
            "| Total | | 122.5 |\n")
    assert set(money_values(nlp, text)) == {"73.0", "38.5", "11.0", "122.5"}


def test_an_article_between_an_open_range_word_and_its_date_keeps_the_range_open(nlp):
    found = date_values(nlp, "El programa funciona desde el 1 de julio de 2031 y hasta el 31 de diciembre de 2033. "
                             "O projeto vai até o dia 30 de junho de 2032. Firmado el 2 de mayo de 2031. "
                             "Hasta el tercer trimestre de 2034 la obra avanzó poco.")
    assert found == {"1 de julio de 2031": ("2031-07-01", None), "31 de diciembre de 2033": (None, "2033-12-31"),
                     "30 de junho de 2032": (None, "2032-06-30"), "2 de mayo de 2031": ("2031-05-02", "2031-05-02"),
                     "tercer trimestre de 2034": (None, "2034-09")}


CAPTIONED_TABLES = (
    "The Harbour Roads Programme (HRP) and the Hill Schools Project (HSP) run from 2029 to 2033.\n\n"
    "Table 3 – Disbursements by project, 2031 (USD million)\n\n"
    "Project   | Partner   | Amount\nHRP       | Bank      | 4.0\nHSP       | Union     | 2.5\n\n"
    "Table 4 – New commitments approved in 2032 (USD million)\n\n"
    "Project   | Partner   | Amount\nHRP       | Bank      | 3.0\nHSP       | Union     | 1.5\n")


def test_a_caption_s_reporting_year_goes_to_no_row_but_its_approval_year_does(nlp):
    record = extract_text(nlp, CAPTIONED_TABLES, "t.txt")
    dates = {p.acronym: sorted(f"{d.start}/{d.end}" for d in p.dates) for p in record.projects}
    assert dates == {"HRP": ["2029/2033", "2032/2032"], "HSP": ["2029/2033", "2032/2032"]}


def test_a_fund_or_programme_of_the_un_system_is_a_body_but_a_joint_programme_is_not(nlp):
    text = ("The Executive Board took note of the work of the United Nations Fund for Coastal\nLivelihoods (UNFCL) in 2031. "
            "The United Nations Joint Programme on Rural Youth (UNJPRY) runs in Togo. "
            "The UN Programme on Tidal Towns gave USD 2 million.")
    assert project_texts(nlp, text) == ["United Nations Joint Programme on Rural Youth (UNJPRY)"]


PROCUREMENT_TABLE = (
    "Harbour Water Project (HWP)\nApproval date: 3 May 2030\nClosing date: 30 June 2035\n\n"
    "Table 1 HWP – works contracts\n"
    "Package   Description             Est. Value ($ 000)   Method   Advert. Date\n"
    "HWP-W01   Intake works            4,200                OCB      Q2 2031\n"
    "HWP-W02   Transmission mains      3,850                OCB      15/07/2031\n\n"
    "Loan terms\n"
    "| Project | Signed | Rate | Procurement |\n|---|---|---|---|\n"
    "| Hill Canals Project | March 27, 2031 | 0.65 | Untied |\n")


def test_a_year_the_listed_projects_are_for_is_theirs_a_year_money_was_received_in_is_not(nlp):
    text = ("The minister also confirmed two programmes for 2033:\n• Valley Clinics Programme – USD 3 million\n"
            "• River Ferries Project – USD 1.5 million\n\nContributions received in 2032 (USD)\n\n"
            "Programme                  | Donor   | Amount\nValley Clinics Programme   | Tanvale | 1,000,000\n")
    record = extract_text(nlp, text, "t.txt")
    assert {p.title: [f"{d.start}/{d.end}" for d in p.dates] for p in record.projects} == {
        "Valley Clinics Programme": ["2033/2033"], "River Ferries Project": ["2033/2033"]}


def test_a_procurement_table_s_dates_time_its_contracts_not_the_project(nlp):
    record = extract_text(nlp, PROCUREMENT_TABLE, "t.txt")
    assert {p.title: sorted(f"{d.start}/{d.end}" for d in p.dates) for p in record.projects} == {
        "Harbour Water Project": ["2030-05-03/2030-05-03", "2035-06-30/2035-06-30"],
        "Hill Canals Project": ["2031-03-27/2031-03-27"]}  # (a row that names its project is its own record)


def test_a_counterpart_in_a_later_sentence_is_the_named_project_s(nlp):
    text = ("The Steppe District Heating Project is co-financed by a $35 million loan. The government adds MNT 64 "
            "billion (about $19 million) in counterpart funds. A separate study of the city's air cost $2 million.")
    record = extract_text(nlp, text, "t.txt")
    assert {p.title: sorted(f"{a.amount} {a.currency}" for a in p.amounts) for p in record.projects} == {
        "Steppe District Heating Project": ["19000000 USD", "35000000 USD", "64000000000 MNT"]}
