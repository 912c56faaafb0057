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
