"""Incremental extraction: only what changed is redone; crash-safe; one run per folder at a time."""

import hashlib
import json
import random
import shutil
import signal
import subprocess
import sys
import time

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.models import DocumentRecord
from pipeline.reprocess import PENDING, FolderLocked, folder_lock, load_manifest
from pipeline.store import record_paths

from .conftest import ROOT


def extract(*args):
    return CliRunner().invoke(cli, ["extract", *[str(a) for a in args], "--silent"])


def summary(result) -> str:
    return result.stderr.strip().splitlines()[-1].split(": ", 1)[1].split(" (")[0]


def test_reprocess_only_what_changed(raw, tmp_path):
    out = tmp_path / "out"
    assert summary(extract(raw, "-o", out)) == "0 unchanged, 0 updated, 12 new, 0 removed, 0 failed"
    assert summary(extract(raw, "-o", out)) == "12 unchanged, 0 updated, 0 new, 0 removed, 0 failed"
    with open(raw / "adb-nepal-portfolio.txt", "a", encoding="utf-8") as stream:
        stream.write("\nA further US$ 5 million was approved in 2024.\n")
    shutil.copy(raw / "jica-kenya-smasse-card.txt", raw / "jica-kenya-copy.txt")
    (raw / "ilo-korea-partnership.txt").unlink()
    assert summary(extract(raw, "-o", out)) == "10 unchanged, 1 updated, 1 new, 1 removed, 0 failed"
    assert not (out / "ilo-korea-partnership.json").exists()
    assert summary(extract(raw, "-o", out, "--force")) == "0 unchanged, 12 updated, 0 new, 0 removed, 0 failed"


def test_reprocess_rules_change_redoes_everything(raw, tmp_path):
    out, rules = tmp_path / "out", tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    extract(raw, "-o", out, "--rules", rules)
    with open(rules / "dates.jsonl", "a", encoding="utf-8") as stream:
        stream.write('{"label": "DATE", "id": "never", "pattern": [{"LOWER": "yesteryear"}]}\n')
    assert summary(extract(raw, "-o", out, "--rules", rules)) == "0 unchanged, 12 updated, 0 new, 0 removed, 0 failed"


def test_reprocess_pipeline_version_change_redoes_everything(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    extract(raw, "-o", out)
    monkeypatch.setattr("pipeline.reprocess.__version__", "9.9.9")
    assert summary(extract(raw, "-o", out)).startswith("0 unchanged, 12 updated")


def test_reprocess_a_tampered_output_is_redone(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, "-o", out)
    (out / "adb-nepal-portfolio.json").write_text("{}", encoding="utf-8")
    assert summary(extract(raw, "-o", out)).startswith("11 unchanged, 1 updated")


def test_reprocess_unchanged_corpus_does_not_load_spacy(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, "-o", out)
    script = (
        "import sys\n"
        "from pipeline.cli import cli\n"
        f"try:\n    cli(['extract', {str(raw)!r}, '-o', {str(out)!r}, '--silent'])\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
    assert "12 unchanged" in result.stderr


def test_reprocess_outputs_are_byte_identical_across_runs(raw, tmp_path):
    extract(raw, "-o", tmp_path / "a")
    extract(raw, "-o", tmp_path / "b", "--force")
    for path in record_paths(tmp_path / "a"):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_reprocess_second_run_on_a_locked_folder_refuses(raw, tmp_path):
    out = tmp_path / "out"
    with folder_lock(out):
        result = extract(raw, "-o", out)
    assert result.exit_code == 1 and "another `factsheets extract`" in result.stderr
    with pytest.raises(FolderLocked):
        with folder_lock(out):
            with folder_lock(out):
                pass


def check_folder(out, schema):
    """Every output the manifest claims exists with the claimed bytes (a pending output is owned
    but claims none), every record file is owned by the manifest, and every one is whole and valid."""
    manifest = load_manifest(out)
    for doc, entry in manifest.items():
        if entry.output_sha256 == PENDING:
            continue
        data = (out / entry.output).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry.output_sha256, doc
    owned = {entry.output for entry in manifest.values()}
    for path in record_paths(out):
        assert path.relative_to(out).as_posix() in owned, path
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


@pytest.mark.slow
def test_reprocess_survives_kill_at_random_points(raw, tmp_path):
    """kill -9 during extraction, 24 times; each time the folder is consistent, and the last re-run
    converges to the same bytes as an uninterrupted run."""
    originals = sorted(raw.glob("*.txt"))
    for i in range(3):  # more documents, so kills land in the middle of writing
        for path in originals:
            shutil.copy(path, raw / f"{path.stem}-copy{i}.txt")
    schema = DocumentRecord.model_json_schema()
    out = tmp_path / "out"
    rng = random.Random(20261127)
    command = [sys.executable, "-m", "pipeline", "extract", str(raw), "-o", str(out), "--silent"]
    for trial in range(24):
        for path in rng.sample(sorted(raw.glob("*.txt")), 8):
            with open(path, "a", encoding="utf-8") as stream:
                stream.write(f"\nRevision {trial}: US$ {trial + 1} million in {2000 + trial}.\n")
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        check_folder(out, schema)
    assert subprocess.run(command, capture_output=True).returncode == 0
    check_folder(out, schema)
    assert not list(out.glob(".*.tmp"))
    clean = tmp_path / "clean"
    assert subprocess.run(command[:-4] + [str(raw), "-o", str(clean), "--silent"], capture_output=True).returncode == 0
    assert [p.name for p in record_paths(out)] == [p.name for p in record_paths(clean)]
    for path in record_paths(clean):
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name
