"""Page furniture that holds no new project name: copyright lines ("(c) 2026 Some Body. All rights
reserved.", "© ...") and breadcrumb trails ("Home > Projects > Ruritania").

A copyright line's "(c)" is not a list marker and its owner is not a project; a name already found
elsewhere may still stand there, so the line is set aside for the finders and given back before
the later uses of known names are marked. A title never runs across the line break into or out of
a breadcrumb trail.
"""

from __future__ import annotations

import re

from .context import DetectionContext

COPYRIGHT = re.compile(r"^\s*(?:©|\([cC]\)|copyright\b)", re.IGNORECASE)
# What tells a copyright notice from item (c) of a list: a year, or the notice's own words.
COPYRIGHT_EVIDENCE = re.compile(r"\b(?:19|20)\d\d\b|rights reserved|licen[cs]ed|©", re.IGNORECASE)
BREADCRUMB_SEPARATOR = re.compile(r"\s(?:>|»|›)\s")
MAX_CRUMB_WORDS = 8
SET_ASIDE = "furniture-set-aside"


def is_copyright_line(text: str) -> bool:
    return bool(COPYRIGHT.match(text)) and bool(COPYRIGHT_EVIDENCE.search(text))


def is_breadcrumb(text: str) -> bool:
    """Two or more ">" between short pieces, none a sentence."""
    pieces = BREADCRUMB_SEPARATOR.split(text.strip())
    return len(pieces) >= 3 and all(0 < len(piece.split()) <= MAX_CRUMB_WORDS and not piece.endswith(".")
                                    for piece in pieces)


def skip_furniture(ctx: DetectionContext) -> None:
    """Sets aside copyright lines, and the line breaks around a breadcrumb trail, before any finder runs."""
    set_aside = []
    for line in ctx.layout.lines:
        text = ctx.layout.text[line.start : line.end]
        if line.kind == "blank":
            continue
        if is_copyright_line(text):
            tokens = ctx.token_range(line.start, line.end)
            if tokens:
                set_aside.extend(i for i in range(*tokens) if not ctx.taken[i])
        elif is_breadcrumb(text):
            tokens = ctx.token_range(line.start, line.end)
            if tokens is None:
                continue
            # The line breaks just before and after the trail: a name stays on its own side.
            for i in (tokens[0] - 1, tokens[1]):
                if 0 <= i < len(ctx.texts) and ctx.texts[i].isspace():
                    ctx.taken[i] = True
    for i in set_aside:
        ctx.taken[i] = True
    ctx.memo[SET_ASIDE] = set_aside


def release_furniture(ctx: DetectionContext) -> None:
    """Gives a copyright line back, so that a name found elsewhere is marked there too ("(c) 2026 Green Jobs")."""
    for i in ctx.memo.pop(SET_ASIDE, []):
        ctx.taken[i] = False
