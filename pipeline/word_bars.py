"""Navigation and language bars: a country's demonym there names a language or a menu entry, not the country."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span


def in_word_bar(doc: Doc, span: Span) -> bool:
    """A one-word cell of a navigation or language bar of three or more cells ("English | Deutsch | Français"),
    or of a language switcher of two ("English (en) | Português (pt)")."""
    layout = doc._.layout
    if layout is None:
        return False
    line = layout.line_at(span.start_char)
    text = layout.text
    # "Language: English | Français | Español", "Español · English · Português": a word whose neighbour across a bar
    # is a language's name, on a line of words (a table's row of figures, "| Spanish | Portuguese | US$ 3 million |",
    # holds demonyms).
    if line.kind != "row":
        return _bar_of_words(text, line, span) and _beside_a_language(text, line, span)
    if not any(c.isdigit() for c in text[line.start : line.end]):
        if _beside_a_language(text, line, span, wide_gaps=True):
            return True
    cells = [LANGUAGE_CODE.sub("", layout.text[a:b]) for a, b in line.cells]
    if span.text not in cells:
        return False
    if len(cells) == 2 or line.key_value:
        # ("Japanese...." is a one-cell "key ..... value" row: there is no other cell.)
        other = next((cell for cell in cells if cell != span.text), None)
        return len(cells) == 2 and other in english_language_names()
    return len(cells) >= 3 and sum(len(cell.split()) == 1 for cell in cells) >= 2


# The word across a bar from a cell: "English | " before it, " | Español" after it; or across a wide gap, as a bar's
# last cell may hold two links ("| Français  Español").
BAR_NEIGHBOUR_LEFT = re.compile(r"([^\W\d_]+)(?:[ \t]*\|[ \t]*|[ \t]{2,})$")
BAR_NEIGHBOUR_RIGHT = re.compile(r"(?:[ \t]*\|[ \t]*|[ \t]{2,})([^\W\d_]+)")
# (" · " parts a language switcher's entries too: "Español · English · Português".)
DOT_NEIGHBOUR_LEFT = re.compile(r"([^\W\d_]+)[ \t]+[·•][ \t]+$")
DOT_NEIGHBOUR_RIGHT = re.compile(r"[ \t]+[·•][ \t]+([^\W\d_]+)")


BAR_OR_DOT = re.compile(r"\s*[|·•]\s*")


def _bar_of_words(text: str, line, span: Span) -> bool:
    """Whether the span stands in a run of one-word entries parted by bars or dots ("Español · English · Português")."""
    start = max(text.rfind("   ", line.start, span.start_char) + 1, line.start)
    end = text.find("   ", span.end_char, line.end)
    entries = BAR_OR_DOT.split(text[start : end if end != -1 else line.end].strip())
    return len(entries) >= 2 and all(len(entry.split()) == 1 for entry in entries)


def _beside_a_language(text: str, line, span: Span, wide_gaps: bool = False) -> bool:
    """Whether a neighbour of the span across a bar or a dot (or a wide gap, in a table's row) is a language's name,
    on a line without figures."""
    if any(c.isdigit() for c in text[line.start : line.end]):
        return False
    for left_pattern, right_pattern in ((BAR_NEIGHBOUR_LEFT, BAR_NEIGHBOUR_RIGHT), (DOT_NEIGHBOUR_LEFT, DOT_NEIGHBOUR_RIGHT)):
        for m in (left_pattern.search(text, line.start, span.start_char), right_pattern.match(text, span.end_char, line.end)):
            if m is None or not wide_gaps and not BAR_OR_DOT.search(m.group(0)):
                continue
            if m.group(1) in english_language_names() or m.group(1) in own_language_names():
                return True
    return False


# "Português (pt)": a language's name with its ISO 639 code, as language switchers write it.
LANGUAGE_CODE = re.compile(r"\s*\([a-z]{2,3}\)$")


@lru_cache(maxsize=1)
def english_language_names() -> frozenset[str]:
    """Language names in English, from CLDR through Babel ("English", "Spanish", "Swahili")."""
    from babel import Locale

    return frozenset(Locale("en").languages.values())


@lru_cache(maxsize=1)
def own_language_names() -> frozenset[str]:
    """Languages' names in themselves, capitalized as language bars write them ("Français", "Español"), from CLDR."""
    import pickle

    from babel import Locale, localedata

    names = set()
    for identifier in localedata.locale_identifiers():
        if "_" not in identifier:
            # A locale's own file, unmerged, holds its name in most cases (a third of the time Locale.parse takes to
            # merge each with its parents); the few that inherit it ("nb" from "no") are parsed.
            with open(localedata.resolve_locale_filename(identifier), "rb") as file:
                name = pickle.load(file).get("languages", {}).get(identifier)
            name = name or Locale.parse(identifier).get_language_name()
            if name:
                names.add(name[:1].upper() + name[1:])
    return frozenset(names)
