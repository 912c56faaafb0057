"""Parenthesized acronyms: which parentheses are acronyms, and where their long form starts.

A parenthesis after a name is its acronym only when it is shaped like one and its letters
align with the words before it (Schwartz & Hearst 2003, `alignment_start`); a parenthesis
holding money, a date, a number, a phase or a project code never is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..normalize.projects import alignment_start, is_acronym_of, looks_like_acronym
from ..token_table import token_table
from .context import LEADING_ARTICLES, POSSESSIVES, DetectionContext

# "(P123456)", "(BR-L1234)", "(project 12345-001)": reference numbers, not names.
PROJECT_CODE = re.compile(r"^[A-Za-z]{0,3}-?[A-Za-z]{0,2}\d{3,}|\d{3,}")
MAX_INNER_TOKENS = 6
# A citation's file type after a quoted title ('"X Programme: review" (PDF)'), never the title's acronym.
FILE_TYPES = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "html", "zip", "rtf", "odt"})


def closing_parenthesis(ctx: DetectionContext, open_index: int) -> Optional[int]:
    """The index of the ")" closing the "(" at open_index, on the same line, a few tokens on."""
    for close in range(open_index + 1, min(open_index + MAX_INNER_TOKENS + 1, len(ctx.doc))):
        text = ctx.texts[close]
        if text == ")":
            return close
        if text == "(" or "\n" in text:
            return None
    return None


def inner_is_never_acronym(ctx: DetectionContext, open_index: int, close: int) -> bool:
    """Money, a date, a bare number, a phase marker or a project code in the parenthesis."""
    # (The tokens [start, end) read from the token table, not as a Span and a Token per test.)
    start, end = open_index + 1, close
    if end <= start:
        return True
    start_char, end_char = ctx.starts[start], ctx.starts[end - 1] + len(ctx.texts[end - 1])
    if ctx.has_date(start_char, end_char) or token_table(ctx.doc).numbers[start] \
            or any(ctx.is_currency(k) for k in range(start, end)):
        return True
    text = ctx.text_of(start, end)
    if any(i in ctx.money_tokens for i in range(start, end)) or "%" in text or text in _money_words(ctx):
        return True
    return bool(PROJECT_CODE.search(text)) or ctx.place_at(start, end)


def _money_words(ctx: DetectionContext) -> frozenset[str]:
    """The words the page writes inside amounts: "(KZT)" after "Amounts in Kazakh tenge" is the code of "KZT 410 billion"."""
    words = ctx.memo.get("money words")
    if words is None:
        words = ctx.memo["money words"] = frozenset(ctx.texts[i] for i in ctx.money_tokens if ctx.texts[i].isalpha())
    return words


def acronym_after(ctx: DetectionContext, end: int, title_start: Optional[int] = None) -> Optional[int]:
    """If "(ACRONYM)" follows token `end` (the acronym may stand on the next line), the index after ")"."""
    open_index = end
    if open_index < len(ctx.doc) and ctx.spaces[open_index] and ctx.texts[open_index].count("\n") == 1:
        open_index += 1
    if open_index >= len(ctx.doc) or ctx.texts[open_index] != "(":
        return None
    close = closing_parenthesis(ctx, open_index)
    if close is None or inner_is_never_acronym(ctx, open_index, close):
        return None
    inner = ctx.text_of(open_index + 1, close)
    # "| Programa X (MIAS) |": a body's acronym the page gave before, not spelling the name, says who runs it.
    if title_start is not None and (inner in ctx.organization_acronyms or inner in ctx.vocab.organization_acronyms) \
            and alignment_start(inner, ctx.text_of(title_start, end)) is None:
        return None
    # "Ana Ruiz, Director, Lake Fund (DG)": two letters that spell nothing of the name are a post's or a speaker's.
    if title_start is not None and len(inner) <= 2 and alignment_start(inner, ctx.text_of(title_start, end)) is None:
        return None
    if title_start is not None and is_acronym_of(inner, ctx.text_of(title_start, end)):
        return close + 1
    return close + 1 if looks_like_acronym(inner) else None


# An acronym of capitals and the place it serves ("PPR-Haut Lac"): the capitals spell the long form before the place.
PLACE_ACRONYM = re.compile(r"(?P<caps>[A-Z]{3,})-(?P<place>[A-Z][a-z].*)")
# Words that bring a name into a sentence ("funded through the X Fund"), not words inside one.
ARRIVAL_WORDS = frozenset({"through", "via", "by", "from", "with", "under"})


def long_form_start(ctx: DetectionContext, acronym: str, start: int, end: int) -> Optional[int]:
    """The token where the long form of `acronym` starts within tokens [start, end), or None.

    The aligned start is moved left to the first word of the run that shares its initial
    ("Programme for Public Sector Reform (PPSR)" starts at "Programme" either way).
    """
    if start >= end:
        return None
    span = ctx.doc[start:end]
    text = ctx.text_of(start, end)  # (span.text, read once)
    # "PPR-Haut Lac", "ABC-Lakeville": the capitals before a place's name carry the alignment.
    # (The place is spelled out at the end of the long form: the capitals align with the words before it.)
    capitals = PLACE_ACRONYM.fullmatch(acronym)
    body = text[: -len(capitals["place"])].rstrip() if capitals and text.endswith(capitals["place"]) else text
    offset = alignment_start(capitals["caps"], body) if capitals else None
    if offset is None:
        offset = alignment_start(acronym, text)
    words = acronym.split()
    if offset is None and len(words) > 1:
        # "Tripartite Action ... (ASEAN TRIANGLE)": the name-like last word carries the alignment.
        offset = alignment_start(words[-1], text)
    prefix, _, rest = acronym.partition("-")
    if offset is None and len(rest) >= 2 and rest.isupper() and prefix in ctx.texts[max(0, start - 12) : start]:
        # "2023 – HF opens a Coastal Window (HF-CW)": the owner's acronym, named just before, prefixes the window's own.
        offset = alignment_start(rest, text)
    if offset is None:
        return _initials_start(ctx, acronym, start, end)
    aligned = ctx.doc.char_span(span.start_char + offset, span.end_char, alignment_mode="expand")
    if aligned is None:
        return None
    first = aligned.start
    # "Ireland in Lakeside administers the Civic Voices Fund (ICV)": letters that align across a verb and the article
    # of a new title-case name spell no long form ("Programme for improving the Livelihoods ..." has its head first).
    if any(ctx.texts[k].isalpha() and ctx.texts[k].islower() and not ctx.is_function(k) and not ctx.texts[k].endswith("ing")
           and ctx.texts[k + 1].lower() == "the" and ctx.texts[k + 2][:1].isupper()
           and not any(ctx.texts[j] in ctx.vocab.project_heads for j in range(first, k)) for k in range(first, end - 2)):
        return None
    initial = ctx.texts[first][:1].lower()
    for i in range(start, first):
        # (Not across a word no title holds between its head and the rest: "Japan through the Japan-Ruritania Fund".)
        # (A sentence-case long form, "Alliance for widening chances (CHANCES)", has lowercase words inside.)
        # ("Table 2 are total estimated costs (TEC)": nor across a verb before lowercase aligned words.)
        if any(ctx.texts[k] in ARRIVAL_WORDS or ctx.texts[k].isalpha() and ctx.texts[k].islower() and not ctx.is_function(k)
               and (ctx.texts[first][:1].isupper() or ctx.texts[k] in ctx.vocab.english_stop_words) for k in range(i + 1, first)):
            continue
        if ctx.texts[i][:1].lower() == initial and ctx.texts[i][:1].isupper():
            return i
    if ctx.texts[first].islower() and ctx.is_function(first):
        return None  # "... Kalmo and Tessit (AKT)": a long form does not start on "and"
    # "Second Coastal Roads Project (CRP-2)": an ordinal before the aligned words is part of the name.
    if first > start and ctx.texts[first - 1].lower() in ctx.vocab.ordinal_words:
        return first - 1
    # "Programa Caminos Altos (CA)", "Proyecto Lagos Limpios (LALI)": a head right before the aligned words opens the name.
    if first > start and ctx.texts[first][:1].isupper() and ctx.texts[first - 1] in ctx.vocab.foreign_heads:
        return first - 1
    # "Programme for Cleaner Harbours (CH)", "Support for Digital Trade (DT)": a head and
    # its preposition before the aligned words belong to the name.
    if first - 2 >= start and ctx.texts[first - 1] in ctx.vocab.prepositions and ctx.texts[first - 2][:1].isupper() \
            and ctx.texts[first - 2] not in POSSESSIVES:
        return first - 2
    return first


def _initials_start(ctx: DetectionContext, acronym: str, start: int, end: int) -> Optional[int]:
    """A looser alignment: most of the acronym's capitals are, in order, initials of the words
    ("Safer Work in the Lagoon Fishing Sector (LFSP)")."""
    capitals = [c for c in acronym if c.isupper()]
    words = [i for i in range(start, end) if ctx.texts[i][:1].isupper()]
    if len(capitals) < 3 or not words:
        return None
    k = matched = 0
    first = None
    for i in words:
        if k < len(capitals) and ctx.texts[i][0] == capitals[k]:
            first = i if first is None else first
            matched += 1
            k += 1
    return start if first is not None and matched / len(capitals) >= 0.6 else None


def place_acronym(ctx: DetectionContext, end: int, acronym: str) -> bool:
    """"United Arab Emirates (UAE)": the acronym spells the country name right before it."""
    for start in range(max(0, end - 6), end):
        if ctx.place_at(start, end):
            initials = "".join(ctx.texts[k][0] for k in range(start, end) if ctx.texts[k][:1].isupper())
            return acronym.replace(".", "") == initials
    return False


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """CLDR's names of languages in English, French, Spanish and Portuguese."""
    from babel import Locale

    return frozenset(name.lower() for locale in ("en", "fr", "es", "pt") for name in Locale(locale).languages.values())


def _own_name(code: str) -> str:
    """A language's name in itself ("sw": "kiswahili"), or "" when CLDR has no data for the code."""
    from babel import Locale, localedata

    return (Locale.parse(code).languages.get(code) or "").lower() if localedata.exists(code) else ""


def language_acronym(ctx: DetectionContext, begin: int, end: int, acronym: str) -> bool:
    """"English (EN)", "Kiswahili (SW)": a page's language switch, a language and its code."""
    if len(acronym) > 3 or end - begin != 1:
        return False
    word = ctx.texts[begin].lower()
    return word in _language_names() or acronym.isalpha() and word == _own_name(acronym.lower())


def sentence_case_start(ctx: DetectionContext, end: int, floor: int) -> Optional[int]:
    """A name in sentence case, "Partnership for safer migration in ... (SAFE)", taken from the
    start of its sentence when short and free of clause punctuation."""
    start = end - 1
    while start > floor and ctx.texts[start - 1] not in {".", ";", ":"} and not ctx.spaces[start - 1]:
        start -= 1
    start = max(start, floor)
    if ctx.texts[start].lower() in LEADING_ARTICLES:
        start += 1
    words = range(start, end)
    if not words or not ctx.texts[start][:1].isupper() or not 4 <= len(words) <= 16:
        return None
    if any(ctx.texts[i] in {",", "(", ")"} for i in words) or not any(ctx.texts[i].lower() in ctx.vocab.prepositions for i in words):
        return None
    return start


def window_start(ctx: DetectionContext, acronym: str, end: int, floor: int) -> Optional[int]:
    """Schwartz & Hearst's own window: at most min(n + 5, 2n) words before the parenthesis, within
    the sentence ("extends the Programme national d'appui au maïs (PNAM)")."""
    letters = sum(c.isalpha() for c in acronym.split()[0])
    limit, start, words = min(letters + 5, 2 * letters), end, 0
    # Words, not tokens: "agro-industrielles" and "d'appui" are one word each, as the paper counts them.
    while start > floor and words < limit and ctx.texts[start - 1] not in {".", ";", ":", ","} \
            and "\n" not in ctx.texts[start - 1]:
        start -= 1
        if not ctx.spaces[start] and (start == 0 or ctx.whitespaces[start - 1] or ctx.spaces[start - 1]):
            words += 1
    aligned = long_form_start(ctx, acronym, start, end)
    return aligned if aligned is not None and ctx.texts[aligned][:1].isupper() else None
