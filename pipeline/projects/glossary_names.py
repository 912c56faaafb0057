"""Acronym glossaries of PDF reports ("RWSP    Rural Water Supply Program", line after line): set aside as page
furniture before any finder runs, then read for the projects they name."""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection
from .mentions import project_names


GLOSSARY_ENTRY = re.compile(r"^\s*(?P<acronym>[A-Z][A-Za-z0-9&/\-]{1,11})(?:\t+|\s{2,}|\s+[–—-]\s+|\s*:\s+)(?P<long>[A-Z][^\t]*)$")
MORE_CELLS = re.compile(r"\S {2,}\S")
GLOSSARY_MIN_LINES = 3  # a glossary line has two fields; a row of more cells is a table's


def skip_glossaries(ctx: DetectionContext) -> None:
    """Acronym glossaries of PDF reports ("RWSP    Rural Water Supply Program", line after line)
    are page furniture, not mentions: their tokens are set aside before any finder runs."""
    block: list = []
    for line in ctx.layout.lines + [None]:
        match = line is not None and GLOSSARY_ENTRY.match(ctx.layout.text[line.start : line.end])
        # ("EASTLAND   Coastal Works Project   ADF   3 May 2031": more cells after the long form make a table's row.)
        if match and looks_like_acronym(match["acronym"]) and not MORE_CELLS.search(match["long"]):
            block.append(line)
            continue
        if len(block) >= GLOSSARY_MIN_LINES:
            ctx.memo.setdefault("glossary", []).extend(block)
            for entry in block:
                tokens = ctx.token_range(entry.start, entry.end)
                if tokens:
                    for i in range(*tokens):
                        ctx.taken[i] = True
        block = []


def glossary_projects(ctx: DetectionContext) -> None:
    """"BRF    Borehole Rehabilitation Fund" in a glossary set aside above: an entry whose long form has a
    project head, or whose acronym names a project found in the text, names the project twice, by its
    acronym alone and by its title. Bodies and terms beside it stay set aside."""
    projects = {words[0] for words, rule in project_names(ctx).items() if rule == "acronym-mention" and len(words) == 1}
    for entry in ctx.memo.get("glossary", []):
        match = GLOSSARY_ENTRY.match(ctx.layout.text[entry.start : entry.end])
        acronym = ctx.token_range(entry.start + match.start("acronym"), entry.start + match.end("acronym"))
        long_form = ctx.token_range(entry.start + match.start("long"), entry.start + match.end("long"))
        if acronym is None or long_form is None or ctx.texts[acronym[0]] in ctx.organization_acronyms:
            continue
        start, end = long_form
        heads = ctx.vocab.project_heads | ctx.vocab.foreign_heads
        headed = ctx.head(start, end) in heads or ctx.texts[start] in ctx.vocab.foreign_heads
        if not (headed or match["acronym"] in projects) or rejection(ctx, start, end, ITEM_REJECTIONS) is not None:
            continue
        for k in range(acronym[0], end):
            ctx.taken[k] = False
        ctx.add(*acronym, "acronym-item")
        ctx.add(start, end, "glossary-title")
