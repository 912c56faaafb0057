"""Published factsheets (PDF, HTML) to the plain text the rules read, and the registry of converters.

Each format has its own module (`pdf`, `html`) with one function, `convert(raw) -> str`,
imported only when a file of that format is read: a `.txt`-only run never loads
pdfplumber or selectolax. The converted text is what a record's offsets refer to; the
record keeps it with the source file's checksum and the converter's name and version
(`converter_name`), so a converter upgrade re-extracts exactly the documents it touched.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Optional

from ..errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
# suffix -> (format name, library that does the parsing, module holding convert())
CONVERTERS = {
    ".pdf": ("pdf", "pdfplumber", "pipeline.convert.pdf"),
    ".html": ("html", "selectolax", "pipeline.convert.html"),
    ".htm": ("html", "selectolax", "pipeline.convert.html"),
}
SUFFIXES = frozenset(TEXT_SUFFIXES) | frozenset(CONVERTERS)


class ConversionError(InputError):
    """A published file that cannot be turned into text (scanned, encrypted, empty, broken)."""


def accepts(path: Path) -> bool:
    """Whether the tool reads a file of this suffix (plain text or a format with a converter)."""
    return path.suffix.lower() in SUFFIXES


def converter_name(path: Path) -> Optional[str]:
    """"pdf:pdfplumber 0.11.4" for a file that needs converting, None for plain text.

    Read from the installed package's metadata, without importing it, so the
    manifest's change check stays cheap.

    >>> converter_name(Path("notes.txt")) is None
    True
    """
    spec = CONVERTERS.get(path.suffix.lower())
    if spec is None:
        return None
    kind, library, _module = spec
    try:
        return f"{kind}:{library} {version(library)}"
    except PackageNotFoundError:
        return f"{kind}:{library} (not installed)"


def text_of(path: Path, raw: bytes) -> tuple[str, Optional[str]]:
    """The text the pipeline reads from a file's bytes, and the converter that made it (None for text)."""
    spec = CONVERTERS.get(path.suffix.lower())
    if spec is None:
        from ..extract import decode_factsheet

        return decode_factsheet(raw, str(path)), None
    kind, library, module_name = spec
    try:
        module = import_module(module_name)
    except ImportError as error:
        raise ConversionError(f"{path}: cannot convert {kind.upper()} ({error}); install it with `pip install {library}`") from error
    try:
        text = module.convert(raw)
    except ConversionError as error:
        raise ConversionError(f"{path}: {error}") from None
    return text, converter_name(path)


def read_source(path: Path) -> tuple[bytes, str, Optional[str]]:
    """(raw bytes, text, converter or None) of a factsheet file in any accepted format."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
    text, converter = text_of(path, raw)
    return raw, text, converter


def corrected_text(path: Path) -> Optional[Path]:
    """The hand-corrected NAME.txt beside a NAME.pdf or NAME.html, if there is one."""
    if path.suffix.lower() not in CONVERTERS:
        return None
    beside = path.with_suffix(".txt")
    return beside if beside.is_file() else None

