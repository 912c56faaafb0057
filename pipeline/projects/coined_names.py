"""Coined names with a phase: "Kitamba Ngozi Phase II gets €9m", "wells under Njia Njema II." A run of capitalized
words that opens with a word no English word list holds, then a phase, names a project's phase; the run alone
elsewhere is then the earlier phase's name (found later by `earlier_phases`). And a coined word after "Project"
written first: "Project Velona"."""

from __future__ import annotations

from .boundaries import ROMAN
from .context import DetectionContext
from .filters import acceptable

MAX_WORDS = 3
NOT_AFTER = {"by", "late", "king", "queen", "chief", "mwene", "sultan", "pope"}


def _phase_end(ctx: DetectionContext, i: int) -> int:
    """Where a phase that starts at token i ends ("II", "Phase II", "Phase 2"), or i when none starts there."""
    if i < len(ctx.doc) and ROMAN.match(ctx.texts[i]) and ctx.texts[i] != "I":
        return i + 1
    if i + 1 < len(ctx.doc) and ctx.texts[i].lower() == "phase" and (ROMAN.match(ctx.texts[i + 1]) or ctx.texts[i + 1].isdigit()):
        return i + 2
    return i


def _capitalized(ctx: DetectionContext, i: int) -> bool:
    return ctx.texts[i].isalpha() and ctx.texts[i][:1].isupper() and not ctx.texts[i].isupper()


def coined_phases(ctx: DetectionContext) -> None:
    """"Kitamba Ngozi Phase II", "under Njia Njema II": a coined run of capitalized words and its phase."""
    # Only a numeral or "phase" starts a phase: visit those words' positions, not every token.
    starts = sorted(i for text, found in ctx.positions.items()
                    if (text[:1] in "IVX" and ROMAN.match(text) and text != "I") or text.lower() == "phase"
                    for i in found if i >= 1)  # (the first letter before the regex: most words are no numeral)
    for i in starts:
        end = _phase_end(ctx, i)
        if end == i or ctx.taken[i]:
            continue
        start = i
        while start > 0 and i - start < MAX_WORDS and not ctx.taken[start - 1] and (_capitalized(ctx, start - 1) or (
                # ("Umoja wa Kilimo Phase 2": a short lowercase word joins two capitalized ones.)
                start - 2 >= 0 and ctx.texts[start - 1].islower() and len(ctx.texts[start - 1]) <= 3
                and ctx.texts[start - 1].isalpha() and _capitalized(ctx, start - 2))):
            start -= 1
        # A run opens with a coined word and stands alone: no capitalized word before it, nor the comma of an
        # address ("5th Floor, Kelavatte Stage II, Port Verena").
        if start == i or not ctx.is_coined(start) or start > 0 and (_capitalized(ctx, start - 1) or ctx.texts[start - 1] == ","):
            continue
        # A bare numeral after one word is a ruler's or a place's ("Letsie III"); nor does a person's take one.
        if end == i + 1 and i - start < 2 or start > 0 and ctx.texts[start - 1].lower() in NOT_AFTER:
            continue
        if acceptable(ctx, start, end):
            ctx.add(start, end, "coined-phase")


# The English head that may stand before a project's coined name ("Operation Velona" is as often a military one).
LEADING_HEADS = {"Project"}


def headed_coined_names(ctx: DetectionContext) -> None:
    """"Project Velona reached 400 villages": "Project", then one coined word and no other capitalized word or
    label colon after it ("Project Cost:", "Project Management Unit" are English)."""
    for head in LEADING_HEADS:
        for i in ctx.positions.get(head, []):
            word = i + 1
            if word >= len(ctx.doc) or ctx.taken[i] or ctx.taken[word] or not ctx.is_coined(word):
                continue
            after = ctx.texts[word + 1] if word + 1 < len(ctx.doc) else ""
            if after[:1].isupper() or after == ":" or after in {"-", "–"}:
                continue
            if acceptable(ctx, i, word + 1):
                ctx.add(i, word + 1, "headed-coined-name")
