"""Project records: which facts the text ties to which project (spec: Project records)."""

import pytest

import pipeline


def facts(nlp, text):
    """{title or acronym: (countries, amounts, dates)} for a small text."""
    record = pipeline.extract_text(nlp, text, "t.txt")
    out = {}
    for project in record.projects:
        out[project.acronym or project.title] = (
            sorted(c.iso2 for c in project.countries),
            sorted(f"{a.amount} {a.currency}" for a in project.amounts),
            sorted(f"{d.start}/{d.end}" for d in project.dates),
        )
    return out


CASES = [
    (
        "list item with its own amount",
        "Selected operations\n\n  a) Rural Roads Improvement Project – a US$12 million loan signed on 3 May 2012.\n"
        "  b) Coastal Fisheries Support Project – a US$4 million grant.\n",
        {"Rural Roads Improvement Project": ([], ["12000000 USD"], ["2012-05-03/2012-05-03"]),
         "Coastal Fisheries Support Project": ([], ["4000000 USD"], [])},
    ),
    (
        "section heading that names the project",
        "B. Youth Skills Facility (YSF)\n\nThe ministry allocated US$ 2,000,000 to it for vocational training in Ghana.\n",
        {"YSF": (["GH"], ["2000000 USD"], [])},
    ),
    (
        "lead-in line with a period",
        "Current projects (2019-):\n  1. Safe Water for Rural Communities\n  2. Green Jobs for Youth\n",
        {"Safe Water for Rural Communities": ([], [], ["2019/None"]), "Green Jobs for Youth": ([], [], ["2019/None"])},
    ),
    (
        "back-reference sentence",
        "The Market Access Programme (MAP) was launched in June 2015 in Senegal. It received EUR 3 million from the donors.\n",
        {"MAP": (["SN"], ["3000000 EUR"], ["2015-06/2015-06"])},
    ),
    (
        "donor stays out",
        "The Road Safety Initiative (RSI), funded by Norway, works in Kenya and Uganda.\n",
        {"RSI": (["KE", "UG"], [], [])},
    ),
    (
        "total over several projects stays unattached",
        "A package worth $300 million covered two operations: $120 million for the Northern Corridor Project; "
        "and $80 million for the Southern Ports Project.\n",
        {"Northern Corridor Project": ([], ["120000000 USD"], []), "Southern Ports Project": ([], ["80000000 USD"], [])},
    ),
    (
        "table rows with a countries column",
        "Project | Budget | Countries\nClean Energy Access for Schools | US$ 500.000 | Nepal, Bhutan\n"
        "Women in Trade Networks | US$ 250.000 | Mongolia\n",
        {"Clean Energy Access for Schools": (["BT", "NP"], ["500000 USD"], []),
         "Women in Trade Networks": (["MN"], ["250000 USD"], [])},
    ),
    (
        "the document title's date is not spread to the projects",
        "Donor Profile 2022\n\nFunded projects include:\n  • Clean Water for Schools\n  • Green Jobs for Youth\n",
        {"Clean Water for Schools": ([], [], []), "Green Jobs for Youth": ([], [], [])},
    ),
    (
        "event dates are not project dates",
        "After the earthquake of 2015, the Resilient Housing Project (RHP) began in April 2016 in Nepal.\n",
        {"RHP": (["NP"], [], ["2016-04/2016-04"])},
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_records_facts_follow_the_structure(nlp, name, text, expected):
    assert facts(nlp, text) == expected


def test_records_acronym_joins_its_long_form(nlp):
    text = "The Rural Credit Fund (RCF) opened in 2010. Later, RCF lent US$ 5 million in Malawi.\n"
    record = pipeline.extract_text(nlp, text, "t.txt")
    assert len(record.projects) == 1
    project = record.projects[0]
    assert (project.title, project.acronym, len(project.mentions)) == ("Rural Credit Fund", "RCF", 2)


def test_records_a_project_with_nothing_attached_still_has_a_record(nlp):
    record = pipeline.extract_text(nlp, "The Blue Economy Initiative is described elsewhere.\n", "t.txt")
    assert [(p.title, p.countries, p.amounts, p.dates) for p in record.projects] == [("Blue Economy Initiative", [], [], [])]


def test_records_facts_point_at_mentions(nlp):
    text = "The Market Access Programme (MAP) was launched in June 2015 in Senegal.\n"
    record = pipeline.extract_text(nlp, text, "t.txt")
    starts = {m.start: m for m in record.mentions}
    project = record.projects[0]
    assert starts[project.dates[0].mention].text == "June 2015"
    assert starts[project.countries[0].mention].text == "Senegal"
