"""The linker alone on press releases: datelines, headlines and numbered paragraphs.

Each page is invented (names and figures); each test names a fact that must not be linked too.
"""

from .test_linker_alone import linked

RELEASE = ("Press Release\n"
           "Ruritania extends a credit line of EUR 90 million to Borduria for water projects\n\n"
           "Port Town, 21 January 2031\n\n"
           "1. The credit line will finance two projects:\n\n"
           "(a) Meadow Wells Scheme – EUR 60 million. Works start in 2032.\n\n"
           "(b) Harbour Lights Initiative – EUR 30 million, for Borduria's ports.\n\n"
           "2. Ruritania also funds the Ruritania-Borduria Skills Programme.\n")
MENTIONS = dict(projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                          ("Harbour Lights Initiative", "Harbour Lights Initiative", None),
                          ("Ruritania-Borduria Skills Programme", "Ruritania-Borduria Skills Programme", None)],
                countries=[("Ruritania", "RU"), ("Borduria", "BO"), ("Borduria's", "BO"), ("Ruritania#1", "RU"),
                           ("Ruritania#2", "RU"), ("Borduria#2", "BO")],
                money=[("EUR 90 million", "90000000", "EUR"), ("EUR 60 million", "60000000", "EUR"),
                       ("EUR 30 million", "30000000", "EUR")],
                dates=[("21 January 2031", "2031-01-21", "2031-01-21"), ("2032", "2032", "2032")])


def test_linker_reads_a_place_and_date_line_as_a_releases_dateline(nlp):
    """"Port Town, 21 January 2031" over the numbered paragraphs dates the release, not every project listed."""
    result = linked(nlp, RELEASE, **MENTIONS)
    assert result["Meadow Wells Scheme"][2] == ["2032/2032"]
    assert result["Harbour Lights Initiative"][2] == []


def test_linker_reads_a_country_that_extends_credit_in_the_headline_as_the_documents_donor(nlp):
    """"Ruritania extends a credit line of EUR 90 million": Ruritania gives, so the Ruritania in a joint
    programme's name is the donor's; the recipient named there and in a project's own sentence is attached."""
    result = linked(nlp, RELEASE, **MENTIONS)
    assert result["Harbour Lights Initiative"][0] == ["BO"]
    assert result["Ruritania-Borduria Skills Programme"][0] == ["BO"]


def test_linker_reads_a_label_over_field_lines_as_a_heading_that_ends_the_numbered_section(nlp):
    """"Co-financing partners" set tight over "Lender (ABC): ..." lines heads them: they are no longer the last
    numbered section's, so a partner's other loans do not go to the last project listed."""
    text = ("Loans signed in 2031\n\n"
            "1. Ruritania – Meadow Wells Scheme\n"
            "A loan of EUR 9 million was signed on 3 May 2031 for the Meadow Wells Scheme.\n\n"
            "2. Borduria – Harbour Lights Initiative\n"
            "This EUR 4 million loan was signed in June 2031.\n\n"
            "Co-financing partners\n"
            "Lakeside Bank (LB): EUR 2 million for the Meadow Wells Scheme, and EUR 7 million to Osterlich for roads.\n"
            "Hill Fund (HF): EUR 1 million grant to Osterlich, approved in Q4 2031.\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Meadow Wells Scheme#1", "Meadow Wells Scheme", None),
                                         ("Harbour Lights Initiative", "Harbour Lights Initiative", None),
                                         ("Meadow Wells Scheme#2", "Meadow Wells Scheme", None)],
                    countries=[("Osterlich", "GH"), ("Osterlich#1", "GH")],
                    money=[("EUR 9 million", "9000000", "EUR"), ("EUR 4 million", "4000000", "EUR"),
                           ("EUR 2 million", "2000000", "EUR"), ("EUR 7 million", "7000000", "EUR"),
                           ("EUR 1 million", "1000000", "EUR")],
                    dates=[("3 May 2031", "2031-05-03", "2031-05-03"), ("June 2031", "2031-06", "2031-06"),
                           ("Q4 2031", "2031-10", "2031-12")])
    assert result["Harbour Lights Initiative"] == ([], ["4000000 EUR"], ["2031-06/2031-06"])
    assert "2000000 EUR" in result["Meadow Wells Scheme"][1]


def test_linker_keeps_related_activity_fields_from_the_page_project(nlp):
    """"Related activities" over "Parent: ... CAD 90 million" lines: the related activities' figures are theirs
    (or nobody's), not the page project's."""
    text = ("Meadow Wells Scheme\n\n"
            "Country: Ruritania\n"
            "Budget: CAD 4 million\n\n"
            "Related activities\n"
            "Parent: XX-1 – Lakeside Water Programme (LWP), 2029–2036, CAD 90 million\n"
            "Predecessor: XX-2 – Hill Wells Pilot (completed 2028)\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None),
                                         ("Lakeside Water Programme (LWP)", "Lakeside Water Programme", "LWP"),
                                         ("Hill Wells Pilot", "Hill Wells Pilot", None)],
                    countries=[("Ruritania", "RU")],
                    money=[("CAD 4 million", "4000000", "CAD"), ("CAD 90 million", "90000000", "CAD")],
                    dates=[("2029–2036", "2029", "2036"), ("2028", "2028", "2028")])
    assert result["Meadow Wells Scheme"] == (["RU"], ["4000000 CAD"], [])


FAQ = ("Lakeside Water Facility (LWF)\n"
       "Frequently Asked Questions\n\n"
       "Which countries are eligible for LWF funding?\n"
       "Ruritania, Borduria and Osterlich.\n\n"
       "What funding windows are there?\n"
       "LWF has two windows:\n\n"
       "1. Meadow Window – grants up to EUR 50,000 for village wells.\n\n"
       "2. Harbour Window – grants up to EUR 400,000 for port works. It opened in March 2031.\n")
FAQ_MENTIONS = dict(projects=[("Lakeside Water Facility (LWF)", "Lakeside Water Facility", "LWF"), ("LWF#1", None, "LWF"),
                              ("LWF#2", None, "LWF"), ("Meadow Window", "Meadow Window", None),
                              ("Harbour Window", "Harbour Window", None)],
                    countries=[("Ruritania", "RU"), ("Borduria", "BO"), ("Osterlich", "GH")],
                    money=[("EUR 50,000", "50000", "EUR"), ("EUR 400,000", "400000", "EUR")],
                    dates=[("March 2031", "2031-03", "2031-03")])


def test_linker_reads_an_faq_question_as_the_heading_of_its_answer(nlp):
    """"Which countries are eligible for LWF funding?" over its answer: the answer is the question's section, so
    the countries it lists are the fund's."""
    assert linked(nlp, FAQ, **FAQ_MENTIONS)["LWF"][0] == ["BO", "GH", "RU"]


def test_linker_keeps_the_facts_of_a_funds_parts_from_the_fund(nlp):
    """"LWF has two windows:" over the windows: each window's grants and dates are its own, not the fund's."""
    result = linked(nlp, FAQ, **FAQ_MENTIONS)
    assert result["LWF"][1:] == ([], [])
    assert result["Harbour Window"] == ([], ["400000 EUR"], ["2031-03/2031-03"])


def test_linker_reads_each_arrow_line_of_a_related_stories_box_as_its_own_entry(nlp):
    """"› Borduria: ... (12 June 2031)" lines: each link is an entry of its own, so the country and date of one
    story are not given to the project another line names."""
    text = ("RELATED STORIES\n"
            "› Borduria: Women-led seed banks in the hills (12 June 2031)\n"
            "› Osterlich: Meadow Wells Scheme reaches 10,000 households\n"
            "› Ruritania: Emergency water trucking in the south (March 2031)\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    countries=[("Borduria", "BO"), ("Osterlich", "GH"), ("Ruritania", "RU")],
                    dates=[("12 June 2031", "2031-06-12", "2031-06-12"), ("March 2031", "2031-03", "2031-03")])
    assert result == {"Meadow Wells Scheme": (["GH"], [], [])}


def test_linker_reads_a_country_before_fund_outside_any_project_name_as_a_lenders_name(nlp):
    """"Ruritania Fund" lending to a project (no project mention itself) is a lender's name: its country is no
    recipient of the project whose table row it stands in; the project's own country is."""
    text = ("Meadow Wells Scheme (Borduria)\n"
            "   Ruritania Fund                 loan          20.0\n"
            "   Government of Borduria         counterpart    4.0\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme", "Meadow Wells Scheme", None)],
                    countries=[("Borduria", "BO"), ("Ruritania", "RU"), ("Borduria#1", "BO")],
                    money=[("20.0", "20000000", "USD"), ("4.0", "4000000", "USD")])
    assert result["Meadow Wells Scheme"][0] == ["BO"]


def test_linker_reads_a_line_cut_after_a_little_word_as_a_wrapped_sentence(nlp):
    """"Ruritania's contribution of EUR 16 million to" over the name that ends the sentence: no title (a title ends
    with no "to"), so the amount and the next sentence's dates ("The engagement started ...") are the project's."""
    text = ("4. ENGAGEMENT 3: SCHOOLS\n\n"
            "Ruritania's contribution of EUR 16 million to\n"
            "Meadow Schools Initiative was channelled through a UN agency. The engagement started in\n"
            "April 2031 and ends on 31 December 2034.\n")
    result = linked(nlp, text, projects=[("Meadow Schools Initiative", "Meadow Schools Initiative", None)],
                    money=[("EUR 16 million", "16000000", "EUR")],
                    dates=[("April 2031", "2031-04", "2031-04"), ("31 December 2034", "2034-12-31", "2034-12-31")])
    assert result == {"Meadow Schools Initiative": ([], ["16000000 EUR"], ["2031-04/2031-04", "2034-12-31/2034-12-31"])}


def test_linker_reads_phase_and_a_number_as_referring_back_to_the_programme_named_before(nlp):
    """"Phase 3 will run from 2032 to 2036": the phase is the programme's just named, so its period and money are
    the programme's; a transfer paid per term ("EUR 40 per term") is what a pupil receives, not the programme's, and
    "A Phase 4 proposal" is a phase not yet told of."""
    text = ("Ruritania and Borduria agreed a new EUR 12 million phase of Meadow Wells, the water programme the two "
            "countries back. Phase 3 will run from 2032 to 2036 and add a EUR 2 million municipal match. Phase 3 also pays "
            "EUR 40 per term to each pupil. A Phase 4 proposal (2037-2040) would add Osterlich.\n")
    result = linked(nlp, text, projects=[("Meadow Wells", "Meadow Wells", None)],
                    money=[("EUR 12 million", "12000000", "EUR"), ("EUR 2 million", "2000000", "EUR"),
                           ("EUR 40", "40", "EUR")],
                    countries=[("Osterlich", "GH")],
                    dates=[("2032 to 2036", "2032", "2036"), ("2037-2040", "2037", "2040")])
    assert result["Meadow Wells"] == ([], ["12000000 EUR", "2000000 EUR"], ["2032/2036"])  # "A Phase 4" is a new one


def test_linker_reads_arrow_links_under_a_label_line_as_entries_of_their_own(nlp):
    """"Learn more" over "> Country sheet ... Borduria" / "> Phase II: ... document (2032)": each link is an entry
    of its own, so "Phase II" on one line does not carry the country of the line before it to the programme."""
    text = ("The Meadow Wells Programme (MWP) runs from 2028 to 2031.\n\n"
            "Learn more\n"
            "> Completion report MWP 2028-2031 (PDF)\n"
            "> Country sheet: Borduria and the hill districts\n"
            "> Phase II: the new programme document (2032)\n")
    result = linked(nlp, text, projects=[("Meadow Wells Programme (MWP)", "Meadow Wells Programme", "MWP"),
                                         ("MWP#1", None, "MWP")],
                    countries=[("Borduria", "BO")], dates=[("2028 to 2031", "2028", "2031")])
    assert result["MWP"][0] == []


def test_linker_gives_a_titled_summary_box_to_the_page_named_after_a_country_and_dash(nlp):
    """"Borduria - Meadow Wells Scheme - Phase II (MWS-II)" titles the page; "Summary" set over "Label: value" lines
    that name no project is the page's own box, not a heading of some other section; a dated document listed under
    it is not the project's."""
    text = ("Home > Projects > Borduria\n\n"
            "Borduria - Meadow Wells Scheme - Phase II (MWS-II)\n\n"
            "Summary\n"
            "Project code: XX-BO-77\n"
            "Country: Borduria\n"
            "Commitment: EUR 12,000,000\n"
            "Approval date: 4 March 2031\n\n"
            "Documents\n"
            "Appraisal report (PDF, 12 January 2031)\n")
    result = linked(nlp, text, projects=[("Meadow Wells Scheme - Phase II (MWS-II)", "Meadow Wells Scheme - Phase II", "MWS-II")],
                    countries=[("Borduria", "BO"), ("Borduria#1", "BO"), ("Borduria#2", "BO")],
                    money=[("EUR 12,000,000", "12000000", "EUR")],
                    dates=[("4 March 2031", "2031-03-04", "2031-03-04"), ("12 January 2031", "2031-01-12", "2031-01-12")])
    assert result["MWS-II"] == (["BO"], ["12000000 EUR"], ["2031-03-04/2031-03-04"])
