"""Renderers: a diff as text, Markdown, JSON or a self-contained HTML page; one record for review.

Every string that comes from a factsheet is escaped in HTML (html.escape) and in
Markdown (backticks and pipes), so a factsheet cannot inject markup into a review.
"""

from __future__ import annotations

import html
import json
import re

import click

from .diff import DiffResult, DocumentDiff, Evidence, MentionChange
from .models import DocumentRecord

COLOURS = {"added": "green", "removed": "red", "changed": "yellow", "moved": "blue"}
SIGNS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
TYPE_COLOURS = {"DATE": "#bfe1d9", "MONEY": "#e4e7d2", "COUNTRY": "#feca74", "PROJECT": "#aa9cfc"}


def _where(evidence: Evidence) -> str:
    return f"{evidence.line}:{evidence.col}" if evidence.line else f"@{evidence.start}"


def _context(evidence: Evidence, mark=lambda s: f"«{s}»") -> str:
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731  (one line, spaces kept)
    return f"…{flat(evidence.before)}{mark(evidence.text)}{flat(evidence.after)}…"


def _value_text(value: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)


# ---- text ----------------------------------------------------------------------------------------
def diff_text(result: DiffResult, colour: bool = False, show_moved: bool = False) -> str:
    style = (lambda s, kind: click.style(s, fg=COLOURS[kind])) if colour else (lambda s, kind: s)
    lines = []
    for document in result.documents:
        if not document.differs and not (show_moved and document.counts()["moved"]):
            continue
        lines.append(f"== {document.doc} ({document.status})")
        for change in document.mentions:
            if change.kind == "moved" and not show_moved:
                continue
            lines.append(style(_mention_line(change), change.kind))
        for project in document.projects:
            lines.append(style(f"  project {project.kind}: {project.name}", "changed" if project.kind == "changed" else project.kind))
            for fact in project.facts:
                where = f" at {_where(fact.evidence)} {_context(fact.evidence)}" if fact.evidence else ""
                lines.append(style(f"    {SIGNS[fact.kind]} {fact.field} {fact.value}{where}", fact.kind))
    summary = result.summary()
    lines.append(
        f"{summary['added']} added, {summary['removed']} removed, {summary['changed']} changed, {summary['moved']} moved "
        f"mentions; {summary['project_changes']} project changes; documents: {summary['documents_added']} added, "
        f"{summary['documents_removed']} removed, {summary['documents_changed']} changed, {summary['documents_unchanged']} unchanged"
    )
    return "\n".join(lines)


def _mention_line(change: MentionChange) -> str:
    evidence = change.new or change.old
    head = f"  {SIGNS[change.kind]} {evidence.type} {evidence.text!r} at {_where(evidence)} [{evidence.rule}]"
    if change.kind == "changed":
        fields = "; ".join(f"{k}: {v[0]} → {v[1]}" for k, v in change.fields.items())
        return f"{head} {fields}\n      {_context(evidence)}"
    if change.kind == "moved":
        return f"{head} moved from {_where(change.old)}"
    return f"{head} {_value_text(evidence.value)}\n      {_context(evidence)}"


def _shown_changes(document: DocumentDiff):
    """(change, evidence, detail) for the changes a review lists; detail is a list of (label, old, new)
    for a changed mention, or the value text otherwise. Renderers escape as their format needs."""
    for change in document.mentions:
        if change.kind == "moved":
            continue
        evidence = change.new or change.old
        if change.kind == "changed":
            yield change, evidence, [(k, v[0], v[1]) for k, v in change.fields.items()]
        else:
            yield change, evidence, _value_text(evidence.value)


def _detail(detail, escape) -> str:
    if isinstance(detail, str):
        return escape(detail)
    return "; ".join(f"{label}: {escape(old)} → {escape(new)}" for label, old, new in detail)


# ---- JSON and Markdown -----------------------------------------------------------------------------
def diff_json(result: DiffResult) -> str:
    """Stable structure: {"format", "summary", "documents": [{"doc", "status", "counts", "mentions", "projects"}]}."""
    return json.dumps(result.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)


def _md(text: str) -> str:
    return "`" + " ".join(str(text).split()).replace("`", "ˋ").replace("|", "\\|") + "`"


def diff_markdown(result: DiffResult) -> str:
    summary = result.summary()
    lines = ["# Extraction diff", "",
             f"**{summary['added']} added, {summary['removed']} removed, {summary['changed']} changed** mentions "
             f"({summary['moved']} moved); {summary['project_changes']} project changes.", ""]
    for document in result.documents:
        if not document.differs:
            continue
        lines += [f"## {_md(document.doc)} ({document.status})", "", "| | type | mention | where | rule | change |", "|---|---|---|---|---|---|"]
        for change, evidence, detail in _shown_changes(document):
            lines.append(f"| {SIGNS[change.kind]} | {evidence.type} | {_md(evidence.text)} | {_where(evidence)} | "
                         f"{_md(evidence.rule or '')} | {_detail(detail, _md)} |")
        for project in document.projects:
            lines += ["", f"Project {_md(project.name)} ({project.kind}):"]
            for fact in project.facts:
                context = f" — {_md(_context(fact.evidence))}" if fact.evidence else ""
                lines.append(f"- {fact.kind}: {fact.field} {_md(fact.value)}{context}")
        lines.append("")
    return "\n".join(lines)


# ---- HTML ----------------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 72em; color: #222; }}
pre.text {{ white-space: pre-wrap; line-height: 2.2; background: #fafafa; padding: 1em; border: 1px solid #ddd; }}
mark {{ padding: 0.15em 0.3em; border-radius: 0.3em; }}
mark.added {{ background: #c8f7c5; outline: 2px solid #2e7d32; }}
mark.changed {{ background: #fff3b0; outline: 2px solid #b8860b; }}
mark.removed {{ background: #ffd6d6; outline: 2px solid #c62828; text-decoration: line-through; }}
mark .label {{ font-size: 0.65em; font-weight: bold; margin-left: 0.4em; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }}
.added {{ color: #2e7d32; }} .removed {{ color: #c62828; }} .changed {{ color: #8a6d00; }}
</style></head><body>
{body}
</body></html>
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _marked_text(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """text with non-overlapping (start, end, css class, label) spans marked; all of it escaped."""
    out, cursor = [], 0
    for start, end, css, label in sorted(spans):
        if start < cursor:
            continue
        out.append(_e(text[cursor:start]))
        out.append(f'<mark class="{css}">{_e(text[start:end])}<span class="label">{_e(label)}</span></mark>')
        cursor = end
    out.append(_e(text[cursor:]))
    return "".join(out)


def diff_html(result: DiffResult, title: str = "Extraction diff") -> str:
    summary = result.summary()
    body = [f"<h1>{_e(title)}</h1>",
            f"<p><b>{summary['added']}</b> added, <b>{summary['removed']}</b> removed, <b>{summary['changed']}</b> changed "
            f"mentions ({summary['moved']} moved); {summary['project_changes']} project changes.</p>"]
    for document in result.documents:
        if not document.differs:
            continue
        body.append(f"<h2>{_e(document.doc)} <small>({_e(document.status)})</small></h2>")
        rows = []
        for change, evidence, detail in _shown_changes(document):
            rows.append(f'<tr class="{change.kind}"><td>{SIGNS[change.kind]}</td><td>{_e(evidence.type)}</td><td>{_e(evidence.text)}</td>'
                        f"<td>{_e(_where(evidence))}</td><td>{_e(evidence.rule)}</td><td>{_detail(detail, _e)}</td></tr>")
        if rows:
            body.append("<table><tr><th></th><th>type</th><th>mention</th><th>where</th><th>rule</th><th>change</th></tr>"
                        + "".join(rows) + "</table>")
        for project in document.projects:
            facts = "".join(f'<li class="{f.kind}">{SIGNS[f.kind]} {_e(f.field)} {_e(f.value)}</li>' for f in project.facts)
            body.append(f'<p class="{project.kind}">Project {_e(project.name)} ({_e(project.kind)})</p><ul>{facts}</ul>')
        text = document.new_text or document.old_text
        spans = [((c.new or c.old).start, (c.new or c.old).end, c.kind, f"{(c.new or c.old).type} {c.kind}")
                 for c in document.mentions if c.kind != "moved" and (c.new is not None) == bool(document.new_text)]
        body.append(f'<pre class="text">{_marked_text(text, spans)}</pre>')
    return PAGE.format(title=_e(title), body="\n".join(body))


# ---- one record for review ----------------------------------------------------------------------------
def _outermost(record: DocumentRecord) -> list:
    chosen, end = [], -1
    for mention in sorted(record.mentions, key=lambda m: (m.start, -m.end)):
        if mention.start >= end:
            chosen.append(mention)
            end = mention.end
    return chosen


def show_text(record: DocumentRecord, colour: bool = False) -> str:
    fg = {"DATE": "cyan", "MONEY": "green", "COUNTRY": "yellow", "PROJECT": "magenta"}
    out, cursor = [], 0
    for mention in _outermost(record):
        out.append(record.text[cursor : mention.start])
        piece = f"[{mention.text}]{mention.type[0]}"
        out.append(click.style(piece, fg=fg[mention.type]) if colour else piece)
        cursor = mention.end
    out.append(record.text[cursor:])
    legend = "Marks: [text]D date, [text]M money, [text]C country, [text]P project"
    lines = [legend, "", "".join(out), "", f"Projects ({len(record.projects)}; each fact: value, then \"evidence\" line:col):"]
    starts = {(m.type, m.start): m for m in record.mentions}
    for project in record.projects:
        name = project.title or ""
        lines.append(f"  {name} ({project.acronym})" if project.acronym and name else f"  {name or project.acronym}")
        for label, kind, facts, render in (("country", "COUNTRY", project.countries, lambda f: f.iso2),
                                           ("amount", "MONEY", project.amounts, _amount),
                                           ("date", "DATE", project.dates, _period)):
            for fact in facts:
                mention = starts.get((kind, fact.mention))
                where = f"{mention.line}:{mention.col}" if mention and mention.line else f"@{fact.mention}"
                evidence = f'"{mention.text}" ' if mention else ""
                lines.append(f"    {label:8} {render(fact):24} {evidence}{where}")
    return "\n".join(lines)


def _fact_cell(record: DocumentRecord, kind: str, facts: list, render) -> str:
    starts = {(m.type, m.start): m for m in record.mentions}
    cells = []
    for fact in facts:
        mention = starts.get((kind, fact.mention))
        evidence = f" <small>({_e(mention.text)})</small>" if mention else ""
        cells.append(_e(render(fact)) + evidence)
    return "<br>".join(cells)


def _amount(fact) -> str:
    return f"{fact.model_dump(mode='json')['amount']} {fact.currency}"


def _period(fact) -> str:
    return f"{fact.start or '…'}/{fact.end or '…'}"


def show_html(record: DocumentRecord) -> str:
    spans = [(m.start, m.end, f"t-{m.type.lower()}", m.type) for m in _outermost(record)]
    style = "".join(f"mark.t-{t.lower()} {{ background: {c}; }}" for t, c in TYPE_COLOURS.items())
    rows = [
        f"<tr><td>{_e(p.title)}</td><td>{_e(p.acronym)}</td>"
        f"<td>{_fact_cell(record, 'COUNTRY', p.countries, lambda f: f.iso2)}</td>"
        f"<td>{_fact_cell(record, 'MONEY', p.amounts, _amount)}</td>"
        f"<td>{_fact_cell(record, 'DATE', p.dates, _period)}</td></tr>"
        for p in record.projects
    ]
    body = (f"<h1>{_e(record.doc)}</h1><p>rules {_e(record.rules_fingerprint)}, pipeline {_e(record.pipeline_version)}, "
            f"{len(record.mentions)} mentions</p>"
            f"<table><tr><th>project</th><th>acronym</th><th>countries</th><th>amounts</th><th>dates</th></tr>{''.join(rows)}</table>"
            f'<pre class="text">{_marked_text(record.text, spans)}</pre>')
    return PAGE.format(title=_e(record.doc), body=body).replace("</style>", style + "</style>")
