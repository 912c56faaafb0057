"""Years that are not dates: part of a name ("Vision 2030"), a document's number ("Decree 14-2023"), a release
number ("Version 2021.10.1"), an identifier ("XX-ABC-12345678-2021-54321"), a street address ("1717 K Street")
or a telephone number ("+44 20 7946 2020")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# A single year right after one of these words is part of a name ("Vision 2030",
# "Convention, 2011"); right before, likewise ("2030 Agenda").
NAME_WORDS_BEFORE = {"vision", "convention", "act", "declaration", "protocol", "recommendation", "agenda", "expo", "no", "no."}
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
NUMBER_LABELS = {"no", "nr", "ref", "number", "bmz", "id"}  # ("Ref. No.: 2031 44 218")
VERSION_WORDS = {"version", "v", "release", "build", "update"}
PART_WORDS = {"section", "chapter", "article", "annex", "table", "figure", "paragraph", "item", "part", "sec", "art", "para",
              "kapitola", "článek", "rozdział", "punkt"}
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "square"}


def is_name_year(doc: Doc, span: Span) -> bool:
    """"Vision 2030", "Convention, 2011", "Law No. 2018-45", "Decree 14-2023": a number that is part of a name."""
    if span.id_ == "dotted-iso-date":
        # "Version 2021.10.1": a release number written like a date.
        return span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in VERSION_WORDS
    if span.id_ == "spaced-dotted-date":
        # "Section 4. 2. 2031 targets", "chapter 12. 3.": a part's number, then a year.
        return span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in PART_WORDS
    if span.id_ not in {"year", "year-range-short", "iso-month", "numeric-month-year", "fiscal-year-split"}:
        return False
    # "No. 2018-45" may come as "No", ".": punctuation between the word and the number is skipped.
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start] if t.text not in {",", "."}]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if bool(before and before[-1] in NAME_WORDS_BEFORE) or after in NAME_WORDS_AFTER \
            or span.start > 0 and doc[span.start - 1].lower_ in NUMBER_WORDS_RIGHT_BEFORE:
        return True
    if span.id_ == "year" and (_in_identifier(doc, span) or _street_number(doc, span) or _phone_number(doc, span)):
        return True
    # "22-2024", "2019/7": a number glued to the year makes a document number, not a date.
    start = span.start
    while start >= 2 and doc[start - 1].text in {"-", "/"} and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].text.isdigit():
        start -= 2
    if span.id_ == "numeric-month-year":  # ("Lei n.º 12/2031": a month and year after a number sign are a law's.)
        return start > 0 and doc[start - 1].lower_.rstrip(".") in NUMBER_SIGNS
    return start > 0 and doc[start - 1].lower_ in NUMBER_WORDS_BEFORE and (span.id_ == "year" or start < span.start)


def _in_identifier(doc: Doc, span: Span) -> bool:
    """"XX-ABC-12345678-2021-54321": a year glued by a dash to a long number is part of an identifier;
    "GRT-2023-017": so is a year between a code in capitals and a serial number no month can be, a year before a
    serial number with a leading zero ("2031-0417") and one before a code in capitals ("2031/XYZ/117")."""
    def long_number(i: int, digits: int = 5) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isdigit() and len(doc[i].text) >= digits
    glued_left = span.start >= 2 and doc[span.start - 1].text in {"-", "/"} and not doc[span.start - 2].whitespace_
    glued_right = span.end + 1 < len(doc) and doc[span.end].text in {"-", "/"} and not doc[span.end - 1].whitespace_
    # "57/2033/QD-TT": a number, the year, then a code in capitals, all slashed: a decree's symbol.
    if glued_left and glued_right and doc[span.start - 2].text.isdigit() and doc[span.start - 1].text == doc[span.end].text == "/" \
            and doc[span.end + 1].text.isalpha() and doc[span.end + 1].text.isupper():
        return True
    if glued_left and glued_right and doc[span.start - 2].text.isalpha() and doc[span.start - 2].text.isupper():
        # "ABC/2026/P/L.14": a document symbol, slashes between codes in capitals on both sides.
        after = doc[span.end + 1].text
        slashes = doc[span.start - 1].text == doc[span.end].text == "/"
        return long_number(span.end + 1, digits=3) or slashes and after.isalpha() and after.isupper()
    # "ABC/17/2026": a year closing a code in capitals and a serial number.
    if glued_left and not glued_right and span.start >= 4 and doc[span.start - 2].text.isdigit() \
            and doc[span.start - 3].text in {"-", "/"} and not doc[span.start - 4].whitespace_ \
            and not doc[span.start - 3].whitespace_ and doc[span.start - 4].text.isalpha() and doc[span.start - 4].text.isupper():
        return True
    if glued_right:
        after = doc[span.end + 1].text
        # "2023-0417": a serial number no month or year can be; "2025/ECA/117": a code in capitals, then more.
        if after.isdigit() and len(after) >= 3 and after.startswith("0"):
            return True
        if doc[span.end].text == "/" and after.isalpha() and after.isupper() and span.end + 2 < len(doc) \
                and doc[span.end + 2].text == "/" and not doc[span.end + 1].whitespace_:
            return True
    # "Ref. No. 2031 44 218": a year, then groups of two and three digits, is a project number.
    spaced = span.end + 1 < len(doc) and len(doc[span.end].text) == 2 and doc[span.end].text.isdigit() \
        and len(doc[span.end + 1].text) == 3 and doc[span.end + 1].text.isdigit() \
        and any(t.lower_.rstrip(".:") in NUMBER_LABELS for t in doc[max(0, span.start - 6) : span.start])
    return glued_left and long_number(span.start - 2) or glued_right and long_number(span.end + 1) or spaced


# "+595 21 616 2000", "+44 20 7946 2020": a telephone number's last group.
PHONE_BEFORE = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){1,4}[ .-]$")


def _phone_number(doc: Doc, span: Span) -> bool:
    return span.start > 0 and doc[span.start - 1].text.isdigit() \
        and PHONE_BEFORE.search(doc[max(0, span.start - 8) : span.start].text_with_ws) is not None


def _street_number(doc: Doc, span: Span) -> bool:
    """"1717 K Street": a house number, not a year."""
    street = any(t.lower_ in STREET_WORDS and t.text[:1].isupper() for t in doc[span.end : span.end + 2])
    return street and (span.start == 0 or doc[span.start - 1].lower_ not in DATE_WORDS_BEFORE)
