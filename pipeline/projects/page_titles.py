"""The title line of a project's own web page, read from the breadcrumb trail above it:

    Home / Projects / Project Details / Eastland
    Strengthening Hill Farmers' Adaptive Capacity in the Eastland Uplands
    Project at a glance

A trail that passes through a projects section ("Projects", "Our projects", "Proyectos") says the page is
one project's; its first title-shaped line below the trail (past navigation, language menus and cookie
banners) names that project, head noun or not. A listing's trail ("... / Approved Projects") leads to a
heading the rejections refuse ("Approved Projects – 2024" is a set of projects).
"""

from __future__ import annotations

import re

from .context import DetectionContext
from .filters import REJECTIONS, label_head
from .item_names import whole_item

CRUMB_SEPARATOR = re.compile(r"\s(?:/|>|»|›)\s")
MAX_CRUMB_WORDS = 8
LINES_BELOW = 6  # non-blank lines searched below the trail for the title
MAX_TITLE_WORDS = 25
# A navigation bar or a menu: cells set apart by bars or by runs of spaces.
MENU = re.compile(r"\|| {3,}|\t")
CODE = re.compile(r"[A-Z]{1,6}[-/]?\d[\w/-]*")
# "PROJECT RECORD", "PROJECT LIST": a page's label, not its project.
TITLE_REJECTIONS = REJECTIONS + (label_head,)
SENTENCE_STOP = re.compile(r"[.!?]\s")  # "This site uses cookies. [Accept]": a banner's sentence


def _project_trail(ctx: DetectionContext, text: str) -> bool:
    """Three or more short pieces, one of them a projects section."""
    pieces = [piece.strip() for piece in CRUMB_SEPARATOR.split(text.strip())]
    if len(pieces) < 3 or not all(0 < len(piece.split()) <= MAX_CRUMB_WORDS and not piece.endswith(".") for piece in pieces):
        return False
    # "[Projects](/projects)": a Markdown link's label is the piece.
    words = {word for piece in pieces[:-1] for word in re.findall(r"[^\W\d_]+", piece)}
    return bool(words & ctx.vocab.plural_heads)


def _page_chrome(text: str) -> bool:
    """A navigation bar, language menu or cookie banner between the trail and the page's title."""
    return not text[:1].isupper() or bool(MENU.search(text)) or "  " in text or bool(SENTENCE_STOP.search(text)) \
        or text.endswith((".", ":", ";", ",", "?", "!"))


def breadcrumb_titles(ctx: DetectionContext) -> None:
    """The first line under a trail through a projects section, past the page's chrome, names the page's project
    (not when it names a set: "Global Gateway projects – Search results")."""
    lines = [line for line in ctx.layout.lines if line.kind != "blank"]
    for index, crumb in enumerate(lines):
        if not _project_trail(ctx, ctx.layout.text[crumb.content_start : crumb.end]):
            continue
        for line in lines[index + 1 : index + 1 + LINES_BELOW]:
            text = ctx.layout.text[line.content_start : line.end].strip()
            if line.kind not in ("text", "heading") or line.marker or _page_chrome(text) or CRUMB_SEPARATOR.search(text):
                continue
            if CODE.fullmatch(text):
                continue  # "FP261" over "Blue Carbon for ...": the project's code, its title below
            words = text.split()
            # Not a set ("Global Gateway projects"), a date line ("As of 30 June 2031") or a body's page ("FAO in Eastland").
            if len(words) <= MAX_TITLE_WORDS and not any(w.title() in ctx.vocab.plural_heads for w in words) \
                    and not ctx.has_date(line.content_start, line.end) and words[0] not in ctx.vocab.organization_acronyms \
                    and words[0] not in ctx.organization_acronyms:
                whole_item(ctx, line.content_start, line.end, "breadcrumb-title", rejections=TITLE_REJECTIONS)
            break
