"""Raw and extracted folders on a local disk or at an fsspec URL (s3://bucket/raw, file:///shared/raw).

A Folder lists the documents under it, reads files and writes each one in a single
atomic step, so `extract --dask` and `export` treat a bucket like a folder. The
documents of a folder and their identities are exactly those of a local run
(pipeline.inputs): every accepted file under it, subfolders included, called by its
path relative to the folder.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Optional

from .convert import CONVERTERS, accepts
from .errors import FactsheetError, InputError
from .reprocess import MANIFEST_FORMAT
from .store import MANIFEST_NAME


def is_url(location: object) -> bool:
    return isinstance(location, str) and "://" in location


def path_or_url(value):
    """A click converter: URLs stay strings, everything else becomes a Path."""
    return value if is_url(value) else Path(value)


def need_extra(*modules: str) -> None:
    """Refuse, saying what to install, when the [dask] extra is missing."""
    from importlib.util import find_spec

    missing = [name for name in modules if find_spec(name) is None]
    if missing:
        raise FactsheetError(f"{' and '.join(missing)} not installed: pip install 'factsheet-pipeline[dask]'")


def output_name(doc: str) -> str:
    """The record's path inside the output folder, as pipeline.inputs.Input.output says it."""
    return str(PurePosixPath(doc).with_suffix(".json"))


class Folder:
    """A folder on a local disk or at an fsspec URL: list, read, and write whole files atomically."""

    def __init__(self, location: str | Path):
        self.location = str(location)
        self.local = not is_url(location) or self.location.startswith("file://")
        if self.local:
            self.path = Path(self.location.removeprefix("file://"))
        else:
            from fsspec.core import url_to_fs

            self.fs, self.root = url_to_fs(self.location)

    def _key(self, name: str) -> str:
        return f"{self.root.rstrip('/')}/{name}"

    def name_of(self, name: str) -> str:
        """What records and the manifest call the file: the user's path or URL joined with the name."""
        return str(self.path / name) if self.local else f"{self.location.rstrip('/')}/{name}"

    @property
    def basename(self) -> str:
        """The folder's own name ("raw" for raw/ or s3://bucket/raw): records call a document
        by it and the document's name, as `extract` does for a local folder (pipeline.inputs)."""
        return Path(os.path.abspath(self.path)).name if self.local else self.location.rstrip("/").rsplit("/", 1)[-1]

    def source_seen_from(self, name: str, output: "Folder") -> str:
        """The manifest's source: relative to the output folder when both are local (as
        pipeline.reprocess writes it), else the document's URL."""
        if self.local and output.local:
            return os.path.relpath(os.path.abspath(self.path / name), os.path.abspath(output.path))
        return self.name_of(name)

    def exists(self) -> bool:
        if self.local:
            return self.path.is_dir()
        try:
            return bool(self.fs.isdir(self.root))
        except (FileNotFoundError, PermissionError):
            return False

    def documents(self, skip: Optional["Folder"] = None) -> list[str]:
        """The identities of the documents under this folder, as a local `extract` finds them
        (pipeline.inputs): accepted files in it and its subfolders, hidden ones and the folder
        `skip` (an output folder inside this one) excepted, and a NAME.pdf or NAME.html left out
        when a hand-corrected NAME.txt lies beside it. Raises InputConflict as a local run does."""
        from .inputs import Input, check_conflicts, collect_inputs

        if self.local:
            skipped = skip.path if skip is not None and skip.local else None
            inputs, _problems = collect_inputs([self.path], skip=skipped)
            return [item.doc for item in inputs]
        prefix = self.root.rstrip("/") + "/"
        below = skip.root.rstrip("/") + "/" if skip is not None and not skip.local else None
        try:
            keys = self.fs.find(self.root)
        except FileNotFoundError:
            return []
        names = {key[len(prefix):] for key in keys if key.startswith(prefix) and not (below and key.startswith(below))}
        docs = sorted(
            name for name in names
            if accepts(PurePosixPath(name)) and not any(part.startswith(".") for part in name.split("/"))
            and not (PurePosixPath(name).suffix.lower() in CONVERTERS
                     and str(PurePosixPath(name).with_suffix(".txt")) in names)
        )
        check_conflicts([Input(path=Path(doc), doc=doc, source=doc) for doc in docs])
        return docs

    def names(self, suffix: str) -> list[str]:
        """Files at the top of the folder whose names end with suffix."""
        if self.local:
            return sorted(p.name for p in self.path.glob(f"*{suffix}") if p.is_file()) if self.path.is_dir() else []
        try:
            found = self.fs.glob(self._key(f"*{suffix}"))
        except FileNotFoundError:
            return []
        return sorted(Path(p).name for p in found)

    def read(self, name: str) -> Optional[bytes]:
        try:
            if self.local:
                return (self.path / name).read_bytes()
            return self.fs.cat_file(self._key(name))
        except (FileNotFoundError, IsADirectoryError):
            return None

    def write(self, name: str, data: bytes) -> None:
        """One atomic step: a rename on a local disk, a single PUT on an object store."""
        if self.local:
            from .store import write_atomic

            write_atomic(self.path / name, data.decode("utf-8"))
        else:
            self.fs.pipe_file(self._key(name), data)

    def remove(self, name: str) -> None:
        """Remove a file; on a local disk also the subfolders it leaves empty."""
        if self.local:
            path = self.path / name
            path.unlink(missing_ok=True)
            folder, top = path.parent, Path(os.path.abspath(self.path))
            while top in Path(os.path.abspath(folder)).parents:
                try:
                    folder.rmdir()
                except OSError:
                    break
                folder = folder.parent
        else:
            try:
                self.fs.rm_file(self._key(name))
            except FileNotFoundError:
                pass


def manifest_bytes(entries: dict[str, dict]) -> bytes:
    """The manifest exactly as pipeline/reprocess.py writes it."""
    data = {"format": MANIFEST_FORMAT, "documents": {doc: entries[doc] for doc in sorted(entries)}}
    return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_manifest(folder: Folder) -> dict[str, dict]:
    data = folder.read(MANIFEST_NAME)
    if data is None:
        return {}
    try:
        return dict(json.loads(data)["documents"])
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{folder.name_of(MANIFEST_NAME)}: unreadable manifest ({error}); delete it to re-extract everything") from error


def read_records(location: str | Path) -> tuple[list, list[str]]:
    """(record, extracted_at) for each record file in an extracted folder or at a URL, and one
    message per unreadable file.

    extracted_at is a local file's modification time; at a URL it comes from the manifest.
    """
    if not is_url(location) or str(location).startswith("file://"):
        return _read_local_records(Folder(location).path)
    need_extra("fsspec")
    from pydantic import ValidationError

    from .models import DocumentRecord

    folder = Folder(location)
    stamps = {entry["output"]: entry["extracted_at"] for entry in read_manifest(folder).values()}
    records, failures = [], []
    for name in _record_names(folder):
        where = folder.name_of(name)
        try:
            record = DocumentRecord.model_validate_json(folder.read(name) or b"")
        except ValidationError as error:
            first = error.errors()[0]
            failures.append(f"{where}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
            continue
        records.append((record, stamps.get(name) or datetime.fromtimestamp(0, timezone.utc).isoformat(timespec="seconds")))
    return records, failures


def _record_names(folder: Folder) -> list[str]:
    """The record files under a URL, subfolders included (ca/x.json), as pipeline.store.record_paths
    finds them in a local folder: no manifest, nothing hidden."""
    prefix = folder.root.rstrip("/") + "/"
    try:
        keys = folder.fs.find(folder.root)
    except FileNotFoundError:
        return []
    names = (key[len(prefix):] for key in keys if key.startswith(prefix) and key.endswith(".json"))
    return sorted(name for name in names
                  if name != MANIFEST_NAME and not any(part.startswith(".") for part in name.split("/")))


def _read_local_records(folder: Path) -> tuple[list, list[str]]:
    from .store import read_record, record_paths

    records, failures = [], []
    for path in record_paths(folder):
        try:
            records.append((read_record(path), modified_at(path)))
        except FactsheetError as error:
            failures.append(str(error))
    return records, failures


def modified_at(path: Path) -> str:
    """When a record file was written (its modification time, UTC)."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).isoformat(timespec="seconds")
