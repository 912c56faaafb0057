"""Extraction on every core: documents in, (document, record or error) out, in input order.

Each worker process loads the pipeline once, on its first document, and extracts what
it is sent. The driver keeps everything else (reading, hashing, the skip-unchanged
check, writing outputs, the manifest and the lock), so what pipeline/reprocess.py
promises about them holds whatever the number of workers; and because results come
back in the order documents went in, the outputs are the same bytes as with one process.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from .errors import FactsheetError, RulesError

Item = TypeVar("Item", bound=tuple)
# Documents per task, and tasks sent ahead per worker: enough to keep each busy while the driver
# writes a batch of outputs (pipeline.reprocess.BATCH_SIZE), each with an fsync a busy disk makes slow.
DOCUMENTS_PER_TASK = 4
AHEAD_PER_WORKER = 8


# Each worker loads its own pipeline (about a second); below this many documents per
# worker that costs more than it saves.
DOCUMENTS_PER_WORKER = 32


def default_jobs(documents: Optional[int] = None) -> int:
    """The cores this process may run on, fewer when there are too few documents to share."""
    if hasattr(os, "sched_getaffinity"):
        cores = max(1, len(os.sched_getaffinity(0)))
    else:
        cores = os.cpu_count() or 1
    if documents is None:
        return cores
    return max(1, min(cores, documents // DOCUMENTS_PER_WORKER))


class DocumentExtractor:
    """extract(item, raw) -> DocumentRecord for an Input (pipeline.inputs), loading the pipeline on first use.

    Picklable: a worker receives only the rules folder and loads its own pipeline.
    """

    def __init__(self, rules_dir: Optional[Path] = None):
        self.rules_dir = rules_dir
        self._nlp = None

    def __getstate__(self) -> dict:
        return {"rules_dir": self.rules_dir, "_nlp": None}

    def load(self):
        if self._nlp is None:
            from .nlp import build_nlp  # spaCy loads only when a document needs extracting

            self._nlp = build_nlp(self.rules_dir)
        return self._nlp

    def __call__(self, item, raw: bytes):
        from .convert import text_of
        from .extract import extract_text

        text, converter = text_of(item.path, raw)  # PDF/HTML converters load only for their files
        return extract_text(self.load(), text, item.doc, source=item.source, raw=raw, converter=converter)


def _outcome(extract: Callable, item, raw: bytes):
    """The record, or the exception of the bad document (one document's failure is its own).
    Bad rules stop the run."""
    try:
        return extract(item, raw)
    except RulesError:
        raise
    except Exception as error:  # noqa: BLE001 - reported per document by the caller
        return error


_worker_extract: Optional[Callable] = None


def _set_worker_extract(extract: Callable) -> None:
    global _worker_extract
    _worker_extract = extract
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A driver killed with SIGKILL cannot stop its workers; they notice and leave on their own."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _extract_in_worker(documents: list[tuple[Path, bytes]]) -> list:
    """A few documents per task, to spread the cost of a round trip. Records travel as their
    compiled JSON (pydantic), two to three times cheaper to send than pickled models."""
    outcomes = []
    for path, raw in documents:
        outcome = _outcome(_worker_extract, path, raw)
        if hasattr(outcome, "model_dump_json"):
            outcome = (type(outcome), outcome.model_dump_json())
        outcomes.append(outcome)
    return outcomes


def _received(outcome):
    if isinstance(outcome, tuple):
        model, data = outcome
        return model.model_validate_json(data)
    return outcome


def extract_in_order(items: Iterable[Item], extract: Callable[[Path, bytes], object], jobs: int = 1) -> Iterator[tuple[Item, object]]:
    """Extract each item's document and yield (item, record or FactsheetError) in input order.

    items (Iterable[tuple]): (path, raw bytes, ...anything the caller needs back); consumed
        lazily, at most AHEAD_PER_WORKER tasks of DOCUMENTS_PER_TASK per worker ahead of the results.
    extract (Callable[[Path, bytes], DocumentRecord]): picklable when jobs > 1 (a
        DocumentExtractor); each worker gets one copy and keeps it for the run.
    jobs (int): worker processes; 1 extracts here, in this process.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    iterator = iter(items)
    if jobs == 1:
        for item in iterator:
            yield item, _outcome(extract, item[0], item[1])
        return
    first, second = next(iterator, None), next(iterator, None)
    if second is None:  # one document or none: not worth starting workers that each load the pipeline
        if first is not None:
            yield first, _outcome(extract, first[0], first[1])
        return
    from concurrent.futures import ProcessPoolExecutor

    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_set_worker_extract, initargs=(extract,)) as pool:
        def submit(chunk: list) -> None:
            pending.append((chunk, pool.submit(_extract_in_worker, [(item[0], item[1]) for item in chunk])))

        chunk = [first, second]
        for item in iterator:
            if len(chunk) == DOCUMENTS_PER_TASK:
                submit(chunk)
                chunk = []
            chunk.append(item)
            if len(pending) >= jobs * AHEAD_PER_WORKER:
                yield from _results(*pending.popleft())
        if chunk:
            submit(chunk)
        while pending:
            yield from _results(*pending.popleft())


def _results(chunk: list, future) -> Iterator[tuple]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        outcomes = future.result()
    except BrokenProcessPool as error:
        # Everything written so far is consistent with the manifest; the next run does the rest.
        raise FactsheetError(f"{chunk[0][0]}: a worker process died ({error}); run again to finish") from error
    for item, outcome in zip(chunk, outcomes, strict=True):
        yield item, _received(outcome)
