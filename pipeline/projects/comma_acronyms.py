"""Acronyms a title is given between commas: "the Lagoon Roads Facility, or LRF, funds ...", "The Hill Schools
Program, HSP, ended in ...". Spoken transcripts and news write the acronym so, without parentheses; the
acronym, aligned with the title's initials as in parentheses, is a mention of its own, and so are its later
uses (repeated_names finds them, as for an acronym in parentheses)."""

from __future__ import annotations

from ..normalize.projects import alignment_start
from .boundaries import ROMAN, SPELLED_PHASE_NUMBERS
from .context import DetectionContext
from .mentions import ACRONYM_RULES

CLOSERS = {",", ";", ".", ")", "—", "–"}


def comma_acronyms(ctx: DetectionContext) -> None:
    """An acronym in capitals right after a found title, between commas ("or" may open it), that spells the title."""
    texts = ctx.texts
    for span in list(ctx.found):
        if span.id_ in ACRONYM_RULES or ")" in texts[span.start : span.end] or len(span) < 2:
            continue
        at = span.end
        if at + 2 >= len(texts) or texts[at] != ",":
            continue
        at += 1 + (texts[at + 1].lower() == "or")
        numbered = _title_phase_after(ctx, span, at + 1)
        if at + 1 >= len(texts) or texts[at + 1] not in CLOSERS and not numbered or not ctx.is_acronym_word(at) \
                or not texts[at].isalpha() or not texts[at].isupper() or len(texts[at]) < 3:
            continue
        # The acronym spells the title from its first word ("the Lagoon Roads Facility, LRF").
        title = ctx.text_of(span.start, span.end)
        offset = alignment_start(texts[at], title)
        if offset is not None and offset <= len(texts[span.start]) + 1:
            ctx.add(at, at + 1 + int(numbered), "acronym-appositive")


def _title_phase_after(ctx: DetectionContext, span, number: int) -> bool:
    """"... Facility Phase Two, or LRF Two.": the token at number is the title's phase number, closing the acronym
    (which keeps it, as "LRF II" would)."""
    texts = ctx.texts
    return number + 1 < len(texts) and _is_phase_number(texts[number]) and texts[number] in texts[span.start : span.end] \
        and texts[number + 1] in CLOSERS


def _is_phase_number(word: str) -> bool:
    return word in SPELLED_PHASE_NUMBERS or bool(ROMAN.match(word)) or word.isdigit()
