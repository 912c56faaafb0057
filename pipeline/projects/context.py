"""What every PROJECT rule reads: one document's context (and the vocabulary, from .vocabulary).

`DetectionContext` holds one document (its tokens, layout, dates, places) and what the
rules have found so far, with the token tests they share.
"""

from __future__ import annotations

import re

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Callable, Optional

from spacy.tokens import Doc, Span

from ..layout import Layout, Line
from ..token_table import token_table
from .common_words import is_common_english
from .vocabulary import Vocabulary

SPACED_DASHES = {"–", "—", "-"}
SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
LEADING_ARTICLES = {"the", "a", "an"}
POSSESSIVES = {"'s", "’s"}
ELISIONS = frozenset({"d'", "l'", "d’", "l’", "D'", "L'", "D’", "L’"})
WRAP_WIDTH = 50  # a shorter line above, or one not in prose, is a line of its own (a title), not a wrapped one
COINED_PREFIX = re.compile(r"^[a-z][A-Z][a-z]")
RATING_UNITS = frozenset({"kV", "MW", "kW", "GW", "MWp", "MVA"})


@dataclass
class DetectionContext:
    """One document as the PROJECT rules see it, and the spans they have taken so far."""

    doc: Doc
    layout: Layout
    vocab: Vocabulary
    is_place: Callable[[Span], bool]
    dates: list[Span]
    texts: list[str] = field(default_factory=list)
    spaces: list[int] = field(default_factory=list)  # per token, read once like the texts: is_space,
    whitespaces: list[str] = field(default_factory=list)  # whitespace_ (" " or ""),
    starts: list[int] = field(default_factory=list)  # and idx
    positions: dict[str, list[int]] = field(default_factory=dict)
    date_tokens: set[int] = field(default_factory=set)
    money_tokens: set[int] = field(default_factory=set)
    place_tokens: set[int] = field(default_factory=set)  # inside a country name ("Côte d'Ivoire")
    place_starts: set[int] = field(default_factory=set)  # where a country name starts
    found: list[Span] = field(default_factory=list)
    taken: list[bool] = field(default_factory=list)
    organization_acronyms: set[str] = field(default_factory=set)
    project_acronyms: set[tuple[str, ...]] = field(default_factory=set)  # token texts of acronyms defined apart from their title
    memo: dict = field(default_factory=dict)  # readings of one span that rules cache, keyed by what they read
    texts_by_lower: Optional[dict[str, list[str]]] = None  # each distinct token text under its lower case (on first use)
    is_place_at: Optional[Callable[[int, int], bool]] = None  # is_place(doc[start:end]) asked by offsets (see place_at)
    currencies: dict[int, bool] = field(default_factory=dict)  # is_currency per word asked about (its ORTH hash)
    # The dates' character bounds sorted by start, and the furthest end up to each (for has_date; on first use).
    date_starts: Optional[list[int]] = None
    date_reach: Optional[list[int]] = None

    @classmethod
    def build(cls, doc: Doc, layout: Layout, vocab: Vocabulary, dates: list[Span], amounts: list[Span],
              is_place, places: list[Span] = (), place_at=None) -> "DetectionContext":
        # Token texts and flags from the doc's token table (read once for all components): Tokens are costly.
        tokens = token_table(doc)
        texts = tokens.texts
        positions: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            found = positions.get(text)
            if found is None:
                positions[text] = [i]
            else:
                found.append(i)
        return cls(doc=doc, layout=layout, vocab=vocab, is_place=is_place, dates=list(dates), texts=texts,
                   spaces=tokens.spaces, whitespaces=[" " if s else "" for s in tokens.spaced], starts=tokens.starts,
                   positions=positions, date_tokens={i for s in dates for i in range(s.start, s.end)},
                   money_tokens={i for s in amounts for i in range(s.start, s.end)},
                   place_tokens={i for s in places for i in range(s.start + 1, s.end)},
                   place_starts={s.start for s in places}, taken=[False] * len(doc),
                   organization_acronyms=set(vocab.organization_acronyms), is_place_at=place_at)

    def place_at(self, start: int, end: int) -> bool:
        """is_place(doc[start:end]); the component answers by the offsets, without building the Span (a Span costs
        more than most answers, which it keeps per doc)."""
        return self.is_place(self.doc[start:end]) if self.is_place_at is None else self.is_place_at(start, end)

    # ---- the tokens a finder visits ------------------------------------------------------
    # (A finder that acts only at certain words reads their positions: one look-up per word it wants, not a test per
    # token of the doc. The positions come in text order, as its walk over all tokens met them.)
    def positions_of(self, words) -> list[int]:
        """The positions of the tokens whose text is one of words, in order."""
        positions = self.positions
        return sorted(i for word in words if word in positions for i in positions[word])

    def positions_of_lower(self, words) -> list[int]:
        """The positions of the tokens whose lower-cased text is one of words, in order."""
        if self.texts_by_lower is None:
            self.texts_by_lower = {}
            for text in self.positions:
                self.texts_by_lower.setdefault(text.lower(), []).append(text)
        by_lower, positions = self.texts_by_lower, self.positions
        return sorted(i for word in words if word in by_lower for text in by_lower[word] for i in positions[text])

    # ---- token tests ---------------------------------------------------------------
    def is_capitalized(self, i: int) -> bool:
        """"Water", "II", a figure after a capitalized word, and coined words with a lowercase letter
        prefix: "mWater", "eHealth", the "e" of "e-Government"."""
        text = self.texts[i]
        return text[:1].isupper() or (text[:1].isdigit() and i > 0 and self.is_capitalized(i - 1)) \
            or bool(COINED_PREFIX.match(text)) or self.is_letter_prefix(i)

    def is_letter_prefix(self, i: int) -> bool:
        """The "e" of "e-Government": one lowercase letter hyphened, with no space, to a capitalized word."""
        return len(self.texts[i]) == 1 and self.texts[i].islower() and i + 2 < len(self.texts) \
            and self.texts[i + 1] == "-" and not self.whitespaces[i] and not self.whitespaces[i + 1] \
            and self.texts[i + 2][:1].isupper()

    def is_currency(self, i: int) -> bool:
        """doc[i].is_currency, read from the word's lexeme once per doc instead of from a Token per test."""
        orth = token_table(self.doc).orth_ids[i]
        found = self.currencies.get(orth)
        if found is None:
            found = self.currencies[orth] = self.doc.vocab[orth].is_currency
        return found

    def is_function(self, i: int) -> bool:
        return self.texts[i].lower() in self.vocab.function_words

    def is_connector(self, i: int) -> bool:
        """/ & + ' and unspaced dashes join the parts of one name (ILO/Japan, Mugling–Pokhara)."""
        text = self.texts[i]
        if text in {"/", "&", "+", "'", "’"} or text in POSSESSIVES:
            return True
        if text in SPACED_DASHES:
            return not self.whitespaces[i] and i > 0 and not self.whitespaces[i - 1]
        return False

    def is_hyphen_tail(self, i: int) -> bool:
        """The lowercase end of a hyphenated capitalized word (Multi-bilateral), not a participle (Canadian-funded)
        nor the end of a lowercase word ("to co-finance the ...", "chama-lhe")."""
        if i < 2 or not self.texts[i].islower() or self.texts[i - 2].islower():  # (Token.is_lower is the text's islower())
            return False
        return self.is_connector(i - 1) and self.texts[i - 1] in SPACED_DASHES and not self.texts[i].endswith("ed")

    def in_title(self, i: int) -> bool:
        if i in self.date_tokens:
            return False
        # "occupied Palestinian territory ...": a country name that opens in lower case is in the title whole.
        return self.is_capitalized(i) or self.is_function(i) or self.is_connector(i) or self.is_hyphen_tail(i) \
            or i in self.place_tokens or i + 1 in self.place_tokens or self._rating(i) or self._elision(i) \
            or self._numbered_word(i)

    def word_before(self, i: int) -> int:
        """The token before token i, across a single line break ("the\nQocha Sumaq programme": a wrapped line)."""
        k = i - 1
        return k - 1 if k >= 1 and self.spaces[k] and self.texts[k].count("\n") == 1 else k

    def _numbered_word(self, i: int) -> bool:
        """"COVID-19", "Teplo-2": a short number glued by a hyphen to the capitalized word before it is that word's."""
        texts, glue = self.texts, self.whitespaces
        return texts[i].isdigit() and len(texts[i]) <= 3 and i >= 2 and texts[i - 1] == "-" and not glue[i - 1] \
            and not glue[i - 2] and self.is_capitalized(i - 2)

    def _elision(self, i: int) -> bool:
        """"Cap d'Ambre", "Vallée de l'Ouémé": a French elision glued to the capitalized word after it."""
        return self.texts[i] in ELISIONS and not self.whitespaces[i] and i + 1 < len(self.texts) \
            and self.texts[i + 1][:1].isupper()

    def _rating(self, i: int) -> bool:
        """"330 kV", "50 MW": a power line's or a plant's rating inside its name ("... 132 kV Ring Main Project")."""
        texts = self.texts
        if texts[i] in RATING_UNITS:
            return i > 0 and texts[i - 1].isdigit()
        return texts[i].isdigit() and i + 1 < len(texts) and texts[i + 1] in RATING_UNITS

    def is_coined(self, i: int) -> bool:
        """A capitalized word no English word list holds, no country and no body the rules or the page name:
        "Velona", "Tavoloma" (not "Danida", "Sida")."""
        text = self.texts[i]
        return len(text) >= 4 and text.isalpha() and text[:1].isupper() and not text.isupper() \
            and not is_common_english(text) and i not in self.place_tokens and not self.place_at(i, i + 1) \
            and text.upper() not in self.vocab.organization_acronyms and text.upper() not in self.organization_acronyms \
            and text.lower() not in self.vocab.organization_names

    def is_coined_name(self, i: int) -> bool:
        """A coined word that stands alone as a name: used again on the page, and never after "in" or "at" as a
        place is ("the Velona programme ... Velona reached"; not "the Kigali programme" once, "offices in Kigali")."""
        text = self.texts[i]
        uses = self.positions.get(text, [])
        return self.is_coined(i) and len(uses) >= 2 and not any(k > 0 and self.texts[k - 1].lower() in {"in", "at"} for k in uses)

    def is_acronym_word(self, i: int) -> bool:
        text = self.texts[i]
        return len(text) >= 2 and text[0].isupper() and sum(c.isupper() for c in text) >= 2 and text.isalnum()

    # ---- lines and spans -------------------------------------------------------------
    def line_of(self, i: int) -> Line:
        return self.layout.line_at(self.starts[i])

    def line_tokens(self, i: int) -> tuple[int, int]:
        """The token range of the line holding token i (its content, markers excluded)."""
        line = self.line_of(i)
        tokens = self.token_range(line.content_start, line.end)
        return tokens if tokens else (0, len(self.doc))

    def title_floor(self, i: int) -> int:
        """Where a title ending at token i may start: its line, or the line before when the title wraps
        ("... Lagoon Hamlets<newline>Resilience Project") inside one paragraph of running text."""
        line = self.line_of(i)
        floor = self.line_tokens(i)[0]
        if line.index == 0 or line.kind != "text" or floor == 0 or self.texts[floor - 1] != "\n":
            return floor
        previous = self.layout.lines[line.index - 1]
        # A wrapped line runs near the full width and stops mid-sentence; a title line above is short.
        text = self.layout.text[previous.start : previous.end].rstrip()
        prose = sum(1 for word in text.split() if word.isalpha() and word.islower()) >= 4
        if previous.kind != "text" or previous.paragraph != line.paragraph or len(text) < WRAP_WIDTH or not prose \
                or text.endswith((".", ":", ";", "!", "?")):
            return floor
        return self.line_tokens(floor - 2)[0] if floor >= 2 else floor

    def token_range(self, start_char: int, end_char: int) -> Optional[tuple[int, int]]:
        return token_table(self.doc).contracted(start_char, end_char)  # (doc.char_span's tokens, "contract")

    def text_of(self, start: int, end: int) -> str:
        return token_table(self.doc).text(start, end)  # doc[start:end].text, without building a Span or Tokens

    def starts_sentence(self, i: int) -> bool:
        if i == 0:
            return True
        previous = self.texts[i - 1]
        return previous in {".", "!", "?", ":", ";"} or "\n" in previous or \
            self.line_of(i).content_start == self.starts[i]

    def walk_back(self, end: int, floor: int, allow_commas: bool = False) -> int:
        """Start of the title-case run ending just before token `end`."""
        i = end - 1
        while i >= floor:
            if self.texts[i] == "," and allow_commas and i > floor and self.is_capitalized(i - 1) \
                    and i + 1 < end and self.is_capitalized(i + 1):
                i -= 1
                continue
            # A single line break inside a wrapped title is crossed (the floor says how far).
            wrap = self.texts[i] == "\n" and i > floor
            if not wrap and (not self.in_title(i) or "\n" in self.texts[i] or self.spaces[i] or self.taken[i]):
                break
            # A tab ends a table cell: "Country<TAB>Rural Roads Project".
            if i < end - 1 and "\t" in self.whitespaces[i]:
                break
            i -= 1
        return i + 1

    def walk_forward(self, start: int, ceiling: int) -> int:
        i = start
        # An amount ends a name: "... Fund for Development with AED 30 million".
        while i < ceiling and self.in_title(i) and not self.spaces[i] and i not in self.money_tokens:
            i += 1
        return i

    def in_capitals(self, i: int) -> bool:
        """Token i is written in capitals, as are its neighbours ("RURAL ROADS PROJECT FOR ...")."""
        def capitals(k: int) -> bool:
            return 0 <= k < len(self.texts) and self.texts[k].isupper() and self.texts[k].isalpha()
        return capitals(i) and (capitals(i - 1) or capitals(i + 1))

    def head(self, start: int, end: int) -> Optional[str]:
        """The head noun: the last capitalized word before the first preposition."""
        head = None
        # "Programme régional de ... du Centre": a Romance title's head comes first, before its "de".
        romance = self.texts[start] in self.vocab.foreign_heads
        for i in range(start, end):
            text = self.texts[i]
            if text.lower() in self.vocab.prepositions and (text.islower() or self.in_capitals(i)):
                # ("Food-for-Assets Transfer Programme": a preposition inside a hyphenated compound heads nothing.)
                if not (start < i and self.texts[i - 1] == "-" and not self.whitespaces[i - 1]):
                    break
            if romance and i > start and text.islower() and text in self.vocab.foreign_function_words:
                break
            if text[:1].isupper():
                head = text
        return head

    def content_words(self, start: int, end: int) -> int:
        texts = self.texts
        if not 0 <= start <= end <= len(texts):
            return sum(1 for i in range(start, end) if texts[i].isalpha() and not self.is_function(i))
        function_words = self.vocab.function_words  # (is_function inlined: a call per word cost more than its test)
        return sum(1 for text in texts[start:end] if text.isalpha() and text.lower() not in function_words)

    def has_date(self, start_char: int, end_char: int) -> bool:
        """Whether a date overlaps [start_char, end_char): one that starts before end_char and ends after start_char,
        found by bisecting the dates sorted by start and reading the furthest end among those (no Span read per date)."""
        if self.date_starts is None:
            bounds = sorted((s.start_char, s.end_char) for s in self.dates)
            self.date_starts = [start for start, _ in bounds]
            self.date_reach = list(accumulate((end for _, end in bounds), max))
        before = bisect_left(self.date_starts, end_char)
        return before > 0 and self.date_reach[before - 1] > start_char

    def is_free(self, start: int, end: int) -> bool:
        return start < end and not any(self.taken[start:end])

    def _bare(self, i: int) -> bool:
        """Space, or symbols only ("|", "•", "|---|"); a name neither starts nor ends with one."""
        text = self.texts[i]
        # A superscript footnote mark ("²") is no part of a name either.
        return self.spaces[i] or (text != ")" and not any(c.isalnum() for c in text)) \
            or all(c in SUPERSCRIPTS for c in text)

    def add(self, start: int, end: int, rule: str) -> Optional[Span]:
        """Take tokens [start, end) as a PROJECT span, without space or punctuation at its ends
        (a ")" stays when it closes a "(" of the name)."""
        while start < end and (self._bare(start) or self.texts[start] in POSSESSIVES or self.texts[start] == ")"):
            start += 1
        while end > start and (self._bare(end - 1) or (self.texts[end - 1] == ")" and "(" not in self.texts[start : end - 1])):
            end -= 1
        # "... Project (HRP) 09.04.2031" in a table cell set one space apart: the date is the next cell's (a title
        # and its acronym in parentheses are four tokens at least).
        while end - start > 3 and end - 1 in self.date_tokens and self.texts[end - 2] == ")" and end - 1 not in self.money_tokens:
            end -= 1
        if not self.is_free(start, end) or not any(self.texts[i][:1].isalnum() for i in range(start, end)):
            return None
        # "MOROCCO", "MULTINATIONAL" over a table's rows: a place or region in capitals is no acronym.
        if end - start == 1 and rule.startswith("acronym") and (self.texts[start].title() in self.vocab.region_words
                                                               or self.place_at(start, end)):
            return None
        span = Span(self.doc, start, end, label="PROJECT", span_id=rule)
        self.found.append(span)
        # "Programme régional de ... (ABC)" found by a later rule than the one that failed to read it: the
        # acronym it carries is the project's, not a body's (a body the vocabulary names stays one).
        if self.texts[end - 1] == ")" and end - start >= 4 and self.texts[end - 3] == "(" \
                and self.texts[end - 2] not in self.vocab.organization_acronyms:
            self.organization_acronyms.discard(self.texts[end - 2])
        for i in range(start, end):
            self.taken[i] = True
        return span
