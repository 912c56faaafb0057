"""Projects a sentence binds an amount to without naming them where the amount stands (spec: Project records).

"adds $9 million to the project" binds the amount to the project "the project" refers to;
"CAD 600 million, of which CAD 125 million for the X Facility" binds only the later amount to X;
"it" refers back only when its sentence gives it no subject of its own. Used by link_rules.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_context import Group, LinkContext
from .link_sections import section_project

OBJECT_BEFORE = {"for", "to", "of", "from", "in", "on", "under", "with", "by", "into", "through", "towards", "about"}
# "$9 million (about KES 1.1 billion) to the project", "$64 million from the fund since 2022".
REFERRED_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:(?:a|per|each)\s+year\s+)?(?:to|for|from|through|via)\s+", re.IGNORECASE)
TAKEN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:(?:a|per|each)\s+year\s+)?(?:for|to|towards|from|through|via)\s+"
                   r"(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)


def taken_by_other_amount(context: LinkContext, fact: Span, span: Span) -> bool:
    """Whether an amount after the fact is bound to span ("CAD 125 million for the X Facility", "€40 million from X")."""
    for money in context.doc.spans.get("MONEY", []):
        if fact.end_char <= money.start_char and money.end_char <= span.start_char \
                and TAKEN.fullmatch(context.text[money.end_char : span.start_char]):
            return True
    return False


def referred_project(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> Optional[Group]:
    """"adds a grant of $9 million to the project", "received $64 million from the fund": the project that
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
    if len(match.group(0).split()) > 1:
        return True  # "the programme"
    doc = context.doc
    span = doc.char_span(start, start + match.start(), alignment_mode="contract")
    if span is not None and len(span) and span[-1].lower_ in OBJECT_BEFORE:
        return True  # "approved a $50 million loan for it", "provided €30 million of it"
    if re.match(r"\s*(?:A|An)\s", context.text[start : start + match.start()]):
        return False
    # (The sentence's first word is capitalized anyway: it counts only as a country, "Ruritania played ..., with its".)
    countries = {i for c in doc.spans.get("COUNTRY", []) for i in range(c.start, c.end)}
    names = [t for i, t in enumerate(span or []) if t.text[:1].isupper() and t.is_alpha and t.i not in context.project_tokens
             and (i > 0 or t.i in countries)]
    return not names
