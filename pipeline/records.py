"""Project records: group PROJECT mentions by project and tie facts to them.

A fact (DATE, MONEY or COUNTRY mention) belongs to a project when the document's
structure ties them (spec: "Project records"):

1. the same list item or table row names the project;
2. the same sentence names it;
3. a later sentence of the same paragraph refers back to it ("it", "the project");
4. the lead-in line of a list of projects ("Current projects (2020-):") gives dates and
   countries to every project in the list (an amount there is a total, left alone);
5. otherwise, the heading of the fact's section names the project.

Countries are kept only as recipients: a donor ("funded by Japan", "ILO/Japan", a
demonym before "government" or "funding") is not attached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from .layout import Layout, Line
from .models import AmountFact, CountryFact, DateFact, ProjectRecord

BACK_REFERENCES = re.compile(
    r"\b(?:it|its|the (?:project|programme|program|fund|scheme|facility|initiative|partnership|phase|coalition))\b",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(“\"'])")
DONOR_BEFORE = {"by", "from"}
DONOR_AFTER = {"government", "governments", "funding", "funded", "money", "contribution", "contributions",
               "aid", "ministry", "minister", "agency", "budget", "embassy", "initiative", "support", "cooperation",
               "trainers", "team", "ministries", "institutions", "officials", "grant", "-", "–", "/"}


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
    def __init__(self, doc: Doc, groups: list[Group]):
        self.doc = doc
        self.layout: Layout = doc._.layout
        self.groups = groups
        self.owner_of = {id(s): g for g in groups for s in g.spans}
        self.project_spans = sorted((s for g in groups for s in g.spans), key=lambda s: s.start_char)
        self.titles = [(s.start_char, s.end_char) for s in self.project_spans]

    # ---- where things are -------------------------------------------------------------
    def unit_of(self, line: Line) -> tuple[int, int]:
        """The character range of a fact's list item or table row (item lines include their continuations)."""
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
        return -1, -1

    def sentence_of(self, offset: int) -> tuple[int, int]:
        line = self.layout.line_at(offset)
        start, end = line.start, line.end
        text = self.layout.text[start:end]
        cursor = 0
        for match in SENTENCE_BREAK.finditer(text):
            if start + match.start() >= offset:
                return start + cursor, start + match.start()
            cursor = match.end()
        return start + cursor, end

    def paragraph_sentences_before(self, offset: int) -> list[tuple[int, int]]:
        line = self.layout.line_at(offset)
        text = self.layout.text[line.start : line.end]
        sentences, cursor = [], 0
        for match in SENTENCE_BREAK.finditer(text):
            sentences.append((line.start + cursor, line.start + match.start()))
            cursor = match.end()
        sentences.append((line.start + cursor, line.end))
        return [s for s in sentences if s[1] <= offset]

    def projects_in(self, start: int, end: int) -> list[Group]:
        found = []
        for span in self.project_spans:
            if start <= span.start_char and span.end_char <= end + 1:
                group = self.owner_of[id(span)]
                if group not in found:
                    found.append(group)
        return found

    def inside_title(self, fact: Span) -> Optional[Group]:
        for span in self.project_spans:
            if span.start_char <= fact.start_char and fact.end_char <= span.end_char:
                return self.owner_of[id(span)]
        return None

    # ---- the rules ----------------------------------------------------------------------
    def owners(self, fact: Span) -> list[Group]:
        line = self.layout.line_at(fact.start_char)
        unit = self.unit_of(line)
        if unit[0] >= 0:
            found = self.projects_in(*unit)
            if found:
                return found
        if line.kind == "heading":
            return self.projects_in(line.start, line.end)
        sentence = self.sentence_of(fact.start_char)
        found = self.projects_in(*sentence)
        if found:
            return found
        if unit[0] < 0 and BACK_REFERENCES.search(self.layout.text[sentence[0] : sentence[1]]):
            for earlier in reversed(self.paragraph_sentences_before(sentence[0])):
                found = self.projects_in(*earlier)
                if found:
                    return found[-1:]
        lead_in = self.lead_in_projects(line)
        if lead_in is not None:
            return lead_in if fact.label_ != "MONEY" else []
        heading = self.section_projects(line)
        return heading

    def lead_in_projects(self, line: Line) -> Optional[list[Group]]:
        text = self.layout.text[line.start : line.end].rstrip()
        if not text.endswith(":"):
            return None
        found = []
        for item in self.layout.lines[line.index + 1 :]:
            if item.kind not in ("item",) and item.item is None:
                break
            for group in self.projects_in(item.start, item.end):
                if group not in found:
                    found.append(group)
        return found or None

    def section_projects(self, line: Line) -> list[Group]:
        if line.heading is None:
            return []
        heading = self.layout.lines[line.heading]
        return self.projects_in(heading.start, heading.end)

    def is_donor(self, fact: Span, group: Group) -> bool:
        doc = self.doc
        before = doc[fact.start - 1].lower_ if fact.start > 0 else ""
        after = doc[fact.end].lower_ if fact.end < len(doc) else ""
        if before in DONOR_BEFORE:
            return True
        value = fact._.value
        if value.form == "demonym" and after in DONOR_AFTER:
            return True
        if fact.end < len(doc) and doc[fact.end].text in {"/", "–", "-"} and not doc[fact.end - 1].whitespace_:
            return True
        if fact.start > 0 and doc[fact.start - 1].text.endswith("/"):
            return True
        if before == "of" and fact.start > 1 and doc[fact.start - 2].text in {"Ministry", "Affairs", "Embassy", "Agency"}:
            return True
        return False

    def attach(self) -> None:
        facts = [s for label in ("DATE", "MONEY", "COUNTRY") for s in self.doc.spans.get(label, [])]
        for fact in facts:
            owners = self.owners(fact)
            for group in owners:
                value = fact._.value
                if fact.label_ == "COUNTRY":
                    if self.is_donor(fact, group):
                        continue
                    group.facts["countries"].setdefault(value.iso2, CountryFact(iso2=value.iso2, mention=fact.start_char))
                elif fact.label_ == "MONEY":
                    key = (value.amount, value.currency)
                    group.facts["amounts"].setdefault(key, AmountFact(amount=value.amount, currency=value.currency, mention=fact.start_char))
                else:
                    key = (value.start, value.end)
                    group.facts["dates"].setdefault(key, DateFact(start=value.start, end=value.end, mention=fact.start_char))


def build_project_records(doc: Doc) -> list[ProjectRecord]:
    """The project records of a processed Doc, in order of first mention."""
    groups = group_projects(list(doc.spans.get("PROJECT", [])))
    Attacher(doc, groups).attach()
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
