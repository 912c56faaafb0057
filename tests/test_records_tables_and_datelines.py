"""Operation records, audit tables, work plans and news datelines. Money: a sign of letters glued to its amount by a
full stop ("Kshs.3,907,114"); a captioned table whose rows fill the first column with dot leaders; a page's
declaration that says which figures ("All cost figures below are in ..."); "closer to" and "topped" as qualifiers; a
value raised "from X to Y" some words after its verb. Countries: a meeting ("Reunião"), a language after "língua" or
before "languages", a language switcher parted by dots, "Port Sudan". Projects: a record's "Name ......" field over
an operation's fields; a loan named by its lender's acronym ("Prêt AFD"); a heading that is a name and a lowercase
"project"; a Spanish title that goes on with "a la"; a defined term in quotes beside its acronym; a lowercase noun
after a table cell's acronym. Links: a record of dot-leader fields; a disbursement row's date; a dateline whose next
sentence signs "today"; a long Romance headline over its story; a section whose heading names its project; a title
boxed between rules of "="; a work plan's own period; a table's total row under several projects; "as of" in Spanish
and French; a border river's neighbour; a lender's nationality; a participle "financed by" after a country.

The last tests guard what these rules must leave alone: a word that is no sign before a full stop and a number, a
dot-leader key-value sheet, "ranging from X to Y", a "Name" field of a contact card, a quoted name after "the" with
its project noun, an extension's new end date in Spanish, a total row of a one-project table, a country that
finances something itself.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from .span_helpers import facts, money_values, project_texts


# ---- money ----------------------------------------------------------------------------------------------------
def test_a_lettered_sign_glued_by_a_full_stop(nlp):
    values = money_values(nlp, "Spending in Kenya reached Kshs.2,418,660,300, and Kshs.57.2 million was questioned.")
    assert values == {"Kshs.2,418,660,300": (Decimal("2418660300"), "KES", "exact"),
                      "Kshs.57.2 million": (Decimal("57200000"), "KES", "exact")}


def test_a_word_before_a_full_stop_and_a_number_is_no_sign(nlp):
    assert money_values(nlp, "See No.4 and Fig.2 of the annex, and Art.7 of the law.") == {}


def test_a_captioned_table_with_dot_leaders_in_its_first_column(nlp):
    text = ("Audit findings.\n\nTable 4. Amounts queried, by district (KES million)\n"
            "District          Unsupported   Idle\n"
            "Eastvale ........ 44.10         –\n"
            "Westvale ........ 3.25          120.75\n")
    values = money_values(nlp, text)
    assert values == {"44.10": (Decimal("44100000"), "KES", "exact"), "3.25": (Decimal("3250000"), "KES", "exact"),
                      "120.75": (Decimal("120750000"), "KES", "exact")}


def test_a_dot_leader_sheet_of_two_columns_stays_key_and_value(nlp):
    text = "Budget ............ USD 5 million\nStart ............. 2031\n"
    assert money_values(nlp, text) == {"USD 5 million": (Decimal("5000000"), "USD", "exact")}


def test_a_declaration_that_says_which_figures(nlp):
    text = ("Work plan.\n\nAll cost figures below are in BDT lakh. Quarters are fiscal.\n\n"
            "Code  Activity                          Months     Budget  Responsible\n"
            "1.1   Dig ponds                         Nov–Mar  1,230.00  Upazila office\n"
            "1.2   Repair sluices                    Jan–May    415.50  Water board\n")
    values = money_values(nlp, text)
    assert values["1,230.00"] == (Decimal("123000000"), "BDT", "exact")
    assert values["415.50"] == (Decimal("41550000"), "BDT", "exact")


def test_closer_to_and_topped_qualify_the_amount(nlp):
    values = money_values(nlp, "The bill came closer to USD 3 million; the fund topped $8 million.")
    assert values == {"USD 3 million": (Decimal("3000000"), "USD", "approximate"),
                      "$8 million": (Decimal("8000000"), "USD", "at_least")}


def test_a_ceiling_raised_from_one_amount_to_another(nlp):
    values = money_values(nlp, "Trustees lifted the cap on member pledges from USD 80 million to USD 130 million.")
    assert values == {"USD 80 million": (Decimal("80000000"), "USD", "exact"),
                      "USD 130 million": (Decimal("130000000"), "USD", "exact")}


def test_ranging_from_keeps_one_range(nlp):
    values = money_values(nlp, "The board revised grants ranging from USD 20,000 to USD 60,000.")
    assert values == {"USD 20,000 to USD 60,000": (Decimal("20000"), "USD", "exact")}


# ---- countries ------------------------------------------------------------------------------------------------
def _countries(nlp, text):
    return [(s.text, s._.value.iso2) for s in nlp(text).spans["COUNTRY"]]


def test_a_meeting_in_spanish_and_portuguese_is_no_island(nlp):
    text = "Reunião da Comissão Técnica em 2 de junho. La Reunión del comité fue breve. A visit to Réunion followed."
    assert _countries(nlp, text) == [("Réunion", "RE")]


def test_languages_after_a_romance_language_noun_and_before_languages(nlp):
    text = "Cursos em Língua Portuguesa e na língua oficial portuguesa. Written in the Arabic and English languages."
    assert _countries(nlp, text) == []


def test_a_language_switcher_parted_by_dots(nlp):
    assert _countries(nlp, "BANK\nEspañol · English · Português          [ Search ]\n\nText.\n") == []


def test_demonyms_parted_by_a_dot_before_a_noun_stay(nlp):
    assert _countries(nlp, "Partners: Spanish · Portuguese cooperation agencies.") == [("Spanish", "ES"), ("Portuguese", "PT")]


def test_a_port_city_is_no_country(nlp):
    assert _countries(nlp, "Fuel comes through Sudan from Port Sudan.") == [("Sudan", "SD")]


# ---- projects -------------------------------------------------------------------------------------------------
OPERATIONS = """APPROVED OPERATIONS

────────────────────
OPERATION 1 of 3
Name ............... Port Customs Data Exchange Modernisation (VEPA 3.0)
Country ............ Ghana
Sector ............. Trade
Bank amount ........ $14 million
Approval date ...... 9 March 2031

────────────────────
OPERATION 2 of 3
Name ............... Hill Towns Drainage Programme (HTDP)
Country ............ Togo
Bank amount ........ USD 61.5 million
Approval date ...... 30.04.2031
Period ............. July 2031 – June 2035

────────────────────
OPERATION 3 of 3
Name ............... Valley Metro Financing Framework – second individual loan
Country ............ Kenya
Framework ceiling .. up to $400 million
Approval date ...... 2031-05-06
"""


def test_a_records_name_field_over_an_operations_fields(nlp):
    found = project_texts(nlp, OPERATIONS)
    assert "Port Customs Data Exchange Modernisation (VEPA 3.0)" in found
    assert "Valley Metro Financing Framework" in found  # (the record's wording after the dash is cut)


def test_a_name_field_of_a_contact_card_is_no_project(nlp):
    text = "Contact\n\nName ............... Ama Owusu\nPhone .............. 0302 555 010\nEmail .............. desk@example.org\n"
    assert project_texts(nlp, text) == []


def test_a_heading_of_a_name_and_a_lowercase_project(nlp):
    text = ("Agreements signed\n\n1. Coastal Water Security Project (CWSP)\n\nThe bank lends USD 20 million.\n\n"
            "2. Solar Pumps for Dry Valleys project\n\nA grant of USD 2 million pays for the pumps.\n")
    assert "Solar Pumps for Dry Valleys" in project_texts(nlp, text)


def test_a_spanish_title_goes_on_after_a_la(nlp):
    text = "Notas\n1. El Programa de Apoyo a la Pesca Artesanal del Golfo cerró en marzo.\n"
    assert project_texts(nlp, text) == ["Programa de Apoyo a la Pesca Artesanal del Golfo"]


def test_a_defined_term_in_quotes_is_no_name_but_its_acronym_is(nlp):
    text = ('The Highland Pastures Trust Fund (the "Fund" or "HPTF") pools grants. Ruritania and Osterlich, '
            'collectively the "Parties", agree.\n\nContributions received by the HPTF rose in 2031.\n')
    found = project_texts(nlp, text)
    assert "Fund" not in found and "Parties" not in found
    assert found.count("HPTF") == 2


def test_a_defined_acronym_joins_its_title(nlp):
    text = ('The Highland Pastures Trust Fund (the "Fund" or "HPTF") was set up on 4 May 2030.\n\n'
            'Grants paid into the HPTF reached USD 6 million.\n')
    assert list(facts(nlp, text)) == ["HPTF"]


def test_a_quoted_name_after_the_with_its_project_noun_stays(nlp):
    assert "Ubuntu" in project_texts(nlp, 'The ministry runs the "Ubuntu" initiative in four provinces.')


def test_a_lowercase_noun_after_a_cells_acronym_and_a_line_of_costs(nlp):
    text = ("Code  Activity                                      Months            Budget  Responsible\n"
            "2.4   Grant to the Delta Market Support (DMS) facility   Oct–Sep   120.00  DMS desk\n"
            "3.1   PIU salaries and running costs                Oct–Sep           410.00  PIU\n")
    found = project_texts(nlp, text)
    assert "PIU" not in found


def test_a_loan_and_its_lenders_acronym_is_no_project(nlp):
    text = ("Financement\n• Prêt BIDC (tranche B) : 8,4 milliards de FCFA\n• Prêt AFD : 6 millions d'euros\n"
            "• Fonds Vert Sahel : 4 millions d'euros\n")
    found = project_texts(nlp, text)
    assert "Prêt AFD" not in found and "Prêt BIDC" not in found


# ---- links ----------------------------------------------------------------------------------------------------
def test_a_records_dot_leader_fields_are_its_projects(nlp):
    found = facts(nlp, OPERATIONS)
    assert found["HTDP"] == (["TG"], ["61500000 USD"], ["2031-04-30/2031-04-30", "2031-07/2035-06"])


AMP_RECORD = """Activity Preview
--------------------------------------------------------------------------------
Lakeside Fisheries Livelihoods Programme (LFLP)
Record 5512 · last validated by the donor desk on 03/05/2031

PLANNING
Date of agreement ............. 11/02/2029
End date (revised) ............ 31/12/2033

FUNDING
Type           Status       Value date         Amount (EUR)
Commitment     Booked       11/02/2029         12,000,000
Disbursement   Paid         04/11/2029         2,500,000
Disbursement   Forecast     28/02/2031         4,000,000
"""


def test_a_disbursement_rows_date_and_a_validation_date_are_not_the_projects(nlp):
    amounts, dates = facts(nlp, AMP_RECORD)["LFLP"][1:]
    assert dates == ["2029-02-11/2029-02-11", "2033-12-31/2033-12-31"]
    assert "2500000 EUR" in amounts


def test_a_dateline_whose_next_sentence_signs_today(nlp):
    text = ("Loan signed\n\nTema, 3 March 2031. The ministry and the lender today signed a credit for the "
            "Coastal Drainage Programme (CODRAP).\n\nThe programme runs for five years.\n")
    assert facts(nlp, text)["CODRAP"][2] == ["2031-03-03/2031-03-03"]


def test_a_spanish_dateline_and_a_long_headline_over_its_story(nlp):
    text = ("Firman crédito por US$ 18 millones con el que se pagará el Programa de Riego y Drenaje en Pueblos del Litoral Norte "
            "(PASLIN)\n\nChinandega, 3 de marzo de 2031. El ministerio y el banco suscribieron hoy el acuerdo que dará "
            "recursos al PASLIN.\n\nEl PASLIN llegará a 20,000 familias. Su periodo de trabajo abarca cinco años "
            "(2031-2036).\n")
    dates = facts(nlp, text)["PASLIN"][2]
    assert "2031-03-03/2031-03-03" in dates and "2031/2036" in dates


PORTFOLIO = """Programa Ribereño de Caminos Vecinales – Fase II
Gracias a un crédito de US$ 95.5 millones, el Programa Ribereño de Caminos Vecinales – Fase II (PNCV II) mejorará 210
km de vías. El convenio quedó firmado el 22 de agosto de 2030.

Programa de Electrificación Solar Comunitaria (PESC)
Sufragado con un préstamo blando del Fondo Ribereño de Fomento por US$ 27 millones, a 30 años con 8 de carencia, firmado el 11 de marzo de 2031. El
PESC llevará paneles solares a 1,900 escuelas.

Cartera vigente (millones de US$)
Programa | Banco | Monto | Período
PNCV II | BIRF | 95.5 | 2030–2034
PESC | KEXIM | 27.0 | 2031–2034
Programa de Agua para Escuelas Rurales | BID | 14.0 | 2029–2032
Total | | 136.5 |
"""


def test_a_section_whose_heading_names_its_project(nlp):
    found = facts(nlp, PORTFOLIO)
    assert found["PNCV II"][1:] == (["95500000 USD"], ["2030-08-22/2030-08-22", "2030/2034"])
    assert found["PESC"][2] == ["2031-03-11/2031-03-11", "2031/2034"]


def test_a_title_boxed_between_rules_over_its_fields(nlp):
    text = ("==========================================================\n"
            " COASTAL SALINITY RESILIENT FARMING PROJECT (CSRFP)\n"
            " ANNUAL WORK PLAN AND BUDGET (AWPB) — FY 2031-32 (1 July 2031 – 30 June 2032)\n"
            "==========================================================\n"
            " Districts        : Eastport, Westport\n"
            " Project period   : 1 March 2029 – 28 February 2035\n"
            " Total cost       : USD 30.5 million\n"
            "----------------------------------------------------------\n")
    assert facts(nlp, text)["CSRFP"][1:] == (["30500000 USD"], ["2029-03-01/2035-02-28"])


def test_a_tables_total_row_under_several_projects(nlp):
    found = facts(nlp, PORTFOLIO)
    assert found["PESC"][1] == ["27000000 USD"] and found["PNCV II"][1] == ["95500000 USD"]


def test_a_total_row_of_a_one_project_table_stays(nlp):
    text = ("Hill Clinics Project (HCP)\n\nCosts (USD million)\nComponent | Amount\nWorks | 4.0\nEquipment | 1.5\n"
            "Total | 5.5\n")
    assert "5500000 USD" in facts(nlp, text)["HCP"][1]


def test_as_of_in_spanish_and_french_but_not_an_extensions_end(nlp):
    text = ("Projet PADEL\n\nLe Projet d'Appui au Développement de l'Élevage (PADEL) est soutenu par la banque.\n\n"
            "État d'exécution du PADEL au 31 décembre 2030\nLe projet a été prorogé au 31 décembre 2033.\n")
    assert facts(nlp, text)["PADEL"][2] == ["2033-12-31/2033-12-31"]


def test_a_border_rivers_neighbour_and_a_lenders_nationality_are_no_recipients(nlp):
    text = ("Le Projet de Riz Irrigué de la Vallée (PRIV) aménage 1 150 hectares en Sierra Leone, sur la rive "
            "frontalière avec la Guinée. A South African lender will provide the loan for the PRIV.\n")
    assert facts(nlp, text)["PRIV"][0] == ["SL"]


def test_a_country_before_financed_by_is_no_donor(nlp):
    text = ("• Upland Rivers Data System Project (URDS): a data service for Ghana and the Gambia, "
            "financed by a €2.6 million grant of the bank.\n")
    assert facts(nlp, text)["URDS"][0] == ["GH", "GM"]


def test_a_country_that_finances_is_still_a_donor(nlp):
    text = ("The Valley Schools Project (VSP) builds 40 schools in Malawi. India financed the VSP with USD 4 million "
            "in 2031.\n")
    assert facts(nlp, text)["VSP"][0] == ["MW"]


def test_a_readers_comment_states_nothing_of_the_project(nlp):
    text = ("Wellfield loan signed\n\nThe Eastvale Wellfield Project (EWP) will cost P900 million and run from 2031 to "
            "2034.\n\nCOMMENTS (2)\n\nKagiso_T · 4 May 2031 at 08:41\nThey promised the EWP water in 2027 already.\n"
            "Reply · Like (4)\n")
    assert facts(nlp, text)["EWP"][2] == ["2031/2034"]


def test_separately_before_money_the_sentence_gives_a_project(nlp):
    text = ("Roads news\n\nThe Hill Roads Project (HRP) is under way.\n\nSeparately, the finance minister announced "
            "SSP 3.2 billion for the Valley Young Farmers Fund this year.\n")
    assert facts(nlp, text)["Valley Young Farmers Fund"][1] == ["3200000000 SSP"]



# ---- what the rules above must leave alone -------------------------------------------------------------------
def test_a_comments_field_of_a_record_is_no_comment_section(nlp):
    text = ("Project: Upland Orchards Initiative (UOI)\nCountry: Rwanda\nComments:\nIts second phase was approved on "
            "9 June 2032.\n\nProject: Delta Ferries Programme (DFP)\nCountry: Gambia\nBudget: EUR 2.5 million\n")
    found = facts(nlp, text)
    assert found["UOI"][2] == ["2032-06-09/2032-06-09"]
    assert found["DFP"][:2] == (["GM"], ["2500000 EUR"])


def test_a_long_line_without_its_stop_does_not_open_a_section(nlp):
    text = ("Delta Ferries Programme (DFP)\n\nThe DFP runs boats on the river.\n\nUpland Orchards Initiative (UOI)\n\n"
            "Terraces are built by village work teams on the eastern slopes under plain designs that the district engineers "
            "have approved\n\nPlanting starts in April 2032, with a budget of EUR 1.8 million.\n")
    assert facts(nlp, text)["UOI"][1:] == (["1800000 EUR"], ["2032-04/2032-04"])


def test_a_projects_own_framework_keeps_its_period(nlp):
    text = "The directors approved the Lagoon Sanitation Framework (LSF) — 2032–2036, with EUR 90 million for Benin.\n"
    assert facts(nlp, text)["LSF"][2] == ["2032/2036"]


def test_a_quoted_acronym_outside_a_parenthesis_names_no_later_mention(nlp):
    text = ('In Zambia the hygiene programme known locally as "CLEAN" reached 300 schools.\n\n'
            "Other donors also fund CLEAN work: a charity spent USD 2 million on CLEAN in 2032.\n")
    assert project_texts(nlp, text).count("CLEAN") == 1


def test_a_one_word_quoted_name_after_known_as_the_stays(nlp):
    text = 'The apprentice scheme known locally as the "Tujenge" trained 3,000 youths in Kenya between 2030 and 2032.\n'
    assert "Tujenge" in project_texts(nlp, text)


def test_a_focal_points_name_field_is_no_project(nlp):
    text = ("Focal point\nName ................ Amina Wanjiru Otieno\nCountry office ...... Nairobi, Kenya\n"
            "Financing unit ...... Upland Orchards Initiative\n")
    assert "Amina Wanjiru Otieno" not in project_texts(nlp, text)


def test_a_heading_naming_a_cofinancing_fund_leaves_the_programme_its_own(nlp):
    text = ("Delta Ferries Programme (DFP)\n\nThe DFP runs boats in the Gambia between 2031 and 2035.\n\n"
            "Co-financing from the River Transport Trust Fund\n\nThe programme also receives USD 2 million, paid from 2032.\n")
    assert "2000000 USD" in facts(nlp, text)["DFP"][1]


def test_another_verbs_range_stays_one_range(nlp):
    values = money_values(nlp, "Enrolment rose in districts offering grants from $4,000 to $15,000 per school.")
    assert values == {"$4,000 to $15,000": (Decimal("4000"), "USD", "exact")}


def test_a_financing_plans_total_with_funds_named_in_a_column(nlp):
    text = ("Delta Ferries Programme (DFP)\n\nThe DFP runs boats on the river. Its financing plan:\n\n"
            "| Component | Financier | Amount (USD) |\n| Boats | River Transport Trust Fund | 4,000,000 |\n"
            "| Training | Blue Skills Window | 1,000,000 |\n| Total | | 5,000,000 |\n")
    assert "5000000 USD" in facts(nlp, text)["DFP"][1]


def test_separately_money_spent_outside_a_projects_area(nlp):
    text = ("The Lake Shores Programme (LSP) restores wetlands in Uganda with a USD 9 million grant. Separately, the "
            "ministry will spend USD 1 million on ferries in districts outside the LSP area.\n")
    assert facts(nlp, text)["LSP"][1] == ["9000000 USD"]


def test_a_dateline_over_a_project_named_in_passing(nlp):
    text = ("Gulu, 5 June 2032. The ministry today signed a credit for a new grain terminal, drawing on lessons from the "
            "Delta Ferries Programme (DFP), which closed in 2030.\n\n"
            "Cusco, 5 de junio de 2032. Hoy en día, el Programa de Riego Andino (PRA), aprobado en 2029, beneficia a "
            "3,000 familias.\n")
    found = facts(nlp, text)
    assert found["DFP"][2] == ["2030/2030"] and found["PRA"][2] == ["2029/2029"]


def test_an_extension_in_spanish_keeps_its_end_date(nlp):
    text = "El Programa de Riego Andino (PRA) opera en Bolivia. Su plazo de ejecución fue ampliado al 15 de mayo de 2036.\n"
    assert facts(nlp, text)["PRA"][2] == ["2036-05-15/2036-05-15"]


def test_a_firm_a_version_and_a_validation_do_not_move_a_projects_dates(nlp):
    text = ("Programa de Riego Andino (PRA)\n\nEl PRA opera en Bolivia desde 2029. La firma consultora entregó el informe "
            "en marzo de 2031.\n\nThe Lake Shores Programme (LSP) works in Uganda. A scaled-up version of the LSP runs "
            "from 2033 to 2037.\n")
    found = facts(nlp, text)
    assert "2031-03/2031-03" not in found["PRA"][2]
    assert found["LSP"][2] == ["2033/2037"]


def test_a_funds_portfolio_is_its_own_money(nlp):
    text = "The Valley Water Trust Fund (VWTF) finances utilities in Malawi; donors have brought its portfolio to USD 45 million.\n"
    assert facts(nlp, text)["VWTF"][1] == ["45000000 USD"]


def test_by_far_is_no_passive_agent(nlp):
    text = ("The Delta Ferries Programme (DFP) runs boats in the Gambia. Of its partners, India provided by far the most, "
            "$30 million, to the DFP.\n")
    assert facts(nlp, text)["DFP"][0] == ["GM"]


def test_a_french_verb_a_la_ends_a_title(nlp):
    text = "Le Projet Pistes Rurales a la Direction Nationale des Pistes comme maître d'ouvrage.\n"
    assert project_texts(nlp, text) == ["Projet Pistes Rurales"]


def test_a_chart_captions_values_declare_no_currency(nlp):
    text = "Trade note\n\nExport values in US dollars.\n\nUpland Orchards Initiative (UOI): budget 270,000.\n"
    assert money_values(nlp, text) == {}


def test_a_generic_two_word_heading_before_scheme_is_no_name(nlp):
    text = "Annual report\n\n3. Small Grants scheme\n\nGrants of up to USD 20,000 are given.\n"
    assert "Small Grants" not in project_texts(nlp, text)


def test_a_phase_after_a_cells_acronym_stays(nlp):
    text = "| Project | Country | Amount |\n| Delta Clinics (DC) phase two | Nepal | USD 4 million |\n"
    assert project_texts(nlp, text) == ["Delta Clinics (DC) phase two"]


def test_two_letter_signs_glued_by_a_full_stop_stay_abbreviations(nlp):
    assert money_values(nlp, "See Le.5 of the annex in Sierra Leone and Ft.3 of the Hungarian report.") == {}


def test_a_noun_in_ing_after_its_article_does_not_stop_the_change_verb(nlp):
    values = money_values(nlp, "Members lifted the ceiling on member pledges from USD 70 million to USD 95 million.")
    assert values == {"USD 70 million": (Decimal("70000000"), "USD", "exact"),
                      "USD 95 million": (Decimal("95000000"), "USD", "exact")}


def test_a_projects_financing_plan_listing_a_trust_fund_keeps_its_total(nlp):
    text = ("Delta Ferries Programme (DFP)\n\nFinancing plan\nSource                                      Amount\n"
            "IDA Credit                                  USD 40.00M\nRiver Transport Trust Fund                  USD 2.50M\n"
            "Blue Skills Window                          USD 1.00M\nTotal Programme Cost                        USD 43.50M\n")
    assert "43500000 USD" in facts(nlp, text)["DFP"][1]


def test_local_lenders_of_a_country_are_no_donors(nlp):
    text = ("The Delta Women Finance Facility (DWFF) lends through banks in four countries, including Ghanaian, "
            "Kenyan and Ugandan lenders.\n")
    assert facts(nlp, text)["DWFF"][0] == ["GH", "KE", "UG"]
