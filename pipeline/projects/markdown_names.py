"""Markdown pages (wikis, READMEs, knowledge bases): bold field labels and `#` headings.

`- **Budget:** $5 million` is a key-value field written in bold: the label is a field's key and
never part of a name; `- **Project:** X` names X as a plain `Project: X` field does. A heading
`## Project: X` names its project the same way.
"""

from __future__ import annotations

import re

from .context import DetectionContext
from .item_names import whole_item

# "**Budget:** ...", "**Budget**: ...", "__Budget:__ ..." at the start of a line's content.
BOLD_LABEL = re.compile(r"^(?P<open>\*\*|__)(?P<key>[^*_\n:]{1,40}?)\s*(?::(?P=open)|(?P=open)\s*:)\s*")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<key>[A-Za-z][A-Za-z /]{1,30}?)\s*:\s+(?P<value>\S.*?)\s*#*\s*$")
MAX_KEY_WORDS = 3


def is_field_key(key: str) -> bool:
    """"Budget", "Start date", "Implementing partner": a field's key is short and in sentence case;
    "Coastal Roads Project" in bold is a name, left to the other finders."""
    words = key.split()
    return 0 < len(words) <= MAX_KEY_WORDS and key[:1].isupper() and all(not w[:1].isupper() for w in words[1:])


def bold_fields(ctx: DetectionContext) -> None:
    """Sets aside the bold label of a Markdown field, and reads the value of a bold `Project` field."""
    for line in ctx.layout.lines:
        if line.kind == "blank":
            continue
        match = BOLD_LABEL.match(ctx.layout.text[line.content_start : line.end])
        if match is None or not is_field_key(match["key"]):
            continue
        tokens = ctx.token_range(line.content_start, line.content_start + match.end())
        if tokens:
            for i in range(*tokens):
                ctx.taken[i] = True
        if match["key"].strip().lower() in ctx.vocab.table_headers and match.end() < line.end - line.content_start:
            whole_item(ctx, line.content_start + match.end(), line.end, "project-field", cut_commentary=True)


def field_headings(ctx: DetectionContext) -> None:
    """"## Project: Coastal Works": a Markdown heading written as a `Project` field names its project."""
    for line in ctx.layout.lines:
        if line.kind == "blank":
            continue
        text = ctx.layout.text[line.start : line.end]
        match = MARKDOWN_HEADING.match(text)
        if match and match["key"].strip().lower() in ctx.vocab.table_headers:
            whole_item(ctx, line.start + match.start("value"), line.start + match.end("value"), "project-field",
                       cut_commentary=True)
