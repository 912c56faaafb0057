"""Reading and writing extracted records and gold files, as canonical JSON.

Files are written to a temporary file in the same folder and renamed into place, so
a reader never sees a half-written file. Output is canonical (sorted keys, mentions
in text order) so two runs over the same input compare byte for byte.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import Union

from typing import TYPE_CHECKING

from .errors import GoldFormatError

if TYPE_CHECKING:  # the models load only when a record is read
    from .models import DocumentRecord, GoldDocument


MANIFEST_NAME = "manifest.json"


def record_paths(folder: Path) -> list[Path]:
    """The record files (NAME.json) in an extraction folder and its subfolders (ca/x.json),
    without the manifest and hidden files."""
    return sorted(
        p for p in folder.rglob("*.json")
        if p.relative_to(folder).as_posix() != MANIFEST_NAME
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def canonical_json(record: Union["DocumentRecord", "GoldDocument"]) -> str:
    data = record.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_record(folder: Path, record: "DocumentRecord") -> Path:
    """FOLDER/ca/x.json for a record of raw ca/x.txt (the document's path under its input root)."""
    path = folder / PurePosixPath(record.doc).with_suffix(".json")
    write_atomic(path, canonical_json(record))
    return path


def _validation_message(path: Path, error) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "json_invalid":
        return f"{path}: not a JSON file ({first['ctx'].get('error', first['msg'])})" if first.get("ctx") else \
            f"{path}: not a JSON file"
    field = f"{where}: " if where else ""
    return f"{path}: {field}{first['msg']} ({error.error_count()} problem(s) in all)"


def _read_model(path: Path, model):
    from pydantic import ValidationError

    try:
        return model.model_validate_json(path.read_bytes())
    except ValidationError as error:
        raise GoldFormatError(_validation_message(path, error)) from error
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read ({error.strerror})") from error


def read_record(path: Path) -> "DocumentRecord":
    from .models import DocumentRecord

    return _read_model(path, DocumentRecord)


def read_gold(path: Path) -> "GoldDocument":
    from .models import GoldDocument

    return _read_model(path, GoldDocument)


def gold_files(folder: Path) -> list[Path]:
    """NAME.gold.json files in folder, sorted by name."""
    return sorted(folder.glob("*.gold.json"))
