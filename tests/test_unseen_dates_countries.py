"""DATE and COUNTRY forms of unseen pages: export rows, French/Spanish range words, weak range words,
document symbols, words broken across lines, feature words written first. All text is invented."""

import pytest

from pipeline.normalize import normalize_date
from pipeline.tokenizer import MAX_RUN, _pieces

# (text, modifier, start, end): "from" and "to" open a single year or period, not a range of years.
WEAK_MODIFIERS = [
    ("2033", "from", "2033", None),
    ("2036", "beyond", "2036", None),
    ("May 2032", "to", None, "2032-05"),
    ("FY2031/32", "from", "2031", None),
    ("Q2 2032", "to", None, "2032-06"),
    # A range of years after a weak word is the range itself.
    ("2031–2035", "from", "2031", "2035"),
    ("2031–2035", "to", "2031", "2035"),
    # Phrases that name a point: an origin, an effective date, a comparison, a cause.
    ("1931", "dates from", "1931", "1931"),
    ("March 2032", "effective from", "2032-03", "2032-03"),
    ("2029", "compared to", "2029", "2029"),
    ("2031", "due to", "2031", "2031"),
]


@pytest.mark.parametrize("text,modifier,start,end", WEAK_MODIFIERS, ids=[f"{r[1]} {r[0]}" for r in WEAK_MODIFIERS])
def test_dates_weak_range_words(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert (value.start, value.end) == (start, end)


# (text, the DATE spans the pipeline must find, with their values)
DATES_IN_CONTEXT = [
    ("Between 4 and 19 March 2031, enumerators visited two towns.",
     [("Between 4 and 19 March 2031", "2031-03-04", "2031-03-19")]),
    ("Two census teams worked between 3 Novem-\nber and 12 December 2030 in the hills.",
     [("between 3 Novem-\nber and 12 December 2030", "2030-11-03", "2030-12-12")]),
    # French, Spanish and Portuguese "de ... à/a/al": the range word is in the span, as "from ... to" is.
    ("Les travaux dureront de mars 2031 à juin 2034 ; une première tranche s'était déroulée de 2025 à 2029.",
     [("de mars 2031 à juin 2034", "2031-03", "2034-06"), ("de 2025 à 2029", "2025", "2029")]),
    ("Vigencia del convenio: del 1 de abril de 2030 al 31 de marzo de 2033.",
     [("del 1 de abril de 2030 al 31 de marzo de 2033", "2030-04-01", "2033-03-31")]),
    ("As obras de irrigação vão de 2030 a 2034, segundo o ministério.", [("de 2030 a 2034", "2030", "2034")]),
    ("Should donors agree, grants resume from 2033 and may last beyond 2036.",
     [("2033", "2033", None), ("2036", "2036", None)]),
    ("Phase one runs to May 2032; the clinics stay open until at least June 2035, officials say.",
     [("May 2032", None, "2032-05"), ("June 2035", None, "2035-06")]),
    # A weak word at the start of a line still opens the date after it.
    ("The board gave the builders more time, moving the deadline\nto April 2033.", [("April 2033", None, "2033-04")]),
    ("Payments continue from 2031, though the poverty census they rely on is from 2029.",
     [("2031", "2031", None), ("2029", "2029", "2029")]),
    ("Effective from March 2032, a new tariff replaces one that dates from 1931.",
     [("March 2032", "2032-03", "2032-03"), ("1931", "1931", "1931")]),
    # "to" reaches a date written right after it, not one behind "the end of".
    ("Baseline: 2030. Where a milestone is dated, it refers to the end of FY2032/33.",
     [("2030", "2030", "2030"), ("FY2032/33", "2032", "2033")]),
    # Quarters by CLDR's names in French, Spanish and Portuguese; a month at a part's precision; fiscal years
    # after "financial year" and before "fiscal years"; a possessive year names a thing.
    ("Calendrier : visite au 1er trimestre 2033, rapport en T4 2032. Calendario: taller en el 2º trimestre de "
     "2031 y cierre en el 3.er trimestre de 2034.",
     [("1er trimestre 2033", "2033-01", "2033-03"), ("T4 2032", "2032-10", "2032-12"),
      ("2º trimestre de 2031", "2031-04", "2031-06"), ("3.er trimestre de 2034", "2034-07", "2034-09")]),
    ("The shilling lost a tenth of its value over mid-March 2031 to mid-March 2032.",
     [("mid-March 2031 to mid-March 2032", "2031-03", "2032-03")]),
    ("Financial year 2031/32 budgets are not yet final.", [("Financial year 2031/32", "2031", "2032")]),
    ("Disbursements, calendar year 2031, by sector", [("calendar year 2031", "2031", "2031")]),
    ("Aid pledged covers the 2031-32 to\n2033-34 fiscal years, with a review midway.",
     [("2031-32 to\n2033-34 fiscal years", "2031", "2034")]),
    ("Prices fell sharply after 2032's rains.", [("2032", "2032", "2032")]),
    # A document symbol's year is no date; neither is a bare number before a dash and a year.
    ("Reference QR/WXYZ/2031/P/L.7 (French version) is attached.", []),
    ("Figure 2 – 2031 yields by district", [("2031", "2031", "2031")]),
    # Quoted comma-separated export rows: ISO dates in cells, the year inside a grant code is no date.
    ('"Closed","2030-11-15","2032-06-30","EUR","75,500","Lake Schools Alliance","KX-2030-117"',
     [("2030-11-15", "2030-11-15", "2030-11-15"), ("2032-06-30", "2032-06-30", "2032-06-30")]),
    # Dates written year first with dots, as East Asian agencies' news lists do (a release number is no date).
    ("Field notes\n2031.04.22 Pump committees tour the new wells\nUpdated 2030.11.09; app version 2030.2.1.",
     [("2031.04.22", "2031-04-22", "2031-04-22"), ("2030.11.09", "2030-11-09", "2030-11-09")]),
    # Months written "07.2031" in a range of a period column; such a number alone stays a number.
    ("Phase | Period | Budget\nfirst | 03.2031 – 02.2034 | 5'120'000\nThe index rose to 10.2031 last week.",
     [("03.2031 – 02.2034", "2031-03", "2034-02")]),
    # Outside a table cell such numbers are a rate, not months.
    ("The krona traded at 11.2005 – 11.2090 per euro.", []),
    # A year in a file reference, a notice's code or a telephone number is no date.
    ("File ref. 2031-0063\nNOTICE NO: 2031/HRX/009\nHelpdesk: +1 555 014 2031", []),
]


@pytest.mark.parametrize("text,expected", DATES_IN_CONTEXT, ids=[c[0][:40] for c in DATES_IN_CONTEXT])
def test_dates_unseen_forms_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == expected


# (text, the COUNTRY spans the pipeline must find, with their ISO codes)
COUNTRIES_IN_CONTEXT = [
    ('"2029-08-30","Kenyan shilling amounts","Chad; Mali","Pending","LK-88"',
     [("Chad", "TD"), ("Mali", "ML")]),
    ("Mills are run by women's groups, most of them Burkinabè.", [("Burkinabè", "BF")]),
    ("Co-financing: Sierra Le-\none (40%), Burki-\nna Faso (60%).",
     [("Sierra Le-\none", "SL"), ("Burki-\nna Faso", "BF")]),
    # A name of several words wrapped at a line end; a list of one-word names, one a line, stays apart.
    ("Delegates from Papua New\n  Guinea joined a Sri\nLanka field visit.", [("Papua New\n  Guinea", "PG"), ("Sri\nLanka", "LK")]),
    ("Chad\nNiger\nMali", [("Chad", "TD"), ("Niger", "NE"), ("Mali", "ML")]),
    # "Upper"/"Lower" before a country word name a region of it.
    ("Ghana pays for boreholes across Lower Egypt and Upper Guinea.", [("Ghana", "GH")]),
    # A feature word written first, as French and Spanish do: the river and the lake are places.
    ("Au Mali, des pêcheurs du lac Tchad et du fleuve Sénégal se sont réunis.", [("Mali", "ML")]),
    ("En Bolivia, la carretera cruza el río Paraguay dos veces.", [("Bolivia", "BO")]),
]


@pytest.mark.parametrize("text,expected", COUNTRIES_IN_CONTEXT, ids=[c[0][:40] for c in COUNTRIES_IN_CONTEXT])
def test_countries_unseen_forms_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.iso2) for s in doc.spans["COUNTRY"]] == expected


def test_tokenizer_quoted_export_row_splits_at_each_field(nlp):
    tokens = [t.text for t in nlp.make_doc('"GR-7","Trust (OT)","2031-04-01"')]
    assert tokens == ['"', "GR", "-", "7", '"', ",", '"', "Trust", "(", "OT", ")", '"', ",", '"',
                      "2031", "-", "04", "-", "01", '"']


def test_tokenizer_long_export_rows_are_cut_between_fields():
    row = ",".join(f'"2031-0{i}-1{i}"' for i in range(1, 10)) + " and more"
    pieces = list(_pieces(row))
    assert "".join(pieces) == row
    assert all(len(p.strip()) <= MAX_RUN for p in pieces)
    # Every cut falls after a field's closing quote and comma, so no date is split.
    assert all(p.endswith('",') for p in pieces[:-2])
    # The space after the run stays with its last word.
    assert pieces[-2].endswith(" ") and pieces[-1] == "and more"


# (text, the DATE spans with their values): "from"/"to" before one year keep it a point where the date
# names a source, a year describes a noun after it, or the phrase compares; they still open a start or end.
FROM_TO_IN_CONTEXT = [
    ("Data from 2022 show that poverty fell.", [("2022", "2022", "2022")]),
    ("Results from 2021 were used as the baseline", [("2021", "2021", "2021")]),
    ("A report from March 2023 found gaps.", [("March 2023", "2023-03", "2023-03")]),
    ("Emissions fell 10% from 2019 levels.", [("2019", "2019", "2019")]),
    ("Delays were linked to 2024 elections.", [("2024", "2024", "2024")]),
    ("In addition to 2023, the survey covers 2024.", [("2023", "2023", "2023"), ("2024", "2024", "2024")]),
    ("Similar to 2022, rains were late.", [("2022", "2022", "2022")]),
    ("The team returned to 2019 targets.", [("2019", "2019", "2019")]),
    # Open starts and ends that stay open, a function word or the sentence's end after them.
    ("The programme runs from 2025.", [("2025", "2025", None)]),
    ("It draws on funding from 2024 and beyond.", [("2024", "2024", None)]),
    ("The scheme runs to June 2027 under a new board.", [("June 2027", None, "2027-06")]),
    ("The loan was extended to 2030 following a review.", [("2030", None, "2030")]),
    ("No grants are planned beyond 2027.", [("2027", "2027", None)]),
]


@pytest.mark.parametrize("text,expected", FROM_TO_IN_CONTEXT, ids=[c[0][:40] for c in FROM_TO_IN_CONTEXT])
def test_dates_from_to_open_only_a_start_or_end(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == expected


def test_date_point_phrases_end_in_a_weak_range_word(rules):
    # A pair that ends in another word would never be looked up (span_values checks the word before the date).
    assert all(phrase.split()[-1] in {"from", "to", "beyond"} for phrase in rules.date_words["point_phrases"])


@pytest.mark.parametrize("text,span,start,end", [
    ("Period: Q1 2031 - Q4 2034 | Budget", "Q1 2031 - Q4 2034", "2031-01", "2034-12"),
    ("2031–present The third phase began.", "2031–present", "2031", None),
    ("Work has gone on from 2031 to date.", "2031 to date", "2031", None),
])
def test_quarter_ranges_with_a_spaced_dash_and_ranges_open_to_the_present(nlp, text, span, start, end):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == [(span, start, end)]


def test_two_months_joined_by_and_share_the_year_after_them(nlp):
    doc = nlp("The storms of May and June 2031 cut the roads.")
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == [("May and June 2031", "2031-05", "2031-06")]


@pytest.mark.parametrize("text,span,start,end", [
    ("En el tercer trimestre de 2031 la obra avanzó poco.", "tercer trimestre de 2031", "2031-07", "2031-09"),
    ("Les travaux démarrent au deuxième trimestre 2032.", "deuxième trimestre 2032", "2032-04", "2032-06"),
])
def test_romance_quarters_with_worded_ordinals(nlp, text, span, start, end):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == [(span, start, end)]


@pytest.mark.parametrize("text,span", [("Para el ejercicio 2031 el fondo prevé más.", "ejercicio 2031"),
                                       ("Cifras del ejercicio fiscal 2032.", "ejercicio fiscal 2032")])
def test_spanish_fiscal_years_keep_their_word(nlp, text, span):
    doc = nlp(text)
    assert [s.text for s in doc.spans["DATE"]] == [span]
