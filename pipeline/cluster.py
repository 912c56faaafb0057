"""Extraction on a Dask cluster, with raw and extracted folders on any fsspec file system.

    factsheets extract s3://bucket/raw -o s3://bucket/extracted --dask tcp://scheduler:8786
    factsheets extract raw/ -o extracted/ --dask local

The driver lists the raw documents, reads the manifest and sends each worker a few
documents at a time with what the manifest says of them, and the rules themselves
(their files' bytes, so workers need no copy of rules/). A worker reads and hashes the
raw bytes, skips a document the manifest already holds (same raw bytes, rules and
version, and an output with the listed checksum), extracts the others with its own
pipeline (loaded once per rules fingerprint) and writes each output with a single
atomic put. The driver alone writes the manifest, after the outputs it lists, so a
worker that dies loses only its unfinished documents and the next run finishes them.

Needs the optional extra: pip install 'factsheet-pipeline[dask]'. Object stores take
their credentials and endpoint the usual way (AWS_* variables, fsspec configuration).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from concurrent.futures import CancelledError
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from . import __version__
from .errors import FactsheetError, InputError
from .fingerprint import PATTERN_FILES, TABLE_FILES, DEFAULT_RULES_DIR, rules_fingerprint
from .reprocess import MANIFEST_FORMAT
from .store import MANIFEST_NAME

DOCUMENTS_PER_TASK = 8
TASKS_AHEAD_PER_WORKER = 4
SAVE_EVERY_SECONDS = 5.0


def is_url(location: object) -> bool:
    return isinstance(location, str) and "://" in location


def _need_dask():
    from importlib.util import find_spec

    missing = [name for name in ("distributed", "fsspec") if find_spec(name) is None]
    if missing:
        raise FactsheetError(f"{' and '.join(missing)} not installed: pip install 'factsheet-pipeline[dask]'")


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

    def names(self, suffix: str) -> list[str]:
        if self.local:
            return sorted(p.name for p in self.path.glob(f"*{suffix}") if p.is_file()) if self.path.is_dir() else []
        try:
            found = self.fs.glob(f"{self.root.rstrip('/')}/*{suffix}")
        except FileNotFoundError:
            return []
        return sorted(Path(p).name for p in found)

    def read(self, name: str) -> Optional[bytes]:
        try:
            if self.local:
                return (self.path / name).read_bytes()
            return self.fs.cat_file(f"{self.root.rstrip('/')}/{name}")
        except (FileNotFoundError, IsADirectoryError):
            return None

    def write(self, name: str, data: bytes) -> None:
        """One atomic step: a rename on a local disk, a single PUT on an object store."""
        if self.local:
            from .store import write_atomic

            write_atomic(self.path / name, data.decode("utf-8"))
        else:
            self.fs.pipe_file(f"{self.root.rstrip('/')}/{name}", data)

    def remove(self, name: str) -> None:
        if self.local:
            (self.path / name).unlink(missing_ok=True)
        else:
            try:
                self.fs.rm_file(f"{self.root.rstrip('/')}/{name}")
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


def rules_files(rules_dir: Optional[Path]) -> dict[str, bytes]:
    directory = Path(rules_dir or DEFAULT_RULES_DIR)
    return {name: (directory / name).read_bytes() for name in PATTERN_FILES + TABLE_FILES if (directory / name).exists()}


_PIPELINES: dict[str, object] = {}


def _pipeline(fingerprint: str, files: dict[str, bytes]):
    """This worker's pipeline for these rules, built once from the rules' bytes."""
    if fingerprint not in _PIPELINES:
        from .nlp import build_nlp

        with tempfile.TemporaryDirectory(prefix="factsheets-rules-") as folder:
            for name, data in files.items():
                Path(folder, name).write_bytes(data)
            _PIPELINES.clear()
            _PIPELINES[fingerprint] = build_nlp(folder)
    return _PIPELINES[fingerprint]


def extract_task(raw_location: str, out_location: str, documents: list[tuple[str, Optional[dict]]],
                 fingerprint: str, rules: dict[str, bytes], force: bool) -> list[dict]:
    """On a worker: bring a few documents' outputs up to date; one result dict per document."""
    from .extract import decode_factsheet, extract_text
    from .store import canonical_json

    raw_folder, out_folder = Folder(raw_location), Folder(out_location)
    results = []
    for name, entry in documents:
        source = raw_folder.name_of(name)
        raw = raw_folder.read(name)
        if raw is None:
            results.append({"doc": name, "error": f"{source}: cannot read"})
            continue
        raw_sha = hashlib.sha256(raw).hexdigest()
        if not force and entry and (entry["raw_sha256"], entry["rules_fingerprint"], entry["pipeline_version"]) == (
            raw_sha, fingerprint, __version__
        ):
            output = out_folder.read(entry["output"])
            if output is not None and hashlib.sha256(output).hexdigest() == entry["output_sha256"]:
                results.append({"doc": name, "unchanged": True})
                continue
        try:
            record = extract_text(_pipeline(fingerprint, rules), decode_factsheet(raw, source), name,
                                  source=f"{raw_folder.basename}/{name}", raw=raw)
        except InputError as error:
            results.append({"doc": name, "error": str(error)})
            continue
        data = canonical_json(record).encode("utf-8")
        output_name = Path(name).stem + ".json"
        out_folder.write(output_name, data)
        counts: dict[str, int] = {}
        for mention in record.mentions:
            counts[mention.type] = counts.get(mention.type, 0) + 1
        results.append({"doc": name, "counts": counts, "entry": {
            "source": raw_folder.source_seen_from(name, out_folder), "raw_sha256": raw_sha,
            "rules_fingerprint": record.rules_fingerprint, "pipeline_version": record.pipeline_version,
            "converter": None, "output": output_name,
            "output_sha256": hashlib.sha256(data).hexdigest(),
            "extracted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }})
    return results


def connect(address: str, workers: Optional[int] = None):
    """A Client for a scheduler address, or for a new LocalCluster of single-threaded worker processes."""
    _need_dask()
    from distributed import Client, LocalCluster

    if address == "local":
        from .parallel import default_jobs

        cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def run_on_cluster(client, raw_location: str | Path, out_location: str | Path, rules_dir: Optional[Path], force: bool,
                   progress: Callable[[int], None] = lambda n: None):
    """Bring the extraction folder up to date with the raw folder, using the client's workers.

    RETURNS (RunSummary): the same counts as a local run.
    """
    from distributed import as_completed

    from .reprocess import RunSummary, check_output_folder, folder_lock, load_manifest, remove_temporaries

    raw_folder, out_folder = Folder(raw_location), Folder(out_location)
    if not raw_folder.exists():  # an empty listing would read as "every document is gone"
        raise InputError(f"{raw_location}: no such folder (--dask reads the .txt files of one folder)")
    if out_folder.local and out_folder.path.is_dir():  # the same ownership rules as a local run
        inputs = [raw_folder.path] if raw_folder.local else []
        check_output_folder(out_folder.path, inputs, load_manifest(out_folder.path), force)
    summary = RunSummary()
    with folder_lock(out_folder.path) if out_folder.local else _no_lock():
        if out_folder.local:
            remove_temporaries(out_folder.path)
        _run(client, as_completed, raw_folder, out_folder, rules_dir, force, progress, summary)
    return summary


class _no_lock:
    """Object stores have no lock: running two extractions into one bucket folder is the user's to avoid."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _run(client, as_completed, raw_folder: Folder, out_folder: Folder, rules_dir, force, progress, summary) -> None:
    manifest = read_manifest(out_folder)
    names = raw_folder.names(".txt")
    fingerprint = rules_fingerprint(rules_dir)
    files = rules_files(rules_dir)
    rules = [client.scatter([files], broadcast=True, hash=False)[0]]  # sent to each worker once
    tasks = [names[i:i + DOCUMENTS_PER_TASK] for i in range(0, len(names), DOCUMENTS_PER_TASK)]
    ahead = max(1, len(client.scheduler_info().get("workers", {}))) * TASKS_AHEAD_PER_WORKER
    batches = {}

    def submit(batch):
        future = client.submit(extract_task, raw_folder.location, out_folder.location,
                               [(name, manifest.get(name)) for name in batch], fingerprint, rules[0], force, pure=False)
        batches[future.key] = batch
        return future

    queue = iter(tasks)
    running = as_completed([submit(batch) for batch, _ in zip(queue, range(ahead))])
    saved, dirty, save_cost = time.monotonic(), False, 0.0
    try:
        for future in running:
            batch = batches.pop(future.key)
            try:
                results = future.result()
            except CancelledError:
                # Dask re-runs a dead worker's tasks by itself, but not when the scattered rules
                # died with it ("lost dependencies"): send them again and resubmit.
                rules[0] = client.scatter([files], broadcast=True, hash=False)[0]
                running.add(submit(batch))
                continue
            future.release()
            following = next(queue, None)
            if following is not None:
                running.add(submit(following))
            for result in results:
                if "error" in result:
                    summary.failures.append(result["error"])
                elif result.get("unchanged"):
                    summary.unchanged += 1
                else:
                    summary.updated += result["doc"] in manifest
                    summary.new += result["doc"] not in manifest
                    manifest[result["doc"]] = result["entry"]  # its output is already written
                    dirty = True
                    for kind, count in result["counts"].items():
                        summary.mention_counts[kind] = summary.mention_counts.get(kind, 0) + count
            progress(len(results))
            if dirty and time.monotonic() - saved > max(SAVE_EVERY_SECONDS, 20 * save_cost):
                # A manifest of a million documents takes seconds to write: save less often, not slower.
                began = time.monotonic()
                out_folder.write(MANIFEST_NAME, manifest_bytes(manifest))
                saved, dirty = time.monotonic(), False
                save_cost = saved - began
    finally:  # a failed run still records what its workers finished
        if dirty:
            out_folder.write(MANIFEST_NAME, manifest_bytes(manifest))
    # Outputs of vanished raws: only files the manifest lists as ours, removed before the
    # manifest forgets them, so a killed run leaves no record the manifest does not own.
    current = set(names)
    gone = sorted(doc for doc in manifest if doc not in current)
    for doc in gone:
        out_folder.remove(manifest[doc]["output"])
        summary.removed += 1
    for doc in gone:
        del manifest[doc]
    if gone:
        out_folder.write(MANIFEST_NAME, manifest_bytes(manifest))


def run_command(address: Optional[str], raw: list, output, rules_dir: Optional[Path], force: bool,
                workers: Optional[int], silent: bool) -> int:
    """`factsheets extract --dask ADDRESS`: run, print the summary line, and return the exit code."""
    import sys

    import click

    from .models import MENTION_TYPES
    from .reprocess import OutputRefused

    if address is None:
        raise click.UsageError("URLs for the raw or extracted folder need --dask ADDRESS (or --dask local)")
    if len(raw) != 1:
        raise click.UsageError("--dask takes one raw folder (a path or a URL)")
    client = cluster = None
    try:
        client, cluster = connect(address, workers)
        show = not silent and sys.stderr.isatty()
        with click.progressbar(length=0, label="Extracting", file=sys.stderr, hidden=not show) as bar:
            summary = run_on_cluster(client, raw[0], output, rules_dir, force, progress=bar.update)
    except OutputRefused as error:  # refused, nothing written: as a local run says it
        click.echo(f"Error: {error}", err=True)
        return 2
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:  # an unreachable scheduler or store
        raise click.ClickException(f"{address}: {error}") from error
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    for message in summary.failures:
        click.echo(f"Error: {message}", err=True)
    counts = ", ".join(f"{summary.mention_counts.get(t, 0)} {t}" for t in MENTION_TYPES)
    click.echo(f"{output}/: {summary.text()} (extracted now: {counts})", err=True)
    return 1 if summary.failures else 0


def path_or_url(value):
    """A click converter: URLs stay strings, everything else becomes a Path."""
    return value if is_url(value) else Path(value)


def read_records(location: str) -> tuple[list, list[str]]:
    """(record, extracted_at) for each record file at a URL, and one message per unreadable file.

    extracted_at comes from the manifest, as a local export takes it from the file's time.
    """
    _need_dask()
    from pydantic import ValidationError

    from .models import DocumentRecord

    folder = Folder(location)
    stamps = {entry["output"]: entry["extracted_at"] for entry in read_manifest(folder).values()}
    records, failures = [], []
    for name in folder.names(".json"):
        if name == MANIFEST_NAME or name.startswith("."):
            continue
        where = folder.name_of(name)
        try:
            record = DocumentRecord.model_validate_json(folder.read(name) or b"")
        except ValidationError as error:
            first = error.errors()[0]
            failures.append(f"{where}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
            continue
        records.append((record, stamps.get(name) or datetime.fromtimestamp(0, timezone.utc).isoformat(timespec="seconds")))
    return records, failures
