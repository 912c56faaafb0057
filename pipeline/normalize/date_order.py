"""The order of a page's numeric dates: day first ("27/10/2011") or month first ("10/27/2011"), from the page's own
evidence, else from the habit of the country it is about (CLDR's short date format)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .calendar_words import MONTHS
from .dates import NUMERIC_DATE, NUMERIC_DATE_HINT, WRITTEN_DAY_MONTH, WRITTEN_MONTH_DAY


def writes_day_first(text: str) -> bool:
    """Whether a document's numeric dates put the day first: some first number cannot be a month
    ("27/10/2011") and none of the second numbers is past 12 ("10/27/2011").

    >>> writes_day_first("signed 27/10/2011, closed 05/03/2012")
    True
    >>> writes_day_first("signed 05/03/2012")
    False
    """
    return bool(numeric_order(text))


def numeric_order(text: str) -> Optional[bool]:
    """Whether a document's numeric dates put the day first (True), the month first (False), or None when nothing in
    it tells: no number past 12 on either side, and as many dates written out in one order as in the other.

    >>> numeric_order("Posted 04/07/2031") is None
    True
    """
    pairs = [(int(a), int(b)) for a, b in NUMERIC_DATE.findall(text)] if NUMERIC_DATE_HINT.search(text) else []
    if not pairs or any(b > 12 for _, b in pairs):
        return False
    if any(a > 12 for a, _ in pairs):
        return True
    # ("9 June 2031 ... 05/02/2031", "2 de abril ... 06-01-2031": a page that writes its dates out day first
    # writes its figures so too; "May 12, 2025" is the month-first convention.)
    day_month = sum(m[2].casefold().rstrip(".") in MONTHS for m in WRITTEN_DAY_MONTH.finditer(text))
    month_day = sum(m[1].casefold().rstrip(".") in MONTHS for m in WRITTEN_MONTH_DAY.finditer(text))
    return None if day_month == month_day else day_month > month_day


@lru_cache(maxsize=256)
def country_writes_day_first(iso2: str) -> bool:
    """Whether CLDR's short date format for a country puts the day first ("dd/MM/y" in Zambia, "M/d/yy" in the United
    States): in English there, else in its official or de facto languages; a locale that only inherits English's
    default ("en_XX" writing "M/d/yy") or puts the year first ("y-MM-dd") tells nothing, and the next one is read."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    for language in ("en",) + tuple(get_official_languages(iso2, de_facto=True)):
        try:
            pattern = Locale.parse(f"{language}_{iso2}").date_formats["short"].pattern.lstrip()
        except (UnknownLocaleError, ValueError):
            continue
        if language == "en" and iso2 != "US" and pattern == _english_default() or pattern.startswith("y"):
            continue
        return pattern.startswith("d")
    return False


@lru_cache(maxsize=1)
def _english_default() -> str:
    from babel import Locale

    return Locale.parse("en").date_formats["short"].pattern.lstrip()
