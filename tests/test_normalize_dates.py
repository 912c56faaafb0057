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
NEGATIVES = ["two years", "currently", "last year", "one to two-year projects", "March", "15 July", "1,400", "Friday"]
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


@pytest.mark.parametrize("text", NEGATIVES)
def test_dates_negatives_have_no_value(text):
    assert normalize_date(text) is None


@pytest.mark.parametrize("text,modifier,start,end", KNOWN_GAPS, ids=_ids(KNOWN_GAPS))
@pytest.mark.xfail(strict=True, reason="known gap: unusual field orders")
def test_dates_known_gaps(text, modifier, start, end):
    value = normalize_date(text, modifier)
    assert value is not None and (value.start, value.end) == (start, end)
