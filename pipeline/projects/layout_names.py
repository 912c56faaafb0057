"""Names the layout introduces: items of a project list (marked, plain lines under a projects
heading, or inline after "Closed grants:"), cards under a projects heading, numbered title-case
headings and headings their own paragraph repeats (tables and key-value fields are table_names').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize.projects import looks_like_acronym
from .boundaries import settle
from .context import DetectionContext
from .filters import REJECTIONS, acceptable
from .item_names import whole_item


@lru_cache(maxsize=8)
def _cue_words(cues: frozenset[str]) -> re.Pattern:
    """Finds the cues written as whole runs of letters a-z in a lower-cased text, as re.findall(r"[a-z]+") would list
    them; opening on the cues' first letters, the engine skips ahead to them instead of listing every word."""
    groups: dict[str, list[str]] = {}
    for cue in sorted(cues):
        groups.setdefault(re.escape(cue[:1]), []).append(re.escape(cue[1:]))
    return re.compile("(?:" + "|".join(f"{first}(?<![a-z]{first})(?:{'|'.join(rests)})" for first, rests in groups.items())
                      + ")(?![a-z])")


def project_lists(ctx: DetectionContext) -> None:
    """"Current projects:" followed by list items: each item names a project."""
    lines = ctx.layout.lines
    cue_words = _cue_words(ctx.vocab.list_cues | ctx.vocab.list_heading_cues)
    for line in lines:
        text = ctx.layout.text[line.content_start : line.end].strip()
        # Its words that are cues (the rest are never asked about).
        words = set(cue_words.findall(text.lower()))
        if not words:
            continue  # (no cue among its words: neither a lead-in nor a heading of a list, as most lines are not)
        # "Current projects:", or a heading such as "Key programmes" right above the items.
        lead_in = text.endswith(":") and words & ctx.vocab.list_cues and not _lists_other_things(ctx, text)
        cues = words & ctx.vocab.list_heading_cues
        # "5. Smaller grants": a numbered heading in the plural heads a list too; "(1) The Project for ..."
        # names one project, and a numbered text line is an item of another list.
        if line.marker:
            cues = {w for w in cues if w.endswith("s")} if line.kind == "heading" else set()
        # "Grant portfolio (as of 31 March 2024)": a parenthesis dates or qualifies the heading.
        # (Counted only for a line that may head a list: most lines have no cue.)
        heading = line.kind in ("heading", "text") and bool(cues) and len(re.sub(r"\([^()]*\)", "", text).split()) <= 6 \
            and not text.endswith(".") and cues
        # "Our Programmes" over "Climate Resilience", "Gender Equality": a site's own menu of themes; names
        # with a head noun or an acronym under it are found by their shape.
        if heading and not lead_in and text.split()[0].lower() == "our":
            continue
        if not (lead_in or heading) or _cue_modifies_a_noun(ctx, text):
            continue
        if heading:
            _cards(ctx, line)
            _plain_lines(ctx, line)
        seen_item, shape = False, None
        # Category lines go on a list only where the list opens with one (a later short line is a new section).
        first = next((k for k in lines[line.index + 1 :] if k.kind != "blank"), None)
        categorized = heading and first is not None and _is_category(ctx, first)
        for item in lines[line.index + 1 :]:
            # A blank line may stand between the lead-in and its first item ("Related projects", "", "- ..."),
            # and between items that carry indented detail lines.
            if item.kind == "blank" and (not seen_item or _next_item_shape(ctx, item) == shape
                                         or categorized and _category_follows(ctx, item)):
                continue
            # "Current portfolio" over "Energy", "Urban infrastructure": a category line over its items.
            if categorized and _is_category(ctx, item):
                continue
            # An item wrapped or detailed on indented lines goes on; its next item still belongs to the list.
            indented = ctx.layout.text[item.start : item.start + 1] in (" ", "\t")
            if seen_item and (item.item is not None or item.kind != "item" and indented):
                continue
            if item.kind != "item" and not (heading and item.marker):
                break
            seen_item = True
            # "(1) The Project for ...", "(a) Background: ...": a sub-item's marker has another shape.
            shape = shape or _marker_shape(item.marker)
            if _marker_shape(item.marker) == shape:
                whole_item(ctx, item.content_start, item.end, "project-list", cut_commentary=True)


def _lists_other_things(ctx: DetectionContext, text: str) -> bool:
    """"... paid by the ministry. Seminars this autumn:": a paragraph whose last sentence opens with a plural noun of its
    own lists those things, whatever cue the sentences before hold ("They are:" and "See annex 2:" do not)."""
    last = re.split(r"(?<=[a-z)][.!?])\s+(?=[A-Z])", text)[-1].split()
    first = last[0].lower() if len(last) >= 2 else ""
    return len(first) > 3 and first.endswith("s") and first not in ctx.vocab.list_cues and first not in ctx.vocab.list_heading_cues \
        and first not in ctx.vocab.function_words and first.isalpha() and last[0][0].isupper() and not first.endswith("ss")


def _cue_modifies_a_noun(ctx: DetectionContext, text: str) -> bool:
    """"Programme areas", "Project documents:": the cue word qualifies another noun; the lines under it
    are themes or files, not projects."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(word in ctx.vocab.list_heading_cues and following in ctx.vocab.theme_nouns
               for word, following in zip(words, words[1:]))


INLINE_LIST = re.compile(r"^(?P<label>[A-Z][\w -]{0,40}?)\s*:\s+(?P<items>\S.*)$")
# ("Related projects > A (2031-2035) > B (2032-2036)": a site's list of links after an arrow; a breadcrumb's first
# crumb is one word, "Projects > Eastland > ...", so the label holds two words or more.)
ARROW_LIST = re.compile(r"^(?P<label>[A-Z][\w-]*(?: [\w-]+){1,4}?)\s+>\s+(?P<items>\S.*)$")


def inline_lists(ctx: DetectionContext) -> None:
    """"Closed grants: Coastal Roads Grant (2019–2021) and Hill Clinics Pilot (2020–2022).": a label that
    says projects, then names joined by commas or "and", each read as a list item."""
    for line in ctx.layout.lines:
        if line.kind == "blank" or line.key_value:
            continue
        text = ctx.layout.text[line.content_start : line.end]
        # (Each pattern needs its colon or arrow: a line without either skips both.)
        match = ":" in text and INLINE_LIST.match(text) or ">" in text and ARROW_LIST.match(text) or None
        if match is None:
            continue
        # The label says several ("Closed grants"); "Flagship programme: X" names one, which other finders read.
        cues = set(re.findall(r"[a-z]+", match["label"].lower())) & ctx.vocab.list_heading_cues
        if not any(cue.endswith("s") for cue in cues):
            continue
        begin = line.content_start + match.start("items")
        items = match["items"]
        # "Hill Grants: each grant is ...": a sentence after the label describes one name; names open capitalized.
        if items[:1].islower():
            continue
        depth, piece_start = 0, 0
        for k, char in enumerate(items + ","):
            depth += char == "("
            depth -= char == ")"
            # Names hold "and" ("Roads and Bridges Project"): only "and" after a name's closing parenthesis joins two.
            # "Rs 150,000": a comma between digits groups thousands.
            grouping = char == "," and 0 < k < len(items) - 1 and items[k - 1].isdigit() and items[k + 1].isdigit()
            # ("A (40211) | B (40390)": a bar between spaces after a name's closing parenthesis parts two names.)
            bar = char in "|>" and items[k - 1 : k] == " " and items[k + 1 : k + 2] == " " and items[:k].rstrip().endswith(")")
            joint = items[k : k + 5] == " and " and items[k - 1] == ")" or char in ",;" and not grouping or bar or k == len(items)
            if depth or not joint:
                continue
            piece = items[piece_start:k]
            if piece.strip():
                whole_item(ctx, begin + piece_start, begin + len(piece.rstrip(" .")) + piece_start, "project-list",
                           cut_commentary=True)
            piece_start = k + (5 if items[k : k + 5] == " and " and items[k - 1] == ")" else 1)


MAX_PLAIN_ITEM_WORDS = 12


def _plain_lines(ctx: DetectionContext, heading) -> None:
    """"Related projects" over short name lines without bullets, one a line, as web pages list them:
    two or more lines up to a blank line, none a sentence, a field ("Status: ...") or a figure."""
    heading_text = ctx.layout.text[heading.content_start : heading.end].lower()
    if not any(cue.endswith("s") and re.search(rf"\b{cue}\b", heading_text) for cue in ctx.vocab.list_heading_cues):
        return
    lines = ctx.layout.lines
    first = next((k for k in lines[heading.index + 1 :] if k.kind != "blank"), None)
    if first is None or first.marker:
        return
    run = []
    for line in lines[first.index :]:
        if line.kind == "blank":
            break
        text = ctx.layout.text[line.content_start : line.end].strip()
        if line.kind not in ("text", "heading") or line.marker or not text[:1].isupper() or ":" in text \
                or any(c.isdigit() for c in re.sub(r"\([^()]*\)", "", text)) or len(text.split()) > MAX_PLAIN_ITEM_WORDS or SENTENCE_STOP.search(text):
            return
        run.append(line)
    if len(run) >= 2:
        for line in run:
            # Lines without markers may be a menu's ("Research & Publications"): held to every rejection.
            whole_item(ctx, line.content_start, line.end, "project-list", cut_commentary=True, rejections=REJECTIONS)


SENTENCE_STOP = re.compile(r"[.!?:;]\s*$")


def _is_category(ctx: DetectionContext, line) -> bool:
    """A short unmarked line ("Energy", "Climate and forests") right over a list item."""
    lines = ctx.layout.lines
    text = ctx.layout.text[line.content_start : line.end].strip()
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return line.kind in ("text", "heading") and not line.marker and 1 <= len(text.split()) <= 4 \
        and not text.endswith((".", ":")) and following is not None and following.kind == "item"


def _category_follows(ctx: DetectionContext, blank) -> bool:
    following = next((k for k in ctx.layout.lines[blank.index + 1 :] if k.kind != "blank"), None)
    return following is not None and _is_category(ctx, following)


def _next_item_shape(ctx: DetectionContext, blank) -> str | None:
    """The marker shape of the first line after a blank run, when it is a list item."""
    following = next((k for k in ctx.layout.lines[blank.index + 1 :] if k.kind != "blank"), None)
    return _marker_shape(following.marker) if following is not None and following.kind == "item" else None


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
        # (An address bar, "The Trust · Lake House · Eastport", over a copyright row is no name over its facts.)
        if line.kind in ("text", "heading") and before.kind == "blank" and following is not None \
                and not BAR.search(ctx.layout.text[line.start : line.end]) \
                and following.kind == "row" and not following.key_value and len(following.cells) >= 2 \
                and _row_has_facts(ctx, following) and not _caption_over_table(ctx, line, following) \
                and not _is_sentence(ctx.layout.text[line.content_start : line.end]):
            whole_item(ctx, line.content_start, line.end, "project-card", cut_commentary=True)
        elif heading.marker and line.marker and _marker_shape(line.marker) == _marker_shape(heading.marker):
            break  # "3. Results reported": the next numbered section ends the projects'.
        elif line.kind in ("text", "heading") and before.kind == "blank" and following is not None \
                and following.kind == "text" and not line.marker and paragraphs \
                and not ctx.layout.text[line.content_start : line.end].rstrip().endswith((".", "?", "!", ":", ",")):
            # "2. Projects in this envelope", then paragraphs each opened by the project's name line.
            whole_item(ctx, line.content_start, line.end, "project-card", cut_commentary=True)


BAR = re.compile(r"\s[·|•]\s")
LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _is_sentence(text: str) -> bool:
    """"The Exchange is published quarterly by the Secretariat." over a footer's row: a sentence names no card."""
    return text.rstrip().endswith((".", "!", "?")) and len(LOWER_WORD.findall(text)) >= 3


CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Graph|Box|Map|Annex|Tableau|Cuadro|Gráfico)\s+[\dA-Z][\d.]*\b")


def _caption_over_table(ctx: DetectionContext, line, row) -> bool:
    """"Table 3: Top programmes by spend" over a header row and more rows: a table's caption, not a card's
    name (a card has one row of facts)."""
    lines = ctx.layout.lines
    after = lines[row.index + 1] if row.index + 1 < len(lines) else None
    return bool(CAPTION.match(ctx.layout.text[line.content_start : line.end])) or (after is not None and after.kind == "row")


def _row_has_facts(ctx: DetectionContext, row) -> bool:
    tokens = ctx.token_range(row.start, row.end)
    return ctx.has_date(row.start, row.end) or (tokens is not None and any(i in ctx.money_tokens for i in range(*tokens)))


@lru_cache(maxsize=1024)  # (a page's markers are few: "1.", "2.", "•")
def _marker_shape(marker: str) -> str:
    """"(1)" and "(2)" share a shape, "(a)" has another, "•" its own."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "1", marker))


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
    places = [i for i in words if ctx.place_at(i, i + 1) or i in ctx.place_tokens]
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
        if looks_like_acronym(ctx.text_of(start, end)) and ctx.texts[words[0]] not in ctx.organization_acronyms:
            ctx.add(start, end, "acronym-heading")
            continue
        title_case = all(ctx.texts[i][:1].isupper() or ctx.is_function(i) or ctx.is_hyphen_tail(i)
                         or ctx.texts[i] in ctx.vocab.foreign_function_words for i in words)
        first_preposition = next((ctx.texts[i].lower() for i in words if ctx.texts[i].lower() in ctx.vocab.prepositions), None)
        if title_case and ctx.content_words(start, end) >= 2 and first_preposition != "with" and acceptable(ctx, start, end):
            ctx.add(start, end, "heading")


LABELLED_LINE = re.compile(r"^(?P<label>[^–—]{2,40}?)\s[–—-]\s(?P<name>[^–—]+)$")
LABEL_DASHES = ("–", "—", "-")
NUMBERED_WINDOW = re.compile(r"^(?:Window|Action)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})$")
# An action plan's page says what it is: "Action 2 – X" lines elsewhere (meeting minutes) are tasks, not projects.
ACTION_PLAN = re.compile(r"\bAction\s+(?:Document|Plan|Programme)\b", re.IGNORECASE)


def labelled_lines(ctx: DetectionContext) -> None:
    """"Burkina Faso – Sunny Villages" and "Chad – Bright Homes" line after line (a regional programme's
    country components), "Window 1 – River Voices" (a fund's windows, projects by the spec): a short line
    whose label is a country, a numbered window or an action plan's numbered action ("Action 2 – Clean Air Towns")
    names what follows the dash, when two or more lines of the document are labelled so."""
    found: dict[str, list[tuple[int, int]]] = {}
    for line in ctx.layout.lines:
        text = ctx.layout.text[line.content_start : line.end].rstrip()
        match = LABELLED_LINE.match(text) if any(dash in text for dash in LABEL_DASHES) else None  # (most lines: none)
        if line.kind not in ("text", "heading") or line.marker or match is None or len(text.split()) > 12 \
                or SENTENCE_STOP.search(text):
            continue
        label = match["label"].strip()
        tokens = ctx.token_range(line.content_start, line.content_start + len(label))
        numbered = NUMBERED_WINDOW.match(label) and (label.startswith("Window") or ACTION_PLAN.search(ctx.layout.text))
        kind = "window" if numbered else \
            "place" if tokens and ctx.place_at(tokens[0], tokens[1]) else None
        if kind is not None:
            found.setdefault(kind, []).append((line.content_start + match.start("name"), line.content_start + match.end("name")))
    for names in found.values():
        if len(names) >= 2:
            for start, end in names:
                whole_item(ctx, start, end, "labelled-line", cut_commentary=True)

