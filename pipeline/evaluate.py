"""Scoring as the spec defines it: overlap matching, per-type PRF, strict F1, value
accuracy, end-to-end F1, and link P/R/F1 for project records.

Runs on records alone: no spaCy here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Optional, Sequence

from .models import MENTION_TYPES

FACT_FIELDS = ("countries", "amounts", "dates")


@dataclass
class PRF:
    """True positives, false positives and false negatives, like spaCy's PRFScore."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f": round(self.f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class TypeScores:
    mention: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    end_to_end: PRF = field(default_factory=PRF)
    matched: int = 0
    value_equal: int = 0

    @property
    def value_accuracy(self) -> float:
        return self.value_equal / self.matched if self.matched else 0.0

    def to_dict(self) -> dict:
        return {"mention": self.mention.to_dict(), "strict_f": round(self.strict.f, 4),
                "value_accuracy": round(self.value_accuracy, 4), "end_to_end": self.end_to_end.to_dict()}


def _overlap(a, b) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_spans(predicted: Sequence, gold: Sequence) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans, largest overlap first.

    Items need .start and .end; returns (predicted index, gold index) pairs.

    >>> from types import SimpleNamespace as S
    >>> match_spans([S(start=0, end=5), S(start=6, end=9)], [S(start=3, end=8)])
    [(0, 0)]
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            size = _overlap(p, g)
            if size > 0:
                candidates.append((-size, i, j))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _norm_title(title: Optional[str]) -> Optional[str]:
    return None if title is None else " ".join(title.split()).casefold()


def values_equal(kind: str, predicted, gold) -> bool:
    """Value equality per the spec: amounts as decimals, titles ignoring case and outer space."""
    if kind == "PROJECT":
        return predicted.acronym == gold.acronym and _norm_title(predicted.title) == _norm_title(gold.title)
    if kind == "MONEY":
        def key(v):
            return (Decimal(v.amount), v.currency, v.qualifier, None if v.amount_max is None else Decimal(v.amount_max))
        return key(predicted) == key(gold)
    return predicted == gold


def score_mentions(predicted: Sequence, gold: Sequence, scores: dict[str, TypeScores]) -> None:
    """Add one document's mention scores to scores (per type)."""
    for kind in MENTION_TYPES:
        p = [m for m in predicted if m.type == kind]
        g = [m for m in gold if m.type == kind]
        pairs = match_spans(p, g)
        result = scores[kind]
        equal = sum(1 for i, j in pairs if values_equal(kind, p[i].value, g[j].value))
        strict = sum(1 for i, j in pairs if (p[i].start, p[i].end) == (g[j].start, g[j].end))
        result.mention.add(PRF(len(pairs), len(p) - len(pairs), len(g) - len(pairs)))
        result.strict.add(PRF(strict, len(p) - strict, len(g) - strict))
        result.end_to_end.add(PRF(equal, len(p) - equal, len(g) - equal))
        result.matched += len(pairs)
        result.value_equal += equal


def _facts(project, kind: str) -> set:
    if kind == "countries":
        return {c.iso2 for c in project.countries}
    if kind == "amounts":
        return {(Decimal(a.amount), a.currency) for a in project.amounts}
    return {(d.start, d.end) for d in project.dates}


def score_links(predicted_projects, predicted_mentions, gold_projects, gold_mentions, links: dict[str, PRF]) -> None:
    """Link P/R/F1: facts of matched projects as (field, value) pairs; unmatched projects' facts count wrong."""
    def spans(projects, mentions):
        by_start = {m.start: m for m in mentions if m.type == "PROJECT"}
        return [[by_start[s] for s in p.mentions if s in by_start] for p in projects]

    p_spans, g_spans = spans(predicted_projects, predicted_mentions), spans(gold_projects, gold_mentions)
    candidates = []
    for i, ps in enumerate(p_spans):
        for j, gs in enumerate(g_spans):
            best = max((_overlap(a, b) for a in ps for b in gs), default=0)
            if best > 0:
                candidates.append((-best, i, j))
    candidates.sort()
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    for kind in FACT_FIELDS:
        result = links[kind]
        for i, j in pairs:
            p, g = _facts(predicted_projects[i], kind), _facts(gold_projects[j], kind)
            result.add(PRF(len(p & g), len(p - g), len(g - p)))
        for i, project in enumerate(predicted_projects):
            if i not in used_p:
                result.fp += len(_facts(project, kind))
        for j, project in enumerate(gold_projects):
            if j not in used_g:
                result.fn += len(_facts(project, kind))


@dataclass
class Evaluation:
    types: dict[str, TypeScores] = field(default_factory=lambda: {k: TypeScores() for k in MENTION_TYPES})
    links: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in FACT_FIELDS})
    # Links of the records built from the gold mentions: the linker alone, without detection errors.
    gold_mention_links: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in FACT_FIELDS})
    documents: int = 0
    has_links: bool = False
    has_gold_mention_links: bool = False

    @property
    def overall(self) -> TypeScores:
        total = TypeScores()
        for scores in self.types.values():
            total.mention.add(scores.mention)
            total.strict.add(scores.strict)
            total.end_to_end.add(scores.end_to_end)
            total.matched += scores.matched
            total.value_equal += scores.value_equal
        return total

    @property
    def link_overall(self) -> PRF:
        return _total(self.links)

    @property
    def gold_mention_link_overall(self) -> PRF:
        return _total(self.gold_mention_links)

    def add_gold_mention_links(self, gold, projects) -> None:
        """Score project records built from gold's own mentions (see extract.records_from_mentions)."""
        if getattr(gold, "projects", None) is None:
            return
        self.has_gold_mention_links = True
        score_links(projects, gold.mentions, gold.projects, gold.mentions, self.gold_mention_links)

    def to_dict(self) -> dict:
        data = {"documents": self.documents, "types": {k: v.to_dict() for k, v in self.types.items()},
                "overall": self.overall.to_dict()}
        if self.has_links:
            data["links"] = {k: v.to_dict() for k, v in self.links.items()}
            data["links"]["overall"] = self.link_overall.to_dict()
        if self.has_gold_mention_links:
            data["links_gold_mentions"] = {k: v.to_dict() for k, v in self.gold_mention_links.items()}
            data["links_gold_mentions"]["overall"] = self.gold_mention_link_overall.to_dict()
        return data


def _total(scores: dict[str, PRF]) -> PRF:
    total = PRF()
    for score in scores.values():
        total.add(score)
    return total


def evaluate(pairs: Iterable[tuple[object, object]]) -> Evaluation:
    """Score (gold document, predicted document) pairs; both need .mentions, and .projects for links."""
    evaluation = Evaluation()
    for gold, predicted in pairs:
        evaluation.documents += 1
        score_mentions(predicted.mentions, gold.mentions, evaluation.types)
        if getattr(gold, "projects", None) is not None:
            evaluation.has_links = True
            score_links(predicted.projects, predicted.mentions, gold.projects, gold.mentions, evaluation.links)
    return evaluation


def render_table(evaluation: Evaluation) -> str:
    rows = [("type", "P", "R", "F1", "strict F1", "value acc", "end-to-end F1")]
    for name, scores in list(evaluation.types.items()) + [("ALL", evaluation.overall)]:
        m = scores.mention
        rows.append((name, f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f:.3f}", f"{scores.strict.f:.3f}",
                     f"{scores.value_accuracy:.3f}", f"{scores.end_to_end.f:.3f}"))
    lines = [f"{evaluation.documents} documents"]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)))
    if evaluation.has_links:
        lines += _links_table("links", evaluation.links, evaluation.link_overall)
    if evaluation.has_gold_mention_links:
        lines += _links_table("links (gold mentions)", evaluation.gold_mention_links, evaluation.gold_mention_link_overall)
    return "\n".join(lines)


def _links_table(caption: str, links: dict[str, PRF], overall: PRF) -> list[str]:
    """"links      P      R      F1" and one row per field; a longer caption gets a line of its own."""
    header = ["", f"{caption:<9}  P      R      F1"] if len(caption) <= 9 else ["", caption, f"{'':<9}  P      R      F1"]
    return header + [f"{name:<9}  {scores.precision:.3f}  {scores.recall:.3f}  {scores.f:.3f}"
                     for name, scores in list(links.items()) + [("ALL", overall)]]
