"""Facts the text puts outside a project's scope (spec: Project records, "facts the text states about it").

Filters like those of link_filters, run with them: a fact the text excludes ("camps in X are not covered"),
a fact of the larger whole a project belongs to ("part of a $200 million envelope"), a date under a
results heading, a date under a "Background:" label, a budget line's or a transaction's date, a disbursed-to-date or
suspension figure, and a country word that names a border or a party rather than a recipient.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..initials import initial_phrases
from .. import span_values  # (the module: span_values imports this package in turn)
from .link_clauses import clause_says, clause_words, fact_sentence, sentence_has
from ..table_columns import header_row
from .link_context import LinkContext
from .link_sections import lead_in_of

# "(PDF, 540 Ko)", "Report.docx", "1.7 MB": a line that offers a file to download.
# (r"\b(?:PDF|DOCX?|XLSX?|PPTX?)\b|\b\d+(?:[.,]\d+)?\s?(?:KB|MB|kB|Ko|Mo)\b", reading its first character before
# looking behind it, so that the engine skips ahead to those characters; same matches.)
FILE_MARKER = re.compile(r"[PDX\d](?:(?<=P)(?<!\w\w)(?:DF|PTX?)\b|(?<=D)(?<!\w\w)OCX?\b|(?<=X)(?<!\w\w)LSX?\b"
                         r"|(?<=\d)(?<!\w\d)\d*(?:[.,]\d+)?\s?(?:KB|MB|kB|Ko|Mo)\b)")
# "was agreed in", "was approved by the steering committee on": the date a decision was taken.
DECIDED_ON = initial_phrases(["agreed", "approved", "granted", "decided", "endorsed"],
                             r"(?i:\s+(?:by\s+[^,;]{0,60}?\s+)?(?:in|on)\s+$)", ignore_case=True)
UMBRELLA = initial_phrases(["Part of", "part of", "belongs? to", "belonging to", "Under", "under"], r"\s+(?:an?|[A-Z][\w-]*['’]s)\s")


def is_excluded(context: LinkContext, fact: Span) -> bool:
    """"refugee camps in Ruritania are not covered", "outside the programme, ...": the text excludes the fact."""
    return bool(clause_says(context, fact, context.vocabulary.exclusion))


def is_country_modifier(context: LinkContext, fact: Span) -> bool:
    """"the Chadian and Malian borders", "the Ruritanian blockade", "border areas with Ruritania", "migrating to
    Ruritania": a country word that names a place, a neighbour, a party or a destination."""
    if fact.label_ != "COUNTRY":
        return False
    # (Lower-case forms and punctuation flags from the context's arrays: a Token per read costs more than the test.)
    before = context.lower[max(0, fact.start - 3) : fact.start]
    if "with" in before[-1:] and any(w.startswith(("border", "frontier")) for w in before[:-1]) or before[-1:] == ["bordering"]:
        return True  # "border areas with Ruritania", "bordering Ruritania": a neighbour, not a recipient
    if context.vocabulary.destination.search(context.text, max(0, fact.start_char - 80), fact.start_char):
        return True  # "workers migrating to Ruritania", "exports to Eastland and Westland": a destination or a market
    after = [context.lower[i] for i in range(fact.end, min(fact.end + 4, len(context.lower))) if not context.punct[i]]
    nouns = context.vocabulary.country_modifier_nouns
    # ("the Chadian and Malian borders": the noun may follow a coordinated country word.)
    return bool(after) and (after[0] in nouns or len(after) > 2 and after[0] == "and" and after[2] in nouns)


def in_umbrella(context: LinkContext, fact: Span) -> bool:
    """"belongs to Ruritania Power's R385 billion build programme for 2005–2013", "part of a $200 million
    envelope", "under a $700 million credit line": a fact of the larger whole a project belongs to."""
    if fact.label_ not in ("MONEY", "DATE"):
        return False
    found = fact_sentence(context, fact)
    if found is None:
        return False
    start, end = found[1]
    # (UMBRELLA reads no further than its match, so a sentence without one has none before the fact either.)
    if fact.start_char <= end and not sentence_has(context, UMBRELLA, found[1]):
        return False
    trigger = None
    for trigger in UMBRELLA.finditer(context.text, start, fact.start_char):
        pass
    if trigger is None or context.spans_in(trigger.start(), fact.start_char) \
            or re.search(r"[,;:()]|\.\s", context.text[trigger.end() : fact.start_char]):
        return False
    phrase = context.text[trigger.end() : re.search(r"[,;:.()]|$", context.text[fact.end_char : end]).start() + fact.end_char]
    return any(re.search(rf"\b{re.escape(noun)}\b", phrase.lower()) for noun in context.vocabulary.umbrella_nouns)


def is_context_date(context: LinkContext, fact: Span) -> bool:
    """"(a) Background: the town has grown since 2006", "Context: the utility's 2016–2020 plan": a date under a
    label that says it tells the setting."""
    block = context.block_at(fact.start_char)
    if fact.label_ != "DATE" or block is None or block.kind == "heading":
        return False
    # (A key-value record's field, "Context:  the utility's plan ...", may run on over several lines.)
    field = context.sentence_at(block, fact.start_char)[0] if block.kind == "record" else fact.start_char
    line = context.layout.line_at(field) if block.kind in ("record", "row") else block.lines[0]
    colon = context.text.find(":", line.content_start, min(line.end, fact.start_char))
    label = set(re.findall(r"[^\W\d_]+", context.text[line.content_start : colon].lower())) if colon != -1 else set()
    return len(label) <= 3 and bool(label & context.vocabulary.context_labels)


def is_result_date(context: LinkContext, fact: Span) -> bool:
    """"Results to date / In 2023 the X Programme reached 12,000 farmers": a date under a results heading dates
    a result, unless its sentence says it dates the project (approved, launched, closed ...)."""
    if fact.label_ != "DATE":
        return False
    headings = context.headings_over(context.layout.line_at(fact.start_char))
    if not headings or fact.start_char < headings[0].end:
        return False
    heading = set(re.findall(r"[^\W\d_]+", context.text[headings[0].start : headings[0].end].lower()))
    if not heading & context.vocabulary.results_headings:
        return False
    block = context.block_at(fact.start_char)
    words = set(re.findall(r"[^\W\d_]+", context.text[slice(*context.sentence_at(block, fact.start_char))].lower()))
    return not words & context.vocabulary.project_date_cues


def _a_day(date: Span) -> bool:
    value = span_values.span_value(date)
    return value is not None and value.start is not None and len(value.start) == 10 and value.start == value.end


def _label_words(text: str) -> set[str]:
    """The words of a short label line (three words at most, no sentence's end), lower-cased; none for other lines."""
    text = text.strip()
    return set(re.findall(r"[^\W\d_]+", text.lower())) if len(text.split()) <= 3 and not text.endswith((".", ";", ",")) \
        else set()


MID_TERM = re.compile(r"\bmid-?\s?term\b")


def in_document_list(context: LinkContext, fact: Span) -> bool:
    """"Appraisal report (PDF, 1.7 MB) – May 2031", "Documents: Annual report 2031 | ...", "Press release | 3 May
    2031" under a "News" heading: the date of a document or a story offered on the page, not the project's."""
    block = context.block_at(fact.start_char)
    if fact.label_ != "DATE" or block is None:
        return False
    line = context.layout.line_at(fact.start_char)
    text = context.text[line.content_start : line.end]
    key = ("file marker", line.index)  # (the same for every date of the line)
    if key not in context.memo:
        context.memo[key] = FILE_MARKER.search(text) is not None
    if context.memo[key]:
        return True
    label = text.split(":", 1)[0] if ":" in text[: fact.start_char - line.content_start] else ""
    words = set(re.findall(r"[^\W\d_]+", label.lower())) if len(label.split()) <= 3 else set()
    headings = context.headings_over(line)
    if headings and headings[0].end <= fact.start_char and not (block.kind == "paragraph" and text.rstrip().endswith(".")):
        # (Prose under the heading may still state the project's dates; a line of a list does not.)
        words |= set(re.findall(r"[^\W\d_]+", context.text[headings[0].start : headings[0].end].lower()))
    lead = block.lines[0]
    if lead.index != line.index and not text.rstrip().endswith("."):
        # ("Related news" over "10/07/2031 – Wells reach 12 villages": a short first line of the block labels it.)
        words |= _label_words(context.text[lead.content_start : lead.end])
    if block.kind == "item" and (lead_in := lead_in_of(context, block)) is not None:
        # ("LATEST NEWS" set tight over its items: the list's title labels them too.)
        words |= _label_words(context.text[lead_in.start : lead_in.end])
    if not words & context.vocabulary.document_list_headings:
        return False  # (most dates: the line's words need no reading)
    # ("4 Feb 2031 — X extended: the partners decided on 12 January ...": the story's own date opening its line,
    # when it tells the day of its event, is when it was published; "... signed, to run until 2035" keeps it.)
    if not context.text[line.content_start : fact.start_char].strip() \
            and any(fact.start_char < d.start_char < line.end and _a_day(d) for d in context.spans["DATE"]):
        return True
    # ("14 May 2031 | Ruritania and the Bank sign a loan for the X Scheme": a story that says what it dates; a
    # "mid-term review" is no term of the project's.)
    return not set(re.findall(r"[^\W\d_]+", MID_TERM.sub(" ", text.lower()))) & context.vocabulary.project_date_cues


def is_amendment_date(context: LinkContext, fact: Span) -> bool:
    """"An extension to June 2031 was agreed in November 2030", "the extension ... was approved by the steering
    committee on 2 April 2030": the day a change to the project was decided, not its period (the new end date is)."""
    clause = clause_words(context, fact) if fact.label_ == "DATE" else None
    if clause is None or not DECIDED_ON.search(context.text[clause[0] : fact.start_char]):
        return False
    before = re.findall(r"[^\W\d_]+", context.text[clause[0] : fact.start_char].lower())
    return bool(set(before) & context.vocabulary.amendment_nouns)


def is_line_item_date(context: LinkContext, fact: Span) -> bool:
    """"Budget:  2023-01-01 to 2023-12-31   EUR 2,000,000" / "Commitment 2024-05-02   EUR 9,000,000": in a
    key-value record, a date set right before an amount on its line dates that amount (a budget line, a
    transaction), not the project."""
    block = context.block_at(fact.start_char)
    if fact.label_ != "DATE" or block is None or block.kind != "record":
        return False
    line = context.layout.line_at(fact.start_char)
    after = context.text[fact.end_char : line.end]
    # ("2025 (Q1–Q2)   1,500,000": a parenthesis may qualify the date.)
    gap = re.match(r"(?:\s*\([^()]{0,20}\))?\s+", after)
    return gap is not None and any(m.start_char == fact.end_char + gap.end() for m in context.spans["MONEY"])


def is_procurement_date(context: LinkContext, fact: Span) -> bool:
    """"HWP-W01 | Intake works | 4,200 | OCB | Q2 2031" under "Package No. ... Advert. Date": a date in a row of a
    procurement table (its header row or the caption over it says so) times a contract's bidding, not the project."""
    line = context.layout.line_at(fact.start_char)
    # (A "Key ...... value" sheet is no table of packages; a row naming a project is that project's own record.)
    if line.kind != "row" or line.key_value or context.projects_in(line.start, line.end):
        return False
    header = header_row(context.layout, line)
    if header is None:
        return False
    key = ("procurement table", header.index)  # (asked for each date of the table: read once)
    if key not in context.memo:
        caption = context.layout.lines[header.index - 1] if header.index > 0 else header
        words = set(re.findall(r"[^\W\d_]+", " ".join(context.text[l.start : l.end] for l in (caption, header)).lower()))
        context.memo[key] = bool(words & context.vocabulary.procurement_words)
    return context.memo[key]


def is_zero_amount(context: LinkContext, fact: Span) -> bool:
    """"Component 4: contingency reserve (US$ 0)": an amount of nothing funds nothing."""
    return fact.label_ == "MONEY" and span_values.span_value(fact).amount == 0  # (fact._.value, without an Underscore)


# "MK 45,000 per term", "KSh 2,000 a month": a sum paid to each person at each turn (not "a year", a budget's rate).
PAID_PER_TURN = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:per|a|an|each|every)\s+(?:term|month|week|day|semester|quarter|hour|season)s?\b",
                           re.IGNORECASE)


def is_rate_paid(context: LinkContext, fact: Span) -> bool:
    """"cash transfers of MK 30,000 per term", "Beneficiaries receive KSh 2,000 per month": a transfer, wage or fee
    paid per term, month or day is what a person receives, not the project's funding."""
    return fact.label_ == "MONEY" and bool(PAID_PER_TURN.match(context.text, fact.end_char))


def is_status_figure(context: LinkContext, fact: Span) -> bool:
    """"of which EUR 5 million had been disbursed by 30 May 2024", "Disbursement 2024-05-02 EUR 2,000,000": how
    far spending has got, not the project's funding or period."""
    if fact.label_ not in ("MONEY", "DATE"):
        return False
    if fact.label_ == "DATE" and _in_status_row(context, fact):
        return True
    found = fact_sentence(context, fact)
    if found is None:
        return False
    block, (start, end) = found
    if block.kind == "record":
        # A field's line; a long field (a description) holds sentences of its own.
        line = context.layout.line_at(fact.start_char)
        start, end = max(start, line.content_start), min(end, line.end)
        stop = context.text.rfind(". ", start, fact.start_char)
        start = start if stop == -1 else stop + 1
        stop = context.text.find(". ", fact.end_char, end)
        end = end if stop == -1 else stop
    # The comma-separated part of the sentence that holds the fact.
    comma = context.text.rfind(",", start, fact.start_char)
    after = context.text.find(",", fact.end_char, end)
    piece = (start if comma == -1 else comma + 1, end if after == -1 else after)
    words = re.findall(r"[^\W\d_]+", context.text[slice(*piece)].lower())
    # ("Disbursement 2024-05-02 EUR 2,000,000": a transaction line of a key-value record opens with its type.)
    labelled = block.kind == "record" and bool(words) and words[0] in context.vocabulary.status_labels
    return labelled or context.vocabulary.status.search(" ".join(words)) is not None


# "COMMENTS (4)", "Reader comments", "12 comments": the heading of readers' posts under a news story.
COMMENTS_HEADING = re.compile(r"(?i)^\s*(?:\d+\s+)?(?:reader(?:s['’])?\s+)?comments?\s*(?:\(\d+\))?\s*$")


def in_reader_comments(context: LinkContext, fact: Span) -> bool:
    """A reader's post under a story says what the reader thinks, not what the story states of a project: its facts
    go to none ("they said the pumps would come in 2027"). The posts run from their heading to the page's end."""
    key = "comments start"  # (read once per document)
    if key not in context.memo:
        context.memo[key] = next((line.start for line in context.layout.lines if line.kind == "heading"
                                  and COMMENTS_HEADING.match(context.text[line.content_start : line.end])), None)
    start = context.memo[key]
    return start is not None and fact.start_char > start


TOTAL_WORDS = frozenset({"total", "totals", "subtotal", "sub-total"})


def is_total_row(context: LinkContext, fact: Span) -> bool:
    """"Total | | 208.5 | 38.9 |" under rows of three projects or more: the table's total funds none of them (a
    project's financing plan may list a fund or two among its sources)."""
    line = context.layout.line_at(fact.start_char)
    if line.kind != "row" or not line.cells or line.cells[0][0] >= fact.start_char:
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", context.text[slice(*line.cells[0])].lower())
    if not words or words[0] not in TOTAL_WORDS:
        return False
    key = ("projects over total", line.index)  # (read once for the row's facts)
    if key not in context.memo:
        named: set = set()
        for above in reversed(context.layout.lines[: line.index]):
            if above.kind != "row":
                break
            if above.cells:  # (the projects the rows are keyed by, in their first cell; not a financier column's fund)
                named.update(map(id, context.projects_in(*above.cells[0])))
        context.memo[key] = len(named) >= 3
    return context.memo[key]


def _in_status_row(context: LinkContext, fact: Span) -> bool:
    """"Disbursement   Paid   04/11/2031   730,000": a transactions table's row whose first cell is a payment
    dates the payment (its amount is still the project's money, as the annotators tie it)."""
    line = context.layout.line_at(fact.start_char)
    if line.kind != "row" or line.key_value or not line.cells or line.cells[0][0] > fact.start_char:
        return False
    words = re.findall(r"[^\W\d_]+", context.text[slice(*line.cells[0])].lower())
    return bool(words) and words[0] in context.vocabulary.status_labels


# A clock time beside a date makes it a time stamp: "9:41 AM · Mar 8, 2031", "Posted 09:05, 4 February 2026".
# (r"\b\d{1,2}:...": the first digit read before looking behind it, so that the engine skips ahead to digits.)
CLOCK = re.compile(r"\d(?<!\w\d)\d?:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?!\d)")
CLOCK_BEFORE = re.compile(CLOCK.pattern + r"[\s·,|–-]*$")
CLOCK_REACH = 16


def is_time_stamp(context: LinkContext, fact: Span) -> bool:
    """A post's or a page's time stamp, not a date of the project."""
    if fact.label_ != "DATE":
        return False
    line = context.layout.line_at(fact.start_char)
    before = context.text[max(line.start, fact.start_char - CLOCK_REACH) : fact.start_char]
    # (Only separators between the clock and the date: "leverages capital at 1:10 from 2031" is a ratio.)
    return bool(CLOCK_BEFORE.search(before) or CLOCK.match(context.text[fact.end_char : line.end].lstrip(" ,·|–-")))
