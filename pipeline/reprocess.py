"""Incremental extraction: a manifest in the output folder says what each output was made from.

A re-run extracts only new documents, documents whose raw bytes changed, and every
document when rules/ or the pipeline version changed; an unchanged corpus is checked
by hashing alone, without loading spaCy. A raw file that disappeared has its output
removed. Documents are keyed by their identity (pipeline.inputs), and each entry keeps
its raw file's path relative to the output folder, so the current folder never matters.

Ownership: a file is removed only when the manifest lists it as an output, and a run
refuses (OutputRefused) an output folder that is an input folder or holds JSON that is
not an extracted record, unless forced.

Crash safety: every output and the manifest are written to a temporary file and
renamed. Outputs are written in batches: the manifest first lists the batch's outputs
as pending (no checksum), then they are written, then it lists their checksums, so it
never claims bytes that are not on disk and always owns what may be on disk. A run killed at any moment leaves each output
either old or new; the next run finds what disagrees with the manifest and redoes it.
Two runs on one folder: the second refuses (a lock file), naming the holder.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional

from . import __version__
from .errors import FactsheetError, InputError
from .convert import converter_name
from .fingerprint import rules_fingerprint
from .inputs import Input
from .parallel import extract_in_order
from .store import MANIFEST_NAME, record_paths, write_atomic

LOCK_NAME = ".factsheets.lock"
SAVE_EVERY_SECONDS = 1.0
BATCH_SIZE = 64
MANIFEST_FORMAT = 2
PENDING = ""  # output_sha256 of an output being written: ours, and to be redone
# Keys every extracted record has and a gold file or a stranger's JSON lacks.
RECORD_KEYS = {"doc", "source", "raw_sha256", "pipeline_version", "rules_fingerprint", "mentions"}


class FolderLocked(FactsheetError):
    """Another run is writing to the same output folder."""


class OutputRefused(FactsheetError):
    """The output folder holds files this command does not own."""


@dataclass
class Entry:
    source: str
    raw_sha256: str
    rules_fingerprint: str
    pipeline_version: str
    output: str
    output_sha256: str
    extracted_at: str
    converter: Optional[str] = None  # PDF/HTML: a converter upgrade re-extracts (pipeline.convert)


@dataclass
class RunSummary:
    unchanged: int = 0
    updated: int = 0
    new: int = 0
    removed: int = 0
    failures: list[str] = field(default_factory=list)
    mention_counts: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        return f"{self.unchanged} unchanged, {self.updated} updated, {self.new} new, {self.removed} removed, {len(self.failures)} failed"


def sha256_file(path: Path) -> Optional[str]:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def load_manifest(folder: Path) -> dict[str, Entry]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = {doc: Entry(**entry) for doc, entry in data["documents"].items()}
        if data["format"] == 1:  # sources were relative to the current folder of that run
            for entry in entries.values():
                entry.source = os.path.relpath(os.path.abspath(entry.source), os.path.abspath(folder))
        return entries
    except (ValueError, KeyError, TypeError) as error:
        # A manifest we cannot read only costs a full re-run; say so and go on.
        raise InputError(f"{path}: unreadable manifest ({error}); delete it to re-extract everything") from error


def save_manifest(folder: Path, entries: dict[str, Entry]) -> None:
    data = {"format": MANIFEST_FORMAT, "documents": {doc: asdict(entries[doc]) for doc in sorted(entries)}}
    write_atomic(folder / MANIFEST_NAME, json.dumps(data, indent=1, sort_keys=True) + "\n")


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the folder's lock; a folder created here and left holding nothing is removed again."""
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        raise OutputRefused(f"{folder}: cannot be an output folder, {blocker} is a file; choose a folder with -o") from None
    except OSError as error:
        raise OutputRefused(f"{folder}: cannot create the output folder ({error.strerror})") from None
    path = folder / LOCK_NAME
    handle = open(path, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise FolderLocked(f"{folder}: another `factsheets extract` (pid {holder}) is writing here; "
                           "wait for it to finish, or extract to another folder with -o") from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    try:
        yield
    finally:
        if created and [p.name for p in folder.iterdir()] == [LOCK_NAME]:
            path.unlink()
            folder.rmdir()
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def remove_temporaries(folder: Path) -> None:
    """Temporary files a killed run left behind (.NAME.json.XXXX.tmp)."""
    for leftover in folder.rglob(".*.json.*.tmp"):
        leftover.unlink(missing_ok=True)


def check_output_folder(folder: Path, input_folders: list[Path], manifest: dict[str, Entry], force: bool) -> None:
    """Refuse (OutputRefused) to write where files that are not ours could be overwritten:
    into an input folder, or beside JSON this command did not write, unless forced."""
    if force:
        return
    here = os.path.abspath(folder)
    if any(os.path.abspath(path) == here for path in input_folders):
        raise OutputRefused(f"{folder}: is also an input folder; write the records elsewhere with -o "
                            "(or pass --force to write them beside the texts)")
    owned = {entry.output for entry in manifest.values()}
    foreign = [p.relative_to(folder).as_posix() for p in record_paths(folder)
               if p.relative_to(folder).as_posix() not in owned and not is_extracted_record(p)]
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise OutputRefused(f"{folder}: holds JSON files `factsheets extract` did not write ({shown}); "
                            "choose another folder with -o (or pass --force: they are never removed)")


def is_extracted_record(path: Path) -> bool:
    """A record this command wrote (a run whose manifest was lost, or the committed extracted/)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and RECORD_KEYS <= data.keys()


def run_extraction(inputs: list[Input], folder: Path, rules_dir: Optional[Path], force: bool,
                   extract: Callable[[Input, bytes], object], progress: Callable[[Input], None] = lambda item: None,
                   input_folders: list[Path] = (), jobs: int = 1) -> RunSummary:
    """Bring folder up to date with inputs.

    extract (Callable[[Input, bytes], DocumentRecord]): extracts one document; called only
        for documents that need it, so the caller can load spaCy lazily. A FactsheetError
        or any other exception it raises is that document's failure; RulesError stops the run.
    input_folders: the folders named on the command line, which folder must not be.
    jobs (int): worker processes extracting (pipeline/parallel.py); extract must then be picklable.
    RETURNS (RunSummary): counts and one message per failed document.
    Raises OutputRefused before writing anything when folder holds what is not ours.
    """
    summary = RunSummary()
    if folder.is_dir():  # refused before the lock, so a refusal leaves no trace
        check_output_folder(folder, list(input_folders), load_manifest(folder), force)
    with folder_lock(folder):
        remove_temporaries(folder)
        manifest = load_manifest(folder)
        fingerprint = rules_fingerprint(rules_dir)
        batch: list[tuple[Input, str, object]] = []
        started = time.monotonic()
        try:
            needing = _needing_extraction(inputs, folder, manifest, fingerprint, force, progress, summary)
            for (item, _raw, raw_sha), record in extract_in_order(needing, extract, jobs):
                if isinstance(record, Exception):
                    summary.failures.append(_failure_message(item, record))
                    continue
                batch.append((item, raw_sha, record))
                if len(batch) >= BATCH_SIZE or time.monotonic() - started > SAVE_EVERY_SECONDS:
                    _write_batch(folder, manifest, batch, summary)
                    batch, started = [], time.monotonic()
        finally:  # finished work is kept even when the run stops
            _write_batch(folder, manifest, batch, summary)
        _remove_vanished(folder, manifest, {item.doc for item in inputs}, summary)
    return summary


def _needing_extraction(inputs: list[Input], folder: Path, manifest: dict[str, Entry], fingerprint: str,
                        force: bool, progress: Callable, summary: RunSummary) -> Iterator[tuple[Input, bytes, str]]:
    """(input, raw bytes, raw checksum) of each document that needs extracting; the others are counted."""
    for item in inputs:
        progress(item)
        try:
            raw = item.path.read_bytes()
        except OSError as error:
            summary.failures.append(f"{item.path}: cannot read ({error.strerror})")
            continue
        raw_sha = hashlib.sha256(raw).hexdigest()
        entry = manifest.get(item.doc)
        if not force and entry is not None and (entry.raw_sha256, entry.rules_fingerprint, entry.pipeline_version, entry.converter) == (
            raw_sha, fingerprint, __version__, converter_name(item.path)
        ) and entry.output == item.output and sha256_file(folder / entry.output) == entry.output_sha256:
            summary.unchanged += 1
            continue
        yield item, raw, raw_sha


def _failure_message(item: Input, error: Exception) -> str:
    """One line naming the document: a FactsheetError says it all; anything else is an extraction failure."""
    if isinstance(error, FactsheetError):
        return str(error)
    first = (str(error).splitlines() or [""])[0]
    return f"{item.path}: extraction failed ({type(error).__name__}: {first})"


def _remove_vanished(folder: Path, manifest: dict[str, Entry], current: set[str], summary: RunSummary) -> None:
    """Remove the outputs of documents whose raw file is gone: only files the manifest lists
    as our outputs, and only once the manifest no longer lists them."""
    gone = sorted(doc for doc, entry in manifest.items()
                  if doc not in current and not (folder / entry.source).exists())
    if not gone:
        return
    for doc in gone:  # still owned, no longer claimed: a run killed now finishes the job next time
        manifest[doc].output_sha256 = PENDING
    save_manifest(folder, manifest)
    for doc in gone:
        path = folder / manifest[doc].output
        if path.exists():
            path.unlink()
            summary.removed += 1
        _remove_empty_parents(path.parent, folder)
    for doc in gone:
        del manifest[doc]
    save_manifest(folder, manifest)


def _remove_empty_parents(folder: Path, top: Path) -> None:
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _write_batch(folder: Path, manifest: dict[str, Entry], batch: list, summary: RunSummary) -> None:
    """Write extracted records so that the manifest never claims bytes that are not on disk, and
    always owns every file it may have written: first it lists the batch's outputs as pending
    (no checksum, so the next run redoes them), then they are written, then it lists their checksums."""
    if not batch:
        return
    from .store import canonical_json

    previously = {item.doc: item.doc in manifest for item, *_ in batch}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entries = {}
    for item, raw_sha, record in batch:
        entries[item.doc] = Entry(
            source=os.path.relpath(os.path.abspath(item.path), os.path.abspath(folder)), raw_sha256=raw_sha,
            rules_fingerprint=record.rules_fingerprint, pipeline_version=record.pipeline_version,
            converter=record.converter, output=item.output, output_sha256=PENDING, extracted_at=now,
        )
    manifest.update(entries)
    save_manifest(folder, manifest)
    for item, raw_sha, record in batch:
        text = canonical_json(record)
        write_atomic(folder / item.output, text)
        entries[item.doc].output_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        for mention in record.mentions:
            summary.mention_counts[mention.type] = summary.mention_counts.get(mention.type, 0) + 1
        if previously[item.doc]:
            summary.updated += 1
        else:
            summary.new += 1
    save_manifest(folder, manifest)
