"""What the countries a page names say about it: which of two countries a shared demonym is ("Congolese" on a page
about the Democratic Republic of the Congo), and the order of its numeric dates when the page gives none itself."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping, Optional

from spacy.tokens import Doc, Span

from .normalize import normalize_country
from .normalize.date_order import country_writes_day_first, numeric_order
from .span_lists import span_text

NAMED_KEY = "fs_countries_named"  # doc.user_data: the page's countries by name, read once


def countries_named(doc: Doc, candidates: list[Span], countries: Mapping[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """(ISO code, "name" or "demonym") of each country a doc names, in text order. Only the longest reading of a name
    counts ("Republic of Congo" inside "Democratic Republic of Congo" does not)."""
    if NAMED_KEY not in doc.user_data:
        longest, reach = [], -1
        for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
            if candidate.end > reach:
                longest.append(candidate)
                reach = candidate.end
        doc.user_data[NAMED_KEY] = [(found.iso2, found.form) for candidate in longest
                                    if (found := normalize_country(span_text(candidate), countries))]
    return doc.user_data[NAMED_KEY]


def demonym_country(named: list[tuple[str, str]], shared: tuple[str, ...]) -> Optional[str]:
    """The country a shared demonym is of: the one of its countries the page names by name, when it names only that
    one."""
    by_name = {code for code, form in named if form == "name"}
    pages = [code for code in shared if code in by_name]
    return pages[0] if len(pages) == 1 else None


def page_writes_day_first(text: str, named: Callable[[], list[tuple[str, str]]]) -> bool:
    """Whether a page's numeric dates put the day first: its own evidence ("27/10/2011", dates written out), else the
    habit of the one country it names most, by name or demonym ("Posted 04/07/2031" on a page about Zambian farmers is
    the 4th of July). A page that names the United States, or two countries equally often, keeps the month first."""
    order = numeric_order(text)
    if order is not None:
        return order
    codes = [code for code, _form in named()]
    counts = Counter(codes).most_common(2)
    if not counts or "US" in codes or len(counts) == 2 and counts[0][1] == counts[1][1]:
        return False
    return country_writes_day_first(counts[0][0])
