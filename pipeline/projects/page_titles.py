"""The title line of a project's own web page, read from the breadcrumb trail above it:

    Home / Projects / Project Details / Eastland
    Restoring Hill Orchards in the Upper Velona Valley
    Project at a glance
    Country:   Eastland

A trail that opens on the site's home ("Home", "Accueil", a Markdown link) and passes through a projects section
("Projects", "Proyectos"), or opens on the site's name and goes straight into that section, says the page is one
project's; the first line below the trail that is no page chrome
(navigation, language menus, cookie banners, bylines, photo credits) is the page's title. It names the project when
it reads like a name (a head noun, a verb that opens a title, an acronym) or when the page's fact fields follow it
("Country:", "Approved:") or it repeats the trail's last piece; a headline over a story ("Villagers Celebrate a New Well") has neither. A listing's trail
("... / Approved Projects") leads to a heading the rejections refuse ("Approved Projects – 2031" is a set).
"""

from __future__ import annotations

import re

from .context import DetectionContext
from .filters import REJECTIONS, label_head
from .item_names import whole_item

CRUMB_SEPARATOR = re.compile(r"\s(?:/|>|»|›)\s")
CRUMB_MARKS = ("/", ">", "»", "›")
# The first piece of a site's trail: its home page, in the languages of the pages read, or a Markdown link.
HOME_PIECE = re.compile(r"^(?:\[|(?:home|accueil|inicio|início|startseite)\b)", re.IGNORECASE)
MAX_CRUMB_WORDS = 8
LINES_BELOW = 6  # non-blank lines searched below the trail for the title
FACT_LINES = 8  # lines below the title searched for the page's fact fields
MAX_TITLE_WORDS = 25
# A navigation bar or a menu: cells set apart by bars or by runs of spaces.
MENU = re.compile(r"\|| {3,}|\t")
# A byline, a photo credit, a labelled line ("Photo: Children at ...", "By A. Writer", "Posted on ...").
CREDIT = re.compile(r"^(?:by\s|posted\b|photo\b|credit\b|image\b|[^\s:]+(?:\s[^\s:]+)?:\s)", re.IGNORECASE)
BANNER_SENTENCE = re.compile(r"[.!?]\s")  # "This site uses cookies. [Accept]": a banner's sentence
CODE = re.compile(r"[A-Z]{1,6}[-/]?\d[\w/-]*")
FACT_FIELD = re.compile(r"^\s*[A-Z][\w ()/&.-]{1,30}:\s+\S")
ACRONYM_IN_PARENTHESES = re.compile(r"\([A-Z][\w-]*[A-Z0-9][\w-]*\)")
# "PROJECT RECORD", "PROJECT LIST": a page's label, not its project.
TITLE_REJECTIONS = REJECTIONS + (label_head,)


def _project_trail(ctx: DetectionContext, text: str) -> bool:
    """Three or more short pieces, from the site's home through a projects section."""
    if not any(mark in text for mark in CRUMB_MARKS):
        return False  # (one piece: most lines hold no separator, and str's search is cheaper than the regex's)
    pieces = [piece.strip() for piece in CRUMB_SEPARATOR.split(text.strip())]
    if len(pieces) < 3 or not all(0 < len(piece.split()) <= MAX_CRUMB_WORDS and not piece.endswith(".") for piece in pieces):
        return False

    def projects(pieces: list[str]) -> bool:
        # "[Projects](/projects)": a Markdown link's label is the piece.
        return bool({word for piece in pieces for word in re.findall(r"[^\W\d_]+", piece)} & ctx.vocab.plural_heads)

    # From the home page through a projects section, or the site's name, then its projects section.
    return projects(pieces[1:-1]) if HOME_PIECE.match(pieces[0]) else projects(pieces[1:2])


def _page_chrome(text: str) -> bool:
    """A navigation bar, language menu, cookie banner, byline or credit between the trail and the page's title."""
    return not text[:1].isupper() or bool(MENU.search(text)) or "  " in text or bool(BANNER_SENTENCE.search(text)) \
        or text.endswith((".", ":", ";", ",", "?", "!")) or bool(CREDIT.match(text))


def _reads_like_a_name(ctx: DetectionContext, line) -> bool:
    """A head noun, a title's opening verb or an acronym in the line."""
    text = ctx.layout.text[line.content_start : line.end]
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return bool(ACRONYM_IN_PARENTHESES.search(text)) or bool(words) and words[0].lower() in ctx.vocab.title_verbs \
        or any(w in ctx.vocab.project_heads or w in ctx.vocab.foreign_heads or w.title() in ctx.vocab.project_heads
               for w in words)


def _facts_follow(ctx: DetectionContext, line) -> bool:
    """The page's fact fields ("Country: ...", "Approved: ...") within a few lines below the title, before a
    numbered section's heading that names a project ("1. Projet d'..."), whose fields they are ("1. Overview" is the
    page's own section)."""
    for below in ctx.layout.lines[line.index + 1 : line.index + 1 + FACT_LINES]:
        if below.kind == "heading" and below.marker and _reads_like_a_name(ctx, below):
            return False
        if FACT_FIELD.match(ctx.layout.text[below.start : below.end]) or below.key_value:
            return True
    return False


def _repeats(text: str, last_piece: str) -> bool:
    """"RIVER TO ROOTS" under "Home / Our work / Programmes / River to Roots": the title repeats the trail's last piece."""
    return " ".join(re.findall(r"[^\W_][\w'’-]*", text)).casefold() == last_piece


def breadcrumb_titles(ctx: DetectionContext) -> None:
    """The first line under a trail through a projects section, past the page's chrome, names the page's project
    when it reads like a name or the page's facts follow it (not when it names a set, a date or a body's page)."""
    lines = [line for line in ctx.layout.lines if line.kind != "blank"]
    for index, crumb in enumerate(lines):
        trail = ctx.layout.text[crumb.content_start : crumb.end]
        if not _project_trail(ctx, trail):
            continue
        last_piece = " ".join(re.findall(r"[^\W_][\w'’-]*", CRUMB_SEPARATOR.split(trail.strip())[-1])).casefold()
        for line in lines[index + 1 : index + 1 + LINES_BELOW]:
            text = ctx.layout.text[line.content_start : line.end].strip()
            if line.kind not in ("text", "heading") or line.marker or _page_chrome(text) or CRUMB_SEPARATOR.search(text):
                continue
            if CODE.fullmatch(text):
                continue  # "XY-2031" over the title: the project's code, its title below
            words = text.split()
            # Not a set ("Hill Region projects"), a date line ("As of 30 June 2031") or a body's page ("FAO in Eastland").
            if len(words) <= MAX_TITLE_WORDS and not any(w.title() in ctx.vocab.plural_heads for w in words) \
                    and not ctx.has_date(line.content_start, line.end) and words[0] not in ctx.vocab.organization_acronyms \
                    and words[0] not in ctx.organization_acronyms and (_reads_like_a_name(ctx, line) or _facts_follow(ctx, line)
                                                                       or _repeats(text, last_piece)):
                whole_item(ctx, line.content_start, line.end, "breadcrumb-title", rejections=TITLE_REJECTIONS)
            break
