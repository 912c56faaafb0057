"""Organisation role and category fields: the value of a "Borrower:", "Executing agency:", "Accredited Entity:",
"Bénéficiaire :", "Organismo ejecutor:" line on a project page names the body that borrows,
executes or receives the money ("Hill Water Company (HWC)"), never the project, whatever head noun
its name ends in. The value is set aside before the finders read head nouns, and an acronym given
there is the organisation's from then on. The label words are data (rules/projects.json: role_label_words, and
non_role_label_words for labels that name a country, an amount or the project itself). A category field's value
("Grant type: Standard Grant", "Status: Active") is a kind or a state, set aside too (category_label_words).
"""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym
from .context import DetectionContext

# "Label: value" on one line; a French label puts a space before its colon; a label in two languages has a slash
# ("Auftraggeber / Commissioned by:").
FIELD = re.compile(r"^[ \t•*\-]*(?:\([a-z]\)\s*)?(?P<label>(?:[\w'’/]+[ \t]+){0,7}[\w'’]+)[ \t]*:[ \t]+(?P<value>\S.*)$")
# The value ends at a sentence's end: "Executing agency: X. Maximum contribution: ...".
SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")


def role_fields(ctx: DetectionContext) -> None:
    """Sets aside the value of an organisation role field, and records its acronyms as organisations'."""
    for line in ctx.layout.lines:
        if line.kind == "blank":
            continue
        raw = ctx.layout.text[line.start : line.end]
        match = FIELD.match(raw) if ":" in raw else None  # (no colon, no field: most lines skip the regex)
        if not match:
            continue
        words = set(re.findall(r"\w+", match["label"].lower()))
        # ("Grant type: Standard Grant": a kind, whatever the label says it is the kind of.)
        category = bool(words & ctx.vocab.category_label_words)
        if not category and (not words & ctx.vocab.role_label_words or words & ctx.vocab.non_role_label_words):
            continue
        value = match["value"]
        end = SENTENCE_END.search(value)
        value = value[: end.start()] if end else value.rstrip()
        start_char = line.start + match.start("value")
        tokens = ctx.token_range(start_char, start_char + len(value))
        if tokens is None:
            continue
        for i in range(*tokens):
            ctx.taken[i] = True
        for acronym in re.finditer(r"\(([^()]+)\)", value) if not category else ():
            if looks_like_acronym(acronym.group(1).strip()):
                ctx.organization_acronyms.add(acronym.group(1).strip())
