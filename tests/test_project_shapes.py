"""PROJECT names found by the shape of the page or of the name (issue 8), one table per shape.

Every name and figure here is invented. Rows are (text, expected PROJECT span texts); an empty
list means no PROJECT at all.
"""

import pytest


def spans(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


# 1. A grant's purpose line quotes the name it pays for: after 'to VERB', or with an apposition
#    calling it a project, programme or scheme. Quoted phrases without such words stay out.
QUOTED_PURPOSES = [
    ('Lakeside Youth Trust\nto pilot "Bright Kilns" for potters in Northland\n$90,000\n', ["Bright Kilns"]),
    ('Hill Clinics Network\nfor "Safe Births East", a midwife outreach project in Eastland\n$40,000\n',
     ["Safe Births East"]),
    ('to scale "Water Stops", a gravity-fed water scheme in the hills', ["Water Stops"]),
    ('The minister said "Better Days Ahead", a phrase she repeated twice.', []),
    ('Visitors were asked to support "Open Doors" week by donating books.', ["Open Doors"]),
]


@pytest.mark.parametrize("text, expected", QUOTED_PURPOSES)
def test_quoted_purpose_names(nlp, text, expected):
    assert spans(nlp, text) == expected


# 2. A space-aligned table whose narrow serial-number header runs into the Project header, with a
#    header cell wrapped onto a second line; unnumbered sum rows are not projects.
SERIAL_TABLE = (
    "S.N.  Project                              District        Approved    Released\n"
    "                                                                       to date\n"
    "1     Hill Springs Revival                 Northdale          1,200         300\n"
    "2     River Warning Phase 2                Southdale            800         800\n"
    "      Ongoing projects (4) - cumulative                     9,000       4,000\n"
    "      Grand total                                          11,000       5,100\n"
)


def test_serial_numbered_aligned_table(nlp):
    assert spans(nlp, SERIAL_TABLE) == ["Hill Springs Revival", "River Warning Phase 2"]


def test_total_word_inside_a_table_name_is_kept(nlp):
    text = "| Project | Budget |\n|---|---|\n| Community Total Sanitation Drive | 400 |\n| Grand total | 400 |\n"
    assert spans(nlp, text) == ["Community Total Sanitation Drive"]


# 3. A pipe table whose rows are grouped under capitalized region lines below one header row.
GROUPED_PIPE_TABLE = (
    "ID | Project name | Country | Amount\n"
    "\n"
    "NORTH REGION\n"
    "X100 | Hill Ferries Upgrade | Northland | 20.0\n"
    "\n"
    "SOUTH REGION\n"
    "X200 | Delta Feeder Lanes | Southland | 35.5\n"
)
PIPE_ROWS_WITHOUT_HEADER = "NORTH REGION\nX100 | Hill Ferries Upgrade | Northland | 20.0\nX200 | Delta Lanes | Southland | 3\n"


def test_grouped_pipe_table_rows_find_the_header_above_the_groups(nlp):
    assert spans(nlp, GROUPED_PIPE_TABLE) == ["Hill Ferries Upgrade", "Delta Feeder Lanes"]


def test_pipe_rows_without_a_project_header_name_nothing(nlp):
    assert spans(nlp, PIPE_ROWS_WITHOUT_HEADER) == []


# 4. A pooled fund's record lines: grant code – title – partner – amount – dates.
IDENTIFIED_RECORDS = [
    ("XY-25/0101/A1/WASH/UN/3301 – Hill Wells Rehabilitation – Water Aid Partners – US$ 90,000 – 2025\n",
     ["Hill Wells Rehabilitation"]),
    ("XY-25/0101/A1/NUT/INGO/3302 – Safe Meals for Pupils, Lake Corridor – Child Care Group\n",
     ["Safe Meals for Pupils, Lake Corridor"]),
    # No code with figures before the first dash: not a record line.
    ("Northland – Hill Wells Rehabilitation – see the annex – 2025\n", []),
    # A code and a title without a further field: a heading, left to the heading finders.
    ("Annex B – Budget Notes\n", []),
]


@pytest.mark.parametrize("text, expected", IDENTIFIED_RECORDS)
def test_identified_record_lines(nlp, text, expected):
    assert spans(nlp, text) == expected


def test_a_record_title_never_crosses_a_semicolon(nlp):
    # A line of acronym entries separated by semicolons is a glossary, not a record line.
    text = "HWR-2 – Hill Wells Rehabilitation, Phase 2; LKP – Lake Knowledge Programme.\n"
    assert not any(";" in span for span in spans(nlp, text))


# 5. A Romance title's head is its first word: a body's word after its "de"/"du" names a place or a
#    beneficiary, not the kind of thing the title is.
ROMANCE_HEADS = [
    ("Programme régional de gestion des parcours du Nord et du Centre (PRGPC)\n",
     ["Programme régional de gestion des parcours du Nord et du Centre (PRGPC)"]),
    ("Projet d'appui au Ministère de la Santé (PAMS)\n", ["Projet d'appui au Ministère de la Santé (PAMS)"]),
]


@pytest.mark.parametrize("text, expected", ROMANCE_HEADS)
def test_romance_title_head_is_its_first_word(nlp, text, expected):
    assert spans(nlp, text)[:1] == expected


# 6. A sentence opening with a preposition and an article leaves both outside the name.
SENTENCE_PREPOSITIONS = [
    ("The sum is final. For the Lakeland Ferry Project the figure is indicative.\n", ["Lakeland Ferry Project"]),
    ("In the Hill Wells Programme, pupils fetch less water.\n", ["Hill Wells Programme"]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_PREPOSITIONS)
def test_sentence_opening_preposition_is_outside_the_name(nlp, text, expected):
    assert spans(nlp, text) == expected
