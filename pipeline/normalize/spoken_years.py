"""Years as they are spoken, in transcripts of press conferences and interviews: "twenty nineteen", "twenty
twenty-four", "nineteen ninety-eight" are 2019, 2024 and 1998 (a century's two digits, then the year's two)."""

from __future__ import annotations

import re

from num2words import num2words

CENTURIES = {"nineteen": "19", "twenty": "20"}
# The second half: "ten" to "ninety-nine" ("twenty one" is a count, not 2001; "twenty oh five" is left to the reader).
TEENS_AND_TENS = {num2words(n): n for n in list(range(10, 20)) + list(range(20, 100, 10))}
UNITS = {num2words(n): n for n in range(1, 10)}
SPOKEN_YEAR = re.compile(r"\b(?P<century>" + "|".join(CENTURIES) + r")\s+(?P<tens>" + "|".join(TEENS_AND_TENS)
                         + r")(?:[-‐\s]+(?P<unit>" + "|".join(UNITS) + r"))?\b", re.IGNORECASE)


def _year(match: re.Match) -> str:
    tens = TEENS_AND_TENS[match["tens"].lower()]
    unit = UNITS[match["unit"].lower()] if match["unit"] and tens >= 20 else 0
    if match["unit"] and tens < 20:
        return match.group(0)  # ("nineteen twelve-one" is no year)
    return f"{CENTURIES[match['century'].lower()]}{tens + unit:02d}"


def spoken_years_in_digits(text: str) -> str:
    """ "from twenty thirty-two to twenty thirty-six" -> "from 2032 to 2036"; other text unchanged."""
    return SPOKEN_YEAR.sub(_year, text)
