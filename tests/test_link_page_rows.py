"""The linker alone on rows and boxes of unseen page types: CSV exports, coded record lines, wrapped rows,
reports whose box names their project, banner bars, window lists and "Other ..." headings.

Each page is invented (names and figures); each test names a fact that must not be linked too.
"""

from .test_linker_alone import linked


def test_linker_reads_each_line_of_a_quoted_csv_export_as_its_own_row(nlp):
    """A CSV export with quoted fields under a comment line: each line is a row, so a row's amount and dates are
    its own project's, not those of the project named on the line above. (The fields are spaced apart here:
    the tokenizer does not split '","', so glued fields would make the given mentions overlap.)"""
    text = ("# Grants export (CSV). Amounts in the currency column.\n"
            '"grant_id","title","currency","amount","start"\n'
            '"RX-01","Meadow Wells Scheme","EUR","250000", "2031-02-01"\n'
            '"RX-02","Harbour Lights Initiative","EUR","90000", "2032-07-01"\n')
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None)],
                    money=[("250000", "250000", "EUR"), ("90000", "90000", "EUR")],
                    dates=[("2031-02-01", "2031-02-01", "2031-02-01"), ("2032-07-01", "2032-07-01", "2032-07-01")])
    assert result == {
        "Meadow Wells Scheme": ([], ["250000 EUR"], ["2031-02-01/2031-02-01"]),
        "Harbour Lights Initiative": ([], ["90000 EUR"], ["2032-07-01/2032-07-01"]),  # not the row above's
    }


def test_linker_reads_a_box_naming_a_fund_only_in_a_field_as_the_page_projects(nlp):
    """A one-project page's box of aligned fields names a fund only inside "Source of funding:": the box is no card
    of the fund. Its amount and dates are the page project's; the fund gets only its own line's share."""
    text = ("Ruritania: Meadow Wells Scheme\n\n"
            "Grant number:        RX 4410\n"
            "Grant amount:        $2,000,000\n"
            "Source of funding:   Lakeside Water Facility (LWF): $1,200,000\n"
            "Approval date:       3 May 2031\n\n"
            "The scheme will drill wells in two districts.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Lakeside Water Facility (LWF)", "Lakeside Water Facility", "LWF")],
                    countries=[("Ruritania", "RU")],
                    money=[("$2,000,000", "2000000", "USD"), ("$1,200,000", "1200000", "USD")],
                    dates=[("3 May 2031", "2031-05-03", "2031-05-03")])
    assert result["LWF"] == ([], ["1200000 USD"], [])  # not the grant's amount or its approval
    assert result["Meadow Wells Scheme"] == (["RU"], ["1200000 USD", "2000000 USD"], ["2031-05-03/2031-05-03"])


def test_linker_reads_each_coded_record_line_with_its_wrapped_continuation_as_one_row(nlp):
    """"CODE – Title – Partner –" lines wrapped onto an indented next line: each record is a row of its own, so
    the amount and period on a continuation line are its project's, not the first record's."""
    text = ("Approved grants\n"
            "RX-31/0442/WASH/0815 – Meadow Wells Scheme – Lakeside Water Trust –\n"
            "  EUR 640,000 – 01/04/2031 to 31/12/2031\n"
            "RX-31/0442/EDU/0822 – Harbour Lights Initiative – Osterlich Teachers Union – EUR 90,000 –\n"
            "  01/05/2031 to 30/04/2032\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None)],
                    money=[("EUR 640,000", "640000", "EUR"), ("EUR 90,000", "90000", "EUR")],
                    dates=[("01/04/2031 to 31/12/2031", "2031-04-01", "2031-12-31"),
                           ("01/05/2031 to 30/04/2032", "2031-05-01", "2032-04-30")])
    assert result == {
        "Meadow Wells Scheme": ([], ["640000 EUR"], ["2031-04-01/2031-12-31"]),
        "Harbour Lights Initiative": ([], ["90000 EUR"], ["2031-05-01/2032-04-30"]),  # not the first record's
    }


def test_linker_reads_a_sites_banner_bar_as_no_page_title(nlp):
    """"Pooled Funds | Lakeside Water Facility (LWF)" over a page about one allocation: the bar names the site's
    section, so the allocation's envelope table under its own heading is not the fund's."""
    text = ("Pooled Funds | Lakeside Water Facility (LWF)\n\n"
            "2031 Spring Allocation\n\n"
            "Envelopes by sector (EUR)\n"
            "  Water ...................... 4,000,000\n"
            "  Health ..................... 2,500,000\n\n"
            "Selected approved projects\n"
            "RX-31/0442/WASH/0815 – Meadow Wells Scheme – Lakeside Water Trust – EUR 640,000\n")
    result = linked(nlp, text, projects=[("Lakeside Water Facility (LWF)", "Lakeside Water Facility", "LWF"),
                                         ("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    money=[("4,000,000", "4000000", "EUR"), ("2,500,000", "2500000", "EUR"), ("EUR 640,000", "640000", "EUR")])
    assert result == {"LWF": ([], [], []), "Meadow Wells Scheme": ([], ["640000 EUR"], [])}


def test_linker_reads_a_report_whose_name_field_names_its_project_as_that_projects_page(nlp):
    """"Country: ... / Project name: X (XP) / ..." opening a report: the page is X's, so the tables under its
    unnamed numbered sections are X's, even beside its later phase; the report's own date is not."""
    text = ("COMPLETION REPORT – SUMMARY\n\n"
            "Country: Ruritania\n"
            "Project name: Meadow Wells Scheme (MWS)\n"
            "Report date: 2 March 2033\n\n"
            "1. PROJECT DATA\n\n"
            "Key dates                Original        Actual\n"
            "Board approval           12/06/2029      12/06/2029\n"
            "Closing date             31/12/2032      30/06/2033\n\n"
            "2. FOLLOW-ON\n\n"
            "The Meadow Wells Scheme – Phase II (MWS-II) was appraised in 2033.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme (MWS)", "Meadow Wells Scheme", "MWS"),
                                         ("Meadow Wells Scheme – Phase II (MWS-II)", "Meadow Wells Scheme – Phase II", "MWS-II")],
                    countries=[("Ruritania", "RU")],
                    dates=[("2 March 2033", "2033-03-02", "2033-03-02"), ("12/06/2029", "2029-06-12", "2029-06-12"),
                           ("31/12/2032", "2032-12-31", "2032-12-31"), ("30/06/2033", "2033-06-30", "2033-06-30")])
    assert result["MWS"][2] == ["2029-06-12/2029-06-12", "2032-12-31/2032-12-31", "2033-06-30/2033-06-30"]


def test_linker_joins_a_table_row_cut_after_a_comma_to_its_indented_line(nlp):
    """"- X | Ruritania | approved EUR 9m," / "  disbursed EUR 4m | 2029–2033": the wrapped part of an entry is
    its row's, not the page project's."""
    text = ("Project:            Meadow Wells Scheme\n"
            "Country:            Ruritania\n"
            "Approved:           EUR 2 million\n\n"
            "Other entries in this country\n"
            "- Harbour Lights Initiative | Ruritania | approved EUR 9m,\n"
            "  disbursed EUR 4m | 2029–2033\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None)],
                    countries=[("Ruritania", "RU"), ("Ruritania#1", "RU")],
                    money=[("EUR 2 million", "2000000", "EUR"), ("EUR 9m", "9000000", "EUR"), ("EUR 4m", "4000000", "EUR")],
                    dates=[("2029–2033", "2029", "2033")])
    assert result == {"Meadow Wells Scheme": (["RU"], ["2000000 EUR"], []),  # not the other entry's figures
                      "Harbour Lights Initiative": (["RU"], ["4000000 EUR", "9000000 EUR"], ["2029/2033"])}


def test_linker_keeps_a_table_under_an_other_heading_from_the_page_project(nlp):
    """On a one-project page, a table under "Other financing in the district" lists what is not the project's."""
    text = ("Project:            Meadow Wells Scheme\n"
            "Approved:           EUR 2 million\n\n"
            "Other financing in the district\n\n"
            "Road works          EUR 3 million\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    money=[("EUR 2 million", "2000000", "EUR"), ("EUR 3 million", "3000000", "EUR")])
    assert result == {"Meadow Wells Scheme": ([], ["2000000 EUR"], [])}


def test_linker_gives_items_under_a_numbered_window_line_to_that_window_too(nlp):
    """"Window 2 – Coastal Works" set tight over its items: the line is their lead-in (a line with a figure
    counts as a missed table row only between rows), so an item's amount is its project's and its window's,
    not the fund's the document is about."""
    text = ("Lakeside Water Facility – Annual Report 2033\n\n"
            "Funded projects by window\n\n"
            "Window 1 – Coastal Works\n"
            "  • Meadow Wells Scheme, Ruritania Red Cross, EUR 4.0 million, 2031–2034\n\n"
            "Window 2 – Clean Energy\n"
            "  • Harbour Lights Initiative, Osterlich Power, EUR 2.5 million, 2032–2035\n")
    result = linked(nlp, text, projects=[("Lakeside Water Facility", "Lakeside Water Facility", None),
                                         ("Coastal Works", "Coastal Works", None), ("Clean Energy", "Clean Energy", None),
                                         ("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None)],
                    money=[("EUR 4.0 million", "4000000", "EUR"), ("EUR 2.5 million", "2500000", "EUR")],
                    dates=[("2031–2034", "2031", "2034"), ("2032–2035", "2032", "2035")])
    assert result["Clean Energy"] == ([], ["2500000 EUR"], [])  # the money it passes on, not the project's period
    assert result["Coastal Works"] == ([], ["4000000 EUR"], [])
    assert result["Lakeside Water Facility"] == ([], [], [])


def test_linker_gives_a_numbered_entrys_fields_and_prose_to_the_name_on_its_number_line(nlp):
    """"1. Name" alone after a blank line, with a bar of fields and a paragraph set tight under it: an entry of a
    project listing. Its amount, period and the paragraph's figures are its own; the next entry's are the next's.
    A tight list of names (no blank line before each) is no such entry: the line under it stays the list's."""
    text = ("Our projects\n\n"
            "1. Meadow Wells Scheme\n"
            "Area: Water | Funding: EUR 12 million grant | Years: 2031–2035\n"
            "The scheme drills wells; the district adds EUR 1 million.\n\n"
            "2. Harbour Lights Initiative\n"
            "Area: Energy | Funding: EUR 7 million loan | Years: 2032–2036\n"
            "Solar lamps for fishing crews.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None)],
                    money=[("EUR 12 million", "12000000", "EUR"), ("EUR 1 million", "1000000", "EUR"),
                           ("EUR 7 million", "7000000", "EUR")],
                    dates=[("2031–2035", "2031", "2035"), ("2032–2036", "2032", "2036")])
    assert result == {
        "Meadow Wells Scheme": ([], ["1000000 EUR", "12000000 EUR"], ["2031/2035"]),
        "Harbour Lights Initiative": ([], ["7000000 EUR"], ["2032/2036"]),
    }


def test_linker_reads_heading_lines_stacked_over_a_field_line_as_the_pages_heading(nlp):
    """A notice's centred title: the country, the project's name, then its ID line, set tight. The ID line is the
    nearest heading, but the stack names the project, so the prose under it is the project's section."""
    text = ("               GENERAL NOTICE\n\n"
            "               OSTERLICH\n"
            "       UPLAND TRACKS ACCESS PROJECT\n"
            "               Project ID: P000991\n\n"
            "Osterlich has received a credit toward the cost of the Upland Tracks Access Project. The Lakeside "
            "Bank adds a parallel loan of US$ 7 million for bridges.\n")
    result = linked(nlp, text, projects=[("UPLAND TRACKS ACCESS PROJECT", "UPLAND TRACKS ACCESS PROJECT", None),
                                         ("Upland Tracks Access Project", "Upland Tracks Access Project", None)],
                    money=[("US$ 7 million", "7000000", "USD")])
    assert result["UPLAND TRACKS ACCESS PROJECT"][1] == ["7000000 USD"]


def test_linker_reads_a_box_whose_first_field_names_the_paying_fund_as_the_pages_project(nlp):
    """Under the page's name line, a box of fields opens with "Fund: Lakeside Fund (LF)": the fund pays; the box's
    countries, dates and budget are the page project's."""
    text = ("AB/12: Hill Schools for Peace\n\n"
            "Fund:                 Lakeside Fund (LF)\n"
            "Countries:            Eastland\n"
            "Start date:           01 Dec 2031\n"
            "Total budget:         US$ 4,500,000\n")
    result = linked(nlp, text, projects=[("Hill Schools for Peace", "Hill Schools for Peace", None),
                                         ("Lakeside Fund (LF)", "Lakeside Fund", "LF")],
                    countries=[("Eastland", "EA")], money=[("US$ 4,500,000", "4500000", "USD")],
                    dates=[("01 Dec 2031", "2031-12-01", "2031-12-01")])
    assert result["Hill Schools for Peace"] == (["EA"], ["4500000 USD"], ["2031-12-01/2031-12-01"])


def test_linker_reads_a_name_line_with_a_translation_over_fields_as_a_card(nlp):
    """"Campos Vivos (Living Fields)" over its description and a "Life of Activity:" field: the translation in
    parentheses is a tag of the name line, and the life of an activity dates it."""
    text = ("ECONOMIC GROWTH\n\n"
            "Campos Vivos (Living Fields)\n"
            "Campos Vivos runs seed fairs for 1,300 farming families.\n"
            "Life of Activity: March 2031 – February 2036\n"
            "Total Estimated Cost: $6,300,000\n\n"
            "Harbour Jobs\n"
            "Trains young people in boat repair.\n"
            "Life of Activity: 04/2032 – 03/2037\n"
            "Total Estimated Cost: $3.4 million\n")
    result = linked(nlp, text, projects=[("Campos Vivos", "Campos Vivos", None), ("Harbour Jobs", "Harbour Jobs", None)],
                    money=[("$6,300,000", "6300000", "USD"), ("$3.4 million", "3400000", "USD")],
                    dates=[("March 2031 – February 2036", "2031-03", "2036-02"), ("04/2032 – 03/2037", "2032-04", "2037-03")])
    assert result == {
        "Campos Vivos": ([], ["6300000 USD"], ["2031-03/2036-02"]),
        "Harbour Jobs": ([], ["3400000 USD"], ["2032-04/2037-03"]),
    }


def test_linker_reads_a_title_and_its_translation_over_a_field_box_as_a_one_project_page(nlp):
    """A page opens with its title and, on the next line, the title's translation; the field box under them is the
    title project's."""
    text = ("Eastland\n"
            "Programme des Puits du Lac – Phase II (PPL II)\n"
            "Lake Wells Programme – Phase II\n\n"
            "Board date: 3 February 2031                Total project cost: US$ 31.7 million\n")
    result = linked(nlp, text, projects=[("Programme des Puits du Lac – Phase II (PPL II)", "Programme des Puits du Lac – Phase II", "PPL II"),
                                         ("Lake Wells Programme – Phase II", "Lake Wells Programme – Phase II", None)],
                    money=[("US$ 31.7 million", "31700000", "USD")],
                    dates=[("3 February 2031", "2031-02-03", "2031-02-03")])
    assert result["PPL II"] == ([], ["31700000 USD"], ["2031-02-03/2031-02-03"])


def test_linker_reads_a_directory_of_funds_each_box_as_its_funds_own(nlp):
    """"Fund: X" opening each box of a directory of funds names the box's own fund (no other project is named above it)."""
    text = ("Funds we manage\n\n"
            "Fund: Lakeside Water Fund (LWF)\nCapitalisation: US$ 40 million\nPeriod: 2031–2040\n\n"
            "Fund: Hill Schools Fund (HSF)\nCapitalisation: US$ 25 million\nPeriod: 2032–2041\n")
    result = linked(nlp, text, projects=[("Lakeside Water Fund (LWF)", "Lakeside Water Fund", "LWF"),
                                         ("Hill Schools Fund (HSF)", "Hill Schools Fund", "HSF")],
                    money=[("US$ 40 million", "40000000", "USD"), ("US$ 25 million", "25000000", "USD")],
                    dates=[("2031–2040", "2031", "2040"), ("2032–2041", "2032", "2041")])
    assert result == {"LWF": ([], ["40000000 USD"], ["2031/2040"]), "HSF": ([], ["25000000 USD"], ["2032/2041"])}
