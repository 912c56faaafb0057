"""An acronym written before its long form: "the pooled fund PAVE (Programa de Apoio à Vila Escolar)",
"through HOPE (Hill Orchards Partnership for Employment)". The acronym is the project's name on the page (spec: an
acronym used before its long form is given is a PROJECT), when the words in the parenthesis spell it and say
it is a project by their head noun; its later uses are found with the other acronyms. When the page has made the acronym
a project by other means ("4.1 TALIMY project"), the long form after it that spells it is the title too, with or
without a head noun (spelled_long_forms)."""

from __future__ import annotations

from ..normalize.projects import looks_like_acronym
from .acronyms import long_form_start
from .context import DetectionContext
from .filters import acceptable


MAX_LONG_FORM = 16  # tokens a long form may take inside its parenthesis


def leading_acronyms(ctx: DetectionContext) -> None:
    """"PAVE (Programa de Apoio à Vila Escolar)": an acronym, then the project's name it spells."""
    for i in ctx.positions.get("(", []):
        if i == 0 or ctx.taken[i - 1] or not ctx.whitespaces[i - 1]:
            continue
        acronym = ctx.texts[i - 1]
        close = next((k for k in range(i + 1, min(i + MAX_LONG_FORM, len(ctx.doc))) if ctx.texts[k] in {")", "("}
                      or "\n" in ctx.texts[k]), None)
        close = close if close is not None and ctx.texts[close] == ")" else None
        if close is None or close - i < 3 or not acronym.isalpha() or not looks_like_acronym(acronym) \
                or acronym in ctx.organization_acronyms or acronym.upper() in ctx.vocab.organization_acronyms:
            continue
        start, end = i + 1, close
        headed = ctx.texts[start] in ctx.vocab.foreign_heads or ctx.head(start, end) in ctx.vocab.project_heads
        if headed and long_form_start(ctx, acronym, start, end) == start and acceptable(ctx, start, end):
            ctx.project_acronyms.add((acronym,))


def spelled_long_forms(ctx: DetectionContext) -> None:
    """"TALIMY (Teaching And Learning In Mountain Youth)": after an acronym already found as a project,
    a title-case long form in parentheses that spells it is the project's title ("WASH (Water, Sanitation and
    Hygiene)" stays a sector's name where WASH is no project of the page)."""
    found = {ctx.texts[span.start] for span in ctx.found if len(span) == 1}
    for i in ctx.positions.get("(", []):
        if i == 0 or ctx.texts[i - 1] not in found or not ctx.whitespaces[i - 1]:
            continue
        acronym = ctx.texts[i - 1]
        close = next((k for k in range(i + 1, min(i + MAX_LONG_FORM, len(ctx.doc))) if ctx.texts[k] in {")", "("}
                      or "\n" in ctx.texts[k]), None)
        if close is None or ctx.texts[close] != ")" or close - i < 3 or not ctx.is_free(i + 1, close):
            continue
        start, end = i + 1, close
        title_case = all(ctx.texts[k][:1].isupper() or ctx.is_function(k) for k in range(start, end)) \
            and ctx.texts[start][:1].isupper()
        if title_case and long_form_start(ctx, acronym, start, end) == start and acceptable(ctx, start, end):
            ctx.add(start, end, "spelled-long-form")
