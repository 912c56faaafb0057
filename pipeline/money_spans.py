"""MONEY span adjustments the token patterns cannot make, used by the MONEY component.

- a closing mark glued to an amount joins it ("Shs 1,000,000/=");
- a scale after a hyphen or a line break joins the amount ("$1-billion", "€5.2\\nmillion",
  "€5.20 mil-\\nlion"); the span keeps the hyphen and the break, the value is the normal reading;
- a small worded number before a currency used as a modifier is a count ("three yen loans");
- a sign in front and a scale at the end are shared by a list ("NOK 2.15, 1.65 and 1.35 billion");
- a bare number closed by "/-" or "/=" is an amount of the passage's shilling or rupee ("940m/-");
- a bare number takes the currency of its label, column header or caption (pipeline.money_labels).

The component passes in how values are computed and how a shared tail is recorded, so this
module needs nothing from pipeline.components.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .currencies import CurrencyTable
from .initials import initial_phrases
from .money_labels import labelled_spans
from .span_lists import span_text, spans_of
from .token_table import token_table
from .normalize.money import unmistakable

HYPHENS = {"-", "\u2010", "\u2011"}
PAIR_DASHES = HYPHENS | {"\u2013"}  # "2022-2023", "2022–2023"
DASHES = HYPHENS | {"–", "—"}  # (what a trailing dash of an amount may be)
# East African "/=" and "/-", Swiss ".-": the tokenizer splits them off an amount (pipeline.tokenizer).
CLOSING_MARKS = {"/=", "/-", ".-", ",-"}
SHILLING_MARKS = {"/=", "/-"}  # (of those, the ones closing a shilling's or a rupee's amount)
SHILLING_MARK_IDS = {get_string_id(mark) for mark in SHILLING_MARKS}
# Words after an amount that say nothing is measured ("1.200 MT por mês", "500 Le each").
MEASURE_FREE_WORDS = {"per", "por", "para", "pour", "and", "each", "cada", "pelo", "pela", "par"}
# A year or a range of years, as a period is written before a table's amounts ("2019–2023", "2024").
YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?")
SHARED_SIGN_RULES = {"sign-amount", "sign-grouped-amount"}
# Rules whose currency word comes first, as a label: they need an amount no name and number are written like.
LABEL_FIRST_RULES = {"title-word-amount", "title-name-amount"}

# "(Unit: ", "Units: ": a table's unit label before what looks like an amount.
UNIT_BEFORE = initial_phrases(["units?", "unidad(?:es)?", "unité"], r"\s*:$")
CODE_AND_MULTIPLIER = re.compile(r"[A-Z]{3}\s?(?:1[,.]?000|100)")
# The words that open a range's two amounts ("from ... to ...", "between ... and ...") in the rules that match them.
RANGE_OPENERS = {"from", "between", "entre"}
RANGE_OPENER_RULES = ("from-range", "between-range", "between-grouped-range")
# "($000)", "in NZ$'000": a sign and three zeros name a column's unit, thousands of it.
SIGN_THOUSANDS = re.compile(r"[^\d\s]{1,4}\s?['’‘]?000")

# Verbs of a change of value, before "from X to Y".
CHANGE_VERBS = frozenset({"increased", "increase", "increases", "increasing", "rose", "risen", "rise", "rises", "rising", "grew",
                          "grown", "grow", "grows", "raised", "raise", "raises", "raising", "lifted", "lifts", "boosted", "boosts",
                          "revised", "revises", "reduced", "reduces", "decreased", "declined", "fell", "fallen", "falls",
                          "dropped", "drops", "jumped", "climbed", "expanded", "expands", "changed", "amended", "adjusted",
                          "lowered", "lowers", "cut", "cuts", "doubled", "tripled", "up", "down",
                          # ("el presupuesto aumentó de US$ 5 millones a US$ 8 millones", "passou de ... a ...")
                          "aumentó", "aumentaron", "pasó", "pasaron", "subió", "creció", "bajó", "disminuyó", "redujo", "elevó",
                          "aumentou", "passou", "subiu", "cresceu", "caiu", "diminuiu", "reduziu", "elevou",
                          "augmenté", "augmente", "passé", "passe", "baissé", "diminué", "réduit", "relevé", "porté"})
# "from" and its Romance words before the first value of a change ("de", "desde" as "passou de X a Y" writes them).
CHANGE_FROM = {"from", "de", "desde"}
PARTICLES = {"up", "down"}  # (change words only right before "from")
CHANGE_VERB_REACH = 6  # (words back from "from": "raised the ceiling on total grants from X to Y", "went up from X to Y")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "our"})
# ("revised grants ranging from X to Y": a word of a range between the verb and "from" makes it one.)
RANGE_VERBS = frozenset({"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied"})
RANGE_WORDS = frozenset({"to", "a", "à", "-", "–", "—"})
NON_DIGITS_AT_END = re.compile(r"\D+$")
NUMBERED_PARTS = frozenset({"phase", "tranche", "lot", "component", "window", "stage", "step", "part", "pillar", "output",
                            "action", "fase", "étape", "etapa", "volet", "composante"})


class MoneySpans:
    """MONEY span adjustments for one doc.

    value (Callable[[Span], Any]): a span's normalized value, None when it does not normalize.
    set_tail (Callable[[Span, str], None]): records words written once elsewhere that the span shares.
    """

    def __init__(self, doc: Doc, table: CurrencyTable, value: Callable[[Span], Any], set_tail: Callable[[Span, str], None]):
        self.doc = doc
        self.table = table
        self.value = value
        self.set_tail = set_tail
        self.tokens = token_table(doc)  # (the words around each candidate by index: no Token per read)

    def _taken(self, spans) -> set[int]:
        return {i for s in list(spans) + spans_of(self.doc, "DATE") for i in range(s.start, s.end)}

    def _is_scale(self, text: str) -> bool:
        # One-letter scales only as written glued in lower case ("m", "k"); "B" or "M" alone may be a letter.
        return text.lower() in self.table.scales and (len(text) > 1 or text in {"m", "k"})

    def extend_over_scale(self, span: Span) -> Span:
        """"$1-billion", "€148.27\\nmillion", "€126.40 mil-\\nlion": the scale after a hyphen or line break joins."""
        doc, end, texts, spaced = self.doc, span.end, self.tokens.texts, self.tokens.spaced
        if end >= len(texts) or not texts[end - 1][-1:].isdigit():
            return span
        pieces = texts[end : min(end + 4, len(texts))]
        joined_end: Optional[int] = None
        if len(pieces) >= 2 and pieces[0] in HYPHENS and not spaced[end - 1] and not spaced[end] \
                and self._is_scale(pieces[1]):
            joined_end = end + 2  # "$1-billion"
        elif len(pieces) >= 2 and pieces[0].strip(" \t") == "\n" and self._is_scale(pieces[1]):
            joined_end = end + 2  # "€148.27\nmillion"
        elif len(pieces) >= 3 and pieces[0].endswith("-") and "\n" in pieces[1] and self._is_scale(pieces[0][:-1] + pieces[2]):
            joined_end = end + 3  # "mil-" "\n" "lion"
        elif len(pieces) >= 4 and pieces[1] == "-" and "\n" in pieces[2] and self._is_scale(pieces[0] + pieces[3]):
            joined_end = end + 4  # "mil" "-" "\n" "lion"
        if joined_end is None:
            return span
        longer = Span(doc, span.start, joined_end, label=span.label, span_id=span.id_)
        return longer if self.value(longer) is not None else span

    def without_dangling_dash(self, span: Span) -> Span:
        """"2 million dollars\n- Next item": a trailing word of a name ("francs CFA", "cabo-verdianos") may be a dash,
        but not one across a line break or a space, which opens the next list item or clause."""
        end, texts, spaces, spaced = span.end, self.tokens.texts, self.tokens.spaces, self.tokens.spaced
        while end - 1 > span.start and (spaces[end - 1] or texts[end - 1] in DASHES) and (spaced[end - 2] or spaces[end - 2]):
            end -= 1
        while end - 1 > span.start and spaces[end - 1]:
            end -= 1
        return span if end == span.end else Span(span.doc, span.start, end, label=span.label, span_id=span.id_)

    def extend_over_closing_mark(self, span: Span) -> Span:
        """"Shs 1,000,000/=", "Sh 410bn/-", "CHF 25.-": the mark that closes a whole amount, written glued, is its end."""
        doc, end = self.doc, span.end
        if end >= len(self.tokens.texts) or self.tokens.texts[end] not in CLOSING_MARKS or self.tokens.spaced[end - 1]:
            return span
        return Span(doc, span.start, end + 1, label=span.label, span_id=span.id_)

    def extend_over_sign_stop(self, span: Span) -> Span:
        """"475 mio. kr.": a sign written after the amount keeps its abbreviation's full stop (a sentence's end too)."""
        texts, end = self.tokens.texts, span.end
        if end >= len(texts) or texts[end] != "." or self.tokens.spaced[end - 1] \
                or not self.table.candidates(texts[end - 1] + ".") or texts[end - 1][:1].isdigit():
            return span
        return Span(self.doc, span.start, end + 1, label=span.label, span_id=span.id_)

    def is_unit_of_measure(self, span: Span) -> bool:
        """"12,000 MT of maize", "a 2,500 MT cold store": a sign that is also a unit's abbreviation, written after
        the number and followed by what is measured, is that unit ("MT 2,50 por metro cúbico" stays money)."""
        signs = self.table.needs_context | self.table.signs_need_amount
        if span.end >= len(self.doc) or self.tokens.texts[span.end - 1] not in signs or not span_text(span)[:1].isdigit():
            return False
        following, lower = self.tokens.texts[span.end], self.tokens.lowers[span.end]  # (is_alpha, is_lower: str's tests)
        return lower == "of" or following.isalpha() and following.islower() and len(following) >= 3 \
            and lower not in MEASURE_FREE_WORDS

    def names_after_sign(self, span: Span) -> bool:
        """"the 2 million UC Davis grant": a sign that is mostly an abbreviation, written after the amount and followed by
        a capitalized word, begins a name."""
        if span.end >= len(self.doc) or self.tokens.texts[span.end - 1] not in self.table.signs_need_amount:
            return False
        following = self.tokens.texts[span.end]
        return following[:1].isupper() and following.isalpha() and not self.tokens.spaces[span.end]

    def is_years_before_sign(self, span: Span) -> bool:
        """"2019–2023\nRs 2.1 crore", "2021–2025 EUR 5m": years before a sign that opens the next line or the
        next amount are a period, not an amount in that currency."""
        text = span_text(span)
        head = NON_DIGITS_AT_END.sub("", text)
        if not YEARS.fullmatch(head.strip()):
            return False
        following = self.tokens.texts[span.end] if span.end < len(self.doc) else None
        return "\n" in text[len(head):] or following is not None and following[:1].isdigit()

    def is_cut_from_a_number(self, span: Span) -> bool:
        """"| GBP\n2021-10-04 |", "Rs 1800-233-4470", "UM2026/00417": a number glued by a dash or a slash to the digits
        after it is a date or a code; the amount that would end on it is no amount (a range is a candidate of its own)."""
        texts, spaced, end = self.tokens.texts, self.tokens.spaced, span.end
        if end + 1 >= len(texts) or not texts[end - 1][-1:].isdigit() or spaced[end - 1] or spaced[end]:
            return False
        following = texts[end + 1]
        # ("USD 150/300 for members and others" pairs two prices; a code's serial after a slash opens with a zero or
        # runs to five digits.)
        return texts[end] in PAIR_DASHES and following[:1].isdigit() \
            or texts[end] == "/" and following.isdigit() and (following[0] == "0" or len(following) >= 5)

    def takes_next_lines_sign(self, span: Span) -> bool:
        """"Grant amount: NZD 3,200,000\nSBD equivalent: ...": a sign opening the next line is not the unit of an amount
        whose own sign is written before it."""
        texts, start = self.tokens.texts, span.start
        if "\n" not in span_text(span) or not self.table.candidates(texts[span.end - 1]):
            return False
        # (The sign before: inside the span, "EUR 3,200,000\nUSD", or just before it, "EUR" + "3,200,000\nUSD".)
        before = texts[start] if not texts[start][:1].isdigit() else texts[start - 1] if start > 0 else ""
        return bool(self.table.candidates(before))

    def is_change(self, span: Span) -> bool:
        """"increased from USD 120,000 to USD 155,500", "fell from £730 to £415", "aumentó de US$ 5 millones a US$ 8
        millones": a value before and after a change are two amounts, not a range."""
        lowers = self.tokens.lowers
        at = span.start if lowers[span.start] in CHANGE_FROM else span.start - 1
        joiner = next((k for k in range(span.start, span.end) if lowers[k] in RANGE_WORDS), None)
        if joiner is None or at <= 0 or lowers[at] not in CHANGE_FROM or not self._change_verb_before(at):
            return False
        # ("rose from $5 to $10 million": a scale written once, after the second number, makes it a range of both.)
        scaled = [any(lowers[k] in self.table.scales for k in part) for part in (range(span.start, joiner), range(joiner, span.end))]
        return scaled[0] or not scaled[1]

    def multiple_in_capitals(self, span: Span) -> bool:
        """"the 12 MDP municipalities": a multiple's word written in capitals ("312 mdp" is millions of pesos) is an
        acronym."""
        last = self.tokens.texts[span.end - 1]
        return last.isupper() and last.lower() in self.table.unit_multiples

    def joins_two_currencies(self, span: Span) -> bool:
        """"one US$ to NZ$ 1.71", "at CHF 1 to KES 140": a sign of one currency before the first number and of
        another before the second say what one unit is worth; a range is written in one currency."""
        lowers, texts = self.tokens.lowers, self.tokens.texts
        joiner = next((k for k in range(span.start + 1, span.end) if lowers[k] in RANGE_WORDS), None)
        if joiner is None or joiner + 1 >= span.end:
            return False
        low = self.table.candidates(texts[span.start])
        high = self.table.candidates(texts[joiner + 1])
        return bool(low) and bool(high) and not set(low) & set(high)

    def _change_verb_before(self, at: int) -> bool:
        """A change verb among the few words before "from" at token `at`, with no punctuation between."""
        tokens = self.tokens
        for k in range(at - 1, max(-1, at - 1 - CHANGE_VERB_REACH), -1):
            word = tokens.lowers[k]
            # ("went up from X to Y"; not "tops up grants from X to Y", "grew to fund grants from X to Y".)
            if word in CHANGE_VERBS and (word not in PARTICLES or k == at - 1):
                return True
            # ("districts offering grants from X to Y", "loans worth from X to Y": another verb's or a price's range.)
            # (A noun in -ing after its article is no verb: "raised the ceiling on total grants from X to Y".)
            verb_ing = word.endswith("ing") and k < at - 1 and (k == 0 or tokens.lowers[k - 1] not in DETERMINERS)
            if not tokens.texts[k][:1].isalpha() or word == "to" or word in RANGE_VERBS or word == "worth" or verb_ing:
                return False
        return False

    def numbers_a_part(self, span: Span) -> bool:
        """"Programme X, phase 3 – 12 M€", "Lot 3 – USD 2 million": a number right after a part's word numbers the
        part; it opens no amount (the amount after it is a candidate of its own). So does the second number of a pair
        written with a dash."""
        tokens, start = self.tokens, span.start
        if start > 0 and bool(tokens.numbers[start]) and tokens.lowers[start - 1] in NUMBERED_PARTS:
            return True
        # "2022-2023 — 11,2 M$": a number glued by a dash to the number before it closes that pair (a period, a
        # code); it opens no range.
        return start > 1 and tokens.texts[start - 1] in PAIR_DASHES and not tokens.spaced[start - 1] \
            and not tokens.spaced[start - 2] and tokens.texts[start - 2][-1:].isdigit() \
            and tokens.texts[start][:1].isdigit()

    def lends_its_sign(self, span: Span) -> bool:
        """"EUR 12 million of EUR 80 million": a sign after "of" with a number right after it opens the next
        amount; it is not the unit of this one ("5 million of US dollars" has no number after)."""
        tokens = self.tokens
        if len(span) < 3 or tokens.lowers[span.end - 2] not in ("of", "de") or span.end >= len(self.doc):
            return False
        following = tokens.texts[span.end]
        year = len(following) == 4 and following[:2] in ("19", "20")  # "25 millones de USD 2031 ..."
        return bool(self.table.candidates(tokens.texts[span.end - 1])) and bool(tokens.numbers[span.end]) and not year

    def without_range_opener(self, span: Span) -> Span:
        """"from $5,000 to $20,000", "entre 35 000 et 240 000 DT": the amounts, read with the word that makes them a
        range, are spanned without it (as the annotators do: it says how the amounts are joined, like a qualifier); the
        caller keeps the value read with it."""
        if len(span) < 3 or self.tokens.lowers[span.start] not in RANGE_OPENERS or not span.id_.startswith(RANGE_OPENER_RULES):
            return span
        return Span(self.doc, span.start + 1, span.end, label=span.label, span_id=span.id_)

    def is_unit_label(self, span: Span) -> bool:
        """"(Unit: 100 million yen)", "(NOK 1000)", "($000)": a table's unit written as an amount is no amount."""
        tokens = self.tokens
        before = " ".join(tokens.lowers[max(0, span.start - 3) : span.start])
        # "Disbursements (NOK 1000)": a code and a round multiplier alone in parentheses is a column's unit.
        enclosed = span.start > 0 and span.end < len(self.doc) and tokens.texts[span.start - 1] == "(" \
            and tokens.texts[span.end] == ")" and bool(CODE_AND_MULTIPLIER.fullmatch(span_text(span)))
        # ("5,000 old leones (SLL 5,000)": after an amount, a number and its currency, the parenthesis gives its
        # equivalent; "Budget in Rand (ZAR 1000)" names the column's unit.)
        unit = span.start - 2
        equivalent = enclosed and unit > 0 and bool(self.table.candidates(tokens.texts[unit])) \
            and any(tokens.numbers[k] for k in range(max(0, unit - 3), unit))
        return bool(UNIT_BEFORE.search(before)) or enclosed and not equivalent \
            or bool(SIGN_THOUSANDS.fullmatch(span_text(span)))

    def is_weak_label(self, span: Span) -> bool:
        """"Rupees 5 crore", "Kenya Shillings 12,500,000" are amounts; "Dong 5" or "Pound 3" may be a name and a number."""
        return span.id_ in LABEL_FIRST_RULES and not unmistakable(span_text(span), self.table)

    def runs_on(self, span: Span) -> bool:
        """"15 dollars 50." ends its clause; in "15 dollars 50 times" or "2019 USD 25 million" the number is no cents,
        nor in "5 MUSD and 7 MEUR", whose second number has a unit of its own."""
        if span.id_.endswith("subunit-and") and span.end < len(self.doc):
            following = self.tokens.texts[span.end]
            return bool(self.table.candidates(following)) or following.lower() in self.table.scales
        if not span.id_.endswith("subunit-bare"):
            return False
        tokens, end = self.tokens, span.end
        # "rmb 10 usd 20": the first number is the amount of the sign before it, the second one of its own.
        signed = span.start > 0 and bool(self.table.candidates(tokens.texts[span.start - 1]))
        return signed or end < len(tokens.texts) and not (tokens.puncts[end] and tokens.texts[end] not in HYPHENS) \
            and not tokens.spaces[end]

    def at_a_point(self, span: Span) -> bool:
        """"At one point two million dollars went missing": "at one point" is an idiom, not a spoken decimal."""
        lowers = self.tokens.lowers
        return span.id_.startswith("number-words") and span.start > 0 and lowers[span.start - 1] == "at" \
            and span.start + 1 < span.end and lowers[span.start + 1] == "point"

    def is_count(self, span: Span) -> bool:
        """"three yen loans", "two dollar bills": a small worded number before a currency used as a modifier."""
        lowers = self.tokens.lowers  # (by index: no Token per read; is_alpha and is_lower are str's tests)
        if not span.id_.startswith("number-words") or any(lowers[k] in self.table.scales for k in range(span.start, span.end)):
            return False
        following = self.tokens.texts[span.end] if span.end < len(lowers) else None
        # A plural noun right after ("loans"), not a verb or preposition ("one dollar bought", "five dollars per").
        plural = following is not None and following.isalpha() and following.islower() and len(following) > 3 \
            and lowers[span.end].endswith("s") and not lowers[span.end].endswith("ss")
        return plural and self.value(span).amount < 100

    def front_shared(self, spans: list[Span]) -> list[Span]:
        """"NOK 2.15, 1.65 and 1.35 billion": the sign in front and the scale at the end apply to every amount."""
        doc, taken, result = self.doc, self._taken(spans), []
        texts, lowers, size = self.tokens.texts, self.tokens.lowers, len(self.tokens.texts)  # (by index: no Token per read)
        for span in spans:
            numbers, i = [], span.end
            while i + 1 < size and lowers[i] in {",", "and", "or"} and texts[i + 1][:1].isdigit() and (i + 1) not in taken:
                numbers.append(i + 1)
                i += 2
            scale = i if numbers and i < size and i == numbers[-1] + 1 else None
            if not numbers or span.id_ not in SHARED_SIGN_RULES or scale is None or lowers[scale] not in self.table.scales \
                    or any(lowers[k] in self.table.scales for k in range(span.start, span.end)):
                result.append(span)
                continue
            sign = texts[span.start]
            first = Span(doc, span.start, span.end, label="MONEY", span_id="shared-scale")
            self.set_tail(first, texts[scale])
            members = [first] + [Span(doc, n, n + 1, label="MONEY", span_id="shared-scale") for n in numbers[:-1]]
            for member in members[1:]:
                self.set_tail(member, f"{texts[scale]} {sign}")
            last = Span(doc, numbers[-1], numbers[-1] + 2, label="MONEY", span_id="shared-sign")
            self.set_tail(last, sign)
            group = members + [last]
            result += group if all(self.value(m) is not None for m in group) else [span]
        return result

    def closed_amounts(self, spans: list[Span]) -> list[Span]:
        """"17,850,000,000/-", "940m/-": a bare number closed by the shilling's or rupee's mark is an amount of the
        passage's country (the normalizer finds which; no country, no amount)."""
        doc, taken, found = self.doc, self._taken(spans), []
        # The marks are found in one array read of the tokens' strings: a Token built for every word costs more.
        marks = [i for i, orth in enumerate(token_table(doc).orth_ids) if orth in SHILLING_MARK_IDS]
        for end in marks:
            if end == 0 or doc[end - 1].whitespace_ or (end - 1) in taken:
                continue
            start = end - 1
            if self._is_scale(doc[start].text) and start > 0 and not doc[start - 1].whitespace_:
                start -= 1  # "940m/-": the scale glued to the number
            if not re.fullmatch(r"\d[\d,.]*", doc[start].text) or taken.intersection(range(start, end)):
                continue
            if start == end - 1 and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", doc[start].text):
                continue  # "page 12/-": only grouped thousands or a scale make a whole amount
            span = Span(doc, start, end + 1, label="MONEY", span_id="closed-amount")
            if self.value(span) is not None:
                found.append(span)
        return found

    def labelled(self, spans: list[Span]) -> list[Span]:
        """"Evaluation budget (US$): 94,850", a column headed "Amount ($)", a table captioned "EUR million"."""
        doc = self.doc

        def make(span: Span, unit: str) -> Optional[Span]:
            labelled = Span(doc, span.start, span.end, label="MONEY", span_id="labelled-amount")
            self.set_tail(labelled, unit)
            return labelled if self.value(labelled) is not None else None

        return labelled_spans(doc, self.table, self._taken(spans), make)
