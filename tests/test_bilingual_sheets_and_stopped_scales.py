"""Shapes of bilingual project databases and budget reports: German scales written with a stop ("12,5 Mio. EUR"),
German qualifiers, a scale before its sign in a caption ("in millions of $"), two signed amounts joined by a tight
dash, roman quarters ("III Trimestre"), law and decree numbers that hold a year; names in two languages in one cell
or one field key, later phases after a comma, Romance titles over a tight dash, document names, "›" bullets, a
coined one-word name in a project column, appositives that call a name a campaign, window or collaboration, and a
body's name broken over two lines.

Names, figures, dates and sentences are invented for these tests. False-positive rows are included on purpose.
"""

from decimal import Decimal

import pytest


def mentions(nlp, text, label):
    doc = nlp(text)  # (the spans need their doc alive)
    return [(s.text, s._.value) for s in doc.spans[label]]


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


MONEY_ROWS = [
    ("Der Zuschuss beträgt 7,5 Mio. EUR für drei Jahre.", "7,5 Mio. EUR", "7500000", "EUR", "exact"),
    ("Die Gemeinden tragen rd. 9,1 Mio. EUR bei.", "9,1 Mio. EUR", "9100000", "EUR", "approximate"),
    ("Die Kosten betragen knapp 5 Mio. EUR.", "5 Mio. EUR", "5000000", "EUR", "at_most"),
    ("Geplant sind Investitionen von rund 2,6 Mrd. CHF bis 2034.", "2,6 Mrd. CHF", "2600000000", "CHF", "approximate"),
    ("Each school may ask for $2,500–$9,000 a year.", "$2,500–$9,000", "2500", "USD", "exact"),
    ("Its lending to the region has crossed US$ 7 billion.", "US$ 7 billion", "7000000000", "USD", "at_least"),
    # The French abbreviation of special drawing rights; the Maltese lira's sign in a history.
    ("L'IDA accorde un don de 38,6 millions de DTS au projet.", "38,6 millions de DTS", "38600000", "XDR", "exact"),
    ("In Malta the ferry scheme cost Lm 215,000 in its first years.", "Lm 215,000", "215000", "MTL", "exact"),
    # The European currency unit and the French franc of older reports; the French "env." qualifier.
    ("The Community gave ECU 11.5 million; France added FF 32 million.", "ECU 11.5 million", "11500000", "XEU", "exact"),
    ("The Community gave ECU 11.5 million; France added FF 32 million.", "FF 32 million", "32000000", "FRF", "exact"),
    ("Le coût du volet santé atteint env. EUR 12 millions sur trois ans.", "EUR 12 millions", "12000000", "EUR", "approximate"),
]


@pytest.mark.parametrize("text", [
    "Under DTS 2031, the ministry trained 300 staff.",
    "The FF 3 brigade cleared 12 km of road.",
    "Lamps of 400 Lm were installed in the clinic.",
    "The ECU 2031 survey covered the coast.",
])
def test_older_signs_need_an_amount_no_label_is_written_like(nlp, text):
    assert mentions(nlp, text, "MONEY") == []


@pytest.mark.parametrize("text, span, amount, currency, qualifier", MONEY_ROWS)
def test_stopped_scales_tight_ranges_and_qualifiers(nlp, text, span, amount, currency, qualifier):
    found = dict(mentions(nlp, text, "MONEY"))
    assert span in found
    assert (found[span].amount, found[span].currency, found[span].qualifier) == (Decimal(amount), currency, qualifier)


def test_a_caption_may_give_its_scale_before_its_sign(nlp):
    text = ("Indicative budget (in millions of $):\n| Outcome | Core | Other | Total |\n"
            "| Outcome 1: Safe water | 2.4 | 1.1 | 3.5 |\n")
    found = mentions(nlp, text, "MONEY")
    assert [(t, v.amount, v.currency) for t, v in found] == [
        ("2.4", Decimal("2400000"), "USD"), ("1.1", Decimal("1100000"), "USD"), ("3.5", Decimal("3500000"), "USD")]


def test_roman_quarters_are_dates_and_numbers_with_a_year_are_not(nlp):
    dates = mentions(nlp, "Boletim trimestral — III Trimestre 2031\nIn the II trimestre de 2030 it grew.", "DATE")
    assert [(t, v.start, v.end) for t, v in dates] == [("III Trimestre 2031", "2031-07", "2031-09"),
                                                       ("II trimestre de 2030", "2030-04", "2030-06")]
    # A law's number and year, a decree's symbol: no dates. A month and year in a table still is one.
    assert mentions(nlp, "A Lei n.º 9/2031 fixou o orçamento.", "DATE") == []
    assert mentions(nlp, "Under Circular No. 207/2030/TT-BTC the ministry reports.", "DATE") == []
    assert [t for t, _ in mentions(nlp, "Plan 03/2031 shows the new targets.", "DATE")] == ["03/2031"]
    assert [t for t, _ in mentions(nlp, "| Works | 04/2031 – 09/2033 |\n", "DATE")] == ["04/2031 – 09/2033"]
    # The quarter's numeral is no phase of an acronym over it.
    assert project_texts(nlp, "REB III Trimestre 2031 | English version\nThe report covers the quarter.") == []


PROJECT_ROWS = [
    # A later financing after a comma is the title's own, in English and in French.
    ("Board approves the Lakeside Clinics Programme, Additional Financing in March.",
     ["Lakeside Clinics Programme, Additional Financing"]),
    ("| Programme de Routes Communales, financement additionnel (PRC-FA) | Darlehen | 12,0 Mio. EUR |\n",
     ["Programme de Routes Communales, financement additionnel (PRC-FA)"]),
    # A tight dash joins two places inside a Romance title; a sentence-case title runs on after "de la".
    ("La banque finance le Projet d'adduction d'eau rurale de Torvel–Maranc en 2031.",
     ["Projet d'adduction d'eau rurale de Torvel–Maranc"]),
    ("Elle finance aussi le Projet de la route Orvane–Sully depuis 2030.", ["Projet de la route Orvane–Sully"]),
    # A lowercase project head before "document" names the document; a title-case assessment project is a project.
    ("Annex 2. Hill Towns programme document (draft, 2031)\n", []),
    ("The Health Facility Assessment Project received USD 4 million.", ["Health Facility Assessment Project"]),
    # "Additional Financing" is the title's; an agreement after it names a document.
    ("The Rural Roads Project, Additional Financing Agreement was signed in March.", ["Rural Roads Project"]),
    # A label in two languages is no name; the name in a bilingual key's field is one.
    ("| Vorhaben / Project | Finanzierung / Financing |\n|---|---|\n| Hill Roads Project | Darlehen |\n",
     ["Hill Roads Project"]),
    ("Projektdaten / Project data\nProjektname / Project name: Sauberes Wasser für Bergdörfer (SWB)\n",
     ["Sauberes Wasser für Bergdörfer (SWB)"]),
    # "›" marks the items of a related-projects list; a subtitle before a bar is the name's.
    ("Related projects\n› Upland Orchard Systems in Eastland (UOSE) | Eastland | 2031 to 2034\n"
     "› Trockene Früchte – Dried Fruit Markets | Westland | since 2032\n",
     ["Upland Orchard Systems in Eastland (UOSE)", "Trockene Früchte – Dried Fruit Markets"]),
    # A later financing after a comma in a list item whose facts follow a bar.
    ("Related projects\n• Hill Clinics Outreach, Additional Financing | 2033 | EUR 95,000 | Closed\n",
     ["Hill Clinics Outreach, Additional Financing"]),
    # Two English names a slash parts are two names (no translation); a column of sectors is no project column.
    ("Projects\n• Youth Skills and Jobs / Technical and Vocational Training Project – USD 3 million\n",
     ["Youth Skills and Jobs / Technical and Vocational Training Project"]),
    ("| Sector / Project | USD m |\n|---|---|\n| Water and Sanitation | 4.2 |\n", []),
    # A role field's label in two languages still names a body.
    ("Auftraggeber / Commissioned by: Bundesamt für Wasserwirtschaft und Entwicklung (BWE)\n", []),
    # A body's name broken over two lines stays a body.
    ("The Board of the United Nations\nDevelopment Programme met in June.", []),
]


@pytest.mark.parametrize("text, expected", PROJECT_ROWS)
def test_suffixes_romance_titles_labels_and_bullets(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_a_cell_in_two_languages_holds_two_names_of_one_project(nlp):
    text = ("| # | Country | Title (English / Español) | USD m |\n|---|---|---|---|\n"
            "| 1 | Eastland | Coastal Ferry Renewal Project / Programa de renovación del transbordador costero | 42.10 |\n")
    doc = nlp(text)
    assert [s.text for s in doc.spans["PROJECT"]] == ["Coastal Ferry Renewal Project", "Programa de renovación del transbordador costero"]
    (record,) = doc._.projects
    assert len(record.mentions) == 2 and [a.amount for a in record.amounts] == [Decimal("42100000")]


def test_a_coined_word_in_a_project_column_is_a_name_and_is_found_again(nlp):
    text = ("| Partner | Project | Period |\n|---|---|---|\n| Council of Churches | Usawazo | 2031–2033 |\n"
            "| Lake Authority | Lakeshore Irrigation Programme | 2031–2035 |\n\n"
            "Usawazo trains market traders in book-keeping.\n")
    assert project_texts(nlp, text) == ["Usawazo", "Lakeshore Irrigation Programme", "Usawazo"]


@pytest.mark.parametrize("text, expected", [
    ("There is also Open Doors, the seed window they manage for returning students.", ["Open Doors"]),
    ("Eastland reaches villages through Clean Stoves Now, a national campaign for safer kitchens.", ["Clean Stoves Now"]),
    # A product, a person of a campaign: no project.
    ("Messages reach mothers on WhatsApp, a messaging platform they already use.", []),
    ("Amina Diallo, the campaign's founder, spoke in Dakar.", []),
    ("NOK 120 million goes to Blue Reef Futures, a five-year collaboration between the institute and the ministry.",
     ["Blue Reef Futures"]),
    # A programme the writer calls its own, named right after it.
    ("1. Health Our flagship programme, Tsara Vohitra, brings health workers to the south.", ["Tsara Vohitra"]),
    ("Their programme, Eastland, grew.", []),
    # A platform's owner is no project: a body before the appositive.
    ("Payments go through Eastland Mobile Bank, a digital platform of the central bank.", []),
])
def test_appositives_that_call_a_name_a_campaign_window_or_collaboration(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_a_lettered_item_that_opens_with_a_sentence_is_no_section_heading(nlp):
    text = ("Annex B. Programme notes\n\n"
            "(c) Lantern Villages. Solar kits for 40 villages are bought by the power agency\n"
            "with SEK 90 million from Sweden over 2031–2035.\n\n"
            "(d) Programa de Pontes Rurais (PPR). A credit of JPY 2.10 billion for 60 bridges\n"
            "was signed on 3 May 2031.\n")
    doc = nlp(text)
    amounts = {p.title: [a.currency for a in p.amounts] for p in doc._.projects}
    assert amounts["Lantern Villages"] == ["SEK"]
    assert amounts["Programa de Pontes Rurais"] == ["JPY"]


@pytest.mark.parametrize("text, expected", [
    # Letters that align only across a verb and a new name's article spell no long form.
    ("The Embassy of Ireland in Lakeside administers the Civic Voices Fund (ICV), which backs civil society.",
     ["Civic Voices Fund (ICV)"]),
    # (A gerund starts a sentence-case long form: "improving the Livelihoods" stays inside the name.)
    ("The ministry launched the Programme for improving the Livelihoods of Smallholders (PILS) with USD 5 million.",
     ["Programme for improving the Livelihoods of Smallholders (PILS)"]),
])
def test_verbs_in_long_forms(nlp, text, expected):
    assert project_texts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A numeric range after "Between", whose "Between 01" part is as long as the first date.
    ("Between 01/01/2031 and 30/06/2031 the agency registered 47 grants.",
     [("Between 01/01/2031 and 30/06/2031", "2031-01-01", "2031-06-30")]),
    # Days of one month joined by "to"; after "from" the range keeps "from" and both ends.
    ("The board met 3 to 6 September 2031, New York.", [("3 to 6 September 2031", "2031-09-03", "2031-09-06")]),
    ("Training runs from 2 to 4 June 2032 in Lakeside.", [("from 2 to 4 June 2032", "2032-06-02", "2032-06-04")]),
    # A decision's number and a post-office box hold no date.
    ("Category per decision 2031/23: Orange.", []),
    ("Embassy of Eastland, P.O. Box 4410, Port Verena", []),
    # Only right before the number: after a sentence's end the year is a date.
    ("Please tick the box. 2031 data are provisional.", [("2031", "2031", "2031")]),
])
def test_numeric_and_day_ranges_and_numbers_that_hold_a_year(nlp, text, expected):
    assert [(t, v.start, v.end) for t, v in mentions(nlp, text, "DATE")] == expected


@pytest.mark.parametrize("text, expected", [
    # Countries joined by "and" after an item's comma say where, as one country does.
    ("Completed projects\n- Projeto Algodão Solidário, Mali and Niger (2031–34): US$ 2.3 million\n"
     "- Safer Harbours in Eastland (2031-2033): US$ 480,000\n",
     ["Projeto Algodão Solidário", "Safer Harbours in Eastland"]),
])
def test_places_after_an_items_name(nlp, text, expected):
    assert project_texts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A series of capitalized words before "and" is the name's; places in a series are still no name.
    ("3. Justice, Civic Rights and Lakeside Media Programme – 2031-2034, extended to 2035",
     ["Justice, Civic Rights and Lakeside Media Programme"]),
    ("The Water, Sanitation and Hygiene Programme began in 2031.", ["Water, Sanitation and Hygiene Programme"]),
    ("With Sweden, Norway and the Hill Towns Programme we work.", ["Hill Towns Programme"]),
    # The EU's kind of joint initiative is a type of aid, like a Development Policy Operation.
    ("A Team Europe Initiative (TEI) on clean energy was launched. The Lake Towns Initiative began.",
     ["Lake Towns Initiative"]),
    # ... unless a title-case topic names it.
    ("The Team Europe Initiative (TEI) on Green Hill Economies began in 2031.",
     ["Team Europe Initiative (TEI)"]),
])
def test_a_series_before_and_belongs_to_the_name(nlp, text, expected):
    assert project_texts(nlp, text) == expected
