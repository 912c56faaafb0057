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
import tempfile
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Callable, Optional

from . import __version__
from .convert import converter_name
from .errors import FactsheetError, InputError
from .fingerprint import PATTERN_FILES, TABLE_FILES, DEFAULT_RULES_DIR, rules_fingerprint
from .locations import Folder, is_url, manifest_bytes, need_extra, output_name, path_or_url, read_manifest, read_records
from .store import MANIFEST_NAME

__all__ = ["connect", "extract_task", "is_url", "path_or_url", "read_records", "run_command", "run_on_cluster"]

DOCUMENTS_PER_TASK = 8
TASKS_AHEAD_PER_WORKER = 4
SAVE_EVERY_SECONDS = 5.0
IO_AT_ONCE = 4  # raw texts being read and outputs being written by one worker while it extracts


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


def _text(doc: str, source: str, raw: bytes) -> tuple[str, Optional[str]]:
    """The text the pipeline reads and the converter that made it, as pipeline.convert.text_of
    gives them, with messages naming the document where the user can find it (its URL)."""
    from .convert import text_of
    from .extract import decode_factsheet

    if converter_name(PurePosixPath(doc)) is None:
        return decode_factsheet(raw, source), None
    try:
        return text_of(Path(doc), raw)
    except InputError as error:
        message = str(error)
        raise InputError(source + message[len(doc):] if message.startswith(doc) else message) from None


def extract_task(raw_location: str, out_location: str, documents: list[tuple[str, Optional[dict]]],
                 fingerprint: str, rules: dict[str, bytes], force: bool) -> list[dict]:
    """On a worker: bring a few documents' outputs up to date; one result dict per document.

    documents: (identity, the manifest's entry or None); the identity is the document's path
    under the raw folder ("ca/x.pdf"), its output the same path with .json, as in a local run.
    """
    from .errors import RulesError
    from .extract import extract_text
    from .store import canonical_json

    raw_folder, out_folder = Folder(raw_location), Folder(out_location)
    results, writes = [], []
    reads = [_io().submit(raw_folder.read, doc) for doc, _entry in documents]  # GETs ahead of the extraction
    for (doc, entry), reading in zip(documents, reads):
        source = raw_folder.name_of(doc)
        output = output_name(doc)
        raw = reading.result()
        if raw is None:
            results.append({"doc": doc, "error": f"{source}: cannot read"})
            continue
        raw_sha = hashlib.sha256(raw).hexdigest()
        if not force and entry and (entry["raw_sha256"], entry["rules_fingerprint"], entry["pipeline_version"],
                                    entry.get("converter"), entry["output"]) == (
            raw_sha, fingerprint, __version__, converter_name(PurePosixPath(doc)), output
        ):
            written = out_folder.read(output)
            if written is not None and hashlib.sha256(written).hexdigest() == entry["output_sha256"]:
                results.append({"doc": doc, "unchanged": True})
                continue
        try:
            text, converter = _text(doc, source, raw)
            record = extract_text(_pipeline(fingerprint, rules), text, doc, source=f"{raw_folder.basename}/{doc}",
                                  raw=raw, converter=converter)
        except InputError as error:
            results.append({"doc": doc, "error": str(error)})
            continue
        except RulesError:
            raise
        except Exception as error:  # noqa: BLE001 - one document's failure is its own, as in a local run
            first = (str(error).splitlines() or [""])[0]
            results.append({"doc": doc, "error": f"{source}: extraction failed ({type(error).__name__}: {first})"})
            continue
        data = canonical_json(record).encode("utf-8")
        writes.append(_io().submit(out_folder.write, output, data))
        counts: dict[str, int] = {}
        for mention in record.mentions:
            counts[mention.type] = counts.get(mention.type, 0) + 1
        results.append({"doc": doc, "counts": counts, "entry": {
            "source": raw_folder.source_seen_from(doc, out_folder), "raw_sha256": raw_sha,
            "rules_fingerprint": record.rules_fingerprint, "pipeline_version": record.pipeline_version,
            "converter": record.converter, "output": output,
            "output_sha256": hashlib.sha256(data).hexdigest(),
            "extracted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }})
    for write in writes:  # every output is written before the driver hears of it
        write.result()
    return results


_IO: list[ThreadPoolExecutor] = []


def _io() -> ThreadPoolExecutor:
    """This worker's reading and writing threads: a GET of a raw text, or an output's fsync or PUT
    (milliseconds on a busy disk, tens of them on an object store), waits there while the worker
    extracts another document."""
    if not _IO:
        _IO.append(ThreadPoolExecutor(max_workers=IO_AT_ONCE, thread_name_prefix="factsheets-io"))
    return _IO[0]


def connect(address: str, workers: Optional[int] = None):
    """A Client for a scheduler address, or for a new LocalCluster of single-threaded worker processes."""
    need_extra("distributed", "fsspec")
    from distributed import Client, LocalCluster

    if address == "local":
        import dask

        from .parallel import default_jobs

        # Workers forked from a forkserver that has imported Dask start in a fraction of the
        # time spawned interpreters take, and stop at once: Dask's default (spawn) cost a
        # 1,000-document run about 5 seconds of starting and stopping. Each worker's
        # statistical profiler (for the dashboard, which is off) and its event loop's
        # monitors, every 20 to 500 ms, took 5-10% of its CPU.
        dask.config.set({"distributed.worker.multiprocessing-method": "forkserver",
                         "distributed.worker.profile.enabled": False,
                         "distributed.admin.tick.interval": "1s",
                         "distributed.worker.memory.monitor-interval": "1s",
                         "distributed.admin.system-monitor.interval": "10s"})
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
        raise InputError(f"{raw_location}: no such folder (--dask reads the documents under one folder)")
    if out_folder.local and out_folder.path.is_dir():  # the same ownership rules as a local run
        inputs = [raw_folder.path] if raw_folder.local else []
        check_output_folder(out_folder.path, inputs, load_manifest(out_folder.path), force)
    docs = raw_folder.documents(skip=out_folder)  # an InputConflict refuses the run before anything is written
    summary = RunSummary()
    with folder_lock(out_folder.path) if out_folder.local else _no_lock():
        if out_folder.local:
            remove_temporaries(out_folder.path)
        _run(client, as_completed, raw_folder, out_folder, docs, rules_dir, force, progress, summary)
    return summary


class _no_lock:
    """Object stores have no lock: running two extractions into one bucket folder is the user's to avoid."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _run(client, as_completed, raw_folder: Folder, out_folder: Folder, names: list[str], rules_dir, force, progress,
         summary) -> None:
    manifest = read_manifest(out_folder)
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
    # range first: zip stops at the end of its first iterable without taking one more task from the queue.
    running = as_completed([submit(batch) for _, batch in zip(range(ahead), queue)])
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

    from .inputs import InputConflict
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
    except (OutputRefused, InputConflict) as error:  # refused, nothing written: as a local run says it
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
