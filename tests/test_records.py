"""Project records: which facts the text ties to which project (spec: Project records)."""

import pytest

import pipeline

from .span_helpers import facts

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


# ---- one case per general cause of a missed or false link on unseen factsheets (invented names) ------
CAUSE_CASES = [
    (
        "a project card: the lines set tight under a name line are the card's",
        "Country page\n\n2. Projects in this envelope (2023–2028)\n\n"
        "Clean Stoves for Kitchens (CSR) – project number P-000123\n"
        "Executing agency: Hearth International. Maximum contribution: $4,500,000.\n"
        "Start date: March 1, 2023. The Ministry of Energy adds $500,000 in staff time.\n\n"
        "Safe Harbours Programme (SHP) – Malawi\n"
        "Maximum contribution: $2 million. Duration: 2024-04 to 2027-03.\n",
        {"CSR": ([], ["4500000 USD", "500000 USD"], ["2023-03-01/2023-03-01", "2023/2028"]),
         "SHP": (["MW"], ["2000000 USD"], ["2023/2028", "2024-04/2027-03"])},
    ),
    (
        "a country line set tight over a numbered list heads it",
        "Intro text about the portfolio.\n\nZambia\n1. Rural Roads Improvement Project (RRIP). A $5 million loan.\n"
        "2. Coastal Fisheries Support Project (CFSP). A $2 million grant.\n",
        {"RRIP": (["ZM"], ["5000000 USD"], []), "CFSP": (["ZM"], ["2000000 USD"], [])},
    ),
    (
        "prose that ends without a colon does not lead in to the list after it",
        "Portfolio note\n\n4. Skills\nThe Vocational Skills Project (VSP) was approved in 2020 with a $75 million loan.\n\n"
        "5. Pipeline for 2026\n- Dryland Water Programme (DWP), estimated $200 million, board date Q2 2026\n"
        "- Digital Services Project (DSP), $90 million\n",
        {"VSP": ([], ["75000000 USD"], ["2020/2020"]), "DWP": ([], ["200000000 USD"], ["2026-04/2026-06", "2026/2026"]),
         "DSP": ([], ["90000000 USD"], ["2026/2026"])},
    ),
    (
        "a decade, an as-of status date and a document's update date are no project dates",
        "The Lakeside Water Project (LWP) in Malawi was approved on 3 May 2021 and repairs works built in the 1970s. "
        "Status (as of 31.01.2026): under construction. The page was last updated in March 2026.\n",
        {"LWP": (["MW"], [], ["2021-05-03/2021-05-03"])},
    ),
    (
        "an Exchange of Notes dates the projects it covers",
        "Grant aid page\n\n3. Exchange of Notes of 12 November 2022\n"
        "- Project for the Improvement of Rural Clinics (PIRC)\n- Project for the Expansion of Water Supply in Lakeside (PEWS)\n",
        {"PIRC": ([], [], ["2022-11-12/2022-11-12"]), "PEWS": ([], [], ["2022-11-12/2022-11-12"])},
    ),
    (
        "an event named in the words before a date, or held there, dates the event",
        "After the collapse of the Kafue bridge in April 2013, the bank started the Safe Crossings Project (SCP) in Zambia. "
        "The SCP answers the Lusaka Call adopted at the regional conference on transport, held in Kenya in May 2012.\n",
        {"SCP": (["ZM"], [], [])},
    ),
    (
        "a country word naming a border or a blockade is no recipient",
        "The Valley Water Programme (VWP) serves towns in Uzbekistan near the Kyrgyz and Tajik borders.\n",
        {"VWP": (["UZ"], [], [])},
    ),
    (
        "a fact the text excludes is not attached",
        "The Nutrition Resilience Programme (NRP) works in Mali and Niger. Refugee camps in Mauritania are not covered by the programme.\n",
        {"NRP": (["ML", "NE"], [], [])},
    ),
    (
        "a hope or a discussion is not a stated fact",
        "Under the Highland Roads Programme (HRP) in Papua New Guinea, the government adds K16 million. "
        "Officials hoped to offer up to $300 million more. Its next phase was discussed in Port Moresby on 4 October 2024.\n",
        {"HRP": (["PG"], ["16000000 PGK"], [])},
    ),
    (
        "the year of a country's budget or of sales is not the project's, nor are sales its money",
        "The Lake Transport Facility (LTF) in Kyrgyzstan pairs a $13 million loan with a $9 million grant. "
        "The Kyrgyz state budget for 2024 was set at 602 billion soms in its first year. Its sales reached $2 million in 2023.\n",
        {"LTF": (["KG"], ["13000000 USD", "9000000 USD"], [])},
    ),
    (
        "an equivalent in parentheses goes where its amount goes",
        "• Roads to Markets Project (RMP) – $300m (TSh 693 billion), approved on 27 May 2021 with two other operations "
        "worth $875 million altogether.\n",
        {"RMP": ([], ["300000000 USD", "693000000000 TZS"], ["2021-05-27/2021-05-27"])},
    ),
    (
        "money bound to 'the project' or 'the fund' goes to the project referred to, and from a named fund to both",
        "The Western Towns Water Project (WTWP) in Kenya costs $150 million. The Clean Towns Fund (CTF) adds a grant "
        "of up to $9 million to the project.\n",
        {"WTWP": (["KE"], ["150000000 USD", "9000000 USD"], []), "CTF": ([], ["9000000 USD"], [])},
    ),
    (
        "an amount for 'the second tranche of' a project is that project's",
        "The Coastal Towns Project (CTP) loan was signed on 27 December 2022, the same day as $278 million for the second "
        "tranche of the Third Infrastructure Facility (TIF).\n",
        {"CTP": ([], [], ["2022-12-27/2022-12-27"]), "TIF": ([], ["278000000 USD"], ["2022-12-27/2022-12-27"])},
    ),
    (
        "a back-reference in French or Spanish refers back",
        "El Programa Regional de Agua (PRA) reúne a cinco países. El programa tiene un presupuesto de 12,4 millones de euros "
        "para el periodo 2023-2027.\n",
        {"PRA": ([], ["12400000 EUR"], ["2023/2027"])},
    ),
    (
        "a country word inside a body's name in Romance word order is no recipient (the head comes first)",
        "El Programa Regional de Agua (PRA) trabaja en Bolivia con el Instituto Nacional de Agua de Chile.\n",
        {"PRA": (["BO"], [], [])},
    ),
    (
        "a country word ending an implementer's name is no recipient",
        "The Menstrual Health Champions Programme (MHCP) runs in 300 schools, run by AquaCare Uganda (2021–2024).\n",
        {"MHCP": ([], [], ["2021/2024"])},
    ),
    (
        "facts told of an earlier phase stay off a later phase's record",
        "3. Char Land Titles Programme, Phase 2 (CLTP-2)\nCLTP-2 follows a first phase (2015–2020) that titled 14,000 plots. "
        "Phase 2 has a grant of EUR 18.5 million. The first phase (2014) cost EUR 3.4 million.\n",
        {"CLTP-2": ([], ["18500000 EUR"], [])},
    ),
    (
        "a date under a results heading dates a result",
        "The Dairy Value Chains Programme (DVCP) in Kenya was launched in 2021.\n\nResults so far\n"
        "In 2023 the DVCP reached 12,400 dairy farmers. Three cold-chain hubs built under the DVCP opened in 2024.\n",
        {"DVCP": (["KE"], [], ["2021/2021"])},
    ),
    (
        "money of the larger whole a project belongs to is not the project's",
        "The Lusaka Water Programme (LWP) got a $47 million loan, part of a $200 million envelope for 2008 to 2010. "
        "Under a $700 million credit line for water, the Juliaca Sewer Project (JSP) received a first loan of $350 million.\n",
        {"LWP": ([], ["47000000 USD"], []), "JSP": ([], ["350000000 USD"], [])},
    ),
    (
        "an appositive on a name holds that project's facts",
        "The Caximba Flood Project (CFP) is part of PRO Lakeside, the city's $6 billion works programme, which runs until 2028.\n",
        {"CFP": ([], [], []), "PRO Lakeside": ([], ["6000000000 USD"], ["None/2028"])},
    ),
    (
        "the amount of each of several grants, and a fund's money for unnamed projects, are the fund's",
        "Andean Adaptation Fund (AAF)\nSince 2021 the fund has approved 14 grants of $250,000 each for Alpine municipalities. "
        "Between 2000 and 2021 it provided more than $1 billion for 520 projects in 36 countries.\n",
        {"AAF": ([], ["1000000000 USD", "250000 USD"], ["2000/2021", "2021/None"])},
    ),
    (
        "a project named only as where a later amount goes does not take the amounts before it",
        "The UK pledged £1.6 billion over five years, and Canada CAD 600 million, of which CAD 125 million for the "
        "Vaccine Bond Facility (VBF).\n",
        {"VBF": ([], ["125000000 CAD"], [])},
    ),
    (
        "'it' refers back only when its sentence has no subject of its own",
        "The Vocational Centres Project (VCP) in Uzbekistan was approved in 2020. A regional grant of $1.5 million "
        "(2023-2025) supports standards in Kazakhstan; it has no separate name. Japan played a leading part, including "
        "its first volunteers in 1993. The bank approved a $50 million loan for it in June 2015.\n",
        {"VCP": (["UZ"], ["50000000 USD"], ["2015-06/2015-06", "2020/2020"])},
    ),
    (
        "'its' after a place ('In Kenya, its works ...') still refers back",
        "The Rural Roads Project (RRP) was approved in 2018. In Kenya, its works began in March 2019.\n",
        {"RRP": (["KE"], [], ["2018/2018", "2019-03/2019-03"])},
    ),
    (
        "an exchange rate told with 'bought' is neither side's project money",
        "• Port Works Project (PWP): ₹450 crore, because the contract was priced when one dollar bought ₹44 or 900 kyat.\n",
        {"PWP": ([], ["4500000000 INR"], [])},
    ),
    (
        "a plural reference in a numbered note is about several projects",
        "Notes\n1. Philippines. The two loans signed on 26 March 2015 came to 19.5 billion yen. The Metro Rail Project (MRP) "
        "is far larger.\n",
        {"MRP": (["PH"], [], [])},
    ),
    (
        "a timeline step that is an evaluation or a mission is no project date",
        "4. Milestones of the Regional Water Programme (RWP)\n• 14/03/2023: launch in Dakar\n"
        "• Q2 2024: first exchange mission\n• Q4 2025: mid-term evaluation\n• 31.12.2027: closing of the programme\n",
        {"RWP": ([], [], ["2023-03-14/2023-03-14", "2027-12-31/2027-12-31"])},
    ),
    (
        "a recipient's matching money is no gift: the country stays a recipient",
        "The Child Nutrition Fund (CNF) backs programmes in Zambia. Zambia promised the fund K 50 million in matching money.\n",
        {"CNF": (["ZM"], ["50000000 ZMW"], [])},
    ),
    (
        "an opening 'In X,' frames every project of the sentence",
        "In Ethiopia, grants of the Child Nutrition Fund (CNF) co-finance the Lowlands Nutrition Programme (LNP).\n",
        {"CNF": (["ET"], [], []), "LNP": (["ET"], [], [])},
    ),
    (
        "a 'Background:' label dates the setting; an exchange rate's date is the rate's",
        "(1) The Project for Water Supply in Gulu City (PWSG)\n(a) Background: the city has grown since 2006, when families "
        "began to return.\n(b) Rate used: 1 UA = US$ 1.59 (25/11/2009)\n",
        {"PWSG": ([], [], [])},
    ),
    (
        "a lead-in that counts its list: the amount before it is a total, each fact its own item's",
        "In 2010 the partners signed a five-year agreement. It committed $15 million spread over four areas: the Better "
        "Factories Programme (BFP) (in Jordan), reform of labour laws, jobs for young people in Lesotho, and green jobs.\n",
        {"BFP": (["JO"], [], [])},
    ),
    (
        "a fact told on a predecessor's name stays off the section's project",
        "Migrant Rights Programme II (MRP-II)\nThe programme runs from 2016 to 2025, building on the Regional Migrant Rights "
        "Project (RMRP), which ran from 2012 to 2016 with a contribution of C$5,500,000.\n",
        {"MRP-II": ([], [], ["2016/2025"]), "RMRP": ([], ["5500000 CAD"], ["2012/2016"])},
    ),
    (
        "an event after the year, and a plan's date in the words before it, are not the project's",
        "Set up in May 2000 in the wake of the 1997 Asian financial crisis, the Poverty Relief Fund (PRF) works in Laos. "
        "It follows the regional pastoral strategy adopted by ministers in Vientiane in November 2021.\n",
        {"PRF": (["LA"], [], ["2000-05/2000-05"])},
    ),
    (
        "money given 'partly through' named funds is not theirs",
        "Norway has given the Vaccine Alliance USD 1.5 billion since 2001, partly through the Advance Purchase Facility (APF).\n",
        {"APF": ([], [], [])},
    ),
    (
        "a coordinated subject within a clause shares what follows it",
        "KfW signed the third phase of the Schools for All Project (SAP) (EUR 100 million); over its phases, money from the "
        "Refugee Facility Fund (RFF) and the Regional Trust Fund (RTF) pays for schools in Türkiye.\n",
        {"SAP": ([], ["100000000 EUR"], []), "RFF": (["TR"], [], []), "RTF": (["TR"], [], [])},
    ),
    (
        "a decimal-numbered heading ('2.4 ...') sits under its chapter, and the next chapter ends its section",
        "Programme note\n\n2. Components\n\n2.1 Lake Basin Project (LBP)\nThe component supports irrigation and storage "
        "works in the river valleys of northern Senegal.\n\n"
        "5. Context\nRainfall fell by a third in Mexico between 2015 and 2019. It builds on the Rain Harvest Programme (RHP), "
        "que entre 2010 y 2014 invirtió 3,2 millones de francos suizos.\n",
        {"LBP": (["SN"], [], []), "RHP": ([], ["3200000 CHF"], ["2010/2014"])},
    ),
    (
        "a country's 'cooperation' is a donor",
        "The Regional Water Programme (RWP) in Mozambique is the first triangular programme of Brazilian cooperation.\n",
        {"RWP": (["MZ"], [], [])},
    ),
    (
        "a parenthesis that only names its noun makes that project the subject",
        "Funding of the Sahel Nutrition Programme (SNP)\nThe programme's first phase (SNP I) ran from January 2020 to "
        "December 2023 with a budget of €48.5 million.\n",
        {"SNP": ([], ["48500000 EUR"], ["2020-01/2023-12"]), "SNP I": ([], ["48500000 EUR"], ["2020-01/2023-12"])},
    ),
    (
        "a fund named without 'the' as the channel of a grant",
        "The Cooperation Water Fund (CWF) finances these.\n\n"
        "1. Chaco Drinking Water Programme (CDWP). A grant of €14 million from CWF, approved in December 2018.\n",
        {"CWF": ([], ["14000000 EUR"], []), "CDWP": ([], ["14000000 EUR"], ["2018-12/2018-12"])},
    ),
    (
        "'It provided X, plus Y for Z': X stays with the project referred to",
        "The Labour Partnership Programme (LPP) was signed on 23 January 2014. It provided EUR 2 million a year in core "
        "funding plus a further USD 3 million per year for the Better Factories Programme (BFP).\n",
        {"LPP": ([], ["2000000 EUR"], ["2014-01-23/2014-01-23"]), "BFP": ([], ["3000000 USD"], [])},
    ),
]


@pytest.mark.parametrize("name,text,expected", CAUSE_CASES, ids=[c[0] for c in CAUSE_CASES])
def test_records_general_causes(nlp, name, text, expected):
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
