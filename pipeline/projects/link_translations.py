"""One project under two names: a title and its translation, a name and its alias, a code and its title.

The spec groups mentions by acronym or title; a page that gives a project's name in two languages
("Rural Roads Program (Programa de Caminos Rurales)", a French subtitle under an English title line)
names one project, and its facts belong to one record. Joined only where the layout says so: the
second name in parentheses right after the first, after a slash in a table cell ("Rural Roads / Routes
rurales") or in the next cell of a bilingual table's row, on the line under the page's title line (or as its
"Project Name" field there), or after "known in English as"; an acronym given after "known as" ("conocido como",
"connu sous le nom de"); a funder's code ("FP268") set right before a title;
an infobox's "Abbreviation" field under the title line.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from .. import span_values  # (the module: span_values imports this package in turn)
from .common_words import in_two_languages, is_common_english
from .link_context import Group
from .link_vocabulary import LinkVocabulary

# What may stand between a name and its translation in parentheses: an acronym's parenthesis, a language label.
BETWEEN_NAME_AND_PARENTHESIS = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?\(\s*(?:[A-Z][a-z]+\s*:\s*)?")
# "Project Name : Projet d'appui ...", "Native name      Programa ...": a field whose value is the project's name;
# "Abbreviation     PNR": one whose value is its acronym (an encyclopedia's infobox, a key-value sheet).
NAME_FIELD = re.compile(r"^\s*(?:[A-Z][A-Za-z ]{0,30})?(?:name|title)(?:\s*[:.]+\s*|\s{2,})$", re.IGNORECASE)
ACRONYM_FIELD = re.compile(r"^\s*(?:abbreviation|acronym|short name|sigla|sigle)(?:\s*[:.]+\s*|\s{2,})$", re.IGNORECASE)
# An infobox's other fields between the title line and the field: "Country          Ruritania".
FIELD_LINE = re.compile(r"^\s*[A-Z][A-Za-z ]{0,30}(?::\s+|\s{2,})[^\d\n]+$")
# "FP268", "SAP041", "P123456": a funder's code for a project, letters then digits.
CODE = re.compile(r"[A-Z]{1,4}-?\d{3,}")
LINES_BELOW_TITLE = 4  # how far under a title line its translation may stand (blank lines, a "Project Summary" label)


def _translated(span: Span, vocabulary: LinkVocabulary) -> bool:
    """A title in another language: a Romance head first ("Programa ...")."""
    title = span_values.span_value(span).title  # (span._.value, without an Underscore per read)
    return bool(title) and (title.lower() + " ").startswith(vocabulary.translated_title_openers)


# English heads: a title that ends in one is English, however foreign its other words ("Ndoto Kisima Fund").
ENGLISH_HEADS = {"project", "projects", "programme", "program", "fund", "facility", "initiative", "scheme", "window"}


def _foreign_beside_english(first: Span, second: Span) -> bool:
    """"Kuzey Bahçe Projesi – Faz 2 (Northern Garden Project – Phase 2)": a title in words no English list holds
    (but for a name among them, "Anne"), with no English head, and an English title in parentheses after it."""
    title = span_values.span_value(first).title
    words = re.findall(r"[^\W\d_]{4,}", title or "")
    return len(words) >= 2 and sum(map(is_common_english, words)) * 4 <= len(words) \
        and not any(word.lower() in ENGLISH_HEADS for word in words) and in_two_languages(first.text, second.text)


def _parenthesized_after(text: str, first: Span, second: Span) -> bool:
    return BETWEEN_NAME_AND_PARENTHESIS.fullmatch(text[first.end_char : second.start_char]) is not None


# "Rural Water Project (RWP) / Projet d'eau rurale (PER)": a table cell's name in two languages, a slash between.
SLASH_BETWEEN = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?/\s*")


def _slashed_in_a_cell(doc: Doc, first: Span, second: Span) -> bool:
    """"Coastal Ferry Renewal / Renovación del transbordador costero": a name and its translation a slash parts in one
    table cell."""
    line = doc._.layout.line_at(first.start_char)
    return line.kind == "row" and SLASH_BETWEEN.fullmatch(doc._.layout.text[first.end_char : second.start_char]) is not None \
        and in_two_languages(first.text, second.text)


def _beside_in_a_row(doc: Doc, first: Span, second: Span) -> bool:
    """"| Čistá voda pre školy | Clean Water for Schools |": a name and its translation in neighbouring cells of a row."""
    line = doc._.layout.line_at(first.start_char)
    between = doc._.layout.text[first.end_char : second.start_char]
    return line.kind == "row" and line is doc._.layout.line_at(second.start_char) and between.strip() == "|" \
        and in_two_languages(first.text, second.text)


def _aliased(text: str, first: Span, second: Span, vocabulary: LinkVocabulary) -> bool:
    """", known in English as the ...": only an alias phrase (and an article) between the two names."""
    between = " ".join(text[first.end_char : second.start_char].lower().replace(",", " ").split())
    return between.removesuffix(" the") in vocabulary.alias_phrases


def _under_title_line(doc: Doc, title: Span, translation: Span, field: re.Pattern = NAME_FIELD) -> bool:
    """The translation fills its own line (or a field's value) a few lines under a line that is the title alone."""
    layout = doc._.layout
    text = layout.text
    title_line, line = layout.line_at(title.start_char), layout.line_at(translation.start_char)
    if text[title_line.content_start : title_line.end].strip() != text[title.start_char : title.end_char]:
        return False
    if not 0 < line.index - title_line.index <= LINES_BELOW_TITLE or text[translation.end_char : line.end].strip():
        return False
    # Between them at most a short label ("Project Summary") or the page's other fields: a line of facts or a
    # sentence starts the page's body.
    for between in layout.lines[title_line.index + 1 : line.index]:
        raw = text[between.start : between.end]
        words = raw.split()
        if (len(words) > 3 or any(c.isdigit() for w in words for c in w)) and not FIELD_LINE.match(raw):
            return False
    before = text[line.content_start : translation.start_char]
    return field is NAME_FIELD and not before.strip() or field.match(before) is not None


def _partner(doc: Doc, spans: list[Span], k: int, vocabulary: LinkVocabulary) -> Optional[Span]:
    """The span that spans[k], a translated title, translates: an English name beside it as the layout joins them."""
    text = doc._.layout.text
    span = spans[k]
    before = spans[k - 1] if k > 0 else None
    after = spans[k + 1] if k + 1 < len(spans) else None
    if before is not None and not _translated(before, vocabulary) and (
            _parenthesized_after(text, before, span) or _aliased(text, before, span, vocabulary)
            or SLASH_BETWEEN.fullmatch(text[before.end_char : span.start_char]) or _under_title_line(doc, before, span)):
        return before
    if after is not None and not _translated(after, vocabulary) and (
            _parenthesized_after(text, span, after) or _aliased(text, span, after, vocabulary)):
        return after
    return None


def _english_in_parentheses(doc: Doc, spans: list[Span], k: int) -> Optional[Span]:
    """The English title in parentheses right after spans[k], a title in another language with no Romance head."""
    if k + 1 >= len(spans) or not _parenthesized_after(doc._.layout.text, spans[k], spans[k + 1]):
        return None
    return spans[k + 1] if _foreign_beside_english(spans[k], spans[k + 1]) else None


def _coded_title(doc: Doc, spans: list[Span], k: int) -> Optional[Span]:
    """"FP268" over "Coastal Blue Carbon ...", "SAP041  Oyster Value Chains – Guinea": a project's code used as its
    acronym, set right before its title (on the same line or the line above), is the same project."""
    span = spans[k]
    value = span_values.span_value(span)  # (span._.value, without an Underscore per read)
    if value.title or not CODE.fullmatch(value.acronym or "") or k + 1 >= len(spans):
        return None
    after = spans[k + 1]
    between = doc._.layout.text[span.end_char : after.start_char]
    return after if span_values.span_value(after).title and not between.strip() and between.count("\n") <= 1 else None


# Between a name and the acronym the text calls it by: its quote, its code in parentheses, "known as".
# ("conocido como", "conhecida como", "connu sous le nom de", "denominado": the Romance ones.)
ALIAS_BETWEEN = re.compile(r"[\"”’]?\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:(?:also\s+)?(?:known|referred\s+to)\s+as|(?:conocid|conhecid)[oa]s?\s+como"
                           r"|connue?s?\s+sous\s+le\s+nom\s+de|(?:denominad|llamad|chamad)[oa]s?|appelée?s?|dénommée?s?)\s+")


def _acronym_alias(doc: Doc, spans: list[Span], k: int) -> Optional[Span]:
    """'"Hill Orchard Chains" (QZ/77/B), known as HORC': the acronym the text then gives the name before it."""
    value = span_values.span_value(spans[k])
    if k == 0 or value.title or not value.acronym or not span_values.span_value(spans[k - 1]).title:
        return None
    between = doc._.layout.text[spans[k - 1].end_char : spans[k].start_char]
    return spans[k - 1] if ALIAS_BETWEEN.fullmatch(between) else None


def _abbreviation_field(doc: Doc, spans: list[Span], k: int) -> Optional[Span]:
    """"National Rural Power Programme" over "Abbreviation     NRPP": the acronym field of the page's title."""
    span = spans[k]
    if span_values.span_value(span).title:
        return None
    return next((spans[j] for j in range(k - 1, max(-1, k - 4), -1) if span_values.span_value(spans[j]).title
                 and _under_title_line(doc, spans[j], span, ACRONYM_FIELD)), None)


def join_translations(doc: Doc, groups: list[Group], vocabulary: LinkVocabulary) -> list[Group]:
    """The groups with each translated title's group merged into the group of the name it translates, and each
    code's into its title's."""
    spans = sorted((s for g in groups for s in g.spans), key=lambda s: s.start_char)
    group_of = {(s.start_char, s.end_char): g for g in groups for s in g.spans}
    for k, span in enumerate(spans):
        partner = _coded_title(doc, spans, k) or _abbreviation_field(doc, spans, k) or _acronym_alias(doc, spans, k)
        if partner is None and _translated(span, vocabulary):
            partner = _partner(doc, spans, k, vocabulary)
        if partner is None:
            partner = _english_in_parentheses(doc, spans, k)
        if partner is None and k > 0 and (_slashed_in_a_cell(doc, spans[k - 1], span) or _beside_in_a_row(doc, spans[k - 1], span)):
            partner = spans[k - 1]
        if partner is None:
            continue
        keep, gone = group_of[(partner.start_char, partner.end_char)], group_of[(span.start_char, span.end_char)]
        if keep is gone:
            continue
        keep.spans = sorted(keep.spans + gone.spans, key=lambda s: s.start_char)
        keep.acronym = keep.acronym or gone.acronym
        for s in gone.spans:
            group_of[(s.start_char, s.end_char)] = keep
        groups = [g for g in groups if g is not gone]
    return sorted(groups, key=lambda g: g.spans[0].start_char)
