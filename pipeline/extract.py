"""Raw factsheet -> DocumentRecord: decoding, running the pipeline, checking offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from . import __version__
from .components import MENTION_KEY
from .errors import InputError
from .layout import Layout, build_layout
from .models import MENTION_MODELS, DocumentRecord, Mention, ProjectRecord
from .span_lists import span_text, spans_of
from .span_values import VALUE_CACHE, rules_for, span_value


def decode_factsheet(raw: bytes, name: str) -> str:
    """UTF-8 text with a BOM stripped and nothing else changed (spec: Offsets).

    >>> decode_factsheet("\\ufeffJapan".encode(), "x.txt")
    'Japan'
    """
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    if raw.startswith(b"%PDF-"):
        raise InputError(f"{name}: a PDF file under a text file's name; name it .pdf and `extract` converts it")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid UTF-8 at byte {error.start} ({error.reason})") from error


def mentions_of(doc: Doc, layout: Layout | None = None, offset: int = 0) -> list[Mention]:
    """The doc's mentions as validated models, in text order, each with its rule and section.

    layout, offset: when doc is one part of a longer text, the whole text's layout and where
    the part starts in it, so offsets, lines and sections are the whole text's.
    """
    layout = layout or doc._.layout
    text = layout.text  # doc.text is rebuilt from the tokens on every access
    mentions = []
    for span in spans_of(doc, MENTION_KEY):
        value = span_value(span)  # what span._.value gives, without building an Underscore per span
        if value is None:
            continue
        if span.label_ == "COUNTRY":
            rule = f"country-{value.form}"
        else:
            rule = span.id_ or span.label_.lower()
        start, end = span.start_char + offset, span.end_char + offset
        line = layout.line_at(start)
        section = layout.heading_text(line)
        model = MENTION_MODELS[span.label_](
            start=start, end=end, text=span_text(span), value=value, rule=rule, section=section,
            line=line.index + 1, col=start - line.start + 1,
        )
        if text[model.start : model.end] != model.text:
            raise AssertionError(f"offset check failed for {model.text!r} at {model.start}")
        mentions.append(model)
    return mentions


def extract_text(nlp: Language, text: str, doc_name: str, source: str = "", raw: bytes | None = None,
                 converter: str | None = None) -> DocumentRecord:
    """Run the pipeline over one decoded factsheet.

    nlp (Language): from build_nlp().
    text (str): the decoded text.
    doc_name (str): the document's identity, its path under the input root ("ca/NAME.txt").
    source (str): where the text came from, as the user gave it.
    raw (bytes | None): the raw bytes, for the checksum (default: text encoded as UTF-8).
    converter (str | None): what turned a PDF or HTML file into the text (pipeline.convert).
    RETURNS (DocumentRecord): mentions and project records.
    """
    if len(text) <= nlp.max_length:
        doc = nlp(text)
        mentions, projects, fingerprint = mentions_of(doc), doc._.projects, rules_for(doc).fingerprint
    else:
        mentions, projects, fingerprint = _extract_in_parts(nlp, text)
    raw = text.encode("utf-8") if raw is None else raw
    return DocumentRecord(
        doc=doc_name,
        source=source or doc_name,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        converter=converter,
        pipeline_version=__version__,
        rules_fingerprint=fingerprint,
        text=text,
        mentions=mentions,
        projects=projects,
    )


def extract_file(nlp: Language, path: Path) -> DocumentRecord:
    """One factsheet file in any accepted format (.txt, .md, .pdf, .html)."""
    from .convert import read_source

    raw, text, converter = read_source(path)
    return extract_text(nlp, text, path.name, source=str(path), raw=raw, converter=converter)



# ---- texts longer than spaCy's max_length -----------------------------------------------------
# Parts are smaller than max_length: some steps (project linking) cost more than linearly
# in a doc's length, so a long text in many modest parts costs time in proportion to its length.
PART_CHARS = 100_000

def paragraph_parts(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of text, each at most limit characters, cut after a
    blank line where there is one, else after a line break, else after a space.

    >>> text = "One two.\\n\\nThree four five.\\nSix.\\n\\nSeven."
    >>> [text[a:b] for a, b in paragraph_parts(text, 26)]
    ['One two.\\n\\n', 'Three four five.\\nSix.\\n\\n', 'Seven.']
    """
    parts, start = [], 0
    while len(text) - start > limit:
        window_end = start + limit
        for separator in ("\n\n", "\n", " "):
            cut = text.rfind(separator, start, window_end - len(separator) + 1)
            if cut > start:
                cut += len(separator)
                break
        else:
            cut = window_end  # one unbroken run of characters longer than the limit
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def _extract_in_parts(nlp: Language, text: str) -> tuple[list[Mention], list[ProjectRecord], str]:
    """Run the pipeline part by part (memory stays that of one part); offsets, lines and
    sections are the whole text's, and a project named in several parts is one record."""
    layout = build_layout(text)
    mentions: list[Mention] = []
    projects: list[ProjectRecord] = []
    fingerprint = ""
    for start, end in paragraph_parts(text, min(nlp.max_length, PART_CHARS)):
        doc = nlp(text[start:end])
        fingerprint = rules_for(doc).fingerprint
        mentions.extend(mentions_of(doc, layout, start))
        projects.extend(_shifted(project, start) for project in doc._.projects)
    return mentions, _merge_projects(projects), fingerprint


def _shifted(project: ProjectRecord, offset: int) -> ProjectRecord:
    def facts(items):
        return [item.model_copy(update={"mention": item.mention + offset}) for item in items]

    return project.model_copy(update={
        "mentions": [m + offset for m in project.mentions], "countries": facts(project.countries),
        "amounts": facts(project.amounts), "dates": facts(project.dates),
    })


def _merge_projects(projects: list[ProjectRecord]) -> list[ProjectRecord]:
    """One record per project: same acronym, or same title ignoring case (as within one text)."""
    merged: list[ProjectRecord] = []
    for project in projects:
        same = next((m for m in merged if (project.acronym and m.acronym == project.acronym)
                     or (project.title and m.title and m.title.lower() == project.title.lower())), None)
        if same is None:
            merged.append(project)
            continue
        index = merged.index(same)

        def union(old, new):
            return old + [item for item in new if item not in old]

        merged[index] = same.model_copy(update={
            "title": same.title or project.title, "acronym": same.acronym or project.acronym,
            "mentions": sorted(set(same.mentions) | set(project.mentions)),
            "countries": union(same.countries, project.countries), "amounts": union(same.amounts, project.amounts),
            "dates": union(same.dates, project.dates),
        })
    return merged


GIVEN = "given"  # span_id of mentions handed in (gold), so their values never mix with found ones


def records_from_mentions(nlp: Language, text: str, mentions: Sequence[Mention]) -> list[ProjectRecord]:
    """The project records the linker builds when the mentions are given, not found.

    Runs the pipeline on text (layout and all), replaces its DATE, MONEY, COUNTRY and
    PROJECT spans by the given mentions, each carrying its given value, and runs the
    records component again. With gold mentions this measures the linker alone.
    Facts and project mentions point at the given mentions' start offsets.
    """
    doc = nlp(text)
    cache = doc.user_data.setdefault(VALUE_CACHE, {})
    groups: dict[str, list[Span]] = {label: [] for label in MENTION_MODELS}
    starts: dict[tuple[str, int], int] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        span = doc.char_span(mention.start, mention.end, label=mention.type, span_id=GIVEN, alignment_mode="expand")
        if span is None:
            continue
        cache[(span.start, span.end, span.label, span.id)] = mention.value
        groups[mention.type].append(span)
        starts.setdefault((mention.type, span.start_char), mention.start)
    for label, spans in groups.items():
        doc.spans[label] = SpanGroup(doc, name=label, spans=spans)
    doc = nlp.get_pipe("factsheet_records")(doc)

    def given(label: str, offset: int) -> int:
        return starts.get((label, offset), offset)

    return [
        project.model_copy(update={
            "mentions": [given("PROJECT", s) for s in project.mentions],
            "countries": [f.model_copy(update={"mention": given("COUNTRY", f.mention)}) for f in project.countries],
            "amounts": [f.model_copy(update={"mention": given("MONEY", f.mention)}) for f in project.amounts],
            "dates": [f.model_copy(update={"mention": given("DATE", f.mention)}) for f in project.dates],
        })
        for project in doc._.projects
    ]
