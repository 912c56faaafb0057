"""Rejections that read a body's head inside a name: a heading that says whose office, desk or group a line is
("EASTLAND – Country Office", "Donor Working Group – Roads and Ports"). Kept apart from filters.py, which lists them
among its rejections."""

from __future__ import annotations

from typing import Optional

from .boundaries import ROMAN
from .context import DetectionContext


def body_part(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"EASTLAND – Country Office, Port Verena": a part set off by a dash or comma that a body's head ends, in a
    name with no project head, says whose office or desk the line is."""
    if any(ctx.texts[i] in ctx.vocab.project_heads for i in range(start, end)):
        return None
    for i in range(start + 1, end):
        if ctx.texts[i] in ctx.vocab.organization_heads and (i + 1 == end or ctx.texts[i + 1] in {",", "–", "—", "-"}) \
                and any(ctx.texts[k] in {",", "–", "—"} for k in range(start, i)):
            return "a body's part of a heading"
        # "Donor Working Group – Roads and Ports (DWG-RP)": a body, then the part of it a dash names (not "– Phase II").
        if _titled_head(ctx, i) in ctx.vocab.organization_heads and _titled_head(ctx, i) not in SERVICE_HEADS \
                and i + 2 < end and ctx.texts[i + 1] in {"–", "—"} and ctx.whitespaces[i] \
                and ctx.texts[i + 2].lower() not in ctx.vocab.phase_words and not ROMAN.match(ctx.texts[i + 2]):
            return "a body's part of a heading"
    return None


# Heads of bodies that also end names of the services a project delivers ("Urban Water Services – Phase II").
SERVICE_HEADS = frozenset({"Service", "Services", "Unit", "Mission"})


def _titled_head(ctx: DetectionContext, i: int) -> str:
    """Token i as a head is compared, in title case when the line is in capitals ("PARTNERS GROUP")."""
    text = ctx.texts[i]
    return text.title() if text.isupper() and len(text) > 3 else text


# The heads that name the activity itself, whatever body a name opens with ("Agency for ... Support Programme").
ACTIVITY_NAMING_HEADS = frozenset({"Project", "Projects", "Programme", "Programmes", "Program", "Programs", "Fund",
                                   "Facility"})


def body_for_a_purpose(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Eastland Agency for Neighbourly Development Partnership": a body's head, then "for" or "of" and its purpose,
    names the body, whatever head the purpose ends with (not a project's own head: "... Institute for X Programme")."""
    if ctx.texts[end - 1] in ACTIVITY_NAMING_HEADS:
        return None
    # The body's head opens the name, after a place or an adjective at most ("Support to the Ministry of Health Reform
    # Initiative" supports a body; "Strengthening the Office of ..." names a verb's object).
    # ("Directors of the Eastland Agency for ...": a body's part, "X of the", before the body's name is read past.)
    part = next((k + 2 for k in range(start + 1, min(start + 4, end - 1))
                 if ctx.texts[k] == "of" and ctx.texts[k + 1].lower() == "the"), None)
    if part is not None and all(ctx.texts[k][:1].isupper() for k in range(start, part - 2)):
        start = part
    for i in range(start, min(start + 3, end - 2)):
        if ctx.texts[i] in ctx.vocab.organization_heads and ctx.texts[i] not in SERVICE_HEADS \
                and ctx.texts[i + 1] in {"for", "of"} and ctx.texts[i + 2][:1].isupper():
            return "a body named by its purpose"
        word = ctx.texts[i]
        if not word[:1].isupper() or word in ctx.vocab.project_heads or word.lower() in ctx.vocab.title_verbs \
                or word.lower() in ctx.vocab.support_words:
            return None
    return None
