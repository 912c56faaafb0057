"""Sections: which project a heading, a run-in title, a table's lead-in or a one-project page gives its
facts to (spec: Project records, "the section (up to the next heading) whose heading names the project").

Used by the named_section and list_lead_in rules (pipeline.projects.link_rules, link_lead_ins), and by owners_of, which
adds a fact's section project to the project a sentence gave it.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from ..initials import initial_phrases
from ..layout import Line
from .link_clauses import ends_in_word, fact_sentence, sentence_has
from .link_context import Block, Group, LinkContext
from .link_sheet import record_under_heading, sheet_project, sheet_start, subsection_item_owner, under_document_list


# "Chad – X": a tag of up to four words, without figures, and a dash or bar before a card's name (not "Title:").
TAG_BEFORE = re.compile(r"[^\W\d]+(?:[ '’.-][^\W\d]+){0,3}\s*[–—|]")
LABELLED_LINE = re.compile(r"[A-Z][^\W\d]*(?:\s*/?\s*[^\W\d]+){0,3}\s*:\s+\S")  # "Periodo / Period: ...", "Country: ..."
# A field naming where a record's money comes from ("Source of funding:", "Funded by:", "Funder:").
SOURCE_LABEL = re.compile(r"(?:Funding\s+source|Sources?\s+of\s+(?:funds|funding)|Funded\s+by|Financed\s+by|"
                          r"Financing\s+source|Donors?|Funders?)\s*:", re.IGNORECASE)
FIELD_LINE = re.compile(r"[A-Z][\w-]*(?: [\w-]+)?\s+\w{1,4}:\s+\S")  # "Component 1: ...", "Output 2b: ..."


# "X has three windows:", "The fund comprises four components:": a lead-in over the parts of its project; each part's
# facts are its own, not the whole's (money a fund passes on to the projects it lists is both's).
PARTS_LEAD_IN = re.compile(r"\b(?:has|have|comprises|comprise|consists of|is made up of|is divided into)\s+(?:\w+\s+){0,2}"
                           r"(?:windows|components|pillars|sub-funds|strands|parts|lots|facilities|sub-programmes)\s*:$",
                           re.IGNORECASE)


def section_project(context: LinkContext, fact: Span) -> Optional[Group]:
    """The project whose section the fact stands in: a run-in title, a list's or table's lead-in, a heading
    over it, or the name line of a one-project page."""
    line = context.layout.line_at(fact.start_char)
    block = context.block_at(fact.start_char)  # (the line's block)
    # (All but a page's item owner follow from the fact's line alone, and the facts of a line are many: read once per line.)
    over = _memo(context, ("section over line", line.index), lambda: _over_line(context, line, block))
    if over is not None:
        return over
    page_item = subsection_item_owner(context, fact, block) if block is not None else None
    if page_item is not None:
        return page_item
    return _memo(context, ("sheet section", line.index), lambda: _sheet_section(context, block))


def _memo(context: LinkContext, key: tuple, read):
    if key not in context.memo:
        context.memo[key] = read()
    return context.memo[key]


def _over_line(context: LinkContext, line: Line, block: Optional[Block]) -> Optional[Group]:
    """The project a run-in title, a card, a lead-in or a heading over the line gives it; None when none does."""
    run_in = run_in_heading(context, block) if block is not None else None
    if run_in is not None:
        return run_in
    card = card_project(context, block) if block is not None and block.kind in ("paragraph", "row", "record") else None
    if card is not None:
        return card
    lead_owner = lead_in_owner(context, block) if block is not None else None
    if lead_owner is not None:
        return lead_owner
    # "The programme also raised:" over items (or unmarked "Part 1: ..." lines) that name no project: the project
    # it refers to.
    unmarked = block is not None and block.kind == "paragraph" and block.index > 0 and len(block.lines) >= 2 \
        and all(FIELD_LINE.match(context.text[line.content_start : line.end]) for line in block.lines)
    if block is not None and (block.kind == "item" or unmarked):
        lead_in = lead_in_of(context, block) if block.kind == "item" else context.blocks[block.index - 1]
        if lead_in is not None and lead_in.kind == "paragraph" \
                and context.text[lead_in.start : lead_in.end].rstrip().endswith(":"):
            last = lead_in.sentences[-1]
            if context.back_reference.search(context.text[slice(*last)]):
                topic = context.topic_before(lead_in, last[0])
                if topic is not None:
                    return topic
    for k, heading in enumerate(context.headings_over(line)):
        # (Only the section's own heading takes in the heading lines stacked over it.)
        named = context.projects_in(*_stacked_heading(context, heading)) if k == 0 \
            else context.projects_in(heading.start, heading.end)
        if named:
            return named[0]
        # (Only the section's records: prose after them, a summary, is no one record's.)
        if k == 0 and block is not None and block.kind == "record" \
                and (record := record_under_heading(context, heading)) is not None:
            return record
    return None


def _sheet_section(context: LinkContext, block: Optional[Block]) -> Optional[Group]:
    """The project of a one-project sheet, for a table or key facts in it."""
    if block is not None and (block.kind == "row" or is_key_facts(context, block)) and context.title_end < block.start \
            and not under_document_list(context, block):
        # A table or key facts in a one-project sheet: the project of the document's title,
        # or of the name line the page opens with.
        # (A site's banner row, "Pooled Funds | Ruritania Fund (RF)", names the site's section, not the page's title.)
        named = [context.owner(s) for s in context.spans_in(0, context.title_end) if not _banner(context, s)]
        sheet = sheet_project(context)
        return named[0] if named else sheet if sheet is not None and sheet_start(context) < block.start else None
    return None


def _stacked_heading(context: LinkContext, heading) -> tuple[int, int]:
    """A title page's heading blocks set tight ("OSTERLICH" / "HILL ROADS PROJECT" over "Project ID: P1234"):
    one heading, from the first block's start to the heading line itself."""
    block = context.block_of_line.get(heading.index)
    if block is None:
        return heading.start, heading.end
    first = block
    while first.index > 0:
        above = context.blocks[first.index - 1]
        if above.kind != "heading" or above.lines[-1].index + 1 != first.lines[0].index:
            break
        first = above
    return first.start, heading.end


def _banner(context: LinkContext, span: Span) -> bool:
    """"Pooled Funds | Ruritania Fund (RF)": a bar of links heading a site's pages names the site's section."""
    line = context.layout.line_at(span.start_char)
    return line.kind == "row" and " | " in context.text[line.start : line.end]


def lead_in_owner(context: LinkContext, block: Block) -> Optional[Group]:
    """The project the lead-in of a list or table names ("Window 1 – Coastal Works" over its items), if one does."""
    if block.kind not in ("row", "item"):
        return None
    lead_in = lead_in_of(context, block)
    # Prose that ends without a colon does not lead in to the list after it: it is the paragraph before it.
    lead = context.text[lead_in.start : lead_in.end].rstrip() if lead_in is not None else ""
    # ("Funder: Eastland Council, Global Hubs Programme" over "Award: ... | ..." rows: the funder's field leads in nothing.)
    leads = lead_in is not None and (lead_in.kind != "paragraph" or lead.endswith(":")
                                     or len(lead_in.lines) == 1 and not lead.endswith(".")) and not SOURCE_LABEL.match(lead)
    if leads and context.projects_in(lead_in.start, lead_in.end) and not PARTS_LEAD_IN.search(lead):
        return context.projects_in(lead_in.start, lead_in.end)[0]
    return None


def entry_project(context: LinkContext, block: Block) -> Optional[Group]:
    """"18 May 2031 | Water | Ruritania" opening an entry of a listing (rule lines around each entry): the
    tag row gives its country to the project the entry names first."""
    fences = context.rules
    line = block.lines[0].index
    above = [i for i in fences if i < line]
    if block.kind != "row" or not above or any(b.kind != "row" for b in context.blocks if above[-1] < b.lines[0].index < line):
        return None
    below = next((i for i in fences if i > line), None)
    entry_end = context.layout.lines[below].start if below is not None else len(context.text)
    named = context.projects_in(block.end, entry_end)
    return named[0] if named else None


def is_key_facts(context: LinkContext, block: Block) -> bool:
    """"Status / Active / Country / Ruritania ...": label and value lines, no prose."""
    if block.kind == "record":
        return True  # aligned "Label:   value" lines are key facts by their shape
    lines = [context.text[line.content_start : line.end].strip() for line in block.lines]
    # (A line without a colon is no labelled line: asked first, it spares the regex its backtracking on prose.)
    if block.kind == "paragraph" and len(lines) >= 2 and all(":" in line and LABELLED_LINE.match(line) for line in lines):
        return True  # "Period: 03/2031 - 09/2034" / "Country: Ruritania (two districts)": labelled lines
    return block.kind in ("paragraph", "record") and len(lines) >= 4 and not any(line.endswith(".") for line in lines) \
        and sum(len(line.split()) <= 4 for line in lines) * 2 >= len(lines)


def card_project(context: LinkContext, block: Block) -> Optional[Group]:
    """A project card: lines set tight (no blank line) under a name line, a line that opens with a project's
    name and adds at most a short tag ("X (XYZ) – Honduras", "X – project number P-123", "Honduras – X"), no sentence.
    "X Project / Lao PDR | 2023-2027 | USD 9 million / Phase 3 widens ...": every block of the card is X's."""
    first = block
    for earlier in reversed(context.blocks[max(0, block.index - 3) : block.index]):  # a card is a few blocks long
        if earlier.lines[-1].index + 1 != first.lines[0].index or earlier.kind == "heading":
            break
        first = earlier
    if not (first.kind == "paragraph" or _name_item(context, first)) \
            or first is block and len(block.lines) < 2 and block.kind == "paragraph":
        return None
    line = _card_name_line(context, first)
    named = context.spans_in(line.content_start, line.end)
    lead = context.text[line.content_start : named[0].start_char].strip(" \"“”'") if named else ""
    if not named or lead and not (TAG_BEFORE.fullmatch(lead) and named[0].end_char >= line.end - 1):
        return None  # "Ruritania – Meadow Wells Scheme": a short tag before the name, if nothing follows it
    tag = context.text[named[0].end_char : line.end].strip().lstrip("\"”'’").strip()  # a quoted title's closing mark
    # ("Campos Vivos (Living Fields)": a translation or acronym in parentheses is a tag too.)
    parenthesized = tag.startswith("(") and tag.endswith(")") and tag.count("(") == 1 and len(tag.split()) <= 5
    if tag and not parenthesized and not (tag[0] in "–—-|:" and len(tag.split()) <= 5 and not tag.endswith((".", ",", ";"))):
        return None
    return context.owner(named[0])


def _name_item(context: LinkContext, block: Block) -> bool:
    """"1. Hill Roads Programme, Phase II" alone after a blank line, with its fields and prose set tight under it:
    a numbered entry's name line, the head of its card (a tight list's items are not: the line before them is one)."""
    line = block.lines[0]
    return block.kind == "item" and len(block.lines) == 1 and block is not context.blocks[-1] \
        and (line.index == 0 or context.layout.lines[line.index - 1].kind == "blank")


def _card_name_line(context: LinkContext, first: Block):
    """The card's name line: its first line, or the second under a short line that names no project and holds
    no figure (the grantee over a grant's title: "Ruritania Wells Trust" / "\"Water for Dry Farms\"")."""
    line = first.lines[0]
    text = context.text[line.content_start : line.end]
    if len(first.lines) >= 2 and not context.spans_in(line.content_start, line.end) \
            and not any(c.isdigit() for c in text) and len(text.split()) <= 6:
        return first.lines[1]
    return line


def run_in_heading(context: LinkContext, block: Block) -> Optional[Group]:
    """"Rural Roads Project. About 300 km of tracks ...": a paragraph that opens with a name alone is that project's."""
    if block.kind != "paragraph" or len(block.sentences) < 2:
        return None
    start, end = block.sentences[0]
    named = context.spans_in(start, end)
    if len(named) == 1 and not context.text[start : named[0].start_char].strip() \
            and context.text[named[0].end_char : end].strip() in ("", ".", ":"):
        return context.owner(named[0])
    return None


def lead_in_of(context: LinkContext, block: Block) -> Optional[Block]:
    """The paragraph or heading that introduces the list or table block belongs to.

    A one-line paragraph set tight between rows is a row the layout did not recognize
    (a label too long for its dot leader), not the lead-in. Found once per block: every fact of a table asks.
    """
    key = ("lead-in", block.index)
    if key not in context.memo:
        context.memo[key] = _lead_in(context, block)
    return context.memo[key]


def _lead_in(context: LinkContext, block: Block) -> Optional[Block]:
    following = block
    for earlier in reversed(context.blocks[: block.index]):
        # ("Related stories", a project's name: a line without a figure over the list is its lead-in, not a row.)
        tight = earlier.kind == "paragraph" and following.kind == "row" and len(earlier.lines) == 1 \
            and earlier.lines[0].index + 1 == following.lines[0].index \
            and not context.text[earlier.start : earlier.end].rstrip().endswith(":") \
            and any(c.isdigit() for c in context.text[earlier.start : earlier.end]) \
            and not _name_line_over_row(context, earlier, following)
        if earlier.kind == "item" and following.kind == "item" and _sub_heading(context, earlier, following):
            return earlier
        if earlier.kind in ("row", "item") or earlier.kind == "paragraph" and tight:
            following = earlier
            continue
        return earlier
    return None


def _name_line_over_row(context: LinkContext, line_block: Block, following: Block) -> bool:
    """"Clean Kilns, Phase 2" after a blank line, over "Westmark | 2023-2027 | USD 9 million": a card's name
    heads its row; it is no row of a table the layout missed."""
    previous = context.blocks[line_block.index - 1] if line_block.index > 0 else None
    after_blank = previous is None or previous.lines[-1].index + 1 < line_block.lines[0].index
    return after_blank and following.kind == "row" and bool(context.projects_in(line_block.start, line_block.end))


def _sub_heading(context: LinkContext, item: Block, following: Block) -> bool:
    """"3. Energy" over "• X – ..." items: a short numbered label without a figure or a stop, over items of
    another marker, heads them like a heading; the paragraph above it is not their lead-in."""
    text = context.text[item.start : item.end].strip()
    label = text[len(item.lines[0].marker):].strip() if text.startswith(item.lines[0].marker) else text
    return len(item.lines) == 1 and item.lines[0].marker[:1].isdigit() and following.lines[0].marker != "" \
        and not following.lines[0].marker[:1].isdigit() and len(label.split()) <= 5 \
        and not context.money_tokens & set(range(*_token_range(context, item))) and not label.endswith((".", ":", ";", ","))


def sub_list(context: LinkContext, item: Block) -> list[Block]:
    """"4. Pipeline for 2032" over "- X ..." items at its own depth: a numbered one-line label without an amount
    heads the items of another marker that follow it."""
    line = item.lines[0]
    label = context.text[line.content_start : item.end].strip()
    if len(item.lines) != 1 or not line.marker[:1].isdigit() or len(label.split()) > 8 \
            or label.endswith((".", ":", ";", ",")) or context.money_tokens & set(range(*_token_range(context, item))):
        return []
    listed = []
    for following in context.blocks[item.index + 1 :]:
        if following.kind != "item" or following.lines[0].marker[:1].isdigit() or not following.lines[0].marker:
            break
        listed.append(following)
    return listed


def _token_range(context: LinkContext, block: Block) -> tuple[int, int]:
    span = context.doc.char_span(block.start, block.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


# "Table 1.", "Cuadro 2:", "Tableau 3 –", "Quadro 4.": a caption's label.
CAPTION_LABEL = re.compile(r"\s*(?i:table|tabla|cuadro|tableau|quadro|tabela)\s+\d{1,2}[a-z]?\s*[.:–-]")


def is_caption(context: LinkContext, block: Block) -> bool:
    """"Table 2: Commitments approved in 2024" set tight over a table is its caption, a lead-in; so is a line that
    says it is one ("Cuadro 4. Cartera activa en Honduras") a blank line above the table."""
    following = context.blocks[block.index + 1] if block.index + 1 < len(context.blocks) else None
    if len(block.lines) != 1 or following is None or following.kind != "row":
        return False
    gap = following.lines[0].index - block.lines[0].index
    return gap == 1 or gap == 2 and CAPTION_LABEL.match(context.text, block.start) is not None


def section_blocks(context: LinkContext, heading: Block) -> list[Block]:
    found = []
    for block in context.blocks[heading.index + 1 :]:
        if block.kind == "heading":
            break
        found.append(block)
    return found


def succeeds(later: Group, earlier: Group) -> bool:
    """"ABC in Ruritania" after "ABC", "Road Project II" after "Road Project": later extends earlier's name.

    The section of a successor tells of its predecessor too; those facts stay the predecessor's.
    """
    for mine, theirs in ((later.acronym or later.title, earlier.acronym or earlier.title), (later.title, earlier.title)):
        if mine and theirs and len(mine) > len(theirs) and mine.casefold().startswith(theirs.casefold()) \
                and not mine[len(theirs)].isalnum():
            return True
    # "ABC II" after "ABC I", "X – phase 3" after "X Phase 2": the same name with a later phase number.
    for mine, theirs in ((later.acronym, earlier.acronym), (later.title, earlier.title)):
        mine_phase, theirs_phase = _phase(mine), _phase(theirs)
        if mine_phase and theirs_phase and mine_phase[0] == theirs_phase[0] and mine_phase[1] > theirs_phase[1]:
            return True
    return False


PHASE_SUFFIX = re.compile(r"^(.*?)[\s,–—-]*(?:\b(?:phase|fase|tranche|stage)\s*)?[-\s]([IVX]+|[1-9])\s*$", re.IGNORECASE)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _phase(name: Optional[str]) -> Optional[tuple[str, int]]:
    """("abc", 2) for "ABC II" or "ABC – phase 2": the name without its phase, and the phase's number."""
    match = PHASE_SUFFIX.match(name or "")
    if match is None or not match.group(1).strip():
        return None
    number = match.group(2).upper()
    value = int(number) if number.isdigit() else ROMAN.get(number)
    return (match.group(1).strip().casefold(), value) if value else None


# "Phase 2", "CLLT-2", "Phase II", "Project III": a name that says it is a later phase.
LATER_PHASE = re.compile(r"(?:\b(?:phase|fase|tranche|stage)\s*|[-\s])(?:II|III|IV|V|VI|[2-9])\s*$", re.IGNORECASE)
# "The first phase (2020) cost $3 million", "follows a first phase (2024–2029)", "Phase I (2024–2029) cost £27m".
# (Written to skip to its first letters, see pipeline.initials: r"\b(?:(?:first|previous|...)\s+(?:phases?|...)|phase\s+
# (?:I|1|one)|predecessor)\b", any case.)
PREDECESSOR = initial_phrases([rf"{word}\s+(?:phases?|stages?|programmes?|programs?|projects?|tranches?)"
                               for word in ("first", "previous", "earlier", "preceding", "former", "initial", "prior", "original")]
                              + [r"phase\s+(?:I|1|one)", "predecessor"]
                              # ("La primera fase (2012-2015) costó ...": French, Spanish and Portuguese first phases.)
                              + [r"primeira\s+fase", r"primera\s+fase", r"premi[eè]re\s+phase", r"fase\s+anterior",
                                 r"phase\s+pr[ée]c[ée]dente"], r"\b", ignore_case=True)

BUILDS_ON = initial_phrases([r"buil(?:ds|ding|t) on", r"follow(?:s|ing) on from", r"succeed(?:s|ing)", r"replac(?:es|ing)"],
                            r"\s+(?:the\s+)?(?=[A-Z])")


def later_phase(group: Group) -> bool:
    return any(name and LATER_PHASE.search(name) for name in (group.title, group.acronym))


def about_predecessor(context: LinkContext, fact: Span) -> bool:
    """Whether the fact is told of an earlier phase: in a parenthesis right after "the first phase", or in a
    clause whose subject is one ("The first phase (2030) cost $2.7 million", "A first programme of this type,
    X I, closed in 2019"). A later phase's record does not take those facts, nor does its section."""
    found = fact_sentence(context, fact)
    if found is None:
        return False
    start, end = found[1]
    if fact.start_char <= end and not ends_in_word(context.text, fact.start_char) \
            and not sentence_has(context, BUILDS_ON, found[1]) and not sentence_has(context, PREDECESSOR, found[1]):
        return False  # (most sentences name no earlier phase: each pattern searched once per sentence, not per fact)
    before = context.text[start : fact.start_char]
    # The clause the fact stands in: after the last semicolon, colon or table cell border.
    clause_start = max(before.rfind(";"), before.rfind(":"), before.rfind("|")) + 1
    # "building on the X Programme (XP), which ran from 2014 to 2020": a fact told on the predecessor's name.
    built_on = BUILDS_ON.search(before)
    if built_on and context.spans_in(start + built_on.end(), fact.start_char) \
            and not re.search(r"[;:]", before[built_on.end() :]):
        return True
    for match in PREDECESSOR.finditer(before, clause_start):
        between = before[match.end() :]
        opens_clause = not re.sub(r"(?i)\b(?:the|a|an|its|their|la|le|el|o|sa|su|sua)\b", "", before[clause_start : match.start()]).strip(" ,")
        # (A name after the phrase is the earlier phase's own: "A first programme of this type, X I, closed in 2019".)
        if opens_clause or re.fullmatch(r"\s*\([^()]*", between) and not context.spans_in(start + match.end(), fact.start_char):
            return True
    return False
