"""The two records the linking rules pass around: a project's group of mentions with the facts tied to it, and a
block of the document (a paragraph, list item, table row, key-value record or heading). pipeline.projects.link_context
builds the blocks and re-exports both."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span

from ..layout import Line


@dataclass(eq=False)  # a project is itself: compared and hashed by identity
class Group:
    """One project: its mentions and the facts tied to it (keyed by value, first mention kept)."""

    title: Optional[str]
    acronym: Optional[str]
    spans: list[Span] = field(default_factory=list)
    facts: dict[str, dict] = field(default_factory=lambda: {"countries": {}, "amounts": {}, "dates": {}})


@dataclass
class Block:
    index: int
    kind: str  # "paragraph", "item", "row", "record", "heading"
    lines: list[Line]
    start: int
    end: int
    sentences: list[tuple[int, int]] = field(default_factory=list)
