"""Export: validated records -> relational rows (pipeline.rows) -> SQLite or PostgreSQL.

Documents are written in batches, one transaction each, a savepoint per document: a
document's old rows are deleted (cascading) and its new rows bulk-loaded (PostgreSQL's
COPY, SQLite's multi-row INSERTs), so a failure in one document rolls back that document
only. A document whose rows are already in the database is skipped, so exporting twice
changes no row. The schema is pipeline.tables; JSON Lines and CSV writers are in pipeline.rows.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from typing import Callable, Iterable, Optional

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from .errors import ExportError
from .locations import modified_at as extracted_at
from .models import DocumentRecord
from .rows import records_to_rows, row_tuples, write_csv, write_jsonl
from .tables import COLUMNS, TABLES, document, ensure_schema, metadata, schema_version

# What other modules and tests import from here.
__all__ = ["COLUMNS", "TABLES", "ExportReport", "connect", "ensure_schema", "export_records", "extracted_at",
           "metadata", "records_to_rows", "schema_version", "write_csv", "write_jsonl"]


@dataclass
class ExportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    rows: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.unchanged} unchanged, {self.updated} updated, {self.added} new, {self.removed} removed; "
                f"{self.rows} rows written; {len(self.failures)} failed")


def connect(url: str) -> sa.Engine:
    """An engine for a SQLAlchemy URL; SQLite gets foreign keys switched on for every connection."""
    try:
        engine = sa.create_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        raise ExportError(f"{url}: not a usable database URL ({error})") from error
    if engine.dialect.name == "sqlite":
        # Python's sqlite3 driver opens no transaction around CREATE TABLE, so a kill
        # during schema creation left half a schema. Take over: BEGIN ourselves
        # (SQLAlchemy's documented recipe for pysqlite), and switch foreign keys on.
        @sa.event.listens_for(engine, "connect")
        def _connect(connection, _record):
            connection.isolation_level = None
            connection.execute("PRAGMA foreign_keys = ON")

        @sa.event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN")
    return engine


# Documents per transaction: large enough that commits and per-statement costs vanish,
# small enough that a killed export loses little work.
BATCH_DOCUMENTS = 250
DIGEST = COLUMNS["document"].index("record_sha256")
# Parameters in one SQLite statement: the smallest limit of any SQLite (999 before 3.32).
SQLITE_PARAMETERS = 999


def _insert(conn: sa.Connection, name: str, rows: list[tuple]) -> None:
    """Bulk-insert rows into one table through the fastest path the driver has."""
    dialect = conn.dialect
    table = metadata.tables[name]
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(c) for c in COLUMNS[name])
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        # COPY streams every row in one statement; PostgreSQL parses the amounts' text into NUMERIC.
        with conn.connection.driver_connection.cursor() as cursor:
            with cursor.copy(f"COPY {quote(name)} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    elif dialect.name == "sqlite":
        # Many rows per INSERT: a third cheaper than a statement per row (executemany), as
        # SQLite then binds and steps once per group. Amounts are already exact text.
        width = len(COLUMNS[name])
        per_statement = max(1, SQLITE_PARAMETERS // width)
        one = "(" + ", ".join("?" * width) + ")"
        cursor = conn.connection.driver_connection.cursor()
        try:
            whole = len(rows) - len(rows) % per_statement
            if whole:
                cursor.executemany(f"INSERT INTO {quote(name)} ({columns}) VALUES {', '.join([one] * per_statement)}",
                                   [tuple(chain.from_iterable(rows[i:i + per_statement]))
                                    for i in range(0, whole, per_statement)])
            if whole < len(rows):
                cursor.execute(f"INSERT INTO {quote(name)} ({columns}) VALUES {', '.join([one] * (len(rows) - whole))}",
                               tuple(chain.from_iterable(rows[whole:])))
        finally:
            cursor.close()
    else:  # any other database: SQLAlchemy's executemany
        conn.execute(table.insert(), [dict(zip(COLUMNS[name], row)) for row in rows])


def _write_documents(conn: sa.Connection, batch: list[tuple[DocumentRecord, dict[str, list[tuple]]]],
                     replaced: list[str]) -> None:
    """Delete the old rows of documents being replaced (cascading), then load every table in parent order."""
    if replaced:
        conn.execute(document.delete().where(document.c.id.in_(replaced)))
    for table in TABLES:
        rows = [row for _record, tables in batch for row in tables[table.name]]
        if rows:
            _insert(conn, table.name, rows)


def export_records(records: Iterable[tuple[DocumentRecord, str]], engine: sa.Engine, prune: bool = False,
                   progress: Optional[Callable[[str], None]] = None,
                   batch_documents: int = BATCH_DOCUMENTS) -> ExportReport:
    """Write (record, extracted_at) pairs, many documents per transaction, each in its own savepoint.

    A batch is first loaded whole inside one savepoint (one bulk insert, or COPY, per
    table); only if that fails is it loaded again one savepoint per document, so the
    documents that fail roll back alone and are reported, and the others are kept.

    prune (bool): delete documents that are in the database but not in records.
    batch_documents (int): documents per transaction.
    RETURNS (ExportReport): counts, and (document, message) for each failure.
    """
    ensure_schema(engine)
    report = ExportReport()
    with engine.connect() as conn:
        stored = dict(conn.execute(sa.select(document.c.id, document.c.record_sha256)).all())
    seen = set()
    batch: list[tuple[DocumentRecord, dict[str, list[tuple]]]] = []
    # One batch is written on a thread while the next one's rows are built here: the database
    # works (in its own server, or in SQLite's C code) without holding Python's lock. Batches
    # are still written one at a time, in order; a writer's error surfaces at the next hand-over.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factsheets-export") as writer:
        writing = None
        for record, stamp in records:
            seen.add(record.doc)
            rows = row_tuples(record, stamp)
            if stored.get(record.doc) == rows["document"][0][DIGEST]:
                report.unchanged += 1
                continue
            batch.append((record, rows))
            if len(batch) >= batch_documents:
                if writing is not None:
                    writing.result()
                writing = writer.submit(_export_batch, engine, batch, stored, report, progress)
                batch = []
        if writing is not None:
            writing.result()
    _export_batch(engine, batch, stored, report, progress)
    if prune:
        gone = sorted(set(stored) - seen)
        with engine.begin() as conn:
            if gone:
                conn.execute(document.delete().where(document.c.id.in_(gone)))
        report.removed = len(gone)
    return report


def _export_batch(engine: sa.Engine, batch: list, stored: dict[str, str], report: ExportReport,
                  progress: Optional[Callable[[str], None]]) -> None:
    if not batch:
        return
    dbapi = getattr(engine.dialect, "loaded_dbapi", None) or engine.dialect.dbapi
    errors = (SQLAlchemyError, dbapi.Error) if dbapi is not None else (SQLAlchemyError,)
    done = []
    try:
        with engine.begin() as conn:
            try:
                with conn.begin_nested():
                    _write_documents(conn, batch, [r.doc for r, _ in batch if r.doc in stored])
                done = batch
            except errors:
                for item in batch:  # find the failing documents: one savepoint each
                    record = item[0]
                    try:
                        with conn.begin_nested():
                            _write_documents(conn, [item], [record.doc] if record.doc in stored else [])
                        done.append(item)
                    except errors as error:
                        detail = getattr(error, "orig", None) or error
                        report.failures.append((record.doc, f"{record.doc}: rolled back: {str(detail).splitlines()[0]}"))
    except errors as error:  # the commit itself failed: the whole batch is lost
        detail = getattr(error, "orig", None) or error
        report.failures.extend((r.doc, f"{r.doc}: rolled back: {str(detail).splitlines()[0]}") for r, _ in batch)
        return
    for record, rows in done:
        report.rows += sum(len(r) for r in rows.values())
        if record.doc in stored:
            report.updated += 1
        else:
            report.added += 1
        if progress:
            progress(record.doc)
