"""Records -> relational rows, built once per document, and the JSON Lines / CSV writers. Pure but for the writers.

Rows are tuples in pipeline.tables.COLUMNS order, amounts as exact decimal text (what
SQLite stores, what PostgreSQL's COPY parses into NUMERIC, and what never passes
through a float). The document row carries a checksum of every other row it gives, so
an export can skip a document whose rows are already in the database.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from .models import DocumentRecord, decimal_text
from .store import write_atomic
from .tables import COLUMNS, TABLES

DATE_PRECISION = {4: "year", 7: "month", 10: "day"}
AMOUNT_COLUMNS = {name: [i for i, column in enumerate(table.columns) if column.name in ("amount", "amount_max")]
                  for name, table in ((t.name, t) for t in TABLES)}


def row_tuples(record: DocumentRecord, extracted_at: str) -> dict[str, list[tuple]]:
    """Every row one document gives, per table, as tuples in COLUMNS order; amounts as text."""
    doc_id = record.doc
    rows: dict[str, list[tuple]] = {t.name: [] for t in TABLES}
    mentions = rows["mention"]
    for m in record.mentions:
        head = (doc_id, m.type, m.start, m.end, m.text, m.line, m.col, m.rule, m.section)
        value = m.value
        if m.type == "DATE":
            known = value.start or value.end
            typed = (value.start, value.end, DATE_PRECISION[len(known)], None, None, None, None, None, None, None, None)
        elif m.type == "MONEY":
            high = None if value.amount_max is None else decimal_text(value.amount_max)
            typed = (None, None, None, decimal_text(value.amount), high, value.currency, value.qualifier,
                     None, None, None, None)
        elif m.type == "COUNTRY":
            typed = (None, None, None, None, None, None, None, value.iso2, value.form, None, None)
        else:
            typed = (None, None, None, None, None, None, None, None, None, value.title, value.acronym)
        mentions.append(head + typed)
    for index, project in enumerate(record.projects):
        rows["activity"].append((doc_id, index, project.title, project.acronym, project.mentions[0], "PROJECT"))
        rows["activity_date"].extend((doc_id, index, f.mention, "DATE", f.start, f.end) for f in project.dates)
        rows["activity_recipient_country"].extend((doc_id, index, f.mention, "COUNTRY", f.iso2) for f in project.countries)
        rows["money_flow"].extend((doc_id, index, f.mention, "MONEY", decimal_text(f.amount), f.currency)
                                  for f in project.amounts)
    rows["document"].append((doc_id, record.source, record.raw_sha256, rows_digest(record, rows),
                             record.pipeline_version, record.rules_fingerprint, extracted_at))
    return rows


def rows_digest(record: DocumentRecord, rows: dict[str, list[tuple]]) -> str:
    """A checksum of everything the document writes but its extraction time: when it equals
    the one stored, the rows are already there and the document is skipped.

    Hashing the rows (C-encoded JSON of strings and numbers) costs a third of serializing
    the record; a database exported by an earlier release, which hashed the record, has each
    document written once more and is then up to date.
    """
    data = [record.doc, record.source, record.raw_sha256, record.pipeline_version, record.rules_fingerprint]
    data.extend(rows[t.name] for t in TABLES[1:])
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def records_to_rows(record: DocumentRecord, extracted_at: str) -> dict[str, list[dict]]:
    """Every row one document gives, per table, as column -> value, amounts as Decimal. Pure: no I/O."""
    result = {}
    for name, rows in row_tuples(record, extracted_at).items():
        amounts, columns = AMOUNT_COLUMNS[name], COLUMNS[name]
        if amounts:
            rows = [tuple(Decimal(v) if i in amounts and v is not None else v for i, v in enumerate(row)) for row in rows]
        result[name] = [dict(zip(columns, row)) for row in rows]
    return result


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
