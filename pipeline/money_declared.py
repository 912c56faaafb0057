"""Bare numbers of a page that declares its currency once, and of an inline caption that names a unit.

Annual reports and budget summaries often state the currency once, as a line of its own
("All amounts in Zambian kwacha (ZMW) unless otherwise stated.", "Amounts are in euros."),
then write bare numbers in tables and sentences. Such a line is the caption of the whole
page (spec, MONEY: a label, column header or caption gives a bare number its currency):

- a table row's bare number with no unit of its own takes it (pipeline.money_labels asks page_unit);
- in running text after it, a bare number is an amount when it looks like one (decimals,
  grouped thousands, a scale word, or a money word before it in its sentence: "costs 95",
  "a stipend of 350"; a label's value, "Fee: 350", as before) and counts nothing: a word
  other than a function word right after it ("46 staff"), a percent, a year, a list or
  figure number ("Figure 1", "2. Expenditure"), a ratio ("1 in 4") or an age or bound
  ("under 5", "aged 12") are not amounts.

A sentence with an inline caption ("Figure 2 (amounts in EUR million): 3.1, 4.6 and 4.9") gives
every bare number after the caption, to the sentence's end, the caption's unit and scale; no
page declaration is needed for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS

from .currencies import CurrencyTable
from .initials import initial_phrases
from .layout import Layout
from .normalize.money import MoneyContext, normalize_money

# A line that opens with the page's declaration: "All amounts in Zambian kwacha (ZMW) unless otherwise stated.", and
# may go on with another sentence ("... Data as of 30 June 2031."). ("All cost figures below are in ...": a word may
# say which figures.)
PAGE_DECLARATION = re.compile(
    r"^\s*(?:all\s+)?(?:(?:cost|budget|budgetary|financial|monetary|funding|expenditure|spending)\s+)?(?:amounts|figures|values|sums)\s+"
    r"(?:(?:are|shown|given|expressed|stated|below|here|on\s+this\s+page)\s+){0,3}"
    r"in\s+(?P<unit>[^.;:\n]{2,40}?)(?:\s*,?\s+unless\s+[^.\n]*)?\s*(?:\.\s+\S[^\n]*|\.)?[\])]?\s*$", re.IGNORECASE)
# Where a declaration may open inside a line: a note's bracket, or a sentence's start ("[Scanned copy; totals
# checked. Values in cedis.]").
SENTENCE_OPENINGS = re.compile(r"^[\[(]|(?<=[a-z)][.;])\s+(?=[A-Z])")
# The words a declaration cannot go without, read as PAGE_DECLARATION reads them (in any case): a page or a line
# without one declares nothing, and its lines need no search for their sentences' openings.
DECLARING_WORDS = initial_phrases(["amounts", "figures", "values", "sums"], ignore_case=True, boundary=False)
# "(amounts in ZMW million):", "(in EUR thousand):" inside a sentence: the numbers after it share its unit.
# "Costs by output (CHF): Eastland 1,150,000 · ...", and a cell "| EUR million: Ruritania 4.4 | Osterlich 2.05": a unit, then
# a colon, then the amounts. Without "in", only a code or a sign makes the parenthesis a unit ("(CRS code): 14020" is a
# label), and a code alone before a colon, "ABC: ...", is a label: the scale word makes it a unit.
INLINE_CAPTION = re.compile(r"\((?:(?:amounts?|figures|values)\s+)?in\s+(?P<unit>[^()\d]{1,24})\)\s*:"
                            r"|\((?P<sign>(?:[A-Z]{3}|[A-Z]{0,3}[$€£¥₹])(?:\s+(?:thousands?|millions?|billions?)|\s?(?:m|mn|bn|'000))?)\)\s*:"
                            r"|(?:^|[|·•]\s*)(?P<code>[A-Z]{3}\s+(?:thousands?|millions?|billions?|'000))\s*:\s"
                            # "Phasing (Rs. in million): ...", "(€ in thousands):": the sign, then its scale.
                            r"|\((?P<signed>(?:[A-Z][a-z]{1,2}\.?|[A-Z]{3}|[A-Z]{0,3}[$€£¥₹])\s+in\s+"
                            r"(?:thousands?|millions?|billions?|crores?|lakhs?))\)\s*:", re.MULTILINE)
# What every caption ends with: a parenthesis or a scale word, then its colon. A text without one has no caption, and
# its search costs a tenth of INLINE_CAPTION's (whose "^" alternative makes the engine try each position in turn).
CAPTION_END = re.compile(r"(?:\)|thousands?|millions?|billions?|'000)\s*:")
SHORT_SCALE = re.compile(r"(?<=[$€£¥₹A-Z])\s?(m|mn|bn|'000)$")
SHORT_SCALES = {"m": "million", "mn": "million", "bn": "billion", "'000": "thousand"}
RATE_LABEL = re.compile(r"(?i)\b(?:rates?|exchange)\b")
NOT_AN_AMOUNT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|to\s+the\b|per\b)", re.IGNORECASE)
NUMBER = re.compile(r"(?<![\w.,/$€£¥%-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w%]|[.,]\d)")
# A number paired with another by a range word: "2 and 5 years" (then only the second shows what it counts).
COUNT_RANGE = re.compile(r"\s*(?:and|or|to|[-–])\s*\d")
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
YEAR = re.compile(r"(?:19|20)\d\d")
# Function words after a number that do not make it a count ("costs 1.50 to plant", "6,400 against 4,900").
# Not "of" or "times": "2 of the 5 districts", "3 times" count.
NOT_AFTER = {"of", "times", "per", "percent", "out", "first", "second", "third", "last", "next", "more", "other"}
FOLLOWERS = frozenset(STOP_WORDS) - NOT_AFTER
# A plain number ("95") in running text is an amount only with one of these words before it in its sentence.
MONEY_WORD = re.compile(r"(?i)\b(?:cost|paid|pay|spen[dt]|budget|grant|fee|stipend|salar|wage|price|receiv|allowance|"
                        r"contribut|worth|expend|disburs|allocat|tariff|charge|loan|award|fund|invest|subsid|reimburs)")
# "Children under 5", "aged 12", "over 60": an age or a bound on a count, never an amount of the page's currency.
COUNT_BOUND = re.compile(r"(?i)\b(?:under|over|aged?|ages)\s+$")
# "1 in 4": a ratio, both numbers.
RATIO_AFTER, RATIO_BEFORE = re.compile(r"\s+in\s+\d"), re.compile(r"\d\s+in\s+$")
CLAUSE_START = re.compile(r"[.!?;]\s")
# A label or column header that says its number is money ("Committed:", "Amount approved", "Disbursed"): under a
# page's declared currency its value is an amount; any other label's ("Beneficiaries: 12,000") counts.
MONEY_LABEL = re.compile(r"(?i)\b(?:amounts?|budgets?|costs?|signed|committed|commitments?|approved|disbursed|disbursements?|"
                         r"pledged|pledges?|paid|contributions?|contributed|financing|funding|allocated|allocations?|"
                         r"expenditures?|spent|received|grants?|loans?)\b")
# "audited_value_eur": a value is money only in a field whose name ends with a currency's code.
VALUE_WORD = re.compile(r"(?i)\bvalues?\b")
# Labels and columns whose numbers are not amounts even under a money caption ("Contribution ID: 50917").
# ("Approved to date" is an amount so far, not a date.)
NOT_AMOUNT_HEADER = re.compile(r"(?i)\b(?:year|(?<!to )date|per ?cent|share|number|count|rate|code|id|rank)\b|\bno\.(?!\w)|\bs\.\s?no?\.|\bsl\.\s?no|(?<!\w)#(?!\w)|%")  # serial numbers: "No.", "S.N.", "Sl. No", "#"


def page_unit(layout: Layout, table: CurrencyTable) -> Optional[tuple[int, str]]:
    """(offset where the declaration ends, unit) of the page's own currency line, if it has one."""
    text = layout.text
    # (Where the words stand, found in one pass over the text: a line holds one when a match starts in it, since no
    # match crosses a line break; searching each line again read the text twice.)
    words = [match.start() for match in DECLARING_WORDS.finditer(text)]
    if not words:
        return None
    for line in layout.lines:
        if line.kind not in ("text", "heading"):
            continue
        at = bisect_left(words, line.start)
        if at == len(words) or words[at] >= line.end:
            continue
        line_text = text[line.start : line.end]
        match = PAGE_DECLARATION.match(line_text) or next(filter(None, (
            PAGE_DECLARATION.match(line_text[opening.end() :]) for opening in SENTENCE_OPENINGS.finditer(line_text))), None)
        if match:
            unit = _unit(match.group("unit"), table)
            if unit:
                return line.end, unit
    return None


ROMANCE_SCALE_OF_SIGN = re.compile(r"(?P<scale>\w+)\s+de\s+(?P<sign>\S{1,4})")


def reads_as_unit(unit: str, table: CurrencyTable) -> bool:
    """Whether a label's unit names money: "US$ million"; a currency's code that is also a word, alone or before
    its scale ("Budget (TRY)"), whose cells count as amounts where the passage's country uses it or where they are
    written like amounts (grouped thousands: the money normalizer's test for such codes); a shared currency word
    ("millones de pesos", "francs") that the page's countries resolve when each amount is read. (A shared sign, "K"
    or "Sh", may be a scale or a heading's letter: only words count without a currency of their own.)"""
    if normalize_money(f"1 {unit}", table) is not None:
        return True
    code, *scale = unit.split() or [""]
    if len(code) == 3 and code.isupper() and table.candidates(code) == {code} and code not in table.needs_amount \
            and all(word.lower() in table.scales for word in scale):
        return True
    # "(em milhões de MT)": a sign that needs its country's passage, after a Romance scale and "de", is a unit (in
    # English, "thousand MT" of grain are tonnes); each amount under it is read in its passage.
    scale_of_sign = ROMANCE_SCALE_OF_SIGN.fullmatch(unit)
    if scale_of_sign and scale_of_sign["scale"].lower() in table.romance_scales \
            and scale_of_sign["sign"] in table.needs_context and table.candidates(scale_of_sign["sign"]):
        return True
    # "Counterpart (K million)", "Amount (R million)": a shared sign, or one that needs its country's passage, before a
    # scale word is no letter; the page's countries resolve it.
    shared = len(table.candidates(code)) > 1 or code in table.needs_context and table.candidates(code)
    if len(unit.split()) == 2 and shared and len(scale[0]) > 2 and scale[0].lower() in table.scales:
        return True
    for word in unit.split():
        if len(word) >= 4 and word.isalpha() and word.islower() and len(table.candidates(word)) > 1:
            code = min(table.candidates(word))
            if normalize_money(f"1 {unit}", table, context=MoneyContext(declared=((word, code),))) is not None:
                return True
    return False


def _unit(phrase: str, table: CurrencyTable) -> Optional[str]:
    """"Zambian kwacha (ZMW)" -> "ZMW"; "US dollars" -> "US dollars": the shortest part the money normalizer reads."""
    phrase = phrase.strip()
    inner = re.search(r"\(([^()]{1,12})\)\s*$", phrase)
    for candidate in ([inner.group(1)] if inner else []) + [re.sub(r"\s*\([^()]*\)\s*$", "", phrase)]:
        if normalize_money(f"1 {candidate}", table) is not None:
            return candidate
    return None


def inline_caption_numbers(layout: Layout, table: CurrencyTable) -> Iterable[tuple[int, int, str]]:
    """(start, end, unit) of the bare numbers after an inline caption, to the end of its sentence."""
    text = layout.text
    if not CAPTION_END.search(text):
        return
    captions = list(INLINE_CAPTION.finditer(text))
    for match, following in zip(captions, captions[1:] + [None]):
        unit = (match.group("unit") or match.group("sign") or match.group("code")
                or match.group("signed").replace(" in ", " ")).strip()
        # "(£m):", "(US$ bn):": the short scale after a sign, spelled out for the amounts' reading.
        unit = SHORT_SCALE.sub(lambda m: " " + SHORT_SCALES[m.group(1)], unit)
        line_start = text.rfind("\n", 0, match.start()) + 1
        # "Exchange rates used (EUR): 1.08 ...", "Lending rate (USD): 4.5": rates, not amounts.
        if normalize_money(f"1 {unit}", table) is None or RATE_LABEL.search(text, line_start, match.start()):
            continue
        end = SENTENCE_END.search(text, match.end())
        stop = min(end.start() if end else len(text), text.find("\n", match.end()) % (len(text) + 1))
        if following is not None:
            stop = min(stop, following.start())  # "| EUR million: ... | USD million: ...": the next caption's own
        for number in NUMBER.finditer(text, match.end(), stop):
            # "(EUR million): 3.1 in 2021" (a year), "4.5 percent", "1.08 to the dollar" are no amounts.
            if not YEAR.fullmatch(number.group("number")) and not NOT_AN_AMOUNT_AFTER.match(text, number.end()):
                yield number.start(), number.end(), unit


def declared_numbers(layout: Layout, table: CurrencyTable, scales: Iterable[str]) -> Iterable[tuple[int, int, str]]:
    """(start, end, unit) of the bare amounts in running text after the page's declaration.

    scales: the scale words an amount may carry after it ("16.8 million"), which the span includes.
    """
    declared = page_unit(layout, table)
    if declared is None:
        return
    after, unit = declared
    text, scale_words = layout.text, {s.lower() for s in scales if len(s) > 2}
    for line in layout.lines:
        if line.start < after or line.kind not in ("text", "item"):
            continue
        body_start = line.content_start
        for match in NUMBER.finditer(text, body_start, line.end):
            start, end = match.start(), match.end()
            number = match.group("number")
            if start == body_start and line.kind == "text" and re.match(r"\d+\.\s", text[start : start + 4]):
                continue  # "3. Commentary": a section number
            if YEAR.fullmatch(number):
                continue
            before = text[line.start : start].split()
            label = before[-1].endswith(":") if before else False
            if before and (before[-1][:1].isupper() and not label or before[-1] in {"(", "#", "No.", "no."}):
                continue  # "Figure 1", "Note 5", "Phase 2": a number in a name
            if label and before[-1][:1].isupper() and not MONEY_LABEL.search(text[body_start:start]):
                continue  # "Beneficiaries: 12,000" counts; "Committed: 4,210,000" is an amount
            preceding = text[body_start:start]
            if COUNT_BOUND.search(preceding) or RATIO_BEFORE.search(preceding) or RATIO_AFTER.match(text, end):
                continue
            rest = text[end : line.end]
            word = re.match(r"\s*([^\W\d_]+)", rest)
            scaled = bool(word and word.group(1).lower() in scale_words)
            if scaled:
                end += word.end()
                rest = text[end : line.end]
                word = re.match(r"\s*([^\W\d_]+)", rest)
            if not (scaled or re.search(r"[,.]", number) or _money_said_before(preceding)):
                continue  # "Some 60 are now employed": a plain number in a sentence about no money
            if COUNT_RANGE.match(rest) and not re.search(r"[,.]|\s", number):
                continue  # "2 and 5 years", "3 to 4 visits": a plain number paired with another counts like it
            following = re.match(r"\s*(\S)", rest)
            if following is None or following.group(1) in ".,;:)":
                yield start, end, unit
            elif word and rest[: word.start(1)].strip() == "" and word.group(1).lower() in FOLLOWERS:
                yield start, end, unit


def _money_said_before(preceding: str) -> bool:
    """A label's value ("Fee: 350"), or a money word in the number's clause before it ("a monthly stipend of 350")."""
    if preceding.rstrip().endswith(":"):
        return not NOT_AMOUNT_HEADER.search(CLAUSE_START.split(preceding)[-1])
    clause = CLAUSE_START.split(preceding)[-1]
    return bool(MONEY_WORD.search(" ".join(clause.split()[-8:])))
