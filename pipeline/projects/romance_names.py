"""Names that open with a Romance head: "Programa de Caminos Rurales", "Projet d'appui à la ...", "Fonds Varenne
pour la pêche": the head first, then its name, in title case or in sentence case."""

from __future__ import annotations

import re

from .acronyms import acronym_after
from .boundaries import PHASE_NOUNS, ROMAN, extend_right
from .common_words import is_common_english
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection

# Function words of French, Spanish and Portuguese titles ("Programme d'appui à la ...").
ROMANCE_OPENERS = ("d'", "d’", "l'", "l’")

# The parent a window or component belongs to, written in lower case after its name ("... do fundo", "... du programme").
PARENT_NOUNS = {"fundo", "fonds", "fondo", "programa", "programme", "projet", "projeto", "proyecto", "mecanismo", "mécanisme"}
PARENT_LINKS = {"do", "du", "del", "da", "de"}
WITH_WORDS = {"com", "con", "avec"}
FUNDING_WORDS = {"apoio", "apoyo", "appui", "soutien", "financiamento", "financiamiento", "financiación", "financement",
                 "fondos", "fundos", "fonds", "recursos", "ressources", "verbas", "aporte", "aportes", "contribución",
                 "contribuição", "contribution", "crédito", "crédit", "préstamo", "empréstimo", "prêt"}
FUNDING_ARTICLES = {"o", "a", "os", "as", "el", "la", "los", "las", "le", "les", "l'", "l’", "un", "una", "uma", "um", "une"}


def _funding_after(ctx: DetectionContext, i: int) -> bool:
    """Whether the words at i name money or support ("apoio europeu", "el apoyo del banco", "l'appui de")."""
    if i < len(ctx.doc) and ctx.texts[i].lower() in FUNDING_ARTICLES:
        i += 1
    return i < len(ctx.doc) and ctx.texts[i].lower() in FUNDING_WORDS
SINGLE_WORDS = {"unique", "única", "unica", "único", "unico"}


def _romance_word(ctx: DetectionContext, i: int, sentence_case: bool) -> bool:
    text = ctx.texts[i]
    # "Projeto de ... Pesca Costeira com verbas do Estado", "... con el apoyo de": in a title-case name, "with" and the
    # money or support it comes with say how it is funded ("Mujeres con discapacidad en el Campo" goes on).
    if text.lower() in WITH_WORDS and not sentence_case and _funding_after(ctx, i + 1):
        return False
    if text.lower() in ctx.vocab.foreign_function_words or text.lower().startswith(ROMANCE_OPENERS):
        return True
    # "... Apoio e Resposta a Secas no Vale", "Apoyo a Pescadores", "Apoyo a la Pesca Artesanal": "a" joins when a
    # capitalized word follows, or, in a Spanish title, an article and one (French "... a démarré", "... a un budget",
    # "Projet X a la Direction ... comme ..." is a verb).
    if text == "a" and i + 1 < len(ctx.doc):
        article = ctx.texts[i + 1] in SPANISH_ARTICLES and i + 2 < len(ctx.doc) and _spanish_title(ctx, i)
        return ctx.texts[i + 2 if article else i + 1][:1].isupper()
    if text[:1].isupper() or ROMAN.match(text):
        return True
    # "... rurale de Torvel–Maranc": a dash written tight between two places' names joins them.
    if text in {"–", "-"} and i + 1 < len(ctx.doc) and not ctx.whitespaces[i - 1] and not ctx.whitespaces[i]:
        # ("... par mini-réseaux solaires": in a sentence-case title, a hyphenated lowercase word runs on whole.)
        return ctx.texts[i - 1][:1].isupper() and ctx.texts[i + 1][:1].isupper() \
            or sentence_case and ctx.texts[i - 1].isalpha() and ctx.texts[i - 1].islower() and ctx.texts[i + 1].isalpha() \
            and ctx.texts[i + 1].islower()
    # French titles run on in lower case ("... à la pêche artisanale et à la transformation du poisson").
    # An English verb ends it: "The Projet de ... du karité helped ..." (Romance words rarely end in "-ed"), "... de
    # Base helps" (a describing verb's present tense).
    english_verb = len(text) > 4 and text.endswith("ed") or text[-1:] == "s" and ctx.texts[i - 1][:1].isupper() \
        and ctx.vocab.description_verbs & {text[:-1], text[:-2]}  # (not "... aux finances locales")
    if not (text.isalpha() and text.islower()) or text in ctx.vocab.english_stop_words or english_verb:
        return False
    # "... route Orvane–Sully depuis 2030": a lowercase word before a date says when, not what.
    if i + 1 in ctx.date_tokens:
        return False
    # "Fonds Varenne pour la pêche et la forêt": in a title-case name too, a word no English list holds runs
    # on after a Romance function word.
    return sentence_case or ctx.texts[i - 1].lower() in ctx.vocab.foreign_function_words and not is_common_english(text) \
        and not _joins_a_new_phrase(ctx, i) or _runs_on_to_a_name(ctx, i)


SPANISH_ARTICLES = {"la", "las", "el", "los"}
SPANISH_HEADS = {"Programa", "Proyecto", "Fondo", "Iniciativa", "Mecanismo", "Plan", "Estrategia"}


def _spanish_title(ctx: DetectionContext, i: int) -> bool:
    """Whether a Spanish head opens the title-case run that token i goes on ("Programa de Apoyo a ...")."""
    start = ctx.line_tokens(i)[0]
    return any(ctx.texts[k] in SPANISH_HEADS for k in range(max(start, i - 12), i))


CONJUNCTIONS = {"e", "y", "et", "o", "ou", "and"}
INDEFINITE_ARTICLES = {"un", "una", "uno", "une", "um", "uma"}


def _joins_a_new_phrase(ctx: DetectionContext, i: int) -> bool:
    """"... del Fondo Verde Andino y capacitación de ...", "... do Fundo Azul e com uma subvenção": in a title-case
    name, a conjunction right after a capitalized word, then at once a lowercase word or a run with an indefinite
    article (a name does not say "a" or "an"), joins the sentence's next phrase, not the name's ("Fondo de Becas Andinas y
    de movilidad" repeats its preposition; "Fonds Varenne pour la pêche et la forêt" joins two lowercase words)."""
    k = i - 1
    while k > 0 and ctx.texts[k].lower() in ctx.vocab.foreign_function_words:
        k -= 1
    run = [ctx.texts[j].lower() for j in range(k + 1, i)]
    if not run or run[0] not in CONJUNCTIONS or not ctx.texts[k][:1].isupper():
        return False
    return len(run) == 1 or bool(INDEFINITE_ARTICLES.intersection(run[1:]))


# The endings of French, Spanish and Portuguese adjectives of place and kind ("rural", "ruraux", "comunitario",
# "pastorales", "urbaine"), which neither verbs ("cofinancia", "apoie") nor participles ("financé", "ejecutado",
# "visant") nor conjunctions ("mais") share.
ROMANCE_ADJECTIVE = re.compile(r"(?:ale?s?|aux|elles?|els?|aires?|iques?|ic[oa]s?|iv[oa]s?|ifs?|ives?|an[oa]s?|aines?|ains?"
                               r"|eñ[oa]s?|enses?|[ai]bles?|iens?|iennes?|aises?|eux|euses?|ári[oa]s?|ari[oa]s?)$")


def _runs_on_to_a_name(ctx: DetectionContext, i: int) -> bool:
    """"Projet de Pistes rurales et de Marchés du Haut Plateau", "... des Puits pastoraux, phase 3 (ABC-3)": in a
    title-case name, a lowercase adjective after a capitalized word runs on when the name goes on after it, in
    capitals past function words, or in a phase and its acronym."""
    if not ctx.texts[i - 1][:1].isupper() or ctx.texts[i - 1].lower() in ctx.vocab.foreign_function_words \
            or not ROMANCE_ADJECTIVE.search(ctx.texts[i]):
        return False  # ("... para la Costa Serena cofinancia con EUR ...": a verb, not an adjective, ends the name)
    k = i + 1
    while k < len(ctx.doc) and k - i <= 3 and ctx.texts[k].lower() in ctx.vocab.foreign_function_words:
        k += 1
    if k >= len(ctx.doc) or ctx.spaces[k - 1]:
        return False
    following = ctx.texts[k]
    # ("... rural del Banco Mundial": a body's head after the function words says who, not what.)
    if k > i + 1 and following[:1].isupper() and following.isalpha() and not ctx.is_function(k) \
            and following not in ctx.vocab.foreign_non_project_heads and following not in ctx.vocab.organization_heads:
        return True
    return following == "," and k + 4 < len(ctx.doc) and ctx.texts[k + 3] == "(" \
        and bool(PHASE_NOUNS & {ctx.texts[k + 1].lower(), ctx.texts[k + 2].lower()})


def _coined_after_adjective(ctx: DetectionContext, adjective: int) -> bool:
    """"Fonds fiduciaire Kalo pour la ...": a coined name after the head's adjective, which a Romance function word
    carries on ("Projet pilote Dakar accueille ...": a place, then a verb, is no name)."""
    name, after = adjective + 1, adjective + 2
    return after < len(ctx.doc) and ctx.texts[name][:1].isupper() and ctx.texts[name].isalpha() \
        and not is_common_english(ctx.texts[adjective]) and not ctx.place_at(name, name + 1) \
        and ctx.texts[name] not in ctx.vocab.organization_heads and ctx.texts[after] in ctx.vocab.foreign_function_words


def foreign_titles(ctx: DetectionContext) -> None:
    """"Programa de Caminos Rurales", "Projet d'appui à ...": a Romance head first, then its name."""
    for head in sorted(ctx.vocab.foreign_heads):
        for i in ctx.positions.get(head, []):
            if ctx.taken[i] or i + 1 >= len(ctx.doc):
                continue
            nxt = ctx.texts[i + 1]
            opens = nxt.lower() in ctx.vocab.foreign_function_words or nxt.lower().startswith(ROMANCE_OPENERS)
            # "Programme national de l'eau": an adjective after the head, then a Romance function word.
            if not opens and nxt.isalpha() and nxt.islower() and i + 2 < len(ctx.doc):
                then = ctx.texts[i + 2].lower()
                opens = then in ctx.vocab.foreign_function_words - {"a", "e", "en"} or then.startswith(ROMANCE_OPENERS) \
                    or _coined_after_adjective(ctx, i + 1)
            if not opens and not (nxt[:1].isupper() and head not in ctx.vocab.project_heads):
                continue
            ceiling = ctx.line_tokens(i)[1]
            # Sentence case ("Projet d'appui à la ...", "Programme national de ..."): lowercase words run on.
            sentence_case = nxt.lower().startswith(ROMANCE_OPENERS) or (nxt.isalpha() and nxt.islower() and not ctx.is_function(i + 1)) \
                or (i + 2 < ceiling and ctx.texts[i + 2].islower() and ctx.texts[i + 2].lower() not in ctx.vocab.foreign_function_words)
            # "Projet de la route ...": the first word after the function words is in lower case.
            first = i + 1
            while first < ceiling - 1 and ctx.texts[first].lower() in ctx.vocab.foreign_function_words:
                first += 1
            sentence_case = sentence_case or first > i + 1 and ctx.texts[first].isalpha() and ctx.texts[first].islower() \
                and ctx.texts[first] not in ctx.vocab.english_stop_words
            end = i + 1
            while end < ceiling and _romance_word(ctx, end, sentence_case) and not ctx.spaces[end]:
                end += 1
            # (A capitalized last word after a capitalized one is the name's: "... la Sierra Sur", not the French "sur".)
            while end > i + 1 and ctx.texts[end - 1].lower() in ctx.vocab.foreign_function_words \
                    and not (ctx.texts[end - 1][:1].isupper() and ctx.texts[end - 2][:1].isupper() and not ctx.is_function(end - 1)):
                end -= 1
            # "Janela Quintais Produtivos do fundo": "of the fund" after a name points back to its parent.
            # ("Ventanilla Jóvenes del Campo del PRODEVA": so does a project's acronym, a mention of its own; a body's
            # stays, "... del FIDA" is who runs it.)
            parent_acronym = ctx.is_acronym_word(end - 1) and ctx.texts[end - 1] not in ctx.organization_acronyms \
                and ctx.texts[end - 1] not in ctx.vocab.organization_acronyms
            if end - i >= 4 and (ctx.texts[end - 1] in PARENT_NOUNS or parent_acronym) \
                    and ctx.texts[end - 2].lower() in PARENT_LINKS:
                end -= 2
            end = extend_right(ctx, end, ceiling)
            # ("Guichet unique", "Ventanilla Única": a single window is an administration's office, not a fund's window.)
            if i + 1 < end and ctx.texts[i + 1].lower() in SINGLE_WORDS:
                continue
            if ctx.content_words(i, end) < 2 and end - i < 3:
                continue
            if rejection(ctx, i, end, ITEM_REJECTIONS) is not None:
                continue
            after = acronym_after(ctx, end, i)
            ctx.add(i, after or end, "foreign-title")
