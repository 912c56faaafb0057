"""The linker alone on page structures the dev families have little of: cards, unmarked lists, listings.

Each page is invented (names and figures); each test names a fact that must not be linked too.
"""

from .test_linker_alone import linked


def test_linker_reads_each_key_value_card_as_its_own_project_sheet(nlp):
    """Cards set apart by a rule of dashes (or by their first label repeated) are separate records, a
    blank field ("Region:") does not end a card, and a card's description splits into sentences."""
    text = ("Title:       Meadow Wells Scheme\nRegion:      Ruritania\nBudget:      EUR 2 million\n"
            "Notes:       Drills 40 wells. Advice comes from the Lakeside Water Facility.\n\n"
            "------------------------------------------\n"
            "Title:       Harbour Lights Initiative\nRegion:\nPeriod:      2021–2024\nBudget:      EUR 900,000\n"
            "Title:       Orchard Paths Project\nRegion:      Osterlich\nPeriod:      2019–2022\n\n"
            "------------------------------------------\n"
            "Showing 1–3 of 3 | Data last refreshed: 4 May 2025\n")
    result = linked(nlp, text,
                    projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                              ("Lakeside Water Facility", "Lakeside Water Facility", None),
                              ("Harbour Lights Initiative", "Harbour Lights Initiative", None),
                              ("Orchard Paths Project", "Orchard Paths Project", None)],
                    countries=[("Ruritania", "RU"), ("Osterlich", "GH")],
                    money=[("EUR 2 million", "2000000", "EUR"), ("EUR 900,000", "900000", "EUR")],
                    dates=[("2021–2024", "2021", "2024"), ("2019–2022", "2019", "2022"), ("4 May 2025", "2025-05-04", "2025-05-04")])
    assert result == {
        "Meadow Wells Scheme": (["RU"], ["2000000 EUR"], []),
        "Lakeside Water Facility": ([], [], []),  # named in a later sentence of the description, which holds no fact
        "Harbour Lights Initiative": ([], ["900000 EUR"], ["2021/2024"]),
        "Orchard Paths Project": (["GH"], [], ["2019/2022"]),  # the page's refresh date is nobody's
    }


def test_linker_ends_a_listing_entry_at_its_rule_and_gives_its_tag_country_to_its_project(nlp):
    """A news listing: each entry (a tag row, a title, a summary) between rule lines. The title's section
    ends at the rule, so the next entry's publication date and country are not the earlier project's."""
    text = ("Newsroom\n\n------------------------------\n"
            "3 March 2031 | Water | Ruritania\nNew pumps for the Meadow Wells Scheme\n"
            "The Meadow Wells Scheme received EUR 2 million for 40 pumps.\nRead more >\n\n"
            "------------------------------\n"
            "9 February 2031 | Health | Borduria\nClinics open in the north\n"
            "The Lantern Clinics Programme, approved in 2029, opened its first two clinics.\nRead more >\n\n"
            "------------------------------\n")
    result = linked(nlp, text,
                    projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                              ("Meadow Wells Scheme#1", "Meadow Wells Scheme", None),
                              ("Lantern Clinics Programme", "Lantern Clinics Programme", None)],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO")],
                    money=[("EUR 2 million", "2000000", "EUR")],
                    dates=[("3 March 2031", "2031-03-03", "2031-03-03"), ("9 February 2031", "2031-02-09", "2031-02-09"),
                           ("2029", "2029", "2029")])
    assert result == {
        "Meadow Wells Scheme": (["RU"], ["2000000 EUR"], []),
        "Lantern Clinics Programme": (["BO"], [], ["2029/2029"]),
    }


def test_linker_reads_each_line_of_an_unmarked_list_as_its_own_sentence(nlp):
    """Lines set without markers, each ending with a figure, are a list: a line that names no project
    gives its facts to nobody, and a line's facts are the project it names, not its neighbours'."""
    text = ("Past grants\n"
            "Harbour Choir, Port Amsel (Ruritania) – 2027: EUR 12,000\n"
            "Lantern Clinics Programme (Borduria) – 2028–2030: EUR 64,000\n"
            "Meadow Wells Scheme (Syldavia) – May 2029: EUR 8,500\n\n"
            "Questions? Write to grants@example.org.\n")
    result = linked(nlp, text,
                    projects=[("Lantern Clinics Programme", "Lantern Clinics Programme", None),
                              ("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO"), ("Syldavia", "SY")],
                    money=[("EUR 12,000", "12000", "EUR"), ("EUR 64,000", "64000", "EUR"), ("EUR 8,500", "8500", "EUR")],
                    dates=[("2027", "2027", "2027"), ("2028–2030", "2028", "2030"), ("May 2029", "2029-05", "2029-05")])
    assert result == {
        "Lantern Clinics Programme": (["BO"], ["64000 EUR"], ["2028/2030"]),
        "Meadow Wells Scheme": (["SY"], ["8500 EUR"], ["2029-05/2029-05"]),
    }


def test_linker_reads_a_country_tag_before_a_name_as_a_card_name_line(nlp):
    """"Borduria – Lantern Clinics Programme" set tight over its prose is the programme's card: a fact in a
    sentence that names no project is the card's project's; the next card's facts are not."""
    text = ("Country components\n\n"
            "Borduria – Lantern Clinics Programme\n"
            "Component budget: EUR 40 million. The health ministry adds BOD 900 million. Completion: June 2030.\n\n"
            "Syldavia – Meadow Wells Scheme\n"
            "Component budget: EUR 15 million. Approved in 2027 and started in March 2028.\n")
    result = linked(nlp, text,
                    projects=[("Lantern Clinics Programme", "Lantern Clinics Programme", None),
                              ("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    countries=[("Borduria", "BO"), ("Syldavia", "SY")],
                    money=[("EUR 40 million", "40000000", "EUR"), ("BOD 900 million", "900000000", "BOB"),
                           ("EUR 15 million", "15000000", "EUR")],
                    dates=[("June 2030", "2030-06", "2030-06"), ("2027", "2027", "2027"), ("March 2028", "2028-03", "2028-03")])
    assert result == {
        "Lantern Clinics Programme": (["BO"], ["40000000 EUR", "900000000 BOB"], ["2030-06/2030-06"]),
        "Meadow Wells Scheme": (["SY"], ["15000000 EUR"], ["2027/2027", "2028-03/2028-03"]),
    }


def test_linker_keeps_a_relative_clause_with_its_item_in_a_counted_list(nlp):
    """"two programmes: A (XA), in which the country takes up $3 million of $50 million, and the B, which
    released $2 million": each relative clause is its item's, not an item of its own."""
    text = ("Ruritania also takes part in two regional programmes: Clean Stoves Access (CSA), in which Ruritania "
            "takes up £2.4 million of £40 million in total, and the Harbour Relief Facility, which released "
            "£0.8 million after the storms. Separately, the embassy spent £0.1 million on a study.\n")
    result = linked(nlp, text,
                    projects=[("Clean Stoves Access (CSA)", "Clean Stoves Access", "CSA"),
                              ("Harbour Relief Facility", "Harbour Relief Facility", None)],
                    money=[("£2.4 million", "2400000", "GBP"), ("£40 million", "40000000", "GBP"),
                           ("£0.8 million", "800000", "GBP"), ("£0.1 million", "100000", "GBP")])
    assert result == {
        "CSA": ([], ["2400000 GBP", "40000000 GBP"], []),
        "Harbour Relief Facility": ([], ["800000 GBP"], []),
    }


def test_linker_leaves_a_credit_or_copyright_year_unattached(nlp):
    text = ("Meadow Wells Scheme\nThe Meadow Wells Scheme was launched in 2027 in Ruritania.\n\n"
            "Cover image © Meadow Wells/A. Painter 2029 | Edition 2030\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme#1", "Meadow Wells Scheme", None)],
                    countries=[("Ruritania", "RU")],
                    dates=[("2027", "2027", "2027"), ("2029", "2029", "2029")])
    assert result == {"Meadow Wells Scheme": (["RU"], [], ["2027/2027"])}


def test_linker_leaves_the_dates_of_listed_documents_and_stories_unattached(nlp):
    """A file offered for download, a "Documents:" line, a story under a "News" heading: their dates are a
    document's or a story's; a story that says it dates a signing still gives its date to the project."""
    text = ("Water portal\n\nThe Meadow Wells Scheme was approved in 2027 and runs wells.\n\n"
            "Documents\nMeadow Wells Scheme sheet (PDF, 210 KB) – March 2028\n\n"
            "Documents: Meadow Wells Scheme annual report 2029 | Mid-term note, May 2030\n\n"
            "News\nFeature story | 4 June 2031 | Meadow Wells Scheme brings water closer to schools\n"
            "Press release | 9 July 2026 | Ruritania signs a loan for the Meadow Wells Scheme\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Meadow Wells Scheme#1", "Meadow Wells Scheme", None),
                                         ("Meadow Wells Scheme#2", "Meadow Wells Scheme", None),
                                         ("Meadow Wells Scheme#3", "Meadow Wells Scheme", None),
                                         ("Meadow Wells Scheme#4", "Meadow Wells Scheme", None)],
                    dates=[("2027", "2027", "2027"), ("March 2028", "2028-03", "2028-03"), ("2029", "2029", "2029"),
                           ("May 2030", "2030-05", "2030-05"), ("4 June 2031", "2031-06-04", "2031-06-04"),
                           ("9 July 2026", "2026-07-09", "2026-07-09")])
    assert result == {"Meadow Wells Scheme": ([], [], ["2026-07-09/2026-07-09", "2027/2027"])}


def test_linker_gives_a_participle_clause_to_the_predecessor_it_follows(nlp):
    """"X follows the Y Programme, financed by the Bank from 2014 to 2019 for EUR 3 million": Y's facts, not X's;
    the sentence before still gives X its own."""
    text = ("The Lantern Clinics Programme (LCP) costs EUR 12 million. LCP follows the Old Harbour Health Programme, "
            "financed by the Bank from 2014 to 2019 for EUR 3 million.\n")
    result = linked(nlp, text, projects=[("Lantern Clinics Programme (LCP)", "Lantern Clinics Programme", "LCP"),
                                         ("LCP#1", None, "LCP"),
                                         ("Old Harbour Health Programme", "Old Harbour Health Programme", None)],
                    money=[("EUR 12 million", "12000000", "EUR"), ("EUR 3 million", "3000000", "EUR")],
                    dates=[("from 2014 to 2019", "2014", "2019")])
    assert result == {"LCP": ([], ["12000000 EUR"], []),
                      "Old Harbour Health Programme": ([], ["3000000 EUR"], ["2014/2019"])}


def test_linker_ends_the_last_numbered_section_where_prose_sums_up_the_list(nlp):
    """A release's numbered operations, then prose about "the two operations" and facts about the lender:
    those are not the last operation's."""
    text = ("Board approves two operations\n\n"
            "1. Ruritania: Meadow Wells Scheme\n"
            "A loan of EUR 20 million will drill 300 wells. The scheme was approved on 3 May 2031.\n\n"
            "2. Borduria: Lantern Clinics Programme\n"
            "A grant of EUR 9 million will equip 40 clinics. Works start in 2032.\n\n"
            "The director expects the two operations together to reach 90,000 people.\n\n"
            "The lender's portfolio in Syldavia has reached EUR 4 billion since 1990.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Lantern Clinics Programme", "Lantern Clinics Programme", None)],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO"), ("Syldavia", "SY")],
                    money=[("EUR 20 million", "20000000", "EUR"), ("EUR 9 million", "9000000", "EUR"),
                           ("EUR 4 billion", "4000000000", "EUR")],
                    dates=[("3 May 2031", "2031-05-03", "2031-05-03"), ("2032", "2032", "2032"), ("1990", "1990", None)])
    assert result == {"Meadow Wells Scheme": (["RU"], ["20000000 EUR"], ["2031-05-03/2031-05-03"]),
                      "Lantern Clinics Programme": (["BO"], ["9000000 EUR"], ["2032/2032"])}


def test_linker_reads_labelled_lines_under_a_sheet_name_as_its_key_facts(nlp):
    """A one-project sheet: its name line, then "Label: value" lines set with one space. Their period and
    country are the sheet's project's; a page's update line is not."""
    text = ("PROJECT SHEET\nMeadow Wells Scheme (MWS)\n\n"
            "Period / Periodo: 04/2029 - 10/2032, extended to 04/2033\nCountry: Ruritania (two northern districts)\n"
            "Sector: Water / sanitation\n\nLast updated: 02/2034\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme (MWS)", "Meadow Wells Scheme", "MWS")],
                    countries=[("Ruritania", "RU")],
                    dates=[("04/2029 - 10/2032", "2029-04", "2032-10"), ("04/2033", "2033-04", "2033-04"),
                           ("02/2034", "2034-02", "2034-02")])
    assert result == {"MWS": (["RU"], [], ["2029-04/2032-10", "2033-04/2033-04"])}


def test_linker_reads_it_after_an_opening_date_phrase_as_a_back_reference(nlp):
    """"Approved in FY2030/31, it has a budget of ...": the capitals of a fiscal year are no subject of the
    sentence, so "it" refers back to the project; a later paragraph that never refers back gets nothing."""
    text = ("The Coastal Taps for Small Towns (CTST) project supplies four river ports. Approved in FY2030/31, "
            "it has a budget of Tk 500 crore.\n\nA ferry hand says her water bill fell to Tk 200 a month.\n")
    result = linked(nlp, text, projects=[("Coastal Taps for Small Towns (CTST)", "Coastal Taps for Small Towns", "CTST")],
                    money=[("Tk 500 crore", "5000000000", "BDT"), ("Tk 200", "200", "BDT")],
                    dates=[("FY2030/31", "2030-07-01", "2031-06-30")])
    assert result == {"CTST": ([], ["5000000000 BDT"], ["2030-07-01/2031-06-30"])}


def test_linker_leaves_the_day_an_extension_was_agreed_unattached(nlp):
    """"The scheme's end moved to June 2033 under an extension that was agreed in November 2032": the new end date is the project's, the day the
    change was decided is not; the project's own approval date still is."""
    text = ("The Meadow Wells Scheme (MWS) was approved in 2029. The scheme's end moved to June 2033 under an extension that was "
            "agreed in November 2032. Its extension to Syldavia was approved by the steering committee on 4 March 2032.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme (MWS)", "Meadow Wells Scheme", "MWS")],
                    countries=[("Syldavia", "SY")],
                    dates=[("2029", "2029", "2029"), ("June 2033", "2033-06", "2033-06"), ("November 2032", "2032-11", "2032-11"),
                           ("4 March 2032", "2032-03-04", "2032-03-04")])
    assert result == {"MWS": (["SY"], [], ["2029/2029", "2033-06/2033-06"])}


def test_linker_leaves_a_neighbour_across_the_border_unattached(nlp):
    text = ("The Border Water Compact (BWC) works in two districts of Ruritania, in the border areas with Borduria. "
            "It also serves villages bordering Syldavia.\n")
    result = linked(nlp, text, projects=[("Border Water Compact (BWC)", "Border Water Compact", "BWC")],
                    countries=[("Ruritania", "GH"), ("Borduria", "BO"), ("Syldavia", "SY")])
    assert result == {"BWC": (["GH"], [], [])}


# A one-project page behind a breadcrumb: the page's title line, a key-facts box, a sub-heading over a list
# of country components, a results list and a news list (shared by the next three tests).
SHEET_PAGE = ("Home > Programmes > Water > Meadow Wells Scheme\n\n"
              "Project Sheet for Meadow Wells Scheme\n\n"
              "Overview\n"
              "The Meadow Wells Scheme drills village wells in three countries.\n\n"
              "Total cost (all sources): EUR 12 million\n"
              "Co-financing through the Lakeside Water Facility: EUR 3 million\n"
              "Partners' counterpart: EUR 1 million\n\n"
              "Country components\n"
              "1. Osterlich – EUR 5 million – signed 9 June 2031 – closing 30 June 2036\n"
              "2. Borduria – EUR 3 million – signed 4 August 2031\n\n"
              "Results so far\n"
              "- 120 wells drilled, target 400 by 2034\n\n"
              "Related news\n"
              "- 2 April 2032 | Ruritania opens a new river port\n")
SHEET_MENTIONS = dict(
    projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None), ("Meadow Wells Scheme#1", "Meadow Wells Scheme", None),
              ("Meadow Wells Scheme#2", "Meadow Wells Scheme", None), ("Lakeside Water Facility", "Lakeside Water Facility", None)],
    countries=[("Osterlich", "GH"), ("Borduria", "BO"), ("Ruritania", "RU")],
    money=[("EUR 12 million", "12000000", "EUR"), ("EUR 3 million", "3000000", "EUR"), ("EUR 1 million", "1000000", "EUR"),
           ("EUR 5 million", "5000000", "EUR"), ("EUR 3 million#1", "3000000", "EUR")],
    dates=[("9 June 2031", "2031-06-09", "2031-06-09"), ("30 June 2036", "2036-06-30", "2036-06-30"),
           ("4 August 2031", "2031-08-04", "2031-08-04"), ("2034", "2034", "2034"), ("2 April 2032", "2032-04-02", "2032-04-02")])


def test_linker_finds_a_one_project_page_behind_its_breadcrumb_and_gives_it_its_key_facts_box(nlp):
    """A box of "Label: value" lines on a one-project page is the page's project's record; a project its line
    names gets that line's amount too. The breadcrumb naming the project first does not hide the title line."""
    result = linked(nlp, SHEET_PAGE, **SHEET_MENTIONS)
    assert {"12000000 EUR", "1000000 EUR"} <= set(result["Meadow Wells Scheme"][1])
    assert result["Lakeside Water Facility"][1] == ["3000000 EUR"]  # its own line; the other lines are not its


def test_linker_gives_a_one_project_pages_unnamed_sub_section_list_to_the_page_project(nlp):
    """Items under "Country components" that name no project are the page project's: countries, amounts and
    the dates their item says it dates (signed, closing); a target year in a results list is nobody's."""
    countries, amounts, dates = linked(nlp, SHEET_PAGE, **SHEET_MENTIONS)["Meadow Wells Scheme"]
    assert countries == ["BO", "GH"]
    assert "5000000 EUR" in amounts
    assert dates == ["2031-06-09/2031-06-09", "2031-08-04/2031-08-04", "2036-06-30/2036-06-30"]  # not 2034


def test_linker_keeps_a_one_project_pages_news_links_from_its_project(nlp):
    """A "Related news" list links to other stories: its country and date are not the page project's."""
    countries, _, dates = linked(nlp, SHEET_PAGE, **SHEET_MENTIONS)["Meadow Wells Scheme"]
    assert "RU" not in countries and "2032-04-02/2032-04-02" not in dates


def test_linker_reads_no_portfolio_as_a_one_project_page(nlp):
    """A page that opens with one project's name and goes on to name others more often is a portfolio: the
    items under its sub-headings are not the first project's."""
    text = ("Meadow Wells Scheme\n\n"
            "Our portfolio also covers the Harbour Lights Initiative, the Orchard Paths Project and the Lantern "
            "Clinics Programme.\n\n"
            "Country components\n"
            "1. Osterlich – EUR 5 million – signed 9 June 2031\n")
    result = linked(nlp, text,
                    projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                              ("Harbour Lights Initiative", "Harbour Lights Initiative", None),
                              ("Orchard Paths Project", "Orchard Paths Project", None),
                              ("Lantern Clinics Programme", "Lantern Clinics Programme", None)],
                    countries=[("Osterlich", "GH")], money=[("EUR 5 million", "5000000", "EUR")],
                    dates=[("9 June 2031", "2031-06-09", "2031-06-09")])
    assert result["Meadow Wells Scheme"] == ([], [], [])


def test_linker_reads_a_grant_card_whose_quoted_title_stands_under_its_grantee(nlp):
    """"Grantee" / "\"Title\"" / "amount | period | country" / description: the card is the quoted title's, though
    its first line names the grantee; the next card's figures are the next title's."""
    text = ("HEALTH\n\n"
            "Ruritania Wells Trust\n\"Water for Dry Farms\"\n$150,000 | 2031–2033 | Osterlich\n"
            "A second grant, after a $40,000 pilot award in 2029.\n\n"
            "Lakeside Clinics Society\n\"Lantern Clinics\"\n$90,000 | 18 months | Borduria\n")
    result = linked(nlp, text,
                    projects=[("Water for Dry Farms", "Water for Dry Farms", None), ("Lantern Clinics", "Lantern Clinics", None)],
                    countries=[("Osterlich", "GH"), ("Borduria", "BO")],
                    money=[("$150,000", "150000", "USD"), ("$40,000", "40000", "USD"), ("$90,000", "90000", "USD")],
                    dates=[("2031–2033", "2031", "2033"), ("2029", "2029", "2029")])
    assert result == {
        "Water for Dry Farms": (["GH"], ["150000 USD", "40000 USD"], ["2029/2029", "2031/2033"]),
        "Lantern Clinics": (["BO"], ["90000 USD"], []),
    }


def test_linker_ends_a_listing_card_at_its_repeated_link_line(nlp):
    """"View project →" closing each card of a listing is repeated but is no running header: the blank line
    after it ends the card, so the next card's duration and budget are the next project's."""
    card = "{name}\nFocus area\nWater\nDuration\n{period}\nBudget\n{budget}\nView project →\n\n"
    text = ("Our projects\n\n" + card.format(name="Meadow Wells Scheme", period="2031–2034", budget="USD 4 million")
            + card.format(name="Harbour Lights Initiative", period="2030–2033", budget="USD 2 million")
            + card.format(name="Orchard Paths Project", period="2029–2032", budget="USD 1 million"))
    result = linked(nlp, text,
                    projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                              ("Harbour Lights Initiative", "Harbour Lights Initiative", None),
                              ("Orchard Paths Project", "Orchard Paths Project", None)],
                    money=[("USD 4 million", "4000000", "USD"), ("USD 2 million", "2000000", "USD"),
                           ("USD 1 million", "1000000", "USD")],
                    dates=[("2031–2034", "2031", "2034"), ("2030–2033", "2030", "2033"), ("2029–2032", "2029", "2032")])
    assert result == {
        "Meadow Wells Scheme": ([], ["4000000 USD"], ["2031/2034"]),
        "Harbour Lights Initiative": ([], ["2000000 USD"], ["2030/2033"]),
        "Orchard Paths Project": ([], ["1000000 USD"], ["2029/2032"]),
    }


def test_linker_reads_a_date_that_opens_a_transaction_row_as_the_rows_key(nlp):
    """On a one-project page, "2031-06-30 | Disbursement | CAD 1,200,000" dates a transaction, not the project;
    its amount is still the project's, and a row that says what it dates ("Board approval") dates the project."""
    text = ("Meadow Wells Scheme\n\n"
            "Transactions\n"
            "Date | Type | Value\n"
            "2030-05-03 | Board approval | CAD 6,000,000\n"
            "2031-06-30 | Disbursement | CAD 1,200,000\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    money=[("CAD 6,000,000", "6000000", "CAD"), ("CAD 1,200,000", "1200000", "CAD")],
                    dates=[("2030-05-03", "2030-05-03", "2030-05-03"), ("2031-06-30", "2031-06-30", "2031-06-30")])
    assert result == {"Meadow Wells Scheme": ([], ["1200000 CAD", "6000000 CAD"], ["2030-05-03/2030-05-03"])}


def test_linker_finds_a_one_project_pages_title_under_its_kicker_line(nlp):
    """"Lakeside Partners Consortium" / "Meadow Wells Scheme (MWS)": a kicker line over the name does not hide the
    page's title line, so the key-facts box under it is the project's; a kicker holding a figure is no kicker."""
    text = ("FACTSHEET | May 2031\n\n"
            "Lakeside Partners Consortium\nMeadow Wells Scheme (MWS)\n\n"
            "Countries: Osterlich (two districts), Borduria\n"
            "Total budget: EUR 4 million equivalent\n\n"
            "The consortium's members are based in Ruritania.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme (MWS)", "Meadow Wells Scheme", "MWS")],
                    countries=[("Osterlich", "GH"), ("Borduria", "BO"), ("Ruritania", "RU")],
                    money=[("EUR 4 million", "4000000", "EUR")])
    assert result == {"MWS": (["BO", "GH"], ["4000000 EUR"], [])}  # not the members' country


def test_linker_keeps_a_series_of_periods_and_its_figures_from_the_project(nlp):
    """"FY2029  FY2030  FY2031" over "4.10  9.50  12.00": a row of periods heads the columns of a series, and the
    figures under it are one per period; neither is the project's date or amount. Its prose amount is."""
    text = ("Lakeside Water Facility\n\n"
            "The Lakeside Water Facility has a capital of EUR 40 million.\n\n"
            "Approvals by fiscal year (EUR million)\n\n"
            "FY2029   FY2030   FY2031\n"
            "  4.10     9.50    12.00\n")
    result = linked(nlp, text, projects=[("Lakeside Water Facility", "Lakeside Water Facility", None),
                                         ("Lakeside Water Facility#1", "Lakeside Water Facility", None)],
                    money=[("EUR 40 million", "40000000", "EUR"), ("4.10", "4100000", "EUR"), ("9.50", "9500000", "EUR"),
                           ("12.00", "12000000", "EUR")],
                    dates=[("FY2029", "2029", "2029"), ("FY2030", "2030", "2030"), ("FY2031", "2031", "2031")])
    assert result == {"Lakeside Water Facility": ([], ["40000000 EUR"], [])}


def test_linker_keeps_destinations_and_markets_from_a_projects_countries(nlp):
    """"workers migrating to Westland", "orders shift to Eastland and Northland": countries a sentence names as
    destinations or markets are not where the project works; the country it works in is."""
    text = "Safe Routes helps Ruritanian workers migrating to Westland, as buyers move their orders to Eastland and Northland.\n"
    result = linked(nlp, text, projects=[("Safe Routes", "Safe Routes", None)],
                    countries=[("Ruritanian", "RU"), ("Westland", "WE"), ("Eastland", "EA"), ("Northland", "NO")])
    assert result["Safe Routes"][0] == ["RU"]


def test_linker_keeps_a_copyright_year_written_with_c_in_parentheses_from_the_page_project(nlp):
    text = "Hill Roads Project\n\nThe project paves 40 km of tracks.\n\nContact us | Terms of use | (c) 2032 Lakeside Bank\n"
    result = linked(nlp, text, projects=[("Hill Roads Project", "Hill Roads Project", None)],
                    dates=[("2032", "2032", "2032")])
    assert result["Hill Roads Project"][2] == []


def test_linker_keeps_a_lists_third_step_and_a_country_a_project_moved_to(nlp):
    """"(c) 2033 Handover" is a list's third step, not a copyright; a project that relocated works in the new country."""
    text = ("The Hill Dairy Project (HDP) works in steps: (a) 2031 Design, (b) 2032 Works, (c) 2033 Handover. "
            "In 2034 the project relocated to Westland.\n")
    result = linked(nlp, text, projects=[("Hill Dairy Project (HDP)", "Hill Dairy Project", "HDP")],
                    countries=[("Westland", "WE")],
                    dates=[("2031", "2031", "2031"), ("2032", "2032", "2032"), ("2033", "2033", "2033"), ("2034", "2034", "2034")])
    assert "2033/2033" in result["HDP"][2] and result["HDP"][0] == ["WE"]


def test_linker_joins_a_title_and_its_translation_in_parentheses(nlp):
    """"Hill Roads Program (Programa de Caminos de las Colinas)": one project under two names."""
    text = ("Ruritania will borrow $80 million for its Hill Roads Program (Programa de Caminos de las Colinas), "
            "whose crews resurface 300 km a year.\n")
    result = linked(nlp, text,
                    projects=[("Hill Roads Program", "Hill Roads Program", None),
                              ("Programa de Caminos de las Colinas", "Programa de Caminos de las Colinas", None)],
                    countries=[("Ruritania", "RU")], money=[("$80 million", "80000000", "USD")])
    assert result == {"Hill Roads Program": (["RU"], ["80000000 USD"], [])}


def test_linker_joins_a_translated_subtitle_under_a_page_title_line(nlp):
    """A page's title line, then its French subtitle, then the key facts: one record."""
    text = ("Where we work > Ruritania\n\nLakeshore Sanitation Programme (LSP)\n\n"
            "Programme d'assainissement des rives du lac\n\nLocation: Ruritania\nGrant: EUR 7.5 million\n"
            "Signed: 09/2031\n")
    result = linked(nlp, text,
                    projects=[("Lakeshore Sanitation Programme (LSP)", "Lakeshore Sanitation Programme", "LSP"),
                              ("Programme d'assainissement des rives du lac", "Programme d'assainissement des rives du lac", None)],
                    countries=[("Ruritania", "RU"), ("Ruritania#1", "RU")], money=[("EUR 7.5 million", "7500000", "EUR")],
                    dates=[("09/2031", "2031-09", "2031-09")])
    assert list(result) == ["LSP"]


def test_linker_keeps_two_title_lines_apart_when_facts_stand_between_them(nlp):
    """A portfolio of entries, each a title line over its facts line: a Spanish title below is another project."""
    text = ("Portfolio\n\nHill Water Harvest\nRuritania | 2031-2034 | EUR 2 million\n\n"
            "Proyecto de Semillas del Valle (PROSEVA)\nBorduria | 2029-2032 | EUR 1 million\n")
    result = linked(nlp, text,
                    projects=[("Hill Water Harvest", "Hill Water Harvest", None),
                              ("Proyecto de Semillas del Valle (PROSEVA)", "Proyecto de Semillas del Valle", "PROSEVA")],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO")],
                    money=[("EUR 2 million", "2000000", "EUR"), ("EUR 1 million", "1000000", "EUR")],
                    dates=[("2031-2034", "2031", "2034"), ("2029-2032", "2029", "2032")])
    assert result == {"Hill Water Harvest": (["RU"], ["2000000 EUR"], ["2031/2034"]),
                      "PROSEVA": (["BO"], ["1000000 EUR"], ["2029/2032"])}


def test_linker_joins_a_name_and_the_name_it_is_known_by_in_english(nlp):
    text = ("Ruritania's Programa de Água das Vilas (PAV), known in English as the Towns Water Programme, "
            "gets a further UA 45 million.\n")
    result = linked(nlp, text,
                    projects=[("Programa de Água das Vilas (PAV)", "Programa de Água das Vilas", "PAV"),
                              ("Towns Water Programme", "Towns Water Programme", None)],
                    countries=[("Ruritania", "RU")], money=[("UA 45 million", "45000000", "XUA")])
    assert list(result) == ["PAV"]


def test_linker_reads_cards_whose_status_field_repeats_as_separate_cards(nlp):
    """A "Current stage: Active" field repeated card after card is no running header: it does not join the cards."""
    cards = [("Hill Wells Programme (HWP)", "11 May 2030", "EUR 4.20 million"),
             ("Lake Clinics Project (LCP)", "2 June 2031", "EUR 6.10 million"),
             ("Valley Roads Project (VRP)", "9 July 2032", "EUR 8.40 million")]
    text = "Portfolio\n\n" + "".join(
        f"{name}\nBoard date: {date}\nCommitted: {cost}\nCurrent stage: Active\n\n" for name, date, cost in cards)
    result = linked(nlp, text,
                    projects=[(name, name.split(" (")[0], name.split("(")[1][:-1]) for name, _, _ in cards],
                    money=[(cost, str(int(float(cost.split()[1]) * 1_000_000)), "EUR") for _, _, cost in cards],
                    dates=[("11 May 2030", "2030-05-11", "2030-05-11"), ("2 June 2031", "2031-06-02", "2031-06-02"),
                           ("9 July 2032", "2032-07-09", "2032-07-09")])
    assert result == {"HWP": ([], ["4200000 EUR"], ["2030-05-11/2030-05-11"]),
                      "LCP": ([], ["6100000 EUR"], ["2031-06-02/2031-06-02"]),
                      "VRP": ([], ["8400000 EUR"], ["2032-07-09/2032-07-09"])}


def test_linker_gives_a_labelled_key_data_box_to_the_page_project_despite_related_links(nlp):
    """A "Fact box" label over the page's field lines (a co-financiers sub-list among them) is the page project's box,
    though the page's foot lists more related projects than it names its own."""
    text = ("Home / Ruritania / Hill Farms Resilience\n\nHill Farms Resilience (HFR)\n\nAbout\n"
            "Terraces and small dams keep soil on the hillsides.\n\n"
            "Fact box\nPhase: Implementation\nStart date: 1 March 2031\nTotal cost: EUR 9,000,000\nCo-financiers:\n"
            "  Lake Adaptation Fund (LAF): EUR 6,000,000\nCountry: Ruritania\n\n"
            "Related projects\n- Valley Weather Watch (VWW) | 2026-2030\n- Lake Adaptation Fund grants | open\n"
            "- Orchard Terraces Programme | 2029-\n")
    result = linked(nlp, text,
                    projects=[("Hill Farms Resilience", "Hill Farms Resilience", None),
                              ("Hill Farms Resilience (HFR)", "Hill Farms Resilience", "HFR"),
                              ("Lake Adaptation Fund (LAF)", "Lake Adaptation Fund", "LAF"),
                              ("Valley Weather Watch (VWW)", "Valley Weather Watch", "VWW"),
                              ("Lake Adaptation Fund#1", "Lake Adaptation Fund", None),
                              ("Orchard Terraces Programme", "Orchard Terraces Programme", None)],
                    countries=[("Ruritania", "RU"), ("Ruritania#1", "RU")],
                    money=[("EUR 9,000,000", "9000000", "EUR"), ("EUR 6,000,000", "6000000", "EUR")],
                    dates=[("1 March 2031", "2031-03-01", "2031-03-01"), ("2026-2030", "2026", "2030")])
    assert result["HFR"] == (["RU"], ["6000000 EUR", "9000000 EUR"], ["2031-03-01/2031-03-01"])
    assert result["LAF"] == ([], ["6000000 EUR"], [])  # its own line's amount, not the whole box


def test_linker_reads_french_subject_pronouns_and_du_projet_as_back_references(nlp):
    text = ("Lancé en 2031, le Projet de Puits du Plateau (PPP) bénéficie d'un don de 6 millions d'euros. "
            "Il équipera 90 villages ruritaniens. Le budget du projet inclut aussi 700 millions de FCFA de l'État.\n")
    result = linked(nlp, text, projects=[("Projet de Puits du Plateau (PPP)", "Projet de Puits du Plateau", "PPP")],
                    countries=[("ruritaniens", "RU")],
                    money=[("6 millions d'euros", "6000000", "EUR"), ("700 millions de FCFA", "700000000", "XOF")])
    assert result == {"PPP": (["RU"], ["6000000 EUR", "700000000 XOF"], [])}


def test_linker_ends_a_listing_card_at_the_rule_under_its_link_line(nlp):
    """Cards of "Label: value" lines, each closed by "Details →" and a rule of dashes: each card is its own."""
    text = ("Listing (2 entries)\n\n==============================\nHill Wells Renewal\nYears: 2029 – 2032\n"
            "Envelope: GBP 4.1 million\nDetails →\n\n==============================\nLake Clinics Outreach\n"
            "Years: 2030 – 2033\nEnvelope: GBP 2.2 million\nDetails →\n\n==============================\n")
    result = linked(nlp, text, projects=[("Hill Wells Renewal", "Hill Wells Renewal", None),
                                         ("Lake Clinics Outreach", "Lake Clinics Outreach", None)],
                    money=[("GBP 4.1 million", "4100000", "GBP"), ("GBP 2.2 million", "2200000", "GBP")],
                    dates=[("2029 – 2032", "2029", "2032"), ("2030 – 2033", "2030", "2033")])
    assert result == {"Hill Wells Renewal": ([], ["4100000 GBP"], ["2029/2032"]),
                      "Lake Clinics Outreach": ([], ["2200000 GBP"], ["2030/2033"])}


def test_linker_joins_a_funders_code_line_and_the_title_under_it(nlp):
    text = ("Funded activities\n\nHX204\nHill Mangroves and Livelihoods Resilience\nRuritania and Borduria\n\n"
            "With USD 31 million, HX204 replants the estuary's banks.\n")
    result = linked(nlp, text,
                    projects=[("HX204", None, "HX204"),
                              ("Hill Mangroves and Livelihoods Resilience", "Hill Mangroves and Livelihoods Resilience", None),
                              ("HX204#1", None, "HX204")],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO")], money=[("USD 31 million", "31000000", "USD")])
    assert list(result) == ["HX204"]


def test_linker_joins_an_infobox_native_name_and_abbreviation_to_the_title_line(nlp):
    """An encyclopedia's infobox: the title line, then "Native name" and "Abbreviation" fields naming the same programme."""
    text = ("Hill Rural Power Programme\nType                Government programme\n"
            "Native name         Programa Energia para as Colinas\nAbbreviation        HRPP\n"
            "Region              Ruritania\nFounded             2031\n\nThe HRPP has connected 40,000 homes.\n")
    result = linked(nlp, text,
                    projects=[("Hill Rural Power Programme", "Hill Rural Power Programme", None),
                              ("Programa Energia para as Colinas", "Programa Energia para as Colinas", None),
                              ("HRPP", None, "HRPP"), ("HRPP#1", None, "HRPP")],
                    countries=[("Ruritania", "RU")], dates=[("2031", "2031", "2031")])
    assert list(result) == ["HRPP"]


def test_linker_reads_a_dotted_key_facts_box_under_a_title_line_that_names_its_document(nlp):
    """"X (XP) – Concept Note" is the page's title line (the document's kind after a dash), and a box
    whose values stand after dot leaders ("Activity name ...... X") holds the page project's key facts."""
    text = ("Ministry of Foreign Affairs\n\nHill Wells for All Phase 2 (HWA2) – Concept Note\n"
            "Published: 4 March 2031\n\nKEY FACTS\nActivity name .............. Hill Wells for All Phase 2 (HWA2)\n"
            "Country .................... Ruritania\nTotal value ................ EUR 41.5 million\n"
            "Design approved ............ 9 February 2031\n\n1. Rationale\n\nFewer than half of rural homes have water.\n")
    result = linked(nlp, text,
                    projects=[("Hill Wells for All Phase 2 (HWA2)", "Hill Wells for All Phase 2", "HWA2"),
                              ("Hill Wells for All Phase 2 (HWA2)#1", "Hill Wells for All Phase 2", "HWA2")],
                    countries=[("Ruritania", "RU")], money=[("EUR 41.5 million", "41500000", "EUR")],
                    dates=[("4 March 2031", "2031-03-04", "2031-03-04"), ("9 February 2031", "2031-02-09", "2031-02-09")])
    countries, amounts, dates = result["HWA2"]
    assert (countries, amounts) == (["RU"], ["41500000 EUR"])
    assert "2031-02-09/2031-02-09" in dates


def test_linker_gives_component_cost_lines_under_their_labels_to_the_page_project(nlp):
    """A report whose running header repeats the project's name: "Components" / "Name" over "Component 1: ... (Cost
    $4.20 M)" lines lists the page project's parts and costs."""
    text = ("Public Disclosure Authorized\nThe Bank    Implementation Status Report\nHill Roads Safety Project\n\n"
            "Hill Roads Safety Project (HRSP)\nRuritania, transport sector\n\n"
            "Development Objectives\n\nTo make hill roads safer for the people who use them.\n\n"
            "Components\nName\nComponent 1: Safer Hill Roads:(Cost $4.20 M)\nComponent 2: Road Crews:(Cost $1.10 M)\n\n"
            "The Bank    Implementation Status Report\nHill Roads Safety Project\n\nRatings\nProgress is satisfactory.\n")
    result = linked(nlp, text,
                    projects=[("Hill Roads Safety Project", "Hill Roads Safety Project", None),
                              ("Hill Roads Safety Project (HRSP)", "Hill Roads Safety Project", "HRSP"),
                              ("Hill Roads Safety Project#1", "Hill Roads Safety Project", None)],
                    money=[("$4.20 M", "4200000", "USD"), ("$1.10 M", "1100000", "USD")])
    assert result["HRSP"][1] == ["1100000 USD", "4200000 USD"]


def test_linker_reads_a_footnote_mark_as_the_start_of_a_sentence(nlp):
    """Footnotes run on line after line: "² X is ..." opens a sentence, so the fund a footnote calls "the fund"
    is the one it names, not the next footnote's."""
    text = ("Notes to Table 2\n\n¹ The Lake Towns Facility is run by the Bank. It pays EUR 3 million a year.\n"
            "² The Meadow Wells Fund pays village pumps. This year's grant adds to EUR 9 million the fund had in 2030.\n"
            "³ Harbour Voices is co-financed with Osterlich.\n")
    result = linked(nlp, text,
                    projects=[("Lake Towns Facility", "Lake Towns Facility", None), ("Meadow Wells Fund", "Meadow Wells Fund", None),
                              ("Harbour Voices", "Harbour Voices", None)],
                    money=[("EUR 3 million", "3000000", "EUR"), ("EUR 9 million", "9000000", "EUR")])
    assert result["Meadow Wells Fund"][1] == ["9000000 EUR"]
    assert result["Harbour Voices"][1] == []


def test_a_mention_with_a_title_and_its_acronym_joins_the_records_of_each(nlp):
    """An infobox's title line, its "Abbreviation" field, then "X (XP)" in the prose: one project, whose key facts
    (the infobox's) and later facts are one record."""
    text = ("Hill Herds Mobility Programme\nFrom the encyclopedia\n\nHill Herds Mobility Programme\nAbbreviation\tHHMP\n"
            "Formation\t1991\n\nHistory\n\nThe Hill Herds Mobility Programme (HHMP) opened wells in Ruritania.\n")
    result = linked(nlp, text,
                    projects=[("Hill Herds Mobility Programme", "Hill Herds Mobility Programme", None),
                              ("Hill Herds Mobility Programme#1", "Hill Herds Mobility Programme", None),
                              ("HHMP", None, "HHMP"),
                              ("Hill Herds Mobility Programme (HHMP)", "Hill Herds Mobility Programme", "HHMP")],
                    countries=[("Ruritania", "RU")], dates=[("1991", "1991", "1991")])
    assert list(result) == ["HHMP"]
    assert result["HHMP"][0] == ["RU"]


def test_two_projects_that_share_an_acronym_stay_two_records(nlp):
    """"Solar Schools Programme (SSP)" and "Safe Streets Programme" written later as "(SSP)" too: different titles,
    two projects, whatever the acronym."""
    text = ("The Solar Schools Programme (SSP) works in Ruritania. The Safe Streets Programme works in Osterlich.\n"
            "The Safe Streets Programme (SSP) closed in 2031.\n")
    result = linked(nlp, text,
                    projects=[("Solar Schools Programme (SSP)", "Solar Schools Programme", "SSP"),
                              ("Safe Streets Programme", "Safe Streets Programme", None),
                              ("Safe Streets Programme (SSP)", "Safe Streets Programme", "SSP")],
                    countries=[("Ruritania", "RU"), ("Osterlich", "GH")])
    assert len(result) == 2
    assert ["GH"] in [countries for countries, _, _ in result.values()]
    assert ["RU"] in [countries for countries, _, _ in result.values()]
