"""The factsheets command: bad input is named, the run goes on, the exit code tells, no file is torn."""

import json
import shutil

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.resources import DEFAULT_RULES_DIR, load_rules
from pipeline.store import record_paths

from .conftest import DEV, EXAMPLE, ROOT


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return invoke


@pytest.fixture
def raw_folder(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(EXAMPLE / "ilo-japan-cooperation.txt", folder)
    return folder


def test_cli_extract_writes_one_record_per_file(run, raw_folder, tmp_path):
    out = tmp_path / "out"
    result = run("extract", raw_folder, "-o", out)
    assert result.exit_code == 0, result.output
    assert [p.name for p in record_paths(out)] == ["ilo-japan-cooperation.json"]
    assert (out / "manifest.json").exists()
    assert "0 unchanged, 0 updated, 1 new, 0 removed, 0 failed" in result.stderr


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "Coopération".encode("latin-1"), "not valid UTF-8"),
])
def test_cli_extract_bad_file_is_named_and_the_rest_goes_on(run, raw_folder, tmp_path, name, content, message):
    (raw_folder / name).write_bytes(content)
    out = tmp_path / "out"
    result = run("extract", raw_folder, "-o", out)
    assert result.exit_code == 1
    assert name in result.stderr and message in result.stderr
    assert (out / "ilo-japan-cooperation.json").exists()
    assert not (out / (name[:-4] + ".json")).exists()
    assert not list(out.glob(".*.tmp")), "a temporary file was left behind"


def test_cli_extract_missing_path(run, raw_folder, tmp_path):
    result = run("extract", raw_folder, tmp_path / "nowhere.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "nowhere.txt: no such file or folder" in result.stderr
    assert (tmp_path / "out" / "ilo-japan-cooperation.json").exists()


def test_cli_extract_malformed_rules_file_names_file_and_line(run, raw_folder, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    with open(rules / "money.jsonl", "a", encoding="utf-8") as stream:
        stream.write('{"label": "MONEY", "pattern": [{"LOWR": "usd"}]}\n')
    lines = (rules / "money.jsonl").read_text(encoding="utf-8").count("\n")
    load_rules.cache_clear()
    result = run("extract", raw_folder, "-o", tmp_path / "out", "--rules", rules)
    assert result.exit_code == 1
    assert f"money.jsonl:{lines}:" in result.stderr and "LOWR" in result.stderr


def test_cli_extract_hostile_text_keeps_offsets(run, tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    for name, unit in (("eq", "="), ("q", "?"), ("us", "US$")):
        (folder / f"{name}.txt").write_text(unit * (100_000 // len(unit)) + "\nUS$ 5 million in 2019.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", folder, "-o", out)
    assert result.exit_code == 0, result.stderr
    for name in ("eq", "q", "us"):
        record = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        assert all(text[m["start"] : m["end"]] == m["text"] for m in record["mentions"])
        assert {"US$ 5 million", "2019"} <= {m["text"] for m in record["mentions"]}


def test_cli_schema_validates_every_extracted_file(run):
    schema = json.loads(run("schema").output)
    for path in record_paths(ROOT / "extracted"):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_cli_extracted_file_mentions_are_gold_shaped(run):
    """An extracted file can be scored as a gold file: type, start, end, text and value on every mention."""
    record = json.loads((ROOT / "extracted" / "ilo-japan-cooperation.json").read_text(encoding="utf-8"))
    assert record["mentions"] and all({"type", "start", "end", "text", "value"} <= m.keys() for m in record["mentions"])


def test_cli_eval_prints_the_table_and_json(run, tmp_path):
    table = run("eval", DEV)
    assert table.exit_code == 0 and "end-to-end F1" in table.output and "links" in table.output
    as_json = run("eval", DEV, "--json", "--output", tmp_path / "metrics.json")
    data = json.loads(as_json.output)
    assert set(data["types"]) == {"DATE", "MONEY", "COUNTRY", "PROJECT"}
    assert json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8")) == data


def test_cli_eval_against_saved_predictions(run, tmp_path):
    out = tmp_path / "pred"
    assert run("extract", DEV, "-o", out).exit_code == 0
    assert json.loads(run("eval", DEV, "--pred", out, "--json").output) == json.loads(run("eval", DEV, "--json").output)


def test_cli_eval_errors(run, tmp_path):
    result = run("eval", tmp_path)
    assert result.exit_code == 1 and "no NAME.gold.json files found" in result.stderr
    (tmp_path / "x.gold.json").write_text('{"doc": "x.txt", "mentions": [], "projetcs": []}', encoding="utf-8")
    result = run("eval", tmp_path)
    assert result.exit_code == 1 and "x.gold.json" in result.stderr and "projetcs" in result.stderr


def test_cli_eval_scores_the_other_documents_when_one_cannot_be_read(run, tmp_path):
    shutil.copy(EXAMPLE / "ilo-japan-cooperation.txt", tmp_path)
    shutil.copy(EXAMPLE / "ilo-japan-cooperation.gold.json", tmp_path)
    (tmp_path / "broken.txt").write_bytes(b"Budget: USD 1 million \xff\xfe in 2024")
    gold = {"doc": "broken.txt", "mentions": [{"type": "DATE", "start": 35, "end": 39, "text": "2024",
                                               "value": {"start": "2024", "end": "2024"}}]}
    (tmp_path / "broken.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    alone = json.loads(run("eval", EXAMPLE, "--json").output)
    result = run("eval", tmp_path, "--json")
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "scored as no predictions" in result.stderr
    assert "1 of 2 documents failed" in result.stderr
    both = json.loads(result.stdout)
    assert both["documents"] == 2
    # The broken document's gold DATE counts as missed: recall drops, precision does not.
    date, date_alone = both["types"]["DATE"]["mention"], alone["types"]["DATE"]["mention"]
    assert date["fn"] == date_alone["fn"] + 1 and date["tp"] == date_alone["tp"] and date["fp"] == date_alone["fp"]


def test_cli_top_level_help_has_examples_and_whole_summaries(run):
    result = run("--help")
    assert result.exit_code == 0 and "Examples:" in result.output
    assert "factsheets extract raw/ -o extracted/" in result.output
    commands = result.output.split("Commands:")[1].split("Examples:")[0]
    assert "..." not in commands and "…" not in commands


def test_cli_export_a_path_for_db_suggests_a_url(run, tmp_path):
    result = run("export", EXAMPLE.parent.parent.parent / "extracted", "--db", "notadb.sqlite")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: notadb.sqlite: not a database URL; for a SQLite file write --db sqlite:///notadb.sqlite"
    assert not (tmp_path / "notadb.sqlite").exists()


def test_cli_extracted_folder_has_one_name(run, raw_folder, tmp_path):
    out = tmp_path / "out"
    assert run("extract", raw_folder, "-o", out, "--quiet").exit_code == 0
    assert run("show", "ilo-japan-cooperation", "--extracted", out).exit_code == 0
    assert run("export", "--extracted", out, "--jsonl", tmp_path / "rows.jsonl", "--quiet").exit_code == 0
    assert run("eval", EXAMPLE, "--extracted", out, "--scores", tmp_path / "scores.json", "--quiet").exit_code == 0
    assert json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
