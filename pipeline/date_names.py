"""Years that are not dates: part of a name ("Vision 2030"), a document's number ("Decree 14-2023"), a release
number ("Version 2021.10.1"), an identifier ("XX-ABC-12345678-2021-54321"), a street address ("1717 K Street")
or a telephone number ("+44 20 7946 2020")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .normalize.calendar_words import MONTHS
from .token_table import TokenTable, token_table

# A single year right after one of these words is part of a name ("Vision 2030",
# "Convention, 2011"); right before, likewise ("2030 Agenda").
NAME_WORDS_BEFORE = {"vision", "convention", "act", "declaration", "protocol", "recommendation", "agenda", "expo", "no", "no."}
# Only before or after a single year: "Strategy 2030" is a horizon's name, "Strategy 2026–2030" and "Strategy 2021–24" periods.
HORIZON_WORDS = {"Strategy", "Vision"}
# Right before the number, with nothing between: "decision 2031/23", "P.O. Box 4410" ("... the box. 2031 data" is a date).
NUMBER_WORDS_RIGHT_BEFORE = {"decision", "box"}
# Before a month and year in figures, only a law's or a number's word makes them a law's number: "Lei n.º 12/2031".
NUMBER_SIGNS = {"decree", "law", "resolution", "ordinance", "lei", "ley", "loi", "decreto", "décret", "n.º", "nº", "n°", "núm",
                "núm.", "no"}
NAME_WORDS_AFTER = {"agenda", "vision"}
# Before a single year, these make it a document's number or a plan's horizon ("Decree 14-2023",
# "Resolution 2019/7", "Coastal Plan 2080"); a period after them ("Plan 2016–2020") is still a DATE.
NUMBER_WORDS_BEFORE = {"decree", "law", "resolution", "ordinance", "order", "article", "plan",
                       "lei", "ley", "loi", "decreto", "décret", "n.º", "nº", "n°", "núm", "núm."}  # (and Romance ones)
DATE_WORDS_BEFORE = {"in", "since", "from", "by", "until", "of", "to", "and", "before", "after", "during"}
ROMANCE_PREPOSITIONS = {"de", "del", "desde", "en", "hasta", "a", "du", "des", "depuis", "dès", "em", "do", "da", "até", "no", "na"}
INSTRUMENT_WORDS = {"loan", "grant", "credit"}
NUMBER_LABELS = {"no", "nr", "ref", "number", "bmz", "id"}  # ("Ref. No.: 2031 44 218")
VERSION_WORDS = {"version", "v", "release", "build", "update"}
PART_WORDS = {"section", "chapter", "article", "annex", "table", "figure", "paragraph", "item", "part", "sec", "art", "para",
              "kapitola", "článek", "rozdział", "punkt"}
SERIAL_NUMBER = re.compile(r"\d+(?:[.,]\d{3})*")
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "square"}


def is_name_year(doc: Doc, span: Span) -> bool:
    """"Vision 2030", "Convention, 2011", "Law No. 2018-45", "Decree 14-2023": a number that is part of a name."""
    # (The words around the year by index, from the doc's token table: no Token per read.)
    tokens = token_table(doc)
    lowers, texts, spaced = tokens.lowers, tokens.texts, tokens.spaced
    if span.id_ == "dotted-iso-date":
        # "Version 2021.10.1": a release number written like a date.
        return span.start > 0 and lowers[span.start - 1].rstrip(".") in VERSION_WORDS
    if span.id_ == "spaced-dotted-date":
        # "Section 4. 2. 2031 targets", "chapter 12. 3.": a part's number, then a year.
        return span.start > 0 and lowers[span.start - 1].rstrip(".") in PART_WORDS
    if span.id_ not in {"year", "year-range-short", "iso-month", "numeric-month-year", "fiscal-year-split"}:
        return False
    # "No. 2018-45" may come as "No", ".": punctuation between the word and the number is skipped.
    before = [lowers[k] for k in range(max(0, span.start - 3), span.start) if texts[k] not in {",", "."}]
    after = lowers[span.end] if span.end < len(texts) else ""
    if _horizon_name(tokens, span) or bool(before and before[-1] in NAME_WORDS_BEFORE) or after in NAME_WORDS_AFTER \
            or span.start > 0 and lowers[span.start - 1] in NUMBER_WORDS_RIGHT_BEFORE:
        return True
    if span.id_ == "year" and (_in_identifier(tokens, span) or _street_number(tokens, span) or _phone_number(tokens, span)):
        return True
    # "22-2024", "2019/7": a number glued to the year makes a document number, not a date.
    start = span.start
    if _closes_a_symbol(tokens, start):
        return True
    while start >= 2 and texts[start - 1] in {"-", "/"} and not spaced[start - 2] \
            and not spaced[start - 1] and SERIAL_NUMBER.fullmatch(texts[start - 2]):  # ("Ley N° 5.881/2031")
        start -= 2
    # "Decree No. 57 of 2031", "Law 5 of 2031": a numbered act's year ("round No. 2 of 2031" is a date's).
    if span.id_ == "year" and start >= 3 and lowers[start - 1] == "of" and texts[start - 2].isdigit() \
            and _act_before(tokens, start - 2):
        return True
    if start < span.start and _closes_a_symbol(tokens, start):
        return True
    # "118-2031-MINAGRI", "No. 77-2031-EF": a serial number, its year and an office's letters make one code.
    if start < span.start and _office_letters_after(tokens, span.end):
        return True
    if span.id_ == "numeric-month-year":  # ("Lei n.º 12/2031": a month and year after a number sign are a law's.)
        return start > 0 and lowers[start - 1].rstrip(".") in NUMBER_SIGNS or _act_kind_before(tokens, start)
    if start > 0 and lowers[start - 1] in NUMBER_WORDS_BEFORE and (span.id_ == "year" or start < span.start):
        return True
    if start < span.start and _act_kind_before(tokens, start):
        return True
    # "Decree No. 88/2031", "Ley N° 5.881/2031": a number sign, then a serial number glued to the year.
    return start < span.start and _sign_before(tokens, start) in NUMBER_SIGNS


def _sign_before(tokens: TokenTable, at: int) -> str:
    """The word before token `at`, past a number sign's stop or degree mark ("No." and "N°" are tokens apart)."""
    k = at - 1
    while k >= 0 and tokens.texts[k] in SIGN_MARKS:
        k -= 1
    word = tokens.lowers[k] if k >= 0 else ""
    return "n°" if word.rstrip(".") == "n" and k < at - 1 else word


def _office_letters_after(tokens: TokenTable, at: int) -> bool:
    """A hyphen glued to the year at token `at`, then capital letters glued to it ("-EF", "-MINAGRI")."""
    texts, spaced = tokens.texts, tokens.spaced
    return at + 1 < len(texts) and texts[at] in {"-", "/"} and not spaced[at - 1] and not spaced[at] \
        and texts[at + 1].isalpha() and texts[at + 1].isupper()


SIGN_MARKS = {".", "°", "º", ":"}
# The acts a number and its year name ("Decree No. 57 of 2031", "Ley 12 de 2031" is read as a date's "de").
ACT_WORDS = {"decree", "law", "resolution", "ordinance", "act", "decreto", "ley", "lei", "loi", "décret", "resolución",
             "resolução", "arrêté", "ordonnance"}


def _act_before(tokens: TokenTable, at: int) -> bool:
    """An act's name before token `at`, or before the number sign there ("Resolution No. 402", "Law 5")."""
    word = _sign_before(tokens, at)
    if word in ACT_WORDS:
        return True
    if word not in NUMBER_SIGNS:
        return False
    k = at - 1
    while k >= 0 and tokens.texts[k] in SIGN_MARKS:
        k -= 1
    return k >= 1 and _sign_before(tokens, k) in ACT_WORDS


def _act_kind_before(tokens: TokenTable, at: int) -> bool:
    """"decreto legislativo 57-2031", "Ley Orgánica 12/2030": an act's word and its kind before the number at `at`
    ("the law in 03/2031", "la ley desde 04/2031": a preposition says when)."""
    kind = tokens.lowers[at - 1] if at >= 2 else ""
    return kind.isalpha() and kind not in DATE_WORDS_BEFORE and kind not in ROMANCE_PREPOSITIONS \
        and tokens.lowers[at - 2] in ACT_WORDS


def _horizon_name(tokens: TokenTable, span: Span) -> bool:
    """"Blue Reef Strategy 2055", "the 2065 Strategy for ...", "Hill 2045 National Vision": a single year beside a
    capitalised Strategy or Vision (a capitalised word may stand between) names a horizon; "its 2031 strategy",
    "by 2030 Government strategy" and "Strategy 2026–2030" stay dates."""
    texts, lowers = tokens.texts, tokens.lowers
    if span.id_ != "year" or span.start > 0 and lowers[span.start - 1] in DATE_WORDS_BEFORE:
        return False
    after = texts[span.end : span.end + 2]
    return span.start > 0 and texts[span.start - 1] in HORIZON_WORDS or bool(after) and after[0] in HORIZON_WORDS \
        or len(after) == 2 and after[0][:1].isupper() and after[1] in HORIZON_WORDS


def _closes_a_symbol(tokens: TokenTable, start: int) -> bool:
    """"N° 017/CAB/GP-KC/2024", "PR/EAD/117/2024-25", "NÚM. 047-2024", "ABC/W-07/2024", "XY/RfP/2031-08": glued after a code in
    capitals or a serial number with a leading zero, the number at `start` closes a document's symbol ("JAN/2024" is a
    month's)."""
    texts, spaced = tokens.texts, tokens.spaced
    if start < 2 or texts[start - 1] not in {"-", "/"} or spaced[start - 2] or spaced[start - 1]:
        return False
    before = texts[start - 2]
    # ("W-07/2031" after "ABC/DEFG/": one capital closes a code's path too.)
    letter = len(before) == 1 and start >= 3 and texts[start - 3] in {"/", "-"} and not spaced[start - 3]
    # ("LKWP/RfP/2031-08": inside a path of codes, a part may mix cases, as "RfP" or "ToR" do; "SMEs/2031" is a word.)
    in_path = start >= 4 and texts[start - 3] in {"/", "-"} and not spaced[start - 3] and not spaced[start - 4]
    capitals = before.isupper() or in_path and sum(c.isupper() for c in before) >= 2
    return before.isalpha() and capitals and (len(before) >= 2 or letter) \
        and before.lower().rstrip(".") not in MONTHS \
        or before.isdigit() and len(before) >= 3 and before.startswith("0")


def _in_identifier(tokens: TokenTable, span: Span) -> bool:
    """"XX-ABC-12345678-2021-54321": a year glued by a dash to a long number is part of an identifier;
    "GRT-2023-017": so is a year between a code in capitals and a serial number no month can be, a year before a
    serial number with a leading zero ("2031-0417") and one before a code in capitals ("2031/XYZ/117")."""
    texts, lowers, spaced, size = tokens.texts, tokens.lowers, tokens.spaced, len(tokens.texts)

    def long_number(i: int, digits: int = 5) -> bool:
        return 0 <= i < size and texts[i].isdigit() and len(texts[i]) >= digits
    glued_left = span.start >= 2 and texts[span.start - 1] in {"-", "/"} and not spaced[span.start - 2]
    glued_right = span.end + 1 < size and texts[span.end] in {"-", "/"} and not spaced[span.end - 1]
    # "57/2033/QD-TT": a number, the year, then a code in capitals, all slashed: a decree's symbol.
    if glued_left and glued_right and texts[span.start - 2].isdigit() and texts[span.start - 1] == texts[span.end] == "/" \
            and texts[span.end + 1].isalpha() and texts[span.end + 1].isupper():
        return True
    if glued_left and glued_right and texts[span.start - 2].isalpha() and texts[span.start - 2].isupper():
        # "ABC/2026/P/L.14": a document symbol, slashes between codes in capitals on both sides.
        after = texts[span.end + 1]
        slashes = texts[span.start - 1] == texts[span.end] == "/"
        return long_number(span.end + 1, digits=3) or slashes and after.isalpha() and after.isupper()
    # "ABC/17/2026": a year closing a code in capitals and a serial number.
    if glued_left and not glued_right and span.start >= 4 and texts[span.start - 2].isdigit() \
            and texts[span.start - 3] in {"-", "/"} and not spaced[span.start - 4] \
            and not spaced[span.start - 3] and texts[span.start - 4].isalpha() and texts[span.start - 4].isupper():
        return True
    # "tag:example.org,2031:project/17": the year a tag URI was minted, between its authority and its path.
    if span.start > 0 and texts[span.start - 1] == "," and not spaced[span.start - 1] and span.end < size \
            and texts[span.end] == ":" and not spaced[span.end - 1] and not spaced[span.end]:
        return True
    if glued_right:
        after = texts[span.end + 1]
        # "Loan 2176-XYZ": a financing instrument's number, glued to its borrower's code in capitals.
        if texts[span.end] == "-" and after.isalpha() and after.isupper() and span.start > 0 \
                and lowers[span.start - 1] in INSTRUMENT_WORDS:
            return True
        # "2023-0417": a serial number no month or year can be; "2025/ECA/117": a code in capitals, then more.
        if after.isdigit() and len(after) >= 3 and after.startswith("0"):
            return True
        if texts[span.end] == "/" and after.isalpha() and after.isupper() and span.end + 2 < size \
                and texts[span.end + 2] == "/" and not spaced[span.end + 1]:
            return True
    # "Ref. No. 2031 44 218": a year, then groups of two and three digits, is a project number.
    spaced_groups = span.end + 1 < size and len(texts[span.end]) == 2 and texts[span.end].isdigit() \
        and len(texts[span.end + 1]) == 3 and texts[span.end + 1].isdigit() \
        and any(lowers[k].rstrip(".:") in NUMBER_LABELS for k in range(max(0, span.start - 6), span.start))
    return glued_left and long_number(span.start - 2) or glued_right and long_number(span.end + 1) or spaced_groups


# "+595 21 616 2000", "+44 20 7946 2020": a telephone number's last group.
PHONE_BEFORE = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){1,4}[ .-]$")


def _phone_number(tokens: TokenTable, span: Span) -> bool:
    if span.start > 0 and tokens.texts[span.start - 1].isdigit() \
            and PHONE_BEFORE.search(tokens.text_with_ws(max(0, span.start - 8), span.start)) is not None:
        return True
    texts, spaced, start, end = tokens.texts, tokens.spaced, span.start, span.end
    # "1800-411-2090": a later group of a number written with dashes, after a group that is no year (so are a law's
    # and a standard's years, "Law 2417-2020", "ISO 9001-2015": numbers of their own, as this module reads them).
    if start >= 2 and texts[start - 1] == "-" and not spaced[start - 1] and not spaced[start - 2] \
            and _number_group(texts[start - 2]):
        return True
    # "1800-233-4470", "(61) 2034-5678": the first group, whose next group is no year ("2021-2024" is a range,
    # "2021-22" a fiscal year).
    return end + 1 < len(texts) and not spaced[end - 1] and texts[end] == "-" and not spaced[end] \
        and _number_group(texts[end + 1])


def _number_group(text: str) -> bool:
    """Three digits or more that are no year."""
    return text.isdigit() and len(text) >= 3 and not (len(text) == 4 and text[:2] in ("19", "20", "21"))


def _street_number(tokens: TokenTable, span: Span) -> bool:
    """"1717 K Street": a house number, not a year."""
    street = any(tokens.lowers[k] in STREET_WORDS and tokens.texts[k][:1].isupper()
                 for k in range(span.end, min(span.end + 2, len(tokens.texts))))
    return street and (span.start == 0 or tokens.lowers[span.start - 1] not in DATE_WORDS_BEFORE)
