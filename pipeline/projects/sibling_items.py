"""Items of a list whose siblings were found as names: a list that names one project by its title
names the others in the same place, even when no lead-in says "projects" and a name has no head noun
("• Hill Roads Project (HRP) – a loan ...", "• Lantern Schools – grants to 40 schools"); so does a list two of
whose items give a name and then an amount ("• Lantern Schools — US$ 2 million over three years").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .common_words import is_common_english
from .context import DetectionContext
from .filters import REJECTIONS
from .item_names import whole_item
from .table_names import JOB_WORDS

# What sets a name off from its item's commentary: a spaced dash, or a comma or colon before a figure.
# "Hill Wells, UNDP and WFP, US$ 9 million": an implementer's capitals before the figure are commentary too.
# A quoted gloss ('Salama ("safe births") — ...') and a phase after a comma (", Phase II — ...") stay outside the name.
# ("Hill Wells – Phase II extends ...": a phase after a dash is the name's when lowercase commentary follows it.)
# A full stop before a sentence sets it off too ("Tarn–Vesle Ferry Landings. The second tranche ..."); a dash between
# two words without spaces is the name's ("Tarn–Vesle").
NAME_THEN_COMMENTARY = re.compile(r"^[“\"]?(?P<name>[A-ZÀ-Ý](?:[^–—:;,]|(?<=\w)[–—](?=\w))*?"
                                  r"(?P<phase>\s[–—-]\sPhase\s[IVX\d]+(?=\s[a-z]))?)[”\"]?"
                                  r"(?:\s\([“\"][^()\n]*\))?(?:,\sPhase\s[IVX\d]+)?"
                                  r"(?(phase)\s|(?:\s[–—-]\s|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s+(?=[A-Z])|[,:]\s+(?=[^\sa-z]*\d)"
                                  r"|,\s+(?=[A-Z][A-Za-z-]*[A-Z](?:\s(?:and|&)\s[A-Z][A-Za-z-]*[A-Z])?,\s+[^a-z\n]{0,6}\d)))")
ITEM_LEADS = ("the ", "The ", "“", "\"")
DASHES = {"–", "—", "-"}  # ("Hill Orchard Terraces – Phase II": a phase's dash inside the name)


@lru_cache(maxsize=1024)  # (a page's markers are few: "1.", "2.", "•")
def _marker_shape(marker: str) -> str:
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "1", marker))


def _number(marker: str) -> int | None:
    digits = re.sub(r"\D", "", marker)
    return int(digits) if digits and len(digits) <= 2 else None


def _lists(ctx: DetectionContext) -> list[list]:
    """Runs of list items that share a marker shape. Blank lines, wrapped or indented detail lines and
    sub-items of another shape stay inside a run; a short heading does too when the numbering goes on
    across it ("2. ...", "Eastland", "3. ...")."""
    runs: list[list] = []
    run: list = []
    crossed = False  # a short heading line was passed since the run's last item
    for line in ctx.layout.lines:
        indented = ctx.layout.text[line.start : line.start + 1] in (" ", "\t")
        shape = _marker_shape(line.marker)
        if line.kind == "item" and line.item is None and not (run and indented and shape != _marker_shape(run[0].marker)):
            before, now = (_number(run[-1].marker), _number(line.marker)) if run else (None, None)
            if run and (shape != _marker_shape(run[0].marker) or crossed and (before is None or now != before + 1)):
                runs.append(run)
                run = []
            run.append(line)
            crossed = False
            continue
        if line.kind == "blank" or line.item is not None or indented or line.kind == "item":
            continue
        text = ctx.layout.text[line.start : line.end].strip()
        if run and len(text.split()) <= 4 and not text.endswith((".", ":", ";", ",")):
            crossed = True
            continue
        if run:
            runs.append(run)
        run, crossed = [], False
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _under_headings(ctx: DetectionContext, runs: list[list]) -> list[list]:
    """Lists of one marker shape, one under each short heading ("Ghana", "Togo[edit]") and nothing else between them,
    are one list: a page's projects, by country."""
    groups: list[list] = []
    for run in runs:
        if groups and _marker_shape(run[0].marker) == _marker_shape(groups[-1][0].marker) \
                and _only_headings_between(ctx, groups[-1][-1].index, run[0].index):
            groups[-1] = groups[-1] + run
        else:
            groups.append(run)
    return groups


def _only_headings_between(ctx: DetectionContext, after: int, before: int) -> bool:
    """Only blank lines and one heading that is a place's name ("Togo", "Togo[edit]") between two lists."""
    lines = [line for line in ctx.layout.lines[after + 1 : before] if line.kind != "blank"]
    if len(lines) != 1 or lines[0].kind == "item":
        return False
    name = EDIT_LINK.sub("", ctx.layout.text[lines[0].content_start : lines[0].end]).strip()
    tokens = ctx.token_range(lines[0].content_start, lines[0].content_start + len(name)) if name else None
    return tokens is not None and ctx.place_at(*tokens)


EDIT_LINK = re.compile(r"\s*\[edit\]\s*$")


def _named_at_start(ctx: DetectionContext, line) -> bool:
    """The item opens with a name found already (after "the" or an opening quote at most)."""
    text = ctx.layout.text[line.content_start : line.end]
    lead = next((len(w) for w in ITEM_LEADS if text.startswith(w)), 0)
    starts = {line.content_start, line.content_start + lead}
    return any(span.start_char in starts for span in ctx.found)


def _title_case(ctx: DetectionContext, name: str) -> bool:
    """"Lantern Schools for Hill Villages (LSHV)", not "At the 40th session of the Council" (a clause) nor a plan."""
    words = name.split()
    function = ctx.vocab.function_words | ctx.vocab.foreign_function_words
    # "Country Strategy Eastland – 2021–2025", "Water Authority – partner": a plan's or a body's name, listed
    # beside the project in a page's related links, names no project.
    others = ctx.vocab.non_project_heads | ctx.vocab.organization_heads
    return bool(words) and words[0].lower() not in function | ctx.vocab.prepositions \
        and all(w[:1].isupper() or w.lower() in function or w[:1] == "(" and w[1:2].isupper() or w in DASHES
                or _foreign_particle(words, k) for k, w in enumerate(words)) \
        and not any(w in others for w in words)


def _foreign_particle(words: list[str], k: int) -> bool:
    """"Maji wa Kisima Bora", "Luz ba Vila Foun": a short lowercase word between two capitalized words that
    are not English is a function word of the name's own language."""
    return 0 < k < len(words) - 1 and words[k].isalpha() and words[k].islower() and len(words[k]) <= 3 \
        and all(words[j][:1].isupper() and not is_common_english(words[j]) for j in (k - 1, k + 1))


def _proper(ctx: DetectionContext, line, match) -> bool:
    """"Teacher Training", "School Feeding": two common nouns name an activity, not a project. A name has
    three words or more, or is quoted, or holds a place ("Hill Schools Ghana"), or is two words that are not English."""
    words = match["name"].split()
    if len(words) >= 3 or _quoted(ctx, line):
        return True
    # ("Lueur Partagée": a coined or foreign name is no pair of common nouns; "Amina Wanjiru – coordinator" is a
    # person's, by the post after it.)
    if len(words) == 2 and all(w.isalpha() and not is_common_english(w) for w in words) and not _post_after(ctx, line, match):
        return True
    start = line.content_start + match.start("name")
    tokens = ctx.token_range(start, start + len(match["name"]))
    return tokens is not None and any(ctx.place_at(k, k + 1) or k in ctx.place_tokens for k in range(*tokens))


def _post_after(ctx: DetectionContext, line, match) -> bool:
    """The item's commentary opens with a person's post ("– finance lead", "– coordinator since 2031")."""
    words = ctx.layout.text[line.content_start + match.end() : line.end].lower().split()
    return bool(words) and any(word.strip(",.;") in JOB_WORDS for word in words[:2])


def _quoted(ctx: DetectionContext, line) -> bool:
    """The item opens with a quote ("“Safe Wells” – ...")."""
    return ctx.layout.text[line.content_start : line.content_start + 1] in ("“", "\"")


def _no_description(ctx: DetectionContext, line, match) -> bool:
    """What follows the dash does not describe a project: a count reports a result ("School Meals – 12,000
    pupils fed"; a sum says what a project costs), and a word or two label a partner's role ("Eastland Red
    Cross – implementation")."""
    begin = line.content_start + match.end()
    tokens = ctx.token_range(begin, line.end)
    if tokens is None:
        return True
    facts = any(k in ctx.money_tokens for k in range(*tokens)) or ctx.has_date(begin, line.end)
    words = [k for k in range(*tokens) if ctx.texts[k][:1].isalnum()]
    return ctx.texts[tokens[0]][:1].isdigit() and tokens[0] not in ctx.money_tokens or (len(words) < 3 and not facts)


def _funded(ctx: DetectionContext, line) -> bool:
    """"• Lantern Schools — US$ 2 million over three years": the commentary opens with an amount."""
    match = NAME_THEN_COMMENTARY.match(ctx.layout.text[line.content_start : line.end])
    tokens = match and ctx.token_range(line.content_start + match.end(), line.end)
    return bool(tokens) and tokens[0] in ctx.money_tokens


# "Prêt AFD", "Loan IDB", "Don UE": a financing instrument and the lender's acronym say who lends, not what is funded.
LENDERS_INSTRUMENT = re.compile(r"(?:Loan|Credit|Grant|Prêt|Crédit|Don|Subvention|Préstamo|Crédito|Donación|Empréstimo|Doação"
                                r"|Subvenção)\s+[A-Z]{2,6}(?:\s*\([^()]*\))?\s*$")


def sibling_items(ctx: DetectionContext) -> None:
    """"• Lantern Schools – grants to 40 schools" beside "• the Hill Roads Fund (HRF) – small grants":
    an item that opens with a title-case name set off from its commentary by a dash, or by a comma
    before a figure, is a name when another item of its list opens with a name found already, or when
    two items or more of the list give a name and then an amount (a list of grants or projects)."""
    for items in _under_headings(ctx, _lists(ctx)):
        if not any(_named_at_start(ctx, line) for line in items) and sum(_funded(ctx, line) for line in items) < 2:
            continue
        for line in items:
            text = ctx.layout.text[line.content_start : line.end]
            match = NAME_THEN_COMMENTARY.match(text)
            if _named_at_start(ctx, line) or match is None or not _title_case(ctx, match["name"]) \
                    or not _proper(ctx, line, match) or _no_description(ctx, line, match) or LENDERS_INSTRUMENT.match(match["name"]):
                continue
            # No lead-in says "projects": the item is held to every test a name in running text meets.
            # The item ends where its commentary starts (an implementer after a comma is no part of the name).
            end = line.content_start + match.end("name") + (text[match.end("name") : match.end("name") + 1] in ("”", "\""))
            whole_item(ctx, line.content_start, end, "sibling-item", cut_commentary=True, rejections=REJECTIONS)
