"""Project cards whose facts carry no "Key:" colons: a name line, then short fact lines, card after card.

    Harbour Voices                        Eastland Reading Rooms
    2022–2026 · NOK 40 million · ...      Focus area
                                          Education
    Ruritania Tidal Clinic Trust          Budget
    "Harbour Voices"                      USD 2.4 million
    $480,000 | 36 months | Ruritania

A block (lines between blank lines) is a card when its name line stands over short lines (a label
and its value, or a line of facts joined by `·` or `|`) that carry an amount within the first few
lines. The name line is the block's first line, or its quoted line (a grantee's name may come first),
or the line after a one-word status label ("Completed"). Two or more cards make the page a card set;
a headline over a dateline has no amount, so news lists and menus are not cards.
"""

from __future__ import annotations

import re

from .context import DetectionContext
from .filters import ITEM_REJECTIONS, body_head
from .item_names import whole_item

MIN_CARDS = 2
MAX_NAME_WORDS = 16
# A label line ("Focus area", "Funded by") and the lines between the name and the facts are short.
MAX_LABEL_WORDS = 5
MAX_FACT_WORDS = 14
# The amount must come within this many lines under the name (UNDP-style label/value pairs).
FACT_REACH = 6
QUOTED = re.compile(r"^\s*[“\"](?P<name>[^”\"]{3,})[”\"]\s*$")
FACT_SEPARATOR = re.compile(r"\s[·|•]\s")


def _text(ctx: DetectionContext, line) -> str:
    return ctx.layout.text[line.content_start : line.end].strip()


def _blocks(ctx: DetectionContext) -> list[list]:
    blocks, current = [], []
    for line in ctx.layout.lines:
        if line.kind == "blank":
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _has_money(ctx: DetectionContext, line) -> bool:
    tokens = ctx.token_range(line.start, line.end)
    return bool(tokens) and any(i in ctx.money_tokens for i in range(*tokens))


def _plain_name(ctx: DetectionContext, line) -> bool:
    """A title-case line that is not a sentence, a field, a figure or a date."""
    text = _text(ctx, line)
    words = text.split()
    # "Period    Type    Value": a table's header row, not a name.
    if line.marker or line.cells or "   " in text or "\t" in text or not 2 <= len(words) <= MAX_NAME_WORDS or text.isupper() \
            or text.endswith((".", ",", ":", ";", "!", "?")) or FACT_SEPARATOR.search(text) \
            or text.lower() in ctx.vocab.generic_headings or ctx.has_date(line.start, line.end) \
            or _has_money(ctx, line) or re.match(r"^[^:]{1,32}:\s", text):
        return False
    tokens = ctx.token_range(line.content_start, line.end)
    # "Total Commitments", "Key Results": a short label's head word, not a name's.
    if tokens is None or not ctx.is_capitalized(tokens[0]) \
            or len(words) <= 2 and ctx.texts[tokens[1] - 1] in ctx.vocab.non_project_heads:
        return False
    # Mostly capitalized words: "Harbor Wind Micro-Grids, Phase II", not "Read the full story here".
    alpha = [i for i in range(*tokens) if ctx.texts[i].isalpha() and not ctx.is_function(i)]
    lower = [i for i in alpha if not ctx.is_capitalized(i)]
    # A wrapped sentence's first line ends on a lowercase word ("... Project received").
    return bool(alpha) and len(lower) * 4 <= len(alpha) and alpha[-1] not in lower


def _name_line(ctx: DetectionContext, block: list):
    """The card's name line and the lines under it, or None."""
    for k, line in enumerate(block[:2]):
        if QUOTED.match(_text(ctx, line)):
            return k
    first = _text(ctx, block[0]).split()
    if len(first) == 1 and len(block) > 2 and first[0][:1].isupper() and first[0].isalpha():
        return 1 if _plain_name(ctx, block[1]) else None  # "Completed" over the name
    return 0 if _plain_name(ctx, block[0]) else None


def _is_card(ctx: DetectionContext, under: list) -> bool:
    """Short lines under the name, an amount among the first few of them. A lone amount under a label
    ("Total Budget" over "USD 5 million") is a key figure, not a card."""
    if len(under) == 1 and not FACT_SEPARATOR.search(_text(ctx, under[0])):
        return False
    for line in under[:FACT_REACH]:
        words = len(_text(ctx, line).split())
        if _has_money(ctx, line):
            return words <= MAX_FACT_WORDS and not _text(ctx, line).endswith(".") or bool(FACT_SEPARATOR.search(_text(ctx, line)))
        if words > MAX_LABEL_WORDS or _text(ctx, line).endswith("."):
            return False
    return False


def fact_cards(ctx: DetectionContext) -> None:
    """Name lines of a set of cards whose facts are bare lines, not "Key: value" fields."""
    names = []
    for block in _blocks(ctx):
        k = _name_line(ctx, block)
        if k is not None and _is_card(ctx, block[k + 1 :]):
            names.append(block[k])
    if len(names) < MIN_CARDS:
        return
    for line in names:
        quoted = bool(QUOTED.match(_text(ctx, line)))
        # A quoted grant title may end in a body's noun ("... Call Centre"): the quotes say it is a title.
        rejections = tuple(rule for rule in ITEM_REJECTIONS if rule is not body_head) if quoted else ITEM_REJECTIONS
        whole_item(ctx, line.content_start, line.end, "project-fact-card", cut_commentary=True,
                   cut_after_acronym=not quoted, rejections=rejections)
