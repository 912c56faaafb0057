"""Projects a sentence binds an amount to without naming them where the amount stands (spec: Project records).

"adds $9 million to the project" binds the amount to the project "the project" refers to;
"CAD 600 million, of which CAD 125 million for the X Facility" binds only the later amount to X;
"it" refers back only when its sentence gives it no subject of its own. Used by link_choice and link_rules.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from ..initials import initial_phrases
from .link_context import Block, Group, LinkContext
from .link_sections import section_project

# "$278 million for the second tranche of the X Facility", "for the third phase of X".
PART_OF = re.compile(r"(?:for|to|under|towards)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:tranche|phase|stage|component|part|window)\s+"
                     r"of\s+(?:the\s+)?", re.IGNORECASE)
# "part of PRO Ruritania, the city's $6 billion works programme, which runs until 2028": an appositive on the name.
APPOSITIVE_AFTER = re.compile(r"\s*(?:\)|\([^()]*\))?\s*,\s*(?:the|a|an)\s[^,;()]*"
                              r"(?:,\s*(?:which|that|que|qui)\b[^;()]*)?", re.IGNORECASE)
PARTLY = initial_phrases(["partly", "partially", "in part"], r"(?i:\s+(?:through|via|from)\b)", ignore_case=True)
LIST_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "these", "following"}
OBJECT_BEFORE = {"for", "to", "of", "from", "in", "on", "under", "with", "by", "into", "through", "towards", "about"}
# "$9 million (about KES 1.1 billion) to the project", "$37 million from the fund since 2031".
REFERRED_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:(?:a|per|each)\s+year\s+)?(?:to|for|from|through|via)\s+", re.IGNORECASE)
TAKEN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:(?:a|per|each)\s+year\s+)?(?:for|to|towards|from|through|via)\s+"
                   r"(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)


def taken_by_other_amount(context: LinkContext, fact: Span, span: Span) -> bool:
    """Whether an amount after the fact is bound to span ("CAD 125 million for the X Facility", "€40 million from X")."""
    for money in context.spans["MONEY"]:
        if fact.end_char <= money.start_char and money.end_char <= span.start_char \
                and TAKEN.fullmatch(context.text[money.end_char : span.start_char]):
            return True
    return False


def referred_project(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> Optional[Group]:
    """"adds a grant of $9 million to the project", "received $37 million from the fund": the project that
    "the project" / "the fund" right after the amount refers to: the last one named before it whose name
    holds that noun, else the topic of the paragraph so far, else the section's."""
    after = context.text[fact.end_char : sentence[1]]
    match = REFERRED_AFTER.match(after)
    reference = context.back_reference.match(after, match.end()) if match else None
    if reference is None or not " ".join(reference.group(0).split()).lower().startswith(("the ", "this ", "that ")):
        return None
    noun = reference.group(0).split()[-1].lower()
    for span in reversed([s for s in context.spans_in(sentence[0], fact.start_char) if s.end_char <= fact.start_char]):
        group = context.owner(span)
        if noun in (group.title or group.acronym or "").lower():
            return group
    block = context.block_at(fact.start_char)
    earlier = context.topic_before(block, sentence[0]) if block is not None else None
    return earlier if earlier is not None else section_project(context, fact)


def refers_back(context: LinkContext, start: int, match: re.Match) -> bool:
    """Whether a back-reference refers to a project named before: "it" and "its" do not when the sentence has its
    own subject for them ("A regional grant ... supports ...; it has no name", "Ruritania played a part, with its ...")."""
    if match.group(0).lower().startswith("phase") and re.search(r"\b(?:a|an|another)\s+$", context.text[start : start + match.start()], re.I):
        return False  # "A Phase 3 proposal ...": a phase not yet told of, no reference back
    if len(match.group(0).split()) > 1:
        return True  # "the programme", "Phase 3"
    doc = context.doc
    span = doc.char_span(start, start + match.start(), alignment_mode="contract")
    if span is not None and len(span) and span[-1].lower_ in OBJECT_BEFORE:
        return True  # "approved a $45 million loan for it", "provided €35 million of it"
    if re.match(r"\s*(?:A|An)\s", context.text[start : start + match.start()]):
        return False
    # (The sentence's first word is capitalized anyway: it counts only as a country, "Ruritania played ..., with its".)
    # ("In Ruritania, its works began in 2019": a country after a preposition is a place, not a subject.)
    countries, places, figures = _subject_tokens(context)
    names = [t for i, t in enumerate(span or []) if t.text[:1].isupper() and t.is_alpha and t.i not in context.project_tokens
             and t.i not in places and t.i not in figures and (i > 0 or t.i in countries)]
    return not names


def _subject_tokens(context: LinkContext) -> tuple[set[int], set[int], set[int]]:
    """The document's country tokens that may be a subject, those that are places after a preposition, and the
    tokens of its dates and amounts: the same for every sentence, so read once."""
    if "subject tokens" not in context.memo:
        doc = context.doc
        countries = {i for c in context.spans["COUNTRY"] if not (c.start and doc[c.start - 1].lower_ in OBJECT_BEFORE)
                     for i in range(c.start, c.end)}
        places = {i for c in context.spans["COUNTRY"] if c.start and doc[c.start - 1].lower_ in OBJECT_BEFORE
                  for i in range(c.start, c.end)}
        # ("Approved in FY2030/31, it has ...": the letters of a date or an amount name no subject.)
        figures = {i for label in ("DATE", "MONEY") for f in context.spans[label] for i in range(f.start, f.end)}
        context.memo["subject tokens"] = (countries, places, figures)
    return context.memo["subject tokens"]


def enumerated(text: str) -> bool:
    """Whether text lists three or more items, split by commas or semicolons outside parentheses."""
    return len(_items(text)) >= 3


def counted_list(text: str, start: int, colon: int, end: int) -> bool:
    """Whether the colon at colon leads in to a list its lead-in counts ("spread over six areas: A, B, C")."""
    return bool(set(text[start:colon].lower().split()[-4:]) & LIST_COUNTS) and enumerated(text[colon + 1 : end])


def enumeration_item(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The item of a list after a colon that the fact stands in ("spread over six areas: A (in X), B, C in Y"),
    when every project the sentence names is in that list; None when the fact is in no such list."""
    text = context.text
    colon = text.rfind(":", sentence[0], fact.start_char)
    named = context.spans_in(*sentence)
    # (The lead-in counts what it lists, "covers three operations:", unlike a field's label, "Preceding: X, ...".)
    if colon == -1 or not named or any(s.start_char < colon for s in named) \
            or not counted_list(text, sentence[0], colon, sentence[1]):
        return None
    cursor = colon + 1
    for piece in _items(text[colon + 1 : sentence[1]]):
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        if start <= fact.start_char < cursor:
            return (start, cursor)
    return None


RELATIVE_OPENING = re.compile(r"\s*(?:(?:in|of|under|through|for|by|from)\s+)?(?:which|whom|whose|who)\b", re.IGNORECASE)


def _items(text: str) -> list[str]:
    """The items of a list: split at semicolons when it has any ("A, $5 million; B, $3 million"), else at commas."""
    separators = ";" if ";" in text else ","
    if "(" not in text and ")" not in text:
        *items, current = text.split(separators)  # (no parenthesis: every separator splits, as the walk below would)
    else:
        items, depth, current = [], 0, ""
        for char in text:
            depth += char == "("
            depth -= char == ")"
            if char in separators and depth == 0:
                items.append(current)
                current = ""
            else:
                current += char
    merged: list[str] = []
    for item in items + [current]:
        if merged and RELATIVE_OPENING.match(item):
            merged[-1] += separators + item  # "A (XA), in which the share is $3 million": still A's item
        elif item.strip():
            merged.append(item)
    return merged


def opening_place(text: str, fact: Span, sentence: tuple[int, int]) -> bool:
    """Whether the fact opens its sentence as "In Ruritania, ..."."""
    return re.fullmatch(r"\s*In\s+", text[sentence[0] : fact.start_char]) is not None \
        and text[fact.end_char : fact.end_char + 2].lstrip().startswith(",")


def numbered_titles_after(context: LinkContext, block: Block, sentence: tuple[int, int]) -> list[Group]:
    """"The board approved four operations on 3 May 2031." over "1. Ruritania: X Project" ... "4. ...": the
    projects of the numbered titles after a paragraph whose sentence counts them (the list's lead-in)."""
    words = re.findall(r"[\w-]+", context.text[slice(*sentence)].lower())
    if not any(a in LIST_COUNTS and b in context.vocabulary.several_nouns for a, b in zip(words, words[1:])):
        return []
    listed: list[Group] = []
    for heading in (b for b in context.blocks[block.index + 1 :] if b.kind == "heading"):
        named = context.projects_in(heading.start, heading.end)
        if heading.lines[0].marker.strip("(). ") != str(len(listed) + 1) or not named:
            break
        listed.append(named[0])
    following = context.blocks[block.index + 1] if block.index + 1 < len(context.blocks) else None
    return listed if len(listed) >= 2 and following is not None and following.kind == "heading" else []
