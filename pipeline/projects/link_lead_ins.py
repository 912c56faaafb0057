"""Rule 6 of the spec's linking rules: the heading or lead-in line of a list of projects gives its dates and countries
to every project listed ("Current projects (2020-):" over its items, "approved four operations on 3 May 2031:" over
numbered titles); a money fact of a lead-in is no one project's."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_context import Block, LinkContext, Group
from .link_references import numbered_titles_after
from .link_sections import CAPTION_LABEL, card_project, is_caption, section_blocks, sub_list

# What a release's dateline holds beside its date: nothing, or the place it was issued at ("Port Town, ").
DATELINE_PLACE = re.compile(r"[\s.,:;–—()-]*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,)?[\s.,:;–—()-]*")


# A heading that says its section lists projects ("Major projects in ...", "Proyectos en ejecución").
PROJECTS_HEADING = re.compile(r"(?i)\b(?:projects|programmes|programs|operations|proyectos|projets|projetos|projectos|programas)\b")


def list_lead_in(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 6: "Current projects (2020-):" gives its dates and countries to every project listed below it."""
    block = context.block_at(fact.start_char)
    if block is None or reporting_year(context, block, fact):
        return None
    if block.kind == "heading":
        if fact.end_char <= context.title_end:
            # The document's own title ("Donor Profile 2022") is not spread to every project (spec).
            return None
        if fact.label_ == "DATE" and DATELINE_PLACE.fullmatch(context.text[block.start : block.end].replace(fact.text, "")):
            return None  # "March 3, 2031", "Port Town, 3 March 2031": a release's dateline, not a list's heading
        # "Agreements signed on 3 May 2012": a dated heading over the projects its section lists.
        blocks = section_blocks(context, block)
        # The heading must head the list itself (directly, or over its lead-in), not prose that leads to it;
        # a list of project cards (each opening with its name line) is a list too.
        cards = [card_project(context, b) for b in blocks if b.kind == "paragraph"]
        heads_list = bool(blocks) and (blocks[0].kind in ("item", "row") or card_project(context, blocks[0]) is not None
                                       or len(blocks[0].sentences) == 1
                                       and context.text[blocks[0].start : blocks[0].end].rstrip().endswith(":"))
        listed = context.listed_projects([b for b in blocks if b.kind in ("item", "row")])
        listed += [g for g in cards if g is not None and g not in listed]
        # "Paraguay" set tight over its numbered projects gives them its country (a country heading over prose does not),
        # and so does a table's caption ("Cuadro 4. Cartera activa en Honduras") a blank line above it.
        tight = bool(blocks) and (blocks[0].lines[0].index == block.lines[-1].index + 1
                                  or blocks[0].kind == "row" and CAPTION_LABEL.match(context.text, block.start) is not None
                                  and blocks[0].lines[0].index == block.lines[-1].index + 2)
        # ("Major projects in Eastland (recent years)" over its lists, tight or not: a heading that says it lists projects.)
        names_its_list = PROJECTS_HEADING.search(context.text, block.start, block.end) is not None
        spreads = fact.label_ == "DATE" or fact.label_ == "COUNTRY" and (tight or names_its_list)
        return listed if listed and heads_list and spreads else None
    sentence = context.sentence_at(block, fact.start_char)
    # "approved four operations on 3 May 2031." over "1. ...", "... the Government of Eastland signed the following
    # agreements:" over numbered titles: the lead-in's dates and countries (spec rule 6).
    if block.kind == "paragraph" and fact.label_ in ("DATE", "COUNTRY") and numbered_titles_after(context, block, sentence):
        return numbered_titles_after(context, block, sentence)
    is_last = sentence == block.sentences[-1]
    if block.kind == "paragraph" and is_last and (context.text[block.start : block.end].rstrip().endswith(":")
                                                  or is_caption(context, block) or is_list_title(context, block)) \
            or block.kind == "item" and not context.projects_in(block.start, block.end):
        listed = context.listed_projects(context.list_after(block) or (sub_list(context, block) if block.kind == "item" else []))
        if listed:
            return listed if fact.label_ != "MONEY" else []
    return None


def reporting_year(context: LinkContext, block: Block, fact: Span) -> bool:
    """"Top projects by disbursement, 2031", "Desembolsos por projeto, 2031": a single year in a table's heading or
    caption is the year its figures report, unless its line says the projects were approved, signed or started then."""
    value = fact._.value if fact.label_ == "DATE" else None
    if value is None or not value.start or value.start != value.end or len(value.start) != 4:
        return False
    # (Only over a table of figures: a year over a list of items or of "Name ...... US$ 5 million" lines may be theirs.)
    following = context.blocks[block.index + 1] if block.index + 1 < len(context.blocks) else None
    if following is None or following.kind != "row" or following.lines[0].key_value:
        return False
    line = next(line for line in reversed(block.lines) if line.start <= fact.start_char)
    # ("Pipeline for 2031", "two programmes for 2031:": the year the projects are for is their period; "Grants received
    # in 2031: USD 4 million": a line stating an amount is a fact of its own, no caption.)
    if re.search(r"\b(?:for|para|pour)\s+$", context.text[line.start : fact.start_char], re.IGNORECASE) \
            or any(line.start <= money.start_char < line.end for money in context.spans["MONEY"]):
        return False
    words = re.findall(r"[^\W\d_]+", context.text[line.start : line.end].lower())
    return not any(word in context.vocabulary.period_verbs or word.rstrip("s") in context.vocabulary.period_verbs
                   for word in words)


LIST_TITLE_WORDS = 8  # words a list's title line may hold ("Earlier operations (2024–2029)")
ITEM_NAME_REACH = 3  # characters between an item's bullet and the name it opens with


def is_list_title(context: LinkContext, block: Block) -> bool:
    """"Earlier operations (2024–2029)" set tight over its bullets: a short line that ends no sentence and says it
    lists projects titles the list under it, as a heading would, when the list is one of projects (its first item opens
    with a name; "Results highlights (2030-2032)" over "- 310,000 people reached through X" titles results, "Programme
    period 2029–2033" dates its section's project, "Co-financing partners (2029–2033)" lists funders)."""
    following = context.blocks[block.index + 1] if block.index + 1 < len(context.blocks) else None
    if block.kind != "paragraph" or len(block.lines) != 1 or following is None or following.kind != "item" \
            or following.lines[0].index != block.lines[0].index + 1:
        return False
    named = context.spans_in(following.start, following.end)
    if not named or named[0].start_char - following.lines[0].content_start > ITEM_NAME_REACH:
        return False
    line = context.text[block.start : block.end].strip()
    return len(line.split()) <= LIST_TITLE_WORDS and not line.endswith((".", "!", "?", ";", ",", ":")) \
        and PROJECTS_HEADING.search(line) is not None
