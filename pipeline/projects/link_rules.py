"""The spec's linking rules, one function each, tried in the spec's order (spec: Project records).

A rule is a function (context, fact) -> list of projects, or None when it does not
apply and the next rule is tried. An empty list means the rule applies and ties the
fact to no project (a total before a breakdown, a money fact in a list's lead-in).

1. own_title         a fact inside a project's own title ("... in Kenya Project")
2. own_item_or_row   the project's list item, table row or key-value record
   fields_under_a_title, fields_with_a_name_field
                     field lines under a project's title line, or opening with a "Project name: X" field (link_fields)
   summary_box       a one-project page's box of "Label: value" lines (link_sheet)
3. naming_sentence   the sentence that names the project
   dateline_of_the_day a release's dateline, when the sentence after it names the project signed "today" (link_datelines)
4. referring_sentence a later sentence of the same paragraph that refers back
                     ("it", "its", "the project", "the programme", "the fund" ...)
5. named_section     the section (up to the next heading) whose heading names the project
6. list_lead_in      the heading or lead-in line of a list of projects: every project listed (link_lead_ins)

Within a sentence that names several projects, the project the fact is bound to
("$40 million for the X Project") wins, else the first one named (the subject): see link_choice.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span

from .link_choice import (CHANNEL_BEFORE, PLURAL_REFERENCE, POSSESSIVE, channel_project, choose, earlier_project,
                          named_in_paragraphs_before)
from .link_clauses import dates_the_project, fact_sentence, sentence_has
from .link_columns import column_project
from .link_context import Block, Group, LinkContext
from .link_datelines import dateline_of_the_day
from .link_fields import fields_under_a_title, fields_with_a_name_field, record_project
from .link_lead_ins import is_list_title, list_lead_in
from .link_line_shapes import line_indent
from .link_references import refers_back
from .link_sheet import holds_only_a_name, summary_box_owners
from .link_sections import about_predecessor, entry_project, later_phase, lead_in_owner, section_project, succeeds

Rule = Callable[[LinkContext, Span], Optional[list[Group]]]


# ---- the rules ---------------------------------------------------------------------------------------
def own_title(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 1: a fact inside a project's title ("Rural Roads in Kenya Project") is that project's."""
    for span in context.spans_starting_before(fact.start_char):
        if fact.end_char <= span.end_char:
            return [context.owner(span)]
    if fact.label_ == "COUNTRY":
        # "Ruritania's Rural Roads Scheme": a country set right before a name, as its owner, is that project's.
        for span in context.spans_starting_before(fact.end_char + 4, reach=4):
            if span.start_char >= fact.end_char and POSSESSIVE.fullmatch(context.text[fact.end_char : span.start_char]):
                return [context.owner(span)]
    return None


def _project_over_items(context: LinkContext, block: Block) -> tuple[Optional[Group], bool]:
    """The one project of the paragraph set tight over the tight list that holds this top-level item, or None, and
    whether the paragraph ends with the project's name line (its bullets are then its card: their dates too). See
    _lead_project."""
    first = block.index
    while first > 0 and context.blocks[first - 1].kind == "item" \
            and context.blocks[first - 1].lines[-1].index + 1 == context.blocks[first].lines[0].index:
        if ("list start", first - 1) in context.memo:  # (an earlier item of the list found it: no walk per fact)
            first = context.memo[("list start", first - 1)]
            break
        first -= 1
    context.memo[("list start", block.index)] = first
    key = ("project over items", first)
    if key not in context.memo:
        context.memo[key] = _lead_project(context, first)
    indented = line_indent(context.text, block.lines[0]) > line_indent(context.text, context.blocks[first].lines[0])
    return (None, False) if indented else context.memo[key]


# "Tonga – 1.2 MW of solar", "Kiribati: freezers": a country, then a dash or a colon, opens the item.
COUNTRY_OPENING = re.compile(r"[ \t]*[–—:-]")


def _lead_project(context: LinkContext, first: int) -> tuple[Optional[Group], bool]:
    """A name line over its bullets ("Kenya Housing Fund (KHF)" over "• KES 4.5bn ...", as slides write them), or a
    paragraph naming one project over items that each open with a country ("The Facility now works in four
    countries." over "• Tonga – ...", "• Vanuatu – ..."). Not a paragraph that ends with a colon (a lead-in: rule 6),
    nor when an item names a project the paragraph does not."""
    if first == 0:
        return None, False
    lead, items = context.blocks[first - 1], []
    for following in context.blocks[first:]:
        if following.kind != "item" or following.lines[0].index != (items[-1] if items else lead).lines[-1].index + 1:
            break
        items.append(following)
    if lead.kind != "paragraph" or not items or context.text[lead.start : lead.end].rstrip().endswith(":"):
        return None, False
    name_line = holds_only_a_name(context, lead.lines[-1])
    if not name_line:
        countries = {span.start_char: span.end_char for span in context.spans["COUNTRY"]}
        for item in items:
            opening = item.lines[0].content_start
            if opening not in countries or not COUNTRY_OPENING.match(context.text, countries[opening]):
                return None, False
    named = context.projects_in(lead.start, lead.end)
    if len(named) == 1 and all(group in named for group in context.listed_projects(items)):
        return named[0], name_line
    return None, False


def own_item_or_row(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 2: a list item, table row or key-value record that names projects is theirs."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind not in ("item", "row", "record"):
        return None
    # (A comparison table's row of figures, "| Established | 2031 | 2033 |", under the projects heading its columns.)
    column = column_project(context, fact) if block.kind == "row" else None
    if column is not None:
        return [column]
    if not context.projects_in(block.start, block.end):
        # A nested item under a project's item ("◦ signed on 3 May 2012") is that project's.
        for parent in context.parent_items(block) if block.kind == "item" else []:
            named = context.projects_in(parent.start, parent.end)
            if named:
                # "(a) Background: the town has grown since 2006": an item under a project tells its history
                # too; a date counts when its sentence says what it dates.
                label = context.text[block.lines[0].content_start : fact.start_char]
                in_label = ":" not in label and ":" in context.text[fact.end_char : block.end]  # "– 1982–2022: ..."
                if fact.label_ == "DATE" and not in_label and not dates_the_project(context, block, fact):
                    return []
                return named[:1]
        # Items that name no project, set tight under a project's name line or under a paragraph that names one project
        # over "Country – ..." items, go on about it (_lead_project).
        project, card = _project_over_items(context, block) if block.kind == "item" else (None, False)
        if project is not None:
            dated = card or fact.label_ != "DATE" or dates_the_project(context, block, fact)
            return [project] if dated else []
        return None
    sentence = context.sentence_at(block, fact.start_char)
    if block.kind == "record":
        # A key-value record is one project's sheet: its project, and a project its field names itself.
        card = record_project(context, block)
        if card is None:
            # "Source of funding:   X Fund (XF): $900,000": a box that names a project only inside a field is no
            # card of it; the field's fact is that project's, and the box is its section's (the page's project).
            return choose(context, fact, sentence) if context.spans_in(*sentence) else None
        owners = [card]
        if context.spans_in(*sentence):
            owners += [g for g in choose(context, fact, sentence) if g not in owners]
        return owners
    named = context.spans_in(*sentence)
    opening = _opening_project(context, block)
    if named and opening is not None and all(CHANNEL_BEFORE.search(context.text[sentence[0] : s.start_char])
                                             for s in named):
        # "3. Safe Harbours – $6 million from the X Window, signed ...": a sentence of the item that names
        # only the fund its money comes from is still about the item's project; the fund gets its money.
        channel = channel_project(context, fact, sentence) if fact.label_ == "MONEY" else None
        return [opening] + ([channel] if channel is not None and channel is not opening else [])
    if named:
        return choose(context, fact, sentence)
    if sentence_has(context, context.back_reference, sentence):
        earlier = earlier_project(context, block, sentence[0])
        if earlier:
            return earlier
    if _plural_reference(context, sentence):
        # "1. Ruritania. The two loans signed on 3 May 2012 ...": several projects, none the item's own.
        return context.projects_in(block.start, sentence[0])
    return context.projects_in(block.start, block.end)[:1]


def summary_box(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 2 (a key-value record): a one-project page's box of "Label: value" lines is the page's project's."""
    return summary_box_owners(context, fact)


def _own_sheet(context: LinkContext, block: Block) -> bool:
    """A table row, or a key-value record that names its project (a project card), is its project's alone."""
    return block.kind == "row" or block.kind == "record" and record_project(context, block) is not None


def _opening_project(context: LinkContext, block: Block) -> Optional[Group]:
    """The project whose name opens a list item ("2. The X Project – ..."), if one does."""
    if block.kind != "item":
        return None
    first = next(iter(context.spans_in(block.start, block.end)), None)
    lead = context.text[block.lines[0].content_start : first.start_char] if first is not None else "x"
    return context.owner(first) if re.fullmatch(r"[\s\"“']*(?:the\s+)?", lead, re.IGNORECASE) else None


def naming_sentence(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 3: the sentence that names projects gives the fact to the one it is about."""
    found = fact_sentence(context, fact)
    if found is None:
        return None
    sentence = found[1]
    if fact.end_char <= context.title_end:
        sentence = (sentence[0], min(sentence[1], context.title_end))  # the document's title names no project's facts
    named = context.spans_in(*sentence)
    if not named or all(in_aside(context, span, fact, sentence) for span in named):
        # "It builds on the first phase (X, 2017–2022), adds Ruritania": a name in an aside is not the subject.
        return None
    return choose(context, fact, sentence)


def in_aside(context: LinkContext, span: Span, fact: Span, sentence: tuple[int, int]) -> bool:
    """Whether span stands in a parenthesis that does not hold the fact."""
    text = context.text
    opening = text.rfind("(", sentence[0], span.start_char)
    if opening == -1 or text.rfind(")", sentence[0], span.start_char) > opening:
        return False
    closing = text.find(")", span.end_char, sentence[1])
    if not text[opening + 1 : span.start_char].strip() and closing != -1 and not text[span.end_char : closing].strip():
        return False  # "The programme's first phase (X I) ran ...": a parenthesis that only names its noun
    return not (opening < fact.start_char and (closing == -1 or fact.end_char <= closing))


def _plural_reference(context: LinkContext, sentence: tuple[int, int]) -> bool:
    """Whether the sentence speaks of several projects ("both projects", "the two loans"); read once per sentence."""
    key = ("plural reference", sentence)
    if key not in context.memo:
        context.memo[key] = PLURAL_REFERENCE.search(context.text[sentence[0] : sentence[1]]) is not None
    return context.memo[key]


def referring_sentence(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 4: a later sentence of the paragraph that refers back ("it", "the programme") to a project."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind == "heading":
        return None
    sentence = context.sentence_at(block, fact.start_char)
    text = context.text[sentence[0] : sentence[1]]
    if _plural_reference(context, sentence):
        # "each of the two programmes", "both projects": every project the last naming sentence named.
        for start, end in reversed([s for s in block.sentences if s[1] <= sentence[0]]):
            named = context.projects_in(start, end)
            if named:
                return named
    key = ("refers back", sentence)  # (the same for every fact of the sentence)
    if key not in context.memo:
        # (A sentence without a back-reference, known from the rule before, skips the search.)
        context.memo[key] = sentence_has(context, context.back_reference, sentence) and \
            any(refers_back(context, sentence[0], match) for match in context.back_reference.finditer(text))
    if not context.memo[key]:
        return None
    # "The scheme began transfers in May. By December it had paid ...": "it" takes up the noun the sentence before referred
    # back by ("the scheme": the last project whose name holds it), not the paragraph's topic.
    noun = _referring_noun(context, text) or _noun_before(context, block, sentence)
    earlier = earlier_project(context, block, sentence[0], noun)
    if not earlier and not context.projects_in(block.start, sentence[0]):
        # ("4.1 X Project" over "The bank lends ... The project covers two towns from 2031 to 2034": the paragraph names no
        # project before; "the project" is the one its section's heading names.)
        section = section_project(context, fact)
        if section is not None:
            earlier = [section]
        elif noun is not None:
            # ("The minister said $2 billion went to the programme": a news story's paragraph; "The project's outlay is
            # ... It will run from ...": "it" continues the paragraph's "the project".)
            earlier = named_in_paragraphs_before(context, block, noun)
    return earlier or None


def _noun_before(context: LinkContext, block: Block, sentence: tuple[int, int]) -> Optional[str]:
    """The noun the sentence right before this one (in its paragraph) refers back by as its subject ("The scheme
    began ...", "The total cost of the project is ..."); not as an object ("The ministry manages the project.")."""
    key = ("noun before", sentence)  # (the same for every fact of the sentence)
    if key not in context.memo:
        before = [s for s in block.sentences if s[1] <= sentence[0]]
        text = context.text[before[-1][0] : before[-1][1]] if before else ""
        match = context.back_reference.search(text)
        lead = text[: match.start()].split() if match else []
        subject = match is not None and (not lead or len(lead) <= 4 and lead[-1].lower() in ("of", "for"))
        context.memo[key] = _referring_noun(context, text) if subject else None
    return context.memo[key]


def _referring_noun(context: LinkContext, text: str) -> Optional[str]:
    """"programme" of a sentence that refers back by "The programme ...", "the facility's ...", "ce programme", "el
    préstamo" (its first reference)."""
    match = context.back_reference.search(text)
    words = match.group(0).lower().replace("’", "'").removesuffix("'s").split() if match else []
    return words[-1] if len(words) == 2 and words[0] in context.vocabulary.back_reference_articles else None


def named_section(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """Rule 5: the section whose heading names a project (or the table whose lead-in does) is its own;
    so is the entry of a listing whose tag row ("18 May 2031 | Water | Ruritania") gives its country."""
    block = context.block_at(fact.start_char)
    entry = entry_project(context, block) if fact.label_ == "COUNTRY" and block is not None else None
    if entry is not None:
        return [entry]
    owner = section_project(context, fact)
    if owner is None:
        return None
    # "Earlier operations (2024–2029)" over a list of other projects, inside a project's section: the sub-heading
    # heads its list (rule 6), not the section's project.
    if block is not None and (block.kind == "heading" or is_list_title(context, block)) and fact.label_ in ("DATE", "COUNTRY"):
        listed = list_lead_in(context, fact)
        if listed and owner not in listed:
            return None
    # Prose under a project's heading tells its history too: a date counts when its sentence says
    # what it dates (approved, signed, launched, runs from ... to ...).
    if fact.label_ == "DATE" and block is not None and block.kind == "paragraph" and not dates_the_project(context, block, fact):
        return None
    if fact.label_ == "DATE" and block is not None and keys_its_row(context, block, fact):
        return None
    if fact.label_ == "MONEY" and block is not None and block.index > 0 and block.kind == "row" \
            and _period_header(context, context.blocks[block.index - 1]) \
            and context.blocks[block.index - 1].lines[-1].index + 1 == block.lines[0].index:
        return None  # "4.10  18.65  29.80" under "FY2029  FY2030  FY2031": a figure per period, not the project's amount
    return [owner]


def _period_header(context: LinkContext, block: Block) -> bool:
    """"FY2029   FY2030   FY2031": a table row of periods only, heading a series' columns."""
    if block.kind != "row":
        return False
    key = ("period header", block.index)  # (asked for each fact of the row and of the row under it: read once)
    if key not in context.memo:
        context.memo[key] = _periods_only(context, block)
    return context.memo[key]


def _periods_only(context: LinkContext, block: Block) -> bool:
    rest = context.text[block.start : block.end]
    dates = [d for d in context.spans["DATE"] if block.start <= d.start_char < block.end]
    for date in sorted(dates, key=lambda d: -d.start_char):
        rest = rest[: date.start_char - block.start] + rest[date.end_char - block.start :]
    return len(dates) >= 2 and not re.search(r"[^\W\d_]", rest)


def keys_its_row(context: LinkContext, block: Block, fact: Span) -> bool:
    """"2031-06-30 | Disbursement | CAD 1,200,000": a date opening a table row that names no project keys a series
    (transactions, budget periods, yearly figures); it dates the project only when its row says so ("approval")."""
    if block.kind != "row" or context.projects_in(block.start, block.end):
        return False
    if _period_header(context, block):
        return True  # each period heads a column of the series
    if context.text[block.lines[0].content_start : fact.start_char].strip(" -–|\t"):
        return False
    words = set(re.findall(r"[^\W\d_]+", context.text[block.start : block.end].lower()))
    return not words & context.vocabulary.project_date_cues


RULES: tuple[Rule, ...] = (own_title, own_item_or_row, fields_under_a_title, fields_with_a_name_field, summary_box,
                           naming_sentence, dateline_of_the_day, referring_sentence, named_section, list_lead_in)


def owners_of(context: LinkContext, fact: Span) -> list[Group]:
    """The projects a fact belongs to: the first rule that applies decides. A fact that a sentence
    or item gives to one project and that stands in the section of another (a phase in its
    programme's section, a fund named inside a project's section) is the section's project's too;
    a table row or a project's card is its own project's alone (a table in a programme's section lists other projects)."""
    for rule in RULES:
        owners = rule(context, fact)
        if owners is None:
            continue
        block = context.block_at(fact.start_char)
        if about_predecessor(context, fact):
            # "The first phase (2030) cost $2.7 million": a later phase does not take its predecessor's facts.
            return [g for g in owners if not later_phase(g)]
        if rule in (naming_sentence, referring_sentence) or rule is own_item_or_row and not _own_sheet(context, block):
            parent = section_project(context, fact)
            # (The fund a list's lead-in names gets the money it passes to each project listed, not their dates.)
            passed_up = fact.label_ != "DATE" or block is None or parent is not lead_in_owner(context, block)
            if parent is not None and parent not in owners and not any(succeeds(parent, g) for g in owners) and passed_up:
                owners = owners + [parent]
        return owners
    return []
