"""A wheel built from the repository carries its rules: it extracts from any folder (issue 10, defect 1)."""

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel unpacked into a folder of its own, importable ahead of the editable checkout."""
    base = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(base / "dist"), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next((base / "dist").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(base / "site"), str(wheel)],
                   check=True, capture_output=True)
    return base / "site"


def run_from(folder, site, *args):
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("FACTSHEETS_RULES", None)
    return subprocess.run([sys.executable, *args], cwd=folder, env=env, capture_output=True, text=True)


@pytest.mark.slow
def test_wheel_holds_the_rules(installed):
    names = sorted(p.name for p in (installed / "pipeline" / "rules").iterdir() if p.suffix in (".json", ".jsonl"))
    assert names == sorted(p.name for p in (ROOT / "rules").iterdir() if p.suffix in (".json", ".jsonl"))


@pytest.mark.slow
def test_installed_wheel_loads_and_extracts_from_another_folder(installed, tmp_path):
    probe = run_from(tmp_path, installed, "-c",
                     "import pipeline; nlp = pipeline.load(); print(pipeline.__file__); "
                     "print(len(nlp('Japan gave US$ 2 million in 2013.').spans['mentions']))")
    assert probe.returncode == 0, probe.stderr
    where, count = probe.stdout.split()
    assert where.startswith(str(installed)) and int(count) == 3
    result = run_from(tmp_path, installed, "-m", "pipeline", "extract", str(ROOT / "raw"), "-o", "out", "--quiet")
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "ilo-japan-cooperation.json").read_text(encoding="utf-8"))
    committed = json.loads((ROOT / "extracted" / "ilo-japan-cooperation.json").read_text(encoding="utf-8"))
    assert record == committed


def test_editable_checkout_uses_the_repository_rules():
    from pipeline.fingerprint import DEFAULT_RULES_DIR

    if os.environ.get("FACTSHEETS_RULES"):
        pytest.skip("FACTSHEETS_RULES overrides the default")
    assert DEFAULT_RULES_DIR == ROOT / "rules"
