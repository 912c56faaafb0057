"""Export to SQLite and to a real PostgreSQL server: round trip, idempotence, isolation, bound parameters."""

import json
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import pipeline
from pipeline.cli import cli
from pipeline.errors import ExportError
from pipeline.export import TABLES, connect, ensure_schema, export_records, records_to_rows, schema_version
from pipeline.store import write_record

AMOUNTS_TEXT = (
    "1. Northern Roads Project – a grant of US$ 15.5 billion signed on 2 May 2019.\n"
    "2. Coastal Towns Project – SFr 65,640,508 from 2014 to 2018 in Ghana.\n"
    "3. Seed Fund Facility – US$ 0.5, a symbolic first tranche.\n"
)
HOSTILE_TEXT = "The Quote's Project (QSP) was signed in 2019 for US$ 3 million in Kenya; O'Brien's \"notes\"; --.\n"


def dump(url: str) -> dict:
    """Every table's rows, sorted, for comparing databases."""
    engine = connect(url)
    with engine.connect() as conn:
        data = {t.name: sorted(tuple(r) for r in conn.execute(sa.select(t)).all()) for t in TABLES}
    engine.dispose()
    return data


def _records(nlp, texts: dict[str, str]):
    return [(pipeline.extract_text(nlp, text, name), "2026-01-01T00:00:00+00:00") for name, text in texts.items()]


def test_export_round_trip_keeps_every_digit(nlp, db_url):
    records = _records(nlp, {"amounts.txt": AMOUNTS_TEXT})
    report = export_records(records, connect(db_url))
    assert (report.added, report.failures) == (1, [])
    engine = connect(db_url)
    with engine.connect() as conn:
        amounts = sorted(conn.execute(sa.text("SELECT amount FROM mention WHERE type = 'MONEY'")).scalars())
        flows = conn.execute(sa.text("SELECT count(*) FROM money_flow")).scalar()
    got = sorted(Decimal(str(a)) for a in amounts)
    assert [format(a.normalize(), "f") for a in got] == ["0.5", "65640508", "15500000000"]
    # What comes back equals the JSON records, row for row.
    expected = records_to_rows(*records[0])
    table = next(t for t in TABLES if t.name == "mention")
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(table).order_by(table.c.start, table.c.type))]
    assert len(rows) == len(expected["mention"]) and flows == len(expected["money_flow"])
    by_key = {(r["type"], r["start"]): r for r in expected["mention"]}
    for row in rows:
        want = by_key[(row["type"], row["start"])]
        for column, value in want.items():
            if isinstance(value, Decimal) or column in ("amount", "amount_max"):
                assert (value is None and row[column] is None) or Decimal(str(row[column])) == value
            else:
                assert row[column] == value, column
    engine.dispose()


def test_export_twice_changes_no_row(nlp, db_url):
    records = _records(nlp, {"a.txt": AMOUNTS_TEXT, "b.txt": HOSTILE_TEXT})
    first = export_records(records, connect(db_url))
    before = dump(db_url)
    second = export_records(records, connect(db_url))
    assert (first.added, second.unchanged, second.rows) == (2, 2, 0)
    assert dump(db_url) == before


def test_export_reextracted_document_is_replaced_and_prune_removes(nlp, db_url):
    export_records(_records(nlp, {"a.txt": AMOUNTS_TEXT, "b.txt": HOSTILE_TEXT}), connect(db_url))
    changed = AMOUNTS_TEXT.replace("US$ 0.5", "US$ 0.75")
    report = export_records(_records(nlp, {"a.txt": changed}), connect(db_url), prune=True)
    assert (report.updated, report.removed) == (1, 1)
    data = dump(db_url)
    assert {row[0] for row in data["document"]} == {"a.txt"}
    assert any("US$ 0.75" in row for row in data["mention"])


def test_export_constraint_failure_rolls_back_that_document_only(nlp, db_url):
    good, bad = _records(nlp, {"good.txt": AMOUNTS_TEXT, "bad.txt": "Signed in 2019 for US$ 1 million.\n"})
    # A date whose start is after its end passes the JSON models but not the database's CHECK.
    broken = bad[0].model_copy(update={"mentions": [
        m.model_copy(update={"value": m.value.model_copy(update={"start": "2020", "end": "2019"})}) if m.type == "DATE" else m
        for m in bad[0].mentions
    ]})
    report = export_records([(broken, bad[1]), good], connect(db_url))
    assert report.added == 1 and [doc for doc, _ in report.failures] == ["bad.txt"]
    assert "rolled back" in report.failures[0][1]
    data = dump(db_url)
    assert {row[0] for row in data["document"]} == {"good.txt"}
    assert not [row for row in data["mention"] if row[0] == "bad.txt"]


def test_export_quotes_and_sql_come_back_unchanged(nlp, db_url):
    hostile = "Robert'); DROP TABLE mention; -- \"quoted\"; O'Brien"
    text = f"A. {hostile}\n\nThe Quote's Project (QSP) was signed in 2019 for US$ 3 million in Kenya.\n"
    record, stamp = _records(nlp, {"hostile.txt": text})[0]
    record = record.model_copy(update={
        "source": hostile,
        "projects": [p.model_copy(update={"title": hostile}) for p in record.projects],
    })
    export_records([(record, stamp)], connect(db_url))
    data = dump(db_url)
    assert {t.name for t in TABLES} <= set(sa.inspect(connect(db_url)).get_table_names())
    assert [row[1] for row in data["document"]] == [hostile]
    assert {row[8] for row in data["mention"]} == {hostile}  # every mention sits in the hostile section
    assert {row[2] for row in data["activity"]} == {hostile}
    assert len(data["mention"]) == len(record.mentions)


def test_export_refuses_a_newer_schema_and_foreign_tables(db_url):
    engine = connect(db_url)
    ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(schema_version.insert().values(version=99))
    with pytest.raises(ExportError, match="newer than this release supports"):
        ensure_schema(engine)
    engine.dispose()


def test_export_refuses_a_database_it_did_not_make(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    engine = connect(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE customers (id INTEGER)"))
    with pytest.raises(ExportError, match="no schema_version table"):
        ensure_schema(engine)


def test_export_killed_midway_converges(nlp, tmp_path, db_url):
    """kill -9 an export at random moments; the re-run leaves the same tables as an uninterrupted one."""
    from pipeline.export import metadata

    folder = tmp_path / "extracted"
    texts = {f"doc{i:03d}.txt": AMOUNTS_TEXT.replace("2019", str(1990 + i % 30)) for i in range(60)}
    for record, _ in _records(nlp, texts):
        write_record(folder, record)
    command = [sys.executable, "-m", "pipeline", "export", str(folder), "--db", db_url, "--silent"]

    def reset():
        engine = connect(db_url)
        metadata.drop_all(engine)
        engine.dispose()

    assert subprocess.run(command, capture_output=True).returncode == 0
    clean = dump(db_url)
    rng = random.Random(7)
    for _trial in range(4):
        reset()
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert dump(db_url) == clean


def test_export_cli_default_database_and_files(tmp_path):
    folder = tmp_path / "extracted"
    folder.mkdir()
    nlp = pipeline.load()
    write_record(folder, pipeline.extract_text(nlp, AMOUNTS_TEXT, "a.txt"))
    (folder / "broken.json").write_text('{"doc": 1}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(folder), "--jsonl", str(tmp_path / "rows.jsonl"),
                                      "--csv", str(tmp_path / "csv"), "--db", f"sqlite:///{folder / 'factsheets.sqlite'}"])
    assert result.exit_code == 1 and "broken.json" in result.stderr
    assert (folder / "factsheets.sqlite").exists()
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["table"] for r in rows} == {"document", "mention", "activity", "activity_date", "activity_recipient_country", "money_flow"}
    header = (tmp_path / "csv" / "mention.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == [c.name for c in next(t for t in TABLES if t.name == "mention").columns]
    assert {k for r in rows if r["table"] == "mention" for k in r} - {"table"} == set(header)


def test_export_interrupted_schema_creation_leaves_nothing(db_url):
    """Bug caught by the kill test: SQLite's driver autocommitted each CREATE TABLE."""
    from pipeline.export import metadata

    engine = connect(db_url)
    with pytest.raises(RuntimeError):
        with engine.begin() as conn:
            metadata.tables["document"].create(conn)
            raise RuntimeError("killed here")
    assert sa.inspect(engine).get_table_names() == []
    ensure_schema(engine)
    assert "schema_version" in sa.inspect(engine).get_table_names()
    engine.dispose()


def _with_reversed_date(record):
    """A date whose start is after its end passes the JSON models but not the database's CHECK."""
    return record.model_copy(update={"mentions": [
        m.model_copy(update={"value": m.value.model_copy(update={"start": "2020", "end": "2019"})}) if m.type == "DATE" else m
        for m in record.mentions
    ]})


def test_export_batches_isolate_a_failing_document_and_keep_its_batch_mates(nlp, db_url):
    texts = {f"doc{i}.txt": AMOUNTS_TEXT.replace("2019", str(2000 + i)) for i in range(7)}
    records = _records(nlp, texts)
    records[3] = (_with_reversed_date(records[3][0]), records[3][1])
    report = export_records(records, connect(db_url), batch_documents=3)
    assert [doc for doc, _ in report.failures] == ["doc3.txt"] and report.added == 6
    data = dump(db_url)
    assert {row[0] for row in data["document"]} == set(texts) - {"doc3.txt"}
    assert not [row for table in data.values() for row in table if row and row[0] == "doc3.txt"]
    expected_rows = sum(len(rows) for r, s in records if r.doc != "doc3.txt" for rows in records_to_rows(r, s).values())
    assert report.rows == expected_rows == sum(len(rows) for rows in data.values())


def test_export_batches_replace_changed_documents_and_a_second_run_changes_nothing(nlp, db_url):
    texts = {f"doc{i}.txt": AMOUNTS_TEXT.replace("2019", str(2000 + i)) for i in range(5)}
    export_records(_records(nlp, texts), connect(db_url), batch_documents=2)
    texts["doc1.txt"] = texts["doc1.txt"].replace("US$ 0.5", "US$ 0.75")
    texts["doc4.txt"] = HOSTILE_TEXT
    records = _records(nlp, texts)
    report = export_records(records, connect(db_url), batch_documents=2)
    assert (report.updated, report.unchanged, report.failures) == (2, 3, [])
    after = dump(db_url)
    again = export_records(records, connect(db_url), batch_documents=2)
    assert (again.unchanged, again.rows) == (5, 0) and dump(db_url) == after
    by_doc = {row[0] for row in after["mention"] if "US$ 0.75" in row}
    assert by_doc == {"doc1.txt"} and not any("US$ 0.5" in row for row in after["mention"] if row[0] == "doc1.txt")
