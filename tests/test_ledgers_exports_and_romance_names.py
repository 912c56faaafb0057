"""Exports and ledgers: an unquoted CSV export's fields glued to dates, countries and amounts, a money field named
"budget_usd", a results framework's "Unit" column holding a currency; a caption "(Rs. in million)" over a table and
inline before "label: number" pairs, "Rs. Mn 1,250.5" and "USD mn 12.5" (the scale between sign and number), a header
"Rs. Mn"; a total row whose label spans the first columns. Money forms: the French press's "Mds", Portugal's and
Lusophone Africa's "biliões" (10^12), capital scale letters in a signed range ("$40K–$400K"), "Rs. 3 crore 20 lakh".
Dates: the reading of an ambiguous numeric date that the page writes out, "the" outside a day's date, "Quarter 1, 2031",
a law's number and year. Projects: a lowercase adjective inside a title-case Romance name, a Romance phase before its
acronym, a quoted name after a Romance project noun, the Nepali head "Karyakram", a form's and a field's labels,
a "Name of Scheme" column, an acronym opening with a lowercase "e".

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts

EXPORT = ("code,name,country,unit,baseline,target,budget_usd,start_date,end_date,status\n"
          "QX-01,Upland Ponds Project (UPP),Ghana,ponds,0,40,2750000,2031-02-01,2034-01-31,on track\n"
          "QX-02,Dry Valley Seeds Programme,Malawi,USD,15000,90000,1480000,05/09/2031,30/06/2035,delayed\n")


def test_an_unquoted_export_parts_its_fields_at_every_comma(nlp):
    doc = nlp(EXPORT)
    assert [s.text for s in doc.spans["COUNTRY"]] == ["Ghana", "Malawi"]
    assert date_values(nlp, EXPORT) == {"2031-02-01": ("2031-02-01", "2031-02-01"), "2034-01-31": ("2034-01-31", "2034-01-31"),
                                        "05/09/2031": ("2031-09-05", "2031-09-05"), "30/06/2035": ("2035-06-30", "2035-06-30")}


def test_an_exports_money_field_and_a_unit_column_give_the_currency(nlp):
    # "budget_usd" names its code; under "unit", a row measured in USD makes its baseline and target amounts,
    # a row counting ponds does not.
    assert money_values(nlp, EXPORT) == {
        "2750000": (Decimal("2750000"), "USD", "exact"),
        "15000": (Decimal("15000"), "USD", "exact"), "90000": (Decimal("90000"), "USD", "exact"),
        "1480000": (Decimal("1480000"), "USD", "exact")}


def test_an_ambiguous_numeric_date_takes_the_reading_the_page_writes_out():
    from pipeline.normalize.dates import other_reading, written_days
    written = written_days("Posted March 4, 2031 at 9:12 am. Reply.")
    assert written == frozenset({"2031-03-04"})
    assert other_reading("04/03/2031", False, written).start == "2031-03-04"
    assert other_reading("03/04/2031", False, written) is None  # (the page's own reading is the day written out)
    assert other_reading("14/03/2031", False, written) is None  # (no other reading)


def test_a_page_whose_numeric_dates_show_their_order_keeps_it(nlp):
    text = "Payments (dd/mm/yyyy): 27/10/2031, 04/03/2032. The review is planned for April 3, 2032."
    assert date_values(nlp, text)["04/03/2032"] == ("2032-03-04", "2032-03-04")


def test_a_comment_dated_in_figures_under_a_story_dated_in_words(nlp):
    text = ("By Staff Writer\nMarch 4, 2031, 6:10 pm\n\nThe rural power grant was signed on March 3, 2031.\n\n"
            "Comments\nKila\nMarch 4, 2031 at 8:02 pm\nGood news.\n\n    Ben T\n    04/03/2031 at 9:40 pm\n    Finally.\n")
    assert date_values(nlp, text)["04/03/2031"] == ("2031-03-04", "2031-03-04")


def test_the_article_before_a_days_date_stays_outside_its_span(nlp):
    text = "Dated Lakeville, the 14th October, 2031. The fund grew in the 2020s."
    assert set(date_values(nlp, text)) == {"14th October, 2031", "the 2020s"}


def test_a_quarter_written_as_its_number(nlp):
    assert date_values(nlp, "Bulletin No. 4 | Quarter 3, 2031 (July–September). Works resume in quarter 1 of 2032.") == {
        "Quarter 3, 2031": ("2031-07", "2031-09"), "quarter 1 of 2032": ("2032-01", "2032-03")}


def test_a_laws_number_and_year_are_no_date(nlp):
    text = ("Aprobado por la Ley N° 6.518/2031 y el Decreto No. 88/2031. Under Cabinet Resolution No. 402 of 2031 the "
            "loan was signed in 2032.")
    assert set(date_values(nlp, text)) == {"2032"}
    assert set(date_values(nlp, "Grants approved in round No. 2 of 2033 reach 40 schools.")) == {"2033"}


def test_a_caption_in_rupee_millions_over_a_table_and_before_label_number_pairs(nlp):
    text = ("Pakistan\n\nTable 3 (Rs. in million)\n\n| Item | Civil works | Equipment | Sum |\n|---|---:|---:|---:|\n"
            "| Canal lining | 2,410.500 | 880.250 | 3,290.750 |\n\n"
            "Releases (Rs. in million): 640.000 in the first year and 1,150.500 in the second.\n")
    values = money_values(nlp, text)
    assert values["2,410.500"] == (Decimal("2410500000"), "PKR", "exact")
    assert values["3,290.750"] == (Decimal("3290750000"), "PKR", "exact")
    assert values["640.000"] == (Decimal("640000000"), "PKR", "exact")
    assert values["1,150.500"] == (Decimal("1150500000"), "PKR", "exact")
    assert set(values) == {"2,410.500", "880.250", "3,290.750", "640.000", "1,150.500"}


def test_a_ledgers_scale_between_sign_and_number(nlp):
    text = ("Sri Lanka\nThe credit (USD 42.0 million, or Rs. Mn 12,610.5) was signed.\nA grant of USD mn 3.5 follows.\n"
            "Table 5: Disbursements, USD mn 2031-2033.\n\n"
            "| Source | Rs. Mn | Count | USD Mn |\n|---|---:|---:|---:|\n| Grants | 18,315.2 | 2 | 61.0 |\n")
    values = money_values(nlp, text)
    assert values["Rs. Mn 12,610.5"] == (Decimal("12610500000"), "LKR", "exact")
    assert values["USD mn 3.5"] == (Decimal("3500000"), "USD", "exact")
    assert values["18,315.2"] == (Decimal("18315200000"), "LKR", "exact")
    assert values["61.0"] == (Decimal("61000000"), "USD", "exact")
    assert not any("2031" in key for key in values)  # (a year after a sign and its scale is no amount)


def test_a_total_row_whose_label_spans_the_first_columns(nlp):
    text = ("Agency | Fund | Country | Area        | Grant ($)   | Fee ($)  | Sum ($)\n"
            "ABC    | XTF  | Malawi  | Water       | 1,200,000   | 114,000  | 1,314,000\n"
            "Total Resources                           | 1,200,000     | 114,000    | 1,314,000\n")
    values = money_values(nlp, text)
    assert [v for k, v in values.items()] == [(Decimal("1200000"), "USD", "exact"), (Decimal("114000"), "USD", "exact"),
                                              (Decimal("1314000"), "USD", "exact")]
    assert len(nlp(text).spans["MONEY"]) == 6


def test_a_total_row_that_leaves_its_last_cells_out_keeps_its_figures_in_place(nlp):
    text = ("| Component | Cost (US$) | Share | Notes |\n|---|---:|---|---|\n| Wells | 700,000 | 100% | done |\n"
            "| Total | 700,000 |\n")
    assert [s.text for s in nlp(text).spans["MONEY"]] == ["700,000", "700,000"]


def test_a_total_row_that_keeps_its_empty_cells_is_read_by_its_bars(nlp):
    text = ("| No. | Scheme | District | Cost (US$) | Ends | Decision |\n|---|---|---|---:|---|---|\n"
            "| 1 | Hill Wells | Eastland | 410,000 | 06/2032 | Approved |\n|  | Total |  | 410,000 |  |  |\n")
    assert [s.text for s in nlp(text).spans["MONEY"]] == ["410,000", "410,000"]


def test_french_press_milliards_and_lusophone_billions(nlp):
    text = ("Sénégal. Banque régionale ..... 38 Mds FCFA (prêt)\nFonds du Golfe ..... 12,6 Mds FCFA (prêt)\n\n"
            "Angola: o orçamento de 2031, fixado em Kz 29,4 biliões, reserva ao sector cerca de Kz 1,2 biliões.")
    values = money_values(nlp, text)
    assert values["38 Mds FCFA"] == (Decimal("38000000000"), "XOF", "exact")
    assert values["12,6 Mds FCFA"] == (Decimal("12600000000"), "XOF", "exact")
    assert values["Kz 29,4 biliões"] == (Decimal("29400000000000"), "AOA", "exact")
    assert values["Kz 1,2 biliões"] == (Decimal("1200000000000"), "AOA", "approximate")


def test_capital_scale_letters_in_a_signed_range_and_a_crore_and_lakh_amount(nlp):
    text = "Nepal. Loans of $40K–$400K per firm; the embassy adds Rs. 3 crore 20 lakh to the fund."
    values = money_values(nlp, text)
    assert values["$40K–$400K"] == (Decimal("40000"), "USD", "exact")
    assert values["Rs. 3 crore 20 lakh"] == (Decimal("32000000"), "NPR", "exact")


def test_a_lowercase_adjective_inside_a_title_case_romance_name(nlp):
    text = ("Le ministère lance le Projet de Réhabilitation des Pistes rurales et de Sécurité du Haut Plateau.\n\n"
            "Le Projet de Sentiers Côtiers financé par la Banque Mondiale a démarré.\n\n"
            "Completan la cartera el Programa de Riego Comunal, segunda etapa (PRIC-II), con fondos propios. "
            "Il s'appuie sur le Projet de Forages Pastoraux, phase 2 (PFP-2), clôturé en 2031.")
    assert project_texts(nlp, text + " El Fondo Fiduciario para la Costa Serena cofinancia con EUR 9 millones.") == [
        "Projet de Réhabilitation des Pistes rurales et de Sécurité du Haut Plateau", "Projet de Sentiers Côtiers",
        "Programa de Riego Comunal, segunda etapa (PRIC-II)", "Projet de Forages Pastoraux, phase 2 (PFP-2)",
        "Fondo Fiduciario para la Costa Serena"]  # (a verb, "cofinancia", is no adjective of the name)


def test_a_quoted_name_after_a_romance_project_noun_and_a_saying_verb(nlp):
    text = ("2. Proyecto piloto «Tata Mimbi» de bombeo solar comunitario\n"
            "El programa «Jasy Porã» llega a 900 familias. El proyecto dijo «Vamos Bien» ayer; el proyecto de ley "
            "«Costas Limpias» y el programa de radio «Voces del Valle» siguen.")
    assert project_texts(nlp, text) == ["Tata Mimbi", "Jasy Porã"]


def test_the_nepali_head_karyakram(nlp):
    assert project_texts(nlp, "The embassy extended its support to the Gaun Ujyalo Karyakram in 2031.") == \
        ["Gaun Ujyalo Karyakram"]


def test_a_forms_name_and_its_field_labels_are_no_projects(nlp):
    text = ("GRANT APPLICATION FORM (GAF)\nTYPE OF FACILITY: Standard Window\n\n"
            "Project Title:   Upper Basin Wetlands and Grazing Lands (UBWG)\n\n"
            "Fund Project Financing ($):      4,100,000\n"
            "The Green Valley Programme (GVP) and the Coast Fund (EUR) are partners.")
    assert project_texts(nlp, text) == ["Upper Basin Wetlands and Grazing Lands (UBWG)", "Green Valley Programme (GVP)"]


def test_an_acronym_that_is_also_a_currency_code_stays_an_acronym(nlp):
    text = ("In May 2031 the Lake Relief Facility (CHF), the pooled fund, paid out.\n\n[Rural Works]\n"
            "Model Villages for Ruritania (MVR)\nSince 2031 | EUR 8.9 million\n")
    assert project_texts(nlp, text) == ["Lake Relief Facility (CHF)", "Model Villages for Ruritania (MVR)"]


def test_a_name_of_scheme_column_names_its_projects(nlp):
    # (A "Scheme:" field alone is an aid modality, "Scheme: Grant Aid", no project.)
    text = ("Scheme:   Grant Aid\n\n"
            "| No. | Name of scheme | Tehsil | Estimated cost (Rs. in million) |\n|---|---|---|---:|\n"
            "| 1 | Upgrading of Rural Dispensaries in Hill Tehsils | Upper Dir | 412.300 |\n"
            "| 2 | Setting up of a Seed Testing Laboratory at Lakeville | Lakeville | 96.000 |\n")
    assert project_texts(nlp, text) == ["Upgrading of Rural Dispensaries in Hill Tehsils",
                                        "Setting up of a Seed Testing Laboratory at Lakeville"]


def test_an_acronym_opening_with_a_lowercase_e(nlp):
    text = "The e-Licensing Reform Project (e-LIRP) was approved in 2031. A second loan co-finances e-LIRP."
    assert project_texts(nlp, text) == ["e-Licensing Reform Project (e-LIRP)", "e-LIRP"]


def test_a_page_title_naming_two_projects_by_acronym_is_no_name_of_its_own(nlp):
    # The fields below belong to the numbered section under it, not to the page's title.
    text = ("Accueil > Projets et programmes > Eau rurale\n\nEAU RURALE : LE PEPR-NO ET LE PNAER EN BREF\n"
            "Publié le 4 mars 2031\n\nDeux opérations structurent l'action du Ministère.\n\n"
            "1. Projet d'Eau Potable Rurale du Nord-Ouest (PEPR-NO)\n\n"
            "  Coût total ....................... 48,1 milliards de FCFA\n"
            "  Période d'exécution .............. 2031-2035\n\n"
            "2. Programme National d'Accès à l'Eau Rurale (PNAER)\n\nLe PNAER couvre 300 villages.\n")
    assert project_texts(nlp, text)[:2] == ["PEPR-NO", "PNAER"]


def test_a_total_row_closed_by_a_bar_keeps_its_empty_last_cell(nlp):
    text = ("ALLOCATIONS, 2031-2033 (US$ million)\n\nCountry   | Allocation | Approved | Share to water\n"
            "Eastland  | 25.0 | 12.5 | 40%\nWestland  | 15.0 | 7.5  | 60%\nTotal (2 countries) | 40.0 | 20.0 |\n")
    values = money_values(nlp, text)
    assert values["40.0"] == (Decimal("40000000"), "USD", "exact") and values["20.0"] == (Decimal("20000000"), "USD", "exact")


def test_a_currency_name_with_its_adjective_capitalized_labels_the_amount_after_it(nlp):
    text = "Grant amount: Japanese yen 6,180,000\nSigned: 9 May 2031\nThe Japanese yen 2031 outlook is weak."
    assert money_values(nlp, text) == {"Japanese yen 6,180,000": (Decimal("6180000"), "JPY", "exact")}


def test_circa_before_an_amount_but_not_a_lettered_item(nlp):
    text = ("Budget  c. €48 million\nb. EUR 2 million for roads;\nc. EUR 3 million for wells. KES 1.5bn (c. USD 12m) in all. "
            "a. EUR 6 million; b. EUR 1 million; c. EUR 5 million.")
    values = money_values(nlp, text)
    assert values["€48 million"][2] == "approximate" and values["USD 12m"][2] == "approximate"
    assert values["EUR 3 million"][2] == values["EUR 5 million"][2] == "exact"


def test_the_amount_before_a_back_reference_noun_still_refers_back(nlp):
    # (A second project first, so that the page is no one project's sheet.)
    text = ("Portfolio news\n\nThe Lake Ferry Project (LFP) closed in 2030.\n\n"
            "The bank also backs the Hill Town Boiler Replacement Project (HTBR). The\nUSD 85 million loan became effective on "
            "12 March 2031. The opening phase (Q3 2031 – Q2 2033) adds CHF 2 million.")
    record = extract_text(nlp, text, "t").projects[1]
    assert {(str(a.amount), a.currency) for a in record.amounts} == {("85000000", "USD"), ("2000000", "CHF")}
    assert {(d.start, d.end) for d in record.dates} == {("2031-03-12", "2031-03-12"), ("2031-07", "2033-06")}


def test_an_acronym_numbered_with_an_eight_keeps_its_parenthesis(nlp):
    # (spaCy keeps "8)" whole as an emoticon; in a factsheet it closes an acronym's parentheses.)
    text = "It is funded by the bank's Hill Assistance Special Fund (HASF-8) with $500,000."
    assert project_texts(nlp, text) == ["Hill Assistance Special Fund (HASF-8)"]


def test_a_phase_after_a_dash_stays_in_a_listed_name(nlp):
    text = ("Notes to the table\n1. Hill Orchard Terraces – Phase II extends the first phase to 40 villages.\n"
            "2. Hill Schools Rehabilitation – a programme of the ministry since 2031.\n"
            "3. Lake Roads Project – co-financed by the bank since 2030.\n")
    assert project_texts(nlp, text) == ["Hill Orchard Terraces – Phase II", "Hill Schools Rehabilitation",
                                        "Lake Roads Project"]


def test_a_person_with_a_post_is_no_project(nlp):
    text = ("Speakers:\n  Mr Tomas Arvid, Chief Engineer (CE)\n  Ms Lena Okoro, Director General, Lake Fund (DG)\n"
            "Dr. Lee opened the Hill Wells Project (HWP) in 2031.")
    assert "Hill Wells Project (HWP)" in project_texts(nlp, text)
    assert not any(text.startswith(("Ms", "Mr")) for text in project_texts(nlp, text))


def test_a_heading_that_says_it_lists_projects_gives_them_its_country(nlp):
    # (Not tight over the list, a sub-heading between; a country heading over prose still gives nothing.)
    text = ("Cooperation with Ruritania\n\n2. Major projects in Malawi (recent years)\n\n(1) Loans\n"
            "- Hill Metro Line Development Project (FY2031): 114,712 million yen\n"
            "- Lake Bridge Construction Project (II) (FY2030): 77,510 million yen\n\n"
            "Zambia\n\nThe Coast Road Project opened in 2029.\n")
    records = extract_text(nlp, text, "t").projects
    assert [[c.iso2 for c in r.countries] for r in records] == [["MW"], ["MW"], []]
