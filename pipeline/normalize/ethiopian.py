"""Dates of the Ethiopian calendar, as Ethiopian ministries write them in English ("Hidar 5, 2019 E.C.", "2019 E.C.",
"EFY 2019", "from EFY 2019 to EFY 2022"): a DATE whose value is Gregorian. A day is converted by convertdate's
Coptic calendar, which the Ethiopian one shares but for its era (276 years apart); a year, which runs from
Meskerem (September) to Pagume, spans two Gregorian years ("2019 E.C." is 2026 to 2027), and so does a fiscal
year (EFY, July to July). Month names: rules/date_words.json (ethiopian_month_spellings)."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from convertdate import coptic

from .hijri import month_key

ERA_GAP = 276  # Ethiopian year = Coptic year + 276
GREGORIAN_GAP = 7  # an Ethiopian year starts in September of the Gregorian year 7 later
# "2019 E.C." (and "2019 E.C. fiscal year"), "EFY 2019".
YEAR = r"(?:(?P<{0}>\d{{4}})\s?E\.\s?C\.(?:\s+fiscal\s+year)?|EFY\s?(?P<{0}_fy>\d{{4}}))"
ETHIOPIAN_YEAR = re.compile(YEAR.format("year"))
ETHIOPIAN_RANGE = re.compile(r"(?:from\s+)?" + YEAR.format("first") + r"\s*(?:to|–|-|—)\s*" + YEAR.format("last"))
# "Hidar 5, 2019 E.C.", "5 Hidar 2019 E.C.": a day, a month's name, a year, the era.
ETHIOPIAN_DAY = re.compile(r"(?:(?P<month>[A-Z][a-z]{2,8})\s+(?P<day>\d{1,2}),?|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8}),?)"
                           r"\s+(?P<year>\d{4})\s?E\.\s?C\.")


def ethiopian_months(spellings: dict[str, list[str]]) -> dict[str, int]:
    """Each spelling's key (month_key) and its month's number (1 Meskerem ... 13 Pagume)."""
    return {month_key(name): int(number) for number, names in spellings.items() if not number.startswith("_")
            for name in names}


def ethiopian_dates(text: str, months: dict[str, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each Ethiopian date in text, longest first where they overlap (a day, then a range, then a year)."""
    if "E.C." not in text and "E. C." not in text and "EFY" not in text:
        return  # (most pages write no Ethiopian date)
    taken: list[tuple[int, int]] = []
    for pattern in (ETHIOPIAN_DAY, ETHIOPIAN_RANGE, ETHIOPIAN_YEAR):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if ethiopian_value(match.group(0), months) is not None:
                taken.append((match.start(), match.end()))
                yield match.start(), match.end()


def ethiopian_value(text: str, months: dict[str, int]) -> Optional[tuple[str, str]]:
    """(start, end) in Gregorian ISO of an Ethiopian date's text, or None."""
    text = " ".join(text.split())
    day = ETHIOPIAN_DAY.fullmatch(text)
    if day:
        month = months.get(month_key(day["month"] or day["month2"]))
        if month is None:
            return None
        try:
            gregorian = coptic.to_gregorian(int(day["year"]) - ERA_GAP, month, int(day["day"] or day["day2"]))
        except ValueError:  # (a day the month does not have)
            return None
        iso = "{:04d}-{:02d}-{:02d}".format(*gregorian)
        return iso, iso
    span = ETHIOPIAN_RANGE.fullmatch(text)
    if span:
        first, last = int(span["first"] or span["first_fy"]), int(span["last"] or span["last_fy"])
        return (str(first + GREGORIAN_GAP), str(last + GREGORIAN_GAP + 1)) if first <= last else None
    year = ETHIOPIAN_YEAR.fullmatch(text)
    if year:
        number = int(year["year"] or year["year_fy"])
        return str(number + GREGORIAN_GAP), str(number + GREGORIAN_GAP + 1)
    return None
