"""Money: the second number of a dashed pair ("2030-2031 — 8,4 M$") opens no range; an amount cut from a date or a code
("GBP" over a row opening "2032-04-01") is none; a riel, taka or dram sign glued after its number; "a 12-million-dinar
loan"; a symbol CLDR gives in a territory's other language ("UM", the ouguiya in French); "will exceed", "superará
los" as qualifiers; an amount dated before its currency's reform is in the former currency (CLDR's territory history).
Dates: "Apr 9,2031" with no space after the comma, "October 21/2031"; a telephone number's groups are no years.
Countries: ISO's inverted names written the right way round ("República de Corea"); the two last links of a language
bar set apart by a wide gap; "i-Kiribati". Projects: a row's code ("Q3" in a series Q1, Q2, Q3) is outside the name; a
code of capitals and digits before a spaced dash; a plan's acronym with its edition ("CWMP II") is no project; a
coined name before "Mission" is a scheme; French, Spanish and Portuguese names of UN funds are bodies; a footer's
sentence over a bar row is no card; a member's name, seat and party after "Dr"; a field's value that is a region of
the world is no name. Links: a tight list of "Country – ..." items under a paragraph that names one project goes on
about it; lines of labelled fields set tight under a coded title line are that project's.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from .span_helpers import date_values, facts, money_values, project_texts


def test_the_second_number_of_a_dashed_pair_opens_no_range(nlp):
    text = "Projet de puits — exercices 2027-2028 à 2030-2031 — 8,4 M$ au total."
    assert {k: v[0] for k, v in money_values(nlp, text).items()} == {"8,4 M$": Decimal("8400000")}


def test_an_amount_cut_from_a_date_or_a_code_is_none(nlp):
    text = "Date | Type | Value | Currency\n2031-05-02 | Disbursement | 740,000 | GBP\n2032-04-01 | Disbursement | 95,000 | GBP\n"
    assert all(not span.text.endswith(("2031", "2032")) for span in nlp(text).spans["MONEY"])
    assert [s.text for s in nlp("Call Rs 1800-450-2211 for help.").spans["MONEY"]] == []
    assert [s.text for s in nlp("In Mauritania the case UM2031/00482 was closed.").spans["MONEY"]] == []
    # (Two prices parted by a slash stay a price.)
    assert [s.text for s in nlp("Fees are USD 150/300 for members and others.").spans["MONEY"]] == ["USD 150"]


def test_signs_spacy_lacks_glued_after_the_number(nlp):
    values = money_values(nlp, "Each family pays 52,000៛, the water board 700৳ a month and the clinic 900֏.")
    assert values == {"52,000៛": (Decimal("52000"), "KHR", "exact"), "700৳": (Decimal("700"), "BDT", "exact"),
                      "900֏": (Decimal("900"), "AMD", "exact")}


def test_an_amount_written_as_a_hyphenated_adjective(nlp):
    assert money_values(nlp, "In Jordan the ministry took a 12-million-dinar loan and a 4-million-euro grant.") == \
        {"12-million-dinar": (Decimal("12000000"), "JOD", "exact"), "4-million-euro": (Decimal("4000000"), "EUR", "exact")}


def test_a_symbol_from_a_territorys_other_language(nlp):
    assert money_values(nlp, "In Mauritania the fund lends UM 450 million to fishing cooperatives.") == \
        {"UM 450 million": (Decimal("450000000"), "MRU", "exact")}
    # (Only in a passage about a country that uses it; a minority language's lower-case symbol is a word.)
    assert money_values(nlp, "In Chile, contact UM 2031 for the forms. Berlin, den 12. März 2031.") == {}


def test_an_amount_before_its_currencys_reform_is_in_the_former_currency(nlp):
    text = ("In Zambia, the 2011 budget gave K 6 billion to feeder roads. In 2031 the ministry spends K 1.4 billion. "
            "The 2011 loan of ZMW 5 million was written in the new code.")
    assert [v[1] for v in money_values(nlp, text).values()] == ["ZMK", "ZMW", "ZMW"]
    # (The date nearest the amount dates it; a currency that replaced one of another name keeps its code.)
    text = "In Mauritania, UM 200 million in 2021 and UM 3 billion in 2016. In Armenia the 1992 budget gave 5 million dram."
    assert [v[1] for v in money_values(nlp, text).values()] == ["MRU", "MRO", "AMD"]


def test_qualifiers_in_the_future_tense(nlp):
    values = money_values(nlp, "Costs will exceed $4 million. La inversión superará los US$ 12 millones en 2032.")
    assert [v[2] for v in values.values()] == ["at_least", "at_least"]


def test_a_day_and_year_run_together_by_a_comma(nlp):
    assert date_values(nlp, "By Ana Ruiz - Apr 9,2031 - Updated Apr 10,2031") == \
        {"Apr 9,2031": ("2031-04-09", "2031-04-09"), "Apr 10,2031": ("2031-04-10", "2031-04-10")}
    # (A decimal or a number with its thousands is no date.)
    assert date_values(nlp, "The index rose 12,2031 points; 1,203,100 people voted.") == {}


def test_a_day_and_year_parted_by_a_slash(nlp):
    assert date_values(nlp, "Lusaka, October 21/2031 (ZNA) - The loan was signed.") == \
        {"October 21/2031": ("2031-10-21", "2031-10-21")}


def test_a_telephone_numbers_first_group_is_no_year(nlp):
    text = "Helpline: 1800-411-2090 (toll free). Press office: (21) 2045-8830. Works run 2031-2034 and in 2032-33."
    assert date_values(nlp, text) == {"2031-2034": ("2031", "2034"), "2032-33": ("2032", "2033")}


def test_isos_inverted_names_the_right_way_round(nlp):
    doc = nlp("Firmaron los gobiernos de la República de Corea y de Moldavia. Signé avec la République unie de Tanzanie.")
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == \
        [("República de Corea", "KR"), ("Moldavia", "MD"), ("République unie de Tanzanie", "TZ")]


def test_language_links_parted_by_a_wide_gap_in_a_bar(nlp):
    doc = nlp("Home  |  Funds  |  Board  |  Français  Español\n\nIn Spain 300 i-Kiribati workers trained.\n")
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == [("Spain", "ES"), ("i-Kiribati", "KI")]


def test_a_rows_code_in_a_series_is_outside_the_name(nlp):
    text = ("Programme                                   2031/32    2032/33\n"
            "Q1 Valley Seed Banks Programme                  12.00      14.50\n"
            "Q2 Upland Terraces Restoration Project          30.25      28.00\n"
            "Q3 Lakeside Fish Landing Sites Initiative        9.10      11.75\n")
    assert project_texts(nlp, text) == ["Valley Seed Banks Programme", "Upland Terraces Restoration Project",
                                        "Lakeside Fish Landing Sites Initiative"]
    # (A code met once stays with the name.)
    assert project_texts(nlp, "G30 Harbour Compact Programme\nThe programme opened in 2031.") == ["G30 Harbour Compact Programme"]


def test_a_record_code_of_capitals_and_digits_before_a_spaced_dash(nlp):
    text = ("Also approved at the June board\nKLM214 – Salt-Tolerant Rice for Delta Villages\n"
            "Country: Bangladesh  |  Duration: 2031–2035\n\nFY2032 – Annual Delivery Plan Review\n")
    assert project_texts(nlp, text) == ["Salt-Tolerant Rice for Delta Villages"]


def test_a_plans_acronym_with_its_edition_is_no_project(nlp):
    text = ("SECOND COASTAL WATERSHED MANAGEMENT PLAN 2031–2035\n\nChapter 3 of CWMP II sets targets. "
            "The TARVOS II programme drills wells.")
    assert project_texts(nlp, text) == ["TARVOS II"]


def test_a_coined_name_before_mission_is_a_scheme(nlp):
    text = ("The Pashu Samriddhi Suraksha Mission (PSSM) trains herders. The Delegation's Trade Mission visited in May, "
            "and the Regional Mission closed.")
    assert project_texts(nlp, text) == ["Pashu Samriddhi Suraksha Mission (PSSM)"]


def test_french_and_spanish_names_of_un_funds_are_bodies(nlp):
    text = ("Le Fonds des Nations Unies pour la population finance les sages-femmes. "
            "El Fondo de las Naciones Unidas para la Infancia apoya el Programa Agua Clara. "
            "O Fundo das Nações Unidas para a Infância apoia o Projeto Rio Limpo.")
    assert project_texts(nlp, text) == ["Programa Agua Clara", "Projeto Rio Limpo"]


def test_a_footers_sentence_over_a_bar_row_is_no_card(nlp):
    text = ("Featured projects\n\nRiver Ferry Renewal\nMali | 2031–2034 | USD 4 million\n\n"
            "The Quarterly Digest is published every season by the Valley Secretariat, Bamako.\n"
            "Subscribe | Unsubscribe | © 2031 Valley Secretariat\n")
    assert project_texts(nlp, text) == ["River Ferry Renewal"]


def test_a_fields_value_that_is_a_region_of_the_world_is_no_name(nlp):
    text = "Projet d'irrigation des oasis (PIO)\nProgramme : Afrique subsaharienne\nContribution : 4 200 000 $ CA\n"
    assert project_texts(nlp, text) == ["Projet d'irrigation des oasis (PIO)"]


def test_items_tight_under_a_paragraph_that_names_one_project_go_on_about_it(nlp):
    text = ("Our Island Solar Grants Facility (ISGF) now works in three countries, with A$12 million for 2031–2034.\n"
            "• Fiji – ice plants on Kadavu, commissioned in May 2032.\n"
            "• Tonga – grants of TOP 2 million to fishing cooperatives.\n"
            "• Samoa – a study of two landing sites.\n\n"
            "Other news\n\n"
            "• Vanuatu hosted the regional ministers' meeting in June 2032.\n")
    assert facts(nlp, text) == {"ISGF": (["FJ", "TO", "WS"], ["12000000 AUD", "2000000 TOP"],
                                         ["2031/2034", "2032-05/2032-05"])}


def test_labelled_field_lines_under_a_coded_title_are_that_projects(nlp):
    text = ("Coastal Springs Programme (CSP)\nThe CSP restores springs in Vanuatu with USD 20 million.\n\n"
            "Also approved at the June board\n"
            "KLM214 – Salt-Tolerant Rice for Delta Villages\n"
            "Country: Bangladesh  |  Duration: 2031–2035\n"
            "Total value: USD 6.5 million  |  Grant: USD 4 million\n")
    assert facts(nlp, text)["Salt-Tolerant Rice for Delta Villages"] == \
        (["BD"], ["4000000 USD", "6500000 USD"], ["2031/2035"])
    assert facts(nlp, text)["CSP"] == (["VU"], ["20000000 USD"], [])
    # (A table's source note under its last row is no field of that row's project.)
    table = ("No | Project | Country | Period\n1 | Delta Ferry Renewal Project | Bangladesh | 2031–2034\n"
             "Source: Board records, extracted 3 May 2032.\n")
    assert facts(nlp, table)["Delta Ferry Renewal Project"] == (["BD"], [], ["2031/2034"])


def test_a_members_name_seat_and_party_after_a_title_is_no_project(nlp):
    text = ("Dr Ifor Penllyn (Bryn Coed) (PC):\nTo ask the Secretary of State what the Hill Water Programme (HWP) "
            "has spent.\n")
    assert project_texts(nlp, text) == ["Hill Water Programme (HWP)"]


def test_items_that_open_otherwise_or_after_a_blank_line_are_not_the_paragraphs_projects(nlp):
    text = ("The Coastal Reef Project (CRP) is funded by the European Union.\n"
            "• Our head office is in Belgium.\n• Regional offices: Kenya and Ghana.\n• Total portfolio: USD 500 million.\n")
    assert facts(nlp, text) == {"CRP": ([], [], [])}
    text = ("The Coastal Reef Project (CRP) now works in two countries.\n• Fiji – reef nurseries.\n\n"
            "• Tonga – the ministers met with USD 3 million for other work.\n")
    assert facts(nlp, text) == {"CRP": (["FJ"], [], [])}


def test_bullets_under_a_name_line_are_that_projects(nlp):
    text = ("Featured investments\nHarbour Homes Fund (HHF)\n  • KES 3.2bn first close, May 2031\n"
            "  • Target size KES 9bn; 4,000 homes\n")
    assert facts(nlp, text) == {"HHF": ([], ["3200000000 KES", "9000000000 KES"], ["2031-05/2031-05"])}
