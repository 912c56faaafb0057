"""Other mentions of names already found: the acronym alone, the title again, a later phase."""

from __future__ import annotations

import re

from ..normalize.projects import looks_like_acronym, name_after_head, title_before_colon
from ..span_lists import span_text
from .boundaries import ROMAN, phase_suffix
from .context import DetectionContext

ACRONYM_RULES = frozenset({"acronym-mention", "acronym-noun", "acronym-heading", "acronym-appositive", "acronym-phase",
                           "acronym-item", "acronym-alias", "acronym-field"})
PARENTHESIS = re.compile(r"\(\s*([^()]+?)\s*\)")


def _words_of(span, texts: list[str]) -> tuple[str, ...]:
    """A title's token texts without a line break that wrapped it (texts: the doc's token texts)."""
    return tuple(text for text in texts[span.start : span.end] if not text.isspace())


def _names(ctx: DetectionContext) -> dict[tuple[str, ...], str]:
    """Token texts of every acronym and multi-word title found so far, with the rule a reuse gets."""
    names: dict[tuple[str, ...], str] = {}
    # What each found span names depends on the span alone: read once per span, not on every call.
    for span in list(ctx.found):
        key = ("names", span.start, span.end, span.id)
        if key not in ctx.memo:
            ctx.memo[key] = _names_of(ctx, span)
        for words, rule, replace in ctx.memo[key]:
            if replace:
                names[words] = rule
            else:
                names.setdefault(words, rule)
    for tokens in ctx.project_acronyms:
        names[tokens] = "acronym-mention"
    return names


def _names_of(ctx: DetectionContext, span) -> list[tuple[tuple[str, ...], str, bool]]:
    """The names one found span gives, in order: (token texts, rule, whether it replaces an earlier rule)."""
    texts = ctx.texts
    found = []
    text = span_text(span)  # (read once, sliced from the source: Span.text builds a Token per word)
    inner = next((m for m in PARENTHESIS.finditer(text) if looks_like_acronym(m.group(1))
                  or text.rstrip().endswith(")")), None)
    if span.id_ in ACRONYM_RULES:
        found.append((tuple(texts[span.start : span.end]), "acronym-mention", True))
    elif inner:
        # Through character offsets: "(" and ")" need not be tokens of their own ("Programme(JPO)US$").
        acronym = ctx.doc.char_span(span.start_char + inner.start(1), span.start_char + inner.end(1), alignment_mode="contract")
        if acronym is not None and len(acronym):
            found.append((tuple(texts[acronym.start : acronym.end]), "acronym-mention", True))
        title = ctx.doc.char_span(span.start_char, span.start_char + inner.start(), alignment_mode="contract")
        # Only a trailing acronym splits off a title: "X (X1) Special Fund" has no title "X".
        if title is not None and len(title) >= 2 and text.rstrip().endswith(")"):
            found.append((_words_of(title, texts), "title-mention", False))
    elif len(span) >= 2 or span.id_ in {"described-name", "project-table", "named-name"}:
        # A one-word name is repeated only when its own sentence called it a programme ("Hillwater (our ... programme)",
        # "a scheme called Mwalimu") or it stands in a project's column.
        found.append((_words_of(span, texts), "title-mention", False))
        # "Green Jobs Ruritania" is also called "Green Jobs": a country or state ending a title.
        if len(span) >= 3 and texts[span.end - 1][:1].isupper() and ctx.is_place(span[-1:]) \
                and sum(text[:1].isupper() for text in texts[span.start : span.end - 1]) >= 2 \
                and not ctx.is_function(span.end - 2):
            found.append((tuple(texts[span.start : span.end - 1]), "title-mention", False))
        # "Proyecto Raíces del Valle" is also called "Raíces del Valle": a Romance head before a name of its own.
        heads = ctx.memo.get("folded heads")
        if heads is None:  # (built once per document, not once per span)
            heads = ctx.memo["folded heads"] = {head.casefold() for head in ctx.vocab.foreign_heads}
        alias = name_after_head(_words_of(span, texts), heads)
        if alias and alias[0].lower() not in ctx.vocab.public_body_words and "(" not in alias:
            found.append((alias, "title-mention", False))
        # "Lantern Rivers: Girls' Football in Town Leagues" is also called "Lantern Rivers".
        colon = next((k for k in range(span.start, span.end) if texts[k] == ":"), None) if title_before_colon(text) else None
        if colon is not None and colon - span.start >= 2:
            found.append((tuple(texts[span.start : colon]), "title-mention", False))
    return found


NEXT_PIECE = re.compile(r"/([A-Za-z0-9]+)")
PREVIOUS_PIECE = re.compile(r"([A-Za-z0-9]+)/$")


def _in_code(ctx: DetectionContext, i: int) -> bool:
    """"ABC/ICB/CW/07", "Ref: XY/ABC/2026": an acronym joined by slashes to other pieces is part of a
    contract or file number, not a mention of the project."""
    token, text = ctx.doc[i], ctx.layout.text
    after, before = token.idx + len(token), token.idx
    # The piece across the slash is a code's too: capitals or digits ("© ABC/Jane Doe" is a credit).
    # (Each regex only where its slash is: most acronyms stand between blanks.)
    next_piece = NEXT_PIECE.match(text, after) if text[after : after + 1] == "/" else None  # (no copy of the rest)
    window = text[max(0, before - 20) : before]
    previous_piece = PREVIOUS_PIECE.search(window) if window.endswith(("/", "/\n")) else None
    return any(piece and (piece.group(1).isupper() or piece.group(1).isdigit()) for piece in (next_piece, previous_piece))


def _hyphened_on(ctx: DetectionContext, i: int) -> bool:
    """"ABC-II": "ABC" with a hyphened suffix is another acronym (its phase), no mention of "ABC"."""
    return i + 2 < len(ctx.doc) and ctx.texts[i + 1] in {"-", "–"} and not ctx.whitespaces[i] \
        and not ctx.whitespaces[i + 1] and (ctx.texts[i + 2].isupper() or ctx.texts[i + 2].isdigit())


def project_names(ctx: DetectionContext) -> dict[tuple[str, ...], str]:
    """Token texts of every acronym and multi-word title found so far, with the rule a reuse gets."""
    return _names(ctx)


def _mark(ctx: DetectionContext, names: dict[tuple[str, ...], str]) -> None:
    for key in sorted(names, key=len, reverse=True):
        if len(key) == 1 and (key[0] in ctx.organization_acronyms or ROMAN.match(key[0])):
            continue
        size = len(key)
        for i in ctx.positions.get(key[0], []):
            if tuple(ctx.texts[i : i + size]) == key:
                end = i + size
                # "Green Jobs Phase II", "Green Jobs – Additional Financing": a later phase of a named
                # title is a project of its own, named with its phase.
                if size == 1 and (_in_code(ctx, i) or _hyphened_on(ctx, i)):
                    continue
                if names[key] == "title-mention":
                    end = phase_suffix(ctx, end, ctx.line_tokens(end - 1)[1])
                ctx.add(i, end, names[key])


def acronym_mentions(ctx: DetectionContext) -> None:
    """Acronyms defined so far win over a keyword reading of the same words ("SSN Fund")."""
    _mark(ctx, {k: v for k, v in _names(ctx).items() if v == "acronym-mention"})


def _hyphened_stem(key: tuple[str, ...]) -> bool:
    """"AB-CD", "Ab-CDE": pieces joined by hyphens, each mostly capitals, three capitals in all."""
    pieces = key[::2]
    return len(key) >= 3 and len(key) % 2 == 1 and all(text in {"-", "–"} for text in key[1::2]) \
        and all(looks_like_acronym(piece) or piece.isupper() for piece in pieces) and not ROMAN.match(pieces[-1]) \
        and sum(c.isupper() for c in "".join(pieces)) >= 3 and not any(piece.isdigit() for piece in pieces)


def _phase_stems(names: dict[tuple[str, ...], str]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Acronyms whose other phases and bare form name projects too: "ABC" defined; "ABC" when only "ABC II",
    "ABC-II" or "ABC-2" was; "AB-CD" when "AB-CD II" or "AB-CD" was. Returns them with the acronyms defined as such."""
    stems = {k for k, v in names.items() if v == "acronym-mention" and len(k) == 1}
    defined = set(stems)
    for key, rule in names.items():
        if rule != "acronym-mention":
            continue
        if len(key) == 2 and ROMAN.match(key[1]) and len(key[0]) >= 3:
            stems.add(key[:1])
        # "ABC-II" as one token: "ABC" names the phase before.
        base, _, tail = key[0].rpartition("-")
        if len(key) == 1 and len(base) >= 3 and base.isupper() and base.isalpha() \
                and (tail.isdigit() and len(tail) <= 2 or ROMAN.match(tail)):
            stems.add((base,))
        # "ABC-2", "ABC-II" defined: "ABC" names the phase before.
        if len(key) == 3 and key[1] in {"-", "–"} and len(key[0]) >= 3 \
                and key[0].isupper() and (key[2].isdigit() or ROMAN.match(key[2])):
            stems.add(key[:1])
        # "AB-CD II", "AbC-II", "AB-CD": a hyphened acronym, with its numeral or without.
        numbered = len(key) >= 3 and (ROMAN.match(key[-1]) or key[-1].isdigit() and len(key[-1]) <= 2)
        stem = key[:-2] if numbered and key[-2] in {"-", "–"} else key[:-1] if numbered else key
        if _hyphened_stem(stem) or numbered and len(stem) == 1 and looks_like_acronym(stem[0]) and len(stem[0]) >= 3:
            stems.add(stem)
    return stems, defined


def _usable_stems(ctx: DetectionContext, stems: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The stems that are no body's acronym and spell no document."""
    return {stem for stem in stems if not (len(stem) == 1 and (stem[0] in ctx.organization_acronyms
                                                                or _spells_a_document(ctx, stem[0])))}


def _spells_a_document(ctx: DetectionContext, acronym: str) -> bool:
    """"CIDP III" where the page writes "County Integrated Development Plan": the acronym of a plan, a strategy or
    a report; its editions are documents, not projects."""
    if not (acronym.isalpha() and acronym.isupper() and 3 <= len(acronym) <= 8):
        return False
    key = ("spells a document", acronym)
    if key not in ctx.memo:
        # (Capitalized words, as a name's are, or capitals: "the annual plan" spells no "TAP".)
        words = r"[^\w\n]+".join(rf"{letter}[^\W\d_]*" for letter in acronym)
        ctx.memo[key] = any(spelled.group().split()[-1].title() in ctx.vocab.document_heads
                            for spelled in re.finditer(rf"\b{words}\b", ctx.layout.text))
    return ctx.memo[key]


HYPHENATED = "hyphenated texts"  # ctx.memo key


def acronym_phases(ctx: DetectionContext) -> None:
    """"ABC II", "ABC-III", "ABC-SU", "AB-CD I": a known acronym with a phase or scale-up suffix is a project
    of its own; and "ABC" alone, when only "ABC II" was defined, names the earlier phase."""
    names = _names(ctx)  # nothing is added before the loop below, so one reading serves both
    stems, defined = _phase_stems(names)
    # A stem read off a found project's "ABC-2" names its first phase even when a rejected reading of the same
    # parenthesis set "ABC" aside as a body's ("Programme régional ... – phase 2 (ABC-2)", found as a foreign title).
    ctx.organization_acronyms.difference_update(stem[0] for stem in stems - defined if len(stem) == 1)
    stems = _usable_stems(ctx, stems)
    # Only token texts holding a hyphen can start with "ABC-": the others are never read.
    # (The positions never change: the second run of this finder reads the first one's list.)
    hyphenated = ctx.memo.get(HYPHENATED)
    if hyphenated is None:
        hyphenated = ctx.memo[HYPHENATED] = [(text, where) for text, where in ctx.positions.items() if "-" in text]
    for stem in stems:
        for i in ctx.positions.get(stem[0], []):
            if tuple(ctx.texts[i : i + len(stem)]) != stem:
                continue
            last = i + len(stem) - 1
            k = last + 1
            if k < len(ctx.doc) and ctx.texts[k] in {"-", "–"} and not ctx.whitespaces[last]:
                k += 1
            suffix = k < len(ctx.doc) and (ROMAN.match(ctx.texts[k])
                                           or (k > last + 1 and (ctx.texts[k].isupper() and ctx.texts[k].isalnum()
                                                                 or ctx.texts[k].isdigit()) and len(ctx.texts[k]) <= 4)
                                           or _spaced_phase_digit(ctx, k))
            # "... Project – Phase II (ABC-II)": an acronym given to its long form is read with it (title_keywords).
            defined = i > 1 and ctx.texts[i - 1] == "(" and k + 1 < len(ctx.doc) and ctx.texts[k + 1] == ")" \
                and ctx.texts[i - 2][:1].isupper()
            if suffix and ctx.is_free(i, k + 1) and not defined:
                ctx.add(i, k + 1, "acronym-phase")
                continue
            # "ABC Additional Financing", "ABC – Phase 2": a named later phase of the acronym's project, whose
            # name is a title of its own (annotators give it a title, no acronym).
            end = phase_suffix(ctx, last + 1, ctx.line_tokens(i)[1])
            if end > last + 1 and ctx.texts[end - 2][:1].isupper() and ctx.is_free(i, end):
                ctx.add(i, end, "title-phase")
        if len(stem) > 1:
            continue
        # "ABC-SU", "ABC-2" written as one token.
        prefix = stem[0] + "-"
        for text, where in hyphenated:
            rest = text[len(prefix):]
            if text.startswith(prefix) and rest and (rest.isupper() or rest.isdigit()) and len(rest) <= 4:
                for i in where:
                    ctx.add(i, i + 1, "acronym-phase")
    _numbered_siblings(ctx, names)
    _mark(ctx, {stem: "acronym-mention" for stem in stems if len(stem) > 1 or len(stem[0]) >= 3})


def _numbered_siblings(ctx: DetectionContext, names: dict[tuple[str, ...], str]) -> None:
    """"GET-DPL 2" defined: "GET-DPL 1" is the series' other operation, a project of its own."""
    for key, rule in names.items():
        stem = key[:-1]
        if rule != "acronym-mention" or not stem or not key[-1].isdigit() or len(key[-1]) > 2 \
                or sum(c.isupper() for c in "".join(stem)) < 3 or stem[0] in ctx.organization_acronyms:
            continue
        for i in ctx.positions.get(stem[0], []):
            k = i + len(stem)
            if tuple(ctx.texts[i:k]) == stem and k < len(ctx.doc) and ctx.whitespaces[k - 1] \
                    and ctx.texts[k].isdigit() and len(ctx.texts[k]) <= 2 and ctx.is_free(i, k + 1):
                ctx.add(i, k + 1, "acronym-phase")


PHASE_DIGITS = frozenset("23456789")
# Words that may follow "ABC 2" as the next phase's name: a verb or a clause's end, never what a count counts.
AFTER_PHASE = frozenset({"to", "will", "is", "was", "has", "had", "would", "should", "could", "can", "may", "began", "started",
                         "starts", "runs", "ran", "aims", "builds", "covers", "in", "from", "with", "for"})


def _spaced_phase_digit(ctx: DetectionContext, k: int) -> bool:
    """"designing ABC 2 to reach more schools", "What's next: ABC 2": a digit 2-9 after a project's acronym, followed by
    a clause's end or a verb; "ABC 2 new boreholes", "ABC 3 thousand households" count things."""
    following = ctx.texts[k + 1] if k + 1 < len(ctx.doc) else "."
    return ctx.texts[k] in PHASE_DIGITS and (not following.isalnum() or following.lower() in AFTER_PHASE)


def acronym_numerals(ctx: DetectionContext) -> None:
    """"TRELLIS II began in 2015", "ABC-III": an acronym with a phase numeral names a project even
    when its long form is never given (spec: TRIANGLE II). Roman "I" alone is too ambiguous."""
    # (Only words of three capital letters or more, each tested once: their positions, in order, not every token.)
    last = len(ctx.texts) - 1
    for i in sorted(i for text, found in ctx.positions.items() if len(text) >= 3 and text.isupper() and text.isalpha()
                    for i in found if i < last):
        text = ctx.texts[i]
        if text in ctx.organization_acronyms \
                or text.lower() in ctx.vocab.document_part_words \
                or (i > 0 and (ctx.texts[i - 1] == "(" or ctx.texts[i - 1].isupper() and ctx.texts[i - 1].isalpha())):
            continue
        k = i + 1
        if ctx.texts[k] in {"-", "–"} and not ctx.whitespaces[i]:
            k += 1
        # ("DRY-LAND II": capitals hyphened on before it are the acronym's own.)
        first = i
        while first >= 2 and ctx.texts[first - 1] in {"-", "–"} and not ctx.whitespaces[first - 2] \
                and not ctx.whitespaces[first - 1] and ctx.texts[first - 2].isupper() and ctx.texts[first - 2].isalnum():
            first -= 2
        # ("RBE III Trimestre 2031": a numeral that opens a date numbers a quarter, not a phase.)
        if k < len(ctx.doc) and ROMAN.match(ctx.texts[k]) and ctx.texts[k] != "I" and k not in ctx.date_tokens \
                and not ctx.place_at(i, i + 1) and ctx.is_free(first, k + 1) and not _spells_a_document(ctx, text):
            ctx.add(first, k + 1, "acronym-phase")


def repeated_names(ctx: DetectionContext) -> None:
    """Every other use of a found acronym (or multi-word title) is a mention of it too."""
    _mark(ctx, _names(ctx))
