"""Reasons to reject a candidate title, one function each, tried in a declared order.

A rejection returns a short reason (a string) or None; `rejection` runs the list and
returns the first reason found. The word lists are data in rules/projects.json.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .boundaries import ROMAN
from .context import DetectionContext
from .body_filters import body_for_a_purpose, body_part
from .common_words import is_common_english
from .description_filters import described_as_a_company, described_by_an_article, set_of_projects
from .field_labels import after_an_honorific, field_label, person_named
from .place_filters import (generic_regional_reference, geographic_feature, place_and_common_nouns, place_name,
                            places_only, world_region)
from .plan_filters import (country_programme, document_or_plan, partnership_of_states, plan_words_in_name,
                           programme_of_cooperation, state_aid_fund)

Rejection = Callable[[DetectionContext, int, int], Optional[str]]
LENDER_MONEY = frozenset({"Financing", "Credit"})  # the weak heads that name a lender's money after its own name


def no_content(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """A name needs a word that is not a function word."""
    return "no content word" if start >= end or ctx.content_words(start, end) < 1 else None


def no_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """A name has a capitalized head word."""
    return "no capitalized head" if ctx.head(start, end) is None else None


def body_or_non_project_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """Ministries, banks, panels (bodies); conferences, laws, plans, strategies (not activities)."""
    head = ctx.head(start, end)
    # "Strengthening Meteorological Services for ...": a name that opens with a verb names an activity.
    first = ctx.texts[start].lower()
    if first in ctx.vocab.title_verbs and first.endswith("ing") and end - start >= 4:
        return None
    # Compared in title case too: "PROJECT INFORMATION DOCUMENT".
    if head in ctx.vocab.non_project_heads or (head and head.isupper() and head.title() in ctx.vocab.non_project_heads):
        if head.title() in COINED_NAME_HEADS and _coined_words_before_head(ctx, start, end):
            return None
        return f"head {head!r} names a body, an event or a plan"
    return None


# "Jal Sanrakshan Mission": a government's scheme under a coined or foreign name; "the EU Mission" is a body.
COINED_NAME_HEADS = frozenset({"Mission"})


def _coined_words_before_head(ctx: DetectionContext, start: int, end: int) -> bool:
    words = [ctx.texts[k] for k in range(start, end - 1) if ctx.texts[k].isalpha()]
    return len(words) >= 2 and all(word[:1].isupper() and not is_common_english(word) for word in words)


def term_not_name(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Foreign Direct Investment", "Internally Displaced Persons": a term of the field. A name that opens
    with a verb keeps such a head ("Sustaining Responsible Enterprises", "Protecting Migrant Workers")."""
    head = ctx.head(start, end)
    first = ctx.texts[start].lower()
    if head in ctx.vocab.term_heads and not (first in ctx.vocab.title_verbs or first.endswith("ing")):
        return f"{head!r} ends a term, not a name"
    return None


# "Fonds des Nations Unies pour la population", "Fondo de las Naciones Unidas para la Infancia", "Programa das Nações
# Unidas": a UN fund or programme by its French, Spanish or Portuguese name.
UN_BODY_ROMANCE = re.compile(r"(?:fonds|programme|fondo|programa|fundo)\s+(?:des nations unies|de las naciones unidas"
                             r"|das nações unidas)\b")


def known_organization(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """Lenders and donors whose names say Fund or Programme (Green Climate Fund)."""
    text = ctx.text_of(start, end).lower()
    # "Nordic Water Fund (NWF), Oslo": the name, then its acronym or seat.
    # (Spaces made one first: "Global\nEnvironment Facility", a body's name broken over two lines.)
    name = " ".join(text.split(" (")[0].split(",")[0].split())
    if name in ctx.vocab.organization_names:
        return "organization acting in its own right"
    # "United Nations Development Programme": a UN body under the system's name.
    for prefix in ("united nations ", "un "):
        if name.startswith(prefix) and name[len(prefix):] in ctx.vocab.organization_names:
            return "organization acting in its own right"
    # "United Nations Fund for ...", "UN Programme on ...": a fund or programme of the UN system by its own name
    # (a "United Nations Joint Programme" is an activity of several agencies, and its head comes later).
    if re.match(r"(?:united nations|un)\s+(?:fund|programme|program)\b", name) or UN_BODY_ROMANCE.match(name):
        return "a fund or programme of the United Nations system"
    # "Programme des Nations Unies" cut short of "... pour le développement".
    if " " in name and name in ctx.vocab.organization_name_starts:
        return "the start of an organization's name"
    # "Korean Economic Development Cooperation Fund", "Eastland Eximbank's ... Fund": a body known by name,
    # with its owner's country or name before it.
    # (Only the name's suffixes after a space can be such an org: looked up; with two, the scan's first wins.)
    orgs = ctx.vocab.organization_names
    suffixes = [name[k + 1 :] for k, c in enumerate(name) if c == " " and name[k + 1 :] in orgs]
    owned = suffixes[0] if len(suffixes) == 1 and suffixes[0].count(" ") >= 2 else None if len(suffixes) < 2 else \
        next((org for org in orgs if org.count(" ") >= 2 and name.endswith(" " + org)), None)
    if owned is not None:
        at = next((k for k in range(start + 1, end) if " ".join(ctx.text_of(k, end).lower().split()).startswith(owned)), None)
        if at is not None and (ctx.place_at(start, at) or ctx.texts[at - 1] in {"'s", "’s"}
                               or all(ctx.place_at(k, k + 1) or k in ctx.place_tokens for k in range(start, at))):
            return "an organization named with its owner"
    # "United Nations\nDevelopment Programme": a body's name broken over two lines, its start on the line above.
    if any(" ".join(ctx.text_of(k, end).lower().split()) in orgs for k in range(max(0, start - 3), start)):
        return "the end of an organization's name"
    # "Nordic Development Fund in East Africa": the body and where it works.
    if any(name[:k] in orgs for k in range(len(name)) if name.startswith(" in ", k)):
        return "an organization and its region"
    return None


def national_fund(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"National Skills Fund", "Fondo Nacional de ...": a state's own fund is a public body that finances
    others, not a named activity (a project names its place or sector, not the state)."""
    words = [ctx.texts[i] for i in range(start, end)]
    fund = ctx.head(start, end) in ctx.vocab.fund_heads or words[0] in ctx.vocab.fund_heads
    return "a national public fund" if fund and any(w.lower() in ctx.vocab.public_body_words for w in words) else None


def part_of_an_organization(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"The Bank Group comprises three entities: the Eastland Development Bank, the Eastland Development
    Fund and the Hill Trust Fund": a fund listed among a group's bodies, beside a bank, is one of them."""
    sentence_start = start
    while sentence_start > 0 and ctx.texts[sentence_start - 1] not in {".", "!", "?"} and "\n\n" not in ctx.texts[sentence_start - 1]:
        sentence_start -= 1
    sentence_end = end
    while sentence_end < len(ctx.texts) and ctx.texts[sentence_end] not in {".", "!", "?"} and "\n" not in ctx.texts[sentence_end]:
        sentence_end += 1
    if not any(ctx.texts[k].lower() in ctx.vocab.organization_part_words for k in range(sentence_start, start)):
        return None
    bodies = [k for k in range(sentence_start, sentence_end) if ctx.texts[k] in ctx.vocab.organization_heads]
    return "one of the bodies a group is made of" if bodies else None


def building(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Lake Water Treatment Facility", "County Health Facility": a plant or a clinic, not a financing facility."""
    head = ctx.head(start, end)
    if head != "Facility":
        return None
    at = next(i for i in range(start, end) if ctx.texts[i] == head)
    return "a building" if at > start and ctx.texts[at - 1] in ctx.vocab.building_words else None


def weak_head_short_name(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Carbon Credit", "Emergency Operation": heads that are also common nouns need a longer name."""
    head = ctx.head(start, end)
    if head not in ctx.vocab.weak_heads or ctx.content_words(start, end) >= 3:
        return None
    # "Eastland Compact", "ABC Window": a country or an acronym makes it a proper name (a word of a
    # heading in capitals, "NATIONAL PROGRAMMES", is no acronym).
    # "IDA Credit", "GEF Grant": a lender's acronym names its instrument, not a project.
    if any(ctx.place_at(i, i + 1) or i in ctx.place_tokens or ctx.is_acronym_word(i) and not ctx.in_capitals(i)
           and ctx.texts[i] not in ctx.organization_acronyms for i in range(start, end)):
        return None
    return f"{head!r} with too few words to be a name"


def romance_non_project_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Plan Bénin Durable", "Ministerio de ...": a Romance name puts its head first (after a demonym the
    English text adds: "Ruritanian Servicio Nacional de ...")."""
    # ("Ruritania Plan Implementation Support Programme" is English: a project head ends it.)
    demonym = end - start > 2 and ctx.place_at(start, start + 1) and ctx.texts[end - 1] not in ctx.vocab.project_heads \
        and not (ctx.texts[end - 1] == ")" and any(ctx.texts[i] in ctx.vocab.project_heads for i in range(start, end)))
    first = start + 1 if demonym else start
    head = ctx.texts[first]
    head = head.capitalize() if head.isupper() else head  # a cover page's capitals ("CONSÓRCIO VALE ...")
    return f"Romance head {head!r} names a plan or a body" if head in ctx.vocab.foreign_non_project_heads else None


def holds_a_count(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Provided 12,500 households with ...", "Reached 3,000 schools": a result opening with its verb and holding its
    count, not a name ("Projet 1,000 Villages Solaires" is one)."""
    if ctx.texts[start].endswith("ed") and any(re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", ctx.texts[i]) for i in range(start, end)):
        return "a count in a result statement"
    return None


def holds_an_amount(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"The Trust added £600k from its X Window": a sentence about money, not a name (an amount before a name,
    "US$200-million X Project", is trimmed off before this is asked)."""
    return "an amount inside" if any(i in ctx.money_tokens for i in range(start, end)) else None


def feature_named_first(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Lake Tanganyika", "Gulf of Fonseca": a feature's word and its name, no more ("Lake Towns Jobs" is one)."""
    if ctx.texts[start] in ctx.vocab.geographic_heads and ctx.content_words(start, end) <= 2 \
            and not any(ctx.texts[i] in ctx.vocab.project_heads for i in range(start + 1, end)):
        return "a geographic feature"
    return None


def head_as_modifier(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Project management", "Programme coordination": a head noun modifying a lowercase noun names a task."""
    if end - start >= 2 and ctx.texts[start] in ctx.vocab.project_heads and ctx.texts[start + 1].isalpha() \
            and ctx.texts[start + 1].islower() and not ctx.is_function(start + 1) and not _own_head_or_acronym(ctx, start + 1, end):
        return "a head noun used as a modifier"
    return None


def _own_head_or_acronym(ctx: DetectionContext, start: int, end: int) -> bool:
    """"Credit guarantee scheme (CGS)", "Pilot programme for rural power": a head of its own in any case, or an acronym."""
    return "(" in ctx.texts[start:end] or any(ctx.texts[i].lower() in ctx.vocab.lowercase_heads for i in range(start, end))


def document_name_last(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Open Records Policy (ORP)": a name whose last word is a plan's or a document's, with no project
    head in it, names that ("Project for Strengthening Farm Policy" is a project)."""
    words = [i for i in range(start, end) if ctx.texts[i][:1].isupper() and ctx.texts[i].isalpha()]
    if not words or any(ctx.texts[i] in ctx.vocab.project_heads for i in range(start, end)):
        return None
    last = ctx.texts[words[-1]]
    return f"{last!r} ends a plan or a document" if last in ctx.vocab.document_heads and ctx.head(start, end) != last \
        and ctx.texts[start].lower() not in ctx.vocab.title_verbs else None


def lowercase_body_or_document(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Osterlich trade promotion agency (OTPA)", "Inception report (IncRep)": a sentence-case name whose last
    word is a body's or a document's noun in lower case (a name that opens with a verb names an activity)."""
    words = [i for i in range(start, end) if ctx.texts[i].isalpha()]
    if not words or ctx.texts[start].lower() in ctx.vocab.title_verbs or _own_head_or_acronym(ctx, start, words[-1]):
        return None  # ("Project for improving health information systems (PIHIS)" names a project)
    last = ctx.texts[words[-1]]
    # (Membership in each list: no union of the two built per candidate.)
    named = last.title() in ctx.vocab.organization_heads or last.title() in ctx.vocab.non_project_heads
    return f"{last!r} names a body or a document" if last.islower() and named else None


def head_of_a_document(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Country programme document 2031–2035", "Hill Roads project document": a lowercase project head before a
    lowercase "document" names the document."""
    for i in range(start, end - 1):
        if ctx.texts[i] in ctx.vocab.lowercase_heads and ctx.texts[i + 1] in {"document", "documents"}:
            return f"{ctx.texts[i]!r} qualifies a document"
    return None


def bilingual_label(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Vorhaben / Project", "Projektname / Project name": a label in two languages, a bare head after the slash."""
    if end - start >= 3 and ctx.texts[end - 2] == "/" and ctx.texts[end - 1] in ctx.vocab.project_heads:
        return "a label in two languages"
    return None


def part_of_a_bare_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Life of Activity", "Duration of Project": a field's label, a word "of" a project head alone; so is a
    project head and one lowercase word, "Project profile", "Programme overview"."""
    if end - start == 3 and ctx.texts[start + 1] == "of" and ctx.texts[end - 1] in ctx.vocab.project_heads \
            or end - start == 2 and ctx.texts[start] in ctx.vocab.project_heads and ctx.texts[start + 1].isalpha() \
            and ctx.texts[start + 1].islower():
        return "a label about a project, not a name"
    return None


PHASE_STATUS_WORDS = frozenset({"current", "previous", "next", "final", "new", "this", "earlier", "later"})


def phase_words_only(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Additional Financing", "Phase II", "Current phase": a phase with no name before it."""
    words = [ctx.texts[i].lower() for i in range(start, end) if ctx.texts[i].isalnum()]
    if words and words[0] in PHASE_STATUS_WORDS:
        words = words[1:]
    if words and all(w in ctx.vocab.phase_words or w == "financing" or ROMAN.match(w.upper()) or w.isdigit()
                     for w in words):
        return "a phase alone"
    return None


def lender_instrument(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"World Bank Group Financing", "Eastland Bank Credit": a body's head right before "Financing" or "Credit" names
    the body's money, not a project ("Rural Bank Window (RBW)" names one)."""
    head = ctx.head(start, end)
    if head not in LENDER_MONEY or ctx.texts[end - 1] != head or end - start < 2:
        return None
    return "a lender's instrument" if ctx.texts[end - 2] in ctx.vocab.organization_heads else None


def monetary_fund_arrangement(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"the IMF's 36-month Extended Fund Facility", "agreed with the IMF under the Extended Credit Facility": a
    lending arrangement of the IMF, named just before in the same sentence, is a country's programme with the Fund,
    not a development project."""
    for k in range(start - 1, max(-1, start - 9), -1):
        if ctx.texts[k] in {".", ";", "!", "?"} or "\n\n" in ctx.texts[k]:
            return None
        if ctx.texts[k] in ctx.vocab.monetary_fund_names:
            return "a lending arrangement of the IMF"
    return None


def broken_word_end(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Fonds d'Intervention pour le Déve-": a name cut at a word broken over a line end."""
    return "a word broken at a line end" if ctx.texts[end - 1].endswith("-") and len(ctx.texts[end - 1]) > 1 else None


def instrument_type(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Development Policy Operation", "Multi-Donor Trust Fund": a type of aid, not a named one
    (a name adds a place, a sector or a proper noun: "Ruritania Development Policy Operation")."""
    words = [ctx.texts[i] for i in range(start, end) if ctx.texts[i][:1].isalpha() and not ctx.is_function(i)]
    # ("Team Europe Initiative (TEI) on Green Mountain Economies": a topic after it names one.)
    after = end + 3 if end + 2 < len(ctx.doc) and ctx.texts[end] == "(" and ctx.texts[end + 2] == ")" else end
    topic = after + 1 < len(ctx.doc) and ctx.texts[after] in {"on", "for"} and ctx.texts[after + 1][:1].isupper()
    if words and not topic and all(w in ctx.vocab.instrument_words or w.title() in ctx.vocab.instrument_words for w in words):
        return "a type of aid instrument"
    return None


def page_noise(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """Navigation and form labels ("Our Programs", "Mid Term Project"); a compound that opens with such a
    word is a name's own ("Home-Grown School Meals", "Top-Up Grants Window")."""
    first = ctx.texts[start].lower()
    compound = start + 2 < end and ctx.texts[start + 1] == "-" and not ctx.whitespaces[start]
    return "page noise" if first in ctx.vocab.noise_words and not compound else None


REJECTIONS: tuple[Rejection, ...] = (
    no_content,
    after_an_honorific,
    no_head,
    body_or_non_project_head,
    term_not_name,
    known_organization,
    national_fund,
    state_aid_fund,
    part_of_an_organization,
    document_or_plan,
    programme_of_cooperation,
    country_programme,
    partnership_of_states,
    building,
    place_name,
    places_only,
    plan_words_in_name,
    instrument_type,
    lender_instrument,
    monetary_fund_arrangement,
    broken_word_end,
    set_of_projects,
    body_part,
    body_for_a_purpose,
    described_by_an_article,
    described_as_a_company,
    weak_head_short_name,
    romance_non_project_head,
    geographic_feature,
    feature_named_first,
    holds_a_count,
    holds_an_amount,
    lowercase_body_or_document,
    head_as_modifier,
    document_name_last,
    head_of_a_document,
    bilingual_label,
    part_of_a_bare_head,
    phase_words_only,
    generic_regional_reference,
    page_noise,
    field_label,
    person_named,
)


def rejection(ctx: DetectionContext, start: int, end: int, rules: tuple[Rejection, ...] = REJECTIONS) -> Optional[str]:
    """The first reason to reject tokens [start, end) as a project title, or None."""
    for rule in rules:
        reason = rule(ctx, start, end)
        if reason:
            return reason
    return None


def acceptable(ctx: DetectionContext, start: int, end: int) -> bool:
    return rejection(ctx, start, end) is None


# Items of a project list or table may be named like plans ("... Safety Framework in Laos"),
# but not like bodies ("World Bank").
def body_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """A list item or table cell whose head names a body."""
    return "head names a body" if ctx.head(start, end) in ctx.vocab.organization_heads else None


def body_named(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """A body's head, unless a verb opens the name ("Strengthening Weather Services for ...")."""
    reason = body_or_non_project_head(ctx, start, end)
    return reason if reason and body_head(ctx, start, end) else None


# "the Seed Systems (SS) project": a noun after the acronym calls the name a project whatever its head, unless a body's.
CALLED_REJECTIONS: tuple[Rejection, ...] = tuple(r if r is not body_or_non_project_head else body_named for r in REJECTIONS)


def label_head(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Key Project Dates", "Components Table": a page's label over its facts, however it is laid out."""
    head = ctx.head(start, end)
    return "head names a page's label" if head and head.title() in ctx.vocab.label_heads else None


ITEM_REJECTIONS: tuple[Rejection, ...] = (no_content, body_head, label_head, holds_an_amount, known_organization, national_fund,
                                          state_aid_fund, place_name, world_region,
                                          places_only,
                                          place_and_common_nouns, lender_instrument, monetary_fund_arrangement, broken_word_end,
                                          romance_non_project_head, geographic_feature, phase_words_only, page_noise,
                                          document_or_plan, part_of_a_bare_head, field_label, person_named,
                                          after_an_honorific)
