"""Raw factsheet -> DocumentRecord: decoding, running the pipeline, checking offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from . import __version__
from .components import MENTION_KEY, VALUE_CACHE, rules_for
from .errors import InputError
from .layout import Layout
from .models import MENTION_MODELS, DocumentRecord, Mention, ProjectRecord


def decode_factsheet(raw: bytes, name: str) -> str:
    """UTF-8 text with a BOM stripped and nothing else changed (spec: Offsets).

    >>> decode_factsheet("\\ufeffJapan".encode(), "x.txt")
    'Japan'
    """
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid UTF-8 at byte {error.start} ({error.reason})") from error


def read_factsheet(path: Path) -> tuple[bytes, str]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
    return raw, decode_factsheet(raw, str(path))


def mentions_of(doc: Doc) -> list[Mention]:
    """The doc's mentions as validated models, in text order, each with its rule and section."""
    layout: Layout = doc._.layout
    text = layout.text  # doc.text is rebuilt from the tokens on every access
    mentions = []
    for span in doc.spans[MENTION_KEY]:
        value = span._.value
        if value is None:
            continue
        if span.label_ == "COUNTRY":
            rule = f"country-{value.form}"
        else:
            rule = span.id_ or span.label_.lower()
        line = layout.line_at(span.start_char)
        section = layout.heading_text(line)
        model = MENTION_MODELS[span.label_](
            start=span.start_char, end=span.end_char, text=span.text, value=value, rule=rule, section=section,
            line=line.index + 1, col=span.start_char - line.start + 1,
        )
        if text[model.start : model.end] != model.text:
            raise AssertionError(f"offset check failed for {model.text!r} at {model.start}")
        mentions.append(model)
    return mentions


def extract_text(nlp: Language, text: str, doc_name: str, source: str = "", raw: bytes | None = None) -> DocumentRecord:
    """Run the pipeline over one decoded factsheet.

    nlp (Language): from build_nlp().
    text (str): the decoded text.
    doc_name (str): the file name the record is keyed by ("NAME.txt").
    source (str): where the text came from, as the user gave it.
    raw (bytes | None): the raw bytes, for the checksum (default: text encoded as UTF-8).
    RETURNS (DocumentRecord): mentions and project records.
    """
    doc = nlp(text)
    raw = text.encode("utf-8") if raw is None else raw
    return DocumentRecord(
        doc=doc_name,
        source=source or doc_name,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        pipeline_version=__version__,
        rules_fingerprint=rules_for(doc).fingerprint,
        text=text,
        mentions=mentions_of(doc),
        projects=doc._.projects,
    )


def extract_file(nlp: Language, path: Path) -> DocumentRecord:
    raw, text = read_factsheet(path)
    return extract_text(nlp, text, path.name, source=str(path), raw=raw)



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
