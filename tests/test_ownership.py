"""extract owns only what it wrote, names documents by their path under the input root,
and keeps going past one bad document (issue 10, defects 2-6)."""

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.reprocess import load_manifest

from .conftest import EXAMPLE

TEXT_A = "In March 2015, Norway gave US$ 2 million to the Coastal Water Project (CWP) in Ghana.\n"
TEXT_B = "Since 2019, Peru has received EUR 3.5 million for the Andean Seed Programme.\n"


def extract(*args):
    return CliRunner().invoke(cli, ["extract", *[str(a) for a in args], "--quiet"])


def error_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


@pytest.fixture
def mydata(tmp_path):
    folder = tmp_path / "mydata"
    folder.mkdir()
    (folder / "report.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "config.json").write_text('{"theme": "dark"}\n', encoding="utf-8")
    (folder / "settings.json").write_text('{"lang": "en"}\n', encoding="utf-8")
    return folder


def test_output_folder_that_is_the_input_folder_is_refused_and_nothing_is_removed(mydata):
    before = {p.name: p.read_bytes() for p in mydata.iterdir()}
    result = extract(mydata, "-o", mydata)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1 and "input folder" in result.stderr
    assert {p.name: p.read_bytes() for p in mydata.iterdir()} == before


def test_forced_into_the_input_folder_foreign_json_survives_every_run(mydata):
    assert extract(mydata, "-o", mydata, "--force").exit_code == 0
    assert (mydata / "report.json").exists()
    (mydata / "report.txt").unlink()
    result = extract(mydata, "-o", mydata, "--force")
    assert result.exit_code == 0 and "1 removed" in result.stderr
    assert not (mydata / "report.json").exists()
    assert json.loads((mydata / "config.json").read_text()) == {"theme": "dark"}
    assert json.loads((mydata / "settings.json").read_text()) == {"lang": "en"}


def test_gold_files_beside_the_texts_survive(tmp_path):
    devcopy = tmp_path / "devcopy"
    devcopy.mkdir()
    (devcopy / "a.txt").write_text(TEXT_A, encoding="utf-8")
    gold = '{"doc": "a.txt", "mentions": []}\n'
    (devcopy / "a.gold.json").write_text(gold, encoding="utf-8")
    assert extract(devcopy, "-o", devcopy).exit_code == 2
    assert extract(devcopy, "-o", devcopy, "--force").exit_code == 0
    assert extract(devcopy, "-o", devcopy, "--force").exit_code == 0
    assert (devcopy / "a.gold.json").read_text() == gold


def test_output_folder_holding_foreign_json_is_refused(tmp_path, mydata):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.json").write_text("[]\n", encoding="utf-8")
    result = extract(mydata, "-o", out)
    assert result.exit_code == 2 and len(error_lines(result)) == 1
    assert "notes.json" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notes.json"]


def test_a_run_from_another_folder_removes_nothing(tmp_path, monkeypatch):
    raw, out, elsewhere = tmp_path / "raw", tmp_path / "out", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    (raw / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (raw / "b.txt").write_text(TEXT_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert extract("raw", "-o", "out").exit_code == 0
    monkeypatch.chdir(elsewhere)
    result = extract("../raw/a.txt", "-o", "../out")  # only one of the two documents named
    assert result.exit_code == 0 and "0 removed" in result.stderr
    assert (out / "b.json").exists()
    monkeypatch.chdir(raw)
    assert "2 unchanged, 0 updated, 0 new, 0 removed" in extract(".", "-o", out).stderr


def test_records_are_byte_identical_whatever_the_current_folder(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    (raw / "ca").mkdir(parents=True)
    (raw / "ca" / "x.txt").write_text(TEXT_A, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert extract("raw", "-o", tmp_path / "one").exit_code == 0
    monkeypatch.chdir(raw / "ca")
    assert extract("..", "-o", tmp_path / "two").exit_code == 0
    monkeypatch.chdir(raw)
    assert extract(os.path.abspath("."), "-o", tmp_path / "three").exit_code == 0
    one = (tmp_path / "one" / "ca" / "x.json").read_bytes()
    assert one == (tmp_path / "two" / "ca" / "x.json").read_bytes() == (tmp_path / "three" / "ca" / "x.json").read_bytes()
    record = json.loads(one)
    assert (record["doc"], record["source"]) == ("ca/x.txt", "raw/ca/x.txt")
    assert set(load_manifest(tmp_path / "one")) == {"ca/x.txt"}


def test_subfolders_are_kept_and_same_names_do_not_collide(tmp_path):
    raw = tmp_path / "raw"
    for sub, text in (("ca", TEXT_A), ("cb", TEXT_B)):
        (raw / sub).mkdir(parents=True)
        (raw / sub / "x.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert "2 new" in extract(raw, "-o", out).stderr
    assert json.loads((out / "ca" / "x.json").read_text())["doc"] == "ca/x.txt"
    assert json.loads((out / "cb" / "x.json").read_text())["doc"] == "cb/x.txt"
    assert "2 unchanged, 0 updated" in extract(raw, "-o", out).stderr
    shutil.rmtree(raw / "cb")
    assert "1 removed" in extract(raw, "-o", out).stderr
    assert not (out / "cb").exists()


@pytest.mark.parametrize("first,second", [("ca/x.txt", "cb/x.txt"), ("y.txt", "y.md")])
def test_two_inputs_for_one_output_are_refused_naming_both(tmp_path, first, second):
    for name in (first, second):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT_A, encoding="utf-8")
    result = extract(tmp_path / first, tmp_path / second, "-o", tmp_path / "out")
    assert result.exit_code == 2 and len(error_lines(result)) == 1
    assert first in result.stderr and second in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_failing_document_is_that_documents_failure_only(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (raw / name).write_text(TEXT_A, encoding="utf-8")
    import pipeline.extract

    real = pipeline.extract.extract_text

    def breaks_on_b(nlp, text, doc, **kwargs):
        if doc == "b.txt":
            raise ValueError("[E999] something deep inside went wrong\nsecond line")
        return real(nlp, text, doc, **kwargs)

    monkeypatch.setattr(pipeline.extract, "extract_text", breaks_on_b)
    result = extract(raw, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {raw / 'b.txt'}: extraction failed (ValueError: [E999] something deep "
                                   "inside went wrong)"]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["a.json", "c.json", "manifest.json"]


def test_output_under_a_regular_file_is_one_line(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = extract(EXAMPLE / "ilo-japan-cooperation.txt", "-o", tmp_path / "afile" / "sub")
    assert result.exit_code == 2 and error_lines(result) == [
        f"Error: {tmp_path / 'afile' / 'sub'}: cannot be an output folder, {tmp_path / 'afile'} is a file; "
        "choose a folder with -o"]


def test_missing_input_creates_no_output_folder(tmp_path):
    result = extract(tmp_path / "nowhere", "-o", tmp_path / "out")
    assert result.exit_code == 1 and error_lines(result) == [f"Error: {tmp_path / 'nowhere'}: no such file or folder"]
    assert not (tmp_path / "out").exists()


def test_missing_rules_folder_leaves_nothing_behind(tmp_path):
    result = extract(EXAMPLE / "ilo-japan-cooperation.txt", "-o", tmp_path / "out", "--rules", tmp_path / "nonexistent")
    assert result.exit_code == 2 and len(error_lines(result)) == 1 and "rules folder not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_pdf_is_named_as_a_pdf(tmp_path):
    (tmp_path / "brief.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = extract(tmp_path / "brief.pdf", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert error_lines(result)[0].startswith(f"Error: {tmp_path / 'brief.pdf'}: not a readable PDF")


def test_a_pdf_named_as_text_is_named_as_a_pdf(tmp_path):
    (tmp_path / "brief.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = extract(tmp_path / "brief.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert error_lines(result)[0].startswith(f"Error: {tmp_path / 'brief.txt'}: a PDF file")


def test_an_unchanged_run_prints_no_extracted_now_counts(tmp_path):
    out = tmp_path / "out"
    assert "extracted now:" in extract(EXAMPLE / "ilo-japan-cooperation.txt", "-o", out).stderr
    again = extract(EXAMPLE / "ilo-japan-cooperation.txt", "-o", out).stderr
    assert "1 unchanged" in again and "extracted now" not in again


def test_a_manifest_of_the_previous_format_still_owns_its_outputs(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (raw / "b.txt").write_text(TEXT_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert extract("raw", "-o", "out").exit_code == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for doc, entry in manifest["documents"].items():
        entry["source"] = f"raw/{doc}"  # format 1: relative to the folder the command ran in
    manifest["format"] = 1
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (raw / "b.txt").unlink()
    result = extract("raw", "-o", "out")
    assert "1 unchanged, 0 updated, 0 new, 1 removed" in result.stderr
    assert load_manifest(out)["a.txt"].source == "../raw/a.txt"
