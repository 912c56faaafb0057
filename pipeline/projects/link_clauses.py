"""The sentence and clause a fact stands in, as every linking filter reads them: its block and sentence
(fact_sentence), the part of its sentence between the semicolons and colons around it, and that part's words. Read once per fact and kept on the
link context, since several filters look at the same clause."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_context import Block, LinkContext

WORD = re.compile(r"[\w'-]+")
WORD_CHAR = re.compile(r"\w")


def fact_sentence(context: LinkContext, fact: Span) -> Optional[tuple[Block, tuple[int, int]]]:
    """The fact's block and the sentence at the fact; None when the fact is in no block (page furniture)."""
    block = context.block_at(fact.start_char)
    return None if block is None else (block, context.sentence_at(block, fact.start_char))


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
        found = fact_sentence(context, fact)
        if found is None:
            context.memo[key] = None
        else:
            start, end = clause_bounds(context, fact, found[1])
            # (The facts of one clause share its words, read once: "from 2031 to 2033, $5 million for Ruritania".)
            words_key = ("clause words", start, end)
            if words_key not in context.memo:
                context.memo[words_key] = (start, end, WORD.findall(context.text[start:end].lower()))
            context.memo[key] = context.memo[words_key]
    return context.memo[key]


def clause_says(context: LinkContext, fact: Span, pattern: re.Pattern) -> Optional[bool]:
    """Whether pattern finds something in the fact's clause words (joined by spaces); None when the fact is in
    no block. Kept per clause: the facts of one clause share the answer."""
    clause = clause_words(context, fact)
    if clause is None:
        return None
    key = ("says", pattern.pattern, clause[0], clause[1])
    if key not in context.memo:
        context.memo[key] = pattern.search(" ".join(clause[2])) is not None
    return context.memo[key]


def sentence_has(context: LinkContext, pattern: re.Pattern, sentence: tuple[int, int]) -> bool:
    """Whether pattern finds anything in the sentence's text (sliced: nothing before it is read); kept per sentence.

    A sentence without a match lets its facts skip the search in their own part of it: a pattern that matches
    a prefix of the sentence matches the sentence, unless the match ends at the prefix's end on a word boundary
    that the sentence's next word character takes away (the caller checks that, see ends_in_word)."""
    key = ("sentence has", pattern.pattern, sentence)
    found = context.memo.get(key)
    if found is None:
        found = context.memo[key] = pattern.search(context.text[sentence[0] : sentence[1]]) is not None
    return found


def ends_in_word(text: str, end: int) -> bool:
    """Whether the character before end is a word character (as \\w reads it)."""
    return end > 0 and WORD_CHAR.match(text, end - 1) is not None


def dates_the_project(context: LinkContext, block: Block, fact: Span) -> bool:
    """Whether the date's sentence says what it dates (approved, signed, launched, runs from ... to ...)."""
    sentence = context.sentence_at(block, fact.start_char)
    key = ("dates the project", sentence)  # (the same for every date of the sentence)
    if key not in context.memo:
        words = set(re.findall(r"[^\W\d_]+", context.text[slice(*sentence)].lower()))
        context.memo[key] = bool(words & context.vocabulary.project_date_cues)
    return context.memo[key]
