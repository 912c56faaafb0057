"""Infrastructure named by the places it joins: "Eastport–Hilltown Railway", "Lake–Reef Cable",
"Eastport–Lakeside Highway Dualisation", "Ruritania–Borduria 225 kV Interconnector".

A dash between two capitalised places, then a work's noun, names one work (news and bank pages write projects
so, without "Project"). Run after the other finders: a longer name ("... Railway Upgrade Project (ELRUP)")
found by them keeps its tokens.
"""

from __future__ import annotations

import re

from .context import DetectionContext

# (Not "East–West Highway": compass points name a direction, not the places a work joins.)
PLACE = r"(?!(?:The|Trans|East|West|North|South|Northern|Southern|Eastern|Western|Central)\b)[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
WORKS = r"Railway|Railways|Motorway|Highway|Expressway|Bridge|Cable|Interconnector|Pipeline|Corridor|Road|Transmission Line"
# (An en dash, which joins places; a hyphen makes compounds: "Post-COVID Credit Line", "Cross-Border ... Road".)
# (A capitalised word after the work's noun means a longer name: "Hill–Lake Road Toll Concession" is not cut short.)
ROUTE = re.compile(rf"(?<![\w-])(?:{PLACE})–(?:{PLACE})(?: (?:[A-Z][\w'’]+|\d+ ?kV))*? (?:{WORKS})\b"
                   r"(?: (?:Dualisation|Dualization|Upgrade|Upgrading|Rehabilitation|Extension|Reinforcement|Strengthening|Project))?(?![ \t][A-Z\d])")

ACTIVITY_SUFFIXES = ("Dualisation", "Dualization", "Upgrade", "Upgrading", "Rehabilitation", "Extension", "Reinforcement",
                     "Strengthening", "Project")
POSSESSIVE = re.compile(r"[^ ]+['’]s ")


def route_names(ctx: DetectionContext) -> None:
    """Each "Place–Place ... Railway" (or Road, Bridge, Cable, Interconnector ...) on one line, its tokens free."""
    text = ctx.layout.text
    if "–" not in text:
        return
    for match in ROUTE.finditer(text):
        start = match.start()
        # "Nepal's East–West Highway": the possessive is the owner's, not the work's.
        owner = POSSESSIVE.match(match.group(0))
        if owner and owner.end() < match.group(0).find("–"):
            start += owner.end()
        tokens = ctx.token_range(start, match.end())
        # (A work named with what is done to it, "... Road Rehabilitation", is an activity wherever it stands.)
        works_on = match.group(0).endswith(ACTIVITY_SUFFIXES)
        if tokens is not None and "\n" not in match.group(0) and (works_on or not _landmark(ctx, tokens[0])):
            ctx.add(*tokens, "route-name")


# "a short drive from the Lake–Reef Bridge", "along the Hill–Lake Highway", "a road between the Hill–Lake Bridge and
# the port": a work the text places things by is a landmark that stands already, not a project.
PLACING_WORDS = {"near", "across", "along", "beside", "between", "from", "over", "past", "via", "off", "opposite", "by", "alongside"}


def _landmark(ctx: DetectionContext, start: int) -> bool:
    before = [ctx.texts[k].lower() for k in range(max(0, start - 2), start)]
    return len(before) == 2 and before[1] == "the" and before[0] in PLACING_WORDS
