"""Export: validated records -> relational rows -> SQLite or PostgreSQL (or JSONL / CSV).

`records_to_rows` is pure and builds every row once; the writers stay thin. Table and
column names follow the IATI Activity Standard where it fits (activity,
activity_date, recipient country, money flows). Documents are written in batches, one
transaction each, a savepoint per document: a document's old rows are deleted
(cascading) and its new rows bulk-loaded (PostgreSQL's COPY, SQLite's executemany), so
a failure in one document rolls back that document only. A document whose record has
not changed since the last export is skipped, so exporting twice changes no row.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Optional

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from .errors import ExportError
from .models import DocumentRecord, decimal_text
from .store import write_atomic

SCHEMA_VERSION = 1
DATE_PRECISION = {4: "year", 7: "month", 10: "day"}


class ExactDecimal(sa.types.TypeDecorator):
    """NUMERIC in PostgreSQL; in SQLite a text column, so an amount never passes through float."""

    impl = sa.Numeric(precision=38, scale=10)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.String())
        return dialect.type_descriptor(sa.Numeric(precision=38, scale=10, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = Decimal(value)
        return decimal_text(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(decimal_text(Decimal(str(value))))


metadata = sa.MetaData()

schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, primary_key=True))

document = sa.Table(
    "document", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("source", sa.String, nullable=False),
    sa.Column("raw_sha256", sa.String(64), nullable=False),
    sa.Column("record_sha256", sa.String(64), nullable=False),
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("rules_fingerprint", sa.String, nullable=False),
    sa.Column("extracted_at", sa.String, nullable=False),
    sa.CheckConstraint("length(raw_sha256) = 64", name="document_raw_sha256"),
)

mention = sa.Table(
    "mention", metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("type", sa.String, primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.String, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("col", sa.Integer),
    sa.Column("rule", sa.String),
    sa.Column("section", sa.String),
    sa.Column("date_start", sa.String),
    sa.Column("date_end", sa.String),
    sa.Column("date_precision", sa.String),
    sa.Column("amount", ExactDecimal),
    sa.Column("amount_max", ExactDecimal),
    sa.Column("currency", sa.String(3)),
    sa.Column("qualifier", sa.String),
    sa.Column("iso2", sa.String(2)),
    sa.Column("country_form", sa.String),
    sa.Column("project_title", sa.String),
    sa.Column("project_acronym", sa.String),
    sa.CheckConstraint("type IN ('DATE', 'MONEY', 'COUNTRY', 'PROJECT')", name="mention_type"),
    sa.CheckConstraint('start >= 0 AND "end" > start', name="mention_span"),
    sa.CheckConstraint("date_start IS NULL OR date_end IS NULL OR date_start <= date_end", name="mention_date_order"),
    sa.CheckConstraint("date_precision IS NULL OR date_precision IN ('year', 'month', 'day')", name="mention_date_precision"),
    sa.CheckConstraint("currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency)", name="mention_currency"),
    sa.CheckConstraint("qualifier IS NULL OR qualifier IN ('exact', 'approximate', 'at_least', 'at_most')", name="mention_qualifier"),
    sa.CheckConstraint("iso2 IS NULL OR (length(iso2) = 2 AND upper(iso2) = iso2)", name="mention_iso2"),
    sa.CheckConstraint("country_form IS NULL OR country_form IN ('name', 'demonym')", name="mention_country_form"),
)

activity = sa.Table(
    "activity", metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("activity_index", sa.Integer, primary_key=True),
    sa.Column("title", sa.String),
    sa.Column("acronym", sa.String),
    sa.Column("mention_start", sa.Integer, nullable=False),
    sa.Column("mention_type", sa.String, nullable=False, server_default="PROJECT"),
    sa.ForeignKeyConstraint(["document_id", "mention_type", "mention_start"],
                            ["mention.document_id", "mention.type", "mention.start"], ondelete="CASCADE"),
    sa.CheckConstraint("title IS NOT NULL OR acronym IS NOT NULL", name="activity_named"),
)


def _fact_table(name: str, mention_type: str, *columns: sa.Column, checks: Iterable[sa.CheckConstraint] = ()) -> sa.Table:
    return sa.Table(
        name, metadata,
        sa.Column("document_id", sa.String, primary_key=True),
        sa.Column("activity_index", sa.Integer, primary_key=True),
        sa.Column("mention_start", sa.Integer, primary_key=True),
        sa.Column("mention_type", sa.String, nullable=False, server_default=mention_type),
        *columns,
        sa.ForeignKeyConstraint(["document_id", "activity_index"], ["activity.document_id", "activity.activity_index"],
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id", "mention_type", "mention_start"],
                                ["mention.document_id", "mention.type", "mention.start"], ondelete="CASCADE"),
        *checks,
    )


activity_date = _fact_table(
    "activity_date", "DATE", sa.Column("start", sa.String), sa.Column("end", sa.String),
    checks=[sa.CheckConstraint('start IS NULL OR "end" IS NULL OR start <= "end"', name="activity_date_order")],
)
activity_recipient_country = _fact_table(
    "activity_recipient_country", "COUNTRY", sa.Column("iso2", sa.String(2), nullable=False),
    checks=[sa.CheckConstraint("length(iso2) = 2 AND upper(iso2) = iso2", name="recipient_iso2")],
)
money_flow = _fact_table(
    "money_flow", "MONEY", sa.Column("amount", ExactDecimal, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
    checks=[sa.CheckConstraint("length(currency) = 3 AND upper(currency) = currency", name="money_flow_currency")],
)

# Insert order (parents first); deleting a document cascades to all of them.
TABLES = [document, mention, activity, activity_date, activity_recipient_country, money_flow]


def record_digest(record: DocumentRecord) -> str:
    """A hash of everything in the record, to skip documents exported unchanged.

    pydantic's own JSON (compiled) rather than the file's pretty-printed canonical JSON:
    it is five times cheaper, and a digest only needs to be stable for the same record
    and release (a release that serializes differently re-exports each document once).
    """
    return hashlib.sha256(record.model_dump_json().encode("utf-8")).hexdigest()


COLUMNS = {t.name: tuple(c.name for c in t.columns) for t in TABLES}


def _same(value):
    return value


def row_tuples(record: DocumentRecord, extracted_at: str, digest: Optional[str] = None,
               amounts_as_text: bool = False) -> dict[str, list[tuple]]:
    """Every row one document gives, per table, as tuples in COLUMNS order. Pure: no I/O.

    amounts_as_text (bool): amounts as exact decimal text (what SQLite stores), not Decimal.
    """
    exact = decimal_text if amounts_as_text else _same
    doc_id = record.doc
    rows: dict[str, list[tuple]] = {t.name: [] for t in TABLES}
    rows["document"].append((doc_id, record.source, record.raw_sha256, digest or record_digest(record),
                             record.pipeline_version, record.rules_fingerprint, extracted_at))
    mentions = rows["mention"]
    for m in record.mentions:
        head = (doc_id, m.type, m.start, m.end, m.text, m.line, m.col, m.rule, m.section)
        value = m.value
        if m.type == "DATE":
            known = value.start or value.end
            typed = (value.start, value.end, DATE_PRECISION[len(known)], None, None, None, None, None, None, None, None)
        elif m.type == "MONEY":
            high = None if value.amount_max is None else exact(value.amount_max)
            typed = (None, None, None, exact(value.amount), high, value.currency, value.qualifier, None, None, None, None)
        elif m.type == "COUNTRY":
            typed = (None, None, None, None, None, None, None, value.iso2, value.form, None, None)
        else:
            typed = (None, None, None, None, None, None, None, None, None, value.title, value.acronym)
        mentions.append(head + typed)
    for index, project in enumerate(record.projects):
        rows["activity"].append((doc_id, index, project.title, project.acronym, project.mentions[0], "PROJECT"))
        rows["activity_date"].extend((doc_id, index, f.mention, "DATE", f.start, f.end) for f in project.dates)
        rows["activity_recipient_country"].extend((doc_id, index, f.mention, "COUNTRY", f.iso2) for f in project.countries)
        rows["money_flow"].extend((doc_id, index, f.mention, "MONEY", exact(f.amount), f.currency) for f in project.amounts)
    return rows


def records_to_rows(record: DocumentRecord, extracted_at: str) -> dict[str, list[dict]]:
    """Every row one document gives, per table, as column -> value. Pure: no I/O."""
    return {name: [dict(zip(COLUMNS[name], row)) for row in rows] for name, rows in row_tuples(record, extracted_at).items()}


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


def ensure_schema(engine: sa.Engine) -> None:
    """Create the tables in an empty database; refuse one this release cannot read."""
    try:
        inspector = sa.inspect(engine)
        existing = set(inspector.get_table_names())
        if not existing:
            with engine.begin() as conn:
                metadata.create_all(conn)
                conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
            return
        if "schema_version" not in existing:
            raise ExportError(f"{engine.url.render_as_string(hide_password=True)}: the database has tables but no "
                              "schema_version table; it was not made by factsheets export. Use an empty database.")
        with engine.connect() as conn:
            version = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    except SQLAlchemyError as error:
        raise ExportError(f"{engine.url.render_as_string(hide_password=True)}: cannot open the database ({error.__class__.__name__}: {error.orig if hasattr(error, 'orig') else error})") from error
    if version is None or version > SCHEMA_VERSION:
        raise ExportError(f"the database's schema version {version} is newer than this release supports ({SCHEMA_VERSION}); "
                          "upgrade factsheet-pipeline to export into it")
    for step in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[step](engine)


# Version N -> the function that brings a version N-1 database to N, in one transaction.
MIGRATIONS: dict[int, Callable[[sa.Engine], None]] = {}


# Documents per transaction: large enough that commits and per-statement costs vanish,
# small enough that a killed export loses little work.
BATCH_DOCUMENTS = 250
def _insert(conn: sa.Connection, name: str, rows: list[tuple]) -> None:
    """Bulk-insert rows into one table through the fastest path the driver has."""
    dialect = conn.dialect
    table = metadata.tables[name]
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(c) for c in COLUMNS[name])
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        # COPY streams every row in one statement; psycopg adapts Decimal to NUMERIC.
        with conn.connection.driver_connection.cursor() as cursor:
            with cursor.copy(f"COPY {quote(name)} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    elif dialect.name == "sqlite":  # amounts already exact text (row_tuples' amounts_as_text)
        placeholders = ", ".join("?" * len(COLUMNS[name]))
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(f"INSERT INTO {quote(name)} ({columns}) VALUES ({placeholders})", rows)
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
    as_text = engine.dialect.name == "sqlite"
    batch: list[tuple[DocumentRecord, dict[str, list[tuple]]]] = []
    for record, extracted_at in records:
        seen.add(record.doc)
        digest = record_digest(record)
        if stored.get(record.doc) == digest:
            report.unchanged += 1
            continue
        batch.append((record, row_tuples(record, extracted_at, digest, amounts_as_text=as_text)))
        if len(batch) >= batch_documents:
            _export_batch(engine, batch, stored, report, progress)
            batch = []
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


def _json_value(value):
    return decimal_text(value) if isinstance(value, Decimal) else value


def write_jsonl(rows_by_document: Iterable[dict[str, list[dict]]], path: Path) -> int:
    """One JSON object per row, {"table": NAME, ...columns}; amounts as decimal strings."""
    lines = []
    for rows in rows_by_document:
        for table in TABLES:
            for row in rows[table.name]:
                lines.append(json.dumps({"table": table.name, **{k: _json_value(v) for k, v in row.items()}},
                                        sort_keys=True, ensure_ascii=False))
    write_atomic(path, "\n".join(lines) + ("\n" if lines else ""))
    return len(lines)


def write_csv(rows_by_document: Iterable[dict[str, list[dict]]], folder: Path) -> int:
    """One TABLE.csv per table, with the same columns as the database."""
    import io

    collected: dict[str, list[dict]] = {t.name: [] for t in TABLES}
    for rows in rows_by_document:
        for name, table_rows in rows.items():
            collected[name].extend(table_rows)
    count = 0
    for table in TABLES:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[c.name for c in table.columns], lineterminator="\n")
        writer.writeheader()
        for row in collected[table.name]:
            writer.writerow({k: _json_value(v) for k, v in row.items()})
            count += 1
        write_atomic(folder / f"{table.name}.csv", buffer.getvalue())
    return count


def extracted_at(path: Path) -> str:
    """When a record file was written (its modification time, UTC)."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).isoformat(timespec="seconds")
