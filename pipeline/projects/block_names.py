"""Names without a head noun that a page sets on a line of their own, block after block:

    Harbour Voices
    Radio programmes for fishing communities.
    Countries: Ruritania, Eastland
    Period: 2022-2026 | Contribution: US$ 4 million

A short title-case line opening a block (a paragraph between blank lines) is a name when the
block under it carries `Countries:`/`Period:` fields with a date or an amount and the page has
two or more such blocks, or when, under a heading that says projects ("Funding windows"), the
line under it defines it as one ("A fast-disbursing window for ..."). Later uses in prose are marked by repeated_names.
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Line
from .context import DetectionContext
from .filters import ITEM_REJECTIONS
from .item_names import whole_item
from .place_filters import geographic_feature

FIELD_LINE = re.compile(r"^[A-Z][\w ()/&.-]{1,32}:\s+\S")
MAX_NAME_WORDS = 8
# A heading's words that address the reader or ask ("Where We Work", "How You Can Help"), not a name's.
READER_WORDS = frozenset({"we", "our", "us", "you", "your", "where", "what", "how", "who", "why", "when"})
MIN_FIELD_BLOCKS = 2
# A name the text around it says is a project's is no place ("Clean Highlands", "Saltmarsh Hydrogen Valley").
REJECTIONS_OF_DESCRIBED_NAMES = tuple(rule for rule in ITEM_REJECTIONS if rule is not geographic_feature)
# "A fast-disbursing window for ...": an article, then up to five words that end in the noun saying what it is.
DEFINITION = re.compile(r"^(?:A|An)\s+(?P<words>(?:[\w'’-]+\s+){0,4}[\w'’-]+)")


def _is_name_line(ctx: DetectionContext, line) -> bool:
    text = ctx.layout.text[line.content_start : line.end].strip()
    words = text.split()
    if line.kind not in ("text", "heading") or line.marker or not 2 <= len(words) <= MAX_NAME_WORDS \
            or ctx.layout.text[line.start : line.start + 1].isspace() or text.isupper() \
            or text.endswith((".", ",", ":", ";", "!", "?")) or ":" in text or any(c.isdigit() for c in text) \
            or text.lower() in ctx.vocab.generic_headings:
        return False
    # "Key Results", "Lessons Learned": the words of a section heading.
    if any(word in ctx.vocab.non_project_heads or word.lower() in READER_WORDS for word in words):
        return False
    tokens = ctx.token_range(line.content_start, line.end)
    # Title case: every word capitalized but the function words ("Reading Rooms for Refugees").
    return tokens is not None and all(ctx.is_capitalized(i) or ctx.is_function(i) or not ctx.texts[i].isalpha()
                                      for i in range(*tokens))


def _block(ctx: DetectionContext, line) -> list:
    """The lines under a name line, up to the next blank line or heading."""
    block = []
    for following in ctx.layout.lines[line.index + 1 :]:
        if following.kind in ("blank", "heading"):
            break
        block.append(following)
    return block


def _has_dated_fields(ctx: DetectionContext, block: list) -> bool:
    fields = [line for line in block if FIELD_LINE.match(ctx.layout.text[line.content_start : line.end])]
    if not fields:
        return False
    start, end = fields[0].start, fields[-1].end
    tokens = ctx.token_range(start, end)
    return ctx.has_date(start, end) or bool(tokens and any(i in ctx.money_tokens for i in range(*tokens)))


def _is_defined(ctx: DetectionContext, block: list) -> bool:
    """The line under the name says what it is: "A fast-disbursing window for ..."."""
    if not block:
        return False
    match = DEFINITION.match(ctx.layout.text[block[0].content_start : block[0].end])
    if match is None:
        return False
    heads = ctx.vocab.lowercase_heads
    # The noun phrase stops at its first preposition or relative ("a window for ...", "a scheme that ...").
    words = []
    for word in match["words"].split():
        if word in ctx.vocab.prepositions or word in ("that", "which", "to"):
            break
        words.append(word)
    return any(word in heads for word in words)


def _under_projects_heading(ctx: DetectionContext, line) -> bool:
    """"FLAGSHIP PROGRAMMES", "Funding windows": the section says its blocks are projects."""
    heading = ctx.layout.heading_text(line)
    if heading is None:
        return False
    cues = ctx.vocab.list_heading_cues | {head.lower() + "s" for head in ctx.vocab.project_heads} \
        | {head.lower() for head in ctx.vocab.plural_heads}
    return any(cue.endswith("s") for cue in set(re.findall(r"[a-z]+", heading.lower())) & cues)


def headless_blocks(ctx: DetectionContext) -> None:
    """A name line over a described block of fields, block after block, or over its own definition
    under a heading that says projects."""
    lines = ctx.layout.lines
    carded, defined = [], []
    for line in lines:
        previous_blank = line.index == 0 or lines[line.index - 1].kind in ("blank", "heading")
        if not previous_blank or not _is_name_line(ctx, line):
            continue
        block = _block(ctx, line)
        if len(block) >= 2 and _has_dated_fields(ctx, block):
            carded.append(line)
        elif _is_defined(ctx, block) and _under_projects_heading(ctx, line):
            defined.append(line)
    names = defined + (_named_lines(ctx, carded) if len(carded) >= MIN_FIELD_BLOCKS else [])
    for line in sorted(names, key=lambda line: line.index):
        whole_item(ctx, line.content_start, line.end, "project-block", cut_commentary=True)


def _named_lines(ctx: DetectionContext, carded: list) -> list:
    """The name lines of the cards: a first line the cards repeat word for word ("GRANT TYPE  ·  Active") is their
    kind, and the line under it names the card's project."""
    def words(line) -> str:
        return " ".join(ctx.layout.text[line.content_start : line.end].split())

    repeated = Counter(words(line) for line in carded)
    named = []
    for line in carded:
        below = ctx.layout.lines[line.index + 1] if line.index + 1 < len(ctx.layout.lines) else None
        if repeated[words(line)] < 2:
            named.append(line)
        elif below is not None and _is_name_line(ctx, below):
            named.append(below)
    return named


# "Project number: 70815", "Project ID: P000123", "Número de proyecto: PR-L1234": the field that identifies an operation.
IDENTIFIER_FIELD = re.compile(r"^\s*(?:(?:Project|Operation|Activity|Programme|Program|Grant|Loan)\s+(?:number|no\.?|ID|code)"
                              r"|Número\s+de\s+(?:proyecto|operación)|N[°º]\s+(?:du\s+)?projet)\s*:", re.IGNORECASE)


# The identified name is the page's title: it stands among the page's first lines (after its navigation).
TITLE_AREA_LINES = 25


def identified_name_lines(ctx: DetectionContext) -> None:
    """"Hill Waste Works" over "Project number: 70815": a page's name line over the field that identifies its
    operation (set tight under it or after one blank line) names that operation."""
    lines = ctx.layout.lines
    for line in lines[: min(len(lines) - 1, TITLE_AREA_LINES)]:
        following = lines[line.index + 1]
        if following.kind == "blank" and line.index + 2 < len(lines):
            following = lines[line.index + 2]
        text = ctx.layout.text[line.content_start : line.end]
        # A page's title, not a contact's name and role ("A. Person, Senior Officer") nor a label ("Project Profile").
        if IDENTIFIER_FIELD.match(ctx.layout.text[following.start : following.end]) and _is_name_line(ctx, line) \
                and "," not in text and text.split()[0] not in ctx.vocab.project_heads:
            whole_item(ctx, line.content_start, line.end, "identified-name", cut_commentary=True)
            return  # one page, one title


# The sentence under a headless name says what the name is ("This five-year activity ...", "Eastland's flagship
# reading activity ...", "A second phase of ..."), or it opens with what the name does ("Works with 22 utilities").
DESCRIBED_AS = re.compile(r"^(?:(?:This|The)\s+(?P<phrase>(?:[\w'’-]+\s+){1,6})"
                          r"|[A-Z][\w.'’-]*?(?:'s|’s)\s+(?P<owned>(?:[\w'’-]+\s+){1,6})"
                          r"|(?:A|The)\s+(?:first|second|third|new|final)\s+phase\s+of\b)")
OPENING_VERB = re.compile(r"^(?P<verb>[A-Z][a-z]+s)\s+[a-z0-9]")


def _describes_a_project(ctx: DetectionContext, text: str) -> bool:
    match = DESCRIBED_AS.match(text)
    nouns = ctx.vocab.project_nouns | {"activity", "partnership", "collaboration", "facility", "fund", "phase"}
    if match:
        phrase = (match["phrase"] or match["owned"] or "").split()
        if not phrase or any(word in nouns for word in phrase):
            return True
    verb = OPENING_VERB.match(text)
    if verb is None:
        return False
    stem = verb["verb"].lower()
    stems = {stem[:-1], stem[:-2]} | ({stem[:-3] + "y"} if stem.endswith("ies") else set())
    return not stems.isdisjoint(ctx.vocab.title_verbs) or not stems.isdisjoint(ctx.vocab.description_verbs)


def described_name_lines(ctx: DetectionContext) -> None:
    """"Harbour Voices" over "This five-year activity trains ..." or "Trains village water boards ...": a
    headless name line alone, whose next line says what it is or what it does, names a project. A line holding a
    project head is left to the title finders ("Project Description" over "The project ..." is a heading)."""
    lines = ctx.layout.lines
    for line in lines[:-1]:
        before = lines[line.index - 1] if line.index > 0 else None
        following = lines[line.index + 1]
        if before is not None and before.kind not in ("blank", "heading") or following.kind != "text" \
                or not _is_name_line(ctx, line):
            continue
        words = ctx.layout.text[line.content_start : line.end].split()
        if any(word in ctx.vocab.project_heads or word in ctx.vocab.organization_heads for word in words):
            continue
        if _describes_a_project(ctx, ctx.layout.text[following.content_start : following.end].lstrip()):
            whole_item(ctx, line.content_start, line.end, "described-name-line", cut_commentary=True,
                       rejections=REJECTIONS_OF_DESCRIBED_NAMES)


MIN_FOUND_SIBLINGS = 2


def sibling_blocks(ctx: DetectionContext) -> None:
    """"Harbour Lights Interconnector (HLI)" over its paragraph, then "Saltmarsh Hydrogen Valley" over another: in a
    run of blocks that each open with a name line over prose (only blank lines, rules and headings between them),
    two lines that open with a name found above make the run a list of projects, and its other name lines over a
    paragraph that gives an amount or a date projects too."""
    lines = ctx.layout.lines
    run: list[tuple[Line, bool]] = []  # (line, found) per block of the current run

    def close_run() -> None:
        if sum(found for _, found in run) >= MIN_FOUND_SIBLINGS:
            # ("GRANT TYPE  ·  Active" over each card: a line that opens several blocks is a label, not a name.)
            texts = Counter(ctx.layout.text[line.content_start : line.end].strip() for line, _ in run)
            for line, found in run:
                if not found and texts[ctx.layout.text[line.content_start : line.end].strip()] == 1:
                    whole_item(ctx, line.content_start, line.end, "sibling-block", cut_commentary=True,
                               rejections=REJECTIONS_OF_DESCRIBED_NAMES)
        run.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind in ("blank", "heading") or _is_rule(ctx, line):
            index += 1
            continue
        block = _block(ctx, line)
        opens_block = block and block[0].kind == "text" and (index == 0 or lines[index - 1].kind in ("blank", "heading"))
        kind = _sibling_kind(ctx, line, block) if opens_block else None
        if kind is None:
            close_run()
        else:
            run.append((line, kind == "found"))
        index += 1 + len(block)
    close_run()


def _is_rule(ctx: DetectionContext, line) -> bool:
    """"──────", "* * *": a line drawn between cards, no text in it."""
    return not any(c.isalnum() for c in ctx.layout.text[line.start : line.end])


def _describes_a_person(ctx: DetectionContext, line) -> bool:
    """"Country director in Eastland since 2021.": the line under a name gives a person's post."""
    words = ctx.layout.text[line.content_start : line.end].split()[:4]
    return any(word.strip(",.").title() in ctx.vocab.role_words for word in words)


def _sibling_kind(ctx: DetectionContext, line, block: list) -> str | None:
    """"found" for a name line a finder above took, "candidate" for a title-case line over facts, None for prose."""
    text = ctx.layout.text[line.content_start : line.end].strip()
    tokens = ctx.token_range(line.content_start, line.end)
    if tokens is None or len(text.split()) > MAX_NAME_WORDS + 2 or text.endswith((".", ",", ":", ";")):
        return None
    if ctx.taken[tokens[0]]:
        return "found"
    # (An amount, or a date under a line that gives no person's post: "Country director in Eastland since 2021.")
    body = ctx.token_range(block[0].start, block[-1].end)
    has_fact = body is not None and any(i in ctx.money_tokens for i in range(*body)) \
        or ctx.has_date(block[0].start, block[-1].end) and not _describes_a_person(ctx, block[0])
    return "candidate" if has_fact and _is_name_line(ctx, line) else None
