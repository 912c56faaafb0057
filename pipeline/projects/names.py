"""Names found in running text by their own shape: a parenthesized acronym, a head noun, a Romance head."""

from __future__ import annotations

from typing import Optional

from ..normalize.projects import looks_like_acronym
from .acronym_bodies import after_body_of, body_portfolio, named_after_country, romance_body_before
from .acronyms import (PLACE_ACRONYM, acronym_after, closing_parenthesis, inner_is_never_acronym,
                       language_acronym, long_form_start, place_acronym, sentence_case_start, window_start)
from .boundaries import ROMAN, comma_phase_suffix, extend_right, phase_suffix, settle
from .context import LEADING_ARTICLES, POSSESSIVES, SPACED_DASHES, DetectionContext
from .context_names import heads_phrase
from .common_words import is_common_english
from .filters import CALLED_REJECTIONS, acceptable, rejection
from .quoted_names import quoted_title_before

# Prepositions that carry a title on past its head ("Fund for ...", "Operation with ..."); "at", "by"
# and "from" start the sentence's own phrases ("... Compact at the ministry", "... Fund by Japan").
CONTINUING_PREPOSITIONS = {"for", "of", "on", "to", "in", "with", "against", "towards"}


# French, Spanish, Portuguese and Italian "of the" in one word.
OF_THE = frozenset({"del", "du", "des", "do", "da", "dos", "das", "della", "dello", "degli"})


def _long_form(ctx: DetectionContext, acronym: str, end: int, floor: int) -> Optional[int]:
    """Where the name before "(ACRONYM)" starts: the title-case run before it, else a sentence-case
    name, else the aligned window; each only when the acronym aligns with it."""
    # "Programme d'amélioration ... du Cap Vert (PARCV-Cap Vert)": capitals and a place; a Romance long form in
    # sentence case is found in the window before the parenthesis, not in the title-case run (the place alone).
    if PLACE_ACRONYM.fullmatch(acronym):
        for k in range(end - 2, max(floor, end - 20) - 1, -1):
            if ctx.texts[k] in {".", ";", ":", ","} or "\n" in ctx.texts[k]:
                break
            if ctx.texts[k] in ctx.vocab.foreign_heads and long_form_start(ctx, acronym, k, end) == k:
                # ("Joint Programme on ... Hill Towns (HT-Hill)": capitalized words before the head are the name's.)
                while k > floor and ctx.texts[k - 1][:1].isupper() and ctx.texts[k - 1].isalpha() \
                        and ctx.texts[k - 1].lower() not in LEADING_ARTICLES:
                    k -= 1
                return k
    run = ctx.walk_back(end, floor, allow_commas=True)
    aligned = long_form_start(ctx, acronym, run, end)
    commas = [k for k in range(aligned, end) if ctx.texts[k] == ","] if aligned is not None else []
    if len(commas) >= 2 and not any(ctx.texts[k].lower() in {"and", "&", "et", "y", "e"} for k in range(commas[-1], end)):
        # "Ms Ana Ruiz, Director General, Lake Fund (DG)": letters that align across two commas are a long form only
        # in a series ("Water, Sanitation and Hygiene (WASH)"); one comma may part a name's halves or its phase.
        aligned = None
    if aligned is not None:
        # The alignment vouches for the acronym; the name is the whole title-case run (the left trims
        # then drop owners, amounts and openers), unless an article introduces the aligned words
        # ("a loan from the bank for the Rural Roads Programme (RRP)").
        # ("El Consejo del Banco ... (BLD)": so does a Romance article joined to "of", the owner's "of the".)
        begin = aligned if aligned > run and ctx.texts[aligned - 1].lower() in LEADING_ARTICLES | OF_THE else run
        # "the multi-donor Open Classrooms (OC)", "co-funds the Lake Clinics Fund (LCF)": a lowercase word that is
        # no function word ends what ran in before the name.
        # (A sentence-case long form, "Alliance for widening chances (CHANCES)", has such words inside.)
        if ctx.texts[aligned][:1].isupper():
            begin = max([begin] + [k + 1 for k in range(run, aligned) if ctx.texts[k].isalpha() and ctx.texts[k].islower()
                                   and not ctx.is_function(k)])
        # "Action Document for Harbour Jobs (HJ)", "Report on ...": a document about the aligned name (a
        # plan's or strategy's own name is no document about another).
        cut = next((k + 2 for k in range(end - 3, run - 1, -1) if ctx.texts[k] in ctx.vocab.non_project_heads
                    and ctx.texts[k] not in ctx.vocab.plan_words and ctx.texts[k + 1] in ("for", "on")), None)
        if cut is not None and cut > begin and long_form_start(ctx, acronym, cut, end) is not None:
            begin = cut
        if ctx.content_words(*settle(ctx, begin, end)) >= 2:
            return begin
    # "Kilima Safi – County Roads Programme (KILIMA)": a coined name opens the line, its subtitle follows a spaced dash, and
    # the acronym spells the coined words.
    if run - 2 >= floor and ctx.texts[run - 1] in SPACED_DASHES and ctx.whitespaces[run - 2]:
        before = ctx.walk_back(run - 1, floor)
        opens_line = before == ctx.line_tokens(run)[0] or ctx.spaces[before - 1]
        if before < run - 1 and opens_line and not ctx.place_at(before, run - 1) \
                and long_form_start(ctx, acronym, before, end) == before \
                and long_form_start(ctx, acronym, run, end) is None:
            return before
    sentence = sentence_case_start(ctx, end, floor)
    aligned = long_form_start(ctx, acronym, sentence, end) if sentence is not None else None
    # "... the mid-term review (MTR)": an acronym of lowercase words abbreviates a common noun. The sentence is the
    # name only when the letters reach back to its first word: in "The Fund is lending US$6 million for the
    # Programme d'eau ... (PE)" they stop at "Programme", and the window below finds it.
    if aligned is not None and aligned == sentence and ctx.texts[aligned][:1].isupper():
        return sentence
    return window_start(ctx, acronym, end, floor)


def title_acronyms(ctx: DetectionContext) -> None:
    """"Coastal Resilience Facility (CRF)": a name and the acronym its words align with."""
    for i in ctx.positions.get("(", []):
        if ctx.taken[i] or i == 0:
            continue
        close = closing_parenthesis(ctx, i)
        if close is None or inner_is_never_acronym(ctx, i, close):
            continue
        acronym = ctx.text_of(i + 1, close).strip()
        end = i - 1 if ctx.spaces[i - 1] and ctx.texts[i - 1].count("\n") == 1 else i
        if end <= 0:
            continue
        floor = ctx.title_floor(end - 1)
        begin = _long_form(ctx, acronym, end, floor)
        if begin is not None:
            begin = _romance_head_before(ctx, begin, floor)
        if quoted_title_before(ctx, end, tuple(ctx.texts[i + 1 : close])):
            continue
        if begin is None:
            begin = _translated_title(ctx, acronym, end, floor)
        if begin is None and ctx.texts[end - 1] in ctx.vocab.organization_heads and looks_like_acronym(acronym) \
                and ctx.texts[end - 1] not in ctx.vocab.role_words:
            # "... Development Agency (ADA)" with the agency's first word lost to a column break: whether or
            # not the letters align, an acronym right after a body's head noun is the body's (after a person's
            # post, "Chief Technical Adviser (ABCD)", it names what the post serves).
            ctx.organization_acronyms.add(acronym)
        if begin is None or acronym_after(ctx, end, begin) is None or place_acronym(ctx, end, acronym) \
                or language_acronym(ctx, begin, end, acronym):
            continue
        if romance_body_before(ctx, begin):
            ctx.organization_acronyms.add(acronym)  # "Agência Belga de Desenvolvimento Local (ABDL)": the body's
            continue
        # "ABC II continues the first phase (ABC)": words that spell the acronym out are no long form of it.
        if acronym in ctx.texts[begin:end]:
            continue
        begin, stop = _keep_aligned_owner(ctx, acronym, begin, end)
        begin, accepted = after_body_of(ctx, acronym, begin, stop)
        if body_portfolio(ctx, begin, stop):
            ctx.organization_acronyms.add(acronym)
            continue
        if begin >= stop or ctx.content_words(begin, stop) < 2 and len(acronym) > 2:
            continue
        after = _continuation(ctx, begin, close + 1)
        # "Harbour Cooperation (HC) Special Fund": judged by the head after the acronym when there is one.
        judged = (begin, after) if after > close + 1 else (begin, stop)
        # "Least Developed Countries (LDCs)": a plural acronym abbreviates a term, not a name.
        # "the Pêche Durable Ruritania (PDR) programme": the noun after the acronym says what the name is
        # (so does it for a plural acronym: "the Integrated Farm Parks (IFPs) programme").
        called = close + 1 < len(ctx.doc) and (ctx.texts[close + 1].lower() in ctx.vocab.project_nouns
                                               or _coined_component(ctx, begin, stop, close + 1)) \
            or _appositive_calls_it_a_project(ctx, close + 1)
        # ("the Paris Agreement (PA) project portfolio": the noun names the portfolio, not the name before it.)
        heads = called and (close + 1 >= len(ctx.doc) or heads_phrase(ctx, close + 1))
        plural = acronym.endswith("s") and acronym[:-1].isupper() and not called
        if acronym in ctx.organization_acronyms or plural or not called and named_after_country(ctx, begin, stop) \
                or not accepted and not (heads and rejection(ctx, begin, stop, CALLED_REJECTIONS) is None) and (
                after == close + 1 or not acceptable(ctx, *judged)):
            # "Summit on Growth (SOG IV)": neither "SOG IV" nor "SOG" names a project here, unless the page
            # gave "SOG" to a project already ("... Project (KBSIP)", later "... – Phase II (KBSIP-II)").
            ctx.organization_acronyms.update(a for a in {acronym, acronym.split()[0].split("-")[0]}
                                             if not _project_acronym(ctx, a))
            continue
        ctx.add(begin, after, "title-acronym")


def _coined_component(ctx: DetectionContext, begin: int, stop: int, noun: int) -> bool:
    """"the Graines de Vie (GdV) component": a component with a coined or foreign name is named like a project (one
    with English words, "the Policy Dialogue (PD) component", is a part described)."""
    return ctx.texts[noun].lower() == "component" and any(
        ctx.texts[k].isalpha() and not ctx.is_function(k) and not is_common_english(ctx.texts[k]) for k in range(begin, stop))


def _appositive_calls_it_a_project(ctx: DetectionContext, comma: int) -> bool:
    """"..., a USD 8 million programme running to 2034": the appositive after the parenthesis calls the name a project."""
    if comma + 1 >= len(ctx.doc) or ctx.texts[comma] != "," or ctx.texts[comma + 1].lower() not in {"a", "an", "the", "its"}:
        return False
    words = ctx.texts[comma + 2 : comma + 10]
    stop = next((k for k, word in enumerate(words) if word in {",", ".", ";", ":", "(", ")"}), len(words))
    return any(word in ctx.vocab.project_nouns for word in words[:stop])


def _translated_title(ctx: DetectionContext, acronym: str, end: int, floor: int) -> Optional[int]:
    """"Programme Routes Rurales du Sahel (PRRS)", then "Sahel Rural Roads Programme
    (PERS)": a bilingual page gives a found project's acronym to its translated title too, whose words the
    letters do not spell. Taken when the title-case run before the parenthesis has a project head."""
    if not _project_acronym(ctx, acronym):
        return None
    begin, stop = settle(ctx, ctx.walk_back(end, floor), end)
    headed = ctx.head(begin, stop) in ctx.vocab.project_heads or ctx.texts[stop - 1] in ctx.vocab.project_heads
    if begin >= stop or ctx.content_words(begin, stop) < 2 or not headed:
        return None
    return begin


def _project_acronym(ctx: DetectionContext, acronym: str) -> bool:
    """A project found so far carries `acronym` in its closing parenthesis."""
    written = f"({acronym})"
    return any(ctx.layout.text[span.start_char : span.end_char].endswith(written) for span in ctx.found)


# Articles a left trim drops stay dropped, whatever letter they open with ("El Programa ... (EPAE)").
NEVER_RESTORED = {"the", "a", "an", "el", "la", "los", "las", "le", "les", "l'", "o", "os", "as", "un", "une", "una"}


def _keep_aligned_owner(ctx: DetectionContext, acronym: str, begin: int, end: int) -> tuple[int, int]:
    """The left trims, except words the acronym spells: "Ruritania's Forest Initiative (RFI)", "Strengthening
    Eastland's Harbour Response (SEHR)", "The Delta and Hill Wells Fund (DHWF)"."""
    start, stop = settle(ctx, begin, end)
    if start > begin and ctx.texts[start][:1].lower() != acronym[:1].lower():
        for k in range(start - 1, begin - 1, -1):
            if ctx.texts[k] in {",", ";", ":", ".", "|", "·", "•", ">", "›"} or "\n" in ctx.texts[k]:
                break
            if ctx.texts[k][:1] == acronym[:1] and ctx.texts[k].lower() not in NEVER_RESTORED \
                    and ctx.texts[k].lower() not in ctx.vocab.left_stop_words and long_form_start(ctx, acronym, k, end) is not None:
                return k, stop
    return start, stop


def _romance_head_before(ctx: DetectionContext, begin: int, floor: int) -> int:
    """"Projeto de Apoio à Pesca ... (APESCA)": letters that spell words inside a Romance title
    align after its head; the name starts at the head ("Projeto", "Proyecto", "Programme") when only Romance
    function words and capitalized words stand between."""
    k = begin - 1
    if k < floor or ctx.texts[k].lower() not in ctx.vocab.foreign_function_words:
        return begin
    while k >= max(floor, begin - 10):
        text = ctx.texts[k]
        if text in ctx.vocab.foreign_heads:
            return k
        if not (text.lower() in ctx.vocab.foreign_function_words or text == "a" or text[:1].isupper() and text.isalpha()):
            return begin
        k -= 1
    return begin


def _continuation(ctx: DetectionContext, begin: int, after: int) -> int:
    """Where a title goes on after its "(ACRONYM)": "... (RRP) Programme", "... (HC) Special Fund",
    "... (PP) Activity", "... (HTF) Ruritania", "Proyecto ... (PCR) de Villaverde"."""
    if after >= len(ctx.doc) or not ctx.whitespaces[after - 1]:
        return after
    ceiling = ctx.line_tokens(after)[1]
    # "Hill Clinics for All (HCA) Phase II", "(SCR) – Phase II": the phase goes on after the acronym.
    phased = phase_suffix(ctx, after, ceiling)
    if phased > after:
        return phased
    heads, more_heads = ctx.vocab.project_heads, ctx.vocab.continuation_heads  # (each tested: no union built per name)
    run = after
    while run < ceiling and run < after + 4 and ctx.texts[run][:1].isupper() and not ctx.spaces[run]:
        run += 1
    for k in range(run - 1, after - 1, -1):
        if ctx.texts[k] in heads or ctx.texts[k] in more_heads:
            return k + 1
    # A country closing the name: "Harbour Towns Fund (HTF) Ruritania," (not "... (X) Ruritania signed").
    if run == after + 1 and ctx.place_at(after, run) and (run >= ceiling or not ctx.texts[run][:1].isalpha()):
        return run
    if after + 1 < ceiling and ctx.texts[after] in {"de", "del", "da", "do", "du", "des"} \
            and ctx.texts[after + 1][:1].isupper() and ctx.texts[begin] in ctx.vocab.foreign_heads:
        return ctx.walk_forward(after, ceiling)
    return after


def _keyword_title(ctx: DetectionContext, i: int) -> Optional[tuple[int, int]]:
    """The bounds of the title whose head keyword is token i, or None."""
    following = ctx.texts[i + 1] if i + 1 < len(ctx.doc) else None
    # "Agricultural Sector Programme Support": a two-word head.
    if following is not None and f"{ctx.texts[i]} {following}" in ctx.vocab.compound_heads:
        i += 1
        following = ctx.texts[i + 1] if i + 1 < len(ctx.doc) else None
    # "Programme Notes", "Fund Secretariat": the keyword only modifies another noun.
    # A headline in title case goes on with its verb ("... Fund Is Changing Lives", "... Programme Reaches ..."):
    # the keyword ends the name there.
    verb = following is not None and (following.lower() in ctx.vocab.headline_verbs
                                       or following.lower() in ctx.vocab.english_stop_words)
    if following is not None and following[:1].isupper() and not ctx.is_function(i + 1) and following != "(" \
            and following.lower() not in ctx.vocab.phase_words and not ROMAN.match(following) and not verb:
        return None
    ceiling = ctx.line_tokens(i)[1]
    floor = ctx.title_floor(i)
    begin = ctx.walk_back(i, floor)
    # "Water, Sanitation and Hygiene Programme": a series of capitalized words before "and" is the name's.
    if any(ctx.texts[k] == "and" for k in range(begin, i)) and begin - 2 >= floor and ctx.texts[begin - 1] == ",":
        begin = ctx.walk_back(i, floor, allow_commas=True)
    # "Healthy Mothers, Healthy Villages Project": a comma between two parallel parts, the word repeated.
    elif begin - 2 >= floor and ctx.texts[begin - 1] == ",":
        parallel = ctx.walk_back(begin - 1, floor)
        while parallel < begin - 1 and ctx.texts[parallel].islower():
            parallel += 1
        # ("across the Northern Province, Northern Roads Project ...": a place before the comma is where, not what.)
        if parallel < begin - 1 and begin - 1 - parallel <= 3 and ctx.texts[parallel] == ctx.texts[begin] \
                and ctx.texts[begin] not in ctx.vocab.region_words and not ctx.place_at(parallel, begin - 1) \
                and ctx.texts[begin - 2] not in ctx.vocab.geographic_heads:
            begin = parallel
    # "Description of the Project": after an article the name starts at its head ("the Project for ...")
    # or there is none.
    after_article = i > 0 and ctx.texts[i - 1].lower() in {"the", "this", "that", "a", "an", "its", "our", "their"}
    if after_article:
        begin = i
    # "the Harbour Fund and the Lagoon Window": two names joined by "and" after a head.
    # "... Cooperation and the Water Fund": a lowercase "and the" before the head joins two noun phrases.
    for k in range(i - 1, begin, -1):
        if ctx.texts[k] in {"and", "or", "&"} and ctx.texts[k - 1] in ctx.vocab.project_heads \
                or ctx.texts[k] == "the" and ctx.texts[k - 1] in {"and", "or"}:
            begin = k + 1
            break
    # "Lagoon Cities Program – Cleaner Canals Project": two titled parts joined by a dash.
    if begin >= floor + 2 and ctx.texts[begin - 1] in SPACED_DASHES and ctx.whitespaces[begin - 2] is not None \
            and ctx.texts[begin - 2] in ctx.vocab.project_heads and ctx.whitespaces[begin - 1]:
        begin = ctx.walk_back(begin - 1, floor)
    begin, _ = settle(ctx, begin, i + 1)
    # "a loan to Crédit Agricole for the Valley Pumping Programme": after "for the" a new name starts,
    # unless a project head before it carries the title on ("Fund for the ...").
    for k in range(i - 1, begin + 1, -1):
        if ctx.texts[k].lower() == "the" and ctx.texts[k - 1] in ctx.vocab.prepositions \
                and not any(ctx.texts[j] in ctx.vocab.project_heads for j in range(begin, k - 1)) and i - k >= 2:
            # "Sahel Rural Roads Programme": when the words after "the" are no name of their
            # own (a region and the head), "in the" is inside the title.
            if acceptable(ctx, k + 1, i + 1):
                begin = k + 1
            break
    end = i + 1
    if following is not None and (following in CONTINUING_PREPOSITIONS
                                  or following.lower() in CONTINUING_PREPOSITIONS and ctx.in_capitals(i + 1)):
        stop = ctx.walk_forward(i + 1, ceiling)
        # "... Program in Cambodia": a country after "in" says where the programme works, not its name.
        place = i + 3 if i + 2 < stop and ctx.texts[i + 2] == "the" else i + 2
        named_on = stop < ceiling and (comma_phase_suffix(ctx, stop, ceiling) > stop
                                       or ctx.texts[stop] == "(" and acronym_after(ctx, stop, begin) is not None)
        if following == "in" and stop > place and ctx.place_at(place, stop) and not named_on:
            stop = i + 1
        # "... Pilot in Eastland's Hill region": a possessive says whose place it is, no name says so.
        if following == "in" and any(ctx.texts[k] in POSSESSIVES for k in range(i + 2, stop)):
            stop = i + 1
        # "... Wells Project with the Ministry of Water": a body after "with" is a partner, not more of the name.
        # (A body's name may wrap: "... Initiative with the Eastland Education\nService".)
        reach = stop
        if following == "with" and stop == ceiling and stop + 1 < len(ctx.doc) and ctx.texts[stop].count("\n") == 1:
            reach = ctx.walk_forward(stop + 1, ctx.line_tokens(stop + 1)[1])
        if following == "with" and (_body_follows(ctx, i + 2, stop) or reach > stop and _body_follows(ctx, i + 2, reach)):
            stop = i + 1
        # "... for Education Fund and the Lagoon Window": the continuation ends at the next name's "and".
        stop = next((k for k in range(i + 2, stop) if ctx.texts[k] in {"and", "or", "&"}
                     and (ctx.texts[k - 1] in ctx.vocab.project_heads or _body_follows(ctx, k + 1, stop))), stop)
        while stop > i + 1 and (ctx.is_function(stop - 1) or ctx.is_connector(stop - 1)):
            stop -= 1
        if ctx.content_words(i + 1, stop) >= 1:
            end = stop
    if begin == i and (end == i + 1 or following is None or following.lower() not in {"for", "to", "on", "of"}):
        return None
    # Judged without its suffix: "– Additional Financing" does not make a name a financing.
    if ctx.content_words(begin, end) < 2 and end == i + 1 or not acceptable(ctx, begin, end):
        return None
    end = extend_right(ctx, end, ceiling)
    if ctx.content_words(begin, end) < 2:
        return None
    return begin, end


def _body_follows(ctx: DetectionContext, start: int, stop: int) -> bool:
    """"... Fund for Rural Development and the Eastland Development Bank", "... for Education and the Hill
    Fund": after "and", a body's name (an organization head ends its run), or after "and the" a project's, is
    a second party, not more of the title ("... of Training Complex and Outreach Facility" goes on)."""
    heads = ctx.vocab.organization_heads
    article = start < stop and ctx.texts[start].lower() == "the"
    if article:
        start += 1
        heads = heads | ctx.vocab.project_heads
    end = start
    # (A single line break inside the run is crossed: "the Eastland Education\nService".)
    while end < stop and (ctx.texts[end][:1].isupper()
                          or end > start and ctx.spaces[end] and ctx.texts[end].count("\n") == 1):
        end += 1
    # ("... Improvement of Mother and Infant Care Services in the District of X": without an article, a plural
    # service noun that goes on with a preposition is more of the title, not a second party; "Ministry of" is one.)
    goes_on = not article and end < stop and ctx.texts[end] in ctx.vocab.prepositions and ctx.texts[end - 1].endswith("s")
    return end > start and ctx.texts[end - 1] in heads and not goes_on


def title_keywords(ctx: DetectionContext) -> None:
    """"Coastal Roads Support Project", "Project for ...": a title-case name with a project head noun."""
    # "RURAL ROADS PROJECT" in a PDF's capitals is read like "Rural Roads Project".
    heads = sorted(i for head in ctx.vocab.project_heads for form in (head, head.upper())
                   for i in ctx.positions.get(form, []) if form == head or ctx.in_capitals(i))
    for i in heads:
        if ctx.taken[i]:
            continue
        bounds = _keyword_title(ctx, i)
        if bounds is None:
            continue
        begin, end = bounds
        after = acronym_after(ctx, end, begin)
        ctx.add(begin, after or end, "title-keyword")
