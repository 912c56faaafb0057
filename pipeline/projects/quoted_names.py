"""Names set off by quotes that the words around them call a project: 'the programme “Safe Harbours”',
'“Safe Harbours” initiative', 'known as “Safe Harbours”', 'el proyecto «Pan de Altura»', 'FP301 "Safe Harbours"', and a quoted name before its
acronym ('the project "Safe Harbours" (SH)', for title_acronyms). The quotes stay outside the span (spec)."""

from __future__ import annotations

import re

from .acronyms import FILE_TYPES
from .boundaries import CLOSING_PUNCT
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, acceptable, rejection

OPENING_QUOTES = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
OPERATION_CODE = re.compile(r"[A-Z]{2,5}-?\d{2,6}")
NAMING_WORDS = {"called", "named", "dubbed", "known", "titled", "entitled", "as", "(",
                # ('dit « Solar Villages »', 'denominado «...»', 'chamado "..."')
                "dit", "dite", "appelé", "appelée", "baptisé", "baptisée", "intitulé", "intitulée", "llamado", "llamada",
                "denominado", "denominada", "conocido", "conocida", "chamado", "chamada", "designado", "designada"}
# Naming words that are also a verb of saying or a noun ("a dit", "un llamado"), and the words that make them so.
SAYING_FORMS = {"dit", "dite", "llamado", "llamada", "chamado", "chamada"}
SAYING_CUES = {"a", "avait", "ont", "avaient", "aurait", "ha", "había", "un", "una", "um", "uma", "el", "o"}
# 'to pilot "Solar Kiosks"': a grant's purpose line names the work it pays for right after its verb.
PURPOSE_VERBS = {"support", "scale", "pilot", "fund", "finance", "launch", "expand", "replicate", "implement"}


def _purpose_object(ctx: DetectionContext, i: int) -> bool:
    """The quote at token i follows 'to VERB' ('to scale "Safe Births"')."""
    return i >= 2 and ctx.texts[i - 1].lower() in PURPOSE_VERBS and ctx.texts[i - 2].lower() == "to"


# The words that say what kind of project a Romance noun's quoted name is ("proyecto piloto «X»", "programme national « X »").
PROJECT_ADJECTIVES = {"piloto", "pilote", "nacional", "national", "regional", "comunitario", "communautaire", "comunitário",
                      "integral", "integrado", "intégré", "integrada"}
ROMANCE_PROJECT_NOUNS = {"iniciativa", "initiative", "programa", "programme", "proyecto", "projet", "projeto", "projecto"}  # then "de"


def _described_as_project(ctx: DetectionContext, close: int) -> bool:
    """'"Safe Births", a maternal health project in ...': an apposition after the closing quote calls the
    name a project, programme or scheme within a few words on the same line."""
    # ('«Caminos Claros», iniciativa de ...': a Romance apposition may open on its noun.)
    if ctx.texts[close + 1 : close + 2] == [","] and close + 3 < len(ctx.doc) and ctx.texts[close + 2].lower() in ROMANCE_PROJECT_NOUNS \
            and (ctx.texts[close + 3].lower() in {"de", "del", "do", "da", "du", "des"} or ctx.texts[close + 3].lower().startswith("d'")):
        return True
    if ctx.texts[close + 1 : close + 3] not in ([",", "a"], [",", "an"]):
        return False
    stop = min(ctx.line_tokens(close)[1], close + 11)
    for k in range(close + 3, stop):
        if ctx.texts[k] in {".", ";", ",", "("}:
            return False
        if ctx.texts[k].lower() in ctx.vocab.project_nouns:
            return True
    return False


# "l'initiative", "d'initiative": an elided article or "de" the tokenizer leaves on the noun.
ELIDED_ARTICLE = re.compile(r"^[ld][’']")


def quoted_names(ctx: DetectionContext) -> None:
    """A quoted title-case name the words around it call a project: 'the programme “Safe Harbours”',
    '“Safe Harbours” initiative', 'known as “Safe Harbours”', '... Project (“Safe Harbours”)'.
    The quotes stay outside the span (spec)."""
    for opening, closing in OPENING_QUOTES.items():
        for i in ctx.positions.get(opening, []):
            ceiling = min(ctx.line_tokens(i)[1], i + 12)
            close = next((k for k in range(i + 1, ceiling) if ctx.texts[k] == closing), None)
            if close is None or close == i + 1 or not ctx.texts[i + 1][:1].isupper():
                continue
            before = []
            wrapped = i > 1 and ctx.spaces[i - 1] and ctx.texts[i - 1].count("\n") == 1
            for k in range(i - 1, max(-1, i - 4 - wrapped), -1):
                if k == i - 1 and wrapped:
                    continue  # ("l'initiative\n« X »": the quote opens the wrapped line, its noun ends the line before)
                if ctx.texts[k] in {".", "!", "?", ";"} or "\n" in ctx.texts[k]:
                    break
                # ("l'initiative « X »": the tokenizer keeps a lowercase elision on its noun.)
                before.append(ELIDED_ARTICLE.sub("", ctx.texts[k].lower()))
            if wrapped and not (before and (before[0] in ctx.vocab.nouns_after_acronym or before[0].title() in ctx.vocab.foreign_heads)):
                before = []  # (only a project noun ending the line before calls it across the break)
            after = ctx.texts[close + 1].lower() if close + 1 < len(ctx.doc) else ""
            # A name, not a quoted sentence: no closing punctuation inside, and mostly capitalized words
            # unless a naming word stands right before it ('the project "Schools for all"').
            words = [k for k in range(i + 1, close) if ctx.texts[k].isalpha() and not ctx.is_function(k)]
            # ('el proyecto «Pan de Altura»': a Romance head in lower case names what the quotes hold.)
            # ('senior loan FP301 "Safe Harbours"': the operation's code names what the quotes hold.)
            # ('le ministre a dit « Merci ... »', 'hizo un llamado "Todos ..."': a verb of saying, a noun of calling.)
            said = len(before) > 1 and before[0] in SAYING_FORMS and before[1] in SAYING_CUES
            named = bool(before) and not said and (before[0] in NAMING_WORDS or before[0] in ctx.vocab.nouns_after_acronym
                                      or before[0].title() in ctx.vocab.foreign_heads or _code_before(ctx, i))
            if ctx.texts[close - 1] in CLOSING_PUNCT or not named and sum(ctx.texts[k][:1].isupper() for k in words) * 2 < len(words):
                continue
            # '... Dlo Lakay (« De l'eau à la maison »)', '(UWG) ("our unity" in Swahili)': words in sentence
            # case opening a parenthesis translate the name before it.
            if i > 0 and ctx.texts[i - 1] == "(" and any(ctx.texts[k].isalpha() and ctx.texts[k].islower()
                                                         and not ctx.is_function(k) for k in range(i + 1, close)):
                continue
            # 'Mwana Bora ("Good Child")': a parenthesis that only quotes, after a coined word, glosses it (after a
            # head, '... Project ("Safe Harbours")', it names the project).
            if i > 1 and ctx.texts[i - 1] == "(" and ctx.texts[close + 1 : close + 2] == [")"] \
                    and ctx.texts[i - 2][:1].isupper() and ctx.texts[i - 2] not in ctx.vocab.project_heads:
                continue
            # ('Proyecto piloto «X»': a Romance project noun, right before the quote or before one adjective of it;
            # not 'el proyecto de ley «X»', 'el programa de radio «X»', 'el proyecto dijo «X»'.)
            romance_noun = bool(before) and (before[0] in ROMANCE_PROJECT_NOUNS or len(before) > 1
                                             and before[1] in ROMANCE_PROJECT_NOUNS and before[0] in PROJECT_ADJECTIVES)
            introduced = named or romance_noun or any((w in NAMING_WORDS and not said) or w in ctx.vocab.nouns_after_acronym
                                                      for w in before) \
                or after in ctx.vocab.nouns_after_acronym or _purpose_object(ctx, i) or _described_as_project(ctx, close) \
                or _head_after(ctx, close)
            # '(the "Fund" or "ABCF")', 'collectively the "Parties"': a single common noun after "the", in a parenthesis
            # or after "collectively", is a defined term of a legal or financial text, not a name ('known as the
            # "Harambee"', 'the "Ubuntu" initiative' name projects).
            defined = _in_parenthesis(ctx, i) or bool(DEFINING_WORDS.intersection(before))
            if close == i + 2 and before[:1] == ["the"] and defined and not ctx.texts[i + 1].isupper():
                continue
            # “X Programme: final evaluation”: a document about the project; the name ends at the colon.
            end = next((k for k in range(i + 2, close - 1) if ctx.texts[k] == ":" and ctx.texts[k + 1].islower()), close)
            if not introduced or rejection(ctx, i + 1, end, ITEM_REJECTIONS) is not None or ctx.add(i + 1, end, "quoted-name") is None:
                continue
            # ('(the "Fund" or "ABCF")': a quoted acronym a parenthesis defines names the project wherever it stands.)
            if end == i + 2 and ctx.texts[i + 1].isupper() and len(ctx.texts[i + 1]) > 1 and _in_parenthesis(ctx, i):
                ctx.project_acronyms.add((ctx.texts[i + 1],))


DEFINING_WORDS = frozenset({"collectively", "individually", "jointly", "hereinafter"})


def _in_parenthesis(ctx: DetectionContext, i: int) -> bool:
    """Whether token i stands in a parenthesis opened earlier on its line and not yet closed."""
    start = ctx.line_tokens(i)[0]
    opened = next((k for k in range(i - 1, start - 1, -1) if ctx.texts[k] in ("(", ")")), None)
    return opened is not None and ctx.texts[opened] == "("


def _head_after(ctx: DetectionContext, close: int) -> bool:
    """'“Bright Villages” off-grid solar initiative': a few lowercase words after the closing quote, then a project
    noun, call the quoted name a project."""
    stop = min(ctx.line_tokens(close)[1], close + 7)
    for k in range(close + 1, stop):
        if ctx.texts[k] in ctx.vocab.project_nouns:
            return True
        if not (ctx.texts[k].isalpha() and ctx.texts[k].islower() or ctx.texts[k] == "-") or ctx.is_function(k):
            return False
    return False


def _code_before(ctx: DetectionContext, i: int) -> bool:
    """An operation's code right before token i ("FP301", "SAP112", which the tokenizer parts after its letters)."""
    glued = i >= 2 and not ctx.whitespaces[i - 2]
    return bool(OPERATION_CODE.fullmatch(ctx.texts[i - 2] + ctx.texts[i - 1] if glued else ctx.texts[i - 1]))


CLOSING_QUOTES = {"'", "’", "”", "\"", "»"}


def quoted_title_before(ctx: DetectionContext, end: int, acronym: tuple[str, ...]) -> bool:
    """"the project 'Clean Towns for All' (CTA)": the quoted name is the mention (quotes stay outside,
    spec) and its acronym names it later ('"X: mid-term review" (PDF)': a file type is none). Returns whether taken."""
    if end < 3 or ctx.texts[end - 1] not in CLOSING_QUOTES or " ".join(acronym).lower() in FILE_TYPES:
        return False
    quote = ctx.texts[end - 1]
    opening = {"’": "‘", "”": "“", "»": "«"}.get(quote, quote)
    start = next((k for k in range(end - 2, max(-1, end - 16), -1) if ctx.texts[k] == opening), None)
    if start is None or not ctx.texts[start + 1][:1].isupper() or not acceptable(ctx, start + 1, end - 1):
        return False
    if ctx.add(start + 1, end - 1, "quoted-name") is None:
        return False
    ctx.project_acronyms.add(acronym)
    # The acronym in the parenthesis is not a mention of its own; its later uses are.
    for k in range(end + 1, min(end + 1 + len(acronym), len(ctx.doc))):
        ctx.taken[k] = True
    return True
