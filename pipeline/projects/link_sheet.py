"""One-project pages: the project a page is the sheet of, and the parts of the page that are its own
(spec: Project records, "the section (up to the next heading) whose heading names the project": a page
whose title line names one project is that project's section, its sub-headings included).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_context import Block, Group, LinkContext

# "Pakistan: X", "Ruritania - X", "Action Document for X": a country or a document's kind before the name of a
# page's project.
NAME_LINE_LEAD = re.compile(r"(?:[A-Z][^\W\d]*(?:[ '’-][^\W\d]+){0,2}(?::|\s[-–—])\s*|(?:[A-Z][^\W\d]*\s+){1,3}(?:for|of)\s+)?")


def sheet_project(context: LinkContext) -> Optional[Group]:
    """A page that opens its content with a line holding a project's name alone is that project's sheet."""
    span = _sheet_name(context)
    return context.owner(span) if span is not None else None


def _sheet_name(context: LinkContext) -> Optional[Span]:
    """The name line a one-project page opens with; mentions before it in navigation (a breadcrumb
    "Home » Programmes » XP", a menu row) do not count, a mention in prose before it does."""
    if "sheet" not in context.memo:
        found = None
        for span in context.project_spans:
            if _is_name_line(context, span) or _is_name_field(context, span):
                found = span
                break
            block = context.block_at(span.start_char)
            # (A running page header that repeats the name, outside every block, is passed over like navigation.)
            if block is not None and not _navigation(context, block):
                break
        context.memo["sheet"] = found
    return context.memo["sheet"]


def first_named(context: LinkContext) -> Optional[Span]:
    """The page's first project mention outside its navigation (a breadcrumb "Home > Funds > X > Projects")."""
    for span in context.project_spans:
        block = context.block_at(span.start_char)
        if block is None or not _navigation(context, block):
            return span
    return None


def _navigation(context: LinkContext, block: Block) -> bool:
    """"Home » Programmes » XP", "Home | Projects | XP": a line of links, not a title or a table row."""
    line = context.text[block.start : block.end]
    # (A breadcrumb may end on a record's number: "Home > Funds > X Fund > Projects > 0012345".)
    return len(block.lines) == 1 and len(re.findall(r"[»›>|/]", line)) >= 2 \
        and (not any(c.isdigit() for c in line) or len(re.findall(r"\s[»›>]\s", line)) >= 3)


def _is_name_line(context: LinkContext, span: Span) -> bool:
    block = context.block_at(span.start_char)
    # (A name line may carry a subtitle line under it: "X Programme (XP)" / "Water for dry-land farms", or a
    # kicker over it: "Lakeside Partners Consortium" / "X Programme (XP)".)
    # (Or both: "Ruritania" / "Programme de ... (PX)" / "Hill Farms Programme", a title and its translation.)
    if block is None or block.kind not in ("paragraph", "heading") or len(block.lines) > 3 or block.lines[0].marker:
        return False  # ("1. Ruritania: X Project" is the first of several numbered sections, no page's title)
    name_line = context.layout.line_at(span.start_char)
    kicker = block.lines[0]
    if name_line.index != kicker.index and (any(c.isdigit() for c in context.text[kicker.start : kicker.end])
                                            or context.spans_in(kicker.start, kicker.end)):
        return False
    line = context.text[name_line.content_start : name_line.end].strip()
    lead = line[: line.find(span.text)] if span.text in line else "x"
    under = [other for other in block.lines if other.index > name_line.index]
    translated = len(under) == 1 and _name_alone(context, under[0])
    # (Reference lines under the name may cite a cofinancier's grant by its acronym: "Grant 6642-XY (HWF)". Under a
    # name that a field's label opens, "Fund: X (XF)", such lines are the box's fields, one box of several.)
    country_lead = _country_lead(context, name_line, lead)
    referenced = len(block.lines) > 2 and (not lead.strip() or country_lead) and _reference_lines(context, under)
    named = context.projects_in(name_line.start, name_line.end) if translated or referenced \
        else context.projects_in(block.start, block.end)
    tail = line[len(lead) + len(span.text) :]
    return (len(block.lines) <= 2 or translated or referenced) and len(named) == 1 \
        and (bool(NAME_LINE_LEAD.fullmatch(lead)) or country_lead) \
        and (len(tail) <= 12 or bool(DOCUMENT_KIND_TAIL.fullmatch(tail)))


def _country_lead(context: LinkContext, line, lead: str) -> bool:
    """"Republic of Moldova: X Project": a country's name, however long, then a colon or a dash."""
    country = next((c for c in context.spans["COUNTRY"] if c.start_char == line.content_start), None)
    return country is not None and bool(re.fullmatch(r"\s*(?::|[-–—])\s*", lead[len(country.text) :]))


def _reference_lines(context: LinkContext, lines) -> bool:
    """"Loan 5516-XY · Grant 0738-XY" / "Report date: March 2031" under a name line: short lines of numbers and
    labelled values that identify the document, no prose."""
    texts = [context.text[line.content_start : line.end].strip() for line in lines]
    return bool(texts) and all(len(text.split()) <= 12 and not text.endswith(".") and any(c.isdigit() for c in text)
                               for text in texts)


# "X (XP) – Investment Design Summary", "X: Project Information Document": the kind of document the page is.
DOCUMENT_KIND_TAIL = re.compile(r"\s*[–—:|-]\s*[A-Z][^\W\d]*(?:\s+[A-Z][^\W\d]*){0,4}\s*")


def _name_alone(context: LinkContext, line) -> bool:
    """A line that holds one project's name and nothing else (a title's translation under it)."""
    named = context.spans_in(line.content_start, line.end)
    return len(named) == 1 and not context.text[line.content_start : named[0].start_char].strip() \
        and not context.text[named[0].end_char : line.end].strip()


# "Project name: X (XP)", "Title of the project: X": the label of a field that names the page's project.
# "Investment name ...... X": a printed box sets its values off by dot leaders instead of colons.
NAME_FIELD = re.compile(r"\s*(?:(?:project|programme|program|operation|investment|activity)(?:\s+(?:name|title))?|(?:name|title)"
                        r"(?:\s+of\s+the\s+(?:project|programme|program|operation))?)\s*(?::|\.{3,})\s*$", re.IGNORECASE)
FIELD_MARK = re.compile(r":|\.{3,}\s")


def _is_name_field(context: LinkContext, span: Span) -> bool:
    """"Country: Ruritania / Project name: X (XP) / Project code: ...": a box of labelled lines opening the page
    whose name field holds the project's name alone."""
    block = context.block_at(span.start_char)
    if block is None or block.kind not in ("paragraph", "record") or len(block.lines) < 2:
        return False
    line = context.layout.line_at(span.start_char)
    label = context.text[line.content_start : span.start_char]
    return bool(NAME_FIELD.fullmatch(label)) and not context.text[span.end_char : line.end].strip(" .;") \
        and all(FIELD_MARK.search(context.text[other.content_start : other.end]) for other in block.lines)


def record_under_heading(context: LinkContext, heading) -> Optional[Group]:
    """"[RECORD 14]" over "program_name: X / program_id: ..." and the fields below: a heading that names nothing, set
    over a record whose first field names a project, heads that project's section."""
    block = context.block_of_line.get(heading.index)
    after = context.blocks[block.index + 1] if block is not None and block.index + 1 < len(context.blocks) else None
    if after is None or after.kind != "record":
        return None
    first = after.lines[0]
    named = context.spans_in(first.content_start, first.end)
    label = context.text[first.content_start : named[0].start_char].replace("_", " ") if len(named) == 1 else ""
    return context.owner(named[0]) if NAME_FIELD.fullmatch(label) and not context.text[named[0].end_char : first.end].strip() \
        else None


def sheet_reference(context: LinkContext, block: Block, offset: int) -> Optional[Group]:
    """"3.2 Ruritania / The Ruritanian component of the programme receives ...": on a one-project page, a paragraph
    that names no project before offset and speaks of "the programme" speaks of the page's project."""
    if not context.project_spans or block.start < sheet_start(context):
        return None
    # Only where nothing else is named since the section's heading: after a name, "the programme" is that one.
    headings = context.headings_over(context.layout.line_at(block.start))
    section_start = headings[0].end if headings else sheet_start(context)
    # (A section whose heading is a project's name speaks of that one: "X Programme (XP)" over "Financed by ...".)
    if not headings or context.spans_in(section_start, offset) or holds_only_a_name(context, headings[0]):
        return None
    sentence = context.sentence_at(block, offset)
    if not any(len(m.group(0).split()) > 1 for m in context.back_reference.finditer(context.text, block.start, sentence[1])):
        return None
    return sheet_project(context)


def holds_only_a_name(context: LinkContext, line) -> bool:
    """A line that holds a project's name and nothing else ("2. X Programme (XP)", its number aside)."""
    text = context.text[line.content_start : line.end].rstrip()
    return any(span.start_char == line.content_start and span.end_char == line.content_start + len(text)
               for span in context.spans_in(line.content_start, line.end))


def sheet_start(context: LinkContext) -> int:
    span = _sheet_name(context)
    return span.start_char if span is not None else context.project_spans[0].start_char


# "Approval Date (as of board presentation): June 14, 2031", "Members' counterpart: UA 9.1 million": a label
# without a full stop, a colon and its value; or a label alone over the lines it heads ("Funding source (donors):").
BOX_LINE = re.compile(r"[A-Z][^:\n.]{0,90}:(?:\s+\S|\s*$)")
BOX_LABEL = re.compile(r"[A-Z][^\W\d]*(?: [^\W\d]+){0,2}")  # "Key data", "Fact box": a short label line
WORD = re.compile(r"[^\W\d_]+")
NUMBERED_PART = re.compile(r"[A-Z][a-z]+ \d{1,2}[a-z]?:")  # "Component 1:", "Output 2b:"


def in_page_section(context: LinkContext, block: Block) -> Optional[Group]:
    """The page's project, when block stands on its one-project page below the name line and no heading over
    it names a project (a heading that does starts that project's own section)."""
    sheet = sheet_project(context)
    if sheet is None or block.start <= sheet_start(context) or not _mostly_about(context, sheet):
        return None
    headings = context.headings_over(context.layout.line_at(block.start))
    if any(context.projects_in(h.start, h.end) for h in headings if h.start > sheet_start(context)):
        return None
    # ("Related activities" lists other pages' projects.)
    return None if _related_heading(context, headings[0] if headings else None) else sheet


def _mostly_about(context: LinkContext, sheet: Group) -> bool:
    """A one-project page names its project more often than all others together; a page that opens with one
    project's name and goes on to list many is a portfolio, whose unnamed parts are no one project's."""
    # (Its later phases and additional financing, "XP Additional Financing", "X – Phase II", are told of as its own.)
    names = [n.casefold() for n in (sheet.title, sheet.acronym) if n]
    own = sum(len(g.spans) for g in context.groups
              if g is sheet or any((other or "").casefold().startswith(n) for n in names for other in (g.title, g.acronym)))
    # (Names listed under "Related projects" at the page's foot are links to other pages.)
    listed = sum(1 for span in context.project_spans if _under_related_heading(context, span))
    return own * 2 >= len(context.project_spans) - listed


def _under_related_heading(context: LinkContext, span: Span) -> bool:
    return _related_heading(context, next(iter(context.headings_over(context.layout.line_at(span.start_char))), None))


def _related_heading(context: LinkContext, heading) -> bool:
    """"Related projects", "Other operations", "See also": a heading over links to other pages' projects."""
    return heading is not None and context.vocabulary.related_heading.search(context.text[heading.start : heading.end].lower()) is not None


# "1. Ruritania – UA 40 million", "– Approval: 3 May 2031", "Loan – $5 million": an item that opens with a fact
# or a short label, not with a name of its own (a grantee, a news story's headline).
ITEM_OPENING = re.compile(r"[^\W\d]+(?:[ '’/-][^\W\d]+){0,2}\s*[:–—-]\s")


def _opens_with_fact_or_label(context: LinkContext, block: Block) -> bool:
    start = block.lines[0].content_start
    facts = [s for label in ("COUNTRY", "MONEY", "DATE") for s in context.spans[label]
             if start <= s.start_char < block.end]
    if any(not context.text[start : s.start_char].strip(" \"“'") for s in facts):
        return True
    return bool(ITEM_OPENING.match(context.text, start)) and not context.text[start].isdigit()


# "Other open notices", "Related activities": a heading over what is not the page's own project.
OTHER_HEADING = re.compile(r"\s*(?:other|more|related)\b", re.IGNORECASE)


def under_document_list(context: LinkContext, block: Block) -> bool:
    """Whether block stands under a "Related news" / "Documents" heading, or one over "Other ..." entries: the
    page's links and other entries, not its project's facts."""
    heading = next(iter(context.headings_over(context.layout.line_at(block.start))), None)
    words = set(re.findall(r"[^\W\d_]+", context.text[heading.start : heading.end].lower())) if heading else set()
    return bool(words & context.vocabulary.document_list_headings) \
        or heading is not None and bool(OTHER_HEADING.match(context.text, heading.content_start))


def summary_box_owners(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """"Total cost: UA 90 million / Closing Date: May 3, 2031 / Country: Ruritania": a box of label-value lines on a
    one-project page is the page's project's (its key-value record), and also of a project its line names."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind != "paragraph" or len(block.lines) < 2:
        return None
    lines = [context.text[line.content_start : line.end] for line in block.lines]
    # ("Key data" set tight over the box is its label, when the box dates a project: "Start date: ...", not
    # "Key facts" over a lender's figures for the country.)
    if BOX_LABEL.fullmatch(lines[0].strip()) and len(lines) > 2 and any(
            set(WORD.findall(line.split(":")[0].lower())) & context.vocabulary.project_date_cues for line in lines[1:]):
        lines = lines[1:]
    # (So are the labels over the project's numbered parts: "Components" / "Name" / "Component 1: ... (Cost $4 M)".)
    labels = next((k for k, line in enumerate(lines) if not BOX_LABEL.fullmatch(line.strip())), len(lines))
    if 0 < labels <= 2 and len(lines) > labels + 1 and all(NUMBERED_PART.match(line) for line in lines[labels:]):
        lines = lines[labels:]
    if not all(BOX_LINE.match(line) for line in lines):
        return None
    sheet = in_page_section(context, block)
    if sheet is None:
        return None
    line = context.layout.line_at(fact.start_char)
    return [sheet] + [g for g in context.projects_in(line.start, line.end) if g is not sheet]


def subsection_item_owner(context: LinkContext, fact: Span, block: Block) -> Optional[Group]:
    """"Country components / 1. Ruritania – UA 40 million – signed 3 May 2031": a list set right under a sub-heading
    of a one-project page ("Financing", "Milestones", "Components"), its items naming no project, is the page's
    project's. A list under a results heading tells results, and one under a lead-in paragraph is that paragraph's;
    a date counts when its sentence says what it dates ("signed", "closing")."""
    if block.kind != "item" or context.projects_in(block.start, block.end):
        return None
    if fact.label_ == "DATE":
        sentence = context.text[slice(*context.sentence_at(block, fact.start_char))].lower()
        if not set(re.findall(r"[^\W\d_]+", sentence)) & context.vocabulary.project_date_cues:
            return None
    heading = next(iter(context.headings_over(context.layout.line_at(block.start))), None)
    if heading is None:
        return None
    words = set(re.findall(r"[^\W\d_]+", context.text[heading.start : heading.end].lower()))
    first = next(b for b in context.blocks if b.kind == "item" and b.index <= block.index
                 and all(x.kind == "item" for x in context.blocks[b.index : block.index + 1]))
    above = context.blocks[first.index - 1] if first.index > 0 else None
    if above is None or above.kind != "heading" or words & context.vocabulary.results_headings \
            or under_document_list(context, block) or not _opens_with_fact_or_label(context, block):
        return None
    return in_page_section(context, block)
