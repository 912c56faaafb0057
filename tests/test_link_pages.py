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
