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

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
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
OPEN_END = {"since", "after"}
OPEN_START = {"before", "until", "till", "by", "prior to", "through", "up to"}

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:the\s+)?(?P<{0}>\d{{1,2}}|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>1[89]\d\d|2[01]\d\d)"
_SEP = r"\s*[-/.\s]\s*"


def _pattern(template: str) -> re.Pattern:
    return re.compile(
        "^"
        + template.format(M=_MONTH.format("m"), D=_DAY.format("d"), Y=_YEAR.format("y"), SEP=_SEP)
        + "$",
        re.IGNORECASE,
    )


# Each point form: what a single date (or a range's end) may look like.
POINT_FORMS = [
    _pattern(r"(?:(?:fiscal|calendar)\s+(?:year\s+)?|fy\s*|year\s+)?{Y}"),
    _pattern(r"{M}(?:\s+of|\s+in)?\s*,?\s*{Y}"),
    _pattern(r"{Y}\s+{M}"),
    _pattern(r"{M}\s*[-/]\s*{Y}"),
    _pattern(r"{D}(?:\s+of)?\s+{M}(?:\s+of|\s+in)?\s*,?\s*{Y}"),
    _pattern(r"{M}\s*{D}(?:\s+of|\s+in)?\s*,?\s*{Y}"),
    _pattern(r"{D}{SEP}{M}{SEP}{Y}"),
    _pattern(r"{M}{SEP}{D}{SEP}{Y}"),
    _pattern(r"{Y}{SEP}{M}{SEP}{D}"),
    _pattern(r"{Y}\s*-\s*(?P<mm>\d{{1,2}})\s*-\s*(?P<dd>\d{{1,2}})"),
    _pattern(r"{Y}\s*-\s*(?P<mm>\d{{1,2}})"),
    _pattern(r"(?P<mm>\d{{1,2}})\s*-\s*{Y}"),
    _pattern(r"(?P<aa>\d{{1,2}})\s*([/.-])\s*(?P<bb>\d{{1,2}})\s*\2\s*{Y}"),
    _pattern(r"(?P<aa>\d{{1,2}})\s*/\s*(?P<bb>\d{{1,2}})\s*,\s*{Y}"),
    _pattern(r"{D}\s*,\s*{Y}"),
    # Parts without a year, completed by the other end of a range.
    _pattern(r"{M}"),
    _pattern(r"{D}(?:\s+of)?\s+{M}"),
    _pattern(r"{M}\s*{D}"),
    _pattern(r"(?P<aa>\d{{1,2}})\s*/\s*(?P<bb>\d{{1,2}})"),
    _pattern(r"(?P<d>\d{{1,2}})"),
]
DECADE = re.compile(r"^(?:the\s+)?(?P<y>(?:1[89]|20)\d0)\s*(?:'|’)?\s*s$", re.IGNORECASE)
SPLIT_YEAR = re.compile(
    r"^(?:(?:fiscal|fy)\s*(?:year\s*)?)?(?P<y>(?:1[89]|2[01])\d\d)\s*(?:[-–—/~]|to)\s*(?P<y2>\d{2}|\d{4})$", re.IGNORECASE
)
OPEN_RANGE = re.compile(r"^(?P<point>.*\d)\s*[-–—]$")
RANGE_LEAD = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)
CONNECTOR = re.compile(r"\s*(?:\bto\b|\bthrough\b|\btill\b|\buntil\b|\band\b|[-–—~])\s*", re.IGNORECASE)


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


def _parse_point(text: str) -> Optional[Point]:
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
            # cannot be a month; dotted dates (21.12.2012) are always day first.
            day_first = first > 12 or "." in text
            month, day = (second, first) if day_first else (first, second)
        point = Point(year, month, day)
        return point if point.is_valid() else None
    return None


def _parse_range(text: str) -> Optional[tuple[Point, Point]]:
    for connector in CONNECTOR.finditer(text):
        left, right = text[: connector.start()], text[connector.end() :]
        if not left or not right:
            continue
        first, last = _parse_point(left), _parse_point(right)
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


def normalize_date(text: str, modifier: Optional[str] = None) -> Optional[DateValue]:
    """Normalize a DATE span's text.

    text (str): the span's text, range words included ("between 2018 and 2022").
    modifier (str | None): a word just before the span (since, after, before, until, by,
        in, as of); since/after give an open end, before/until/by an open start.
    RETURNS (DateValue | None): None when the text holds no year.
    """
    text = " ".join(text.split())
    if not re.search(r"\d{4}", text):
        return None
    open_range = OPEN_RANGE.match(text)
    if open_range:
        # "2020-": from that date on.
        point = _parse_point(open_range["point"])
        if point is None or point.year is None:
            return None
        return DateValue(start=point.iso(), end=None)
    decade = DECADE.match(text)
    split_year = SPLIT_YEAR.match(text)
    if decade:
        start, end = decade["y"], str(int(decade["y"]) + 9)
    elif split_year:
        first, last = split_year["y"], split_year["y2"]
        if len(last) == 2:
            last = first[:2] + last
        if last <= first:
            # "2019-03" is a month, not a range.
            point = _parse_point(text)
            if point is None or point.year is None:
                return None
            start = end = point.iso()
        else:
            start, end = first, last
    else:
        body = RANGE_LEAD.sub("", text)
        point = _parse_point(body)
        if point is not None and point.year is not None:
            start = end = point.iso()
        else:
            ends = _parse_range(body)
            if ends is None:
                return None
            start, end = ends[0].iso(), ends[1].iso()
    word = (modifier or "").lower()
    if word in OPEN_END:
        end = None
    elif word in OPEN_START:
        start = None
    return DateValue(start=start, end=end)
