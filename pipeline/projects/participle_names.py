"""Names a participle after them calls an activity: "Air We Share, launched with the mayor's office in 2031,
measures ...", "Usawazo, run by parish groups, tracks ...". The name opens its sentence or line; a body, a place or
a plan is still none ("The Ministry of Health, supported by ..." is rejected by its head)."""

from __future__ import annotations

from .boundaries import settle
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, acceptable, rejection

# A participle that says how an activity came about or who carries it, then the word that goes on with it.
PARTICIPLES = {"launched", "piloted", "funded", "co-funded", "financed", "implemented", "run", "led", "managed"}
GOES_ON = {"by", "with", "in", "jointly", "since", "through"}
SENTENCE_OPENERS = {".", ":", "!", "?", "•"}


def participle_names(ctx: DetectionContext) -> None:
    """"Air We Share, launched with ... in November 2031,": a title-case name opening its sentence."""
    for i in ctx.positions.get(",", []):
        if i + 2 >= len(ctx.doc) or ctx.texts[i + 1] not in PARTICIPLES or ctx.texts[i + 2] not in GOES_ON:
            continue
        line_start = ctx.line_tokens(i)[0]
        begin, stop = settle(ctx, ctx.walk_back(i, line_start), i)
        if begin >= stop or begin > line_start and ctx.texts[begin - 1] not in SENTENCE_OPENERS:
            continue
        capitalized = sum(ctx.texts[k][:1].isupper() for k in range(begin, stop))
        coined = stop - begin == 1 and ctx.is_coined_name(begin)
        if capitalized < 2 and not coined or ctx.texts[begin] in ctx.organization_acronyms or ctx.is_place(ctx.doc[begin:stop]):
            continue
        if rejection(ctx, begin, stop, ITEM_REJECTIONS) is None and acceptable(ctx, begin, stop):
            ctx.add(begin, stop, "participle-name")
