"""Reasons to reject a name as a project's because it names a plan, a programme of cooperation or two states'
relation: a donor's or an agency's plan for a country, not an activity (spec: plans and strategies are not projects).
Each is a rejection of filters.py, run in its declared order."""

from __future__ import annotations

from typing import Optional

from .context import DetectionContext

DASHES = frozenset({"-", "–", "—"})


def document_or_plan(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Note de programme" (a document about one), "Multiannual Indicative Programme" (a donor's
    programming plan for a country) and "Annual Action Programme" (a plan for a year) are not activities."""
    if end - start >= 3 and ctx.texts[start + 1].lower() in ctx.vocab.foreign_function_words:
        first = ctx.texts[start].title()
        if first.lower() in ctx.vocab.generic_headings or first in ctx.vocab.non_project_heads:
            return f"{first!r} of a programme is a document"
    if any(ctx.texts[i].title() in ctx.vocab.programming_words for i in range(start, end)):
        return "a programming plan"
    # "Annual Development Programme", "Annual Action Programme": a government's or a donor's plan for one year.
    if ctx.texts[start].title() == "Annual" and (ctx.head(start, end) or "").title() in YEARLY_PLAN_HEADS:
        return "a yearly plan"
    # "REVIEW SUMMARY (ESRS)", "Social Action Plan (ESAP)": the acronym in parentheses is no head; the word before it
    # is, and a document's, a plan's or a heading's word says what this is ("Systems (XS)" is left to the others).
    if ctx.texts[end - 1] == ")" and "(" in ctx.texts[start:end]:
        before = (ctx.head(start, ctx.texts.index("(", start, end)) or "").title()
        if before in ctx.vocab.document_heads or before.lower() in ctx.vocab.generic_headings:
            return f"{before!r} before its acronym names a document or a plan"
    return None


YEARLY_PLAN_HEADS = frozenset({"Programme", "Program", "Plan"})


def programme_of_cooperation(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Country Programme for Development Cooperation 2019–2022", "Programme of Cooperation": a programme
    whose only object is the cooperation itself is a donor's plan for a country, not an activity."""
    preposition = next((i for i in range(start, end) if ctx.texts[i] in {"for", "of"}), None)
    if preposition is None or ctx.head(start, end) not in ctx.vocab.project_heads:
        return None
    words = [ctx.texts[i] for i in range(preposition + 1, end) if ctx.texts[i][:1].isalpha() and not ctx.is_function(i)]
    return "a programme of cooperation" if words and words[-1] == "Cooperation" \
        and all(w in ctx.vocab.cooperation_words for w in words) else None


def state_aid_fund(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Norwegian Development Cooperation Fund", "Eastland Fund for International Development": a fund named only by its
    state and for development or cooperation is the state's aid agency, a donor in its own right (spec), not an
    activity ("Eastland Rural Development Fund" names a sector)."""
    if not any(ctx.texts[i] in ctx.vocab.fund_heads for i in range(start, end)):
        return None
    owner = start
    while owner < end and (ctx.place_at(owner, owner + 1) or owner in ctx.place_tokens):
        owner += 1
    words = [ctx.texts[i] for i in range(owner, end) if ctx.texts[i][:1].isalpha() and not ctx.is_function(i)
             and ctx.texts[i] not in ctx.vocab.fund_heads]
    # ("Malawi Development Fund": development alone may be a recipient's own fund; cooperation is a giver's word.)
    named_for_aid = owner > start and words and all(w in ctx.vocab.cooperation_words for w in words) \
        and any(w != "Development" for w in words)
    return "a state's aid fund" if named_for_aid or _fund_for_development(ctx, start, end) else None


FOR_WORDS = {"for", "de", "pour", "para", "du"}
DEVELOPMENT_WORDS = {"development", "développement", "desarrollo", "desenvolvimento"}
# The words a state's aid fund puts before "development": whose, or what kind ("Fund for Rural Development" names
# a sector, and is a project's).
AID_QUALIFIERS = {"arab", "economic", "international", "social", "overseas", "and", "économique", "sociale", "arabe",
                  "internacional", "económico", "econômico", "et", "y", "e"}


def _fund_for_development(ctx: DetectionContext, start: int, end: int) -> bool:
    """"Eastland Fund for Development", "Eastland Fund for International Economic Development", "Fonds eastlandais de
    développement": a state's fund for development, its head before the word, is the state's aid agency ("Malawi
    Development Fund", the word before the head, may be the recipient's own)."""
    head = next(i for i in range(start, end) if ctx.texts[i] in ctx.vocab.fund_heads)
    if head > start:
        owned = all(ctx.place_at(i, i + 1) or i in ctx.place_tokens for i in range(start, head))
        after = head + 1
    else:  # ("Fonds eastlandais de ...": a Romance head before its state's adjective)
        owned = head + 1 < end and (ctx.place_at(head + 1, head + 2) or head + 1 in ctx.place_tokens)
        after = head + 2
    if not owned or after >= end or ctx.texts[after].lower() not in FOR_WORDS:
        return False
    rest = [ctx.texts[i] for i in range(after + 1, end)]
    return 1 <= len(rest) <= 4 and rest[-1].lower() in DEVELOPMENT_WORDS and all(w.lower() in AID_QUALIFIERS for w in rest[:-1])


def country_programme(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Belgo-Ruritanian Cooperation Programme 2023–2027", "UNICEF Eastland Country Programme": a programme named
    only by its partners (countries, regions, an agency's acronym) and dated by its period is a donor's or an
    agency's plan for a country, not an activity ("Hill-Lake Hydropower Cooperation Programme" names a sector)."""
    at = next((i for i in range(start + 1, end) if ctx.texts[i] in ctx.vocab.project_heads
               and ctx.texts[i - 1] in {"Country", "Cooperation"}), None)
    if at is None:
        return None
    dated = ctx.texts[at - 1] == "Country" or any(k in ctx.date_tokens for k in range(at + 1, end + 1))

    def partner(i: int) -> bool:
        # "Belgo-Beninese": a compound with a place in it.
        compound = [k for k in (i - 2, i + 2) if start <= k < at - 1 and ctx.texts[(i + k) // 2] == "-"]
        return ctx.place_at(i, i + 1) or i in ctx.place_tokens or ctx.texts[i] in ctx.vocab.region_words \
            or ctx.is_acronym_word(i) or any(ctx.place_at(k, k + 1) for k in compound)
    words = [i for i in range(start, at - 1) if ctx.texts[i][:1].isalpha()]
    return "a country programme" if dated and words and all(partner(i) for i in words) else None


def partnership_of_states(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Eastland–Westland Comprehensive Strategic Partnership": two states' relationship, not an activity; a
    partnership with a sector or an object of its own ("Eastland–Westland Health Partnership", "... Partnership
    for Justice") is a programme."""
    called = end < len(ctx.doc) and ctx.texts[end].lower() in ctx.vocab.project_nouns  # "... Partnership programme"
    if ctx.texts[end - 1] != "Partnership" or end - start < 4 or ctx.texts[start + 1] not in DASHES or called \
            or not ctx.place_at(start, start + 1):
        return None
    second = next((k for k in range(start + 3, end) if k not in ctx.place_tokens), end)  # after "Papua New Guinea"
    if not ctx.place_at(start + 2, second):
        return None
    words = [ctx.texts[k].lower() for k in range(second, end - 1) if ctx.texts[k].isalpha()]
    return "a partnership of two states" if all(w in ctx.vocab.relationship_words for w in words) else None


def plan_words_in_name(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Policy Framework", "Country Partnership Framework": a framework is a project only when it
    finances things ("Water and Wastewater Framework", spec). "... Framework 2021–2030": a horizon
    written into the name is a policy's."""
    # "RESULTS FRAMEWORK" in a heading's capitals is read like "Results Framework".
    def read(text: str) -> str:
        return text.title() if text.isupper() and len(text) > 1 else text
    head = ctx.head(start, end)
    if head is None or read(head) not in ctx.vocab.guarded_heads:
        return None
    if end < len(ctx.doc) and end in ctx.date_tokens and ctx.texts[end - 1] == head:
        return "a framework with a horizon"
    words = {read(ctx.texts[i]) for i in range(start, end)}
    plan = not words.isdisjoint(ctx.vocab.non_project_heads) or not words.isdisjoint(ctx.vocab.plan_words)  # (no union built)
    return "a plan or policy framework" if plan else None

