"""Project records: group PROJECT mentions by project and tie facts to them.

The spec ties a fact (DATE, MONEY or COUNTRY mention) to a project through the
document's structure. The rules, most specific first:

1. a country inside a project's own title belongs to it;
2. a list item or table row that names projects: the fact goes to the project it is
   bound to ("$40 million for the X Project") or else to the first one named;
   a row that names none belongs to the project its table's lead-in line names, then
   to its section's project, then to the project of the document's title block;
3. a heading: a date in a heading that names no project applies to every project
   listed (items, rows) in its section ("Agreements signed on 20 November 2018");
4. a list's lead-in line ("Current projects (2020-):") gives its dates and countries
   to every project in the list or table that follows;
5. a sentence that names projects: bound project, else the first one named (the
   subject); a sentence opening with "It ..." gives what comes before the first name
   to the project referred back to;
6. a later sentence of the paragraph that refers back ("it", "the programme") goes
   to the project of the last sentence that named one;
7. a sentence in a section whose heading names a project: its amounts, when the
   sentence speaks of funding.

Filters: a donor country (OECD DAC member, "funded by X", "ILO/Japan") is not a
recipient; a date of an event ("the tsunami of 2004") is not a project date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from ..layout import Layout, Line
from ..models import AmountFact, CountryFact, DateFact, ProjectRecord

CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"'$€£¥])|;\s+")
BINDING_WORDS = {"for", "to", "under", "of", "towards"}
DONOR_BEFORE = {"by", "from"}
DONOR_AFTER = {"-", "–", "/"}


@dataclass
class Group:
    title: Optional[str]
    acronym: Optional[str]
    spans: list[Span] = field(default_factory=list)
    facts: dict[str, dict] = field(default_factory=lambda: {"countries": {}, "amounts": {}, "dates": {}})


def group_projects(spans: list[Span]) -> list[Group]:
    """Same acronym, or same title ignoring case, is one project; "(ACR)" joins its long form."""
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    for span in sorted(spans, key=lambda s: s.start_char):
        value = span._.value
        keys = []
        if value.acronym:
            keys.append("acronym:" + value.acronym.casefold())
        if value.title:
            keys.append("title:" + value.title.casefold())
        group = next((by_key[k] for k in keys if k in by_key), None)
        if group is None:
            group = Group(value.title, value.acronym)
            groups.append(group)
        group.title = group.title or value.title
        group.acronym = group.acronym or value.acronym
        group.spans.append(span)
        for key in keys:
            by_key.setdefault(key, group)
    return groups


class Attacher:
    def __init__(self, doc: Doc, groups: list[Group], cues: dict):
        self.doc = doc
        self.layout: Layout = doc._.layout
        self.groups = groups
        self.owner_of = {(s.start_char, s.end_char): g for g in groups for s in g.spans}
        self.project_spans = sorted((s for g in groups for s in g.spans), key=lambda s: s.start_char)
        self.donors = frozenset(cues["donor_countries"])
        self.event_nouns = frozenset(cues["event_nouns"])
        self.funding_cues = frozenset(cues["funding_cues"])
        self.donor_cues = frozenset(cues["donor_cues"])
        nouns = "|".join(re.escape(w) for w in cues["back_reference_nouns"])
        pronouns = "|".join(re.escape(w) for w in cues["back_reference_pronouns"])
        # "it", "the programme", "the first phase", "that first round"
        self.back_reference = re.compile(
            rf"\b(?:{pronouns}|(?:the|this|that)\s+(?:(?:first|second|third|fourth|new|current|next|final)\s+)?(?:{nouns}))\b",
            re.IGNORECASE,
        )
        self.levels = self._heading_levels()
        self.project_starts = [s.start_char for s in self.project_spans]
        self._clauses: dict[int, list[tuple[int, int]]] = {}

    # ---- structure ------------------------------------------------------------------------
    def _heading_levels(self) -> dict[int, int]:
        """Heading line index -> depth: the first marker style seen is level 1, the next new one level 2."""
        styles: list[str] = []
        levels = {}
        for line in self.layout.lines:
            if line.kind != "heading":
                continue
            style = _marker_style(line.marker)
            if style is None:
                levels[line.index] = 0
                continue
            if style not in styles:
                styles.append(style)
            levels[line.index] = styles.index(style) + 1
        return levels

    def ancestors(self, line: Line) -> list[Line]:
        """The heading of the line's section, then the headings above it, nearest first."""
        chain = []
        if line.heading is None:
            return chain
        current = self.layout.lines[line.heading]
        chain.append(current)
        level = self.levels.get(current.index, 0)
        for earlier in reversed(self.layout.lines[: current.index]):
            if earlier.kind == "heading" and self.levels.get(earlier.index, 0) < level:
                chain.append(earlier)
                level = self.levels.get(earlier.index, 0)
                if level == 0:
                    break
        return chain

    def title_block(self) -> tuple[int, int]:
        """The document's opening lines, up to the first blank line."""
        end = 0
        for line in self.layout.lines:
            if line.kind == "blank":
                break
            end = line.end
        return 0, end

    def unit_of(self, line: Line) -> Optional[tuple[int, int]]:
        """The character range of a list item (with its continuation lines) or table row."""
        if line.kind == "row":
            return line.start, line.end
        if line.kind == "item" or line.item is not None:
            first = self.layout.lines[line.item if line.item is not None else line.index]
            last = first
            for following in self.layout.lines[first.index + 1 :]:
                if following.item != first.index:
                    break
                last = following
            return first.start, last.end
        return None

    def lead_in_of(self, line: Line) -> Optional[Line]:
        """The line that introduces the list or table this line belongs to ("... projects:")."""
        index = line.item if line.item is not None else line.index
        for earlier in reversed(self.layout.lines[:index]):
            if earlier.kind in ("item", "row") or earlier.item is not None:
                continue
            text = self.layout.text[earlier.start : earlier.end].rstrip()
            return earlier if earlier.kind != "blank" and text.endswith(":") else None
        return None

    def listed_after(self, line: Line) -> list[Group]:
        """Projects named in the items and rows that follow a line, up to the next heading."""
        found: list[Group] = []
        for following in self.layout.lines[line.index + 1 :]:
            if following.kind == "heading":
                break
            if following.kind in ("item", "row") or following.item is not None:
                for group in self.projects_in(following.start, following.end):
                    if group not in found:
                        found.append(group)
        return found

    def clauses(self, line: Line) -> list[tuple[int, int]]:
        if line.index not in self._clauses:
            self._clauses[line.index] = self._split_clauses(line)
        return self._clauses[line.index]

    def _split_clauses(self, line: Line) -> list[tuple[int, int]]:
        text = self.layout.text[line.start : line.end]
        pieces, cursor = [], 0
        for match in CLAUSE_BREAK.finditer(text):
            pieces.append((line.start + cursor, line.start + match.start()))
            cursor = match.end()
        pieces.append((line.start + cursor, line.end))
        return pieces

    def spans_in(self, start: int, end: int) -> list[Span]:
        first = bisect.bisect_left(self.project_starts, start)
        last = bisect.bisect_right(self.project_starts, end)
        return [s for s in self.project_spans[first:last] if s.end_char <= end + 1]

    def projects_in(self, start: int, end: int) -> list[Group]:
        found: list[Group] = []
        for span in self.spans_in(start, end):
            group = self.owner_of[(span.start_char, span.end_char)]
            if group not in found:
                found.append(group)
        return found

    def inside_title(self, fact: Span) -> Optional[Group]:
        for span in self.project_spans:
            if span.start_char <= fact.start_char and fact.end_char <= span.end_char:
                return self.owner_of[(span.start_char, span.end_char)]
        return None

    # ---- choosing among named projects ----------------------------------------------------------
    def bound_project(self, fact: Span, start: int, end: int) -> Optional[Group]:
        """"$40 million for the X Project": the project right after the fact and a binding word."""
        doc = self.doc
        after = doc[fact.end : min(fact.end + 4, len(doc))]
        if not any(t.lower_ in BINDING_WORDS for t in after[:2]):
            return None
        for span in self.spans_in(start, end):
            if span.start_char >= fact.end_char and span.start <= fact.end + 4:
                return self.owner_of[(span.start_char, span.end_char)]
        return None

    def choose(self, fact: Span, start: int, end: int) -> list[Group]:
        named = self.projects_in(start, end)
        if len(named) <= 1:
            return named
        bound = self.bound_project(fact, start, end)
        return [bound] if bound is not None else named[:1]

    # ---- the rules ------------------------------------------------------------------------------
    def owners(self, fact: Span) -> list[Group]:
        own_title = self.inside_title(fact)
        if own_title is not None:
            return [own_title]
        line = self.layout.line_at(fact.start_char)
        unit = self.unit_of(line)
        if unit is not None:
            if self.projects_in(*unit):
                return self.choose(fact, *unit)
            lead_in = self.lead_in_of(line)
            if lead_in is not None and self.projects_in(lead_in.start, lead_in.end):
                return self.projects_in(lead_in.start, lead_in.end)[:1]
            if line.kind == "row":
                return self.section_projects(line) or self.projects_in(*self.title_block())[:1]
            if fact.label_ == "COUNTRY":
                return self.section_projects(line)
        if line.kind == "heading":
            named = self.projects_in(line.start, line.end)
            if named:
                return named
            # The document's own title ("Donor Profile 2022") is not spread to every project (spec).
            in_title = line.end <= self.title_block()[1]
            return self.listed_after(line) if fact.label_ == "DATE" and not in_title else []
        if self.layout.text[line.start : line.end].rstrip().endswith(":") and fact.start_char >= self.clauses(line)[-1][0]:
            listed = self.listed_after(line)
            if listed and not self.projects_in(line.start, line.end):
                return listed if fact.label_ != "MONEY" else []
        return self.by_sentence(fact, line)

    def by_sentence(self, fact: Span, line: Line) -> list[Group]:
        clauses = self.clauses(line)
        here = next((c for c in clauses if c[0] <= fact.start_char <= c[1]), (line.start, line.end))
        named = self.spans_in(*here)
        if named and fact.label_ == "MONEY" and self.introduces_breakdown(fact, named[0]):
            return []
        if named:
            opening = self.layout.text[here[0] : here[0] + 12]
            if fact.end_char <= named[0].start_char and self.back_reference.match(opening):
                earlier = self.previous_projects(here[0], line)
                if earlier:
                    return earlier
            return self.choose(fact, *here)
        if self.back_reference.search(self.layout.text[here[0] : here[1]]):
            earlier = self.previous_projects(here[0], line)
            if earlier:
                return earlier
        if fact.label_ in ("MONEY", "COUNTRY") and self.speaks_of_funding(here):
            return self.section_projects(line)
        return []

    def introduces_breakdown(self, fact: Span, first_named: Span) -> bool:
        """"worth $90 million covered three operations: $40 million for ...": a total before a colon."""
        between = self.layout.text[fact.end_char : first_named.start_char]
        return ":" in between

    def previous_projects(self, offset: int, line: Line) -> list[Group]:
        """The project named last before offset in the paragraph (the nearest antecedent)."""
        paragraph = [l for l in self.layout.lines if l.paragraph == line.paragraph and l.kind != "blank"]
        for earlier_line in reversed(paragraph):
            for clause in reversed(self.clauses(earlier_line)):
                if clause[1] <= offset:
                    named = [s for s in self.spans_in(*clause) if s.end_char <= offset]
                    if named:
                        return [self.owner_of[(named[-1].start_char, named[-1].end_char)]]
        return []

    def section_projects(self, line: Line) -> list[Group]:
        for heading in self.ancestors(line):
            named = self.projects_in(heading.start, heading.end)
            if named:
                return named[:1]
        return []

    def speaks_of_funding(self, clause: tuple[int, int]) -> bool:
        words = set(re.findall(r"[a-z]+", self.layout.text[clause[0] : clause[1]].lower()))
        return bool(words & self.funding_cues)

    # ---- filters ----------------------------------------------------------------------------------
    def is_donor(self, fact: Span) -> bool:
        doc = self.doc
        if fact._.value.iso2 in self.donors:
            return True
        window = [t.lower_ for t in doc[max(0, fact.start - 5) : fact.start]]
        if window and window[-1] in DONOR_BEFORE or any(w in DONOR_BEFORE for w in window[-3:]) and "," not in window[-3:]:
            if set(window) & self.donor_cues or any(t.lower_ in self.donor_cues for t in doc[max(0, fact.start - 8) : fact.start]):
                return True
        if fact.end < len(doc) and doc[fact.end].text in DONOR_AFTER and not doc[fact.end - 1].whitespace_:
            return True
        return fact.start > 0 and doc[fact.start - 1].text.endswith("/")

    def is_event_date(self, fact: Span) -> bool:
        doc = self.doc
        near = [t.lower_ for t in doc[max(0, fact.start - 3) : fact.start]] + \
               [t.lower_ for t in doc[fact.end : min(fact.end + 2, len(doc))]]
        return any(word in self.event_nouns for word in near)

    def attach(self) -> None:
        for label in ("DATE", "MONEY", "COUNTRY"):
            for fact in self.doc.spans.get(label, []):
                if label == "COUNTRY" and self.is_donor(fact):
                    continue
                if label == "DATE" and self.is_event_date(fact):
                    continue
                for group in self.owners(fact):
                    self.add(group, fact)

    @staticmethod
    def add(group: Group, fact: Span) -> None:
        value = fact._.value
        if fact.label_ == "COUNTRY":
            group.facts["countries"].setdefault(value.iso2, CountryFact(iso2=value.iso2, mention=fact.start_char))
        elif fact.label_ == "MONEY":
            group.facts["amounts"].setdefault(
                (value.amount, value.currency), AmountFact(amount=value.amount, currency=value.currency, mention=fact.start_char)
            )
        else:
            group.facts["dates"].setdefault(
                (value.start, value.end), DateFact(start=value.start, end=value.end, mention=fact.start_char)
            )


def _marker_style(marker: str) -> Optional[str]:
    core = marker.strip("().")
    if not core:
        return None
    if re.fullmatch(r"[IVX]+", core) and len(core) > 1 or core in {"I", "V", "X"} and marker.endswith("."):
        return "roman-upper" if core.isupper() else "roman-lower"
    if re.fullmatch(r"[ivx]+", core):
        return "roman-lower"
    if core.isdigit():
        return "digit"
    if core.isupper():
        return "letter-upper"
    return "letter-lower"


def build_project_records(doc: Doc, cues: dict) -> list[ProjectRecord]:
    """The project records of a processed Doc, in order of first mention."""
    groups = group_projects(list(doc.spans.get("PROJECT", [])))
    Attacher(doc, groups, cues).attach()
    return [
        ProjectRecord(
            title=group.title,
            acronym=group.acronym,
            mentions=[s.start_char for s in group.spans],
            countries=list(group.facts["countries"].values()),
            amounts=list(group.facts["amounts"].values()),
            dates=list(group.facts["dates"].values()),
        )
        for group in groups
    ]
