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
    ("Interviews ran between 4 and 19 March 2031 in two towns.",
     [("between 4 and 19 March 2031", "2031-03-04", "2031-03-19")]),
    ("Fieldwork lasted between 3 Novem-\nber and 12 December 2030.",
     [("between 3 Novem-\nber and 12 December 2030", "2030-11-03", "2030-12-12")]),
    # French, Spanish and Portuguese "de ... à/a/al": the range word is in the span, as "from ... to" is.
    ("Le projet est mis en œuvre de mars 2031 à juin 2034, après une phase de 2025 à 2029.",
     [("de mars 2031 à juin 2034", "2031-03", "2034-06"), ("de 2025 à 2029", "2025", "2029")]),
    ("El programa se ejecuta del 1 de abril de 2030 al 31 de marzo de 2033.",
     [("del 1 de abril de 2030 al 31 de marzo de 2033", "2030-04-01", "2033-03-31")]),
    ("O projeto decorre de 2030 a 2034.", [("de 2030 a 2034", "2030", "2034")]),
    ("A second phase could start from 2033 and continue beyond 2036.",
     [("2033", "2033", None), ("2036", "2036", None)]),
    ("The grant runs to May 2032 and will operate until at least June 2035.",
     [("May 2032", None, "2032-05"), ("June 2035", None, "2035-06")]),
    ("A no-cost extension\nto April 2033 was agreed.", [("April 2033", None, "2033-04")]),
    ("The survey is from 2029; support continues from 2031.", [("2029", "2029", "2029"), ("2031", "2031", None)]),
    ("The mill dates from 1931; the rule is effective from March 2032.",
     [("1931", "1931", "1931"), ("March 2032", "2032-03", "2032-03")]),
    # "to" reaches a date written right after it, not one behind "the end of".
    ("Targets for 2032 refer to the end of FY2032/33.", [("2032", "2032", "2032"), ("FY2032/33", "2032", "2033")]),
    # Quarters by CLDR's names in French, Spanish and Portuguese; a month at a part's precision; fiscal years
    # after "financial year" and before "fiscal years"; a possessive year names a thing.
    ("Missions: 2º trimestre de 2031, T4 2032 et 1er trimestre 2033; el 3.er trimestre de 2034.",
     [("2º trimestre de 2031", "2031-04", "2031-06"), ("T4 2032", "2032-10", "2032-12"),
      ("1er trimestre 2033", "2033-01", "2033-03"), ("3.er trimestre de 2034", "2034-07", "2034-09")]),
    ("Rate used (average, mid-March 2031 to mid-March 2032).", [("mid-March 2031 to mid-March 2032", "2031-03", "2032-03")]),
    ("Which grants run in the financial year 2031/32?", [("financial year 2031/32", "2031", "2032")]),
    ("Programmes active in calendar year 2031.", [("calendar year 2031", "2031", "2031")]),
    ("A package for the 2031-32 to\n2033-34 fiscal years.", [("2031-32 to\n2033-34 fiscal years", "2031", "2034")]),
    ("Boats were rebuilt after 2031's storms.", [("2031", "2031", "2031")]),
    # A document symbol's year is no date; neither is a bare number before a dash and a year.
    ("See document XY/ABCD/2031/P/L.7 for the numbering.", []),
    ("Table 3 – 2031 results", [("2031", "2031", "2031")]),
    # Quoted comma-separated export rows: ISO dates in cells, the year inside a grant code is no date.
    ('"GR-2031-0042","Orchard Trust","Mali; Chad","USD","1,250,000","980,400","2031-04-01","2033-03-31","Active"',
     [("2031-04-01", "2031-04-01", "2031-04-01"), ("2033-03-31", "2033-03-31", "2033-03-31")]),
]


@pytest.mark.parametrize("text,expected", DATES_IN_CONTEXT, ids=[c[0][:40] for c in DATES_IN_CONTEXT])
def test_dates_unseen_forms_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == expected


# (text, the COUNTRY spans the pipeline must find, with their ISO codes)
COUNTRIES_IN_CONTEXT = [
    ('"GR-2031-0042","Orchard Trust","Mali; Chad","2031-04-01","Active","Kenyan shilling amounts"',
     [("Mali", "ML"), ("Chad", "TD")]),
    ("A Burkinabè cooperative runs the mills.", [("Burkinabè", "BF")]),
    ("Funds came from the Government of Sierra Le-\none and from Burki-\nna Faso.",
     [("Sierra Le-\none", "SL"), ("Burki-\nna Faso", "BF")]),
    # A name of several words wrapped at a line end; a list of one-word names, one a line, stays apart.
    ("Staff of the Sri\nLanka Ports Board and of Papua New\n  Guinea met.", [("Sri\nLanka", "LK"), ("Papua New\n  Guinea", "PG")]),
    ("Niger\nMali\nChad", [("Niger", "NE"), ("Mali", "ML"), ("Chad", "TD")]),
    # "Upper"/"Lower" before a country word name a region of it.
    ("Wells in Upper Guinea and Lower Egypt, funded by Ghana.", [("Ghana", "GH")]),
    # A feature word written first, as French and Spanish do: the river and the lake are places.
    ("Les jardins longent le fleuve Sénégal et le lac Tchad, au Mali.", [("Mali", "ML")]),
    ("Las obras siguen el río Paraguay en Bolivia.", [("Bolivia", "BO")]),
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
