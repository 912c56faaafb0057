"""One list item, table cell or field value read as one name: where its name ends (its commentary,
a trailing parenthesis, a place after a comma) and whether it names a project at all.
"""

from __future__ import annotations

import re

from ..normalize.projects import alignment_start, looks_like_acronym
from .boundaries import ADDITIONAL_FINANCING, CLOSING_PUNCT, ROMAN, settle
from .common_words import in_two_languages, is_common_english
from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection

def _name_part_follows(ctx: DetectionContext, rest: str, rest_start: int) -> bool:
    """After a spaced dash: a phase ("Phase 3") or a title-case subtitle ending the item or
    followed by another dash or a bar is still the name; anything else is the item's commentary."""
    segment = re.split(r"\s[–—-]\s|\s\|\s|[;:,.(]", rest, maxsplit=1)[0].strip()
    words = segment.split()
    if not words or any(c.isdigit() for c in words[0]) or words[0].isupper():
        return False
    # "Safe Harbours Eastland – Eastland. $2 million": a country after the dash says where, not what.
    begin = rest_start + rest.find(segment)
    tokens = ctx.token_range(begin, begin + len(segment))
    if tokens and tokens[0] < tokens[1] and ctx.place_at(tokens[0], tokens[1]):
        return False
    # "Clean Wells for Hill Towns – Eastland Centre for Rural Aid (ECRA)": a body after the dash says who.
    if tokens and tokens[0] < tokens[1] and ctx.head(*tokens) in ctx.vocab.organization_heads:
        return False
    if words[0].lower() in ctx.vocab.phase_words and len(words) <= 2:
        return True
    # "Écoles Ouvertes – Relance (EOR-Tchad)": one subtitle word, then the acronym that ends the item.
    tail = rest[rest.find(segment) + len(segment):]
    if len(words) == 1 and words[0][:1].isupper() and ACRONYM_ENDS_ITEM.fullmatch(tail):
        return True
    capitalized = [w for w in words if w[:1].isupper()]
    return len(capitalized) >= 2 and all(w[:1].isupper() or w.lower() in ctx.vocab.function_words for w in words)


PHASE_IN_PARENTHESES = re.compile(r"(?i)(?:phase|fase|tranche|stage)\s+(?:[IVX]+|\d+)"
                                  r"|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?:phase|tranche|stage)")
PHASE_AFTER_ACRONYM = re.compile(r"\s*(?:[–—-]\s*)?(?:Phase|Fase|Tranche|Stage|Etapa)\s+(?:[IVX]+|\d+)\b")
LIST_CONJUNCTIONS = frozenset({"and", "or", "&", "y", "e", "et"})
LABEL = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:;,()–—|\d]*?):\s+(?=[A-ZÀ-Ý])")
MAX_LABEL_WORDS = 5
ACRONYM_ENDS_ITEM = re.compile(r"\s*\(\s*[A-Z][\w-]*\s*\)\s*")
CAMEL_ACRONYM = re.compile(r"[A-Z][a-z]*[A-Z][A-Za-z]*(?:-\w+)?")  # "HiLaRo-2", "AquaSEED"
PLACES_LABEL = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:;()|\d]{1,60}?):\s+(?=[A-ZÀ-Ý])")
PLACE_SEPARATORS = re.compile(r"\s*(?:[–—/,]|\s-\s|\band\b|&)\s*")
TRANSLATION_SLASH = re.compile(r"\s/\s")
NOTE_MARK = re.compile(r"\s+[a-z]/\s*$")
NAME_LABEL_WORDS = frozenset({"project", "programme", "program", "activity", "initiative", "title", "name"})


def _continues(ctx: DetectionContext, match, text: str, start_char: int) -> bool:
    """The name goes on past this separator: a subtitle or phase after a dash or colon, a list joined by
    "and" or a phase after a comma ("..., phase two (RAP-2)"); ", with the ..." is commentary."""
    rest = text[match.end():]
    if match.group().startswith(","):
        first = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
        return _function_word_follows(ctx, rest) or first in ctx.vocab.phase_words or first in ADDITIONAL_FINANCING
    return _name_part_follows(ctx, rest, start_char + match.end())


def _function_word_follows(ctx: DetectionContext, rest: str) -> bool:
    """"Corridors 3, 4, and 7": a comma before "and" lists parts of the name (", with the ..." starts commentary)."""
    word = rest.split(maxsplit=1)[0] if rest.split() else ""
    return word in LIST_CONJUNCTIONS


def _facts_after_commas(ctx: DetectionContext, start_char: int, text: str) -> list[int]:
    """"Coastal Fodder Initiative, Ruritania (2018-2021)", "..., USD 2 million": a country, an amount or a
    date after a comma says where, how much or when, not what."""
    stops = []
    for m in re.finditer(r",\s+(?P<place>[^,;()–—|]+?)\s*(?=[,;(–—|]|$)", text):
        tokens = ctx.token_range(start_char + m.start("place"), start_char + m.end("place"))
        if tokens is None or tokens[0] >= tokens[1]:
            continue
        if _places(ctx, *tokens) or tokens[0] in ctx.money_tokens \
                or ctx.has_date(start_char + m.start("place"), start_char + m.end("place")):
            stops.append(m.start())
    return stops


def _places(ctx: DetectionContext, start: int, end: int) -> bool:
    """A country, or countries joined by "and" ("Burkina Faso and Chad")."""
    joints = [k for k in range(start + 1, end - 1) if ctx.texts[k] in LIST_CONJUNCTIONS]
    bounds = [start] + [k for j in joints for k in (j, j + 1)] + [end]
    return all(a < b and ctx.place_at(a, b) for a, b in zip(bounds[::2], bounds[1::2]))


LOWERCASE_TAIL = re.compile(r"(?:\s+[a-z]+)+\s*")


def whole_item(ctx: DetectionContext, start_char: int, end_char: int, rule: str, cut_commentary: bool = False,
               cut_after_acronym: bool = True, rejections: tuple = ITEM_REJECTIONS) -> None:
    """The text of a list item or table cell, as one name (unless one of `rejections` holds)."""
    text = ctx.layout.text[start_char:end_char]
    # "Coastal Ferry Renewal / Renovación del transbordador costero": a cell with its name in two languages holds two.
    halves = TRANSLATION_SLASH.split(text)
    if len(halves) == 2 and all(len(half.split()) >= 3 for half in halves) and in_two_languages(*halves):
        middle = TRANSLATION_SLASH.search(text)
        for begin, end in ((start_char, start_char + middle.start()), (start_char + middle.end(), end_char)):
            whole_item(ctx, begin, end, rule, cut_commentary, cut_after_acronym, rejections)
        return
    quoted = re.match(r"\s*[“\"](?P<name>[^”\"]+)[”\"]", text)
    if quoted:
        # A quoted name ends at its closing quote; quotes are outside the span (spec).
        start_char, end_char = start_char + quoted.start("name"), start_char + quoted.end("name")
        text = quoted["name"]
    if cut_commentary:
        # The name ends where the item's own commentary starts: " – approved in 2006", "; and",
        # ": funds ...", ", the ... programme", or right after its "(ACRONYM)".
        # (Two spaces part a cell from the next in a table whose columns run together: "X (AB)¹  Eastland".)
        # ("c) Hill Power. This initiative ...": a sentence's end after a word ends the name too.)
        # ("X project (2017-2021, £3m, funded by ..." wrapped onto the next line: a parenthesis the item never closes.)
        stops = [m.start() for m in re.finditer(r"\s[–—-]\s|;|\s\|\s|,\s(?=[a-z])|:\s+(?![A-Z][a-z])|(?<=[a-z]{3})\.\s+(?=[A-Z])"
                                                r"|[¹²³⁴⁵⁶⁷⁸⁹⁰]?(?<![\n \t])[ \t]{2,}(?=[^\s(])|\s\((?![^()]*\))", text)
                 if not _continues(ctx, m, text, start_char)]
        label_end = _label_end(ctx, start_char, text)
        if label_end:
            start_char += label_end
            text = text[label_end:]
            stops = [k - label_end for k in stops if k > label_end]
        stops += _facts_after_commas(ctx, start_char, text)
        # "X (multi-country) Share": a parenthesis that is no acronym ends the name (spec), unless the name goes on to
        # its head after it ("... Connector Road (Eastport–Westport) Upgrade Project").
        stops += [m.start() for m in re.finditer(r"\s\(([^()]+)\)", text) if not looks_like_acronym(m.group(1))
                  and not PHASE_IN_PARENTHESES.fullmatch(m.group(1))
                  and not set(re.findall(r"[^\W\d_]+", text[m.end():])) & ctx.vocab.project_heads
                  and (text[m.end():].split() or [""])[0].lower() not in ctx.vocab.phase_words]
        acronym = next((m for m in re.finditer(r"\(\s*([^()]+?)\s*\)", text) if looks_like_acronym(m.group(1))), None)
        if acronym and _body_acronym(ctx, acronym.group(1), text[: acronym.start()]):
            # "Lake Schools Window (UNICEF)": a body's acronym that spells nothing of the name says who runs it.
            stops.append(acronym.start())
        elif acronym and (cut_after_acronym or LOWERCASE_TAIL.fullmatch(text, acronym.end())
                          and (text[acronym.end() :].split() or [""])[0] not in ctx.vocab.phase_words):
            # ("Hill Clinics (HC) Phase II", "(HC) – Phase 2": the phase after the acronym is the name's; "Valley
            # Market Support (VMS) facility": a lowercase noun after it says what kind of thing the name is.)
            phase = PHASE_AFTER_ACRONYM.match(text, acronym.end())
            stops.append(phase.end() if phase else acronym.end())
        if stops:
            end_char = start_char + min(stops)
    # A table's note mark after the name ("... Framework b/") is no part of it.
    note = NOTE_MARK.search(ctx.layout.text[start_char:end_char])
    if note:
        end_char = start_char + note.start()
    # A closing parenthesis that is not an acronym ("(2020–2022)", "(P123456)") is outside the name (spec).
    trailing = re.search(r"\s*\(\s*([^()]+?)\s*\)\s*$", ctx.layout.text[start_char:end_char])
    # ("Hill Lake Roads – Phase 2 (HiLaRo-2)": a coined acronym that spells the item from its first word is its own.)
    if trailing and not looks_like_acronym(trailing.group(1)) and not (
            CAMEL_ACRONYM.fullmatch(trailing.group(1))
            and alignment_start(trailing.group(1), ctx.layout.text[start_char : start_char + trailing.start()]) == 0):
        end_char = start_char + trailing.start()
    tokens = ctx.token_range(start_char, end_char)
    if tokens is None:
        return
    start, end = tokens
    while end > start and ctx.texts[end - 1] in CLOSING_PUNCT - {")"}:
        end -= 1
    while start < end and ctx.texts[start] in {"“", "\"", "‘", "'"}:
        start += 1
    start = _after_place_label(ctx, start, end)
    start, end = settle(ctx, start, end)
    # "Hill Roads project (2018-2022)": a lowercase head noun after the name is outside it (spec).
    if end - start > 1 and ctx.texts[end - 1] in ctx.vocab.project_nouns and ctx.texts[end - 2][:1].isupper():
        end -= 1
    if start < end and _acronym_item(ctx, start, end):
        return
    # A list item that starts in lower case is a sentence ("reach 40,000 farmers"), not a name.
    # ("e-Registry Upgrade", "mWater Kiosks" open with a coined lowercase prefix and are names.)
    lower = ctx.texts[start].islower() and not ctx.is_capitalized(start) if start < end else True
    # One coined word is a name in a column or field a header calls the project's ("| Usawazo |").
    coined = rule == "project-table" and end - start == 1 and ctx.is_coined_name(start)
    if start >= end or lower or ctx.content_words(start, end) < 2 and not coined \
            or _described(ctx, start, end, rule == "project-table"):
        return
    if rejection(ctx, start, end, rejections) is None:
        ctx.add(start, end, rule)


def _after_place_label(ctx: DetectionContext, start: int, end: int) -> int:
    """"Ruritania – Coastal Works": a country labelling the item is not part of its name ("Kyrgyz–Turkish
    Centres", a dash without spaces, joins two countries inside it)."""
    for k in range(start + 1, min(start + 5, end - 1)):
        if ctx.texts[k] == ":" or ctx.texts[k] in {"–", "—", "-"} and ctx.whitespaces[k - 1]:
            return k + 1 if ctx.place_at(start, k) or _numbered_part(ctx, start, k) else start
    return start


# "Window 1 – River Voices", "Component 2 – Hill Gardens": a fund's or programme's numbered part labels the name.
PART_LABELS = frozenset({"Window", "Component", "Composante", "Componente", "Guichet", "Ventanilla"})


def _numbered_part(ctx: DetectionContext, start: int, k: int) -> bool:
    return k - start == 2 and ctx.texts[start] in PART_LABELS and (ctx.texts[start + 1].isdigit() or ROMAN.match(ctx.texts[start + 1])
                                                                   or len(ctx.texts[start + 1]) == 1 and ctx.texts[start + 1].isupper())


def _acronym_item(ctx: DetectionContext, start: int, end: int) -> bool:
    """"ABC III", "ABC-II", "ABC exit phase": an item named by its acronym alone (title null); a
    lowercase tail is the item's own wording. Returns whether the item was taken so."""
    if not ctx.is_acronym_word(start) or ctx.texts[start] in ctx.organization_acronyms:
        return False
    # "1. IDENTIFICATION" over "Grant number ....": a numbered English word in capitals alone heads a section, not a
    # list ("1. HARVEST" over "2. BRIDGES" lists projects; "- PROSPECTS – ..." names one).
    line = ctx.line_of(start)
    lines = ctx.layout.lines
    following = next((k for k in lines[line.index + 1 :] if k.kind != "blank"), None)
    previous = next((k for k in reversed(lines[: line.index]) if k.kind != "blank"), None)
    listed = any(k is not None and k.marker for k in (previous, following))
    if len(ctx.texts[start]) >= 7 and ctx.texts[start].isalpha() and is_common_english(ctx.texts[start]) \
            and (line.marker or "").strip("().").isdigit() and end == start + 1 and not listed:
        return False
    stop = start + 1
    while stop < end and (ROMAN.match(ctx.texts[stop]) or ctx.texts[stop] in {"-", "–"} or ctx.texts[stop].isdigit()):
        stop += 1
    # "EN | FR | SW": two capitals alone are a language or country code, not a project.
    if stop == start + 1 and len(ctx.texts[start]) < 3:
        return False
    if stop < end and not all(ctx.texts[k].islower() for k in range(stop, end)):
        return False
    # ("PIU salaries and running costs": a tail that joins words is a line of costs or work, not the item's name.)
    if any(ctx.texts[k] in ctx.vocab.english_stop_words for k in range(stop, end)):
        return False
    return ctx.add(start, stop, "acronym-item") is not None


def _described(ctx: DetectionContext, start: int, end: int, in_project_column: bool = False) -> bool:
    """"Small island states": an item in sentence case describes, unless it carries an acronym or opens
    like a title ("Improving river transport ...", "Projet d'appui à ...", in a project's column "Modernisation
    de la ligne ...")."""
    words = [k for k in range(start, end) if ctx.texts[k].isalpha() and not ctx.is_function(k)]
    lower = sum(ctx.texts[k].islower() for k in words)
    # "Support to tax collection through the Revenue Authority (RA)": the acronym is a body's; the item
    # describes the support.
    paren = next((k for k in range(start + 1, end) if ctx.texts[k] == "("), None)
    if paren is not None and ctx.texts[paren - 1] in ctx.vocab.organization_heads and lower >= 2:
        return True
    if lower * 2 <= len(words) or paren is not None:
        return False
    first = ctx.texts[start]
    return not (first.lower() in ctx.vocab.title_verbs or first in ctx.vocab.foreign_heads or first in ctx.vocab.project_heads
                or in_project_column and first in ctx.vocab.activity_heads)


def _label_end(ctx: DetectionContext, start_char: int, text: str) -> int:
    """Where a label before the item's name ends, or 0: a sentence-case label ("Chilean technical support: Projeto
    ..."), a card's field label ("Project: Hill Wells Facility (HWF)"), or the places the item serves ("Benin – Togo:
    Mono River Link", "Regional: ...")."""
    label = LABEL.match(text)
    if label and len(label["label"].split()) <= MAX_LABEL_WORDS \
            and (any(w.isalpha() and w.islower() and w not in ctx.vocab.function_words for w in label["label"].split()[1:])
                 or set(label["label"].lower().split()) <= NAME_LABEL_WORDS):
        return label.end()
    label = PLACES_LABEL.match(text)
    return label.end() if label and _places_label(ctx, start_char, label) else 0


def _places_label(ctx: DetectionContext, start_char: int, label: re.Match) -> bool:
    """A label made of places or region words only ("Benin – Togo:", "Regional:")."""
    offset = start_char + label.start("label")
    parts, begin = [], 0
    for separator in PLACE_SEPARATORS.finditer(label["label"]):
        parts.append((begin, separator.start()))
        begin = separator.end()
    parts.append((begin, len(label["label"])))
    for begin, end in parts:
        words = label["label"][begin:end]
        if words and all(w in ctx.vocab.region_words or w.title() in ctx.vocab.region_words for w in words.split()):
            continue
        tokens = ctx.token_range(offset + begin, offset + end)
        if not words or tokens is None or not ctx.place_at(tokens[0], tokens[1]):
            return False
    return True


def _body_acronym(ctx: DetectionContext, acronym: str, name: str) -> bool:
    return (acronym in ctx.organization_acronyms or acronym in ctx.vocab.organization_acronyms) \
        and alignment_start(acronym, name) is None
