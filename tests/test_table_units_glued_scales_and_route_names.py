"""Tables whose units stand on a header's second line, after a footnote mark or per named column; shared signs in a
table of partners; scales glued to local signs ("640 MDH"); French plural currency names; changes of value; years in
a strategy's name; acronyms given between commas; defined terms of disclosure pages; works named by the places they
join; a speaker's aside before a name, a date after a table cell's acronym, a contact's post and a state's fund for
development.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import date_values, money_values, project_texts


# ---- money: table units -------------------------------------------------------------------------------------------

TWO_LINE_HEADER = (
    "Table 5: Credits Signed in 2030\n"
    "Lender               Project                                   Signed       Amount     Amount\n"
    "                                                               Date         (USD Mn)   (EUR Mn)\n"
    "Bank A               Eastern Coast Drainage Project            14.02.2030   72.40      66.65\n"
    "Agency B             Upland Roads Project                      11.03.2030   18.00      16.55\n"
)


def test_a_header_s_second_line_of_words_and_units_gives_each_column_its_unit(nlp):
    found = money_values(nlp, TWO_LINE_HEADER)
    assert found["72.40"] == (Decimal("72400000"), "USD", "exact")
    assert found["66.65"] == (Decimal("66650000"), "EUR", "exact")
    assert found["16.55"] == (Decimal("16550000"), "EUR", "exact")


def test_a_footnote_mark_after_a_column_s_unit_leaves_the_unit(nlp):
    text = ("Table 7: Credits by member state, 2030 (USD '000)\n"
            "Member state       Credits   Grants      Total    EC$ '000 2/\n"
            "Dominica           6,250        800      7,050      19,035\n"
            "Grenada            9,100      1,350     10,450      28,215\n")
    found = money_values(nlp, text)
    assert found["19,035"] == (Decimal("19035000"), "XCD", "exact")
    assert found["6,250"] == (Decimal("6250000"), "USD", "exact")


def test_a_column_s_shared_sign_is_the_page_s_country_not_a_partner_row_s(nlp):
    text = ("Eastport Finance Office, Sri Lanka - Annual Report\n\n"
            "Inflows\n"
            "Grants from China rose in 2030 (Table 9); Japanese loans are counted by fiscal year.\n\n"
            "Table 9: Inflows by Lender, 2029–2030 (Rs. bn)\n"
            "Lender               2029        2030\n"
            "Bank A                64.7        70.2\n"
            "India                 12.9        15.3\n")
    found = money_values(nlp, text)
    assert found["12.9"] == (Decimal("12900000000"), "LKR", "exact")
    assert found["64.7"][1] == "LKR"


def test_a_row_s_own_country_still_resolves_a_sign_written_in_the_row(nlp):
    text = ("Partner        Amount\n"
            "Nepal          Rs 4.5 crore\n")
    assert money_values(nlp, text)["Rs 4.5 crore"][1] == "NPR"


def test_a_south_asian_caption_with_all_amounts_in_crore_scales_its_table(nlp):
    text = ("State schemes, FY 2030-31\n"
            "(All figures ₹ in crore)\n\n"
            "No.\tScheme\tDepartment\tBudget 2030-31\tReleased\t% of budget\n"
            "1\tJal Vikas Yojana (JVY)\tWater\t1,450.00\t1,180.50\t81.41\n"
            "2\tHill Marg Yojana\tRoads\t835.00\t705.60\t84.50\n")
    found = money_values(nlp, text)
    assert found["1,450.00"] == (Decimal("14500000000"), "INR", "exact")
    assert "81.41" not in found


def test_a_column_of_whole_counts_beside_columns_of_decimals_takes_no_money_caption(nlp):
    text = ("Releases by block, FY 2030-31 (₹ in lakh)\n"
            "Block\tReleased\tSpent\tWells dug\n"
            "Eastpur\t2,307.45\t1,950.10\t1,806\n"
            "Westpur\t1,118.00\t874.35\t922\n")
    found = money_values(nlp, text)
    assert found["2,307.45"] == (Decimal("230745000"), "INR", "exact")
    assert "1,806" not in found and "922" not in found


def test_whole_amounts_beside_a_column_of_rates_keep_the_caption_s_unit(nlp):
    text = ("Table 6. Credits by lender, first half of 2031\n"
            "(Unit: VND billion)\n"
            "No. | Lender   | 2031 plan | Paid out  | Share (%)\n"
            "1   | Bank A   | 7,300     | 1,640     | 22.5\n"
            "2   | Bank B   | 5,150     | 1,205     | 23.9\n")
    assert money_values(nlp, text)["7,300"] == (Decimal("7300000000000"), "VND", "exact")


def test_a_caption_that_names_each_column_s_unit(nlp):
    text = ("Table 4  Pipeline operations (loan/grant: EUR million; counterpart: XOF billion)\n\n"
            "No  Project Title                                  Lender      Loan     Grant  Counterpart  Period\n"
            "1   Coastal Drainage Improvement Project (CDIP)    Bank A     64.00     2.00      21.75    2031–2035\n"
            "2   Upland Roads Project                           Bank B     93.50     1.50      30.20    2031–2036\n")
    found = money_values(nlp, text)
    assert found["64.00"] == (Decimal("64000000"), "EUR", "exact")
    assert found["2.00"] == (Decimal("2000000"), "EUR", "exact")
    assert found["21.75"] == (Decimal("21750000000"), "XOF", "exact")


# ---- money: written forms -----------------------------------------------------------------------------------------

def test_a_scale_glued_before_a_local_sign(nlp):
    text = ("Au Maroc, un prêt de 42,5 millions d'euros (environ 455 MDH) et un don de 2,4 MMDH. "
            "Au Sénégal, 75 MFCFA ; en France, 1,2 Md€.")
    found = money_values(nlp, text)
    assert found["455 MDH"] == (Decimal("455000000"), "MAD", "approximate")
    assert found["2,4 MMDH"] == (Decimal("2400000000"), "MAD", "exact")
    assert found["75 MFCFA"] == (Decimal("75000000"), "XOF", "exact")
    assert found["1,2 Md€"] == (Decimal("1200000000"), "EUR", "exact")


def test_an_iso_code_after_m_stays_the_code_s_own_million(nlp):
    assert money_values(nlp, "Sweden paid 45 MSEK in 2031.")["45 MSEK"] == (Decimal("45000000"), "SEK", "exact")


def test_a_french_plural_currency_name_whose_noun_and_adjective_agree(nlp):
    found = money_values(nlp, "Un prêt de 7 millions de dinars koweïtiens a été accordé à la Tunisie.")
    assert found["7 millions de dinars koweïtiens"] == (Decimal("7000000"), "KWD", "exact")


def test_in_the_order_of_is_approximate(nlp):
    found = money_values(nlp, "The second stage costs in the order of $35 million.")
    assert found["$35 million"] == (Decimal("35000000"), "USD", "approximate")


def test_a_change_of_value_gives_two_amounts_and_a_range_stays_one(nlp):
    found = money_values(nlp, "The works contract increased from USD 215,000.00 to USD 262,400.00 in 2031. "
                              "Grants from $5 to $10 million are offered.")
    assert found["USD 215,000.00"] == (Decimal("215000"), "USD", "exact")
    assert found["USD 262,400.00"] == (Decimal("262400"), "USD", "exact")
    assert found["$5 to $10 million"] == (Decimal("5000000"), "USD", "exact")


# ---- dates ----------------------------------------------------------------------------------------------------------

def test_a_year_in_a_strategy_s_name_is_no_date_but_its_period_is(nlp):
    found = date_values(nlp, "The council endorsed the Blue Reef Strategy 2055 and the Hill 2045 National Vision; the 2065 "
                        "Strategy for the coast follows the Strategy 2027–2031, adopted in 2026.")
    assert set(found) == {"2027–2031", "2026"}


# ---- projects -------------------------------------------------------------------------------------------------------

def test_an_acronym_between_commas_is_a_mention_and_so_are_its_later_uses(nlp):
    text = ("Host: the Lagoon Safe Ferries Facility, or LSFF, pays for new jetties this year. "
            "The Hill Schools Meals Program, HSMP, ended in May 2031. Guest: LSFF also trains ferry crews.")
    assert project_texts(nlp, text) == ["Lagoon Safe Ferries Facility", "LSFF", "Hill Schools Meals Program",
                                        "HSMP", "LSFF"]


def test_a_word_in_capitals_between_commas_that_spells_no_title_is_no_acronym(nlp):
    text = "The Lagoon Safe Ferries Facility, USA, pays for new jetties."
    assert project_texts(nlp, text) == ["Lagoon Safe Ferries Facility"]


def test_a_defined_project_term_names_the_project_and_a_company_s_short_name_is_none(nlp):
    text = ('Lakeside Milling Ltd ("Lakeside" or the "Company") grinds maize in Zambia. '
            'Lakeside Grain Stores (the "Project") adds two silos. '
            'Lakeside Grain Stores would cost US$14.5 million.')
    assert project_texts(nlp, text) == ["Lakeside Grain Stores", "Lakeside Grain Stores"]


def test_works_named_by_the_places_they_join(nlp):
    text = ("A loan was signed on 9 March 2031 for the Eastport–Hilltown Railway; the Lakeside–Rivermouth "
            "Friendship Bridge follows. Ruritania's Hill–Lake Highway is old, unlike the East–West Highway.")
    assert project_texts(nlp, text) == ["Eastport–Hilltown Railway", "Lakeside–Rivermouth Friendship Bridge",
                                        "Hill–Lake Highway"]


def test_a_longer_name_of_a_route_keeps_its_project_word(nlp):
    text = "The Eastport–Hilltown Road Rehabilitation Project (EHRRP) closed in 2031."
    assert project_texts(nlp, text) == ["Eastport–Hilltown Road Rehabilitation Project (EHRRP)"]


def test_a_speaker_s_aside_before_a_name_stays_out(nlp):
    text = "Ms Lark: We fund Hill Dua, Chair—previously called the Lakeland Nurses Partnership. It began in 2031."
    assert "Lakeland Nurses Partnership" in project_texts(nlp, text)
    assert not any("Chair" in name for name in project_texts(nlp, text))


def test_a_date_after_a_table_cell_s_acronym_belongs_to_the_next_cell(nlp):
    text = ("Partner              Project / Programme                                    Date         Amount\n"
            "Bank A               Northern Hills Water Supply Project                    14.02.2031   55.00\n"
            "Bank B               Resilient Hill Estates Transformation Project (RHET) 09.04.2031   37.50\n")
    assert project_texts(nlp, text) == ["Northern Hills Water Supply Project", "Resilient Hill Estates Transformation Project (RHET)"]
    assert "09.04.2031" in date_values(nlp, text)


def test_a_contact_s_post_is_no_project_title(nlp):
    text = "Contacts\nName: A. Person\nTitle: Senior Programme Officer\nEmail: a.person@example.org\n"
    assert project_texts(nlp, text) == []


def test_a_project_title_field_is_still_a_title(nlp):
    assert project_texts(nlp, "Title: Hill Schools Renewal Programme\nBudget: USD 2 million\n") == [
        "Hill Schools Renewal Programme"]


def test_a_state_s_fund_for_development_is_a_donor_and_a_recipient_s_development_fund_a_project(nlp):
    text = ("The Norway Fund for Development and the Chile Fund for International Economic Development lent $5 million "
            "to the Lakeland Development Fund.")
    assert project_texts(nlp, text) == ["Lakeland Development Fund"]


# ---- what the rules above leave alone ----------------------------------------------------------------------------

def test_capitals_after_a_number_that_are_no_glued_scale_stay_no_money(nlp):
    found = money_values(nlp, "We hired 12 MDA staff and 40 MMDA officials; gas flows at 150 MMCF per day and 12 MMT "
                              "of coal, at 6 MRF sites over 3 MDT sessions.")
    assert found == {}


def test_a_rise_with_its_scale_written_once_after_the_second_number_stays_a_range(nlp):
    doc = nlp("Grants rose from $5 to $10 million in 2031.")
    (span,) = doc.spans["MONEY"]
    assert (span.text, span._.value.amount, span._.value.amount_max) == ("$5 to $10 million", Decimal("5000000"),
                                                                          Decimal("10000000"))


def test_a_year_before_a_lower_case_strategy_or_after_a_preposition_stays_a_date(nlp):
    found = date_values(nlp, "The 2030 strategy review is due. Lakeland adopted its 2031 strategy. By 2032 Government "
                        "Strategy aims high.")
    assert set(found) == {"2030", "2031", "2032"}


def test_hyphenated_compounds_and_longer_names_are_no_route_names(nlp):
    text = ("A Post-COVID Credit Line, a Cross-Border Electricity Line and the Hill–Lake Road Safety Awareness "
            "Campaign were discussed in 2031.")
    assert not any(name in project_texts(nlp, text) for name in ("Post-COVID Credit Line", "Cross-Border Electricity Line",
                                                                 "Hill–Lake Road"))


def test_a_whole_number_column_a_money_word_heads_keeps_the_caption_s_unit(nlp):
    text = ("Portfolio (USD million)\n"
            "Country\tApproved\tDisbursed\n"
            "Eastland\t120\t45.25\n"
            "Westland\t80\t30.10\n")
    assert money_values(nlp, text)["120"] == (Decimal("120000000"), "USD", "exact")


def test_a_title_field_outside_a_contact_block_keeps_a_title_that_ends_in_lead(nlp):
    assert project_texts(nlp, "Title: Hill Youth Lead\nBudget: USD 2 million\nDuration: 2031–2033\n") == ["Hill Youth Lead"]


def test_a_fund_s_defined_term_makes_no_project(nlp):
    text = 'Eastport Holdings Fund LP (the "Fund") invests in Kenya. It closed in 2031.'
    assert project_texts(nlp, text) == []


# ---- Ethiopian dates ----------------------------------------------------------------------------------------------

def test_ethiopian_days_years_fiscal_years_and_their_ranges_are_gregorian(nlp):
    found = date_values(nlp, "Signed on Hidar 5, 2019 E.C. (14 November 2026), the loan runs from EFY 2019 to EFY 2022; "
                        "spending in the 2018 E.C. fiscal year rose, and EFY 2020 opens on 8 July 2027.")
    assert found["Hidar 5, 2019 E.C."] == ("2026-11-14", "2026-11-14")
    assert found["from EFY 2019 to EFY 2022"] == ("2026", "2030")
    assert found["2018 E.C. fiscal year"] == ("2025", "2026")
    assert found["EFY 2020"] == ("2027", "2028")
    assert found["14 November 2026"] == ("2026-11-14", "2026-11-14")


def test_a_day_first_ethiopian_date_and_a_month_name_that_is_none(nlp):
    found = date_values(nlp, "Paid on 3 Meskerem 2020 E.C.; the Board met on Frobel 3, 2020 E.C. instead.")
    assert found["3 Meskerem 2020 E.C."] == ("2027-09-14", "2027-09-14")
    assert "Frobel 3, 2020 E.C." not in found


def test_a_route_name_before_its_period_in_parentheses(nlp):
    text = "* Lakeland–Borduria 225 kV Interconnector (2028–2031) – cost about US$70 million."
    assert project_texts(nlp, text) == ["Lakeland–Borduria 225 kV Interconnector"]


def test_romance_windows_are_projects_and_their_parent_fund_stays_out(nlp):
    text = ("O projeto foi escolhido na Janela Quintais Produtivos do fundo, aberta em maio de 2031. "
            "La Ventanilla Agua de Lluvia financia cisternas en Bolivia. Le Guichet Jeunes Pêcheurs du fonds a ouvert en 2031.")
    assert project_texts(nlp, text) == ["Janela Quintais Produtivos", "Ventanilla Agua de Lluvia", "Guichet Jeunes Pêcheurs"]


def test_our_before_a_named_fund_is_the_writer_s_not_the_name_s(nlp):
    assert project_texts(nlp, "Our Market Access Challenge Fund has made 19 matching grants since 2031.") == [
        "Market Access Challenge Fund"]


def test_an_investment_column_holds_project_names(nlp):
    text = ("| Investment | Budget | Period | Rating |\n|---|---|---|---|\n"
            "| Lakeland Skills Partnership – Phase II | $14.0 million | 2031–2035 | Good |\n"
            "| Rod Bilong Yumi | $12.0 million | 2031–2036 | Good |\n")
    assert project_texts(nlp, text) == ["Lakeland Skills Partnership – Phase II", "Rod Bilong Yumi"]


def test_a_digest_s_aligned_colon_fields_give_their_facts_to_its_project(nlp):
    text = ("Project Title       : Hill Coast Irrigation and Livelihoods Project (HCIL)\n"
            "Executing Agency    : Ministry of Agriculture\n"
            "Funding             : Bank A loan USD 31 million; Bank B loan USD 12 million.\n"
            "Duration            : 2031–2034\n")
    (project,) = extract_text(nlp, text, "t.txt").projects
    assert [(a.amount, a.currency) for a in project.amounts] == [(Decimal("31000000"), "USD"), (Decimal("12000000"), "USD")]
    assert [(d.start, d.end) for d in project.dates] == [("2031", "2034")]


def test_lakh_grouped_amounts_with_decimals_are_read_and_counts_beside_them_are_not(nlp):
    text = ("Releases by block, FY 2030-31 (₹ in lakh)\n"
            "Block\tReleased\tSpent\tWells dug\n"
            "Eastpur\t2,307.45\t1,950.10\t1,806\n"
            "Other 12 blocks\t1,25,310.40\t98,204.15\t10,20,306\n")
    found = money_values(nlp, text)
    assert found["1,25,310.40"] == (Decimal("12531040000"), "INR", "exact")
    assert "10,20,306" not in found and "1,806" not in found


def test_a_single_window_is_an_office_not_a_fund_s_window(nlp):
    text = "Le Guichet Unique des Investisseurs a ouvert en 2031. La Ventanilla Única de Trámites funciona desde 2030."
    assert project_texts(nlp, text) == []


def test_no_later_than_ends_a_date_and_no_earlier_than_opens_one(nlp):
    found = date_values(nlp, "The agreement shall be signed no later than 2031-06-15; works start no earlier than 2033.")
    assert found == {"2031-06-15": (None, "2031-06-15"), "2033": ("2033", None)}


def test_a_date_moved_to_is_a_point_and_one_extended_to_ends_a_period(nlp):
    found = date_values(nlp, "Mobilisation has slipped to Q2 2031 and the review was pushed back to 2033; the loan was "
                        "extended to June 2034.")
    assert found == {"Q2 2031": ("2031-04", "2031-06"), "2033": ("2033", "2033"), "June 2034": (None, "2034-06")}


def test_a_name_an_appositive_calls_a_firm_is_no_project_anywhere_on_the_page(nlp):
    text = ("The bank will lend up to 9 billion tenge to Hill Agro Credit, a small non-profit lender, under the Steppe "
            "Seed Finance Facility (SSFF). Hill Agro Credit also on-lends money. The Lake Roads Programme, a "
            "five-year programme, started in 2031.")
    assert project_texts(nlp, text) == ["Steppe Seed Finance Facility (SSFF)", "Lake Roads Programme"]


def test_a_scheme_field_names_an_aid_modality_not_a_project(nlp):
    assert project_texts(nlp, "Sector: Energy\nScheme: Grant Aid (general project grant)\nDonor: Japan\n") == []


def test_a_clause_after_a_name_whose_subject_is_a_bank_calls_the_name_nothing(nlp):
    text = "For the Hill–Lake Road Corridor Improvement Project, the Bank approved a loan of €20.5 million in 2031."
    assert project_texts(nlp, text) == ["Hill–Lake Road Corridor Improvement Project"]


def test_a_route_the_text_places_things_by_is_a_landmark(nlp):
    text = ("The college lies a short drive from the Second Lake–Reef Friendship Bridge. A loan was signed for the "
            "Eastport–Hilltown Railway, which runs along the Hill–Lake Highway.")
    assert project_texts(nlp, text) == ["Eastport–Hilltown Railway"]
