"""Lists of partners: the items under a "Partners" or "The consortium" heading name organisations
("- Hill Farmers Initiative, Ruritania - seeds and training"), whatever head noun their names end
in, so they are set aside before the finders read head nouns; an acronym given there is the
organisation's from then on.
"""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from .context import DetectionContext

# Words of a heading over a list of organisations (lowercase).
PARTNER_HEADING_WORDS = frozenset({"partner", "partners", "consortium", "member", "members", "grantee", "grantees",
                                   "implementers", "implementing", "partnerships",
                                   # "Co-investors in the first close include:": investors in a fund are bodies.
                                   "investors", "financiers", "lenders", "shareholders"})
MAX_HEADING_WORDS = 8
# Where an item's name ends: its country or role after a comma, a spaced dash or a colon.
NAME_END = re.compile(r",\s|\s[–—-]\s|:\s")
PARENTHESIS = re.compile(r"\(([^()]+)\)")


def _is_partner_heading(ctx: DetectionContext, line) -> bool:
    text = ctx.layout.text[line.content_start : line.end].strip()
    lead_in = line.kind == "text" and text.endswith(":")
    if not (line.kind == "heading" or lead_in):
        return False  # (no need to read its words)
    words = re.findall(r"[a-z]+", text.lower())
    # "Partner projects" or "Projects with partners" list projects: the project cue wins.
    return 0 < len(words) <= MAX_HEADING_WORDS \
        and bool(set(words) & PARTNER_HEADING_WORDS) and not set(words) & ctx.vocab.list_heading_cues


def _name_end(text: str) -> int:
    """The end of the item's name: the first comma, spaced dash or colon outside parentheses."""
    depth = 0
    for k, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and NAME_END.match(text, k):
            return k
    return len(text)


def partner_items(ctx: DetectionContext) -> None:
    """Sets aside the names in a partners list, and records their acronyms as organisations'."""
    lines = ctx.layout.lines
    for heading in lines:
        if not _is_partner_heading(ctx, heading):
            continue
        for item in lines[heading.index + 1 :]:
            if item.kind == "blank":
                continue
            if item.kind != "item":
                break
            text = ctx.layout.text[item.content_start : item.end]
            name = text[: _name_end(text)].rstrip()
            tokens = ctx.token_range(item.content_start, item.content_start + len(name))
            if tokens:
                for i in range(*tokens):
                    ctx.taken[i] = True
            for match in PARENTHESIS.finditer(name):
                if looks_like_acronym(match.group(1).strip()):
                    ctx.organization_acronyms.add(match.group(1).strip())
