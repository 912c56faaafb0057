"""compare(old, new): which facts changed between two extractions, and the evidence.

Mentions are compared per document the way an auditor reads them:

- aligned by their sequence of (type, text, value), so text inserted or deleted
  elsewhere only shifts offsets: such a mention is **moved**, not changed;
- what is left is paired by type and identical text (a rules change gave it another
  value), then by type and surrounding words (the figure itself was edited): those
  pairs are **changed**, field by field;
- the rest is **added** or **removed**.

Project records are compared by acronym or title: facts that appear or disappear
under a project are changes of that project (an amount moving to another project
shows under both).
"""

from __future__ import annotations

import difflib
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import FactsheetError
from .models import DocumentRecord
from .store import read_record, record_paths

CONTEXT = 40
CONTEXT_SIMILARITY = 0.6


class DiffError(FactsheetError):
    """A side of the diff cannot be read: a missing path, an invalid record, a bad git revision."""


@dataclass(frozen=True)
class Evidence:
    """A mention as an auditor sees it: where it is, what found it, and the words around it."""

    type: str
    text: str
    start: int
    end: int
    line: Optional[int]
    col: Optional[int]
    rule: Optional[str]
    value: dict
    before: str
    after: str

    def to_dict(self) -> dict:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end, "line": self.line,
                "col": self.col, "rule": self.rule, "value": self.value, "context": [self.before, self.text, self.after]}


@dataclass
class MentionChange:
    kind: str  # added, removed, changed, moved
    old: Optional[Evidence]
    new: Optional[Evidence]
    fields: dict[str, tuple] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return (self.new or self.old).type

    def to_dict(self) -> dict:
        return {"kind": self.kind, "type": self.type, "old": self.old.to_dict() if self.old else None,
                "new": self.new.to_dict() if self.new else None,
                "fields": {k: {"old": v[0], "new": v[1]} for k, v in sorted(self.fields.items())}}


@dataclass
class FactChange:
    kind: str  # added, removed
    field: str  # countries, amounts, dates
    value: str
    evidence: Optional[Evidence]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "field": self.field, "value": self.value,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass
class ProjectChange:
    kind: str  # added, removed, changed
    name: str
    facts: list[FactChange] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "project": self.name, "facts": [f.to_dict() for f in self.facts]}


@dataclass
class DocumentDiff:
    doc: str
    status: str  # added, removed, changed, unchanged
    mentions: list[MentionChange] = field(default_factory=list)
    projects: list[ProjectChange] = field(default_factory=list)
    old_text: str = ""
    new_text: str = ""

    @property
    def differs(self) -> bool:
        return self.status in ("added", "removed") or any(m.kind != "moved" for m in self.mentions) or bool(self.projects)

    def counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in ("added", "removed", "changed", "moved")}
        for change in self.mentions:
            counts[change.kind] += 1
        return counts

    def to_dict(self) -> dict:
        return {"doc": self.doc, "status": self.status, "counts": self.counts(),
                "mentions": [m.to_dict() for m in self.mentions], "projects": [p.to_dict() for p in self.projects]}


@dataclass
class DiffResult:
    documents: list[DocumentDiff]

    @property
    def differs(self) -> bool:
        return any(d.differs for d in self.documents)

    def summary(self) -> dict[str, int]:
        total = {"documents_added": 0, "documents_removed": 0, "documents_changed": 0, "documents_unchanged": 0,
                 "added": 0, "removed": 0, "changed": 0, "moved": 0, "project_changes": 0}
        for document in self.documents:
            status = document.status if document.status != "changed" or document.differs else "unchanged"
            total[f"documents_{status}"] += 1
            for kind, count in document.counts().items():
                total[kind] += count
            total["project_changes"] += len(document.projects)
        return total

    def to_dict(self) -> dict:
        return {"format": 1, "summary": self.summary(), "documents": [d.to_dict() for d in self.documents if d.differs or d.counts()["moved"]]}


# ---- comparing ------------------------------------------------------------------------------
def _evidence(record: DocumentRecord, mention) -> Evidence:
    text = record.text
    return Evidence(
        type=mention.type, text=mention.text, start=mention.start, end=mention.end, line=mention.line, col=mention.col,
        rule=mention.rule, value=mention.value.model_dump(mode="json"),
        before=text[max(0, mention.start - CONTEXT) : mention.start], after=text[mention.end : mention.end + CONTEXT],
    )


def _value_fields(old: Evidence, new: Evidence) -> dict[str, tuple]:
    changed = {}
    if old.text != new.text:
        changed["text"] = (old.text, new.text)
    for key in sorted(set(old.value) | set(new.value)):
        if old.value.get(key) != new.value.get(key):
            changed[f"value.{key}"] = (old.value.get(key), new.value.get(key))
    return changed


def _similar(a: Evidence, b: Evidence) -> float:
    return difflib.SequenceMatcher(None, a.before + "\x00" + a.after, b.before + "\x00" + b.after, autojunk=False).ratio()


def compare_mentions(old: DocumentRecord, new: DocumentRecord) -> list[MentionChange]:
    old_ev = [_evidence(old, m) for m in old.mentions]
    new_ev = [_evidence(new, m) for m in new.mentions]
    key = lambda e: (e.type, e.text, repr(sorted(e.value.items())))  # noqa: E731
    matcher = difflib.SequenceMatcher(None, [key(e) for e in old_ev], [key(e) for e in new_ev], autojunk=False)
    changes: list[MentionChange] = []
    left_old, left_new = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for a, b in zip(old_ev[i1:i2], new_ev[j1:j2], strict=True):
                if (a.start, a.end) != (b.start, b.end):
                    changes.append(MentionChange("moved", a, b))
        else:
            left_old.extend(old_ev[i1:i2])
            left_new.extend(new_ev[j1:j2])
    # Same type and text, another value: the rules read it differently now.
    for a in list(left_old):
        b = next((b for b in left_new if b.type == a.type and b.text == a.text), None)
        if b is not None:
            changes.append(MentionChange("changed", a, b, _value_fields(a, b)))
            left_old.remove(a)
            left_new.remove(b)
    # Same type and the same words around it: the figure itself was edited.
    for a in list(left_old):
        scored = sorted(((_similar(a, b), i) for i, b in enumerate(left_new) if b.type == a.type), reverse=True)
        if scored and scored[0][0] >= CONTEXT_SIMILARITY:
            b = left_new.pop(scored[0][1])
            changes.append(MentionChange("changed", a, b, _value_fields(a, b)))
            left_old.remove(a)
    changes += [MentionChange("removed", a, None) for a in left_old]
    changes += [MentionChange("added", None, b) for b in left_new]
    changes.sort(key=lambda c: ((c.new or c.old).start, c.kind))
    return changes


def _project_name(project) -> str:
    return project.acronym or project.title or "?"


def _facts(record: DocumentRecord, project) -> dict[tuple[str, str], Optional[Evidence]]:
    by_start: dict[tuple[str, int], object] = {(m.type, m.start): m for m in record.mentions}
    facts = {}
    for field_name, kind, items in (("countries", "COUNTRY", project.countries), ("amounts", "MONEY", project.amounts),
                                    ("dates", "DATE", project.dates)):
        for fact in items:
            if field_name == "countries":
                value = fact.iso2
            elif field_name == "amounts":
                value = f"{fact.model_dump(mode='json')['amount']} {fact.currency}"
            else:
                value = f"{fact.start or '…'}/{fact.end or '…'}"
            mention = by_start.get((kind, fact.mention))
            facts[(field_name, value)] = _evidence(record, mention) if mention else None
    return facts


def compare_projects(old: DocumentRecord, new: DocumentRecord) -> list[ProjectChange]:
    old_projects = {_project_name(p).casefold(): p for p in old.projects}
    new_projects = {_project_name(p).casefold(): p for p in new.projects}
    changes = []
    for key in sorted(old_projects.keys() | new_projects.keys()):
        before = _facts(old, old_projects[key]) if key in old_projects else {}
        after = _facts(new, new_projects[key]) if key in new_projects else {}
        facts = [FactChange("removed", f, v, before[(f, v)]) for f, v in sorted(before.keys() - after.keys())]
        facts += [FactChange("added", f, v, after[(f, v)]) for f, v in sorted(after.keys() - before.keys())]
        if key not in old_projects:
            changes.append(ProjectChange("added", _project_name(new_projects[key]), facts))
        elif key not in new_projects:
            changes.append(ProjectChange("removed", _project_name(old_projects[key]), facts))
        elif facts:
            changes.append(ProjectChange("changed", _project_name(new_projects[key]), facts))
    return changes


def compare(old: dict[str, DocumentRecord], new: dict[str, DocumentRecord]) -> DiffResult:
    """Diff two extractions keyed by document name."""
    documents = []
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            record = old[name]
            documents.append(DocumentDiff(name, "removed", [MentionChange("removed", _evidence(record, m), None) for m in record.mentions],
                                          compare_projects(record, record.model_copy(update={"projects": []})), old_text=record.text))
        elif name not in old:
            record = new[name]
            documents.append(DocumentDiff(name, "added", [MentionChange("added", None, _evidence(record, m)) for m in record.mentions],
                                          compare_projects(record.model_copy(update={"projects": []}), record), new_text=record.text))
        else:
            mentions = compare_mentions(old[name], new[name])
            projects = compare_projects(old[name], new[name])
            status = "changed" if mentions or projects else "unchanged"
            documents.append(DocumentDiff(name, status, mentions, projects, old[name].text, new[name].text))
    return DiffResult(documents)


# ---- reading a side ------------------------------------------------------------------------------
def _git(*args: str) -> bytes:
    try:
        return subprocess.run(["git", *args], check=True, capture_output=True).stdout
    except FileNotFoundError as error:
        raise DiffError("git is not installed") from error
    except subprocess.CalledProcessError as error:
        raise DiffError(f"git {' '.join(args)}: {error.stderr.decode(errors='replace').strip()}") from error


def _parse(data: bytes, where: str) -> DocumentRecord:
    try:
        return DocumentRecord.model_validate_json(data)
    except ValueError as error:
        raise DiffError(f"{where}: not a valid extracted record ({str(error).splitlines()[0]})") from error


def load_side(spec: str) -> dict[str, DocumentRecord]:
    """An extraction folder, one record file, or git:REV:PATH (a folder or file at a revision)."""
    if spec.startswith("git:"):
        _, _, rest = spec.partition(":")
        revision, sep, path = rest.partition(":")
        if not sep or not revision:
            raise DiffError(f"{spec}: expected git:REVISION:PATH, e.g. git:HEAD~1:extracted")
        path = path.rstrip("/") or "."
        kind = _git("cat-file", "-t", f"{revision}:{path}").decode().strip()
        if kind == "blob":
            record = _parse(_git("show", f"{revision}:{path}"), spec)
            return {record.doc: record}
        names = _git("ls-tree", "-r", "--name-only", f"{revision}:{path}").decode().splitlines()
        records = {}
        for name in names:
            if name.endswith(".json") and name != "manifest.json" and not any(
                    part.startswith(".") for part in name.split("/")):
                record = _parse(_git("show", f"{revision}:{path}/{name}"), f"{spec}/{name}")
                records[record.doc] = record
        return records
    path = Path(spec)
    if path.is_dir():
        paths = record_paths(path)
    elif path.is_file():
        paths = [path]
    else:
        raise DiffError(f"{spec}: no such file or folder")
    records = {}
    for item in paths:
        try:
            record = read_record(item)
        except FactsheetError as error:
            raise DiffError(str(error)) from error
        records[record.doc] = record
    return records
