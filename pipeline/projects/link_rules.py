"""The spec's linking rules, one function each, tried in the spec's order (spec: Project records).

A rule is a function (context, fact) -> list of projects, or None when it does not
apply and the next rule is tried. An empty list means the rule applies and ties the
fact to no project (a total before a breakdown, a money fact in a list's lead-in).

1. own_title         a fact inside a project's own title ("... in Kenya Project")
2. own_item_or_row   the project's list item, table row or key-value record
3. naming_sentence   the sentence that names the project
4. referring_sentence a later sentence of the same paragraph that refers back
                     ("it", "its", "the project", "the programme", "the fund" ...)
5. named_section     the section (up to the next heading) whose heading names the project
6. list_lead_in      the heading or lead-in line of a list of projects: every project listed

Within a sentence that names several projects, the project the fact is bound to
("$40 million for the X Project") wins, else the first one named (the subject).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span

from .link_context import Block, Group, LinkContext
from .link_references import (APPOSITIVE_AFTER, PART_OF, PARTLY, counted_list, enumeration_item, opening_place,
                              referred_project, refers_back, taken_by_other_amount)
from .link_sections import (BUILDS_ON, about_predecessor, card_project, is_caption, later_phase, section_blocks,
                            section_project, sheet_reference, sub_list, succeeds)

CHANNEL_BEFORE = re.compile(r"\b(?:from|through|via)\s+(?:the\s+(?:[\w-]+\s+)?)?$", re.IGNORECASE)
BINDING_WORDS = {"for", "to", "under", "of", "towards"}
# What may stand between a name and its amount: "X Project, 5 billion yen", "X Project (up to $5 million".
APPOSITION = re.compile(r"[\"”’]?(?:\s+(?:project|programme|program|operation|loan|grant|credit))?[\s,(–—:-]*"
                        r"(?:(?:maximum|max\.|up to|about|approximately|around|some|over|nearly)\s+)?", re.IGNORECASE)
OTHER_CONJUNCT = re.compile(r"\b(?:as well as|plus|alongside|in addition to|including)\b", re.IGNORECASE)
# "$2 million (EUR 1.8 million) from the X Fund", "through the EU-backed X Facility".
CHANNEL_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?[\s,]*(?:\w+\s+){0,2}?(?:from|through|via)\s+(?:the\s+(?:[\w-]+\s+)?)?",
                           re.IGNORECASE)
PLURAL_REFERENCE = re.compile(
    r"\b(?:both|each of the|the (?:two|three|four|five))\s+(?:[\w-]+\s+)?"
    r"(?:projects|programmes|programs|operations|loans|credits|grants|funds|facilities)\b", re.IGNORECASE)
COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:for|to)\s+)?(?:the\s+)?", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\s+")
# "the X Programme (KTWP), which ran from ...", "X (2018–2023, EUR 11 million)": an aside on the name before it.
RELATIVE_AFTER = re.compile(r"\s*(?:\)|\([^()]*\))?(?:\s+(?:project|programme|program|fund))?\s*,\s*(?:which|that|who|whose|que|qui|quem|dont|cuyo|cuya)\b[^;()]*", re.IGNORECASE)
PARENTHESIS_AFTER = re.compile(r"[\"”’]?(?:\s+(?:project|programme|program|fund))?\s*\([^()]*", re.IGNORECASE)
SAME_DAY = re.compile(r"\bsame day\b", re.IGNORECASE)

Rule = Callable[[LinkContext, Span], Optional[list[Group]]]


# ---- choosing among the projects a sentence names ---------------------------------------------------
def bound_project(context: LinkContext, fact: Span, start: int, end: int) -> Optional[Group]:
    """"$40 million for the X Project": the project right after the fact and a binding word."""
    doc = context.doc
    end_token = fact.end
    # "CHF 16 million (about Rs 1.8 billion) for the X Project": the equivalent in parentheses is skipped.
    if end_token < len(doc) and doc[end_token].text == "(":
        close = next((t.i for t in doc[end_token : min(end_token + 12, len(doc))] if t.text == ")"), None)
        end_token = close + 1 if close is not None else end_token
    # "$50 million a year for the X Project": a rate stands between the amount and its binding word.
    if end_token + 2 < len(doc) and doc[end_token].lower_ in {"a", "per", "each"} and doc[end_token + 1].lower_ == "year":
        end_token += 2
    after = doc[end_token : min(end_token + 4, len(doc))]
    if not any(t.lower_ in BINDING_WORDS for t in after[:2]):
        return None
    for span in context.spans_in(start, end):
        if span.start_char >= fact.end_char and (span.start <= end_token + 4
                                                 or PART_OF.fullmatch(context.text[after[0].idx : span.start_char])):
            return context.owner(span)
    return None


def choose(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> list[Group]:
    """The projects a sentence that names some gives the fact to."""
    named = context.spans_in(*sentence)
    groups = context.projects_in(*sentence)
    text = context.text
    # "In 2016 it gave $9 million to three operations: the A, the B and the C": a lead-in inside the sentence.
    colon = text.find(":", fact.end_char, sentence[1])
    # ("$15 million spread over six areas: the X Programme, labour law reform, ...": a total over the list.)
    counted = fact.label_ == "MONEY" and colon != -1 and counted_list(text, sentence[0], colon, sentence[1])
    if colon != -1 and all(s.start_char > colon for s in named) and (len(groups) > 1 or counted):
        return groups if fact.label_ != "MONEY" else []
    item = enumeration_item(context, fact, sentence)
    if item is not None and not context.projects_in(*item):
        return []  # "... areas: the X Programme (in Jordan), jobs in Lesotho, ...": another item of the list's
    aside = aside_project(context, fact, sentence)
    # "$9 million to the project", "$64 million from the fund": money bound to a project referred back to.
    referred = referred_project(context, fact, sentence) if fact.label_ == "MONEY" else None
    if aside is not None:
        return [aside] + [g for g in [referred] if g is not None and g is not aside]
    if fact.end_char <= named[0].start_char and PARTLY.search(text[fact.end_char : named[0].start_char]):
        return []  # "has given Gavi $1.5 billion, partly through the X Facility": X has only a part of it
    if fact.end_char <= named[0].start_char and BUILDS_ON.search(text[fact.end_char : named[0].start_char + 1]):
        return earlier_project(context, context.block_at(fact.start_char), sentence[0])  # "..., building on the X"
    bound = bound_project(context, fact, *sentence)
    if bound is not None:
        return [bound] + coordinated_with(context, bound, sentence)
    if fact.label_ == "MONEY" and named and not context.back_reference.match(text[sentence[0] : sentence[0] + 12]) \
            and all(taken_by_other_amount(context, fact, s) for s in named):
        # "Canada gave CAD 600 million, of which CAD 125 million for the X Facility": a project the sentence names
        # only as where a later amount goes gets that amount, not the ones before it.
        return [referred] if referred is not None else []
    # "$2 million comes from the X Fund": the money flows through the fund, and is the sentence's project's too.
    channel = channel_project(context, fact, sentence)
    # "A, 5 billion yen; B, 3 billion yen": the clause (between semicolons) that names a project.
    clause = clause_of(context, fact, sentence)
    in_clause = context.projects_in(*clause)
    if in_clause and len(groups) > 1:
        groups, named = in_clause, context.spans_in(*clause)
    # "the X Project (maximum 4.2 billion yen)": an amount right after a name is that project's.
    right_before = named_right_before(context, fact, clause)
    if fact.label_ == "MONEY" and right_before is not None:
        return [right_before]
    # "programmes in Ruritania, as well as the X Programme": the fact is the other conjunct's.
    conjunct = OTHER_CONJUNCT.search(text[fact.end_char : named[0].start_char]) if fact.end_char <= named[0].start_char else None
    # ("$160 million to Ruritania's energy sector, including the X Programme": X is in Ruritania, the sum is the whole's.)
    if conjunct and not (conjunct.group(0).lower() == "including" and fact.label_ == "COUNTRY"):
        # ("It provided $5 million, plus $2 million for the X Programme": the first is the project referred to.)
        if context.back_reference.match(text[sentence[0] : sentence[0] + 12]):
            return earlier_project(context, context.block_at(fact.start_char), sentence[0])
        return []
    # "On 3 May 2012 Ruritania signed loans for the A Project and the B Project": an opening date or place is each one's.
    if fact.label_ != "MONEY" and len(groups) > 1 and fact.end_char <= named[0].start_char \
            and not context.back_reference.match(text[sentence[0] : sentence[0] + 12]) \
            and re.search(r"\band\b", text[named[0].end_char : named[-1].start_char]):
        return groups
    if fact.label_ == "COUNTRY" and len(groups) > 1 and opening_place(text, fact, sentence):
        return groups  # "In Ruritania, the X Fund co-finances the Y Programme": the place frames the whole sentence
    # "The A Project and the B Project serve Ruritania": a coordinated subject shares what follows.
    if fact.label_ != "MONEY" and len(groups) > 1 and fact.start_char >= named[-1].end_char \
            and all(COORDINATION.fullmatch(text[a.end_char : b.start_char]) for a, b in zip(named, named[1:])):
        return groups
    owners = groups[:1]
    # "Its loan was signed on 3 May 2012": the sentence speaks of the project referred back to.
    if fact.end_char <= named[0].start_char and context.back_reference.match(text[sentence[0] : sentence[0] + 12]):
        owners = earlier_project(context, context.block_at(fact.start_char), sentence[0]) or owners
    if channel is not None:
        owners = owners + [g for g in [channel] + coordinated_with(context, channel, sentence) if g not in owners]
    # "signed on 3 May 2012, the same day as the loan for the X Project": the date is X's too.
    following = [s for s in named if s.start_char >= fact.end_char]
    if fact.label_ == "DATE" and following and SAME_DAY.search(text[fact.end_char : following[0].start_char]):
        owners = owners + [g for g in [context.owner(following[0])] if g not in owners]
    return owners + [g for g in [referred] if g is not None and g not in owners]


def aside_project(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> Optional[Group]:
    """"builds on the X Programme (XP), which ran from 2014 to 2020", "follows X (2018–2023, EUR 11 million)",
    "the first phase (X, 2017–2022)": a fact in a relative clause or parenthesis on a name is that project's."""
    text = context.text
    before = [s for s in context.spans_in(sentence[0], fact.start_char) if s.end_char <= fact.start_char]
    if not before:
        return None
    span = before[-1]
    between = text[span.end_char : fact.start_char]
    if RELATIVE_AFTER.fullmatch(between) or PARENTHESIS_AFTER.fullmatch(between) or APPOSITIVE_AFTER.fullmatch(between):
        return context.owner(span)
    # The name opens the parenthesis the fact stands in: "(X, 2017–2022, GBP 15 million)".
    opening = text.rfind("(", sentence[0], span.start_char + 1)
    if opening != -1 and not text[opening + 1 : span.start_char].strip() and ")" not in text[span.end_char : fact.start_char] \
            and ")" in text[fact.end_char : sentence[1]]:
        return context.owner(span)
    return None


def coordinated_with(context: LinkContext, group: Group, sentence: tuple[int, int]) -> list[Group]:
    """"for the A Project and the B Project": the projects joined to group's name by "and" or commas."""
    named = context.spans_in(*sentence)
    index = next((i for i, s in enumerate(named) if context.owner(s) is group), None)
    joined: list[Group] = []
    while index is not None and index + 1 < len(named) \
            and COORDINATION.fullmatch(context.text[named[index].end_char : named[index + 1].start_char]):
        index += 1
        owner = context.owner(named[index])
        if owner is not group and owner not in joined:
            joined.append(owner)
    return joined


def channel_project(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> Optional[Group]:
    """"$2 million from the X Fund", "through the X Facility": the project the money flows through."""
    for span in context.spans_in(fact.end_char, sentence[1]):
        between = context.text[fact.end_char : span.start_char]
        if CHANNEL_AFTER.fullmatch(between):
            return context.owner(span)
        break
    return None


def named_right_before(context: LinkContext, fact: Span, within: tuple[int, int]) -> Optional[Group]:
    """The project named right before an amount ("X Project, 5 billion yen", "X Project (up to $5 million)")."""
    before = [s for s in context.spans_in(*within) if s.end_char <= fact.start_char
              and APPOSITION.fullmatch(context.text[s.end_char : fact.start_char])]
    return context.owner(before[-1]) if before else None


def clause_of(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between the semicolons around the fact."""
    text = context.text
    start = text.rfind(";", sentence[0], fact.start_char)
    end = text.find(";", fact.end_char, sentence[1])
    return (sentence[0] if start == -1 else start + 1, sentence[1] if end == -1 else end)


def earlier_project(context: LinkContext, block: Optional[Block], offset: int) -> list[Group]:
    """The project a back-reference at offset refers to: the topic of the block so far."""
    if block is None:
        return []
    topic = context.topic_before(block, offset) or sheet_reference(context, block, offset)
    return [topic] if topic is not None else []


# ---- the rules ---------------------------------------------------------------------------------------
def own_title(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 1: a fact inside a project's title ("Rural Roads in Kenya Project") is that project's."""
    for span in context.spans_starting_before(fact.start_char):
        if fact.end_char <= span.end_char:
            return [context.owner(span)]
    if fact.label_ == "COUNTRY":
        # "Ruritania's Rural Roads Scheme": a country set right before a name, as its owner, is that project's.
        for span in context.spans_starting_before(fact.end_char + 4, reach=4):
            if span.start_char >= fact.end_char and POSSESSIVE.fullmatch(context.text[fact.end_char : span.start_char]):
                return [context.owner(span)]
    return None


def own_item_or_row(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 2: a list item, table row or key-value record that names projects is theirs."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind not in ("item", "row", "record"):
        return None
    if not context.projects_in(block.start, block.end):
        # A nested item under a project's item ("◦ signed on 3 May 2012") is that project's.
        for parent in context.parent_items(block) if block.kind == "item" else []:
            named = context.projects_in(parent.start, parent.end)
            if named:
                # "(a) Background: the town has grown since 2006": an item under a project tells its history
                # too; a date counts when its sentence says what it dates.
                label = context.text[block.lines[0].content_start : fact.start_char]
                in_label = ":" not in label and ":" in context.text[fact.end_char : block.end]  # "– 1982–2022: ..."
                if fact.label_ == "DATE" and not in_label and not dates_the_project(context, block, fact):
                    return []
                return named[:1]
        return None
    sentence = context.sentence_at(block, fact.start_char)
    if block.kind == "record":
        # A key-value record is one project's sheet: its project, and a project its field names itself.
        owners = context.projects_in(block.start, block.end)[:1]
        if context.spans_in(*sentence):
            owners += [g for g in choose(context, fact, sentence) if g not in owners]
        return owners
    named = context.spans_in(*sentence)
    opening = _opening_project(context, block)
    if named and opening is not None and all(CHANNEL_BEFORE.search(context.text[sentence[0] : s.start_char])
                                             for s in named):
        # "3. Safe Harbours – $6 million from the X Window, signed ...": a sentence of the item that names
        # only the fund its money comes from is still about the item's project; the fund gets its money.
        channel = channel_project(context, fact, sentence) if fact.label_ == "MONEY" else None
        return [opening] + ([channel] if channel is not None and channel is not opening else [])
    if named:
        return choose(context, fact, sentence)
    if context.back_reference.search(context.text[sentence[0] : sentence[1]]):
        earlier = earlier_project(context, block, sentence[0])
        if earlier:
            return earlier
    if PLURAL_REFERENCE.search(context.text[sentence[0] : sentence[1]]):
        # "1. Ruritania. The two loans signed on 3 May 2012 ...": several projects, none the item's own.
        return context.projects_in(block.start, sentence[0])
    return context.projects_in(block.start, block.end)[:1]


def _opening_project(context: LinkContext, block: Block) -> Optional[Group]:
    """The project whose name opens a list item ("2. The X Project – ..."), if one does."""
    if block.kind != "item":
        return None
    first = next(iter(context.spans_in(block.start, block.end)), None)
    lead = context.text[block.lines[0].content_start : first.start_char] if first is not None else "x"
    return context.owner(first) if re.fullmatch(r"[\s\"“']*(?:the\s+)?", lead, re.IGNORECASE) else None


def naming_sentence(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 3: the sentence that names projects gives the fact to the one it is about."""
    block = context.block_at(fact.start_char)
    if block is None:
        return None
    sentence = context.sentence_at(block, fact.start_char)
    if fact.end_char <= context.title_end:
        sentence = (sentence[0], min(sentence[1], context.title_end))  # the document's title names no project's facts
    named = context.spans_in(*sentence)
    if not named or all(in_aside(context, span, fact, sentence) for span in named):
        # "It builds on the first phase (X, 2017–2022), adds Ruritania": a name in an aside is not the subject.
        return None
    return choose(context, fact, sentence)


def in_aside(context: LinkContext, span: Span, fact: Span, sentence: tuple[int, int]) -> bool:
    """Whether span stands in a parenthesis that does not hold the fact."""
    text = context.text
    opening = text.rfind("(", sentence[0], span.start_char)
    if opening == -1 or text.rfind(")", sentence[0], span.start_char) > opening:
        return False
    closing = text.find(")", span.end_char, sentence[1])
    if not text[opening + 1 : span.start_char].strip() and closing != -1 and not text[span.end_char : closing].strip():
        return False  # "The programme's first phase (X I) ran ...": a parenthesis that only names its noun
    return not (opening < fact.start_char and (closing == -1 or fact.end_char <= closing))


def referring_sentence(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 4: a later sentence of the paragraph that refers back ("it", "the programme") to a project."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind == "heading":
        return None
    sentence = context.sentence_at(block, fact.start_char)
    text = context.text[sentence[0] : sentence[1]]
    if PLURAL_REFERENCE.search(text):
        # "each of the two programmes", "both projects": every project the last naming sentence named.
        for start, end in reversed([s for s in block.sentences if s[1] <= sentence[0]]):
            named = context.projects_in(start, end)
            if named:
                return named
    if not any(refers_back(context, sentence[0], match) for match in context.back_reference.finditer(text)):
        return None
    return earlier_project(context, block, sentence[0]) or None


def named_section(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 5: the section whose heading names a project (or the table whose lead-in does) is its own."""
    owner = section_project(context, fact)
    if owner is None:
        return None
    # Prose under a project's heading tells its history too: a date counts when its sentence says
    # what it dates (approved, signed, launched, runs from ... to ...).
    block = context.block_at(fact.start_char)
    if fact.label_ == "DATE" and block is not None and block.kind == "paragraph" and not dates_the_project(context, block, fact):
        return None
    return [owner]


def dates_the_project(context: LinkContext, block: Block, fact: Span) -> bool:
    """Whether the date's sentence says what it dates (approved, signed, launched, runs from ... to ...)."""
    words = set(re.findall(r"[^\W\d_]+", context.text[slice(*context.sentence_at(block, fact.start_char))].lower()))
    return bool(words & context.vocabulary.project_date_cues)


def list_lead_in(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 6: "Current projects (2020-):" gives its dates and countries to every project listed below it."""
    block = context.block_at(fact.start_char)
    if block is None:
        return None
    if block.kind == "heading":
        if fact.end_char <= context.title_end:
            # The document's own title ("Donor Profile 2022") is not spread to every project (spec).
            return None
        if fact.label_ == "DATE" and not context.text[block.start : block.end].replace(fact.text, "").strip(" \t.,:;–—-()"):
            return None  # "February 27, 2025" alone on its line: a release's dateline, not a list's heading
        # "Agreements signed on 3 May 2012": a dated heading over the projects its section lists.
        blocks = section_blocks(context, block)
        # The heading must head the list itself (directly, or over its lead-in), not prose that leads to it;
        # a list of project cards (each opening with its name line) is a list too.
        cards = [card_project(context, b) for b in blocks if b.kind == "paragraph"]
        heads_list = bool(blocks) and (blocks[0].kind in ("item", "row") or card_project(context, blocks[0]) is not None
                                       or len(blocks[0].sentences) == 1
                                       and context.text[blocks[0].start : blocks[0].end].rstrip().endswith(":"))
        listed = context.listed_projects([b for b in blocks if b.kind in ("item", "row")])
        listed += [g for g in cards if g is not None and g not in listed]
        # "Paraguay" set tight over its numbered projects gives them its country (a country heading over prose does not).
        tight = bool(blocks) and blocks[0].lines[0].index == block.lines[-1].index + 1
        return listed if listed and heads_list and (fact.label_ == "DATE" or fact.label_ == "COUNTRY" and tight) else None
    sentence = context.sentence_at(block, fact.start_char)
    is_last = sentence == block.sentences[-1]
    if block.kind == "paragraph" and is_last and (context.text[block.start : block.end].rstrip().endswith(":")
                                                  or is_caption(context, block)) \
            or block.kind == "item" and not context.projects_in(block.start, block.end):
        listed = context.listed_projects(context.list_after(block) or (sub_list(context, block) if block.kind == "item" else []))
        if listed:
            return listed if fact.label_ != "MONEY" else []
    return None


RULES: tuple[Rule, ...] = (own_title, own_item_or_row, naming_sentence, referring_sentence, named_section, list_lead_in)


def owners_of(context: LinkContext, fact: Span) -> list[Group]:
    """The projects a fact belongs to: the first rule that applies decides. A fact that a sentence
    or item gives to one project and that stands in the section of another (a phase in its
    programme's section, a fund named inside a project's section) is the section's project's too;
    a table row is its own project's alone (a table in a programme's section lists other projects)."""
    for rule in RULES:
        owners = rule(context, fact)
        if owners is None:
            continue
        block = context.block_at(fact.start_char)
        if about_predecessor(context, fact):
            # "The first phase (2020) cost $3.4 million": a later phase does not take its predecessor's facts.
            return [g for g in owners if not later_phase(g)]
        if rule in (naming_sentence, referring_sentence) or rule is own_item_or_row and block.kind != "row":
            parent = section_project(context, fact)
            if parent is not None and parent not in owners and not any(succeeds(parent, g) for g in owners):
                owners = owners + [parent]
        return owners
    return []
