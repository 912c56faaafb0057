"""spaCy components: match, then set annotations, one type per component.

Each rule component reads the candidate spans a `span_ruler` found (patterns in
rules/*.jsonl), resolves overlaps, drops what does not normalize, and writes the
final spans to `doc.spans[TYPE]`. `Span._.value` is a getter that calls the pure
normalizer (pipeline.span_values), so a span's value always follows from its text and its context.
"""

from __future__ import annotations

from functools import partial
from itertools import islice
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .date_names import DATE_WORDS_BEFORE, is_name_year
from .layout import build_layout
from .money_spans import MoneySpans
from .normalize import normalize_country
from .country_component import FactsheetCountries
from .normalize.countries import is_subdivision
from .normalize.dates import RANGE_AND_WORDS, RANGE_LEAD_WORDS, RANGE_TO_WORDS
from .projects import LinkVocabulary, Vocabulary, build_project_records, find_projects, load_link_vocabulary
from .resources import Rules, load_rules
from .normalize.ethiopian import ethiopian_dates
from .page_countries import countries_named, page_writes_day_first
from .normalize.hijri import hijri_dates
from .ruler import CIFRAO_AMOUNTS, DOTTED_DATES, REACH, AnchoredRuler
from .span_lists import DOC_TEXT, set_spans, span_text, spans_of
from .token_table import token_table
from .tokenizer import SOURCE_TEXT
from .span_values import (CANDIDATES, DAY_FIRST, OPEN_END_AFTER, PRESENT_JOINERS, PRESENT_WORDS, RULES_KEY, SHARED_TAIL,
                          changed_from_to, keep_value, longest_first, rules_for, span_value)

MENTION_KEY = "mentions"
# Date rules whose span takes a leading "the" (the patterns leave it out, which keeps the Matcher lean).
WITH_ARTICLE = {"decade", "decade-split", "quarter-words-year"}
# Money rules whose currency (and scale) come after the number, so an amount before them can share them.
SHARES_ITS_TAIL = {"amount-word", "amount-qualified-word", "amount-sign", "grouped-amount-sign"}
RANGE_WORDS = {"-", "–", "—", "~", *RANGE_TO_WORDS, *RANGE_AND_WORDS}
# "2013-14 fiscal year", "the 2018/2019 financial year": the year words belong to the span (spec notes).
FISCAL_WORDS_AFTER = ({"fiscal", "financial"}, {"year", "years"})


class FactsheetLayout:
    """Records which rules made the doc and builds its layout (headings, items, rows)."""

    def __init__(self, rules_dir: str):
        self.rules_dir = rules_dir
        load_rules(rules_dir or None)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[RULES_KEY] = self.rules_dir or None
        doc._.layout = layout = build_layout(doc.user_data.pop(SOURCE_TEXT, None) or doc.text)
        doc.user_data[DOC_TEXT] = layout.text
        return doc


# Marks that open a list item at the start of a line.
ITEM_MARKS = frozenset({"-", "–", "—", "•", "*", "·"})


# The prepositions before a year that say when, less "of" and "and", which count things too ("a fleet of twenty twenty").
SPOKEN_YEAR_OPENERS = frozenset(DATE_WORDS_BEFORE - {"of", "and"} | {"till", "between"})


class FactsheetDates:
    """DATE: join date parts into ranges, add open-range dashes, drop years inside names."""

    def __call__(self, doc: Doc) -> Doc:
        # Before any value is computed: "04/10/2011" follows the document's own order.
        rules = rules_for(doc)
        named = partial(countries_named, doc, spans_of(doc, CANDIDATES["COUNTRY"]), rules.countries)
        doc.user_data[DAY_FIRST] = page_writes_day_first(doc._.layout.text if doc._.layout is not None else doc.text, named)
        candidates = [self._with_article(doc, s) for s in longest_first(s for s in spans_of(doc, CANDIDATES["DATE"])
                                                                         if not self._runs_into_an_item(doc, s))]
        merged = self._join_ranges(doc, candidates)
        dates = []
        for span in merged:
            if span.label_ != "DATE":
                continue
            span = self._with_fiscal_words(doc, self._open_range(doc, span))
            if is_name_year(doc, span) or span_value(span) is None or self._spoken_count(doc, span):
                continue
            dates.append(span)
        dates = self._ethiopian_dates(doc, dates)
        set_spans(doc, "DATE", dates + self._hijri_dates(doc, dates))
        return doc

    @staticmethod
    def _spoken_count(doc: Doc, span: Span) -> bool:
        """"twenty twenty-seater buses", "nineteen fifty-metre boreholes": a spoken year alone is a year only after a
        preposition that says when ("in twenty nineteen", "from ... to ...", "since", "by"), and never when a hyphen
        glues a noun to its last word."""
        if not span.id_.startswith(("spoken-year", "range:spoken-year")):
            return False
        tokens = token_table(doc)
        texts, spaced = tokens.texts, tokens.spaced
        if span.end + 1 < len(doc) and texts[span.end] in ("-", "‐") and not spaced[span.end - 1] \
                and texts[span.end + 1].isalpha():
            return True
        if doc[span.start].lower_ in SPOKEN_YEAR_OPENERS:
            return False  # ("from twenty thirty-two to twenty thirty-six": a range holds its opener)
        return span.start == 0 or doc[span.start - 1].lower_ not in SPOKEN_YEAR_OPENERS

    @staticmethod
    def _ethiopian_dates(doc: Doc, dates: list[Span]) -> list[Span]:
        """"Hidar 5, 2019 E.C.", "EFY 2019": Ethiopian dates, valued in Gregorian (pipeline.normalize.ethiopian); each
        replaces the Gregorian readings of its numbers ("2019" alone is no Gregorian year here)."""
        found = []
        for start, end in ethiopian_dates(doc._.layout.text, rules_for(doc).ethiopian_months):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None:
                found.append(Span(doc, span.start, span.end, label="DATE", span_id="ethiopian-date"))
        if not found:
            return dates
        taken = {i for span in found for i in range(span.start, span.end)}
        return sorted([span for span in dates if not taken.intersection(range(span.start, span.end))] + found,
                      key=lambda s: s.start)

    @staticmethod
    def _hijri_dates(doc: Doc, dates: list[Span]) -> list[Span]:
        """"12 Rajab 1446 AH": Hijri dates, valued as their Gregorian day (pipeline.normalize.hijri)."""
        taken = {i for span in dates for i in range(span.start, span.end)}
        found = []
        for start, end in hijri_dates(doc._.layout.text, rules_for(doc).hijri_months):
            span = doc.char_span(start, end, label="DATE", alignment_mode="contract")
            if span is not None and not taken.intersection(range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label="DATE", span_id="hijri-date"))
        return found

    @staticmethod
    def _join_ranges(doc: Doc, spans: list[Span]) -> list[Span]:
        result: list[Span] = []
        tokens = token_table(doc)  # (the words between and before the dates by index: no Token per read)
        i = 0
        while i < len(spans):
            first = spans[i]
            if i + 1 < len(spans):
                second = spans[i + 1]
                # A line break inside a range ("from 2016 to\n2021") is no gap.
                gap = list(islice((tokens.lowers[k] for k in range(first.end, second.start) if not tokens.spaces[k]), 3))
                if len(gap) == 2 and gap[1] == "the" and gap[0] in RANGE_TO_WORDS:
                    gap = gap[:1]  # ("from the 26th of June 2031 to the 28th of June 2031": the article goes with the day)
                lead = tokens.lowers[first.start - 1] if first.start > 0 else ""
                # "and" makes a range only after "between" ("entre"): "2018 and 2022" alone are two dates.
                if len(gap) == 1 and gap[0] in RANGE_WORDS and second.label_ == "DATE" and not (
                    lead == "from" and changed_from_to(tokens.lowers, first.start - 1)) and (
                    gap[0] not in RANGE_AND_WORDS or lead in {"between", "entre"}
                    or first.id_ == "between-day"  # "between 3 and 19 May 2031": the part holds its "between"
                    or first.id_ == "month"  # "the storms of March and April 2031": a month has no date of its own
                ):
                    start = first.start - 1 if lead in RANGE_LEAD_WORDS else first.start
                    joined = Span(doc, start, second.end, label="DATE", span_id=f"range:{first.id_}+{second.id_}")
                    if span_value(joined) is not None:
                        result.append(joined)
                        i += 2
                        continue
            result.append(first)
            i += 1
        return result

    @staticmethod
    def _with_article(doc: Doc, span: Span) -> Span:
        """"the 1980s", "the 28th of June 2020": the article is part of a decade's or a day's span (spec); so is "from" of
        "from 3 to 6 May 2031", a range in one span."""
        lowers = token_table(doc).lowers  # (by index: no Token per read)
        lead = lowers[span.start - 1] if span.start > 0 else ""
        if lead == "the" and span.id_ in WITH_ARTICLE or lead == "from" and "to" in lowers[span.start : span.end]:
            return Span(doc, span.start - 1, span.end, label=span.label_, span_id=span.id_)
        return span

    @staticmethod
    def _runs_into_an_item(doc: Doc, span: Span) -> bool:
        """"period 2031–2036\n  – 14 banks": a line break then a dash opening the next line starts a list item; no
        date runs across it."""
        texts = token_table(doc).texts
        return any("\n" in texts[k] and texts[k + 1] in ITEM_MARKS for k in range(span.start + 1, span.end - 1))

    @staticmethod
    def _open_range(doc: Doc, span: Span) -> Span:
        """"2020-", "2020 onwards": a year with a dash glued on and no second date, or with "onwards"
        after it, is an open range."""
        tokens = token_table(doc)  # (the words after the date by index: no Token per read)
        lowers, texts, size = tokens.lowers, tokens.texts, len(tokens.texts)
        if span.end < size and lowers[span.end] in OPEN_END_AFTER:
            return Span(doc, span.start, span.end + 1, label="DATE", span_id="open-range")
        if span.end + 1 < size and lowers[span.end] in PRESENT_JOINERS and lowers[span.end + 1] in PRESENT_WORDS:
            return Span(doc, span.start, span.end + 2, label="DATE", span_id="open-range")  # "2020–present"
        if span.end < size and texts[span.end] in {"-", "–", "—"} and not tokens.spaced[span.end - 1]:
            following = texts[span.end + 1] if span.end + 1 < size else None
            # "the 1980s-era plant", "2020-based prices": a word glued on makes a compound, not a range.
            # (Token.is_alpha is the text's isalpha().)
            compound = following is not None and following.isalpha() and not tokens.spaced[span.end]
            if (following is None or not following[:1].isdigit()) and not compound:
                return Span(doc, span.start, span.end + 1, label="DATE", span_id="open-range")
        return span

    @staticmethod
    def _with_fiscal_words(doc: Doc, span: Span) -> Span:
        words = token_table(doc).lowers[span.end : span.end + 2]
        if len(words) == 2 and all(w in wanted for w, wanted in zip(words, FISCAL_WORDS_AFTER)):
            return Span(doc, span.start, span.end + 2, label="DATE", span_id=span.id_)
        return span


class FactsheetMoney:
    """MONEY: the longest amounts that normalize; the qualifier word stays outside the span.

    A currency written once for several amounts applies to each (spec): in "250,000 and
    150,000 U.S. dollars" the first amount is a mention of its own, spanning "250,000".
    A scale after a hyphen or a line break belongs to the amount ("$1-billion", "€5.2\nmillion").
    """

    def __call__(self, doc: Doc) -> Doc:
        table = rules_for(doc).currencies
        amounts = MoneySpans(doc, table, span_value, lambda span, tail: self._share(doc, span, tail))
        candidates = [s for s in spans_of(doc, CANDIDATES["MONEY"]) if not amounts.runs_on(s) and not amounts.is_weak_label(s)
                      and not amounts.is_years_before_sign(s) and not amounts.is_unit_of_measure(s) and not amounts.lends_its_sign(s)
                      and not amounts.is_unit_label(s) and not amounts.numbers_a_part(s) and not amounts.is_change(s)
                      and not amounts.joins_two_currencies(s) and not amounts.multiple_in_capitals(s)
                      and not amounts.takes_next_lines_sign(s) and not amounts.is_cut_from_a_number(s)
                      and not amounts.names_after_sign(s)]
        spans = [amounts.extend_over_sign_stop(amounts.extend_over_closing_mark(amounts.extend_over_scale(
                 amounts.without_dangling_dash(s)))) for s in self._longest_valid(candidates)]
        spans = [s for s in longest_first(spans) if not amounts.is_count(s) and not amounts.at_a_point(s)]
        spans = [keep_value(s, amounts.without_range_opener(s)) for s in spans]
        spans += self._sharing(doc, spans)
        spans = amounts.front_shared(spans)
        spans += amounts.closed_amounts(spans)
        spans += amounts.labelled(spans)
        set_spans(doc, "MONEY", sorted(spans, key=lambda s: s.start))
        return doc

    @staticmethod
    def _longest_valid(spans: Iterable[Span]) -> list[Span]:
        """Like longest_first, but a candidate that does not normalize leaves its tokens to shorter ones
        ("€1.8 billion to 18 projects" is no range, "€1.8 billion" is an amount). Of two as long, the one
        written without a space wins ("3 USD50 cards": "USD50", not "3 USD")."""
        chosen: list[Span] = []
        taken: set[int] = set()
        for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), " " in span_text(s), s.start)):
            if not taken.intersection(range(span.start, span.end)) and span_value(span) is not None:
                chosen.append(span)
                taken.update(range(span.start, span.end))
        return sorted(chosen, key=lambda s: (s.start, s.end))

    @staticmethod
    def _share(doc: Doc, span: Span, tail: str) -> None:
        doc.user_data[(SHARED_TAIL, span.start, span.end)] = tail

    @staticmethod
    def _sharing(doc: Doc, spans: list[Span]) -> list[Span]:
        found = []
        # Numbers in dates never share a currency ("In May 2016, 300,000 dollars").
        taken = {i for s in spans for i in range(s.start, s.end)} | {i for s in spans_of(doc, "DATE") for i in range(s.start, s.end)}
        for span in spans:
            # Only a list joined by "and"/"or" shares: "250,000 and 150,000 U.S. dollars", "2, 3 and 4 million euros".
            if span.id_ not in SHARES_ITS_TAIL or not doc[span.start].text[:1].isdigit() or span.start < 2 \
                    or doc[span.start - 1].lower_ not in {"and", "or"}:
                continue
            tail = doc[span.start + 1 : span.end].text
            i = span.start - 1
            while i >= 1 and doc[i].lower_ in {"and", "or", ","} and doc[i - 1].text[:1].isdigit() and (i - 1) not in taken:
                shared = Span(doc, i - 1, i, label="MONEY", span_id="shared-currency")
                doc.user_data[(SHARED_TAIL, shared.start, shared.end)] = tail
                if span_value(shared) is not None:
                    found.append(shared)
                i -= 2
        return found


class FactsheetProjects:
    """PROJECT: named activities found by their shape (see pipeline.projects).

    Built with its rules (as spaCy's SpanRuler is): the vocabulary of rules/projects.json and
    the country and currency tables that tell a place from a name.
    """

    def __init__(self, rules: Rules):
        self.vocabulary = Vocabulary.from_rules(rules.projects)
        self.countries = rules.countries
        self.currency_words = rules.currencies.qualified_words
        self.currency_nouns = rules.currencies.head_nouns

    def is_place(self, span: Span, places: set[tuple[int, int]], source: str | None = None) -> bool:
        """A country, province or currency name ("Kenya shillings", "Kina"): never a project's name. A word in capitals
        that spells a province ("PARMA", "PIRAN") is read as an acronym: ISO 3166-2 has thousands of short names.
        source: the doc's text (its layout's), when the caller holds it: doc._ costs more than the test."""
        source = span.doc._.layout.text if source is None else source
        text = source[span.start_char : span.end_char]  # span.text, without joining its tokens again
        if len(span) == 1 and not text.isupper() and not text.islower() and not text.istitle():
            return (span.start, span.end) in places  # "XdR": capitals inside lower case: coined, not "XDR"
        return (span.start, span.end) in places or text.lower() in self.currency_words \
            or self._currency_noun_phrase(token_table(span.doc).texts[span.start : span.end]) \
            or (not text.isupper() and is_subdivision(text)) \
            or normalize_country(text, self.countries) is not None

    def _currency_noun_phrase(self, words: list[str]) -> bool:
        """"Kina", "Kenya shillings", "convertible marks": a currency's noun alone, or after a country's name or
        demonym or lowercase words; "Kamo Tala", a coined name ending in one, names no currency."""
        if not words or len(words) > 3 or words[-1].lower() not in self.currency_nouns:
            return False
        return len(words) == 1 or all(word[:1].islower() for word in words[:-1]) \
            or normalize_country(" ".join(words[:-1]), self.countries) is not None

    def is_place_at(self, doc: Doc, start: int, end: int, places: set[tuple[int, int]], source: str) -> bool:
        """is_place(doc[start:end]) for a span of one token or more, read from the token table: no Span built."""
        tokens = token_table(doc)
        text = source[tokens.starts[start] : tokens.starts[end - 1] + len(tokens.texts[end - 1])]
        if end - start == 1 and not text.isupper() and not text.islower() and not text.istitle():
            return (start, end) in places
        return (start, end) in places or text.lower() in self.currency_words \
            or self._currency_noun_phrase(tokens.texts[start:end]) \
            or (not text.isupper() and is_subdivision(text)) \
            or normalize_country(text, self.countries) is not None

    def __call__(self, doc: Doc) -> Doc:
        places = {(s.start, s.end) for s in spans_of(doc, CANDIDATES["COUNTRY"])}
        layout = doc._.layout
        known: dict[tuple[int, int], bool] = {}  # (the finders ask about the same words again: answered once per doc)
        length = len(doc)

        def is_place(span: Span) -> bool:
            key = (span.start, span.end)
            return known[key] if key in known else known.setdefault(key, self.is_place(span, places, layout.text))

        def place_at(start: int, end: int) -> bool:
            # (The finders ask by token offsets: a Span built per question cost more than most answers.) The offsets
            # are clamped as doc[start:end] clamps them; an empty span goes the Span's way.
            start = min(length, max(0, start + length if start < 0 else start))
            end = min(length, max(start, end + length if end < 0 else end))
            key = (start, end)
            if key in known:
                return known[key]
            if start == end:
                return is_place(doc[start:end])
            return known.setdefault(key, self.is_place_at(doc, start, end, places, layout.text))
        spans = find_projects(doc, layout, self.vocabulary, spans_of(doc, "DATE"), spans_of(doc, "MONEY"), is_place,
                              spans_of(doc, "COUNTRY"), place_at=place_at)
        set_spans(doc, "PROJECT", spans)
        return doc


class FactsheetMentions:
    """All mentions in one group, in text order; nested mentions of different types are kept."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for label in ("DATE", "MONEY", "COUNTRY", "PROJECT") for s in spans_of(doc, label)]
        spans.sort(key=lambda s: (s.start_char, s.end_char, s.label_))
        set_spans(doc, MENTION_KEY, spans)
        for key in CANDIDATES.values():
            doc.spans.pop(key, None)
        return doc


@Language.factory("factsheet_layout", default_config={"rules_dir": ""})
def make_layout(nlp: Language, name: str, rules_dir: str) -> FactsheetLayout:
    return FactsheetLayout(rules_dir)


@Language.factory("factsheet_dates")
def make_dates(nlp: Language, name: str) -> FactsheetDates:
    return FactsheetDates()


@Language.factory("factsheet_money")
def make_money(nlp: Language, name: str) -> FactsheetMoney:
    return FactsheetMoney()


@Language.factory("factsheet_countries")
def make_countries(nlp: Language, name: str) -> FactsheetCountries:
    return FactsheetCountries()


@Language.factory("factsheet_projects", default_config={"rules_dir": ""})
def make_projects(nlp: Language, name: str, rules_dir: str) -> FactsheetProjects:
    return FactsheetProjects(load_rules(rules_dir or None))


class FactsheetRecords:
    """Project records: PROJECT mentions grouped by project, with the facts tied to each.

    Keeps the linking vocabulary (rules/links.json) it was built with, as spaCy's SpanRuler keeps its patterns.
    """

    def __init__(self, vocabulary: LinkVocabulary):
        self.vocabulary = vocabulary

    def __call__(self, doc: Doc) -> Doc:
        doc._.projects = build_project_records(doc, self.vocabulary)
        return doc


@Language.factory("factsheet_records", default_config={"rules_dir": ""})
def make_records(nlp: Language, name: str, rules_dir: str) -> FactsheetRecords:
    return FactsheetRecords(load_link_vocabulary(rules_dir or None))


@Language.factory("factsheet_mentions")
def make_mentions(nlp: Language, name: str) -> FactsheetMentions:
    return FactsheetMentions()


@Language.factory("factsheet_anchored_rules", default_config={"label": "", "rules_dir": ""})
def make_anchored_rules(nlp: Language, name: str, label: str, rules_dir: str) -> AnchoredRuler:
    """Token patterns for one label (DATE or MONEY), matched only near anchor tokens."""
    rules = load_rules(rules_dir or None)
    lines = {"DATE": rules.date_patterns, "MONEY": rules.money_patterns}[label]
    anchors = rules.lexicon[f"anchors:{label}"]["ORTH"]["IN"]
    ruler = AnchoredRuler(nlp.vocab, CANDIDATES[label], anchors, DOTTED_DATES if label == "DATE" else CIFRAO_AMOUNTS,
                          reach=REACH[label])
    ruler.add_patterns(lines, rules.spacy_patterns(lines))
    return ruler
