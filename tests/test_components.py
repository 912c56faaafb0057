"""The spaCy components' decisions in context: what the span is, and what it is not."""

import pytest

CASES = [
    # A demonym that names a language is not a country (spec: languages are not countries).
    ("The report is available in French and Spanish.", []),
    ("French-speaking countries joined the scheme.", []),
    ("Japanese and Korean donors met; German support grew.", [("COUNTRY", "Japanese"), ("COUNTRY", "Korean"), ("COUNTRY", "German")]),
    ("Search      English | Deutsch | Français\n", []),
    ("Languages: English, Russian\n", []),
    ("Cost shares (Kenyan: 40%) were agreed.", [("COUNTRY", "Kenyan")]),
    ("The scheme (Portuguese: Programa de Poços) drills wells.", [("PROJECT", "Programa de Poços")]),
    # Currency names and geographic features hold country words that are not countries.
    ("It paid 5 million Swiss francs near Lake Chad and the Indian Ocean.", [("MONEY", "5 million Swiss francs")]),
    # "the X programme": the lowercase head noun stays outside; regions alone are generic.
    ("Australia funds the Green Jobs programme in Fiji.", [("COUNTRY", "Australia"), ("PROJECT", "Green Jobs"), ("COUNTRY", "Fiji")]),
    ("This is the Asia Pacific programme.", []),
    # Years inside names are not dates; a period in a name is.
    ("The 2030 Agenda and Vision 2030 guide the Country Programme 2016–2020.", [("DATE", "2016–2020")]),
    # A country inside a title does not own the acronym unless the acronym spells it.
    ("  • Water Security in Western Kenya (WASK) – US$ 5 million.", [("PROJECT", "Water Security in Western Kenya (WASK)"),
                                                                    ("COUNTRY", "Kenya"), ("MONEY", "US$ 5 million")]),
    ("Workers went to the United Arab Emirates (UAE).", [("COUNTRY", "United Arab Emirates"), ("COUNTRY", "UAE")]),
    # A sentence's first word before an article is not part of the title.
    ("Under the Coastal Roads Programme, Peru got US$ 2 million.", [("PROJECT", "Coastal Roads Programme"), ("COUNTRY", "Peru"),
                                                                   ("MONEY", "US$ 2 million")]),
    # Numbered title-case headings that name a section, and bodies listed after "include:", are not projects.
    ("2. Financial Contributions\n\nJapan gave US$ 2 million.\n\n3. Key Results Achieved\n", [("COUNTRY", "Japan"), ("MONEY", "US$ 2 million")]),
    ("Other contributors include:\n  • World Bank\n  • Asian Development Bank\n  • Green Skills for Youth\n",
     [("PROJECT", "Green Skills for Youth")]),
    # A key-value row names the project in its value.
    ("Project title ........ Rural Roads Improvement\nCountry .............. Nepal\n",
     [("PROJECT", "Rural Roads Improvement"), ("COUNTRY", "Nepal")]),
    # A name before a lowercase noun may hold function words.
    ("It paid for the Ending Hunger in Rural Peru programme.", [("PROJECT", "Ending Hunger in Rural Peru"), ("COUNTRY", "Peru")]),
    # A list item's trailing period in parentheses is outside the name (spec: any other parenthesis).
    ("Funded projects include:\n  • Clean Water for Schools (2019–2021)\n",
     [("PROJECT", "Clean Water for Schools"), ("DATE", "2019–2021")]),
    # A currency written once applies to each amount (spec: "250,000 and 150,000 U.S. dollars").
    ("It gave 250,000 and 150,000 U.S. dollars.", [("MONEY", "250,000"), ("MONEY", "150,000 U.S. dollars")]),
    ("In November 2013, 500,000 dollars were allocated.", [("DATE", "November 2013"), ("MONEY", "500,000 dollars")]),
    ("Of 1,200 farmers, 800 received 50 dollars.", [("MONEY", "50 dollars")]),
    # A possessive body before a name ends it.
    ("KOICA's Better Life for Girls initiative started in 2019.", [("PROJECT", "Better Life for Girls"), ("DATE", "2019")]),
    ("The budget for FY2022-23 grew.", [("DATE", "FY2022-23")]),
    # Acronyms and numbers that only look like currencies or periods.
    ("SDG 8 and the 2030 Agenda guide the recovery.", []),
    ("Law No. 2018-45 applies to the 2018-22 plan.", [("DATE", "2018-22")]),
    # A qualifier stays outside the span.
    ("It cost approximately 50 million yen.", [("MONEY", "50 million yen")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_components_spans_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.label_, s.text) for s in doc.spans["mentions"]] == expected


@pytest.mark.parametrize("text,value", [
    ("Support runs from 2020 onwards.", {"start": "2020", "end": None}),
    ("Support runs through 2025.", {"start": None, "end": "2025"}),
    ("As at 30 June 2020 it had 10 staff.", {"start": "2020-06-30", "end": "2020-06-30"}),
    ("It has worked there since the 1990s.", {"start": "1990", "end": None}),
    ("Funding grew since mid-2019.", {"start": "2019", "end": None}),
])
def test_components_date_modifiers_outside_the_span(nlp, text, value):
    doc = nlp(text)  # spans live only as long as their Doc
    (date,) = [s for s in doc.spans["mentions"] if s.label_ == "DATE"]
    assert date._.value.model_dump(mode="json") == value


def test_pipes_run_in_the_declared_order(nlp):
    """The country ruler is added first (its phrases then go through the tokenizer alone), yet runs after the layout
    and the anchored date and money rules."""
    assert nlp.pipe_names == ["factsheet_layout", "factsheet_date_rules", "factsheet_money_rules",
                              "factsheet_country_rules", "factsheet_dates", "factsheet_money", "factsheet_countries",
                              "factsheet_projects", "factsheet_records", "factsheet_mentions"]
