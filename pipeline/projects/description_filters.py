"""Rejections of descriptions that look like names: a set of projects ("Ongoing Projects", "JOINT PROGRAMMES")
and a project described with an indefinite article ("A NATIONAL PROJECT IN TWO STAGES")."""

from __future__ import annotations

from typing import Optional

from .boundaries import participle
from .common_words import is_common_english
from .context import DetectionContext


def set_of_projects(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Dutch-Funded Programmes", "Ongoing Projects": a plural head qualified only by how the projects
    are funded or where they stand names a set of them, not one."""
    # "PROYECTOS VIGENTES / CURRENT PROJECTS": a bilingual heading says it in each language; the last is read.
    slash = max((i for i in range(start + 1, end - 1) if ctx.texts[i] == "/"), default=None)
    if slash is not None:
        return set_of_projects(ctx, slash + 1, end)
    # "PROYECTOS Y FONDOS ...", "PROJECTS IN THE PIPELINE": a plural head first in capitals titles a section.
    if ctx.texts[start].isupper() and ctx.texts[start].title() in ctx.vocab.plural_heads:
        return "a set of projects"
    head = ctx.head(start, end)
    if head is None or head.title() not in ctx.vocab.plural_heads:
        return None
    # Only the words before the head qualify it; "... in the Region" after it says where.
    head_at = next(i for i in range(start, end) if ctx.texts[i] == head)
    # "TECHNICAL COOPERATION PROJECTS", "CURRENT PROGRAMMES (in EUR)": a plural head in a heading's
    # capitals titles a section of projects.
    if head.isupper() and ")" not in ctx.texts[head_at:end]:
        return "a set of projects"
    # "Youth Jobs Country Programmes for Eastland": programmes, one for each place the sentence goes on to name.
    singular = head[:-1]
    if head_at + 2 < end and ctx.texts[head_at + 1] in {"for", "in"} and ctx.place_at(head_at + 2, end) \
            and (singular.lower() in ctx.vocab.project_nouns or singular.title() in ctx.vocab.foreign_heads):
        return "a set of projects, one for each place"
    words = [i for i in range(start, head_at) if ctx.texts[i].isalpha()]

    def qualifies(i: int) -> bool:
        word = ctx.texts[i].lower()
        # The funder of "Dutch-funded", "EU-supported" says who pays, not which project.
        funder = i + 2 < end and ctx.texts[i + 1] == "-" and participle(ctx.texts[i + 2])
        return word in ctx.vocab.set_words or participle(word) or ctx.is_function(i) or funder

    # "Water, Health and Vocational Projects": sectors joined by "and" before a plural head list kinds of projects.
    coordinated = any(ctx.texts[i] in ("and", "&", ",") for i in range(start, head_at)) and "(" not in ctx.texts[head_at:end]
    return "a set of projects" if words and (coordinated or all(qualifies(i) for i in words)) else None


def described_by_an_article(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"VALEX: A NATIONAL PROJECT IN TWO STAGES": after "A", a heading's capitals that every English word list
    holds describe a project; a name has a word of its own ("A VELONA PROGRAMME")."""
    before = start - 1
    while before >= 0 and ctx.spaces[before]:
        before -= 1
    if before < 0 or ctx.texts[before].lower() not in {"a", "an"} or before == 0 \
            or ctx.texts[before - 1] not in {":", "–", "—", "-"}:
        return None
    # (In prose, "a Hill Seeds Program grant" names the programme; a heading in capitals describes.)
    words = [ctx.texts[i] for i in range(start, end) if ctx.texts[i].isalpha()]
    return "described after an indefinite article" if words and all(w.isupper() and is_common_english(w) for w in words) else None


# "Hill Agro Credit, a rural lender": an appositive that calls the name a firm or a lender.
COMPANY_NOUNS = {"company", "firm", "lender", "microlender", "microfinancier", "bank", "cooperative", "co-operative",
                 "ngo", "non-profit", "nonprofit", "charity", "operator", "utility", "insurer", "manufacturer",
                 "developer", "contractor", "consultancy", "subsidiary", "start-up", "startup", "distributor", "retailer"}


def described_as_a_company(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Hill Agro Credit, a small rural lender, ...", "Lake Power, the state-owned utility": a firm, not a project,
    wherever else the page names it ("Hill Agro Credit also on-lends ...")."""
    words = tuple(ctx.texts[start:end])
    key = ("company", words)
    if key not in ctx.memo:
        ctx.memo[key] = any(tuple(ctx.texts[i : i + len(words)]) == words and _company_appositive(ctx, i + len(words))
                            for i in ctx.positions.get(words[0], []))
    return "described as a company" if ctx.memo[key] else None


def _company_appositive(ctx: DetectionContext, end: int) -> bool:
    if end + 2 >= len(ctx.texts) or ctx.texts[end] != "," or ctx.texts[end + 1].lower() not in {"a", "an", "the"}:
        return False
    for k in range(end + 2, min(end + 8, len(ctx.texts))):
        word = ctx.texts[k]
        if word in {"-", "–"}:  # ("non-profit": the tokenizer parts a hyphenated adjective)
            continue
        # (In lower case: "X, the Bank approved ..." opens a clause on a body named in capitals.)
        if not word.isalpha() or not word.islower():
            return False
        if word in COMPANY_NOUNS:
            return True
    return False
