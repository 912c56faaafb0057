"""A name inside a noun phrase whose lowercase words say what it names: "the Hill Wells rural water
scheme", "the separate Harbour Grants scheme", "the Lake Towns pilot". The article opens the phrase,
a project noun closes it, and the capitalized run between them, without the lowercase words that
describe it, is the name (spec: a lowercase head noun after the name is outside the span).

context_names.names_before_nouns reads the plain "the Green Jobs programme"; this reads the phrases
with describing words on either side of the name.
"""

from __future__ import annotations

from .context import POSSESSIVES, DetectionContext
from .context_names import heads_phrase
from .filters import acceptable

# The nouns that close such a phrase; "pilot" names a small project ("the Lake Towns pilot was paused").
PHRASE_NOUNS = frozenset({"project", "programme", "program", "scheme", "initiative", "pilot", "facility", "fund"})
OPENERS = frozenset({"the", "its", "their", "our", "this", "a", "an"})
MAX_DESCRIBING = 3  # lowercase words between the name and its noun ("cash transfer", "rural water")
MAX_ADJECTIVES = 2  # lowercase words between the article and the name ("the separate", "the new national")
PARTICLE_LENGTH = 3  # "ma", "wa", "kwa": a short lowercase particle between capitalized words of a non-English name


def _describing(ctx: DetectionContext, k: int) -> bool:
    """A lowercase word that can describe an activity: not a function word nor a verb form."""
    text = ctx.texts[k]
    # ("the Tadrib remedial-learning programme": a hyphen joins a compound, whose second word may be a participle.)
    joined = k > 1 and ctx.texts[k - 1] == "-" and not ctx.whitespaces[k - 1] and not ctx.whitespaces[k - 2]
    if text == "-" and not ctx.whitespaces[k] and k > 0 and not ctx.whitespaces[k - 1]:
        return ctx.texts[k - 1].isalpha() and ctx.texts[k - 1].islower()
    return text.isalpha() and text.islower() and text not in ctx.vocab.english_stop_words \
        and not ctx.is_function(k) and (joined or not text.endswith(("ed", "ing"))) and not ctx.taken[k]


def _name_start(ctx: DetectionContext, end: int, floor: int) -> int:
    """The start of the capitalized run ending before `end`, crossing short particles between capitals."""
    k = end
    while k > floor:
        text = ctx.texts[k - 1]
        if text[:1].isupper() and text.replace("-", "").replace("'", "").isalnum() and not ctx.taken[k - 1] \
                and k - 1 not in ctx.date_tokens and k - 1 not in ctx.money_tokens:
            k -= 1
            continue
        particle = text.isalpha() and text.islower() and len(text) <= PARTICLE_LENGTH \
            and k - 2 >= floor and ctx.texts[k - 2][:1].isupper() and k < end
        if particle and text not in ctx.vocab.english_stop_words:
            k -= 1
            continue
        break
    return k


def names_in_noun_phrases(ctx: DetectionContext) -> None:
    """"the Hill Wells rural water scheme" -> "Hill Wells"; "the separate Harbour Grants scheme" -> "Harbour Grants"."""
    for i in ctx.positions_of(PHRASE_NOUNS):
        if i < 3 or ctx.taken[i]:
            continue
        floor = ctx.line_tokens(i)[0]
        end = i
        words = 0
        while end > floor and words < MAX_DESCRIBING and _describing(ctx, end - 1):
            end -= 1
            words += ctx.texts[end] != "-"
        begin = _name_start(ctx, end, floor)
        # "The Lake Towns pilot was paused": a sentence's capitalized article opens the phrase.
        article_inside = begin < end and ctx.texts[begin].lower() in OPENERS
        begin += article_inside
        if begin >= end:
            continue
        opener = begin
        if not article_inside:
            while opener > floor and begin - opener < MAX_ADJECTIVES and _describing(ctx, opener - 1):
                opener -= 1
            before = ctx.word_before(opener)  # ("In Peru, the\nQocha Sumaq micro-reservoir programme": a wrapped line)
            # ("› Sabzi Nav small-scale irrigation programme, phase 2": or the name opens a list item.)
            opens_item = opener == floor and ctx.line_of(floor).kind == "item" \
                and not any(ctx.texts[k].lower() in OPENERS for k in range(begin, end))
            if not opens_item and (before < 0 or ctx.texts[before].lower() not in OPENERS and ctx.texts[before] not in POSSESSIVES):
                continue
        capitalized = [k for k in range(begin, end) if ctx.texts[k][:1].isupper()]
        regional = all(ctx.texts[k] in ctx.vocab.region_words or ctx.place_at(k, k + 1) for k in capitalized)
        if len(capitalized) < 2 or regional or ctx.place_at(begin, end) \
                or ctx.texts[begin] in ctx.organization_acronyms or not ctx.is_free(begin, end) \
                or not acceptable(ctx, begin, end):
            continue
        ctx.add(begin, end, "name-noun")


PARENTHESIS_OPENERS = frozenset({"our", "a", "an", "the", "its", "their"})
MAX_DESCRIPTION_WORDS = 7
MAX_NAME_TOKENS = 5
MAX_GLOSS_TOKENS = 10


def names_described_in_parentheses(ctx: DetectionContext) -> None:
    """"Hillwater (our girls' schooling programme, ...)": a capitalized name that a parenthesis right after it
    calls a programme or project, even a name of one word; or an appositive after the parenthesis that glosses
    the name ("Hillwater ("clean hills"), our schooling programme in ...")."""
    for i in ctx.positions.get("(", []):
        if i == 0 or i + 2 >= len(ctx.doc):
            continue
        opener = i + 1 if ctx.texts[i + 1].lower() in PARENTHESIS_OPENERS else _appositive_after_gloss(ctx, i)
        if opener is None:
            continue
        noun = next((k for k in range(opener + 1, min(opener + 1 + MAX_DESCRIPTION_WORDS, len(ctx.doc)))
                     if ctx.texts[k] in PHRASE_NOUNS or ctx.texts[k] in {")", ",", ";"} or "\n" in ctx.texts[k]), None)
        # ('Ana Lobo ("Mama Maji"), our project officer': after a gloss, the noun must head its phrase.)
        if noun is None or ctx.texts[noun] not in PHRASE_NOUNS or opener > i + 1 and not heads_phrase(ctx, noun):
            continue
        end = i
        begin = end
        while begin > 0 and end - begin < MAX_NAME_TOKENS and ctx.texts[begin - 1][:1].isupper() \
                and not ctx.taken[begin - 1] and begin - 1 not in ctx.date_tokens:
            begin -= 1
        # "The Hillwater (our ...)": a sentence's capitalized article is outside.
        if begin < end and ctx.texts[begin].lower() in OPENERS:
            begin += 1
        if begin >= end or ctx.place_at(begin, end) or ctx.texts[begin] in ctx.organization_acronyms \
                or not ctx.is_free(begin, end) or not acceptable(ctx, begin, end):
            continue
        ctx.add(begin, end, "described-name")


def _appositive_after_gloss(ctx: DetectionContext, open_index: int) -> int | None:
    """The opener of ", our ... programme" right after a short parenthesis of words (a translation, no year or
    amount) that follows a name, or None."""
    ceiling = min(open_index + MAX_GLOSS_TOKENS, ctx.line_tokens(open_index)[1])
    close = next((k for k in range(open_index + 1, ceiling) if ctx.texts[k] in {")", "("}), None)
    # ("Tarsa (Chad), a bridge scheme": a place in the parenthesis says where the word before it is.)
    if close is None or ctx.texts[close] != ")" or close + 2 >= len(ctx.doc) or close == open_index + 1 \
            or any(c.isdigit() for k in range(open_index + 1, close) for c in ctx.texts[k]) \
            or ctx.place_at(open_index + 1, close):
        return None
    if ctx.texts[close + 1] != "," or ctx.texts[close + 2].lower() not in PARENTHESIS_OPENERS:
        return None
    return close + 2
