"""Choosing among the projects a sentence names: the one a fact is bound to ("$40 million for the X Project"),
named right before it, in an aside on a name, or the one money flows through; else the sentence's subject.

Used by the naming and item rules of link_rules, and by link_filters (an amount bound to one project).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from ..initials import initial_phrases
from .link_context import Block, Group, LinkContext
from .link_references import (APPOSITIVE_AFTER, PART_OF, PARTLY, counted_list, enumeration_item, opening_place,
                              referred_project, taken_by_other_amount)
from .link_sections import BUILDS_ON
from .link_sheet import sheet_reference

CHANNEL_BEFORE = re.compile(r"\b(?:from|through|via)\s+(?:the\s+(?:[\w-]+\s+)?)?$", re.IGNORECASE)
BINDING_WORDS = {"for", "to", "under", "of", "towards"}
# What may stand between a name and its amount: "X Project, 5 billion yen", "X Project (up to $5 million".
APPOSITION = re.compile(r"[\"”’]?(?:\s+(?:project|programme|program|operation|loan|grant|credit))?[\s,(–—:-]*"
                        r"(?:(?:maximum|max\.|up to|about|approximately|around|some|over|nearly|between|from|entre)\s+)?",
                        re.IGNORECASE)  # (a range's opening word stands outside its amount's span)
OTHER_CONJUNCT = re.compile(r"\b(?:as well as|plus|alongside|in addition to|including)\b", re.IGNORECASE)
# "$2 million (EUR 1.8 million) from the X Fund", "through the EU-backed X Facility".
CHANNEL_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?[\s,]*(?:\w+\s+){0,2}?(?:from|through|via)\s+(?:the\s+(?:[\w-]+\s+)?)?",
                           re.IGNORECASE)
PLURAL_REFERENCE = initial_phrases(
    ["both", "each of the", "the (?:two|three|four|five)"],
    r"(?i:\s+(?:[\w-]+\s+)?(?:projects|programmes|programs|operations|loans|credits|grants|funds|facilities)\b)", ignore_case=True)
COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:for|to)\s+)?(?:the\s+)?", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\s+")
# "the X Programme (KTWP), which ran from ...", "X (XP), in which Y's share is ...", "X (2018–2023, EUR 11 million)":
# an aside on the name before it.
RELATIVE_AFTER = re.compile(r"\s*(?:\)|\([^()]*\))?(?:\s+(?:project|programme|program|fund))?\s*,\s*(?:(?:in|of|under|through|for|by|from)\s+which\b[^,;()]*?|which|that|who|whose|que|qui|quem|dont|cuyo|cuya)\b[^;()]*", re.IGNORECASE)
# "follows the X Programme, funded by the Bank from 2011 to 2015 with EUR 2 million": a participle clause on the name.
# ("..., réalisé de 2012 à 2015 pour un montant de 3,2 millions d'euros": French, Spanish and Portuguese participles
# too, and a decimal comma stays inside the clause.)
PARTICIPLE_AFTER = re.compile(r"\s*(?:\)|\([^()]*\))?\s*,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:co-?)?financed|funded|"
                              r"launched|implemented|run|completed|approved|signed|started|begun|executed|closed|"
                              r"(?:exécut|financ|lanc|achev|approuv|sign|démarr|clôtur|réalis)ée?s?|mise?s?\s+en\s+œuvre|"
                              r"(?:ejecut|implement|financi|aprob|firm|lanz|conclu|inici|execut|aprov|assin|lanç)[aií]d[oa]s?)\b"
                              r"(?:[^,;()]|(?<=\d),(?=\d))*", re.IGNORECASE)
PARENTHESIS_AFTER = re.compile(r"[\"”’]?(?:\s+(?:project|programme|program|fund))?\s*\([^()]*", re.IGNORECASE)
SAME_DAY = re.compile(r"\bsame day\b", re.IGNORECASE)


def bound_project(context: LinkContext, fact: Span, start: int, end: int) -> Optional[Group]:
    """"$40 million for the X Project": the project right after the fact and a binding word."""
    texts, lower = context.tokens.texts, context.lower  # (the token table: no Token per read)
    end_token, size = fact.end, len(texts)
    # "CHF 16 million (about Rs 1.8 billion) for the X Project": the equivalent in parentheses is skipped.
    if end_token < size and texts[end_token] == "(":
        close = next((i for i in range(end_token, min(end_token + 12, size)) if texts[i] == ")"), None)
        end_token = close + 1 if close is not None else end_token
    # "$50 million a year for the X Project": a rate stands between the amount and its binding word.
    if end_token + 2 < size and lower[end_token] in {"a", "per", "each"} and lower[end_token + 1] == "year":
        end_token += 2
    if not any(word in BINDING_WORDS for word in lower[end_token : min(end_token + 2, size)]):
        return None
    for span in context.spans_in(start, end):
        # ("$60 million of the envelope, the Y Window for ...": a comma closes the phrase the binding word opened.)
        if span.start_char >= fact.end_char and (span.start <= end_token + 4 and "," not in texts[end_token : span.start]
                                                 or PART_OF.fullmatch(context.text[context.offsets[end_token] : span.start_char])):
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
    # "$7 million to the project", "$37 million from the fund": money bound to a project referred back to.
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
    "the first phase (X, 2017–2022)", "follows X, financed from 2011 to 2015": a fact in a relative or participle
    clause or parenthesis on a name is that project's."""
    text = context.text
    before = [s for s in context.spans_in(sentence[0], fact.start_char) if s.end_char <= fact.start_char]
    if not before:
        return None
    span = before[-1]
    between = text[span.end_char : fact.start_char]
    if RELATIVE_AFTER.fullmatch(between) or PARENTHESIS_AFTER.fullmatch(between) or APPOSITIVE_AFTER.fullmatch(between) \
            or PARTICIPLE_AFTER.fullmatch(between):
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
    text = context.text
    before = [s for s in context.spans_in(*within) if s.end_char <= fact.start_char
              and (APPOSITION.fullmatch(text[s.end_char : fact.start_char])
                   or ELLIPTIC_FOR.fullmatch(text[s.end_char : fact.start_char])
                   and ELLIPSIS_OPENS.search(text, within[0], s.start_char))]
    return context.owner(before[-1]) if before else None


# "X accounts for $5 million, the Y Window for $3 million": a clause that leaves out its verb, a name then "for".
ELLIPTIC_FOR = re.compile(r"\s+for\s+")
ELLIPSIS_OPENS = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")


def clause_of(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between the semicolons around the fact."""
    text = context.text
    start = text.rfind(";", sentence[0], fact.start_char)
    end = text.find(";", fact.end_char, sentence[1])
    return (sentence[0] if start == -1 else start + 1, sentence[1] if end == -1 else end)


def earlier_project(context: LinkContext, block: Optional[Block], offset: int, noun: Optional[str] = None) -> list[Group]:
    """The project a back-reference at offset refers to: the topic of the block so far; for "the programme"
    ("the facility", ...), the last project named before whose name holds that noun, when the topic's does not
    ("a grant through the X Facility for the Y Programme. The programme runs until ...")."""
    if block is None:
        return []
    topic = context.topic_before(block, offset) or sheet_reference(context, block, offset)
    if noun is not None and topic is not None and noun not in _name_of(topic).split():
        named = [s for s in context.spans_in(block.start, offset) if s.end_char <= offset]
        holding = next((context.owner(s) for s in reversed(named) if noun in _name_of(context.owner(s)).split()), None)
        topic = holding or topic
    return [topic] if topic is not None else []


def named_in_paragraphs_before(context: LinkContext, block: Block, noun: str, reach: int = 2) -> list[Group]:
    """"... a loan for the Hill Water Programme (HWP).\n\nThe minister said $5 billion was allocated to the programme":
    a news story's short paragraphs refer back to the project a paragraph just before named, when its name holds the
    noun of the reference (a heading between ends the story's run)."""
    for earlier in reversed(context.blocks[max(0, block.index - reach) : block.index]):
        if earlier.kind != "paragraph":
            break
        holding = [group for group in map(context.owner, context.spans_in(earlier.start, earlier.end))
                   if noun in _name_of(group).split()]
        if holding:
            return [holding[-1]]
    return []


def _name_of(group: Group) -> str:
    return f"{group.title or ''} {group.acronym or ''}".lower()
