"""DATE text -> {"start", "end"} at the precision the text gives.

>>> normalize_date("from 1977 to 1986")
DateValue(start='1977', end='1986')
>>> normalize_date("11-12 December 2017")
DateValue(start='2017-12-11', end='2017-12-12')
>>> normalize_date("2013", modifier="since")
DateValue(start='2013', end=None)
>>> normalize_date("the 1980's")
DateValue(start='1980', end='1989')
>>> normalize_date("two years") is None
True
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple, Optional

from ..models import DateValue
from .calendar_words import HALF_NAMES, MONTH_JOINERS, MONTHS, QUARTER_NAMES
from .spoken_years import spoken_years_in_digits
from .countries import LINE_BREAK_HYPHEN  # a word broken at a line end ("Octo-\nber 2016")

ORDINALS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
ORDINALS.update({f"twenty-{w}": 20 + n for w, n in list(ORDINALS.items())[:9]})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
# Words before a date that turn a point into an open range (spec: DATE).
# "extended to 2028" gives the new end only ("ends in 2028" and "from 2019" alone stay points, as the
# development families annotate them).
OPEN_END = {"since", "after", "depuis", "desde", "earlier than",  # ("no earlier than 2031": from 2031 on)
            "a partir", "à partir"}  # ("a partir de marzo de 2031": from then on)
# (Before a range with its end, "a partir de 2031 hasta 2034", these keep the range whole.)
RANGE_OPENERS = {"a partir", "à partir"}
OPEN_START = {"before", "until", "till", "by", "prior to", "through", "up to", "extended to", "extension to",
              "hasta", "até", "l'horizon", "l’horizon",  # ("à l'horizon 2031": French for "by 2031")
              "d'ici", "d’ici", "jusqu'en", "jusqu’en", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au",  # ("d'ici 2040": by 2040)
              "en met",  # (Dutch "tot en met 14 oktober 2031": until; "van 2025 tot 2030" is a range)
              "later than",  # ("no later than 15 June 2031", "not later than 2031": by then)
              "tardar en", "más tardar"}  # (Spanish "a más tardar en diciembre de 2031": by then)
# Weaker words that open a single year or period only ("from 2026" -> start, "runs to June 2027" -> end,
# "beyond 2027" -> start); before a range of years they introduce it ("runs from 2021–2025").
WEAK_OPEN_END = {"from", "beyond"}
WEAK_OPEN_START = {"to"}
RANGE_WORD_INSIDE = re.compile(r"\s(?:to|and|au|al|até|à|hasta)\s|\d\s*[–—-]\s*\d", re.IGNORECASE)
# Words around them that keep a date a point ("data from 2022", "similar to 2022") are in rules/date_words.json.

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "1st", and the French and Portuguese "1er", "1º".
_DAY = r"(?:the\s+)?(?P<{0}>\d{{1,2}}|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<{0}>1[89]\d\d|2[01]\d\d)"
_SEP = r"\s*[-/.\s]\s*"
_JOINER = r"(?:\s+(?:" + "|".join(MONTH_JOINERS) + r"))"


def _pattern(template: str) -> re.Pattern:
    return re.compile(
        "^"
        + template.format(M=_MONTH.format("m"), D=_DAY.format("d"), Y=_YEAR.format("y"), SEP=_SEP, J=_JOINER)
        + "$",
        re.IGNORECASE,
    )


# Each point form: what a single date (or a range's end) may look like.
POINT_FORMS = [
    _pattern(r"(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?|[fc]y\s*|year\s+"
             r"|(?:ejercicio|exercice|exercício|vigencia)\s+(?:(?:fiscal|budgétaire|financiero)\s+)?)?{Y}"),
    _pattern(r"{M}{J}?\s*,?\s*{Y}"),
    _pattern(r"{Y}\s+{M}"),
    _pattern(r"{M}\s*[-/]\s*{Y}"),
    _pattern(r"{D}{J}?\s+{M}{J}?\s*,?\s*{Y}"),
    _pattern(r"{M}\s*{D}{J}?\s*,?\s*{Y}"),
    _pattern(r"{D}{SEP}{M}{SEP}{Y}"),
    _pattern(r"{M}{SEP}{D}{SEP}{Y}"),
    _pattern(r"{Y}{SEP}{M}{SEP}{D}"),
    _pattern(r"{Y}\s*(?P<sep>[-/])\s*(?P<mm>\d{{1,2}})\s*(?P=sep)\s*(?P<dd>\d{{1,2}})"),  # "2024-10-02", "2024/10/02"
    _pattern(r"{Y}\s*-\s*(?P<mm>\d{{1,2}})"),
    _pattern(r"{Y}\.(?P<mm>\d{{1,2}})\.(?P<dd>\d{{1,2}})"),  # "2024.10.15", as East Asian agencies write it
    _pattern(r"{Y}\.(?P<mm>\d{{2}})"),
    _pattern(r"(?P<mm>\d{{1,2}})\s*[-/]\s*{Y}"),
    _pattern(r"(?P<mm>\d{{2}})\.{Y}"),  # "03.2031 – 02.2034", as Swiss and German tables write months
    _pattern(r"(?P<aa>\d{{1,2}})\s*([/.-])\s*(?P<bb>\d{{1,2}})\s*\2\s*{Y}"),
    _pattern(r"(?P<aa>\d{{1,2}})\s*/\s*(?P<bb>\d{{1,2}})\s*,\s*{Y}"),
    _pattern(r"{D}\s*,\s*{Y}"),
    # Parts without a year, completed by the other end of a range.
    _pattern(r"{M}"),
    _pattern(r"{D}{J}?\s+{M}"),
    _pattern(r"{M}\s*{D}"),
    _pattern(r"(?P<aa>\d{{1,2}})\s*/\s*(?P<bb>\d{{1,2}})"),
    _pattern(r"(?P<d>\d{{1,2}})"),
]
DECADE = re.compile(r"^(?:the\s+)?(?P<y>(?:1[89]|20)\d0)\s*(?:'|’)?\s*s$", re.IGNORECASE)
SPLIT_YEAR = re.compile(
    r"^(?:(?:fiscal|financial|fy)\s*)?(?:year\s*)?(?P<y>(?:1[89]|2[01])\d\d)\s*(?:[-–—/~]|to)\s*(?P<y2>\d{2}|\d{4})$", re.IGNORECASE
)
OPEN_RANGE = re.compile(r"^(?P<point>.*\d)\s*[-–—]$")
# Range words in English, French, Spanish and Portuguese ("entre 2018 et 2022", "de enero a marzo de 2020").
RANGE_TO_WORDS = ("to", "through", "till", "until", "à", "au", "a", "al", "hasta", "até")
RANGE_AND_WORDS = ("and", "et", "y", "e")
# Words before a range's first end that belong to its span ("from 1977 to 1986", "between 2018 and 2022").
RANGE_LEAD_WORDS = ("from", "between", "entre", "desde", "de", "du", "del")
RANGE_LEAD = re.compile(r"^(?:" + "|".join(RANGE_LEAD_WORDS) + r")\s+", re.IGNORECASE)
# "Q4 2020", "the fourth quarter of 2020", "2020 Q4", "H1 2021", "the first half of 2021": periods of months; a
# fiscal year's quarter, "Q3 FY2031" or "Q3 CY2031", is read as that year's (the spec gives no fiscal calendar).
# ("Quarter 3, 2031", "Half 2 2031": the noun, then the part's number.)
_PART = (r"(?:(?P<kind>q|h)(?P<n>[1-4])|(?P<word>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)"
         r"|(?P<noun>quarter|half)\s+(?P<n2>[1-4]))")
PART_OF_YEAR = [
    re.compile(r"^(?:the\s+)?" + _PART + r"(?:\s+(?:of|in))?(?:\s+calendar)?(?:\s+year)?"
               r"\s*[-/,]?\s*(?:[FC]Y\s?)?(?P<y>(?:1[89]|2[01])\d\d)$", re.IGNORECASE),  # (a fiscal or calendar year's quarter)
    re.compile(r"^(?P<y>(?:1[89]|2[01])\d\d)\s*[-/]?\s*" + _PART + r"$", re.IGNORECASE),
]
PART_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "T4 2025", "2º trimestre de 2024", "1er trimestre 2026": CLDR's quarter names, with a joiner before the year.
NAMED_QUARTER = re.compile(r"^(?P<name>" + "|".join(re.escape(n) for n in sorted(QUARTER_NAMES, key=len, reverse=True))
                           + r")(?:\s+(?:de|del|of))?\s*[-/,]?\s*(?P<y>(?:1[89]|2[01])\d\d)$", re.IGNORECASE)
NAMED_HALF = re.compile(r"^(?P<name>" + "|".join(re.escape(n) for n in sorted(HALF_NAMES, key=len, reverse=True))
                        + r")(?:\s+(?:de|del))?\s*[-/,]?\s*(?P<y>(?:1[89]|2[01])\d\d)$", re.IGNORECASE)
# "2013-14 fiscal year", "the 2018/2019 financial year": the year words after the date.
FISCAL_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+years?$", re.IGNORECASE)
# "end-2027", "mid-2019": the year at that precision (a leading "by" still closes the range).
# "FY24", "FY24-26": fiscal years written with two digits, as bank pages often do (FY98 is 1998).
SHORT_FISCAL = re.compile(r"\bFY(\d{2})\b", re.IGNORECASE)
# "Jan '25", "Q3 ’27": a year written with two digits after an apostrophe.
APOSTROPHE_YEAR = re.compile(r"(?<=\s)['’](\d{2})\b")
# "mid-March 2031 to mid-March 2032": the month at that precision.
YEAR_PART = re.compile(r"(?<!\w)(?:end|mid|early|late|start)\s*-\s*(?=\d{4}$|\d{4}\b|[^\W\d_])", re.IGNORECASE)
CONNECTOR = re.compile(
    r"\s*(?:" + "|".join(rf"(?<!\w){w}(?!\w)" for w in RANGE_TO_WORDS + RANGE_AND_WORDS) + r"|[-–—~])\s*", re.IGNORECASE
)


class Point(NamedTuple):
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]

    def iso(self) -> Optional[str]:
        if self.year is None:
            return None
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def is_valid(self) -> bool:
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if self.month is None:
                return 1 <= self.day <= 31
            try:
                datetime.date(self.year or 2000, self.month, self.day)
            except ValueError:
                return False
        return True


def _parse_point(text: str, day_first: bool = False) -> Optional[Point]:
    text = text.strip()
    for form in POINT_FORMS:
        match = form.match(text)
        if not match:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        year = int(groups["y"]) if "y" in groups else None
        month = MONTHS[groups["m"].lower().rstrip(".")] if "m" in groups else None
        day = None
        if "d" in groups:
            day = ORDINALS.get(groups["d"].lower()) or int(groups["d"])
        if "mm" in groups:
            month = int(groups["mm"])
            day = int(groups["dd"]) if "dd" in groups else None
        if "aa" in groups:
            first, second = int(groups["aa"]), int(groups["bb"])
            # Month first, as US English writes it with / and -, unless the first number
            # cannot be a month or the document writes days first; dotted dates (21.12.2012) are always day first.
            swap = first > 12 or "." in text or (day_first and second <= 12)
            month, day = (second, first) if swap else (first, second)
        point = Point(year, month, day)
        return point if point.is_valid() else None
    return None


def _parse_range(text: str, day_first: bool = False) -> Optional[tuple[Point, Point]]:
    for connector in CONNECTOR.finditer(text):
        left, right = text[: connector.start()], text[connector.end() :]
        if not left or not right:
            continue
        first, last = _parse_point(left, day_first), _parse_point(right, day_first)
        if first is None or last is None or last.year is None:
            continue
        # Complete the first end from the last: "11-12 December 2017", "Jan-Feb 2017".
        month = first.month
        if first.day is not None and month is None:
            month = last.month
        if last.month is None and last.day is not None:
            last = Point(last.year, first.month, last.day)
        year = first.year
        if year is None:
            year = last.year - 1 if (month and last.month and month > last.month) else last.year
        first = Point(year, month, first.day)
        if not (first.is_valid() and last.is_valid()) or last.month is None and last.day is not None:
            continue
        if (first.iso() or "") > (last.iso() or ""):
            continue
        return first, last
    return None


ORDINAL_DOT = re.compile(r"(?<=\d)\.(?=[^\W\d_]|º)")  # "1.er", "2.º": the dot of an ordinal
FOUR_DIGITS = re.compile(r"\d{4}")


def _part_of_year(text: str) -> Optional[tuple[str, str]]:
    named = NAMED_QUARTER.match(ORDINAL_DOT.sub("", text))
    if named:
        number, year = QUARTER_NAMES[named["name"].casefold()], named["y"]
        return f"{year}-{number * 3 - 2:02d}", f"{year}-{number * 3:02d}"
    half = NAMED_HALF.match(ORDINAL_DOT.sub("", text))
    if half:
        number, year = HALF_NAMES[half["name"].casefold()], half["y"]
        return f"{year}-{number * 6 - 5:02d}", f"{year}-{number * 6:02d}"
    for form in PART_OF_YEAR:
        match = form.match(text)
        if match:
            named = (match["kind"] or match["unit"] or match["noun"]).lower()
            unit = "half" if named in ("h", "half") else "quarter"
            number = int(match["n"] or match["n2"]) if match["n"] or match["n2"] else PART_WORDS[match["word"].lower()]
            size = 6 if unit == "half" else 3
            if number * size > 12:
                return None
            year = match["y"]
            return f"{year}-{number * size - size + 1:02d}", f"{year}-{number * size:02d}"
    return None


def _split_sides(text: str, day_first: bool = False) -> Optional[tuple[str, str]]:
    """A range whose ends are themselves periods: "from FY 2015/16 to FY 2017/18" -> 2015..2018."""
    for connector in CONNECTOR.finditer(text):
        left, right = text[: connector.start()], text[connector.end() :]
        first, last = _bounds(left, day_first) if left else None, _bounds(right, day_first) if right else None
        if first and last and first[0] and last[1] and first[0] <= last[1]:
            return first[0], last[1]
    return None


def _bounds(text: str, day_first: bool = False) -> Optional[tuple[Optional[str], Optional[str]]]:
    """Start and end ISO strings of a date text without its leading modifier."""
    text = FISCAL_AFTER.sub("", YEAR_PART.sub("", text))
    open_range = OPEN_RANGE.match(text)
    if open_range:
        # "2020-": from that date on.
        point = _parse_point(open_range["point"], day_first)
        if point is None or point.year is None:
            return None
        return point.iso(), None
    decade = DECADE.match(text)
    if decade:
        return decade["y"], str(int(decade["y"]) + 9)
    part = _part_of_year(text)
    if part:
        return part
    split_year = SPLIT_YEAR.match(text)
    if split_year:
        first, last = split_year["y"], split_year["y2"]
        if len(last) == 2:
            last = first[:2] + last
        if last > first:
            return first, last
        # "2019-03" is a month, not a range.
        point = _parse_point(text, day_first)
        return (point.iso(), point.iso()) if point is not None and point.year is not None else None
    body = RANGE_LEAD.sub("", text)
    point = _parse_point(body, day_first)
    if point is not None and point.year is not None:
        return point.iso(), point.iso()
    ends = _parse_range(body, day_first)
    if ends is not None:
        return ends[0].iso(), ends[1].iso()
    return _split_sides(body, day_first)


# (The first digit is read before looking behind it, where a leading \b would be tried at every position.)
NUMERIC_DATE = re.compile(r"(\d(?<!\w\d)\d?)[/-](\d{1,2})[/-](?:1[89]|2[01])\d\d\b")
# What every NUMERIC_DATE match holds from its first separator on: the engine skips from dash to dash and slash to slash
# for it (NUMERIC_DATE tries each digit of the text); a text without it (most) has no numeric date.
NUMERIC_DATE_HINT = re.compile(r"[/-]\d\d?[/-](?:1[89]|2[01])\d\d")
WRITTEN_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|°|º)?\s+(?:de\s+)?([^\W\d_]{3,}\.?)\s+(?:de\s+)?(?:19|20)\d\d\b")
WRITTEN_MONTH_DAY = re.compile(r"\b([^\W\d_]{3,}\.?)\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d\d\b")


AMBIGUOUS_NUMERIC = re.compile(r"(?P<a>\d\d?)[/-](?P<b>\d\d?)[/-](?:1[89]|2[01])\d\d")
WRITTEN_DATE = re.compile(WRITTEN_DAY_MONTH.pattern + "|" + WRITTEN_MONTH_DAY.pattern)


def other_reading(text: str, day_first: bool, written: frozenset[str]) -> Optional[DateValue]:
    """The other order of an ambiguous numeric date ("12/09/2031", both numbers 12 or less) when only that
    reading is a day the document writes out: comments under a story dated "September 12, 2031" are of that
    day, whatever the page's habit.

    >>> other_reading("12/09/2031", False, frozenset({"2031-09-12"})).start
    '2031-09-12'
    """
    match = AMBIGUOUS_NUMERIC.fullmatch(text.strip())
    if not match or match["a"] == match["b"] or int(match["a"]) > 12 or int(match["b"]) > 12:
        return None
    ours, other = normalize_date(text, day_first=day_first), normalize_date(text, day_first=not day_first)
    if ours is None or other is None or ours.start in written or other.start not in written:
        return None
    return other


def numeric_order_shown(text: str) -> bool:
    """Whether some numeric date cannot be read both ways ("27/10/2031", "10/27/2031").

    >>> numeric_order_shown("paid 27/10/2031 and 04/03/2032"), numeric_order_shown("paid 04/03/2032")
    (True, False)
    """
    pairs = NUMERIC_DATE.findall(text) if NUMERIC_DATE_HINT.search(text) else []
    return any(int(a) > 12 or int(b) > 12 for a, b in pairs)


def written_days(text: str) -> frozenset[str]:
    """The days a document writes out with their month's name ("12 September 2031", "September 12, 2031")."""
    days = set()
    for match in WRITTEN_DATE.finditer(text):
        value = normalize_date(match.group(0))
        if value is not None and value.start and len(value.start) == 10:
            days.add(value.start)
    return frozenset(days)


# "1ro. de julio de 2024", "primero de marzo de 2021": the first of the month as Spanish and Portuguese write it.
# ("primeiro trimestre de 2031" is a quarter, not a day.)
FIRST_DAY = re.compile(r"^(?:1ro|1ero|1ra|primero|primeiro)\.?\s+(?!(?:tri|se)mestre)", re.IGNORECASE)

# "l'exercice 2023-2024", "la gestión 2023" (Bolivia's fiscal year): a Romance budget year, read as a fiscal year.
ROMANCE_FISCAL = re.compile(r"^(?:l['’])?(?:ejercicio|exercice|exercício|gestión|vigencia)(?:\s+(?:fiscal|budgétaire|financiero))?\s+",
                            re.IGNORECASE)


def normalize_date(text: str, modifier: Optional[str] = None, day_first: bool = False) -> Optional[DateValue]:
    """Normalize a DATE span's text.

    text (str): the span's text, range words included ("between 2018 and 2022").
    modifier (str | None): a word just before the span (since, after, before, until, by,
        in, as of); since/after give an open end, before/until/by an open start.
    day_first (bool): read "04/10/2011" as 4 October (the document writes days first).
    RETURNS (DateValue | None): None when the text holds no year.
    """
    text = " ".join(LINE_BREAK_HYPHEN.sub("", text).split())
    if "twenty" in text.lower() or "nineteen" in text.lower():
        text = spoken_years_in_digits(text)
    text = FIRST_DAY.sub("1 ", text)
    text = ROMANCE_FISCAL.sub("fiscal ", text)
    text = SHORT_FISCAL.sub(lambda m: "FY" + ("19" if m[1] > "60" else "20") + m[1], text)
    text = APOSTROPHE_YEAR.sub(lambda m: ("19" if m[1] > "60" else "20") + m[1], text)
    if not FOUR_DIGITS.search(text):
        return None
    bounds = _bounds(text, day_first)
    if bounds is None:
        return None
    start, end = bounds
    word = (modifier or "").lower()
    # A weak word before a range of years introduces the range; before one year or period it opens it.
    # (A quarter, a fiscal year written "2020/21", is one period; "3 to 6 May 2031" is a range of days.)
    single = start is not None and end is not None and (start == end or not RANGE_WORD_INSIDE.search(text)
                                                       or len(start) == len(end) == 4 and int(end[:4]) - int(start[:4]) <= 1)
    if word in OPEN_END and (single or word not in RANGE_OPENERS) or word in WEAK_OPEN_END and single:
        end = None
    elif word in OPEN_START or word in WEAK_OPEN_START and single:
        start = None
    return DateValue(start=start, end=end)
