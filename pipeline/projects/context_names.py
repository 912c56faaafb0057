"""Names known from the words around them: an appositive or a project noun calls them a project,
a cue introduces them, or a verb opens them mid-sentence (quoted names: quoted_names; names the text says a
project is called: alias_names)."""

from __future__ import annotations

from ..normalize.projects import looks_like_acronym
from .boundaries import CLOSING_PUNCT, ROMAN, settle
from .context import POSSESSIVES, DetectionContext
from .filters import ITEM_REJECTIONS, acceptable, rejection
from .quoted_names import PROJECT_ADJECTIVES


def _introduces_description(ctx: DetectionContext, i: int) -> bool:
    """", the ...", ", a ...", ", its ...", ", our ...", ", Ruritania's ...": the start of an appositive."""
    if ctx.texts[i].lower() in {"a", "an", "the", "its", "our", "their"}:
        return True
    return i + 1 < len(ctx.doc) and ctx.texts[i + 1] in POSSESSIVES and ctx.place_at(i, i + 1)


def heads_phrase(ctx: DetectionContext, noun: int) -> bool:
    """"the road programme, which ..." heads its phrase; "the programme manager" does not."""
    if noun + 1 >= len(ctx.doc):
        return True
    following = ctx.texts[noun + 1]
    if following in POSSESSIVES:  # ("the campaign's founder": a person of the campaign)
        return False
    return not (following.isalpha() and following.islower()) or ctx.is_function(noun + 1) \
        or following in ctx.vocab.prepositions or following in {"between", "among", "across", "within"} \
        or following in {"that", "which", "who", "whose", "run", "led"} or following in PRONOUNS or following.endswith("ed") \
        or following.endswith("ing") and following not in NOMINAL_ING  # "the programme covering three countries"


# "our flagship programme, NAME,": words that make a programme the writer's own.
OWNED = {"flagship", "our", "its", "their"}
# "the seed fund we manage": a relative clause without "that" opens on its subject.
PRONOUNS = {"we", "they", "you", "i", "he", "she", "it"}
# "-ing" words that make a compound noun after "programme" ("the programme funding was cut").
NOMINAL_ING = {"funding", "financing", "staffing", "planning", "budgeting", "monitoring", "reporting", "spending",
               "training", "building", "meeting", "meetings", "setting", "thinking", "listing"}
# "the Coastal Roads Loan, a USD 8 million loan": an instrument names its own kind in the appositive.
INSTRUMENT_NOUNS = {"grant", "loan", "credit"}


def _after_a_function_word(ctx: DetectionContext, i: int) -> bool:
    """"assistance to Velona,": the word before a one-word name is no part of it ("... Mpya wa Pembe," is a
    longer name in another language whose last word alone would be found)."""
    before = ctx.texts[i - 1] if i > 0 else "\n"
    return not before.isalpha() or ctx.is_function(i - 1) or before.lower() in ctx.vocab.prepositions


def appositives(ctx: DetectionContext) -> None:
    """"Green Jobs, the joint programme ...": a name, then an appositive that calls it a project."""
    doc = ctx.doc
    romance_heads = {head.lower() for head in ctx.vocab.foreign_heads}
    for i in ctx.positions.get(",", []):
        if i + 2 >= len(doc):
            continue
        # "Nafa Kanu, initiative régionale de ...": a Romance appositive opens on its head, without an article.
        if ctx.texts[i + 1] in romance_heads:
            noun = i + 1
        elif _introduces_description(ctx, i + 1):
            window = range(i + 2, min(i + 10, len(doc)))
            named_kind = ctx.texts[i - 1].lower() if i > 0 and ctx.texts[i - 1].lower() in INSTRUMENT_NOUNS else None
            # ("X, the first component of the Hill Roads Programme": a part of a programme is an activity too.)
            noun = next((k for k in window if ctx.texts[k] in ctx.vocab.nouns_after_acronym or ctx.texts[k] == named_kind
                         or ctx.texts[k] == "component" and ctx.texts[k + 1] == "of"), None)
        else:
            continue
        # (A Romance head comes before its adjectives: "initiative régionale".)
        if noun is None or any(ctx.texts[k] in CLOSING_PUNCT for k in range(i + 2, noun)) \
                or noun > i + 1 and not heads_phrase(ctx, noun):
            continue
        begin = ctx.walk_back(i, ctx.line_tokens(i)[0])
        begin, stop = settle(ctx, begin, i)
        if begin >= stop or ctx.texts[begin] in ctx.organization_acronyms:
            continue
        # One word: an acronym ("ABC", "AbcD") or a coined name with a phase numeral ("Abcdef II").
        single = (stop - begin == 1 and ctx.is_acronym_word(begin)) or (stop - begin == 2 and ROMAN.match(ctx.texts[stop - 1])
                                                                       and ctx.texts[begin][:1].isupper())
        if single and ctx.texts[begin].isalpha() and not ctx.place_at(begin, stop):
            ctx.add(begin, stop, "acronym-appositive")
        elif stop - begin == 1 and ctx.is_coined_name(begin) and _after_a_function_word(ctx, begin) \
                and not any(ctx.texts[k].title() in ctx.vocab.organization_heads for k in range(i + 2, noun)) \
                and acceptable(ctx, begin, stop):  # (not "Sida, the Swedish agency that runs the programme")
            ctx.add(begin, stop, "appositive")  # "Velona, the national cash programme": a coined word alone
        elif ctx.content_words(begin, stop) >= 2 and acceptable(ctx, begin, stop):
            ctx.add(begin, stop, "appositive")


def acronym_nouns(ctx: DetectionContext) -> None:
    """"the PALM scheme": an acronym before a lowercase project noun (the noun stays out)."""
    for i in ctx.positions_of(ctx.vocab.nouns_after_acronym):
        if i == 0:
            continue
        k = i - 1
        # "the ABC regional programme": one lowercase adjective may stand between.
        if k > 0 and ctx.texts[k] in ctx.vocab.programme_adjectives:
            k -= 1
            i -= 1
        text = ctx.texts[k]
        # "the PALM scheme", "the Go4Growth initiative": an acronym or a coined one-word name.
        coined = ctx.is_acronym_word(k) and any(c.isdigit() for c in text)
        if len(text) >= 3 and (text.isupper() and text.isalpha() or coined) and text not in ctx.organization_acronyms \
                and not ctx.place_at(k, i):
            ctx.add(k, k + 1, "acronym-noun")


def names_before_nouns(ctx: DetectionContext) -> None:
    """"the Green Jobs programme": a capitalized name before a lowercase project noun; the noun stays out (so does a
    gloss between them: "the Lagi Manu (Bird Sky) programme")."""
    for noun in ctx.positions_of(ctx.vocab.nouns_after_acronym):
        if noun == 0:
            continue
        # ("the Pathways to Learning\nfacility": the noun may open the next line.)
        i = _before_gloss(ctx, noun - 1 if noun >= 2 and ctx.word_before(noun) == noun - 2 else noun)
        if ctx.taken[i - 1] or not ctx.texts[i - 1][:1].isupper():
            continue
        # Title words may include function words: "the Ending Violence Against Children in Nepal programme".
        begin, _ = settle(ctx, ctx.walk_back(i, ctx.line_tokens(i - 1)[0]), i)
        # "KOICA's Better Life initiative": a possessive body or country ends the name.
        for k in range(begin, i):
            if ctx.texts[k] in POSSESSIVES and (ctx.texts[k - 1] in ctx.organization_acronyms or ctx.place_at(begin, k)):
                begin = k + 1
        # An article or a possessive introduces the name: "the X programme", "KOICA's X initiative".
        # ("the\nSierra Viva program": the article may end the line before.)
        # ("3. Solar Kiosks for Hill Schools project": or the name and its noun are a heading's whole line.)
        introduced = begin > 0 and ctx.texts[ctx.word_before(begin)].lower() in {"the", "its", "this", "a", "an"} | POSSESSIVES
        heading = ctx.line_of(begin).kind == "heading" and ctx.line_tokens(begin) == (begin, noun + 1) and i - begin >= 3
        if begin >= i or not introduced and not heading:
            continue
        capitalized = [k for k in range(begin, i) if ctx.texts[k][:1].isupper()]
        # Before a lowercase "programme" every capitalized word is the name: regions and places alone are generic.
        regional = all(ctx.texts[k] in ctx.vocab.region_words or ctx.place_at(k, k + 1) for k in capitalized)
        if ctx.place_at(begin, i):
            regional = True
        # One word is a name when it is no English word ("the Velona programme", not "the Regional programme").
        named = len(capitalized) >= 2 or capitalized == [begin] and i - begin == 1 and ctx.is_coined_name(begin)
        if named and not regional and acceptable(ctx, begin, i) \
                and ctx.texts[capitalized[0]] not in ctx.organization_acronyms:
            # ("the BIG-C (Bay of ... Belt) initiative": an acronym before its gloss is the project's acronym.)
            ctx.add(begin, i, "acronym-noun" if looks_like_acronym(ctx.text_of(begin, i)) else "name-noun")


def _before_gloss(ctx: DetectionContext, noun: int) -> int:
    """Where the name before `noun` ends: before a parenthesis of a few words with no figure ("(Water for People)")."""
    if ctx.texts[noun - 1] != ")":
        return noun
    opening = next((k for k in range(noun - 2, max(0, noun - 10), -1) if ctx.texts[k] in {"(", ")"} or "\n" in ctx.texts[k]), None)
    if opening is None or ctx.texts[opening] != "(" or opening == 0 or opening + 1 >= noun - 1 \
            or any(c.isdigit() for k in range(opening + 1, noun - 1) for c in ctx.texts[k]) \
            or looks_like_acronym(ctx.text_of(opening + 1, noun - 1)):
        return noun  # ("the Green Jobs (GJ) programme": an acronym is the name's, read with it)
    return opening


def introduced_names(ctx: DetectionContext) -> None:
    """"Under Bridge Fiji, the state's ferry programme": a name after under/through that an
    appositive or the next words call a programme."""
    for cue in ctx.vocab.name_introducers:
        for i in ctx.positions.get(cue, []) + ctx.positions.get(cue.capitalize(), []):
            start = i + 1
            if start < len(ctx.doc) and ctx.texts[start].lower() == "the":
                start += 1
            stop = ctx.walk_forward(start, ctx.line_tokens(i)[1])
            if stop >= len(ctx.doc) - 2 or ctx.texts[stop] != "," or not ctx.is_free(start, stop):
                continue
            window = range(stop + 1, min(stop + 7, len(ctx.doc)))
            if not any(ctx.texts[k] in ctx.vocab.nouns_after_acronym for k in window):
                continue
            start, stop = settle(ctx, start, stop)
            if start < stop and ctx.texts[start][:1].isupper() and acceptable(ctx, start, stop) \
                    and not ctx.place_at(start, stop) and ctx.texts[start] not in ctx.organization_acronyms:
                ctx.add(start, stop, "introduced-name")


def verb_titles(ctx: DetectionContext) -> None:
    """"The board then funded Improve Hill Clinics, whose ...": a capitalized verb in mid-sentence
    opening a title-case phrase is a name (titles like "Improving X", "Strengthen Y")."""
    for i in ctx.positions_of_lower(ctx.vocab.title_verbs):
        if i == 0 or ctx.taken[i] or not ctx.texts[i][:1].isupper():
            continue
        if ctx.starts_sentence(i) or not ctx.texts[i - 1].islower() or _title_case_line(ctx, i):
            continue
        stop = ctx.walk_forward(i + 1, ctx.line_tokens(i)[1])
        while stop > i + 1 and (ctx.is_function(stop - 1) or ctx.is_connector(stop - 1)):
            stop -= 1
        capitalized = sum(1 for k in range(i + 1, stop) if ctx.texts[k][:1].isupper())
        # The phrase must end the clause: "..., whose", "... .", not run on into lowercase words.
        if capitalized < 2 or (stop < len(ctx.doc) and ctx.texts[stop] not in CLOSING_PUNCT and "\n" not in ctx.texts[stop]):
            continue
        if acceptable(ctx, i, stop):
            ctx.add(i, stop, "verb-title")


def _title_case_line(ctx: DetectionContext, i: int) -> bool:
    """"Bank Approves $412 Million Package to Support Eastland's Reforms": in a headline written in title case
    every word is capitalized, a verb too; its capitals say nothing of a name."""
    begin, end = ctx.line_tokens(i)
    words = [k for k in range(begin, end) if ctx.texts[k].isalpha() and len(ctx.texts[k]) > 3]
    return len(words) >= 4 and sum(ctx.texts[k][:1].isupper() for k in words) >= 0.8 * len(words)


FUNDING_NOUNS = {"contribution", "contributions", "grant", "grants", "loan", "loans"}
FUNDING_REACH = 25  # tokens before "for" where the amount it pays for stands


def _name_between_commas(ctx: DetectionContext, start: int) -> int | None:
    """The end of a title-case name starting at token `start` that a comma or a stop closes."""
    ceiling = ctx.line_tokens(start)[1]
    stop = ctx.walk_forward(start, ceiling)
    while stop > start and ctx.is_function(stop - 1):
        stop -= 1
    if stop == start or stop >= ceiling or ctx.texts[stop] not in {",", "."} or not ctx.texts[start][:1].isupper():
        return None
    return stop


def described_names(ctx: DetectionContext) -> None:
    """Names without a head noun that the words before them call an activity: "a first programme of
    this type, Harvest Ruritania I, closed ...", "a contribution to SolarVillages Eastland, which ..." and
    "signed EUR 4 million ... for Kisimvu Rafiki, which trains ..." (words no English list holds)."""
    for i in ctx.positions.get(",", []) + ctx.positions.get("to", []) + ctx.positions.get("for", []):
        if ctx.taken[i] or i + 1 >= len(ctx.doc):
            continue
        if ctx.texts[i] == "to":
            if i == 0 or ctx.texts[i - 1].lower() not in FUNDING_NOUNS:
                continue
        elif ctx.texts[i] == "for":
            # The amount it pays for stands before "for" in the same sentence.
            reach = range(max(0, i - FUNDING_REACH), i)
            opened = max((k for k in reach if ctx.texts[k] in {".", "!", "?", ";"}), default=reach.start - 1)
            if not any(k in ctx.money_tokens for k in range(opened + 1, i)):
                continue
        else:
            # "a/the ... programme ..., NAME,": a project noun after an article, in the same clause.
            window = range(max(0, i - 8), i)
            noun = next((k for k in window if ctx.texts[k] in ctx.vocab.nouns_after_acronym
                         and ctx.texts[k - 1].lower() in {"a", "an", "the", "first", "second", "third", "earlier", "previous"} | OWNED),
                        None)
            if noun is None and i > 0 and ctx.texts[i - 1] in ctx.vocab.nouns_after_acronym:
                noun = i - 1  # "a savings scheme, NAME, which ...": accepted below only with the relative clause
            if noun is None or any(ctx.texts[k] in CLOSING_PUNCT for k in range(noun, i)):
                continue
        stop = _name_between_commas(ctx, i + 1)
        if stop is None or stop - (i + 1) > 8 or ctx.texts[i + 1] in ctx.organization_acronyms \
                or ctx.place_at(i + 1, stop):
            continue
        roman = stop - (i + 1) >= 2 and ROMAN.match(ctx.texts[stop - 1])
        coined = any(ctx.is_acronym_word(k) and not ctx.texts[k].isupper() for k in range(i + 1, stop))
        # "a savings scheme, Umoja Circles, which ...": the noun right before the name, a relative clause after it.
        followed = stop + 1 < len(ctx.doc) and ctx.texts[stop] == "," and ctx.texts[stop + 1] in {"which", "that", "whose"}
        relative = ctx.texts[i - 1] in ctx.vocab.nouns_after_acronym and followed
        # "Our flagship programme, Tsara Vohitra, brings ...": a programme an owner calls its own, named right after it.
        relative = relative or ctx.texts[i - 1] in ctx.vocab.nouns_after_acronym and _owned(ctx, i - 1)
        if ctx.texts[i] == "for":  # (funding for a name of words no English list holds, a relative clause after it)
            roman = coined = False
            words = [k for k in range(i + 1, stop) if ctx.texts[k].isalpha() and not ctx.is_function(k)]
            relative = followed and all(ctx.is_coined(k) for k in words)  # (not "Twiga Foods", "Safaricom PLC")
        if not (roman or coined or relative) or ctx.content_words(i + 1, stop) < 2:
            continue
        if rejection(ctx, i + 1, stop, ITEM_REJECTIONS) is None:
            ctx.add(i + 1, stop, "described-name")


# ("Its first sub-project, X, ...", "their second programme, X, ...": an owner's numbered activity.)
OWNED_ORDINALS = {"first", "second", "third", "fourth", "latest", "newest", "new"}


def _owned(ctx: DetectionContext, noun: int) -> bool:
    """The project noun at noun is an owner's: "our programme", "its first sub-project"."""
    k = noun - 1
    if k >= 1 and ctx.texts[k] == "-" and ctx.texts[k - 1].lower() == "sub":
        k -= 2
    while k >= 0 and ctx.texts[k].lower() in OWNED_ORDINALS:
        k -= 1
    return k >= 0 and ctx.texts[k].lower() in OWNED


def nouns_then_titles(ctx: DetectionContext) -> None:
    """"builds on the regional project Cross-Border Wells for Peace, implemented ...": a lowercase project
    noun right before a title-case name of three content words or more, closed by punctuation, names it
    ("the project Team Leader" and "the programme Steering Committee" are roles and bodies); so does a Romance head
    in lower case ("o projeto Escola Mais Limpa (2031-2034)")."""
    nouns = ctx.vocab.project_nouns | {head.lower() for head in ctx.vocab.foreign_heads} | {"component"}
    for noun in sorted(k for word in nouns for k in ctx.positions.get(word, [])):
        # ("its seed component, Mbeu Yetu ("our seed"), ...": set off by a comma, a coined name before its gloss; a
        # component is named so only.)
        comma = noun + 1 < len(ctx.doc) and ctx.texts[noun + 1] == ","
        if not comma and ctx.texts[noun] == "component":
            continue
        # ("del proyecto piloto Tierra Viva,": a Romance head's adjective stands between it and the name; "el programa
        # de transferencias Juntos,": so does what it does, in lower case.)
        romance = not comma and ctx.texts[noun].title() in ctx.vocab.foreign_heads
        qualified = romance and noun + 1 < len(ctx.doc) and ctx.texts[noun + 1] in PROJECT_ADJECTIVES
        start = noun + 1 + comma + qualified
        if romance and not qualified:
            start = _after_lowercase_description(ctx, noun + 1) or start
        if start >= len(ctx.doc) or ctx.taken[start] or not ctx.texts[start][:1].isupper() or ctx.starts_sentence(noun):
            continue
        ceiling = ctx.line_tokens(start)[1]
        stop = ctx.walk_forward(start, ceiling)
        while stop > start and (ctx.is_function(stop - 1) or ctx.is_connector(stop - 1)):
            stop -= 1
        # Fewer words do when one is no English word: "the programme Kisimvu Rafiki," (not "the project Team Leader").
        # ("del programa ALBA (2031-2032)": after a Romance head, an acronym alone, in capitals, names it too; after an
        # English noun it is a file or a term, "the project PDF".)
        acronym = stop - start == 1 and ctx.is_acronym_word(start) and ctx.texts[start].isupper() \
            and ctx.texts[start] not in ctx.organization_acronyms and ctx.texts[noun].title() in ctx.vocab.foreign_heads
        enough = ctx.content_words(start, stop) >= 3 and not comma or (acronym or any(ctx.is_coined(k) for k in range(start, stop))) \
            and (not comma or stop < ceiling and ctx.texts[stop] == "(")  # (after a comma, only before its gloss)
        if stop >= ceiling or ctx.texts[stop] not in {",", ".", ";", "("} or not enough \
                or ctx.texts[stop - 1] in ctx.vocab.role_words:
            continue
        if ctx.is_free(start, stop) and acceptable(ctx, start, stop):
            # "the earlier project SolVerde (2024-2029)": one word with inner capitals is the project's acronym.
            ctx.add(start, stop, "acronym-noun" if stop - start == 1 and ctx.is_acronym_word(start) else "noun-title")


ROMANCE_OF = {"de", "d'", "d’"}
MAX_DESCRIPTION_WORDS = 3


def _after_lowercase_description(ctx: DetectionContext, at: int) -> int | None:
    """Where a name starts after "de" and up to three lowercase words at token `at` ("de transferencias Juntos"),
    or None."""
    if at >= len(ctx.doc) or ctx.texts[at] not in ROMANCE_OF:
        return None
    k = at + 1
    while k < len(ctx.doc) and k - at - 1 < MAX_DESCRIPTION_WORDS and ctx.texts[k].isalpha() and ctx.texts[k].islower() \
            and ctx.texts[k] not in ctx.vocab.foreign_function_words:
        k += 1
    if not at + 1 < k < len(ctx.doc) or not ctx.texts[k][:1].isupper() or ctx.texts[at + 1] in NOT_A_DESCRIPTION:
        return None
    # ("el programa de trabajo Anual": one adjective in capitals is no name.)
    alone = k + 1 >= len(ctx.doc) or not ctx.texts[k + 1][:1].isupper()
    return None if alone and ctx.texts[k].lower().endswith(("al", "ales", "aux")) else k


# What a Romance programme or project "of" is when it names no project: a bill, a broadcast, a work plan, a
# government's programme, a curriculum, an action plan, a line of investments or of cooperation.
NOT_A_DESCRIPTION = frozenset({"ley", "lei", "loi", "radio", "rádio", "televisión", "televisão", "télévision", "trabajo",
                               "trabalho", "travail", "gobierno", "governo", "gouvernement", "estudios", "estudos", "études",
                               "acción", "ação", "action", "actividades", "atividades", "activités", "inversiones",
                               "investimentos", "investissements", "cooperación", "cooperação", "coopération", "gestión",
                               "gestão", "gestion", "desarrollo", "desenvolvimento", "développement"})


# "X is a multi-year programme", "X was an initiative of ...": a sentence that defines its subject as a project.
DEFINED_AS = {"is", "was"}
HEAD_FOLLOWERS = {"that", "which", "run", "led", "working", "aimed", "aiming", "covering", "whose", "where"}
MAX_DEFINED_WORDS = 6


def defined_names(ctx: DetectionContext) -> None:
    """"Hill Songs is a three-year scheme led by four charities": a title-case subject that opens its sentence
    and is defined, in the same sentence, as a programme, project, initiative, scheme or activity."""
    nouns = ctx.vocab.project_nouns | {"activity", "partnership"}
    for verb in sorted(k for word in DEFINED_AS for k in ctx.positions.get(word, [])):
        if verb + 1 >= len(ctx.doc) or ctx.texts[verb + 1] not in ("a", "an", "our", "their"):
            continue
        # The defining noun within the next five words ("a five-year regional programme").
        noun = next((k for k in range(verb + 2, min(len(ctx.doc), verb + 7)) if ctx.texts[k] in nouns), None)
        if noun is None or any(ctx.texts[k] in CLOSING_PUNCT or ctx.spaces[k] for k in range(verb + 2, noun)):
            continue
        # The noun heads its phrase ("a programme run by ...", "a programme that ..."), not "a project site".
        after = ctx.texts[noun + 1] if noun + 1 < len(ctx.doc) else "."
        if after.isalpha() and after.islower() and not (ctx.is_function(noun + 1) or after in HEAD_FOLLOWERS or after.endswith("ed")):
            continue
        # ("X is a volunteer initiative of Lakeside College": a body's own product, as sites describe themselves.)
        if after == "of" and noun + 2 < len(ctx.doc) and ctx.texts[noun + 2][:1].isupper():
            continue
        end = _quoted_subject_end(ctx, verb)
        start = end
        while start > 0 and end - start < MAX_DEFINED_WORDS and not ctx.spaces[start - 1] \
                and (ctx.is_capitalized(start - 1) or ctx.is_function(start - 1) and start - 1 != end - 1):
            start -= 1
        while start < end and ctx.is_function(start):
            start += 1
        # ('"Mama Salama" ("safe mother") is our savings scheme': the quote mark opens the sentence.)
        marked = end < verb and start > 0 and ctx.texts[start - 1] in OPENING_MARKS
        opens = ctx.starts_sentence(start - 1 if marked else start)
        if start >= end or not opens or any(ctx.taken[k] for k in range(start, end)) \
                or ctx.content_words(start, end) < 2 or ctx.place_at(start, end):
            continue
        if rejection(ctx, start, end, ITEM_REJECTIONS) is None:
            ctx.add(start, end, "defined-name")


SUBJECT_MARKS = {'"', "”", "*", "’", "'", "»"}
OPENING_MARKS = {'"', "“", "*", "‘", "'", "«"}


def _quoted_subject_end(ctx: DetectionContext, verb: int) -> int:
    """Where the subject before "is a ..." ends: before its closing quote or asterisk, and before a gloss in
    parentheses after it ('"Mama Salama" ("safe mother") is ...', "*Hill Bees* is ...")."""
    k = verb
    if k > 0 and ctx.texts[k - 1] == ")":
        opening = next((j for j in range(k - 2, max(0, k - 12), -1) if ctx.texts[j] in {"(", ")"}), None)
        if opening is not None and ctx.texts[opening] == "(":
            k = opening
    return k - 1 if k > 1 and ctx.texts[k - 1] in SUBJECT_MARKS and ctx.texts[k - 2][:1].isalpha() else verb
