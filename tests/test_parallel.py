"""Extraction on several processes: same bytes as one process, results in input order, kill-safe."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import InputError, RulesError
from pipeline.inputs import Input
from pipeline.parallel import DOCUMENTS_PER_WORKER, DocumentExtractor, default_jobs, extract_in_order
from pipeline.reprocess import load_manifest
from pipeline.store import record_paths

from .conftest import DEV, ROOT


def extract(*args):
    return CliRunner().invoke(cli, ["extract", *[str(a) for a in args], "--silent"])


def assert_same_outputs(a: Path, b: Path) -> None:
    """Same record files, byte for byte, and manifests that agree on everything but the time of extraction."""
    assert [p.name for p in record_paths(a)] == [p.name for p in record_paths(b)]
    for path in record_paths(a):
        assert path.read_bytes() == (b / path.name).read_bytes(), path.name
    strip = lambda m: {doc: {**vars(e), "extracted_at": None, "source": Path(e.source).name} for doc, e in m.items()}  # noqa: E731
    assert strip(load_manifest(a)) == strip(load_manifest(b))


def test_parallel_two_jobs_write_the_same_bytes_as_one(raw, tmp_path):
    one, two = extract(raw, "-o", tmp_path / "one", "--jobs", "1"), extract(raw, "-o", tmp_path / "two", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert "12 new" in two.stderr
    assert_same_outputs(tmp_path / "one", tmp_path / "two")
    assert "12 unchanged" in extract(raw, "-o", tmp_path / "two", "--jobs", "2").stderr


def test_parallel_results_keep_input_order_and_bad_documents_in_place(tmp_path):
    texts = {f"n{i:02d}.txt": f"Item {i}: US$ {i + 1} million granted to Kenya in {1990 + i}.\n" for i in range(9)}
    texts["n04.txt"] = ""  # empty: an error in its place, the others go on
    items = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        items.append((Input(path=tmp_path / name, doc=name, source=name), text.encode(), name))
    results = list(extract_in_order(iter(items), DocumentExtractor(), jobs=2))
    assert [item[2] for item, _ in results] == sorted(texts)
    for (_item, _raw, name), outcome in results:
        if name == "n04.txt":
            assert isinstance(outcome, InputError) and "empty file" in str(outcome)
        else:
            assert outcome.doc == name and any(m.type == "MONEY" for m in outcome.mentions)


def test_parallel_bad_rules_stop_the_run_once(raw, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    with open(rules / "money.jsonl", "a", encoding="utf-8") as stream:
        stream.write('{"label": "MONEY", "pattern": [{"LOWR": "x"}]}\n')
    result = extract(raw, "-o", tmp_path / "out", "--rules", rules, "--jobs", "2")
    assert result.exit_code == 1 and result.stderr.count("money.jsonl:") == 1, result.stderr
    with pytest.raises(RulesError):
        list(extract_in_order(iter([(Input(path=p, doc=p.name, source=p.name), p.read_bytes()) for p in sorted(raw.glob("*.txt"))[:3]]),
                                DocumentExtractor(rules), 2))


def test_parallel_default_jobs_spare_small_runs_the_workers():
    cores = default_jobs()
    assert cores >= 1
    assert default_jobs(1) == default_jobs(DOCUMENTS_PER_WORKER - 1) == 1
    assert default_jobs(DOCUMENTS_PER_WORKER * 1000) == cores


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (here init) has not reaped it yet


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads worker processes from /proc")
def test_parallel_killed_run_leaves_no_workers_and_the_rerun_converges(raw, tmp_path):
    for i in range(2):
        for path in sorted(DEV.glob("*.txt")):
            shutil.copy(path, raw / f"{path.stem}-copy{i}.txt")
    out, clean = tmp_path / "out", tmp_path / "clean"
    command = [sys.executable, "-m", "pipeline", "extract", str(raw), "-o", str(out), "--silent", "--jobs", "2"]
    rng = random.Random(11)
    for _trial in range(3):
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(process.pid)
        time.sleep(rng.uniform(0.5, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert workers and not [w for w in workers if _alive(w)], "workers outlived their killed driver"
    assert subprocess.run(command, capture_output=True).returncode == 0
    assert extract(raw, "-o", clean, "--jobs", "1").exit_code == 0
    assert_same_outputs(out, clean)
