"""What the text around a MONEY span says about its currency and its number.

A symbol several currencies share (`Rs`, `K`, `kr`, `pesos`, `CFA francs`) is the currency
of the country the text is about at that point: the sentence, else the lines between blank lines (a
country line over a table), else the paragraph, else the letterhead, else the section, else the
document (spec, MONEY). A currency only one country uses, written by its own sign (`KSh`), places
its passage in that country. The document may declare its dollar (`all figures in Australian
dollars`, `"$" means US dollars`) or another shared form (`K and ZK mean Zambian kwacha`); a
Spanish page writing `$… de pesos colombianos` writes `$` for that peso. An exchange rate said
in words (`655,957 FCFA pour 1 euro`) keeps its decimals.
The index is built once per doc from the COUNTRY candidates and the layout; each span gets
a MoneyContext for pipeline.normalize.money.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cached_property

from spacy.tokens import Doc, Span

from .currencies import CurrencyTable
from .initials import initial_phrases
from .money_declarations import declarations
from .money_table_rows import HEADER_UNIT_STARTS, in_table_row, outside_table_rows
from .normalize.money import MoneyContext
from .span_lists import span_text, spans_of

CONTEXT_KEY = "fs_money_context"
SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
# "$36,5-million": the document writes decimal commas before hyphenated scales.
HYPHENATED_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}-[^\W\d_]")
# A letter sign or code written before or after a number: "KSh 96", "TZS 3,200".
SIGN_WORD = re.compile(r"[A-Z](?<![\w$][A-Z])[A-Za-z]{1,3}(?=\s?\d|(?<=\d\s)\b)")
RATE_SIGN = "="
# "655,957 FCFA pour 1 euro", "2,200 to the pound", "62.4 per euro": the other side of a rate, named after the amount.
RATE_PER = re.compile(r"\s+(?:to\s+the|per|pour|por|para|for)\s+(?:(?:1|one|un|une|um|uma|a)\s+)?(\S+)", re.IGNORECASE)
# "at the rate of", "au taux fixe de", "a la tasa de": the amount after is a rate.
RATE_BEFORE = initial_phrases(["rate", "taux", "tasa", "taxa"],
                              r"(?i:(?:\s+[^\W\d_]+){0,3}\s+(?:of|de|do|à)(?:\s+(?:approximately|about|environ))?\s*$)",
                              ignore_case=True)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "3,5 millions", "12,5 %": a comma before one or two decimals and a scale or percent sign.
# (Each opens with a digit and looks behind it, rather than looking behind first: the engine then skips to digits.)
DECIMAL_COMMA = re.compile(r"\d(?<![\d.,]\d)\d{0,2},\d{1,2}(?![\d.,])\s*(?:%|[^\W\d_]{5,})")
# What every DECIMAL_COMMA match holds: a comma, one or two digits and no more. The engine skips from comma to comma
# for it (DECIMAL_COMMA tries each digit of the text); a text without it (most) has no decimal comma to count.
DECIMAL_COMMA_HINT = re.compile(r",\d\d?(?![\d.,])")
DECIMAL_POINT = re.compile(r"\d(?<![\d.,]\d)\d{0,2}\.\d{1,2}(?![\d.,])\s*(?:%|[^\W\d_]{5,})")
# "1,250,000": commas grouping thousands twice can only be English.
ENGLISH_GROUPS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:,\d{3}){2,}(?![\d,]|\.\d{3})")
# Words of five letters or more (a romance scale is one: "millones", "milliards"), a word at the end, "36,5-million".
LONG_WORD = re.compile(r"[^\W\d_]{5,}")
WORD_AT_END = re.compile(r"[^\W\d_]+$")
NUMBER_HYPHEN_WORD = re.compile(r"\d-[^\W\d_]")


def _outermost(spans) -> list:
    """Candidates not inside a longer one: "Sudan" of "South Sudan", "Guinea" of "Equatorial Guinea" are no countries
    of their own (the shorter, starting later, would otherwise be the nearer one to an amount)."""
    kept, max_end, widest = [], -1, None
    for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char)):
        extent = (span.start_char, span.end_char)
        if span.end_char <= max_end and extent != widest:
            continue
        kept.append(span)
        if span.end_char > max_end:
            max_end, widest = span.end_char, extent
    return kept


class MoneyContextIndex:
    """Country mentions, sentences, sections and declarations of one doc."""

    def __init__(self, doc: Doc, table: CurrencyTable, country_spans):
        layout = doc._.layout
        self.text = layout.text if layout is not None else doc.text
        self.layout = layout
        self.table = table
        # (The countries and blank lines are indexed when an amount first asks for its countries: few ever do.)
        self._country_spans = country_spans
        self.letterhead: tuple[int, int] | None = None
        self.romance, self.decimal_points = self._number_convention()
        self.sections: dict | None = None
        self.paragraphs: dict | None = None
        self.cache: dict[tuple[int, int, str], PassageContext] = {}
        self.user_data = doc.user_data
        self.outside_rows: dict[str, list[int]] | None = None
        self._dates = doc.spans.get("DATE", ())  # (a SpanGroup refers to its doc weakly)
        self.date_years: list[tuple[int, int, int]] | None = None  # (start, end, year) per DATE, on first use

    def _index_countries(self) -> None:
        country_spans, self._country_spans = self._country_spans, None
        self.countries = sorted([(s.start_char, s.id_) for s in _outermost(s for s in country_spans if s.id_)]
                                + self._currency_countries())
        counts = Counter(iso2 for _, iso2 in self.countries)
        self.by_frequency = tuple(iso2 for iso2, _ in counts.most_common())
        # Each country's mention offsets, sorted: the nearest mention in a window is two bisections away.
        self.positions: dict[str, list[int]] = defaultdict(list)
        for position, iso2 in self.countries:
            self.positions[iso2].append(position)
        # The blank lines, found once: every amount's block is bisected out of them.
        blank_lines = [(m.start(), m.end()) for m in BLANK_LINE.finditer(self.text)]
        self.blank_starts = [start for start, _ in blank_lines]
        self.blank_ends = [end for _, end in blank_lines]

    def _currency_countries(self) -> list[tuple[int, str]]:
        """"KSh 96 billion ... about Sh71.3bn": a sign or code of a currency only one country uses places the passage
        in that country, for the shared forms near it (no country is named in a news story about its own capital)."""
        found = []
        for match in SIGN_WORD.finditer(self.text):
            form = match.group(0)
            codes = self.table.candidates(form)
            if len(codes) != 1 or form not in self.table.signs or form in self.table.needs_context \
                    or form in self.table.word_codes:
                continue  # shared forms ("Sh", "Rs") say nothing of the country; "PEN 12" needs one itself
            code = next(iter(codes))
            users = [iso2 for iso2, used in self.table.territories.items() if code in used]
            if len(users) == 1 and form != code.title():
                found.append((match.start(), users[0]))
        return found

    @cached_property
    def hyphen_decimal_comma(self) -> bool:
        """Whether the document writes "$36,5-million" (read on the first amount written with a hyphen before a word)."""
        return bool(HYPHENATED_DECIMAL_COMMA.search(self.text))

    @cached_property
    def declared(self) -> dict[str, str]:
        """The forms the document declares ("$" means US dollars): read on the first amount whose form needs them
        (an amount in a form of one currency, most of them, does not; the scans for them read the whole text)."""
        return declarations(self.text, self.table)

    def _number_convention(self) -> tuple[bool, bool]:
        """(romance, decimal points): whether the document writes numbers the French, Spanish and Portuguese way
        (scale words, decimal commas before a scale or percent sign: dots group thousands, "₲ 85.000 millones"); and
        whether its figures show decimal points all the same: a Spanish page that writes "L 48.5 millones" means a
        thousand millions by "1,000 millones". English text keeps "1.500 million"."""
        lowered = self.text.lower()
        # A word can only be a romance scale if the scale is in the text: most texts hold none, and skip the word scan.
        words = sum(word in self.table.romance_scales for word in LONG_WORD.findall(lowered)) \
            if any(scale in lowered for scale in self.table.romance_scales) else 0
        commas = sum(self._before_scale(m.group(0)) for m in DECIMAL_COMMA.finditer(self.text)) \
            if DECIMAL_COMMA_HINT.search(self.text) else 0
        if not words and not commas:
            return False, False  # (an English text: its two scans for English forms are skipped)
        # An English text quoting a Portuguese phrase still writes "€1.8 billion" and "1,250,000".
        decimal_points = [m.group(0) for m in DECIMAL_POINT.finditer(self.text)]
        points = sum(self._before_scale(written) for written in decimal_points) + len(ENGLISH_GROUPS.findall(self.text))
        # (Only points before the Romance scales count for the second: an English page quoting "COP 412.500 millones"
        # writes its own "4.6 million".)
        romance_points = sum(not written.endswith("%") and WORD_AT_END.search(written).group(0).lower()
                             in self.table.romance_scales for written in decimal_points)
        return words + commas > points, romance_points > commas

    def _before_scale(self, written: str) -> bool:
        return written.endswith("%") or WORD_AT_END.search(written).group(0).lower() in self.table.scales


    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        low = max((m.end() for m in SENTENCE_END.finditer(self.text, max(0, start - 600), start)), default=max(0, start - 600))
        if self.layout is not None:
            line = self.layout.line_at(start)
            # A table row, heading or list item is a sentence of its own.
            if line.kind in ("row", "heading", "item"):
                low = max(low, line.start)
        following = SENTENCE_END.search(self.text, end)
        high = following.start() if following else len(self.text)
        if self.layout is not None:
            line = self.layout.line_at(end)
            if line.kind in ("row", "heading"):
                high = min(high, line.end)
        return low, high

    def _section(self, start: int) -> tuple[int, int]:
        if self.layout is None:
            return 0, len(self.text)
        if self.sections is None:
            # Each heading's lines, first to last: built once, on the first amount that needs it.
            self.sections = {}
            for line in self.layout.lines:
                first, _ = self.sections.get(line.heading, (line.start, line.end))
                self.sections[line.heading] = (first, line.end)
        return self.sections.get(self.layout.line_at(start).heading, (0, len(self.text)))

    def _paragraph(self, start: int) -> tuple[int, int]:
        if self.layout is None:
            return 0, 0
        if self.paragraphs is None:
            self.paragraphs = {}
            for line in self.layout.lines:
                if line.kind != "blank":
                    first, _ = self.paragraphs.get(line.paragraph, (line.start, line.end))
                    self.paragraphs[line.paragraph] = (first, line.end)
        return self.paragraphs.get(self.layout.line_at(start).paragraph, (0, 0))

    def _block(self, start: int, end: int) -> tuple[int, int]:
        # The last blank line ending by the amount's start, the first one starting at or after its end.
        before = bisect_right(self.blank_ends, start)
        low = self.blank_ends[before - 1] if before else 0
        after = bisect_left(self.blank_starts, end)
        if after and self.blank_ends[after - 1] > end:
            # The amount ends inside a blank line (it never does: a span ends on a word); search as the scan would.
            following = BLANK_LINE.search(self.text, end)
            return low, following.start() if following else len(self.text)
        return low, self.blank_starts[after] if after < len(self.blank_starts) else len(self.text)

    def _letterhead(self) -> tuple[int, int]:
        """The page's first lines up to its first blank line, when they are short heading lines (no sentence)."""
        if self.letterhead is None:
            head = self.text[: self.blank_starts[0]] if self.blank_starts else ""
            lines = [line for line in head.splitlines() if line.strip()]
            if not lines or any(len(line.split()) > 12 or SENTENCE_END.search(line + " ") for line in lines):
                self.letterhead = (0, 0)
            else:
                self.letterhead = (0, len(head))
        return self.letterhead

    def _near(self, low: int, high: int, at: int, positions: dict[str, list[int]] | None = None) -> list[str]:
        """The countries mentioned in [low, high), nearest mention to `at` first (ties by code), each once."""
        nearest = []
        for iso2, offsets in (self.positions if positions is None else positions).items():
            first, last = bisect_left(offsets, low), bisect_left(offsets, high)
            if first == last:
                continue
            split = bisect_left(offsets, at, first, last)
            distances = [at - offsets[split - 1]] if split > first else []
            distances += [offsets[split] - at] if split < last else []
            nearest.append((min(distances), iso2))
        return [iso2 for _, iso2 in sorted(nearest)]

    def context(self, span: Span) -> "PassageContext":
        text = span_text(span)  # (sliced from the source: Span.text builds a Token per word)
        key = (span.start_char, span.end_char, text)
        if key not in self.cache:
            self.cache[key] = PassageContext(self, span, text)
        return self.cache[key]

    def countries_around(self, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(countries of the sentence, then of the paragraph, the section and the document), nearest first."""
        if self._country_spans is not None:
            self._index_countries()
        if start in self.user_data.get(HEADER_UNIT_STARTS, ()) and in_table_row(self.layout, start):
            # A column's or caption's unit is the table's: its rows' labels ("Nepal  17.3  19.8" in a table of
            # partners) say who gave, not where the amounts are counted.
            return (), tuple(dict.fromkeys(self._wider(start, end, self._positions_outside_rows())))
        low, high = self._sentence(start, end)
        near = self._near(low, high, start)
        return tuple(dict.fromkeys(near)), tuple(dict.fromkeys(self._wider(start, end, self.positions)))

    def year_near(self, start: int, end: int) -> int | None:
        """The latest year of the DATE nearest the amount in its sentence (or table row), None when it holds none."""
        if self.date_years is None:
            self.date_years = sorted((date.start_char, date.end_char, year) for date in self._dates
                                     if (year := _latest_year(date)) is not None)
        low, high = self._sentence(start, end)
        first, last = bisect_left(self.date_years, (low,)), bisect_left(self.date_years, (high,))
        nearest = min(self.date_years[first:last], default=None,
                      key=lambda date: date[0] - end if date[0] >= end else start - date[1])
        return nearest[2] if nearest is not None else None

    def _positions_outside_rows(self) -> dict[str, list[int]]:
        if self.outside_rows is None:
            self.outside_rows = outside_table_rows(self.layout, self.positions)
        return self.outside_rows

    def _wider(self, start: int, end: int, positions: dict[str, list[int]]) -> list[str]:
        # "Senegal. The programme ... A connection costs 25 000 FCFA": the paragraph's country before the section's.
        paragraph_low, paragraph_high = self._paragraph(start)
        section_low, section_high = self._section(start)
        # "Nepal" on a line of its own over a table and its notes: the lines up to the blank lines around the amount.
        block_low, block_high = self._block(start, end)
        # The letterhead ("RÉPUBLIQUE DU SÉNÉGAL" over a ministry's note) names the page's own country: it comes
        # before a country another paragraph of the section names in passing.
        return self._near(block_low, block_high, start, positions) \
            + self._near(paragraph_low, paragraph_high, start, positions) \
            + self._near(*self._letterhead(), start, positions) \
            + self._near(section_low, section_high, start, positions) + list(self.by_frequency)


class PassageContext:
    """A MoneyContext whose countries are looked up only when a shared form asks for them (most amounts do not)."""

    def __init__(self, index: MoneyContextIndex, span: Span, text: str):
        self._index = index
        self._start, self._end = span.start_char, span.end_char
        after = index.text[self._end : self._end + 4].lstrip(" \t\u00a0")
        before = index.text[max(0, self._start - 4) : self._start].rstrip(" \t\u00a0")
        # (The amount's own text first: the document's scan runs only for one written "36,5-million".)
        self.decimal_comma = bool(NUMBER_HYPHEN_WORD.search(text)) and index.hyphen_decimal_comma
        self.rate = after.startswith(RATE_SIGN) or before.endswith(RATE_SIGN) or self._rate_in_words(index)
        # "R$ 1.500 milhões" says its own convention, whatever the rest of the document does.
        self.romance = index.romance or any(w in index.table.romance_scales for w in LONG_WORD.findall(text.lower()))
        self.decimal_points = index.decimal_points

    def _rate_in_words(self, index: MoneyContextIndex) -> bool:
        """"3,41 dinars pour un euro", "ETB 62.4 per euro": an exchange rate said in words."""
        per = RATE_PER.match(index.text, self._end)
        if per and index.table.candidates(per.group(1).rstrip(".,;:")):
            return True
        return bool(RATE_BEFORE.search(index.text[max(0, self._start - 40) : self._start]))

    @cached_property
    def declared(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self._index.declared.items()))

    @cached_property
    def _countries(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self._index.countries_around(self._start, self._end)

    @property
    def near(self) -> tuple[str, ...]:
        return self._countries[0]

    @property
    def countries(self) -> tuple[str, ...]:
        return self._countries[1]

    @cached_property
    def year(self) -> int | None:
        return self._index.year_near(self._start, self._end)

    def frozen(self) -> MoneyContext:
        return MoneyContext(near=self.near, countries=self.countries, declared=self.declared,
                            decimal_comma=self.decimal_comma, rate=self.rate, romance=self.romance,
                            year=self.year)


def _latest_year(date: Span) -> int | None:
    value = date._.value
    years = [int(bound[:4]) for bound in (value.start, value.end) if bound] if value is not None else []
    return max(years, default=None)


def money_context(span: Span, table: CurrencyTable, country_key: str) -> PassageContext:
    """The context of a MONEY span, read like a MoneyContext (the doc's index is built on first use)."""
    doc = span.doc
    index = doc.user_data.get(CONTEXT_KEY)
    if index is None:
        countries = spans_of(doc, country_key) or spans_of(doc, "COUNTRY")
        index = doc.user_data[CONTEXT_KEY] = MoneyContextIndex(doc, table, countries)
    return index.context(span)
