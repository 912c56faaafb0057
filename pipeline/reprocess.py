"""Incremental extraction: a manifest in the output folder says what each output was made from.

A re-run extracts only new documents, documents whose raw bytes changed, and every
document when rules/ or the pipeline version changed; an unchanged corpus is checked
by hashing alone, without loading spaCy. A raw file that disappeared has its output
removed.

Crash safety: every output and the manifest are written to a temporary file and
renamed. Outputs are written in batches: the manifest first forgets the batch's
documents, then their outputs are written, then it lists them again, so it never
claims bytes that are not on disk. A run killed at any moment leaves each output
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
from .fingerprint import rules_fingerprint
from .parallel import extract_in_order
from .store import MANIFEST_NAME, record_paths, write_atomic

LOCK_NAME = ".factsheets.lock"
SAVE_EVERY_SECONDS = 1.0
BATCH_SIZE = 64


class FolderLocked(FactsheetError):
    """Another run is writing to the same output folder."""


@dataclass
class Entry:
    source: str
    raw_sha256: str
    rules_fingerprint: str
    pipeline_version: str
    output: str
    output_sha256: str
    extracted_at: str


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
        return {doc: Entry(**entry) for doc, entry in data["documents"].items()}
    except (ValueError, KeyError, TypeError) as error:
        # A manifest we cannot read only costs a full re-run; say so and go on.
        raise InputError(f"{path}: unreadable manifest ({error}); delete it to re-extract everything") from error


def save_manifest(folder: Path, entries: dict[str, Entry]) -> None:
    data = {"format": 1, "documents": {doc: asdict(entries[doc]) for doc in sorted(entries)}}
    write_atomic(folder / MANIFEST_NAME, json.dumps(data, indent=1, sort_keys=True) + "\n")


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
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
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def remove_temporaries(folder: Path) -> None:
    """Temporary files a killed run left behind (.NAME.XXXX.tmp)."""
    for leftover in folder.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def collect_inputs(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The .txt files named or inside the folders named, and a message for each missing path."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def run_extraction(files: list[Path], folder: Path, rules_dir: Optional[Path], force: bool,
                   extract: Callable[[Path, bytes], object], progress: Callable[[Path], None] = lambda p: None,
                   jobs: int = 1) -> RunSummary:
    """Bring folder up to date with files.

    extract (Callable[[Path, bytes], DocumentRecord]): extracts one document; called only
        for documents that need it, so the caller can load spaCy lazily.
    jobs (int): worker processes extracting (pipeline/parallel.py); extract must then be picklable.
    RETURNS (RunSummary): counts and one message per failed document.
    """
    summary = RunSummary()
    with folder_lock(folder):
        remove_temporaries(folder)
        manifest = load_manifest(folder)
        fingerprint = rules_fingerprint(rules_dir)
        batch: list[tuple[str, Path, str, object]] = []
        started = time.monotonic()
        current_docs = set()

        def needing_extraction():
            for path in files:
                progress(path)
                current_docs.add(path.name)
                try:
                    raw = path.read_bytes()
                except OSError as error:
                    summary.failures.append(f"{path}: cannot read ({error.strerror})")
                    continue
                raw_sha = hashlib.sha256(raw).hexdigest()
                entry = manifest.get(path.name)
                if not force and entry is not None and (entry.raw_sha256, entry.rules_fingerprint, entry.pipeline_version) == (
                    raw_sha, fingerprint, __version__
                ) and sha256_file(folder / entry.output) == entry.output_sha256:
                    summary.unchanged += 1
                    continue
                yield path, raw, raw_sha

        for (path, _raw, raw_sha), record in extract_in_order(needing_extraction(), extract, jobs):
            if isinstance(record, FactsheetError):
                summary.failures.append(str(record))
                continue
            batch.append((path.name, path, raw_sha, record))
            if len(batch) >= BATCH_SIZE or time.monotonic() - started > SAVE_EVERY_SECONDS:
                _write_batch(folder, manifest, batch, summary)
                batch, started = [], time.monotonic()
        _write_batch(folder, manifest, batch, summary)
        gone = sorted(doc for doc, entry in manifest.items() if doc not in current_docs and not Path(entry.source).exists())
        for doc in gone:
            del manifest[doc]
        save_manifest(folder, manifest)
        # Only now that the manifest no longer lists them: remove outputs of vanished raws,
        # and any record file the manifest does not know (left by a killed run).
        known = {entry.output for entry in manifest.values()}
        for path in record_paths(folder):
            if path.name not in known:
                path.unlink(missing_ok=True)
                if path.stem + ".txt" in gone:
                    summary.removed += 1
    return summary


def _write_batch(folder: Path, manifest: dict[str, Entry], batch: list, summary: RunSummary) -> None:
    """Write extracted records so that the manifest never claims bytes that are not on disk:
    first the manifest forgets the documents, then their outputs are written, then it lists them again."""
    if not batch:
        return
    from .store import canonical_json

    previously = {name: name in manifest for name, *_ in batch}
    for name, *_ in batch:
        manifest.pop(name, None)
    save_manifest(folder, manifest)
    for name, path, raw_sha, record in batch:
        output = folder / (path.stem + ".json")
        text = canonical_json(record)
        write_atomic(output, text)
        manifest[name] = Entry(
            source=str(path), raw_sha256=raw_sha, rules_fingerprint=record.rules_fingerprint,
            pipeline_version=record.pipeline_version, output=output.name,
            output_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            extracted_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        for mention in record.mentions:
            summary.mention_counts[mention.type] = summary.mention_counts.get(mention.type, 0) + 1
        if previously[name]:
            summary.updated += 1
        else:
            summary.new += 1
    save_manifest(folder, manifest)
