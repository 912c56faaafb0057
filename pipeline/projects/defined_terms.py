"""Defined terms of disclosure and legal pages: 'Lakeside Grain Stores (the "Project")' names the project;
'Lakeside Milling Ltd ("Lakeside" or the "Company")' names a company, and the short name in quotes is the
company's, no project's. The quoted term itself ("Project") is a word of the page, never a title, and so is a term
a definitions clause gives a name written out after it ('(a) "Trust Fund" means the Reef Energy Trust Fund ...': the
name after "means" is the mention)."""

from __future__ import annotations

import re

from .boundaries import settle
from .context import DetectionContext

DEFINED = re.compile(r"\((?:[“\"](?P<short>[^”\"()]{1,40})[”\"]\s+or\s+)?the\s+[“\"](?P<term>[A-Z][a-z]+)[”\"]\)")
# (Not "Fund" or "Investment": 'Eastport Holdings Fund LP (the "Fund")' defines a company.)
# '(c) "Hill Water" means the Hill Water Authority': an agreement's definitions clause, a capitalized name after "means"
# ('"Hill Water Project" means the project described in ...' gives none: the quoted words are the name).
DEFINITION = re.compile(r"[“\"](?P<term>[^”\"\n]{1,60})[”\"]\s+(?:means|shall mean|refers to)\s+(?:the\s+)?[A-Z]")
PROJECT_TERMS = {"project", "programme", "program", "facility", "initiative", "operation", "scheme", "activity"}


def defined_terms(ctx: DetectionContext) -> None:
    """'X (the "Project")' names the project X; the quoted words of every such parenthesis, and the term a
    definitions clause spells out, are set aside."""
    text = ctx.layout.text
    definitions = DEFINITION.finditer(text) if "mean" in text or "refers" in text else ()
    for term in filter(None, (ctx.token_range(match.start("term"), match.end("term")) for match in definitions)):
        for i in range(*term):
            ctx.taken[i] = True
    if "the “" not in text and 'the "' not in text:
        return
    for match in DEFINED.finditer(text):
        inside = ctx.token_range(match.start(), match.end())
        if inside is None:
            continue
        opening, closing = inside
        if match["term"].lower() in PROJECT_TERMS and not match["short"]:
            begin = ctx.walk_back(opening, ctx.line_tokens(opening)[0])
            begin, stop = settle(ctx, begin, opening)
            if stop - begin >= 2 and ctx.content_words(begin, stop) >= 2:
                ctx.add(begin, stop, "defined-term")
        # The parenthesis' quoted words are the page's shorthand: set aside from the finders after this one.
        for i in range(opening, closing):
            ctx.taken[i] = True
