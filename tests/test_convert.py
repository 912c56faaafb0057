"""PDF and HTML factsheets: converted once, the same way every time, to the text the rules read.

The fixtures are drawn by tests/fixtures_make.py (reportlab) into a temporary folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.convert import converter_name, read_source
from pipeline.convert.html import convert as html_to_text
from pipeline.evaluate import evaluate
from pipeline.extract import extract_file
from pipeline.store import read_gold

from .conftest import EXAMPLE, ROOT
from .fixtures_make import make_all, trap_text

EXAMPLE_TXT = EXAMPLE / "ilo-japan-cooperation.txt"
CONVERTER_MODULES = ("pdfplumber", "pdfminer", "pypdfium2", "selectolax", "pipeline.convert.pdf", "pipeline.convert.html")


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("convert-fixtures")
    make_all(folder, EXAMPLE_TXT)
    return folder


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return invoke


def mention_keys(record) -> Counter:
    """What a mention says, without where: offsets differ when only line breaks differ."""
    return Counter((m.type, " ".join(m.text.split()), json.dumps(m.value.model_dump(mode="json"), sort_keys=True))
                   for m in record.mentions)


def f1(predicted: Counter, reference: Counter) -> float:
    matched = sum((predicted & reference).values())
    return 2 * matched / (sum(predicted.values()) + sum(reference.values()))


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_example_published_as_pdf_or_html_gives_the_txt_mentions(nlp, fixtures, suffix):
    published = extract_file(nlp, fixtures / f"ilo-japan-cooperation{suffix}")
    plain = extract_file(nlp, EXAMPLE_TXT)
    score = f1(mention_keys(published), mention_keys(plain))
    print(f"{suffix}: mention end-to-end F1 against the .txt extraction = {score:.4f}")
    assert score >= 0.98
    assert published.converter == converter_name(Path(f"x{suffix}"))
    for mention in published.mentions:
        assert published.text[mention.start : mention.end] == mention.text


def test_trap_pdf_converts_to_the_text_the_reader_sees(fixtures):
    """Hyphen at a line end joined, running header and footer (which hold a date and a pipe)
    dropped, the page breaks inside an amount and a date closed, the table as pipe rows."""
    _raw, text, converter = read_source(fixtures / "trap.pdf")
    assert text == trap_text()
    assert converter.startswith("pdf:pdfplumber ")


def test_hyphenation_headers_and_footers_do_not_split_an_amount_a_date_or_a_title(nlp, fixtures):
    record = extract_file(nlp, fixtures / "trap.pdf")
    found = {(m.type, m.text) for m in record.mentions}
    assert ("MONEY", "USD 4.5 million") in found  # a page break with footer and header inside it
    assert ("DATE", "12 March 2027") in found  # the same, on the next page break
    assert ("PROJECT", "Coastal Resilience Programme (CRP)") in found  # hyphenated at a line end
    assert not any("2024" in m.text or "Page" in m.text for m in record.mentions), "a running line was read"
    gold = read_gold(fixtures / "trap.gold.json")
    for mention in gold.mentions:
        assert record.text[mention.start : mention.end] == mention.text  # gold offsets are on the converted text
    scores = evaluate([(gold, record)])
    for kind in ("DATE", "MONEY", "PROJECT"):
        assert scores.types[kind].end_to_end.f == 1.0, kind


def test_html_keeps_the_main_content_only(fixtures):
    _raw, text, _converter = read_source(fixtures / "ilo-japan-cooperation.html")
    for furniture in ("cookies", "Kenya", "Peru", "Results", "Germany", "Brazil", "Related posts", "Norway", "January 2020"):
        assert furniture not in text
    assert text.startswith(EXAMPLE_TXT.read_text(encoding="utf-8").splitlines()[0])


def test_html_blocks_lists_tables_and_entities():
    page = (b"<html><body><nav>Home</nav><article><h1>Rural &amp; Urban Water</h1>"
            b"<p>A grant of&nbsp;&euro;2.5 million<br>was signed.</p><p>Components:</p>"
            b"<ul><li>Wells</li><li>Pipes <b>and</b> pumps</li></ul>"
            b"<table><tr><th>Item</th><th>Cost</th></tr><tr><td><p>Wells</p></td><td>EUR 1,000</td></tr></table>"
            b"<div class='share-bar'>Share on a network</div></article></body></html>")
    assert html_to_text(page) == ("Rural & Urban Water\n\nA grant of €2.5 million\nwas signed.\n\nComponents:\n"
                                  "• Wells\n• Pipes and pumps\n\nItem | Cost\nWells | EUR 1,000\n")


def test_bare_page_numbers_go_and_a_sentence_runs_over_the_page_break(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "numbers.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pages = [["Lake Ordin Water Board", "The board met in May 2031 and agreed"], ["to build two new wells.", "2032"]]
    for number, lines in enumerate(pages, 1):
        for index, line in enumerate(lines):
            pdf.drawString(72, 700 - 14 * index, line)
        pdf.drawString(300, 40, f"- {number} -")
        pdf.showPage()
    pdf.save()
    _raw, text, _converter = read_source(path)
    # The bare page numbers go; a four-digit line at the page's end stays (a year, not a page).
    assert text == "Lake Ordin Water Board\nThe board met in May 2031 and agreed to build two new wells.\n2032\n"


def test_accepted_formats_and_the_corrected_txt_in_a_folder(tmp_path):
    from pipeline.inputs import collect_inputs

    for name in ("a.txt", "b.md", "c.pdf", "d.HTML", "e.htm", "f.json", "g.docx", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    inputs, problems = collect_inputs([tmp_path])
    assert [item.doc for item in inputs] == ["a.txt", "b.md", "c.txt", "d.HTML", "e.htm"] and not problems


def unconvertible(folder: Path) -> dict[str, str]:
    """Files no converter can read, and the reason each must be given."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = canvas.Canvas(str(folder / "scanned.pdf"), invariant=1)
    scan.drawImage(ImageReader(Image.new("L", (40, 40), 200)), 72, 600, 200, 200)
    scan.showPage()
    scan.save()
    locked = canvas.Canvas(str(folder / "locked.pdf"), invariant=1, encrypt="secret")
    locked.drawString(72, 700, "A grant of USD 5 million.")
    locked.showPage()
    locked.save()
    blank = canvas.Canvas(str(folder / "blank.pdf"), invariant=1)
    blank.showPage()
    blank.save()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "furniture.html").write_bytes(b"<html><body><nav>Home | About</nav></body></html>")
    return {
        "scanned.pdf": "scanned PDF without a text layer: run OCR first",
        "locked.pdf": "encrypted PDF",
        "blank.pdf": "PDF without any text (empty pages)",
        "broken.pdf": "not a readable PDF",
        "furniture.html": "no text in the page's main content",
    }


def test_unconvertible_files_are_named_with_the_reason_and_the_run_goes_on(run, fixtures, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(fixtures / "trap.pdf", raw)
    reasons = unconvertible(raw)
    result = run("extract", raw, "-o", tmp_path / "out")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == len(reasons)
    for name, reason in reasons.items():
        assert any(name in line and reason in line for line in errors), (name, errors)
    assert (tmp_path / "out" / "trap.json").exists()


def test_a_corrected_txt_beside_the_pdf_wins(run, fixtures, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(fixtures / "trap.pdf", raw)
    corrected = trap_text().replace("USD 4.5 million", "USD 4.7 million")
    (raw / "trap.txt").write_text(corrected, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", raw, "-o", out)
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr
    record = json.loads((out / "trap.json").read_text(encoding="utf-8"))
    assert record["doc"] == "trap.txt" and record["text"] == corrected and "converter" not in record


def test_a_converter_upgrade_re_extracts_what_it_converted(run, fixtures, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(fixtures / "trap.pdf", raw)
    shutil.copy(EXAMPLE_TXT, raw)
    out = tmp_path / "out"
    assert run("extract", raw, "-o", out).exit_code == 0
    assert "2 unchanged, 0 updated" in run("extract", raw, "-o", out).stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"]["trap.pdf"]["converter"] == converter_name(raw / "trap.pdf")
    manifest["documents"]["trap.pdf"]["converter"] = "pdf:pdfplumber 0.0.1"  # as an older release wrote it
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert "1 unchanged, 1 updated" in run("extract", raw, "-o", out).stderr


def test_conversion_and_records_are_byte_identical_on_every_run(fixtures, tmp_path):
    again = tmp_path / "again"
    make_all(again, EXAMPLE_TXT)
    for name in ("trap.pdf", "ilo-japan-cooperation.pdf", "ilo-japan-cooperation.html"):
        assert (again / name).read_bytes() == (fixtures / name).read_bytes(), f"fixture {name} differs"
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("trap.pdf", "ilo-japan-cooperation.html"):
        shutil.copy(fixtures / name, raw)
    runs = []
    for index in range(2):  # separate processes: nothing may depend on the process or the clock
        out = tmp_path / f"out{index}"
        subprocess.run([sys.executable, "-m", "pipeline", "extract", str(raw), "-o", str(out), "--silent"],
                       check=True, capture_output=True, cwd=ROOT)
        runs.append({p.name: p.read_bytes() for p in out.glob("*.json") if p.name != "manifest.json"})
    assert runs[0] == runs[1] and len(runs[0]) == 2


def test_a_txt_only_run_never_loads_a_converter(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(EXAMPLE_TXT, raw)
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from pipeline.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['extract', {str(raw)!r}, '-o', {str(tmp_path / 'out')!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        f"print(sorted(m for m in {CONVERTER_MODULES!r} if m in sys.modules))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"


def test_txt_records_carry_no_converter(nlp):
    record = extract_file(nlp, EXAMPLE_TXT)
    assert record.converter is None
    assert "converter" not in record.model_dump(mode="json")


def test_convert_command_prints_or_writes_and_keeps_corrections(run, fixtures, tmp_path):
    printed = run("convert", fixtures / "trap.pdf")
    assert printed.exit_code == 0 and printed.stdout == trap_text()
    out = tmp_path / "texts"
    written = run("convert", fixtures / "trap.pdf", fixtures / "ilo-japan-cooperation.html", "-o", out)
    assert written.exit_code == 0, written.output
    assert (out / "trap.txt").read_text(encoding="utf-8") == trap_text()
    assert (out / "ilo-japan-cooperation.txt").exists()
    again = run("convert", fixtures / "trap.pdf", "-o", out)
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert run("convert", EXAMPLE_TXT).exit_code == 1
