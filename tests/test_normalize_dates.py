"""normalize_date: one table per provenance (spec tables, factsheet forms, bugs caught, known gaps)."""

import pytest

from pipeline.normalize import normalize_date

# (text, modifier, start, end)
SPEC = [
    ("1974", None, "1974", "1974"),
    ("November 2013", None, "2013-11", "2013-11"),
    ("31 January 2019", None, "2019-01-31", "2019-01-31"),
    ("January 31, 2019", None, "2019-01-31", "2019-01-31"),
    ("2019-01-31", None, "2019-01-31", "2019-01-31"),
    ("from 1977 to 1986", None, "1977", "1986"),
    ("1977-1986", None, "1977", "1986"),
    ("1977–86", None, "1977", "1986"),
    ("2020-", None, "2020", None),
    ("2013", "since", "2013", None),
    ("1987", "after", "1987", None),
    ("2000", "before", None, "2000"),
    ("2025", "until", None, "2025"),
    ("the 1980s", None, "1980", "1989"),
    ("the 1980's", None, "1980", "1989"),
    ("fiscal 2008", None, "2008", "2008"),
    ("FY2008", None, "2008", "2008"),
    ("2018-22", None, "2018", "2022"),
    ("2009/10", None, "2009", "2010"),
    ("FY2014/15", None, "2014", "2015"),
    ("fiscal year 2007/2008", None, "2007", "2008"),
    ("2030", "by", None, "2030"),
    ("31 January 2019", "as of", "2019-01-31", "2019-01-31"),
    ("March 2014", "in", "2014-03", "2014-03"),
    ("11-12 December 2017", None, "2017-12-11", "2017-12-12"),
    ("February 14-15, 2017", None, "2017-02-14", "2017-02-15"),
    ("between 2016 and April 2021", None, "2016", "2021-04"),
    ("between 2018 and 2022", None, "2018", "2022"),
]
FACTSHEETS = [
    ("2005 –2012", None, "2005", "2012"),
    ("03.02.2011 - 30.09.2015", None, "2011-02-03", "2015-09-30"),
    ("2016-04-05 – 2019-07-31", None, "2016-04-05", "2019-07-31"),
    ("14-Mar-2021", None, "2021-03-14", "2021-03-14"),
    ("August 2006 – 2010", None, "2006-08", "2010"),
    ("from June 12, 2009 to May 1, 2014", None, "2009-06-12", "2014-05-01"),
    ("from 1 May 2020 to 31 March 2025", None, "2020-05-01", "2025-03-31"),
    ("the 1990s", "since", "1990", None),
    ("December 2015", "until", None, "2015-12"),
    ("2016", "before", None, "2016"),
    ("1 March 2016 – 31 August 2016", None, "2016-03-01", "2016-08-31"),
    ("12.11.2012", None, "2012-11-12", "2012-11-12"),
    ("October 3, 2011", None, "2011-10-03", "2011-10-03"),
    ("2012-2013", None, "2012", "2013"),
    ("2003–2017", None, "2003", "2017"),
    ("July 1997 – June 2002", None, "1997-07", "2002-06"),
]
BUGS_CAUGHT = [
    # Dotted dates are day first even when the day could be a month.
    ("01.10.2017", None, "2017-10-01", "2017-10-01"),
    # A trailing dash is an open range, not a failed range.
    ("2024-", None, "2024", None),
    # since/before apply to a decade's range too.
    ("the 1970s", "since", "1970", None),
    ("from May to Oct 2020", None, "2020-05", "2020-10"),
    ("Nov-Feb 2017", None, "2016-11", "2017-02"),
    ("fourth of july 1995", None, "1995-07-04", "1995-07-04"),
    ("2017 april", None, "2017-04", "2017-04"),
    ("2026", "through", None, "2026"),
]
# Issue 9: month names from CLDR (fr/es/pt), quarters, fiscal-year words after the year, line breaks.
REAL_PAGES = [
    ("3 avril 2011", None, "2011-04-03", "2011-04-03"),
    ("février 2019", None, "2019-02", "2019-02"),
    ("7 de octubre de 2030", None, "2030-10-07", "2030-10-07"),
    ("marzo del 2012", None, "2012-03", "2012-03"),
    ("novembro de 2027", None, "2027-11", "2027-11"),
    ("1 de março de 2016", None, "2016-03-01", "2016-03-01"),
    ("12 janv. 2015", None, "2015-01-12", "2015-01-12"),
    ("09/2017", None, "2017-09", "2017-09"),
    ("Q1 2019", None, "2019-01", "2019-03"),
    ("2023 Q3", None, "2023-07", "2023-09"),
    ("the third quarter of 2016", None, "2016-07", "2016-09"),
    ("H2 2014", None, "2014-07", "2014-12"),
    ("the first half of 2022", None, "2022-01", "2022-06"),
    ("end-2031", "by", None, "2031"),
    ("end-2031", None, "2031", "2031"),
    ("2012 fiscal year", None, "2012", "2012"),
    ("2013-14 fiscal year", None, "2013", "2014"),
    ("2008/2009 financial year", None, "2008", "2009"),
    ("FY 2016/17", None, "2016", "2017"),
    ("from FY 2014/15 to FY 2017/18", None, "2014", "2018"),
    ("19.04.2021", None, "2021-04-19", "2021-04-19"),
    ("28/02/2010", None, "2010-02-28", "2010-02-28"),
    ("Octo-\nber 2012", None, "2012-10", "2012-10"),
    ("Febru-\nary 2006 to May 2009", None, "2006-02", "2009-05"),
    ("August 3,\n2020", None, "2020-08-03", "2020-08-03"),
    ("1er juillet 2018", None, "2018-07-01", "2018-07-01"),
    ("1º de abril de 2024", None, "2024-04-01", "2024-04-01"),
    ("entre 2013 et 2016", None, "2013", "2016"),
    ("febrero a mayo de 2021", None, "2021-02", "2021-05"),
    ("desde 2009 hasta 2012", None, "2009", "2012"),
    ("2018", "desde", "2018", None),
]
NEGATIVES = ["Q5 2020", "two years", "currently", "last year", "one to two-year projects", "March", "15 July", "1,400", "Friday"]
KNOWN_GAPS = [
    # Month-year-day orders and bare day numbers are not parsed.
    ("September-2020-23", None, "2020-09-23", "2020-09-23"),
    ("2016 10 16", None, "2016-10-16", "2016-10-16"),
]


def _ids(rows):
    return [f"{r[1] + ' ' if r[1] else ''}{r[0]}" for r in rows]


@pytest.mark.parametrize("text,modifier,start,end", SPEC, ids=_ids(SPEC))
def test_dates_spec(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text,modifier,start,end", FACTSHEETS, ids=_ids(FACTSHEETS))
def test_dates_factsheet_forms(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text,modifier,start,end", BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT))
def test_dates_bugs_caught(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text,modifier,start,end", REAL_PAGES, ids=_ids(REAL_PAGES))
def test_dates_real_page_forms(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert (value.start, value.end) == (start, end)


def test_dates_month_names_come_from_cldr_in_four_languages():
    from babel.dates import get_month_names

    from pipeline.normalize.calendar_words import MONTHS

    for locale in ("en", "fr", "es", "pt"):
        for number, name in get_month_names("wide", "format", locale).items():
            assert MONTHS[name.casefold()] == number


def test_dates_numeric_order_follows_the_document():
    assert (normalize_date("04/07/2016").start, normalize_date("04/07/2016", day_first=True).start) == ("2016-04-07", "2016-07-04")
    # A second number past 12 is a day whatever the document does.
    assert normalize_date("04/17/2016", day_first=True).start == "2016-04-17"


# (text, the DATE spans the pipeline must find, with their values)
IN_CONTEXT = [
    ("The loan was signed on 4 juin 2013 in Paris.", [("4 juin 2013", "2013-06-04", "2013-06-04")]),
    ("Repayment falls due on 30 de junio de 2040.", [("30 de junio de 2040", "2040-06-30", "2040-06-30")]),
    ("Works close by end-2027 at the latest.", [("end-2027", None, "2027")]),
    ("Approved in Q3 2015, effective in the second quarter of 2016.",
     [("Q3 2015", "2015-07", "2015-09"), ("the second quarter of 2016", "2016-04", "2016-06")]),
    ("Funds cover the 2012-13 fiscal year.", [("2012-13 fiscal year", "2012", "2013")]),
    ("Grants ran from FY 2015/16 to FY 2018/19 (the fund's years).", [("from FY 2015/16 to FY 2018/19", "2015", "2019")]),
    ("It was ratified on August 3,\n2020 by the board.", [("August 3,\n2020", "2020-08-03", "2020-08-03")]),
    ("It ran from Octo-\nber 2012 to June 2014.", [("from Octo-\nber 2012 to June 2014", "2012-10", "2014-06")]),
    ("Support grew in the 1970s and 1980s.", [("the 1970s", "1970", "1979"), ("1980s", "1980", "1989")]),
    ("Decree 31-2019 approved the loan; the Harbour Plan 2090 and Vision 2040 are goals.", []),
    ("Offices sit on Rua 12 de Maio and Avenida 25 de Setembro.", []),
    ("Signed 28/02/2011; closed 04/07/2016.", [("28/02/2011", "2011-02-28", "2011-02-28"), ("04/07/2016", "2016-07-04", "2016-07-04")]),
    ("Closed 04/07/2016.", [("04/07/2016", "2016-04-07", "2016-04-07")]),
    # Forms of unseen pages: month/year ranges in figures, a range broken across lines,
    # a decade in a compound, a year naming an event after "since the".
    ("Duration:  03/2021 - 09/2024 (phase one)", [("03/2021 - 09/2024", "2021-03", "2024-09")]),
    ("Grants ran from March 2014 to\n   May 2019 in four districts.", [("from March 2014 to\n   May 2019", "2014-03", "2019-05")]),
    ("It replaces the 1960s-era pumping station.", [("the 1960s", "1960", "1969")]),
    ("Prices rose since the 2008 crisis.", [("2008", "2008", "2008")]),
    ("Prices rose since 2008.", [("2008", "2008", None)]),
    # Fiscal-year ranges, year.month as Korean and Chinese sources write it, "onwards", "mid-", "extended to".
    ("Period: FY2022–FY2025", [("FY2022–FY2025", "2022", "2025")]),
    ("Duration: 2018.04–2021.11 (extended to 2022.06)",
     [("2018.04–2021.11", "2018-04", "2021-11"), ("2022.06", None, "2022-06")]),
    ("Allocation: up to USD 2 million | Period: 2023 onwards", [("2023 onwards", "2023", None)]),
    ("By mid-2022, 40 km were built.", [("mid-2022", None, "2022")]),
    ("Approved in May 2017 and extended to 2024.", [("May 2017", "2017-05", "2017-05"), ("2024", None, "2024")]),
    # Years inside identifiers and street addresses are not dates.
    ("Identifier: XX-ABC-12345678-2020-54321", []),
    ("Head office: 1717 K Street, Capital City", []),
    ("In 2019 road works began.", [("2019", "2019", "2019")]),
    ("Agree an exit plan before the end of 2027.", [("2027", None, "2027")]),
    ("The extension to March 2024 was agreed.", [("March 2024", None, "2024-03")]),
    # Fiscal years with two digits, as bank pages write them; "FY" alone or before a spaced number is no date.
    ("Commitments in FY24 reached a record.", [("FY24", "2024", "2024")]),
    ("The strategy covers FY25-28 and the FY26/27 budget.", [("FY25-28", "2025", "2028"), ("FY26/27", "2026", "2027")]),
    ("Results for FY23–FY25 are below.", [("FY23–FY25", "2023", "2025")]),
    ("An FY98 audit closed it.", [("FY98", "1998", "1998")]),
    ("The FY target of 24 schools was met.", []),
    # A grants export: semicolon-separated cells; the year inside a grant's code is no date.
    ("GRT-2024-031;Delta Seeds;USD 90,000;2024-05-01;2026-04-30;Togo",
     [("2024-05-01", "2024-05-01", "2024-05-01"), ("2026-04-30", "2026-04-30", "2026-04-30")]),
    ("GRT-2024-031 continues GRT-2021-007.", []),
    ("Press release No.: ABC/17/2026 - Annual report CY2024 (PDF).", [("CY2024", "2024", "2024")]),
    ("Signing is planned for the second quarter of calendar year 2027.", [("the second quarter of calendar year 2027", "2027-04", "2027-06")]),
]


@pytest.mark.parametrize("text,expected", IN_CONTEXT, ids=[c[0][:40] for c in IN_CONTEXT])
def test_dates_found_in_context(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.value.start, s._.value.end) for s in doc.spans["DATE"]] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_dates_negatives_have_no_value(text):
    assert normalize_date(text) is None


@pytest.mark.parametrize("text,modifier,start,end", KNOWN_GAPS, ids=_ids(KNOWN_GAPS))
@pytest.mark.xfail(strict=True, reason="known gap: unusual field orders")
def test_dates_known_gaps(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert value is not None and (value.start, value.end) == (start, end)
