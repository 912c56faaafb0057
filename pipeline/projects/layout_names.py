"""Names the layout introduces: items of a project list, first cells of a projects table,
the value of a `Project:` field, and numbered title-case headings.
"""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from .boundaries import CLOSING_PUNCT, ROMAN, settle
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, acceptable, rejection

TOTAL_ROWS = {"total", "subtotal", "sum", "totals"}


def _name_part_follows(ctx: DetectionContext, rest: str, rest_start: int) -> bool:
    """After a spaced dash: a phase ("Phase 3") or a title-case subtitle ending the item or
    followed by another dash is still the name; anything else is the item's commentary."""
    segment = re.split(r"\s[–—-]\s|[;:,.(]", rest, maxsplit=1)[0].strip()
    words = segment.split()
    if not words or any(c.isdigit() for c in words[0]) or words[0].isupper():
        return False
    # "Safe Harbours Eastland – Eastland. $2 million": a country after the dash says where, not what.
    begin = rest_start + rest.find(segment)
    tokens = ctx.token_range(begin, begin + len(segment))
    if tokens and tokens[0] < tokens[1] and ctx.is_place(ctx.doc[tokens[0] : tokens[1]]):
        return False
    if words[0].lower() in ctx.vocab.phase_words and len(words) <= 2:
        return True
    capitalized = [w for w in words if w[:1].isupper()]
    return len(capitalized) >= 2 and all(w[:1].isupper() or w.lower() in ctx.vocab.function_words for w in words)


def _function_word_follows(ctx: DetectionContext, rest: str) -> bool:
    """"Corridors 3, 4, and 7": a comma before "and" lists parts of the name."""
    word = rest.split(maxsplit=1)[0] if rest.split() else ""
    return word.islower() and word in ctx.vocab.function_words


def _facts_after_commas(ctx: DetectionContext, start_char: int, text: str) -> list[int]:
    """"Coastal Fodder Initiative, Ruritania (2018-2021)", "..., USD 2 million": a country, an amount or a
    date after a comma says where, how much or when, not what."""
    stops = []
    for m in re.finditer(r",\s+(?P<place>[^,;()–—]+?)\s*(?=[,;(–—]|$)", text):
        tokens = ctx.token_range(start_char + m.start("place"), start_char + m.end("place"))
        if tokens is None or tokens[0] >= tokens[1]:
            continue
        if ctx.is_place(ctx.doc[tokens[0] : tokens[1]]) or tokens[0] in ctx.money_tokens \
                or ctx.has_date(start_char + m.start("place"), start_char + m.end("place")):
            stops.append(m.start())
    return stops


def whole_item(ctx: DetectionContext, start_char: int, end_char: int, rule: str, cut_commentary: bool = False,
               cut_after_acronym: bool = True) -> None:
    """The text of a list item or table cell, as one name."""
    text = ctx.layout.text[start_char:end_char]
    quoted = re.match(r"\s*[“\"](?P<name>[^”\"]+)[”\"]", text)
    if quoted:
        # A quoted name ends at its closing quote; quotes are outside the span (spec).
        start_char, end_char = start_char + quoted.start("name"), start_char + quoted.end("name")
        text = quoted["name"]
    if cut_commentary:
        # The name ends where the item's own commentary starts: " – approved in 2006", "; and",
        # ": funds ...", ", the ... programme", or right after its "(ACRONYM)".
        stops = [m.start() for m in re.finditer(r"\s[–—-]\s|;|\s\|\s|,\s(?=[a-z])|:\s+(?![A-Z][a-z])", text)
                 if not _name_part_follows(ctx, text[m.end():], start_char + m.end())
                 and not (m.group().startswith(",") and _function_word_follows(ctx, text[m.end():]))]
        stops += _facts_after_commas(ctx, start_char, text)
        acronym = next((m for m in re.finditer(r"\(\s*([^()]+?)\s*\)", text) if looks_like_acronym(m.group(1))), None)
        if acronym and cut_after_acronym:
            stops.append(acronym.end())
        if stops:
            end_char = start_char + min(stops)
    # A closing parenthesis that is not an acronym ("(2020–2022)", "(P123456)") is outside the name (spec).
    trailing = re.search(r"\s*\(\s*([^()]+?)\s*\)\s*$", ctx.layout.text[start_char:end_char])
    if trailing and not looks_like_acronym(trailing.group(1)):
        end_char = start_char + trailing.start()
    tokens = ctx.token_range(start_char, end_char)
    if tokens is None:
        return
    start, end = tokens
    while end > start and ctx.texts[end - 1] in CLOSING_PUNCT - {")"}:
        end -= 1
    while start < end and ctx.texts[start] in {"“", "\"", "‘", "'"}:
        start += 1
    start = _after_place_label(ctx, start, end)
    start, end = settle(ctx, start, end)
    if start < end and _acronym_item(ctx, start, end):
        return
    # A list item that starts in lower case is a sentence ("reach 40,000 farmers"), not a name.
    if start >= end or ctx.doc[start].is_lower or ctx.content_words(start, end) < 2 or _described(ctx, start, end):
        return
    if rejection(ctx, start, end, ITEM_REJECTIONS) is None:
        ctx.add(start, end, rule)


def _after_place_label(ctx: DetectionContext, start: int, end: int) -> int:
    """"Ruritania – Coastal Works": a country labelling the item is not part of its name."""
    for k in range(start + 1, min(start + 5, end - 1)):
        if ctx.texts[k] in {"–", "—", ":"} or (ctx.texts[k] == "-" and ctx.doc[k - 1].whitespace_):
            return k + 1 if ctx.is_place(ctx.doc[start:k]) else start
    return start


def _acronym_item(ctx: DetectionContext, start: int, end: int) -> bool:
    """"ABC III", "ABC-II", "ABC exit phase": an item named by its acronym alone (title null); a
    lowercase tail is the item's own wording. Returns whether the item was taken so."""
    if not ctx.is_acronym_word(start) or ctx.texts[start] in ctx.organization_acronyms:
        return False
    stop = start + 1
    while stop < end and (ROMAN.match(ctx.texts[stop]) or ctx.texts[stop] in {"-", "–"} or ctx.texts[stop].isdigit()):
        stop += 1
    # "EN | FR | SW": two capitals alone are a language or country code, not a project.
    if stop == start + 1 and len(ctx.texts[start]) < 3:
        return False
    if stop < end and not all(ctx.texts[k].islower() for k in range(stop, end)):
        return False
    return ctx.add(start, stop, "acronym-item") is not None


def _described(ctx: DetectionContext, start: int, end: int) -> bool:
    """"Small island states": an item in sentence case describes, unless it carries an acronym or opens
    like a title ("Improving river transport ...", "Projet d'appui à ...")."""
    words = [k for k in range(start, end) if ctx.texts[k].isalpha() and not ctx.is_function(k)]
    lower = sum(ctx.texts[k].islower() for k in words)
    # "Support to tax collection through the Revenue Authority (RA)": the acronym is a body's; the item
    # describes the support.
    paren = next((k for k in range(start + 1, end) if ctx.texts[k] == "("), None)
    if paren is not None and ctx.texts[paren - 1] in ctx.vocab.organization_heads and lower >= 2:
        return True
    if lower * 2 <= len(words) or paren is not None:
        return False
    first = ctx.texts[start]
    return not (first.lower() in ctx.vocab.title_verbs or first in ctx.vocab.foreign_heads or first in ctx.vocab.project_heads)


GLOSSARY_ENTRY = re.compile(r"^\s*(?P<acronym>[A-Z][A-Za-z0-9&/\-]{1,11})(?:\t+|\s{2,}|\s+[–—-]\s+|\s*:\s+)(?P<long>[A-Z][^\t]*)$")
GLOSSARY_MIN_LINES = 3  # a glossary line has two fields; a row of more cells is a table's


def skip_glossaries(ctx: DetectionContext) -> None:
    """Acronym glossaries of PDF reports ("RWSP    Rural Water Supply Program", line after line)
    are page furniture, not mentions: their tokens are set aside before any finder runs."""
    block: list = []
    for line in ctx.layout.lines + [None]:
        match = line is not None and GLOSSARY_ENTRY.match(ctx.layout.text[line.start : line.end])
        if match and looks_like_acronym(match["acronym"]):
            block.append(line)
            continue
        if len(block) >= GLOSSARY_MIN_LINES:
            for entry in block:
                tokens = ctx.token_range(entry.start, entry.end)
                if tokens:
                    for i in range(*tokens):
                        ctx.taken[i] = True
        block = []


def project_lists(ctx: DetectionContext) -> None:
    """"Current projects:" followed by list items: each item names a project."""
    lines = ctx.layout.lines
    for line in lines:
        text = ctx.layout.text[line.content_start : line.end].strip()
        words = set(re.findall(r"[a-z]+", text.lower()))
        # "Current projects:", or a heading such as "Key programmes" right above the items.
        lead_in = text.endswith(":") and words & ctx.vocab.list_cues
        cues = words & ctx.vocab.list_heading_cues
        # "5. Smaller grants": a numbered heading in the plural heads a list too; "(1) The Project for ..."
        # names one project, and a numbered text line is an item of another list.
        if line.marker:
            cues = {w for w in cues if w.endswith("s")} if line.kind == "heading" else set()
        heading = line.kind in ("heading", "text") and len(text.split()) <= 6 and not text.endswith(".") and cues
        if not (lead_in or heading):
            continue
        if heading:
            _cards(ctx, line)
        seen_item, shape = False, None
        for item in lines[line.index + 1 :]:
            # A blank line may stand between the lead-in and its first item ("Related projects", "", "- ...").
            if not seen_item and item.kind == "blank":
                continue
            # An item wrapped onto indented lines goes on; its next item still belongs to the list.
            if seen_item and item.item is not None:
                continue
            if item.kind != "item" and not (heading and item.marker):
                break
            seen_item = True
            # "(1) The Project for ...", "(a) Background: ...": a sub-item's marker has another shape.
            shape = shape or _marker_shape(item.marker)
            if _marker_shape(item.marker) == shape:
                whole_item(ctx, item.content_start, item.end, "project-list", cut_commentary=True)


def _cards(ctx: DetectionContext, heading) -> None:
    """"Featured projects", then cards: a name line alone over a "Country | 2022–2026 | USD 5 million" row.
    The row must say when or how much ("Follow us" over "Facebook | X" is no card)."""
    lines = ctx.layout.lines
    first = next((k for k in lines[heading.index + 1 :] if k.kind != "blank"), None)
    # Name lines open paragraphs only where the section is paragraphs, not a marked list.
    paragraphs = heading.marker and first is not None and not first.marker
    for line in lines[heading.index + 1 :]:
        following = lines[line.index + 1] if line.index + 1 < len(lines) else None
        before = lines[line.index - 1]
        if line.kind in ("text", "heading") and before.kind == "blank" and following is not None \
                and following.kind == "row" and not following.key_value and len(following.cells) >= 2 \
                and _row_has_facts(ctx, following):
            whole_item(ctx, line.content_start, line.end, "project-card", cut_commentary=True)
        elif heading.marker and line.marker and _marker_shape(line.marker) == _marker_shape(heading.marker):
            break  # "3. Results reported": the next numbered section ends the projects'.
        elif line.kind in ("text", "heading") and before.kind == "blank" and following is not None \
                and following.kind == "text" and not line.marker and paragraphs \
                and not ctx.layout.text[line.content_start : line.end].rstrip().endswith((".", "?", "!", ":", ",")):
            # "2. Projects in this envelope", then paragraphs each opened by the project's name line.
            whole_item(ctx, line.content_start, line.end, "project-card", cut_commentary=True)


def _row_has_facts(ctx: DetectionContext, row) -> bool:
    tokens = ctx.token_range(row.start, row.end)
    return ctx.has_date(row.start, row.end) or (tokens is not None and any(i in ctx.money_tokens for i in range(*tokens)))


def _marker_shape(marker: str) -> str:
    """"(1)" and "(2)" share a shape, "(a)" has another, "•" its own."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "1", marker))


def _cell(ctx: DetectionContext, cell: tuple[int, int]) -> tuple[int, int]:
    """A cell's bounds without the outer pipes of a Markdown row ("| Name" -> "Name")."""
    start, end = cell
    text = ctx.layout.text
    while start < end and (text[start] in "| \t"):
        start += 1
    while end > start and (text[end - 1] in "| \t"):
        end -= 1
    return start, end


def _cell_text(ctx: DetectionContext, cell: tuple[int, int]) -> str:
    start, end = _cell(ctx, cell)
    return ctx.layout.text[start:end].lower().rstrip(":")


def _is_rule_line(ctx: DetectionContext, index: int) -> bool:
    """"|---|:---|": the line under a Markdown table's header."""
    line = ctx.layout.lines[index]
    text = ctx.layout.text[line.start : line.end].strip()
    return bool(text) and set(text) <= set("|-:+= \t")


def _table_header(ctx: DetectionContext, line):
    """The first row of the table holding `line`, across a Markdown rule line under the header."""
    index = line.index
    lines = ctx.layout.lines
    while index > 0 and (lines[index - 1].kind == "row" or _is_rule_line(ctx, index - 1)):
        index -= 1
    return lines[index] if lines[index].kind == "row" else None


def project_tables(ctx: DetectionContext) -> None:
    """The first column of a table whose header says Project; the value of a `Project title` field."""
    for line in ctx.layout.lines:
        if line.kind != "row" or len(line.cells) < 2 or _tab_cells(ctx, line):
            continue  # tab-separated rows are tab_tables' (a two-cell one is a key-value sheet's field)
        key = _cell_text(ctx, line.cells[0])
        if line.key_value:
            if key in ctx.vocab.table_headers:
                whole_item(ctx, *_cell(ctx, line.cells[1]), "project-table")
            continue
        header = _table_header(ctx, line)
        if header is None or header is line or not header.cells:
            continue
        column = next((k for k, cell in enumerate(header.cells) if _cell_text(ctx, cell) in ctx.vocab.table_headers), None)
        if column is None or column >= len(line.cells):
            continue
        start_char, end_char = _cell(ctx, line.cells[column])
        if _cell_text(ctx, line.cells[column]) in TOTAL_ROWS:
            continue
        # A cell holds its name whole ("... (PCR) de Villaverde"); only its commentary is cut.
        whole_item(ctx, start_char, end_char, "project-table", cut_commentary=True, cut_after_acronym=False)


def _tab_cells(ctx: DetectionContext, line) -> list[tuple[int, int]]:
    text = ctx.layout.text[line.start : line.end]
    if "\t" not in text:
        return []
    cells, cursor = [], line.start
    for piece in text.split("\t"):
        cells.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    return cells


def tab_tables(ctx: DetectionContext) -> None:
    """Tab-separated tables: the column whose header says Project names a project in each row."""
    column, width = None, 0
    for line in ctx.layout.lines:
        cells = _tab_cells(ctx, line)
        if len(cells) < 2:
            column = None
            continue
        if len(cells) == 2:
            # "Project Name<TAB>Coastal Works": a key-value sheet written with tabs.
            if _cell_text(ctx, cells[0]) in ctx.vocab.table_headers:
                whole_item(ctx, *_cell(ctx, cells[1]), "project-field", cut_commentary=True)
            column = None
            continue
        if column is None or len(cells) != width:
            # A new table: its first line is the header.
            width = len(cells)
            column = next((k for k, cell in enumerate(cells) if _cell_text(ctx, cell) in ctx.vocab.table_headers), -1)
            continue
        # "Total", "Total approved": the sum row.
        if column >= 0 and not set(_cell_text(ctx, cells[column]).split()[:1]) & TOTAL_ROWS:
            whole_item(ctx, *_cell(ctx, cells[column]), "project-table", cut_commentary=True, cut_after_acronym=False)


FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z /]{1,30}?)\s*:\s+(?P<value>\S.*?)\s*$")


def field_values(ctx: DetectionContext) -> None:
    """"Project: Rural Roads Improvement": the value of a `Project` field of a key-value sheet."""
    for line in ctx.layout.lines:
        if line.kind == "blank" or line.key_value:
            continue
        match = FIELD.match(ctx.layout.text[line.content_start : line.end])
        if match and match["key"].strip().lower() in ctx.vocab.table_headers:
            whole_item(ctx, line.content_start + match.start("value"), line.content_start + match.end("value"),
                       "project-field", cut_commentary=True)


def label_lines(ctx: DetectionContext) -> None:
    """"Project title" alone on a line, the value on the next (PDF transcripts, web pages)."""
    lines = ctx.layout.lines
    for line, following in zip(lines, lines[1:]):
        label = ctx.layout.text[line.content_start : line.end].strip().lower().rstrip(":")
        if label in ctx.vocab.table_headers and following.kind != "blank" and not following.cells:
            whole_item(ctx, following.content_start, following.end, "project-field", cut_commentary=True)


TRAILING_PLACES = re.compile(r"(?:\s*\((?P<inner>[^()]+)\)|\s+[–—-]\s+(?P<after>[^()–—]+))\s*$")


def _without_trailing_places(ctx: DetectionContext, start_char: int, text: str) -> str:
    """"2.1 Harvesting Rain (Ruritania and Eastland)", "2.4 ... (ABC) – Ruritania": where a component
    works is said after its name, not in it."""
    match = TRAILING_PLACES.search(text)
    if match is None:
        return text
    inner = match["inner"] or match["after"]
    begin = start_char + match.start("inner" if match["inner"] else "after")
    tokens = ctx.token_range(begin, begin + len(inner))
    if tokens is None:
        return text
    words = [i for i in range(*tokens) if ctx.texts[i][:1].isalpha()]
    places = [i for i in words if ctx.is_place(ctx.doc[i : i + 1]) or i in ctx.place_tokens]
    if places and not looks_like_acronym(inner.strip()) and all(
            ctx.texts[i][:1].isupper() or ctx.texts[i] in ctx.vocab.foreign_function_words or ctx.is_function(i) for i in words):
        return text[: match.start()]
    return text


SUBSECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-ZÀ-Ý])")


def _subsection_start(ctx: DetectionContext, line) -> int | None:
    """"2.1 Harvesting Rain (Ruritania)" directly above its paragraph: a numbered subsection title the layout
    reads as text. Short and without a sentence's closing stop."""
    text = ctx.layout.text[line.start : line.end]
    match = SUBSECTION.match(text)
    if match is None or len(text.split()) > 12 or text.rstrip().endswith((".", ":", ";", ",")):
        return None
    return line.start + match.end()


def headings(ctx: DetectionContext) -> None:
    """A numbered or lettered heading in title case names the section's project."""
    for line in ctx.layout.lines:
        content_start = line.content_start
        if line.kind != "heading" or not line.marker:
            content_start = _subsection_start(ctx, line)
            if content_start is None:
                continue
        text = ctx.layout.text[content_start : line.end].strip()
        if text.isupper() or text.lower() in ctx.vocab.generic_headings or ctx.has_date(line.start, line.end):
            continue
        # "Resumen / Résumé / Resumo": one heading in several languages is a section label.
        if " / " in text:
            continue
        text = _without_trailing_places(ctx, content_start, text)
        # "Budget support: Coastal Works": the name follows the colon.
        offset = text.find(": ") + 2 if ": " in text else 0
        tokens = ctx.token_range(content_start + offset, content_start + len(text))
        if tokens is None:
            continue
        start, end = settle(ctx, *tokens)
        if not ctx.is_free(start, end):
            continue
        words = [i for i in range(start, end) if ctx.texts[i].isalpha()]
        if not words:
            continue
        # An acronym alone as a heading: "KOICA III".
        if looks_like_acronym(ctx.doc[start:end].text) and ctx.texts[words[0]] not in ctx.organization_acronyms:
            ctx.add(start, end, "acronym-heading")
            continue
        title_case = all(ctx.texts[i][:1].isupper() or ctx.is_function(i) or ctx.is_hyphen_tail(i)
                         or ctx.texts[i] in ctx.vocab.foreign_function_words for i in words)
        first_preposition = next((ctx.texts[i].lower() for i in words if ctx.texts[i].lower() in ctx.vocab.prepositions), None)
        if title_case and ctx.content_words(start, end) >= 2 and first_preposition != "with" and acceptable(ctx, start, end):
            ctx.add(start, end, "heading")
