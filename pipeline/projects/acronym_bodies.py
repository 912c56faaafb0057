"""Whose acronym a parenthesis gives: a body's ("Agência ... (ABDL)", "Ministry of Communications ... (CIV)",
"Global Affairs Ruritania (GAR)") or the name's after a body's "of" ("the Steering Committee of the Harbour
Resilience Fund (HRF)")."""

from __future__ import annotations

from .acronyms import long_form_start
from .common_words import is_common_english
from .context import DetectionContext
from .filters import acceptable


def romance_body_before(ctx: DetectionContext, begin: int) -> bool:
    """The long form's letters start after a Romance body's head noun ("Agência", "Banco"): the acronym is the body's."""
    before = begin - 1
    return before >= 0 and not ctx.spaces[before] and ctx.texts[before] in ctx.vocab.foreign_non_project_heads \
        and ctx.texts[before] not in ctx.vocab.organization_heads and ctx.texts[before][:1].isupper()


def after_body_of(ctx: DetectionContext, acronym: str, begin: int, stop: int) -> tuple[int, bool]:
    """"the Steering Committee of the Harbour Resilience Fund (HRF)": a body's head, "of (the)", then words
    the acronym aligns with; the acronym is the name's after "of", not the body's. With whether the words
    from there are acceptable (the caller asks again, and the rejections take long)."""
    if acceptable(ctx, begin, stop):
        return begin, True
    for k in range(stop - 2, begin, -1):
        if ctx.texts[k] != "of" or ctx.texts[k - 1] not in ctx.vocab.organization_heads:
            continue
        start = k + 1
        while start < stop and (ctx.texts[start].isspace() or ctx.texts[start].lower() == "the"):
            start += 1
        if start < stop and long_form_start(ctx, acronym, start, stop) is not None and acceptable(ctx, start, stop):
            return start, True
        break
    return begin, False


def body_portfolio(ctx: DetectionContext, begin: int, stop: int) -> bool:
    """"the Ministry of Communications, Infrastructure and Housing (CIV)": words after a body's head and "of",
    with no project head among them, are the body's portfolio; the acronym is the body's."""
    before = begin - 1
    while before > 0 and ctx.texts[before].lower() == "the":
        before -= 1
    return before > 0 and ctx.texts[before] == "of" and ctx.texts[before - 1] in ctx.vocab.organization_heads \
        and not any(ctx.texts[k] in ctx.vocab.project_heads or ctx.texts[k] in ctx.vocab.foreign_heads for k in range(begin, stop))


def named_after_country(ctx: DetectionContext, begin: int, stop: int) -> bool:
    """"Global Affairs Ruritania (GAR)", "Expertise Ruritania (ER)": a name ending in a country, with no
    project word and no preposition, is a body."""
    head = ctx.head(begin, stop)
    words = {ctx.texts[i] for i in range(begin, stop)}
    # "Mountain Goats Eastland (MGE)" where a table or list of the page names "Mountain Goats Eastland, Phase II"
    # as a project: the page says what the name is.
    name = tuple(ctx.texts[begin:stop])
    if any(tuple(ctx.texts[span.start : span.start + len(name)]) == name for span in ctx.found):
        return False
    # "Puits Villageois Sahel (PUVIS)": a region is no country a body would be named after; "Merenda Escolar Timorense
    # (MET)": a name in another language ends in its country's adjective, as Romance names do.
    return head is not None and head == ctx.texts[stop - 1] and ctx.place_at(stop - 1, stop) \
        and any(is_common_english(ctx.texts[i]) for i in range(begin, stop - 1)) \
        and head not in ctx.vocab.region_words \
        and words.isdisjoint(ctx.vocab.project_heads) and words.isdisjoint(ctx.vocab.foreign_heads) \
        and not any(ctx.texts[i] in ctx.vocab.prepositions or ctx.texts[i] in ctx.vocab.foreign_function_words
                    for i in range(begin, stop))  # (membership in each set: no union built per word)
