"""Project cards of "Key: value" fields and project pages over an identifier field:

    Harbour Voices                         ▸ Harbour Voices
    Status: Active                             Radio for fishing towns.
    Dates: 2022–2026                           Duration:   2031–2034
    Budget: USD 2 million                      Budget:     USD 900,000

    Harbour Voices                         Cutting leaks in Hillport, phase II
    Project ID: P000123                    Leckagereduzierung Hillport II

                                           Project number (REG-Nr.)    2030 41 118

A name line over three fields that say when or how much, card after card (a card indented under its name or a
bullet: two fields, and they say how much); a page's title line, and its translation, over its "Project ID" or
"Project number" field.
"""

from __future__ import annotations

import re

from .common_words import is_common_english
from .context import DetectionContext
from .item_names import whole_item

FIELD_LINE = re.compile(r"^[A-Z][\w ()/&.-]{1,32}:\s+\S")
CARD_MIN_FIELDS = 3
# "[1/9]  Grant ID: ABC-2022-0311" opens a record with its code; "THE TRUST · GRANTS DATABASE" is a page's bar.
CODE_FIELD = re.compile(r":\s+[A-Z0-9][\w/.-]*\d[\w/.-]*\s*$")
NAME_BAR = re.compile(r"\s[·|•]\s")
# "Duration:   2031–2034      Budget: USD 1,900,000": a second field set beside the first after a wide gap.
INLINE_FIELD = re.compile(r"\s{3,}[A-Z][\w ()/&.-]{1,32}:\s+\S")


def _card_block(ctx: DetectionContext, index: int) -> tuple[int, int] | None:
    """The character bounds of the key-value block right under line `index`, when it has enough fields.

    A block indented under its name line is the card's body: its fields are read without the indent,
    and it may describe the project in a line or two before and after them."""
    lines = ctx.layout.lines
    fields, last, nested = 0, None, None
    for line in lines[index + 1 :]:
        raw = ctx.layout.text[line.start : line.end]
        indented = raw[:1] in (" ", "\t")
        if nested is None:
            nested = indented
        if nested and not indented:
            break
        body = raw.lstrip() if nested else raw
        if FIELD_LINE.match(body):
            fields, last = fields + 1 + len(INLINE_FIELD.findall(body)), line
        elif line.kind != "blank" and indented and (last is not None or nested):
            last = line  # a field's value wrapped onto an indented line, or a nested card's description
        else:
            break
    # (A body indented under its name is a card's by its shape; two fields will do.)
    return (lines[index + 1].start, last.end) if fields >= CARD_MIN_FIELDS - bool(nested) else None


def _form_heading(ctx: DetectionContext, text: str) -> bool:
    """"FILTERS", "Summary", "FILTER RESULTS" over fields: one English word, or English words in capitals without a
    project head, head a section of a form, not a card."""
    words = text.split()
    if len(words) == 1:
        return text.isalpha() and is_common_english(text)
    return text.isupper() and all(word.isalpha() and is_common_english(word) for word in words) \
        and not any(word.title() in ctx.vocab.project_heads for word in words)


def field_cards(ctx: DetectionContext) -> None:
    """Activity listings and project card sets: a name line over "Status: ... / Dates: ... / Budget: ..."
    fields, repeated. Two or more such cards whose fields say when or how much make the lines names."""
    cards = []
    for line in ctx.layout.lines[:-1]:
        text = ctx.layout.text[line.content_start : line.end].strip()
        # A name line stands at the margin and says what, not when ("   Planned end 2024-06-30" wraps a field).
        if line.kind not in ("text", "heading", "item") or not text or FIELD_LINE.match(text) or len(text.split()) > 16 \
                or text.endswith((".", ":", ";", ",")) or text.lower() in ctx.vocab.generic_headings \
                or ctx.layout.text[line.start : line.start + 1].isspace() or ctx.has_date(line.start, line.end) \
                or CODE_FIELD.search(text) or NAME_BAR.search(text) or _form_heading(ctx, text):
            continue
        block = _card_block(ctx, line.index)
        tokens = ctx.token_range(*block) if block else None
        has_amount = bool(tokens) and any(i in ctx.money_tokens for i in range(*tokens))
        # A bullet's or an indented card needs an amount: staff ("Role: / Since:") and events ("Date: / Venue:") are
        # listed so too.
        indented = block is not None and ctx.layout.text[block[0] : block[0] + 1] in (" ", "\t")
        if block and (has_amount or ctx.has_date(*block) and not indented and line.kind != "item"):
            cards.append(line)
    if len(cards) >= 2:
        for line in cards:
            whole_item(ctx, line.content_start, line.end, "project-card", cut_commentary=True)


# "Project ID: P123", "Activity number: ...", "IATI identifier: ...": the field a project page puts under its title.
# ("Project number (REG-Nr.)      2031 40 118": a gloss after the key, and a wide gap for a colon.)
# ("Agreement number XYZ-31/0042 · Agreement period ...": a code right after the key; "Project No.    Title" heads
# a table's columns.)
ID_FIELD = re.compile(r"^\s*(?:project|programme|program|activity|operation|grant|agreement)\s+(?:id|number|no\.?|code)"
                      r"(?:\s*\([^()\n]*\))?\s*(?::|\.(?!\s{2,}[A-Za-z])|\s{2,}(?=\S*\d)|\s(?=[A-Z]{2,}[\w/.-]*\d))"
                      r"|^\s*iati\s+identifier\s*:", re.IGNORECASE)
# A title and its translation may stand over the fields, a blank line between.
MAX_TITLE_LINES = 2


def identified_titles(ctx: DetectionContext) -> None:
    """A project page's title line right above its "Project ID: ..." field names the project; so do a title and
    its translation set a blank line apart above it."""
    lines = ctx.layout.lines
    for index, following in enumerate(lines[1:], start=1):
        if not ID_FIELD.match(ctx.layout.text[following.start : following.end]):
            continue
        apart = lines[index - 1].kind == "blank"
        above = index - 2 if apart else index - 1
        block = []
        while above >= 0 and lines[above].kind != "blank" and len(block) <= MAX_TITLE_LINES:
            block.insert(0, lines[above])
            above -= 1
        if apart and len(block) > MAX_TITLE_LINES:
            continue
        for line in block if apart else block[-1:]:
            if _title_line(ctx, line) and not (apart and _signature(ctx, line)):
                whole_item(ctx, line.content_start, line.end, "project-page-title", cut_commentary=True)


def _signature(ctx: DetectionContext, line) -> bool:
    """"Jan Kowal, Senior Banker": a name and a post set apart above the fields sign the page; a title's comma
    comes before its phase ("Cutting leaks in Hillport, phase II")."""
    text = ctx.layout.text[line.content_start : line.end]
    after = text.rsplit(",", 1)[1].split() if "," in text else None
    return after is not None and (not after or after[0].lower() not in ctx.vocab.phase_words)


def _title_line(ctx: DetectionContext, line) -> bool:
    text = ctx.layout.text[line.content_start : line.end].strip()
    if line.kind not in ("text", "heading") or not text or len(text.split()) > 16 or text.endswith((".", ":", ";", ",")):
        return False
    # "Malawi: Scaling Up Nutrition" is a title with its country first, not a field.
    key = ctx.token_range(line.content_start, line.content_start + text.find(":")) if ":" in text else None
    if FIELD_LINE.match(text) and not (key and ctx.place_at(key[0], key[1])):
        return False
    return not _section_heading(ctx, line)


def _section_heading(ctx: DetectionContext, line) -> bool:
    """"Project Details", "Key Information" over the fields: a section of the page, not its title."""
    tokens = ctx.token_range(line.content_start, line.end)
    head = ctx.head(*tokens) if tokens is not None else None
    # Compared in title case too: "KEY DETAILS".
    return head is not None and (head in ctx.vocab.non_project_heads or head.title() in ctx.vocab.non_project_heads)


# The fields of an operation's or a project's record ("Country ....", "Approval date ....", "Bank amount ....").
OPERATION_FIELD = re.compile(r"(?i)\b(?:sector|approv\w*|amount|budget|borrower|closing|operation|loan|grant|co-financing|counterpart)\b")


def named_operation(ctx: DetectionContext, line, key: str) -> bool:
    """"Name ...... X" over "Country ...... Y" and "Approval date ...... Z": a record's "Name" field names its
    project when two or more of the fields set tight under it are an operation's."""
    if key.lower() != "name":
        return False
    fields = 0
    for following in ctx.layout.lines[line.index + 1 : line.index + 12]:
        if following.kind != "row" or not following.key_value or not following.cells:
            break
        fields += bool(OPERATION_FIELD.search(ctx.layout.text[slice(*following.cells[0])].strip()))
    return fields >= 2
