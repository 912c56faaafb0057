"""Names in database exports: the column of a delimited table whose field name says project
(`purpose_project`, `projectTitle`, `Programme_Name`), row after row, and the earlier phase a
`... - Phase 2` title implies when the text names it alone.

Plain headers ("Project", "Project title") are table_names' (rules/projects.json lists them);
exports write their field names in snake or camel case, with qualifiers around the project word.
"""

from __future__ import annotations

import re

from ..span_lists import span_text
from .context import DetectionContext
from .item_names import whole_item

# The word that makes a field a project's name, and the qualifiers that keep it one ("project_id",
# "project_start" or "project_country" hold something else).
# A grants export's "grant_title" names the funded activity as a project export's "project_title" does.
FIELD_PROJECT_WORDS = frozenset({"project", "projects", "programme", "program", "activity", "initiative", "grant"})
FIELD_NAME_QUALIFIERS = frozenset({"purpose", "name", "title", "full", "official", "short", "english", "of", "the"})
TOTAL_WORDS = frozenset({"total", "subtotal", "sum", "totals"})
# A row of costs rather than of an activity: "Administrative costs", "Evaluation and audit fees".
COST_WORDS = frozenset({"cost", "costs", "expenses", "overheads", "fees", "contingencies"})


def is_summary_row(value: str) -> bool:
    """A row's name cell that sums or charges rather than names: "Total", "Subtotal Asia", "Support costs"."""
    words = value.lower().split()
    return not words or words[0] in TOTAL_WORDS or words[-1] in COST_WORDS


def field_words(field: str) -> list[str]:
    """"purpose_project" -> ["purpose", "project"]; "projectTitle" -> ["project", "title"]."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", field)
    return [word for word in re.split(r"[^A-Za-z]+", spaced.lower()) if word]


def is_name_field(field: str) -> bool:
    words = set(field_words(field))
    # "Grant: USD 2 million" states an amount: a grant field names an activity only as its title or name.
    if words & FIELD_PROJECT_WORDS == {"grant"} and not words & {"title", "name"}:
        return False
    return bool(words & FIELD_PROJECT_WORDS) and words <= FIELD_PROJECT_WORDS | FIELD_NAME_QUALIFIERS


def _text(ctx: DetectionContext, cell: tuple[int, int]) -> str:
    return ctx.layout.text[cell[0] : cell[1]].strip(" \t|")


def _header(ctx: DetectionContext, line):
    index = line.index
    lines = ctx.layout.lines
    while index > 0 and lines[index - 1].kind == "row" and lines[index - 1].cells:
        index -= 1
    return lines[index]


def export_columns(ctx: DetectionContext) -> None:
    """Each row's cell under a field named like `purpose_project` names that row's project; a cell that
    opens with a capitals acronym and goes on in lower case ("ABC scale-up to ...") names the acronym."""
    for line in ctx.layout.lines:
        if line.kind != "row" or line.key_value or len(line.cells) < 3:
            continue
        header = _header(ctx, line)
        if header is line or len(header.cells) != len(line.cells):
            continue
        names = [_text(ctx, cell) for cell in header.cells]
        # A header the plain table finders read is theirs.
        column = next((k for k, name in enumerate(names) if is_name_field(name)
                       and name.lower().rstrip(":") not in ctx.vocab.table_headers), None)
        if column is None:
            continue
        start_char, end_char = line.cells[column]
        value = _text(ctx, line.cells[column])
        if is_summary_row(value):
            continue
        tokens = ctx.token_range(start_char, end_char)
        if tokens and tokens[1] - tokens[0] >= 2 and ctx.is_acronym_word(tokens[0]) \
                and ctx.texts[tokens[0] + 1][:1].islower():
            ctx.add(tokens[0], tokens[0] + 1, "acronym-item")
            continue
        whole_item(ctx, start_char, end_char, "project-table", cut_commentary=True, cut_after_acronym=False)


PHASE_SUFFIX = re.compile(r"^(?P<base>.+?)\s*(?:[-–—,]\s*)?\b(?P<phase>[A-Za-z-]+)\s+(?P<number>\d{1,2}|[IVX]{1,5})$")
# "Njia Njema II": a coined name's numeral alone.
NUMERAL_SUFFIX = re.compile(r"^(?P<base>.+?)(?P<phase>)\s+(?P<number>[IVX]{1,5})$")


def _ends_in_number(text: str) -> bool:
    """Whether text ends (before a last line break, as $ reads it) with a digit or a Roman numeral's letter, as a
    name matching PHASE_SUFFIX or NUMERAL_SUFFIX does."""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last.isdecimal() or last in ("I", "V", "X")


def _acronym_follows(ctx: DetectionContext, i: int) -> bool:
    return ctx.texts[i] == "(" and i + 2 < len(ctx.texts) and ctx.is_acronym_word(i + 1) and ctx.texts[i + 2] == ")"


def earlier_phases(ctx: DetectionContext) -> None:
    """"Coastal Works - Phase 2" found: "Coastal Works" written alone elsewhere names the programme
    (its earlier phase), a project mention too."""
    bases: set[tuple[str, ...]] = set()
    for span in list(ctx.found):
        text = span_text(span)  # (sliced from the source: Span.text builds a Token per word)
        if not _ends_in_number(text):
            continue  # (neither suffix can match: most names end otherwise)
        match = PHASE_SUFFIX.match(text)
        if match is None or match["phase"].lower() not in ctx.vocab.phase_words:
            match = NUMERAL_SUFFIX.match(text) if span.id_ == "coined-phase" else None
        if match is None:
            continue
        base = ctx.doc.char_span(span.start_char, span.start_char + len(match["base"]), alignment_mode="contract")
        if base is not None and ctx.content_words(base.start, base.end) >= 2:
            bases.add(tuple(text for text in ctx.texts[base.start : base.end] if not text.isspace()))
    for key in sorted(bases, key=len, reverse=True):
        for i in ctx.positions.get(key[0], []):
            end = i + len(key)
            # Not the start of a longer title ("Coastal Works Extension", "Coastal Works (CW)").
            if tuple(ctx.texts[i:end]) == key and ctx.is_free(i, end) \
                    and not (end < len(ctx.texts) and (ctx.texts[end][:1].isupper() or _acronym_follows(ctx, end))):
                ctx.add(i, end, "title-mention")
