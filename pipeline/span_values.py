"""Span._.value: the normalized value of a mention span, computed from its text and context.

The getter calls the pure normalizers (pipeline.normalize) with what the span's
surroundings add: the modifier before a date ("since"), the qualifier before an
amount ("about"), a currency written once for several amounts, the passage's
country for a shared currency sign. Values are cached per doc.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .money_context import money_context
from .money_header_caps import HEADER_QUALIFIER
from .normalize import normalize_country, normalize_date, normalize_money, normalize_project
from .normalize.money import in_its_time
from .models import DateValue
from .normalize.dates import OPEN_END, OPEN_START, WEAK_OPEN_END, WEAK_OPEN_START, numeric_order_shown, other_reading, written_days
from .normalize.hijri import gregorian_day
from .page_countries import countries_named, demonym_country
from .normalize.ethiopian import ethiopian_value
from .projects import ACRONYM_RULES
from .resources import Rules, load_rules
from .span_lists import span_text, spans_of
from .token_table import token_table

CANDIDATES = {"DATE": "fs_date_candidates", "MONEY": "fs_money_candidates", "COUNTRY": "fs_country_candidates"}
RULES_KEY = "fs_rules_dir"
VALUE_CACHE = "fs_values"
SHARED_TAIL = "fs_shared_currency"
DAY_FIRST = "fs_day_first"
# The days a document writes out with month names, read once when a numeric date needs them.
WRITTEN_DAYS = "fs_written_days"
NUMERIC_DATE_RULE = "numeric-date"
RULES_CACHE = "fs_rules"
DATE_MODIFIERS = OPEN_END | OPEN_START | WEAK_OPEN_END | WEAK_OPEN_START | {"in", "as of", "as at", "on"}
# "2020 onwards": an open end written after the date.
OPEN_END_AFTER = {"onwards", "onward"}
# "2020–present", "2019 to date", "Q3 2024 – ongoing": a range whose end is now.
PRESENT_WORDS = {"present", "date", "now", "ongoing", "today"}
PRESENT_JOINERS = {"-", "–", "—", "to", "until"}




def rules_for(doc: Doc) -> Rules:
    # Kept on the doc: load_rules resolves its folder's path on every call, and values ask per span.
    key = doc.user_data.get(RULES_KEY)
    cached = doc.user_data.get(RULES_CACHE)
    if cached is None or cached[0] != key:
        cached = doc.user_data[RULES_CACHE] = (key, load_rules(key))
    return cached[1]


def _modifier_before(span: Span) -> Optional[str]:
    doc = span.doc
    lower = token_table(doc).lowers  # (lower-case forms from the doc's table: no Token per read)
    start = span.start
    # "before the year 2019", "since mid-2019", "before the end of 2027": the modifier stands before these words.
    # ("d'ici fin 2028", "hasta finales de 2031": the French and Spanish words for the end and the start of a year;
    # "desde el 1 de julio", "até o dia 30": their articles, and the Portuguese "day".)
    while start > 0 and lower[start - 1] in {"year", "the", "mid", "early", "late", "-", "end", "of", "beginning",
                                             "fin", "début", "finales", "fines", "principios", "mediados", "de",
                                             "el", "o", "dia"} or not lower[start - 1].strip():
        start -= 1  # (and a line break: "by\n   June 2031")
    # "until at least June 2031": the modifier stands before the hedge.
    if start >= 2 and lower[start - 2] == "at" and lower[start - 1] == "least":
        start -= 2
    if start == 0:
        return None
    previous = lower[start - 1]
    if start >= 2:
        pair = f"{lower[start - 2]} {previous}"
        words = rules_for(doc).date_words
        # "similar to 2022", "data from 2022": the pair names a point, which normalize_date leaves closed.
        if pair in DATE_MODIFIERS or pair in words["point_phrases"] \
                or previous in WEAK_OPEN_END and lower[start - 2] in words["source_nouns"]:
            return pair
    # "slipped to Q2 2027", "postponed to March 2032", "pushed back to 2031": where a date was moved is a point.
    if previous == "to" and start >= 2 and (lower[start - 2] in MOVED_WORDS or start >= 3
                                            and lower[start - 2] in {"back", "forward"} and lower[start - 3] in MOVED_WORDS):
        return None
    # "from 2026", "to June 2027" open a date written right after them, not "refer to the end of FY2026/27"; nor
    # "moved from March 2031 to March 2032", two points.
    if (previous in WEAK_OPEN_END or previous in WEAK_OPEN_START) and (start < span.start or changed_from_to(lower, start - 1)):
        return None
    return previous if previous in DATE_MODIFIERS else None


# "the end date moved from March 2031 to March 2032": a date changed from one to another, two points, no period.
CHANGE_WORDS = {"move", "moves", "moved", "moving", "shift", "shifts", "shifted", "postpone", "postpones", "postponed",
                "extend", "extends", "extended", "delay", "delays", "delayed", "change", "changes", "changed", "revise",
                "revises", "revised", "reschedule", "rescheduled", "push", "pushed", "bring", "brought"}
# Of those, the ones that move a date to another point ("extended to 2030" ends a period, spec's "until").
MOVED_WORDS = CHANGE_WORDS - {"extend", "extends", "extended"} | {"slip", "slips", "slipped"}
CHANGE_REACH = 8
DATE_NOUNS = {"date", "dates", "deadline", "closing", "completion", "end", "start", "timeline", "schedule"}


def changed_from_to(lowers, at: int) -> bool:
    """Whether the "from" (or the "to" after a "from") at token `at` says what a date was changed from (or to):
    a word of change shortly before the "from", in the same sentence."""
    if lowers[at] == "to":
        at = next((k for k in range(at - 1, max(-1, at - CHANGE_REACH), -1) if lowers[k] == "from"), -1)
    if at < 0 or lowers[at] != "from":
        return False
    dated = False  # ("moved the end date from ...", "moves from ...", not "extended the canal network from 2021 to 2024")
    words = [k for k in range(at - 1, max(-1, at - 1 - CHANGE_REACH), -1) if lowers[k].strip() or "\n\n" in lowers[k]]
    for n, k in enumerate(words):
        if lowers[k] in {".", ";", "!", "?"} or "\n\n" in lowers[k]:
            return False
        # ("the revised strategy covers the period from 2025 to 2030": after an article the word describes.)
        if lowers[k] in CHANGE_WORDS and (k == 0 or lowers[k - 1] not in {"the", "a", "an", "its", "this"}):
            return dated or n == 0
        dated = dated or lowers[k] in DATE_NOUNS
    return False


def _noun_after(doc: Doc, index: int) -> bool:
    """Whether the word at index looks like a noun a year before it describes ("2019 levels"): lowercase,
    not a function word ("to 2030 and"), not in -ing ("to 2030 following"), not a word that ends a date."""
    tokens = token_table(doc)  # (by index: no Token per read; spaCy's is_alpha is the text's isalpha)
    if index >= len(tokens.texts):
        return False
    word, text = tokens.texts[index], tokens.lowers[index]
    return word.isalpha() and word.islower() and text not in STOP_WORDS and not text.endswith("ing") \
        and text not in rules_for(doc).date_words["words_after_open"]


# A period an amount is given per, written between it and a "(approx.)" after it.
PER_PERIOD = (("per", "year"), ("per", "annum"), ("a", "year"), ("per", "month"), ("a", "month"), ("annually",))
# The few English words that qualify an amount from behind it ("$250,000 and above").
QUALIFIERS_AFTER = {"and above": "at_least", "or more": "at_least", "or above": "at_least", "and over": "at_least",
                    "or less": "at_most", "and below": "at_most", "or below": "at_most"}


def qualifier_before(span: Span) -> str:
    """The qualifier an amount's words give it: the words just before it ("about", across a line
    break), a "(maximum)" just after it, or the label it is the value of ("Maximum grant: $2m")."""
    qualifiers = rules_for(span.doc).currencies.qualifiers
    doc = span.doc
    tokens = token_table(doc)  # (the words around the amount by index: no Token per read)
    before = [i for i in range(max(0, span.start - 8), span.start) if not tokens.spaces[i]][-5:]
    lowered = [tokens.lowers[i] for i in before]  # (read once for the five sizes)
    for size in (5, 4, 3, 2, 1):  # ("up to a total of", "up to a maximum of")
        if size > len(before):
            continue
        words = lowered[-size:]
        for phrase in (" ".join(words), "".join(words), " ".join(words).replace(" .", ".")):
            if phrase in qualifiers:
                return qualifiers[phrase]
        # "(c. USD 12m)", "Budget  c. €48 million": circa; a lettered item's "c." opens a line.
        if size == 1 and words == ["c."] and _circa(tokens, before[-1]):
            return "approximate"
    after = range(span.end, min(len(doc), span.end + 7))
    # "US$ 40 million a year (approx.)": the rate's words stand between the amount and its parenthesis.
    following = tuple(tokens.lowers[i] for i in after)
    for words in PER_PERIOD:
        if following[: len(words)] == words:
            after = after[len(words):]
            break
    after = after[:4]
    if len(after) >= 3 and tokens.texts[after[0]] == "(":
        # "(maximum)", "(approx.)" right after the amount.
        inside = tokens.text_with_ws(after[1], after[-1] + 1).split(")")[0].strip().lower()
        if ")" in tokens.text(after[0], after[-1] + 1) and inside in qualifiers:
            return qualifiers[inside]
    trailing = " ".join(tokens.lowers[i] for i in after[:2])
    if trailing in QUALIFIERS_AFTER:
        return QUALIFIERS_AFTER[trailing]
    if before and tokens.texts[before[-1]] == ":":
        line_start = span.start - 1
        # The label's own sentence: "Executing agency: X. Maximum contribution: $6 million" is labelled "Maximum".
        while line_start > 0 and "\n" not in tokens.texts[line_start - 1] and tokens.texts[line_start - 1] not in {".", ";"}:
            line_start -= 1
        label = range(line_start, span.start - 1)
        if 1 <= len(label) <= 4 and tokens.lowers[label[0]] in qualifiers:
            return qualifiers[tokens.lowers[label[0]]]
    header = doc.user_data.get((HEADER_QUALIFIER, span.start, span.end))  # ("Maximum per grant (US$)" over it)
    return header or _cap_subject(doc, span.start)


# "The maximum grant per farm is $500", "O valor máximo por escola é de 8 milhões": the clause's subject is a cap.
# (Kept in code, not in rules/currencies.json's qualifiers: that file is edited elsewhere this round.)
CAP_WORDS = {"maximum": "at_most", "máximo": "at_most", "máxima": "at_most", "maximal": "at_most", "plafond": "at_most",
             "minimum": "at_least", "mínimo": "at_least", "mínima": "at_least", "minimal": "at_least"}
LINKING_VERBS = {"is", "was", "are", "é", "es", "est", "será", "sera"}
# "The minimum wage in X is ...", "o salário mínimo é de ...": a wage fixed by law is a thing, its amount exact.
CAP_THINGS = {"wage", "wages", "salary", "salaries", "salário", "salario", "salaire", "smig", "smic"}
# Where the subject's head ends: "The maximum grant | per school", "O valor máximo | por família".
SUBJECT_PREPOSITIONS = {"in", "of", "for", "per", "at", "on", "with", "under", "by", "from", "to", "across", "within",
                        "por", "para", "de", "do", "da", "dos", "das", "du", "des", "en", "par", "pour", "à", "no", "na"}
# Where the subject starts: another clause ("The maximum age is 35 and the fee is $200") or a relative one.
CLAUSE_WORDS = {"and", "or", "but", "while", "whereas", "that", "which", "where", "if", "when", "e", "et", "y", "ou",
                "mais", "pero", "mas", "que", "qui"}


def _cap_subject(doc, start: int) -> str:
    """at_most (at_least) for an amount that a maximum (minimum) is said to be: the cap word heads the subject
    right before the linking verb ("The maximum grant per school is $800")."""
    tokens = token_table(doc)  # (by index, from the doc's table: no Token per read)
    lower = tokens.lowers
    words = [i for i in range(max(0, start - 10), start) if not tokens.spaces[i]]
    if words and lower[words[-1]] in {"de", "of", "at"}:
        words = words[:-1]
    if not words or lower[words[-1]] not in LINKING_VERBS:
        return "exact"
    subject = []
    for i in reversed(words[:-1]):
        if tokens.puncts[i] or tokens.numbers[i] or lower[i] in CLAUSE_WORDS or lower[i] in LINKING_VERBS:
            break
        subject.insert(0, i)
    # The subject's head: its words before its first preposition.
    head = next((subject[:k] for k, i in enumerate(subject) if lower[i] in SUBJECT_PREPOSITIONS), subject)
    lowered = [lower[i] for i in head]
    for i, word in enumerate(lowered):
        if word in CAP_WORDS:
            beside = lowered[max(0, i - 1) : i] + lowered[i + 1 : i + 2]
            return "exact" if CAP_THINGS.intersection(beside) else CAP_WORDS[word]
    return "exact"


def span_value(span: Span):
    """The normalized value of a mention span (None when its text does not normalize).

    Cached per doc: the value follows from the span's text, label and rule, and the
    words before it, none of which change once the doc is processed.
    """
    cache = span.doc.user_data.setdefault(VALUE_CACHE, {})
    key = (span.start, span.end, span.label, span.id)
    if key not in cache:
        cache[key] = _compute_value(span)
    return cache[key]


def keep_value(span: Span, shorter: Span) -> Span:
    """shorter (span without words its value was read with) keeps span's value: "from $5,000 to $20,000" read whole, spanned
    without "from"."""
    span.doc.user_data.setdefault(VALUE_CACHE, {})[(shorter.start, shorter.end, shorter.label, shorter.id)] = span_value(span)
    return shorter


def _compute_value(span: Span):
    label = span.label_
    if label == "DATE":
        text = span_text(span)
        if span.id_ == "hijri-date":
            day = gregorian_day(text, rules_for(span.doc).hijri_months)
            return DateValue(start=day, end=day) if day else None
        if span.id_ == "ethiopian-date":
            period = ethiopian_value(text, rules_for(span.doc).ethiopian_months)
            return DateValue(start=period[0], end=period[1]) if period else None
        # (The words at the date's ends and around it by index, from the doc's token table: no Token per read.)
        tokens = token_table(span.doc)
        lowers, start, end = tokens.lowers, span.start, span.end
        # "2020 onwards": the open end is inside the span (range words are, spec).
        if end - start > 1 and lowers[end - 1] in OPEN_END_AFTER:
            text, following = tokens.text(start, end - 1), lowers[end - 1]
        elif end - start > 2 and lowers[end - 1] in PRESENT_WORDS and lowers[end - 2] in PRESENT_JOINERS:
            text, following = tokens.text(start, end - 2), "onwards"  # "2020–present", "2019 to date": open at the end
        else:
            following = lowers[end] if end < len(lowers) else ""
        modifier = "since" if following in OPEN_END_AFTER else _modifier_before(span)
        # "since the 2010 earthquake", "from the 2019 budget": the year names a thing, which the word governs.
        if modifier and start > 0 and lowers[start - 1] == "the" and following.isalpha() \
                and following.islower():
            modifier = None
        # "after 2025's floods": a possessive year names the thing too.
        if modifier and following in {"'s", "’s"}:
            modifier = None
        # "fell from 2019 levels", "linked to 2024 elections": without "the", a weak word's year before a noun describes it.
        if (modifier in WEAK_OPEN_END or modifier in WEAK_OPEN_START) and _noun_after(span.doc, span.end):
            modifier = None
        day_first = span.doc.user_data.get(DAY_FIRST, False)
        value = normalize_date(text, modifier=modifier, day_first=day_first)
        if value is not None and not modifier and value.start == value.end and span.id_ == NUMERIC_DATE_RULE:
            return other_reading(text, day_first, _written_days(span.doc)) or value
        return value
    if label == "MONEY":
        # "250,000 and 150,000 U.S. dollars": the first amount borrows the words written once after the second.
        shared = span.doc.user_data.get((SHARED_TAIL, span.start, span.end), "")
        table = rules_for(span.doc).currencies
        text, context = f"{span_text(span)} {shared}".strip(), money_context(span, table, CANDIDATES["COUNTRY"])
        return in_its_time(normalize_money(text, table, qualifier=qualifier_before(span), context=context), text, table,
                           context)
    if label == "COUNTRY":
        rules = rules_for(span.doc)
        value = normalize_country(span_text(span), rules.countries)
        shared = rules.shared_demonyms.get(span_text(span).title()) if value and value.form == "demonym" else None
        if shared:  # ("Congolese" on a page about the Democratic Republic of the Congo)
            named = countries_named(span.doc, spans_of(span.doc, CANDIDATES["COUNTRY"]), rules.countries)
            code = demonym_country(named, shared)
            return value.model_copy(update={"iso2": code}) if code else value
        return value
    if label == "PROJECT":
        return normalize_project(span_text(span), acronym_only=span.id_ in ACRONYM_RULES)
    return None


def _register_extensions() -> None:
    if not Span.has_extension("value"):
        Span.set_extension("value", getter=span_value)
    if not Doc.has_extension("layout"):
        Doc.set_extension("layout", default=None)
    if not Doc.has_extension("projects"):
        Doc.set_extension("projects", default=None)


_register_extensions()


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, preferring longer then earlier ones (like spaCy's filter_spans); of two as long, a whole
    one before a part ("01/01/2031" before the "Between 01" of a range)."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.label_.endswith("_PART"), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: (s.start, s.end))


def _written_days(doc: Doc) -> frozenset[str]:
    """The days the document writes out, unless its numeric dates show their own order ("27/10/2031"): then none."""
    days = doc.user_data.get(WRITTEN_DAYS)
    if days is None:
        days = doc.user_data[WRITTEN_DAYS] = frozenset() if numeric_order_shown(doc.text) else written_days(doc.text)
    return days


def _circa(tokens, at: int) -> bool:
    """"c." at token `at` after a word or an opening parenthesis on its line ("cost c. €48 million", "(c. USD 12m)"),
    not a lettered item's mark after a line break or a list's ";" ("b. EUR 1 million; c. EUR 3 million")."""
    k = at - 1
    while k >= 0 and tokens.spaces[k]:
        if "\n" in tokens.texts[k]:
            return False
        k -= 1
    return k >= 0 and (tokens.texts[k].isalpha() or tokens.texts[k] == "(")
