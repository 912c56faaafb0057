"""Rejections that read places: a country alone, places joined, a region's generic programme, a geographic
feature, a place and common nouns. Kept apart from filters.py, which lists them among its rejections."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .context import DetectionContext


def place_name(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """A country, state or currency name alone is not a project."""
    return "a place" if ctx.place_at(start, end) else None


@lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    """CLDR's names of the world's regions ("Sub-Saharan Africa", "Afrique subsaharienne", "América Latina")."""
    from babel import Locale

    return frozenset(name.lower().replace("’", "'") for locale in ("en", "fr", "es", "pt")
                     for code, name in Locale(locale).territories.items() if code.isdigit())


def world_region(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Programme : Afrique subsaharienne": a field's value that is a region of the world is no name."""
    return "a region of the world" if ctx.text_of(start, end).lower().replace("’", "'") in _world_regions() else None


def places_only(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Lesotho and Eswatini", "Southern Africa: Lesotho": places and region words joined are no name."""
    words = [i for i in range(start, end) if ctx.texts[i].isalpha() and not ctx.is_function(i)]
    # ("EASTLAND – Country Office, Port Verena": a place's office is a body.)
    if words and all(ctx.place_at(i, i + 1) or i in ctx.place_tokens or ctx.texts[i].title() in ctx.vocab.region_words
                     or ctx.texts[i] in ctx.vocab.organization_heads for i in words):
        return "places only"
    return None


def generic_regional_reference(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"the Country Programme", "a Regional Fund": a generic head with only region words is a
    reference, not a name. Sentence-case names ("Resilience in northern Ghana") are names."""
    head = ctx.head(start, end)
    if head not in ctx.vocab.project_heads:
        return None
    if any(ctx.texts[i].isalpha() and ctx.texts[i].islower() and not ctx.is_function(i) for i in range(start, end)):
        return None
    words = [i for i in range(start, end) if ctx.texts[i][:1].isupper() and ctx.texts[i] != head]
    if words and all(ctx.texts[i] in ctx.vocab.region_words or ctx.place_at(i, i + 1) for i in words):
        return "generic regional reference"
    return None


def geographic_feature(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Sinai Peninsula", "Congo Basin": a place, not an activity ("Gulf of Eastland Solar Link" names its own)."""
    head = ctx.head(start, end)
    of = next((i for i in range(start, end) if ctx.texts[i] == "of"), end)
    return "a geographic feature" if head in ctx.vocab.geographic_heads \
        and sum(ctx.texts[i][:1].isupper() for i in range(of + 1, end)) < 3 else None


def place_and_common_nouns(ctx: DetectionContext, start: int, end: int) -> Optional[str]:
    """"Eastland reconstruction after the floods": a place and lowercase words describe an activity; a name
    capitalizes its words ("Eastland Flood Recovery")."""
    words = [i for i in range(start + 1, end) if ctx.texts[i].isalpha()]
    if words and ctx.place_at(start, start + 1) and all(ctx.texts[i].islower() for i in words):
        return "a place and common nouns"
    return None
