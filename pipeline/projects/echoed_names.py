"""Names a section's own text repeats: a short heading echoed as a name in the paragraph under it.

    Harbour Voices                         2) SAFE HARBOURS – fishing villages
    Harbour Voices trains ...              ... which keeps Safe Harbours running ...

A title-case heading its paragraph repeats, or a numbered section heading in capitals whose words the section writes
again in title case, names the section's project, head noun or not.
"""

from __future__ import annotations

import re

from .common_words import is_common_english
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection


def echoed_headings(ctx: DetectionContext) -> None:
    """"Harbour Voices" over a paragraph that opens "Harbour Voices trains ...": a short title-case
    heading that its own paragraph repeats as a name names the section's project, head noun or not."""
    lines = ctx.layout.lines
    for line, following in zip(lines, lines[1:]):
        if line.kind not in ("heading", "text") or following.kind != "text":
            continue
        text = ctx.layout.text[line.content_start : line.end].strip()
        words = text.split()
        if not 2 <= len(words) <= 6 or text.isupper() or text.endswith((".", ":", ";", ",", "!", "?")) \
                or text.lower() in ctx.vocab.generic_headings:
            continue
        tokens = ctx.token_range(line.content_start, line.content_start + len(text))
        if tokens is None or not ctx.is_free(*tokens):
            continue
        start, end = tokens
        if not all(ctx.is_capitalized(i) or ctx.is_function(i) or ctx.is_connector(i) for i in range(start, end)):
            continue
        body_end = next((k.start for k in lines[following.index :] if k.kind != "text"), len(ctx.layout.text))
        # (The same line again, as a PDF repeats "Public Disclosure Authorized", is no paragraph naming it.)
        if not any(text in body_line and body_line.strip() != text
                   for body_line in ctx.layout.text[following.start : body_end].split("\n")):
            continue
        if ctx.content_words(start, end) >= 2 and rejection(ctx, start, end, ITEM_REJECTIONS) is None \
                and _acceptable_name(ctx, start, end):
            ctx.add(start, end, "echoed-heading")


def _acceptable_name(ctx: DetectionContext, start: int, end: int) -> bool:
    """Neither a place nor a body's name nor a term of the field."""
    head = ctx.head(start, end)
    return not ctx.place_at(start, end) and head not in ctx.vocab.non_project_heads \
        and head not in ctx.vocab.term_heads and ctx.texts[start] not in ctx.organization_acronyms


# "2) SAFE HARBOURS – fishing villages", "SAFE HARBOURS (Eastland)": the name in capitals before a dash, a
# parenthesis or a colon.
CAPITALS_NAME = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]*){1,5})(?=\s*(?:[–—:(-]|$))")
MAX_SECTION_LINES = 30
TITLE_FUNCTION_WORDS = {"of", "and", "for", "the", "in", "on", "to", "a", "&"}


def echoed_capitals(ctx: DetectionContext) -> None:
    """A numbered section's heading in capitals whose words its section writes again in title case ("KISIMA SAFI –
    clean water" over "... keeps Kisima Safi running"): both are the project's name."""
    lines = ctx.layout.lines
    for line in lines:
        # (A numbered section's heading: "2) SAFE HARBOURS"; a page's own headings in capitals name its themes.)
        if line.kind != "item" or not any(c.isalnum() for c in line.marker):
            continue
        found = CAPITALS_NAME.match(ctx.layout.text, line.content_start, line.end)
        if found is None:
            continue
        tokens = ctx.token_range(found.start("name"), found.end("name"))
        if tokens is None or not ctx.is_free(*tokens):
            continue
        # (A name in capitals with a head noun is the keyword finders'; "TECHNICAL COOPERATION PROJECT" is a type of aid.
        # One of common English words only names a theme: "WATER AND SANITATION", "KEY RESULTS"; "KISIMA SAFI" is coined.)
        if any(ctx.texts[k].title() in ctx.vocab.project_heads for k in range(*tokens)) \
                or all(is_common_english(ctx.texts[k]) or ctx.is_function(k) for k in range(*tokens) if ctx.texts[k].isalpha()) \
                or found.group("name").lower() in ctx.vocab.generic_headings:
            continue
        body = lines[line.index + 1 : line.index + 1 + MAX_SECTION_LINES]
        stop = next((n for n, k in enumerate(body) if k.kind in ("heading", "item")), len(body))
        if not body[:stop]:
            continue
        start, end = body[0].start, body[stop - 1].end
        echo = re.compile(r"\b" + r"\s+".join(map(re.escape, found.group("name").split())) + r"\b", re.IGNORECASE)
        # (In title case: "externally financed investment" in prose is no name.)
        echoes = [m for m in echo.finditer(ctx.layout.text, start, end)
                  if not m.group(0).isupper() and all(w[:1].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in m.group(0).split())]
        if not echoes or rejection(ctx, *tokens, ITEM_REJECTIONS) is not None or not _acceptable_name(ctx, *tokens):
            continue
        ctx.add(*tokens, "echoed-capitals")
        for match in echoes:
            echoed = ctx.token_range(match.start(), match.end())
            if echoed is not None and ctx.is_free(*echoed):
                ctx.add(*echoed, "echoed-capitals")
