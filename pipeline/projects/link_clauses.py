"""The clause a fact stands in, as every linking filter reads it: the part of its sentence between
the semicolons and colons around it, and that part's words. Read once per fact and kept on the
link context, since several filters look at the same clause."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_context import LinkContext

WORD = re.compile(r"[\w'-]+")


def clause_bounds(context: LinkContext, fact: Span, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between the semicolons and colons around the fact."""
    text = context.text
    start = max(text.rfind(";", sentence[0], fact.start_char), text.rfind(":", sentence[0], fact.start_char))
    ends = [i for i in (text.find(";", fact.end_char, sentence[1]), text.find(":", fact.end_char, sentence[1])) if i != -1]
    return (sentence[0] if start == -1 else start + 1, min(ends) if ends else sentence[1])


def clause_words(context: LinkContext, fact: Span) -> Optional[tuple[int, int, list[str]]]:
    """(start, end, lower-cased words) of the fact's clause; None when the fact is in no block (page furniture)."""
    key = ("clause", fact.start_char, fact.end_char)
    if key not in context.memo:
        block = context.block_at(fact.start_char)
        if block is None:
            context.memo[key] = None
        else:
            start, end = clause_bounds(context, fact, context.sentence_at(block, fact.start_char))
            context.memo[key] = (start, end, WORD.findall(context.text[start:end].lower()))
    return context.memo[key]
