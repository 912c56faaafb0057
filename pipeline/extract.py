"""Raw factsheet -> DocumentRecord: decoding, running the pipeline, checking offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .components import MENTION_KEY, rules_for
from .errors import InputError
from .layout import Layout
from .models import MENTION_MODELS, DocumentRecord, Mention


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


def extract_text(nlp: Language, text: str, doc_name: str, source: str = "", raw: bytes | None = None,
                 converter: str | None = None) -> DocumentRecord:
    """Run the pipeline over one decoded factsheet.

    nlp (Language): from build_nlp().
    text (str): the decoded text.
    doc_name (str): the file name the record is keyed by ("NAME.txt").
    source (str): where the text came from, as the user gave it.
    raw (bytes | None): the raw bytes, for the checksum (default: text encoded as UTF-8).
    converter (str | None): what turned a PDF or HTML file into the text (pipeline.convert).
    RETURNS (DocumentRecord): mentions and project records.
    """
    doc = nlp(text)
    raw = text.encode("utf-8") if raw is None else raw
    return DocumentRecord(
        doc=doc_name,
        source=source or doc_name,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        converter=converter,
        pipeline_version=__version__,
        rules_fingerprint=rules_for(doc).fingerprint,
        text=text,
        mentions=mentions_of(doc),
        projects=doc._.projects,
    )


def extract_file(nlp: Language, path: Path) -> DocumentRecord:
    """One factsheet file in any accepted format (.txt, .md, .pdf, .html)."""
    from .convert import read_source

    raw, text, converter = read_source(path)
    return extract_text(nlp, text, path.name, source=str(path), raw=raw, converter=converter)

