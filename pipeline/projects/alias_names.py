"""Names the text says a project is called: "the initiative, known as Green Valleys, ...", "a scheme called Safe
Harbours", and '"Hill Orchard Chains" (QZ/77/B), known as HORC' (an acronym given to a name found already)."""

from __future__ import annotations

import re

from .common_words import is_common_english
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection

NAMING_VERBS = {"called", "named", "dubbed", "titled", "entitled", "branded",
                # French, Spanish, Portuguese: "denominado", "appelée", "intitulado".
                "denominado", "denominada", "llamado", "llamada", "chamado", "chamada", "designado", "designada",
                "intitulado", "intitulada", "appelé", "appelée", "dénommé", "dénommée", "intitulé", "intitulée",
                "baptisé", "baptisée"}
# "conocido como", "conhecida como", "connu sous le nom de": the Romance "known as".
KNOWN_AS = {"conocido": ["como"], "conocida": ["como"], "conhecido": ["como"], "conhecida": ["como"],
            "connu": ["sous", "le", "nom", "de"], "connue": ["sous", "le", "nom", "de"]}

CALLERS = {"we", "they", "people"}


def _naming_phrase_end(ctx: DetectionContext, i: int) -> int | None:
    """Where "called", "known as", "referred to as" ends at token i, or None."""
    word = ctx.texts[i].lower()
    if word in NAMING_VERBS:
        return i + 1
    # ("which we call X", "what people call X": the speaker's own name for it, in talk and interviews.)
    if word == "call" and i > 0 and ctx.texts[i - 1].lower() in CALLERS:
        return i + 1
    if word == "known" and i + 1 < len(ctx.doc) and ctx.texts[i + 1] == "as":
        return i + 2
    if word == "referred" and ctx.texts[i + 1 : i + 3] == ["to", "as"]:
        return i + 3
    phrase = KNOWN_AS.get(word)
    if phrase and ctx.texts[i + 1 : i + 1 + len(phrase)] == phrase:
        return i + 1 + len(phrase)
    return None


def named_names(ctx: DetectionContext) -> None:
    """"The initiative, known as Green Valleys, ...", "a scheme called Safe Harbours": a project noun,
    then a naming phrase, then an unquoted title-case name."""
    naming = NAMING_VERBS | {"known", "referred", "call"} | set(KNOWN_AS)  # (built once, not once per token)
    name_ends = {span.end for span in ctx.found}
    for i in ctx.positions_of_lower(naming):
        start = _naming_phrase_end(ctx, i)
        if start is not None and start < len(ctx.doc) and ctx.spaces[start] and ctx.texts[start].count("\n") == 1:
            start += 1  # ("a scheme called\nMwalimu": the name on the next line)
        if start is None or start >= len(ctx.doc) or ctx.taken[start] or not ctx.is_capitalized(start):
            continue
        # The noun stands in the same clause, just before: "the programme, known as", "a fund called"; or a name
        # found already, its code in parentheses between ('"... Hill Orchards" (QZ/77/B), known as HORB').
        window = [ctx.texts[k] for k in range(max(0, i - 4), i)]
        if not (any(w in ctx.vocab.nouns_after_acronym or w.title() in ctx.vocab.foreign_heads for w in window)
                and not {".", ";", ":"} & set(window)
                or _after_found_name(ctx, i, name_ends)):
            continue
        stop = ctx.walk_forward(start, ctx.line_tokens(start)[1])
        while stop > start and (ctx.is_function(stop - 1) or ctx.is_connector(stop - 1)):
            stop -= 1
        # (One word names a project when coined, an acronym or a word of another language: "a scheme called Mwalimu".)
        # ("conocido como CACAO-SUR": capitals joined by a hyphen are an acronym too.)
        written = ctx.text_of(start, stop)
        capitals = (stop - start == 1 and ctx.is_acronym_word(start)) or (written.isupper() and written.replace("-", "").isalnum())
        single = stop - start == 1 and (capitals or bool(COINED.match(ctx.texts[start]))
                                        or len(ctx.texts[start]) >= 5 and ctx.texts[start].isalpha()
                                        and not is_common_english(ctx.texts[start]))
        if stop == start or (ctx.content_words(start, stop) < 2 and not single) or ctx.place_at(start, stop) \
                or ctx.texts[start] in ctx.organization_acronyms:
            continue
        if rejection(ctx, start, stop, ITEM_REJECTIONS) is None:
            ctx.add(start, stop, "acronym-alias" if capitals else "named-name")


COINED = re.compile(r"^[A-Za-z]+[A-Z0-9][A-Za-z0-9]*$")


def _after_found_name(ctx: DetectionContext, i: int, name_ends: set[int]) -> bool:
    """A name found already ends right before token i, past closing quotes, a comma and a parenthesis of its code, or
    past "which we" of "..., which we call X"."""
    k = i
    if ctx.texts[i].lower() == "call" and k >= 2 and ctx.texts[k - 2].lower() in ("which", "that"):
        k -= 2
    while k > 0 and ctx.texts[k - 1] in {",", "\"", "”", "’"}:
        k -= 1
    if k > 0 and ctx.texts[k - 1] == ")":
        # (A code runs to a dozen tokens: "(QZ / ABC / 041 / DEF)".)
        k = next((j for j in range(k - 2, max(-1, k - 14), -1) if ctx.texts[j] == "("), -1)
        if k < 0:
            return False
        while k > 0 and ctx.texts[k - 1] in {"\"", "”", "’"}:
            k -= 1
    return k in name_ends
