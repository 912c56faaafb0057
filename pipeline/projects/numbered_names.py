"""Numbered section lines of one series: "1. Jordan – Southern Water Conveyance Project", then a
paragraph, then "3. Senegal – Hill Market Halls". A page that numbers its sections by project
names each one on its numbered line, head noun or not, when two lines of the series, and half
of them, were found as names already. The series may be broken by paragraphs (sibling_items reads only contiguous
lists); its numbers must run on (1, 2, 3 ...).

Each line is "Name", "Country – Name" or "Name – 2022–2027": the country label and the period are
outside the name (whole_item cuts them).
"""

from __future__ import annotations

import re

from .boundaries import settle
from .context import DetectionContext
from .filters import ITEM_REJECTIONS
from .item_names import whole_item

NUMBERED = re.compile(r"^\(?(?P<number>\d{1,2})[.)]$")
MAX_WORDS = 14
LEADING_LABEL = re.compile(r"^[A-ZÀ-Ý][^:.;!?\d]{0,40}:\s+(?=[A-ZÀ-Ý])")
SENTENCE_STOP = re.compile(r"[.;:!?]\s+[A-Za-z]|[.!?]$")


def _series(ctx: DetectionContext) -> list[list]:
    """Short numbered lines whose numbers run on from 1 (other lines may stand between them)."""
    series: list[list] = []
    for line in ctx.layout.lines:
        match = NUMBERED.match(line.marker or "")
        if line.kind not in ("item", "heading") or match is None:
            continue
        text = ctx.layout.text[line.content_start : line.end].strip()
        # ("Togo: Lomé Seed Hub": a label before the name, which whole_item weighs, is no sentence's colon.)
        text = LEADING_LABEL.sub("", text, count=1)
        # "Resumen / Résumé / Resumo": one heading in several languages is a section label.
        if len(text.split()) > MAX_WORDS or SENTENCE_STOP.search(text) or " / " in text \
                or text.lower() in ctx.vocab.generic_headings:
            continue
        number = int(match["number"])
        if series and series[-1][-1][0] == number - 1:
            series[-1].append((number, line))
        elif number == 1:
            series.append([(number, line)])
    return [[line for _, line in run] for run in series if len(run) >= 2]


def _named(ctx: DetectionContext, line) -> bool:
    """A name found already stands on the line."""
    return any(line.content_start <= span.start_char < line.end for span in ctx.found)


def _title_case(ctx: DetectionContext, line) -> bool:
    """Every word capitalized or a function word, up to the line's period or acronym."""
    tokens = ctx.token_range(line.content_start, line.end)
    if tokens is None:
        return False
    start, end = settle(ctx, *tokens)
    words = [k for k in range(start, end) if ctx.texts[k][:1].isalpha()]
    return bool(words) and all(ctx.is_capitalized(k) or ctx.is_function(k) or ctx.is_hyphen_tail(k)
                               or ctx.texts[k].lower() in ctx.vocab.foreign_function_words
                               or k in ctx.date_tokens for k in words)


def numbered_sections(ctx: DetectionContext) -> None:
    """Each title-case line of a numbered series names a project when other lines of it do."""
    for lines in _series(ctx):
        # Half the series named already ("1. Hill Roads Project" beside "2. Lessons Learned" is no series of names).
        named = sum(_named(ctx, line) for line in lines)
        if named < 2 or named * 2 < len(lines):
            continue
        for line in lines:
            if _named(ctx, line) or not _title_case(ctx, line):
                continue
            whole_item(ctx, line.content_start, line.end, "numbered-section", cut_commentary=True,
                       rejections=ITEM_REJECTIONS)

