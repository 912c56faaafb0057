"""Cabo Verde's escudo as it is written: "1.250.000$00", the cifrão standing where other currencies put a decimal
mark, between escudos and centavos. Pure; used by pipeline.normalize.money."""

from __future__ import annotations

import re

CIFRAO = re.compile(r"(\d{1,3}(?:\.\d{3})*)\$(\d\d)")


def escudos_in_words(text: str) -> str:
    """"1.250.000$00" -> "1.250.000 escudos", "2.500$50" -> "2.500,50 escudos"; any other text as it is.

    >>> escudos_in_words("1.250.000$00"), escudos_in_words("2.500$50"), escudos_in_words("$25")
    ('1.250.000 escudos', '2.500,50 escudos', '$25')
    """
    match = CIFRAO.fullmatch(text.strip())
    if match is None:
        return text
    whole, cents = match.groups()
    return f"{whole}{',' + cents if cents != '00' else ''} escudos"
