"""Where a name starts and ends: trims on the left, suffixes kept on the right.

Each function takes token bounds and returns better ones; `settle` runs the left-side
trims in a declared order until nothing changes.
"""

from __future__ import annotations

import re

from ..normalize.projects import SPELLED_PHASE_NUMBERS
from .common_words import in_two_languages
from .context import LEADING_ARTICLES, POSSESSIVES, RATING_UNITS, SPACED_DASHES, DetectionContext

ROMAN = re.compile(r"^[IVX]{1,5}$")
ROMANCE_ARTICLES = {"el", "la", "le", "les", "los", "las", "o", "os", "lo", "l'", "l’"}  # (the tokenizer parts an elided "l'")
ROMANCE_CONTRACTIONS = {"au", "aux", "al", "ao", "à"}
CLOSING_PUNCT = {",", ".", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "?", "!"}


def drop_articles_and_connectors(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """Leading articles, lowercase function words and connectors; trailing function words and connectors."""
    # A capitalized first word stays ("Towards Fair ...", "For ..."), articles never do.
    while start < end and (ctx.texts[start].lower() in LEADING_ARTICLES or ctx.is_connector(start) or ctx.spaces[start]
                           or ctx.texts[start] in SPACED_DASHES or ctx.texts[start] == ","
                           or (ctx.is_function(start) and ctx.texts[start].islower() and not ctx.is_letter_prefix(start))):
        start += 1
    # "El Programa ...", "La Dirección ...", "O Projeto ...": a Romance article before a Romance head or body.
    if start + 1 < end and ctx.texts[start].lower() in ROMANCE_ARTICLES and (ctx.texts[start + 1] in ctx.vocab.foreign_heads or ctx.texts[start + 1] in ctx.vocab.foreign_non_project_heads):
        start += 1
    # "(a través del) KfW la Iniciativa ...": a lowercase Romance article inside the run, before a Romance head, opens it.
    inner = next((k for k in range(start + 1, min(end - 1, start + 4)) if ctx.texts[k] in ROMANCE_ARTICLES
                  and ctx.texts[k + 1] in ctx.vocab.foreign_heads), None)
    if inner is not None:
        start = inner + 1
    while end > start and (ctx.is_function(end - 1) or ctx.is_connector(end - 1) or ctx.texts[end - 1] in {",", "-", "–", "—"}):
        end -= 1
    return start, end


def participle(word: str) -> bool:
    """"Renamed", "Approved"; not "Feed", "Seed"."""
    word = word.lower()
    return word.endswith("ed") and not word.endswith("eed") and len(word) > 4


QUESTION_WORDS = {"how", "why", "what", "when", "where", "who", "which"}


def drop_sentence_opener(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Renamed the Coastal Fund ...", "How the Coastal Fund ...": a sentence's first word, a participle,
    a question word or a preposition followed by an article, is not part of the name ("Promoting the ...", "Feed the ..." are)."""
    # "Working through the Harbour Grain Trust, ...": a gerund, its preposition and an article open a clause.
    if end - start > 3 and ctx.texts[start].endswith("ing") and ctx.texts[start + 1] in CLAUSE_PREPOSITIONS \
            and ctx.texts[start + 2] in LEADING_ARTICLES and ctx.starts_sentence(start):
        return start + 3, end
    # "Selon la Banque ...", "Según el Programa ...": a sentence's first word before a Romance article and a head or body.
    if end - start > 2 and ctx.texts[start + 1].lower() in ROMANCE_ARTICLES and ctx.starts_sentence(start) \
            and ctx.texts[start] not in ctx.vocab.foreign_heads and (ctx.texts[start + 2] in ctx.vocab.foreign_heads
                                                                   or ctx.texts[start + 2] in ctx.vocab.foreign_non_project_heads):
        return start + 1, end
    if end - start <= 2 or ctx.texts[start + 1] not in LEADING_ARTICLES:
        return start, end
    # "For the Coastal Fund the amount is ...": a sentence opening with a preposition and an article.
    opener = participle(ctx.texts[start]) or ctx.texts[start].lower() in QUESTION_WORDS \
        or ctx.texts[start] in {w.title() for w in ctx.vocab.prepositions}
    if opener and ctx.starts_sentence(start):
        return start + 2, end
    return start, end


OWNER_WORDS = {"our", "my"}
# Prepositions that, after a place or an opening gerund, say where money or work goes: a name never runs through them
# ("a loan to Tanvale from the ... Fund"); "of", "for" and "in" stay, as titles use them.
CLAUSE_PREPOSITIONS = {"through", "with", "via", "from", "to", "alongside"}


def drop_place_before_preposition(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Tanvale from the Lakes Development Fund": a place, then "from the" or "to the", is the clause's, not the name's."""
    for k in range(start + 1, min(end - 2, start + 5)):
        if ctx.texts[k] in CLAUSE_PREPOSITIONS and ctx.texts[k + 1] in LEADING_ARTICLES and ctx.place_at(start, k):
            return k + 2, end
    return start, end


def drop_left_stop_words(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Under Bridge Fiji", "Loan from the ...", "Year ...": words that introduce a name, not part of it."""
    if start >= end - 1:
        return start, end
    word = ctx.texts[start].lower()
    if word in ctx.vocab.left_stop_words:
        return start + 1, end
    # "Our Hill Grants Challenge Fund has made ...": a writer's own programme, three words or more after "Our"
    # ("Our Programs" over a menu stays page noise).
    if word in OWNER_WORDS and end - start >= 4 and ctx.texts[end - 1] in ctx.vocab.project_heads:
        return start + 1, end
    if word in ctx.vocab.left_stop_nouns and ctx.texts[start + 1].islower() and ctx.is_function(start + 1):
        return start + 1, end
    # "Support to the National ... Programme", "Appui au Programme ...": support given to a programme named with its
    # own head is outside the name ("Support to Farmers' Organizations Project", with no article, is a title).
    # (The head may follow the name's inner acronym, past the end of the long form being read.)
    at = start + 1 if word in ROMANCE_ARTICLES else start
    if ctx.texts[at].lower() in ctx.vocab.support_words and end - at >= 4:
        following = ctx.texts[at + 1].lower()
        if following in ("to", "for") and ctx.texts[at + 2].lower() == "the" and ctx.texts[at + 3][:1].isupper() \
                and any(ctx.texts[k] in ctx.vocab.project_heads for k in range(at + 3, min(len(ctx.texts), end + 6))):
            return at + 3, end
        if following in ROMANCE_CONTRACTIONS and ctx.texts[at + 2] in ctx.vocab.foreign_heads:
            return at + 2, end
    return start, end


def drop_document_for(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Credit Agreement for the Ridge Valley Roads Project": a document's name (its head one that names no project)
    before "for the" and a name with a project's head ("Review of the Nordic Country Programme" is left whole)."""
    # (A heading in capitals, "... CREDIT AGREEMENT FOR THE RIDGE VALLEY ROADS PROJECT", is read in title case.)
    capitals = all(ctx.texts[k].isupper() for k in range(start, end) if ctx.texts[k].isalpha())
    word = (lambda k: ctx.texts[k].title()) if capitals else (lambda k: ctx.texts[k])
    if end - start < 5 or word(end - 1) not in ctx.vocab.project_heads:
        return start, end
    for k in range(start + 1, end - 3):
        # (A body's name, "Alliance for the ...", is left whole: the filters judge it.)
        if word(k).lower() == "for" and word(k + 1).lower() == "the" and ctx.texts[k + 2][:1].isupper() \
                and word(k - 1) in ctx.vocab.non_project_heads and word(k - 1) not in ctx.vocab.organization_heads:
            return k + 2, end
    return start, end


def drop_owner(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Malawi's National ... Programme", "the Bank's ... Fund": a possessive owner is outside the name."""
    for k in range(start + 1, min(end - 1, start + 6)):
        if ctx.texts[k] not in POSSESSIVES:
            continue
        owner_head = ctx.texts[k - 1]
        # "(9 October) for Bangladesh's Coastal ... Project": a country owner ends whatever ran in before it.
        if ctx.place_at(start, k) or any(ctx.place_at(j, k) for j in range(start + 1, k)) or owner_head in ctx.organization_acronyms or owner_head in ctx.vocab.organization_heads \
                or ctx.text_of(start, k).lower() in ctx.vocab.organization_names or owner_head.lower() == "government" \
                or k - 1 == start and owner_head.isupper() and len(owner_head) >= 2 \
                or k - 1 == start and owner_head in ctx.vocab.owner_nouns:  # "TSU's ...", "the Region's ...": they own it
            return k + 1, end
    return start, end


def drop_leading_amounts(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"US$200-million Rural Roads Project": an amount before a name is not part of it (nor a rating, "50 MW", nor a
    measure, "the 38-mile Hill Roads Project")."""
    while start < end and (start in ctx.money_tokens or ctx.texts[start][:1].isdigit() or ctx.is_currency(start)
                           or ctx.texts[start].lower() in {"million", "billion", "-"} or ctx.texts[start] in RATING_UNITS
                           or ctx.texts[start].islower() and start >= 2 and ctx.texts[start - 1] == "-"
                           and ctx.texts[start - 2][:1].isdigit() and not ctx.whitespaces[start - 1]):
        start += 1
    return start, end


ROW_CODE = re.compile(r"([A-Z]{1,3})(\d{1,3})")
SERIES_MEMBERS = 3  # a series of row codes: P1, P2, P3 at the starts of lines


def drop_row_code(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"P2 Dryland Irrigation Programme" in a table whose rows open P1, P2, P3: a row's code opening its table row is not
    part of the name (a code met once, "G20 Compact", may be; "N1 ... Road Project" lines in prose are names)."""
    code = ROW_CODE.fullmatch(ctx.texts[start]) if end - start >= 3 else None
    if code is None or ctx.line_of(start).content_start != ctx.starts[start] or ctx.line_of(start).kind != "row" \
            or not ctx.texts[start + 1][:1].isupper():
        return start, end
    letters = code.group(1)
    key = ("row-code series", letters)
    if key not in ctx.memo:
        members = re.findall(rf"^[ \t|]*{letters}(\d{{1,3}})[ \t]", ctx.layout.text, re.MULTILINE)
        ctx.memo[key] = len(set(members)) >= SERIES_MEMBERS
    return (start + 1, end) if ctx.memo[key] else (start, end)


def drop_through_headline_verb(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Board Approves New Coastal Roads Project": a headline's verb and its subject are not the name."""
    for k in range(end - 2, start - 1, -1):
        if ctx.texts[k][:1].isupper() and ctx.texts[k].lower() in ctx.vocab.headline_verbs:
            return k + 1, end
    return start, end


def drop_through_capital_article(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Five Things To Know About The Harbour Fund", "Apply Now For The Youth Fellowship Programme": in a
    headline written in title case, a capitalized article inside the run starts the name."""
    for k in range(end - 2, start, -1):
        if ctx.texts[k] in {"The", "A", "An"}:
            return k + 1, end
    return start, end


def drop_coordinated_actor(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Japan and the Coastal Fund", "ABC and the Harbour Fund": a donor or a name found before, joined
    by "and", is not part of the name after it."""
    # "the Global Partnership for Education and the Global Fund ...": a body known by name, however long.
    for k in range(start + 2, end - 2):
        if ctx.texts[k] == "and" and ctx.text_of(start, k).lower() in ctx.vocab.organization_names:
            return k + 1, end
    for k in range(start + 1, min(start + 4, end - 2)):
        if ctx.texts[k] != "and":
            continue
        # "the European Union and the Green Climate Fund": a body before "and" is a second actor.
        body = ctx.texts[k - 1] in ctx.vocab.organization_heads or ctx.text_of(start, k).lower() in ctx.vocab.organization_names
        if ctx.place_at(start, k) and not _paired_provinces(ctx, start, k) \
                or (k - start == 1 and ctx.texts[start] in ctx.organization_acronyms) or ctx.taken[k - 1] or body:
            return k + 1, end
        return start, end
    return start, end


def _paired_provinces(ctx: DetectionContext, start: int, joiner: int) -> bool:
    """"the Westmoor and Eastmoor Flood Defences Project": after an article, a province (no country) and another capitalized
    word joined by "and" are the places the name holds, not a donor and a name."""
    return start > 0 and ctx.texts[start - 1].lower() == "the" and joiner + 1 < len(ctx.doc) \
        and ctx.texts[joiner + 1][:1].isupper() and not any(k in ctx.place_starts for k in range(start, joiner))


def drop_part_of(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Development Objective of the Rural Roads Project", "Review of the ... Fund": a part or a document
    of a project is not its name (a body's "Ministry of the ..." is judged by its own head)."""
    parts = ctx.vocab.non_project_heads - ctx.vocab.organization_heads
    for k in range(start + 1, end - 2):
        if ctx.texts[k] == "of" and ctx.texts[k + 1] == "the" and ctx.texts[k - 1] in parts:
            return k + 2, end
    return start, end


# Separators of a bar of links or an address line ("A (40211) | B Project", "Trust · Lake House · Eastport"), set apart by spaces.
BAR_SEPARATORS = {"|", "·", "•", "¦"}
SUBTITLE_ENDS = frozenset(CLOSING_PUNCT | SPACED_DASHES | BAR_SEPARATORS)  # (what ends a subtitle, built once)
# A breadcrumb's slashes ("Home / Where we work / Region / Projects"): three or more on the line ("HIV / AIDS" is a name's).
BREADCRUMB_SLASHES = 3


def drop_through_bar(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Related projects: Hill Roads (40211) | Lake Wells Project": a name never runs across a bar between items;
    the name is the part after the last one."""
    for k in range(end - 2, start - 1, -1):
        at = ctx.starts[k]
        spaced = ctx.layout.text[at - 1 : at].isspace() and ctx.layout.text[at + 1 : at + 2].isspace()
        if spaced and (ctx.texts[k] in BAR_SEPARATORS or ctx.texts[k] == "/" and (_breadcrumb(ctx, at) or _translation(ctx, k, end))):
            return k + 1, end
    return start, end


def _translation(ctx: DetectionContext, slash: int, end: int) -> bool:
    """"Sauberes Wasser für Bergdörfer / Clean Water for Hill Villages": a title of three words or more on each side
    of a spaced slash, one side in English and the other not, gives one name in two languages ("HIV / AIDS" is one)."""
    line = ctx.layout.line_at(ctx.doc[slash].idx)
    before = ctx.layout.text[line.start : ctx.doc[slash].idx].rsplit("|", 1)[-1]
    return len(before.split()) >= 3 and ctx.content_words(slash + 1, end) >= 2 and end - slash > 3 \
        and in_two_languages(before, ctx.doc[slash + 1 : end].text)


def _breadcrumb(ctx: DetectionContext, at: int) -> bool:
    line = ctx.layout.line_at(at)
    return ctx.layout.text[line.start : line.end].count(" / ") >= BREADCRUMB_SLASHES


def drop_through_em_dash(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """"Chair—previously called the Hill Health Partnership": a speaker's aside opens on an em dash; the name is after it
    (a spaced en dash may join a name's parts: "Hill Roads – Phase 2")."""
    for k in range(end - 2, start, -1):
        if ctx.texts[k] == "—" and ctx.texts[k + 1][:1].islower():
            # (the aside's lower-case words, "previously called the", stay out too)
            first = next((i for i in range(k + 1, end) if ctx.texts[i][:1].isupper()), None)
            return (first, end) if first is not None else (start, end)
    return start, end


LEFT_TRIMS = (drop_row_code,
              drop_through_bar, drop_through_em_dash, drop_through_headline_verb, drop_through_capital_article, drop_part_of, drop_coordinated_actor, drop_leading_amounts, drop_articles_and_connectors, drop_owner,
              drop_document_for,
              drop_left_stop_words, drop_sentence_opener, drop_place_before_preposition)


def settle(ctx: DetectionContext, start: int, end: int) -> tuple[int, int]:
    """Apply the left trims until the bounds stop moving."""
    while True:
        before = (start, end)
        for trim in LEFT_TRIMS:
            start, end = trim(ctx, start, end)
        if (start, end) == before or start >= end:
            return start, end


# The noun and adjective of "additional financing" in French, Spanish and Portuguese.
ADDITIONAL_FINANCING = {"financement": {"additionnel", "supplémentaire"}, "financiamiento": {"adicional"},
                        "financiación": {"adicional"}, "financiamento": {"adicional"}}


# ---- suffixes ------------------------------------------------------------------------
def phase_suffix(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """"... Project Phase 1", "... Project II", "ABC-II", "– Phase 3", "– Additional Financing", "– 2ª fase"."""
    i = end
    if i < ceiling and ctx.texts[i] in SPACED_DASHES:
        i += 1
    # "– financiamiento adicional": the Romance additional financing after a dash.
    if i > end and i + 1 < ceiling and ctx.texts[i].lower() in ADDITIONAL_FINANCING \
            and ctx.texts[i + 1].lower() in ADDITIONAL_FINANCING[ctx.texts[i].lower()]:
        return i + 2
    if i < ceiling and ctx.texts[i].lower() in ctx.vocab.phase_words:
        if i + 1 < ceiling and (ROMAN.match(ctx.texts[i + 1]) or ctx.texts[i + 1].isdigit()
                                or ctx.texts[i][:1].isupper() and ctx.texts[i + 1] in SPELLED_PHASE_NUMBERS):
            return i + 2
        # "Phase-II", "Phase-2": the number hyphened on.
        if i + 2 < ceiling and ctx.texts[i + 1] == "-" and not ctx.whitespaces[i] and not ctx.whitespaces[i + 1] \
                and (ROMAN.match(ctx.texts[i + 2]) or ctx.texts[i + 2].isdigit()):
            return i + 3
        # Capitalized, it names the operation; "... Modernization additional financing of US$ 15 million" describes.
        if i + 1 < ceiling and ctx.texts[i] == "Additional" and ctx.texts[i + 1].lower() == "financing":
            return i + 2
    # "2ª fase", "second phase" written after a dash.
    if i > end and i + 1 < ceiling and ctx.texts[i + 1].lower() in ctx.vocab.phase_words \
            and (ctx.texts[i][:1].isdigit() or ctx.texts[i].lower() in ctx.vocab.phase_words):
        return i + 2
    if i < ceiling and ROMAN.match(ctx.texts[i]) and (i == end or not ctx.whitespaces[i - 1]):
        return i + 1
    return end


def period_suffix(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """"Country Programme 2016–2020": a period written right after the head stays in the name."""
    for span in ctx.dates:
        if span.start == end and span.end <= ceiling and all(t.text[:1].isdigit() or t.text in SPACED_DASHES for t in span):
            return span.end
    return end


def subtitle_suffix(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """"... Project – Reaching Remote Villages": a title-case subtitle after a spaced dash."""
    if end >= ceiling - 2 or ctx.texts[end] not in SPACED_DASHES or not ctx.whitespaces[end - 1]:
        return end
    stop = ctx.walk_forward(end + 1, ceiling)
    while stop > end + 1 and ctx.is_function(stop - 1):
        stop -= 1
    if ctx.content_words(end + 1, stop) < 2 or ctx.texts[end + 1].islower():
        return end
    # The subtitle ends the phrase: punctuation, a line end, a bar or another dash follows.
    if stop < ceiling and ctx.texts[stop] not in SUBTITLE_ENDS and "\n" not in ctx.texts[stop]:
        return end
    if any(ctx.place_at(stop - 1, stop) and stop - end <= 3 for _ in (0,)):
        return end
    # "Hill Schools Programme - Eastland Agency for Development": a page title's site name is a body's, no subtitle.
    if ctx.head(end + 1, stop) in ctx.vocab.non_project_heads \
            or ctx.text_of(end + 1, stop).lower() in ctx.vocab.organization_names:
        return end
    return stop


def hyphen_compound_suffix(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """"... Program-for-Results": words joined to the head by unspaced hyphens."""
    while end + 1 < ceiling and ctx.texts[end] == "-" and not ctx.whitespaces[end - 1] and not ctx.whitespaces[end] \
            and ctx.texts[end + 1].isalpha():
        end += 2
    return end


def comma_phase_suffix(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """"... Program in Ruritania, phase two (RAP-2)": a phase set off by a comma, when the acronym follows;
    "..., Subprogram 2", "..., Tranche 3" always."""
    if end + 3 > ceiling or ctx.texts[end] != ",":
        return end
    words = [ctx.texts[end + 1].lower(), ctx.texts[end + 2].lower()]
    if end + 3 < ceiling and ctx.texts[end + 3] == "(" and PHASE_NOUNS & set(words):
        return end + 3
    # "..., Additional Financing" (capitalized: it names the operation), "..., financement additionnel".
    # (Not "..., Additional Financing Agreement": a document's name goes on.)
    if (ctx.texts[end + 1] == "Additional" and words[1] == "financing" or words[1] in ADDITIONAL_FINANCING.get(words[0], ())) \
            and not (end + 3 < ceiling and ctx.texts[end + 3][:1].isupper() and ctx.texts[end + 3].isalpha()):
        return end + 3
    # "... Reform Program, Subprogram 2": a numbered part of a programme series.
    if words[0] in ctx.vocab.phase_words and (ROMAN.match(ctx.texts[end + 2]) or ctx.texts[end + 2].isdigit()):
        return end + 3
    return end


# ("..., phase 2 (ABC-2)", "..., segunda etapa (ABC-II)", "..., 2e étape (ABC-2)".)
PHASE_NOUNS = {"phase", "fase", "etapa", "étape"}
SUFFIXES = (hyphen_compound_suffix, period_suffix, phase_suffix, subtitle_suffix, comma_phase_suffix)


def extend_right(ctx: DetectionContext, end: int, ceiling: int) -> int:
    """Apply the suffix rules in order, each at most once."""
    for suffix in SUFFIXES:
        end = suffix(ctx, end, ceiling)
    return end
