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


# ---- one case per linking rule (pipeline/projects/link_rules.py), in the spec's order ----------------
RULE_CASES = [
    (
        "rule 1: a country inside the project's own title",
        "The Ghana Rural Roads Project (GRRP) was approved in May 2014.\n",
        {"GRRP": (["GH"], [], ["2014-05/2014-05"])},
    ),
    (
        "rule 2: a nested item belongs to the project of the item it hangs under",
        "Portfolio\n\n• Ghana\n    – Coastal Dredging Project: $5 million.\n        ◦ Signed on 3 May 2012.\n"
        "    – Inland Waterways Project: $2 million.\n",
        {"Coastal Dredging Project": (["GH"], ["5000000 USD"], ["2012-05-03/2012-05-03"]),
         "Inland Waterways Project": (["GH"], ["2000000 USD"], [])},
    ),
    (
        "rule 2: a key-value record is its project's sheet; an appraisal date is not the project's",
        "Sheet 1\n\nProject:           Harbour Dredging Project\nCountry:           Ghana\n"
        "Amount:            USD 12 million\nAppraisal report:  1 March 2019\nApproval date:     4 June 2019\n",
        {"Harbour Dredging Project": (["GH"], ["12000000 USD"], ["2019-06-04/2019-06-04"])},
    ),
    (
        "rule 2: each row of a tab-separated table is its project's",
        "Loans\n\nCountry\tProject\tAmount\tSigned\nGhana\tCoastal Dredging Project\t$5 million\t3 May 2012\n"
        "Kenya\tInland Waterways Project\t$2 million\t4 June 2013\n",
        {"Coastal Dredging Project": (["GH"], ["5000000 USD"], ["2012-05-03/2012-05-03"]),
         "Inland Waterways Project": (["KE"], ["2000000 USD"], ["2013-06-04/2013-06-04"])},
    ),
    (
        "rule 3: a clause between semicolons names its own project",
        "Ghana signed two loans: the Coastal Dredging Project, $5 million; and the Inland Waterways Project, $2 million.\n",
        {"Coastal Dredging Project": (["GH"], ["5000000 USD"], []),
         "Inland Waterways Project": (["GH"], ["2000000 USD"], [])},
    ),
    (
        "rule 3: an amount in parentheses after a name is that project's, even beside a count of loans",
        "In 2013 Ghana signed three loans, among them the Coastal Dredging Project (maximum $5 million) "
        "and the Inland Waterways Project (maximum $2 million).\n",
        {"Coastal Dredging Project": (["GH"], ["5000000 USD"], ["2013/2013"]),
         "Inland Waterways Project": (["GH"], ["2000000 USD"], ["2013/2013"])},
    ),
    (
        "rule 4: 'its' and 'the credit' refer to the paragraph's topic, not to the last name",
        "The Market Access Programme (MAP) was approved in 2015. Its loan agreement was signed on 3 May 2016, "
        "the same day as $5 million for the Inland Waterways Project. The credit closed in June 2020.\n",
        {"MAP": ([], [], ["2015/2015", "2016-05-03/2016-05-03", "2020-06/2020-06"]),
         "Inland Waterways Project": ([], ["5000000 USD"], ["2016-05-03/2016-05-03"])},
    ),
    (
        "rule 4: a sentence of another paragraph does not refer back",
        "The Market Access Programme (MAP) was approved in 2015.\n\nIt rained heavily in Ghana in 2016.\n",
        {"MAP": ([], [], ["2015/2015"])},
    ),
    (
        "rule 4: a paragraph runs on across a page break",
        "The Market Access Programme (MAP) supports exporters.\nIts first loan was signed in\n\n                    Page 1 of 2\n"
        "Ruritania Aid Review | 2020\n\nJune 2015 and it received EUR 3 million.\n\n                    Page 2 of 2\n"
        "Ruritania Aid Review | 2020\n",
        {"MAP": ([], ["3000000 EUR"], ["2015-06/2015-06"])},
    ),
    (
        "rule 4: 'each of the two programmes' refers back to every project the last naming sentence named",
        "The Coastal Dredging Project (CDP) and the Inland Waterways Project (IWP) serve Ghana. "
        "In May 2021 the bank added $7 million to each of the two projects.\n",
        {"CDP": (["GH"], ["7000000 USD"], ["2021-05/2021-05"]), "IWP": (["GH"], ["7000000 USD"], ["2021-05/2021-05"])},
    ),
    (
        "rule 3: an amount for 'the A and the B' is each one's, its equivalent in parentheses too",
        "Ghana agreed a package of CHF 16 million (about USD 18 million) for the Coastal Dredging Project (CDP) "
        "and the Inland Waterways Project (IWP).\n",
        {"CDP": (["GH"], ["16000000 CHF", "18000000 USD"], []), "IWP": (["GH"], ["16000000 CHF", "18000000 USD"], [])},
    ),
    (
        "rule 3: a board meeting that approves dates the project",
        "The board approved the Coastal Dredging Project (CDP) at its annual meeting in March 2013.\n",
        {"CDP": ([], [], ["2013-03/2013-03"])},
    ),
    (
        "rule 5: a paragraph that opens with a name alone is that project's section",
        "Coastal Dredging Project. The financing consists of $5 million from the bank and $1 million from Ghana.\n",
        {"Coastal Dredging Project": (["GH"], ["1000000 USD", "5000000 USD"], [])},
    ),
    (
        "rule 5: a fund named in a project's section gives the money to both",
        "3. Roads: Coastal Dredging Project\nThe works cost $9 million.\nOf this, $2 million comes from the "
        "Blue Harbour Fund (BHF).\n",
        {"Coastal Dredging Project": ([], ["2000000 USD", "9000000 USD"], []),
         "BHF": ([], ["2000000 USD"], [])},
    ),
    (
        "rule 5: a table-of-contents entry repeated as its section's heading still heads the section",
        "Contents\n\n2. Coastal Dredging Project (CDP)\n\n2. Coastal Dredging Project (CDP)\n"
        "The works were approved in 2019 and cost $5 million.\n",
        {"CDP": ([], ["5000000 USD"], ["2019/2019"])},
    ),
    (
        "rule 5: a section's history date counts only when its sentence says what it dates",
        "2. Coastal Dredging Project\nThe port was built in 1950. The works were approved in 2019.\n",
        {"Coastal Dredging Project": ([], [], ["2019/2019"])},
    ),
    (
        "rule 6: a lead-in sentence before an inline list gives its date and country to each, not its total",
        "In 2014 the bank committed $30 million to two Zambian operations: the Skills for Traders Project (STP) "
        "and the Rural Water Project (RWP).\n",
        {"STP": (["ZM"], [], ["2014/2014"]), "RWP": (["ZM"], [], ["2014/2014"])},
    ),
    (
        "rule 6: a list ends where its lead-in's next sibling starts",
        "Kenya – two operations:\n  • Coastal Dredging Project – $5 million.\n  • Inland Waterways Project – $2 million.\n\n"
        "Uganda – one operation:\n  • Feeder Roads Project – $3 million.\n",
        {"Coastal Dredging Project": (["KE"], ["5000000 USD"], []), "Inland Waterways Project": (["KE"], ["2000000 USD"], []),
         "Feeder Roads Project": (["UG"], ["3000000 USD"], [])},
    ),
]


@pytest.mark.parametrize("name,text,expected", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_records_each_linking_rule(nlp, name, text, expected):
    assert facts(nlp, text) == expected


# ---- one case per filter (pipeline/projects/link_filters.py): facts never attached -------------------
FILTER_CASES = [
    (
        "a total of several separately financed projects",
        "Kenya – three operations:\n  • Coastal Dredging Project – $5 million.\n  • Inland Waterways Project – $2 million.\n"
        "  • Feeder Roads Project – $3 million.\n  The three combined reached $10 million.\n",
        {"Coastal Dredging Project": (["KE"], ["5000000 USD"], []), "Inland Waterways Project": (["KE"], ["2000000 USD"], []),
         "Feeder Roads Project": (["KE"], ["3000000 USD"], [])},
    ),
    (
        "money about something else (a country's GDP)",
        "The Coastal Dredging Project (CDP) serves Ghana with a $5 million loan. Its GDP reached $70 billion.\n",
        {"CDP": (["GH"], ["5000000 USD"], [])},
    ),
    (
        "both sides of an exchange rate",
        "The Coastal Dredging Project (CDP) received GHS 60 million at a rate of US$1 = GHS 12.\n",
        {"CDP": ([], ["60000000 GHS"], [])},
    ),
    (
        "a target date ('by 2030') and a dated document",
        "The Coastal Dredging Project (CDP), approved in May 2019 after an appraisal report of March 2019, "
        "aims to double traffic by 2030.\n",
        {"CDP": ([], [], ["2019-05/2019-05"])},
    ),
    (
        "a country inside a body's name is not a recipient",
        "The Coastal Dredging Project (CDP) in Ghana is built by the Kenya Ports Corporation.\n",
        {"CDP": (["GH"], [], [])},
    ),
    (
        "a fact coordinated with another thing",
        "Funding reaches country programmes in Ghana and Togo, as well as the Coastal Dredging Project (CDP).\n",
        {"CDP": ([], [], [])},
    ),
    (
        "a clause about other operations",
        "The Coastal Dredging Project (CDP) costs $5 million; in 2019 the bank had approved two other operations in Togo.\n",
        {"CDP": ([], ["5000000 USD"], [])},
    ),
    (
        "a plan's period and an indicator's baseline and target years",
        "The Coastal Dredging Project (CDP), approved in 2019 under the National Ports Plan 2018–2022, "
        "aims to lift cargo handled from 40% in 2018 to 60% in 2024.\n",
        {"CDP": ([], [], ["2019/2019"])},
    ),
    (
        "a memorandum's date is not a project date, unless it is a signing",
        "The Coastal Dredging Project (CDP) was set out in a bank memorandum of 3 May 2011. "
        "A memorandum of understanding for it was signed on 9 June 2012.\n",
        {"CDP": ([], [], ["2012-06-09/2012-06-09"])},
    ),
    (
        "a share in percent is not a count of projects",
        "Project:           Harbour Dredging Project\nTotal cost:        USD 90 million (40% equity, 60% loans)\n",
        {"Harbour Dredging Project": ([], ["90000000 USD"], [])},
    ),
    (
        "a country the document shows giving is a donor everywhere in it",
        "Freedonia pledged $5 million in 2019. The Coastal Dredging Project (CDP) in Ghana is run with Freedonian engineers.\n",
        {"CDP": (["GH"], [], [])},
    ),
    (
        "a recipient that commits to reforms or puts in counterpart money stays a recipient",
        "Ghana committed to reforms in 2018. Ghana provided $2 million of counterpart funds to the "
        "Coastal Dredging Project (CDP) in 2019.\n",
        {"CDP": (["GH"], ["2000000 USD"], ["2019/2019"])},
    ),
    (
        "a partner's name glued to an organization's acronym is the donor",
        "The FAO-Ghana Cooperation Trust Fund (FGCTF) works in Togo.\n",
        {"FGCTF": (["TG"], [], [])},
    ),
    (
        "a field of donors lists no recipients",
        "Blue Harbour Fund (BHF)\n\nEstablished ......... 2007\nDonors, 2019 ....... Ghana, Togo\nReach .............. Benin\n",
        {"BHF": (["BJ"], [], ["2007/2007"])},
    ),
    (
        "money given to a body that is no project",
        "Under the Coastal Dredging Project (CDP) in Ghana, the bank gave $5 million to Oceanus Alliance and $2 million to the project.\n",
        {"CDP": (["GH"], ["2000000 USD"], [])},
    ),
    (
        "page furniture repeats the title and date on every page",
        "Ghana Aid Review | March 2021\n\n1. Coastal Dredging Project (CDP)\nThe works cost $5 million.\n\n"
        "Page 1 of 2\nGhana Aid Review | March 2021\n\nThe works were approved in 2019.\n",
        {"CDP": ([], ["5000000 USD"], ["2019/2019"])},
    ),
]


@pytest.mark.parametrize("name,text,expected", FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_records_filters_keep_facts_away(nlp, name, text, expected):
    assert facts(nlp, text) == expected


# ---- the records component keeps the vocabulary its factory loaded ----------------------------------
def test_records_component_loads_its_vocabulary_when_built(nlp):
    from pipeline.projects import LinkVocabulary

    records = nlp.get_pipe("factsheet_records")
    assert isinstance(records.vocabulary, LinkVocabulary)
    assert "JP" in records.vocabulary.donor_countries and "it" in records.vocabulary.back_reference_pronouns


def test_records_vocabulary_errors_name_the_file(tmp_path):
    import json
    import shutil

    from pipeline.errors import RulesError
    from pipeline.fingerprint import DEFAULT_RULES_DIR
    from pipeline.projects import load_link_vocabulary

    shutil.copytree(DEFAULT_RULES_DIR, tmp_path / "rules")
    path = tmp_path / "rules" / "links.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    del table["event_nouns"]
    path.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(RulesError, match=r"links.json: a word list is missing or not a list: event_nouns"):
        load_link_vocabulary(tmp_path / "rules")
    path.write_text('{\n "donor_countries": [\n', encoding="utf-8")
    with pytest.raises(RulesError, match=r"links.json:3: invalid JSON"):
        load_link_vocabulary(tmp_path / "rules")
