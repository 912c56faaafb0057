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
