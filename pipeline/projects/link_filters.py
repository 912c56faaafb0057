"""Facts that are never a project's, whatever sentence they stand in (spec: Project records).

Each filter is a function (context, fact) -> bool; True keeps the fact away from every
project. They run before the linking rules (pipeline.projects.link_rules).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..span_lists import span_text
from .link_context import LinkContext
from .link_clauses import clause_bounds, clause_says, clause_words, fact_sentence
from .link_donors import in_donor_field, in_organization_name, is_donor
from .link_rates import is_exchange_rate
from .link_scope import (in_document_list, in_umbrella, is_amendment_date, is_context_date, is_country_modifier, is_excluded,
                         is_line_item_date, is_procurement_date, is_rate_paid, is_result_date, is_time_stamp, is_status_figure, is_total_row,
                         is_zero_amount, in_reader_comments)

# "a memorandum of understanding signed on ...": what lifts a document cue (not "a review was completed on").
SIGNING = {"understanding", "signed", "signing", "signature", "concluded", "agreed", "signé", "signée", "firmado", "firmada",
           "assinado", "assinada"}
POSTED_BEFORE = re.compile(r"(?im)(?:^[^\S\n]*|[·|]\s*)(?:posted|published|publicad[oa]|publiée?|last\s+(?:validated|modified|edited|checked))\b[^\d\n]*$")
PROGRESS_AT = re.compile(r"\d\s?%[^.;\n\d]{0,40}\b(?:at|as at|as of|by|on)\s+$")
DECADE = re.compile(r"(?:the\s+)?(?:\d{2})?\d0s", re.IGNORECASE)
CLAUSE_WORD = re.compile(r"[\w'-]+")  # a clause's words, as its filters read them
TOGETHER_WITH = re.compile(r"\btogether with\b")
COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
               "several", "many", "multiple", "various", "both"}


def in_page_furniture(context: LinkContext, fact: Span) -> bool:
    """A page header or footer repeats the document's title and date; it says nothing about a project."""
    return context.layout.line_at(fact.start_char).index in context.noise


def is_copyright_date(context: LinkContext, fact: Span) -> bool:
    """"Cover: © Agency/A. Name 2031 | Edition 2", "© Agency 2032": a credit's or copyright's year, no project's."""
    line = context.layout.line_at(fact.start_char)
    before = context.text[line.start : fact.start_char]
    mark = max(before.rfind("©"), before.lower().rfind("copyright"))
    # "(c) 2032 Agency": the mark right before the year, a name after it (not a list's "(c) 2031: ...").
    written = before.rstrip().lower().endswith("(c)") and re.match(r"\s+[A-Z]", context.text[fact.end_char : fact.end_char + 3]) \
        and "(b)" not in context.text[line.start : line.end]  # (not the third step of "(a) ... (b) ... (c) 2031 Handover")
    return fact.label_ == "DATE" and (mark != -1 and "|" not in before[mark:] or bool(written))


def is_event_date(context: LinkContext, fact: Span) -> bool:
    """"the earthquake of 2015", "the 2019 elections", "the collapse of the old bridge in April 2013",
    "a conference held in Ruritania in May 2022": the date (or place) of an event, not of a project."""
    if fact.label_ not in ("DATE", "COUNTRY"):
        return False
    doc = context.doc
    phrase = _phrase_before(context, fact, 6)
    if "held" in phrase[-5:]:
        return True
    if fact.label_ != "DATE":
        return False
    after = []
    for i in range(fact.end, min(fact.end + 3, len(doc))):  # "the 2031 regional debt crisis"
        if context.punct[i]:
            break
        after.append(context.lower[i])
    if not any(word in context.vocabulary.event_nouns for word in phrase + after):
        return False
    # "approved at its meeting in May 2017": the meeting dates an approval, a project date.
    return not set(_words_before(context, fact, 12)) & context.vocabulary.project_date_cues


LABEL_BEFORE = re.compile(r"\s*(?P<label>[^\W\d][^.:\n]{0,60}?)\s*(?:\.{3,}|…+|:)\s*")


# "Ejecutado al 15/09/2031", "Situation d'exécution du programme au 30 avril 2032": how far it had got by that
# day, as "as of" says in English ("ampliado al 15 de mayo", an extension's end, stays the project's).
ROMANCE_AS_OF = re.compile(r"(?i)\b(?:desembolsad[oa]s?|ejecutad[oa]s?|ejecución|exécution|situation|situación|avance|avancement"
                           r"|corte|acumulad[oa]s?|cumulé(?:e|s|es)?)\b(?:\s+[^\s.;:]+){0,3}?\s+(?:al|au)\s*$")
AS_OF_REACH = 60
EXTENDED = re.compile(r"(?i)\b(?:ampliad|prorrogad|extendid|aplazad|prolong|prorog|report|repouss|alargad)\w*")
PLAN_GLUE = frozenset({"(", ")", ",", "for", "—", "–"})  # (what may stand between a plan's noun and its period)
PLAN_REACH = 12  # tokens back from a period to its plan's noun


def is_document_date(context: LinkContext, fact: Span) -> bool:
    """"an appraisal report of 14 May 2010", "repaid on 1 June 2040": a document's or a step's date."""
    if fact.label_ != "DATE":
        return False
    if in_donor_field(context, fact):
        return True  # "Donors, 2031 .... A, B": the year of a donor list
    vocabulary = context.vocabulary
    before = _words_before(context, fact, 6)
    after = context.lower[fact.end : fact.end + 1]
    doc = context.doc
    rate = fact.start > 1 and doc[fact.start - 1].text == "(" and doc[fact.start - 2].i in context.money_tokens \
        and is_exchange_rate(context, next(m for m in context.spans["MONEY"] if m.start <= fact.start - 2 < m.end))
    romance = ROMANCE_AS_OF.search(context.text, max(0, fact.start_char - AS_OF_REACH), fact.start_char) \
        if before[-1:] in (["al"], ["au"]) else None
    as_of = before[-2:] in (["as", "of"], ["as", "at"]) or romance is not None and not EXTENDED.search(romance.group(0))
    if rate or DECADE.fullmatch(span_text(fact)) or as_of:
        # "1 UA = US$ 1.47 (14/03/2031)", "dug in the 1950s", "Status (as of 30.04.2032)": a rate's date,
        # context and status, not the project's dates
        return True
    line = context.layout.line_at(fact.start_char)
    rest = context.text[fact.end_char : line.end]
    if not context.text[line.content_start : fact.start_char].strip() and rest.lstrip().startswith(":"):
        # "• Q2 2024: first exchange mission", "• T4 2025 : mid-term evaluation": a timeline's step, not the project's date.
        step = set(re.findall(r"[^\W\d_]+", rest.lower())[:4])
        if step & (vocabulary.document_date_cues | vocabulary.event_nouns):
            return True
    # "Posted by A. Banda · 18 May 2031", "9:15 PM · Posted 3 Feb 2031", "Publicado: 3 de marzo de 2031", "Record 12 ·
    # last validated by the desk on 3 May 2031": the post's or the record's date, on the line that opens with the word
    # (or after a bar; not "the project posted nurses ... on 2 May 2031");
    # "works 40% complete at 31 May 2031": the date of a progress reading.
    if POSTED_BEFORE.search(context.text, line.start, fact.start_char) \
            or PROGRESS_AT.search(context.text, line.start, fact.start_char):
        return True
    # "Draft report ........ 16 January 2031", "Deadline for questions: 31 Oct. 2030": a step's label over dot leaders
    # or before a colon (the leaders end the label's sentence: the words before do not reach back to it).
    # ("Board submission and approval: 4 April 2031" is the project's.)
    label = LABEL_BEFORE.fullmatch(context.text[line.content_start : fact.start_char])
    label_words = set(re.findall(r"[^\W\d_]+", label["label"].lower())) if label else set()
    if label_words & (vocabulary.document_date_cues | vocabulary.step_labels) and not label_words & vocabulary.project_date_cues:
        return True
    cues = [i for i, word in enumerate(before) if word in vocabulary.document_date_cues]
    # "a memorandum of understanding signed on ...": the document's signing is the project's.
    if cues and not set(before[cues[-1] + 1 :]) & SIGNING:
        return True
    # "the 2031 budget", "its 2031 appraisal"; "the Development Plan 2014-2018", "Strategy (2021-2026)", "WORK PLAN
    # AND BUDGET (AWPB) — FY 2031-32" (the plan's acronym and a dash between).
    # ("... — FY 2031-32 (1 July 2031 – 30 June 2032)": the plan's period spelled out after it is the plan's too.)
    window = context.doc[max(0, fact.start - PLAN_REACH) : fact.start]
    # (A project's own title, "... Water Framework (WF) — 2031–2035", is no plan: its words are passed over.)
    named_before = [t.lower_ for k, t in enumerate(window) if t.text not in PLAN_GLUE and t.lower_ != "of"
                    and not (k > 0 and window[k - 1].text == "(" and t.text.isupper()) and t.i not in context.date_tokens
                    and t.i not in context.project_tokens]
    if named_before[-2:] == ["and", "budget"]:
        named_before = named_before[:-2]  # ("Annual Work Plan and Budget": the plan's budget)
    if any(word in vocabulary.date_after_cues for word in after) or named_before and named_before[-1] in vocabulary.plan_nouns:
        return True
    # "the regional strategy adopted by ministers in May 2021": a plan's date, unless a project's step comes between.
    # ("The Board approved the framework in May 2031": the noun names the page's own "... Framework", no plan.)
    phrase = _phrase_before(context, fact, 8)
    plan = [i for i, word in enumerate(phrase) if word in vocabulary.plan_nouns and word not in _project_heads(context)]
    return bool(plan) and not set(phrase[plan[-1] + 1 :]) & vocabulary.project_date_cues


def _project_heads(context: LinkContext) -> frozenset[str]:
    """The last words of the page's project titles, in lower case ("framework" for "... Water Framework")."""
    return frozenset(group.title.split()[-1].lower() for group in context.groups if group.title and group.title.split())


def is_total_of_several(context: LinkContext, fact: Span) -> bool:
    """"Together the four cost $72 million", "two other operations worth $8 million altogether":
    a total over several separately financed projects is not attached to each."""
    if fact.label_ != "MONEY":
        return False
    found = fact_sentence(context, fact)
    if found is None:
        return False
    sentence = found[1]
    # The count or the cue must stand in the fact's own clause: "three loans, 9 billion yen in all: A, 5 billion; B, 4 billion".
    start, end = clause_bounds(context, fact, sentence)
    # "together with" joins things; "together" alone sums them. (Read once per clause: its facts share it.)
    key = ("total cue", start, end)
    if key not in context.memo:
        lowered = context.text[start:end].lower()
        words = CLAUSE_WORD.findall(TOGETHER_WITH.sub("", lowered) if "together with" in lowered else lowered)
        context.memo[key] = bool(set(words) & context.vocabulary.total_cues)
    if context.memo[key] and len(context.projects_in(*sentence)) != 1:
        return not _bound_to_one(context, fact)
    doc = context.doc
    if "each" in context.lower[max(0, fact.start - 2) : min(len(doc), fact.end + 4)]:
        return False  # "each worth $8 million", "$8 million for each of the two programmes"
    # The clause's tokens by index (lower-case forms read from the context): a Token per word costs more than the test.
    clause = context.doc.char_span(start, end, alignment_mode="expand")
    tokens = [i for i in (range(clause.start, clause.end) if clause is not None else ()) if i not in context.money_tokens]
    lower = context.lower
    for k, i in enumerate(tokens):
        if lower[i] in context.vocabulary.several_nouns:
            # "three operations", "two other IDA loans", "17 operations": a count right before the noun.
            count = tokens[max(0, k - 3) : k]
            if any(doc[j].text == "%" for j in count):
                continue  # "62% loans" is a share, not a count
            counted = [j for j in count if lower[j] in COUNT_WORDS or (doc[j].text.isdigit() and int(doc[j].text) > 1)]
            if not counted:
                continue
            # "14 grants of $250,000 to $1.5 million": the amount of each, not a total.
            if k + 1 < len(tokens) and lower[tokens[k + 1]] == "of" and tokens[k + 1] + 1 >= fact.start - 1:
                return False
            # "it provided $1 billion for 520 projects": a fund's money spread over projects the text does not name.
            if counted[0] > 0 and lower[counted[0] - 1] in {"for", "to"} and not context.projects_in(*sentence):
                return False
            return not _bound_to_one(context, fact)
    return False


def is_other_activity(context: LinkContext, fact: Span) -> bool:
    """"builds on a $5 million first phase", "and, separately, a loan of $9 million": money of another activity."""
    if fact.label_ != "MONEY":
        return False
    after = context.text[fact.end_char : fact.end_char + 40].lower()
    if any(after.lstrip().startswith(phrase) for phrase in context.vocabulary.other_activity_after):
        return True
    found = fact_sentence(context, fact)
    clause = clause_bounds(context, fact, found[1]) if found is not None else None
    # "Separately, officials offered up to $3 million": the cue may open the clause ("Separately, the minister set aside
    # $4 million for the X Fund": not when the sentence gives the money to a project).
    first = CLAUSE_WORD.search(context.text[clause[0] : clause[1]].lower()) \
        if clause and not context.spans_in(clause[0], fact.start_char) and not _given_to_a_project(context, fact, found[1]) \
        else None
    opening = [first.group()] if first else []
    return any(word in context.vocabulary.separately_cues for word in _words_before(context, fact, 4) + opening)


def _given_to_a_project(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> bool:
    """"... $4 million for the X Fund": the money goes to a project the sentence names right after "for"/"to"."""
    return any(GIVEN_TO.match(context.text, fact.end_char, span.start_char)
               for span in context.spans_in(fact.end_char, sentence[1]))


GIVEN_TO = re.compile(r"[^.;,]{0,12}?\b(?:for|to)\s+(?:the\s+)?$")


def is_about_other_projects(context: LinkContext, fact: Span) -> bool:
    """"in 2019 it had approved three other operations": a clause about other projects lends them nothing."""
    clause = clause_words(context, fact)
    if clause is None:
        return False
    start, end, words = clause
    if context.projects_in(start, end):
        return False  # "approved with two other operations": the clause's own project shares the fact
    return any(word == "other" and set(words[i + 1 : i + 4]) & context.vocabulary.several_nouns
               for i, word in enumerate(words))


SOURCE_BEFORE = re.compile(r"\b(?:from|out of|through|under)\s+(?:the\s+)?$")
# ("... from the state budget, whose total is ...": the budget itself, described.)
DESCRIBED_AFTER = re.compile(r"\s+(?:whose|which|that)\b")


def is_other_money(context: LinkContext, fact: Span) -> bool:
    """"GDP reached $30 billion", "the state budget for 2022 was 450 billion", "pledged $1 billion to
    Gavi": money about something else, or given to a body that is no project."""
    if fact.label_ not in ("MONEY", "DATE"):
        return False
    if fact.label_ == "MONEY" and _given_to_another_body(context, fact):
        return True
    words = clause_words(context, fact)
    if words is None:
        return False
    if fact.label_ != "DATE":
        # The phrase must stand in the fact's clause: "Ghana, whose GDP is $70 billion, ..." ("Rs 80 million out of the
        # state budget, the rest lent by a bank": a budget the money comes from is the project's source, not other
        # money; an amount after it that the clause gives the budget itself, "..., whose total is ...", is.)
        key = ("other money", words[0], words[1])
        if key not in context.memo:
            joined = " ".join(words[2])
            context.memo[key] = [(match.end(), bool(SOURCE_BEFORE.search(joined, 0, match.start())),
                                  bool(DESCRIBED_AFTER.match(joined, match.end())))
                                 for match in context.vocabulary.other_money.finditer(joined)]
        if not context.memo[key]:
            return False
        # (Where the fact stands in the joined words: after how many of them.)
        at = len(" ".join(CLAUSE_WORD.findall(context.text[words[0] : fact.start_char].lower())))
        return any(not source or described and at > end for end, source, described in context.memo[key])
    # "the state budget for 2024", "sales of $640,000 in 2025": the year of that money, in the words right before.
    return bool(context.vocabulary.other_money.search(" ".join(_phrase_before(context, fact, 8))))


def _given_to_another_body(context: LinkContext, fact: Span) -> bool:
    """"$1 billion to Gavi": the money goes to a named body that is neither a project nor a country."""
    doc = context.doc
    i = fact.end
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i : min(i + 12, len(doc))] if t.text == ")"), i)
    if i + 1 >= len(doc) or doc[i].lower_ not in {"to", "for"}:
        return False
    name = doc[i + 1]
    if not name.text[:1].isupper() or name.lower_ in {"the", "it", "its", "each", "a", "an"}:
        return False
    covered = [s for label in ("PROJECT", "COUNTRY") for s in context.spans[label] if s.start <= name.i < s.end]
    # "for Alpine municipalities", "to Syrian refugees": an adjective before the people served, not a body's name
    following = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if following is not None and following.is_alpha and following.is_lower and not following.is_stop:
        return False
    return not covered


def _phrase_before(context: LinkContext, fact: Span, size: int) -> list[str]:
    """Up to size words right before the fact, back to the last punctuation mark."""
    words: list[str] = []
    for i in range(fact.start - 1, max(0, fact.start - size) - 1, -1):
        if context.punct[i] or i in context.project_tokens:
            break
        words.insert(0, context.lower[i])
    return words


def _words_before(context: LinkContext, fact: Span, size: int) -> list[str]:
    """Up to size words before the fact, not reaching back past the start of its sentence."""
    block = context.block_at(fact.start_char)
    start = context.sentence_at(block, fact.start_char)[0] if block is not None else fact.start_char
    # (Page furniture inside a paragraph run on across a page break is no part of the sentence.)
    # (Quotes and brackets are no words; a cue word inside a project's name, "... Study (2031–2032)", is its name.)
    # (The cheap tests first, and a line looked up only when the page has furniture at all.)
    offsets, noise = context.offsets, context.noise
    return [context.lower[i] for i in range(max(0, fact.start - size * 3), fact.start)
            if offsets[i] >= start and not context.punct[i] and i not in context.project_tokens
            and (not noise or context.layout.line_at(offsets[i]).index not in noise)][-size:]


def _bound_to_one(context: LinkContext, fact: Span) -> bool:
    """"a loan of $40 million for the X Project", "the X Project (up to $40 million)": the amount names its own project."""
    from .link_choice import bound_project, channel_project, named_right_before

    found = fact_sentence(context, fact)
    if found is None:
        return False
    sentence = found[1]
    return any(find(context, fact, *args) is not None for find, args in (
        (bound_project, sentence), (named_right_before, (sentence,)), (channel_project, (sentence,))))


def is_target_date(context: LinkContext, fact: Span) -> bool:
    """"to reach 65% by 2025": a target, not the project's end (unless "due by", "completed by")."""
    if fact.label_ != "DATE" or fact.start == 0:
        return False
    # (Lower-case forms from the context's array, no Token per read; "%" is its own lower case.)
    if any(word == "%" for word in context.lower[max(0, fact.start - 3) : fact.start]):
        return True  # "from 58% in 2019 to 65% by 2025": an indicator's baseline and target years
    # "by late 2031", "by mid-2033": a modifier between "by" and the year
    by = fact.start - 2 if fact.start > 1 and context.lower[fact.start - 1] in {"late", "early", "mid", "end"} else fact.start - 1
    if context.lower[by] != "by":
        return False
    before = context.lower[max(0, by - 5) : by]
    return "due" not in before and set(before).isdisjoint(context.vocabulary.project_date_cues)  # (no union built per fact)


def is_tentative(context: LinkContext, fact: Span) -> bool:
    """"an extension to X is under discussion for 2027", "the team recommends extending it to 2028":
    a proposal, not a stated fact of the project."""
    return bool(clause_says(context, fact, context.vocabulary.tentative))


FILTERS = (is_tentative, is_excluded, in_page_furniture, in_reader_comments, is_copyright_date, is_donor, in_organization_name, is_country_modifier,
           is_event_date, is_document_date, is_time_stamp, in_document_list, is_amendment_date, is_target_date, is_result_date,
           is_context_date, in_umbrella,
           is_exchange_rate, is_total_of_several, is_about_other_projects, is_other_activity, is_other_money,
           is_line_item_date, is_procurement_date, is_status_figure, is_total_row, is_zero_amount, is_rate_paid)


# The labels a filter can keep a fact away for: each of these returns False for any other label (the others
# read every label). A fact runs only its label's filters, FILTERS' order kept; its label is read once, not
# once per filter (Span.label_ looks the string up each time).
ONLY_FOR = {is_copyright_date: {"DATE"}, is_donor: {"COUNTRY"}, in_organization_name: {"COUNTRY"},
            is_country_modifier: {"COUNTRY"}, is_event_date: {"DATE", "COUNTRY"}, is_document_date: {"DATE"},
            is_time_stamp: {"DATE"}, in_document_list: {"DATE"}, is_amendment_date: {"DATE"}, is_target_date: {"DATE"},
            is_result_date: {"DATE"}, is_context_date: {"DATE"}, in_umbrella: {"MONEY", "DATE"}, is_exchange_rate: {"MONEY"},
            is_total_of_several: {"MONEY"}, is_other_activity: {"MONEY"}, is_other_money: {"MONEY", "DATE"},
            is_line_item_date: {"DATE"}, is_procurement_date: {"DATE"}, is_status_figure: {"MONEY", "DATE"}, is_total_row: {"MONEY"}, is_zero_amount: {"MONEY"},
            is_rate_paid: {"MONEY"}}
FILTERS_FOR = {label: tuple(check for check in FILTERS if label in ONLY_FOR.get(check, (label,)))
               for label in ("DATE", "MONEY", "COUNTRY")}


def is_filtered(context: LinkContext, fact: Span) -> bool:
    for check in FILTERS_FOR.get(fact.label_, FILTERS):  # (a plain loop: any() over a generator costs a frame switch per filter)
        if check(context, fact):
            return True
    return False
