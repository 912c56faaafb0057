"""Dates of the Islamic (Hijri) calendar, as the English releases of Arab and Islamic development funds write
them beside or instead of Gregorian ones ("signed on 12 Rajab 1446 AH"): a DATE whose value is the Gregorian day
(the Umm al-Qura calendar, converted by the hijridate package). Month names: hijridate's, and the spellings in
rules/date_words.json (hijri_month_spellings)."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from hijridate import Hijri

# "12 Rajab 1446 AH", "3rd Ramadan 1445H", "1 Dhul-Hijjah 1444 A.H.": a day, a month's name, a year, the era.
HIJRI_DATE = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][A-Za-z'’]*(?:[\s-][A-Za-z'’]+){0,2})"
                        r"\s*,?\s+(?P<year>1[3-5]\d\d)\s*(?:AH\b|A\.H\.|H\b)")


def month_key(name: str) -> str:
    """A month's name compared without case, apostrophes, hyphens, dots or spaces ("Rabi' al-Awwal" -> "rabialawwal")."""
    return re.sub(r"[\s'’.-]", "", name).casefold()


def hijri_months(spellings: dict[str, list[str]]) -> dict[str, int]:
    """Each known spelling's key (month_key) and its month's number."""
    months = {month_key(Hijri(1445, number, 1).month_name()): number for number in range(1, 13)}
    for number, names in spellings.items():
        if not number.startswith("_"):
            months.update({month_key(name): int(number) for name in names})
    return months


def hijri_dates(text: str, months: dict[str, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each Hijri date in text whose month is a known one and whose day exists."""
    if "H" not in text:
        return  # (no era written: most pages hold no Hijri date)
    for match in HIJRI_DATE.finditer(text):
        if gregorian_day(match.group(0), months) is not None:
            yield match.start(), match.end()


def gregorian_day(text: str, months: dict[str, int]) -> Optional[str]:
    """The Gregorian day ("2025-01-12") of a Hijri date's text, or None."""
    match = HIJRI_DATE.fullmatch(" ".join(text.split()))
    month = months.get(month_key(match.group("month"))) if match else None
    if month is None:
        return None
    try:
        return Hijri(int(match.group("year")), month, int(match.group("day"))).to_gregorian().isoformat()
    except (ValueError, OverflowError):  # (a day the month does not have, a year outside the tables)
        return None
