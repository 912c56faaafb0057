"""A line alone that names a project and ends in the acronym the page then calls it by.

    Highland Terraces and Orchard Gardens for Thriving Hill Villages (HORIZON)
    ...
    HORIZON builds terraces ... The ministry runs HORIZON with ...

A long title need not spell its acronym letter by letter (a coined word, "HORIZON", "STEP-UP"),
so the alignment of acronyms.py would refuse it. The layout and the page say it instead: the line
holds nothing but a title-case name and its parenthesis, the acronym starts with the name's
initial, and the page uses the acronym alone again and again; no word of the line names a body or
a document ("Market", "Policy", "Review").
"""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection

TITLE_AND_ACRONYM = re.compile(r"(?P<title>[A-Z][^()\n]{12,220}?)\s*\((?P<acronym>[A-Za-z][\w-]{2,15})\)")
MARKDOWN_MARKS = re.compile(r"#{1,6}[ \t]+|")  # (its empty alternative matches any line: no marks, no characters)
MIN_LATER_USES = 2
MIN_CONTENT_WORDS = 4


def acronym_title_lines(ctx: DetectionContext) -> None:
    """Lines alone holding a title-case name and a coined acronym that the page uses at least twice more."""
    text = ctx.layout.text
    for line in ctx.layout.lines:
        if line.kind not in ("text", "heading") or line.marker or line.cells:
            continue
        # ("# Title (ACRONYM)": a Markdown heading's marks stand before the line's name.)
        begin = line.content_start + len(MARKDOWN_MARKS.match(text, line.content_start, line.end).group())
        content = text[begin : line.end].rstrip()
        match = TITLE_AND_ACRONYM.fullmatch(content) if content.endswith(")") else None  # (most lines do not)
        if match is None or not _coined_acronym(match["acronym"], match["title"]):
            continue
        standalone = re.compile(rf"(?<![\w-]){re.escape(match['acronym'])}(?![\w-])")
        if len(standalone.findall(text)) - 1 < MIN_LATER_USES:
            continue
        tokens = ctx.token_range(begin, begin + len(content))
        title = ctx.token_range(begin, begin + match.end("title"))
        if tokens is None or title is None or not _title_case(ctx, *title) or rejection(ctx, *title, ITEM_REJECTIONS) \
                or _names_a_body_or_document(ctx, *title):
            continue
        ctx.add(tokens[0], tokens[1], "title-line-acronym")


def _coined_acronym(acronym: str, title: str) -> bool:
    """Capitals (a digit or a hyphen may follow) that start with the title's initial and do not spell its
    capitals' initials (an acronym that does is the business of the aligned readings, with their own checks)."""
    return looks_like_acronym(acronym) and acronym[:1] == title[:1] and sum(c.isupper() for c in acronym) >= 3 \
        and "".join(re.findall(r"\b[A-Z]", title)) != re.sub(r"[^A-Z]", "", acronym)


def _names_a_body_or_document(ctx: DetectionContext, start: int, end: int) -> bool:
    """"Common Market for ... (COMESA)", "National Policy on ... (NAPOG)", "Annual Review of ... (AREF)": a body's or a
    document's word anywhere in the line makes it no project's title."""
    words = ctx.vocab.document_heads | ctx.vocab.organization_heads | BODY_WORDS
    return any(ctx.texts[i].title() in words for i in range(start, end))


BODY_WORDS = frozenset({"Market", "Community", "Council", "Commission", "Committee", "Network", "Forum", "Association"})


def _title_case(ctx: DetectionContext, start: int, end: int) -> bool:
    """Every word a capital or a function word, and enough words to be a title, not a label."""
    words = [i for i in range(start, end) if ctx.texts[i][:1].isalpha()]
    content = [i for i in words if not ctx.is_function(i)]
    return len(content) >= MIN_CONTENT_WORDS and all(ctx.is_capitalized(i) for i in content) \
        and not any(ctx.texts[i] in {".", ";", "!", "?"} for i in range(start, end))
