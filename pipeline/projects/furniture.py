"""Page furniture that holds no new project name: copyright lines ("(c) 2026 Some Body. All rights
reserved.", "© ..."), postal addresses ("Some Body, 11 Harbour Road, 1219 Lakeville, Ruritania")
and breadcrumb trails ("Home > Projects > Ruritania"); a transcript's speaker labels ("[00:02:10] LM: ..."); a
grants database's grantee over the grant's purpose ("Lantern Learning Trust" over "Purpose: Reading rooms for ...").

A copyright line's "(c)" is not a list marker, and the body that owns the page or sits at an address
is not a project; a name already found elsewhere may still stand there, so those lines are set
aside for the finders and given back before the later uses of known names are marked. A title never runs across the line break into or out of
a breadcrumb trail.
"""

from __future__ import annotations

import re

from .context import DetectionContext

COPYRIGHT = re.compile(r"^\s*(?:©|\([cC]\)|copyright\b)", re.IGNORECASE)
# What tells a copyright notice from item (c) of a list: a year, or the notice's own words.
COPYRIGHT_EVIDENCE = re.compile(r"\b(?:19|20)\d\d\b|rights reserved|licen[cs]ed|©", re.IGNORECASE)
# A postal address: "Some Body, 11 Harbour Road, 1219 Lakeville, Ruritania" - a part that is a postcode and
# a town ("1219 Lakeville", "Lakeville 40210", "F-75012 Paris") among three or more comma-separated parts.
POSTCODE_PART = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,6}\s+[A-Z]\S*(?:\s+[A-Z]\S*)*$|^[A-Z]\S*(?:\s+[A-Z]\S*)*\s+\d{4,6}$")
BREADCRUMB_SEPARATOR = re.compile(r"\s(?:>|»|›)\s")
BREADCRUMB_MARKS = (">", "»", "›")
MAX_CRUMB_WORDS = 8
SET_ASIDE = "furniture-set-aside"


def is_copyright_line(text: str) -> bool:
    return bool(COPYRIGHT.match(text)) and bool(COPYRIGHT_EVIDENCE.search(text))


def is_address_line(text: str, is_country=lambda part: True) -> bool:
    """Three or more comma-separated parts, a postcode and town among them, and a country last
    (`is_country` says whether a part is one)."""
    if text.count(",") < 2:
        return False  # fewer than three parts (checked first: most lines have no commas, and every line is asked)
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    return len(parts) >= 3 and any(POSTCODE_PART.match(part) for part in parts[1:-1]) and is_country(parts[-1])


def is_breadcrumb(text: str) -> bool:
    """Two or more ">" between short pieces, none a sentence."""
    if not any(mark in text for mark in BREADCRUMB_MARKS):
        return False  # (one piece: most lines hold no separator, and str's search is cheaper than the regex's)
    pieces = BREADCRUMB_SEPARATOR.split(text.strip())
    return len(pieces) >= 3 and all(0 < len(piece.split()) <= MAX_CRUMB_WORDS and not piece.endswith(".")
                                    for piece in pieces)


def _is_country(ctx: DetectionContext, line, text: str, part: str) -> bool:
    start = line.start + text.rstrip().rstrip(".").rfind(part)
    tokens = ctx.token_range(start, start + len(part))
    return tokens is not None and ctx.place_at(tokens[0], tokens[1])


def skip_furniture(ctx: DetectionContext) -> None:
    """Sets aside copyright and address lines, and the line breaks around a breadcrumb trail, before any finder runs."""
    set_aside = []
    for line in ctx.layout.lines:
        text = ctx.layout.text[line.start : line.end]
        if line.kind == "blank":
            continue
        if is_copyright_line(text) or is_address_line(text, lambda part: _is_country(ctx, line, text, part)) \
                or _over_a_grant_purpose(ctx, line):
            tokens = ctx.token_range(line.start, line.end)
            if tokens:
                set_aside.extend(i for i in range(*tokens) if not ctx.taken[i])
        elif is_breadcrumb(text):
            tokens = ctx.token_range(line.start, line.end)
            if tokens is None:
                continue
            # The line breaks just before and after the trail: a name stays on its own side.
            for i in (tokens[0] - 1, tokens[1]):
                if 0 <= i < len(ctx.texts) and ctx.texts[i].isspace():
                    ctx.taken[i] = True
    set_aside.extend(_speaker_labels(ctx))
    for i in set_aside:
        ctx.taken[i] = True
    ctx.memo[SET_ASIDE] = set_aside


MIN_SPEAKER_TURNS = 2
MAX_INITIALS = 3  # a person's initials; a longer acronym that keys two lines is more likely a project's or a body's


def _speaker_labels(ctx: DetectionContext) -> list[int]:
    """Every use of an acronym that opens two or more timed turns of a transcript ("[00:01:05] LM: And this year?"):
    a speaker's initials, also where the speakers are listed ("Lena Marsh (LM), presenter"). Untimed "ABC: ..."
    lines are a record's fields or minutes' items, left to the finders."""
    turns: dict[str, int] = {}
    for i in ctx.positions.get(":", []):
        k = i - 1
        if k >= 1 and ctx.is_acronym_word(k) and len(ctx.texts[k]) <= MAX_INITIALS and ctx.texts[k - 1] == "]":
            turns[ctx.texts[k]] = turns.get(ctx.texts[k], 0) + 1
    speakers = [text for text, count in turns.items() if count >= MIN_SPEAKER_TURNS]
    return [i for text in speakers for i in ctx.positions.get(text, []) if not ctx.taken[i]]


GRANT_PURPOSE = re.compile(r"\s*(?:grant\s+)?purpose\s*:", re.IGNORECASE)


def _over_a_grant_purpose(ctx: DetectionContext, line) -> bool:
    """"Lantern Learning Trust" over "Purpose: ...": a grants database's grantee, a body, over what the grant is
    for; a line with a project head or a field of its own ("Project title: ...") names the project itself."""
    following = ctx.layout.lines[line.index + 1] if line.index + 1 < len(ctx.layout.lines) else None
    if following is None or not GRANT_PURPOSE.match(ctx.layout.text[following.start : following.end]):
        return False
    text = ctx.layout.text[line.content_start : line.end]
    return ":" not in text and not any(word in ctx.vocab.project_heads for word in text.split())


def release_furniture(ctx: DetectionContext) -> None:
    """Gives copyright and address lines back, so that a name found elsewhere is marked there too ("(c) 2026 Green Jobs")."""
    for i in ctx.memo.pop(SET_ASIDE, []):
        ctx.taken[i] = False
