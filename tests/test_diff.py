"""factsheets diff: exact expected changes for real-looking edits, in every output format, and exit codes."""

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.cli import cli
from pipeline.diff import compare, load_side
from pipeline.render import diff_html, diff_json, diff_markdown, diff_text
from pipeline.resources import DEFAULT_RULES_DIR, load_rules
from pipeline.store import write_record

from .conftest import EXAMPLE

BASE = (EXAMPLE / "ilo-japan-cooperation.txt").read_text(encoding="utf-8")
AMOUNT = "US$ 1,000,000"
LIST_ITEM = "  6. Promoting and building social protection in Asia (3rd phase): Extending social security coverage in ASEAN (ESSA)\n"


def edited(amount=False, project=False, country=False, paragraph=False) -> str:
    text = BASE
    if amount:
        text = text.replace(AMOUNT, "US$ 1,250,000")
    if project:
        text = text.replace(LIST_ITEM, "")
    if country:
        text = text.replace("located in Turin, Italy,", "located in Turin, Italy, with a field office in Kenya,")
    if paragraph:
        text = text.replace("Support for Asia and the Pacific\n", "Support for Asia and the Pacific\n\nThis page was revised; nothing below changed.\n", 1)
    return text


@pytest.fixture(scope="module")
def base_record(nlp):
    return pipeline.extract_text(nlp, BASE, "fs.txt")


def diff_of(nlp, base_record, text):
    return compare({"fs.txt": base_record}, {"fs.txt": pipeline.extract_text(nlp, text, "fs.txt")})


def kinds(result):
    return [(c.kind, c.type, (c.old.text if c.old else None), (c.new.text if c.new else None))
            for d in result.documents for c in d.mentions if c.kind != "moved"]


def test_diff_amount_changed(nlp, base_record):
    result = diff_of(nlp, base_record, edited(amount=True))
    assert kinds(result) == [("changed", "MONEY", AMOUNT, "US$ 1,250,000")]
    change = result.documents[0].mentions[0]
    assert change.fields == {"text": (AMOUNT, "US$ 1,250,000"), "value.amount": ("1000000", "1250000")}
    project = result.documents[0].projects[0]
    assert (project.kind, [(f.kind, f.field, f.value) for f in project.facts]) == (
        "changed", [("removed", "amounts", "1000000 USD"), ("added", "amounts", "1250000 USD")])


def test_diff_project_removed(nlp, base_record):
    result = diff_of(nlp, base_record, edited(project=True))
    assert [k[:2] for k in kinds(result)] == [("removed", "PROJECT")]
    assert [(p.kind, p.name) for p in result.documents[0].projects] == [("removed", "ESSA")]


def test_diff_country_added(nlp, base_record):
    result = diff_of(nlp, base_record, edited(country=True))
    assert kinds(result) == [("added", "COUNTRY", None, "Kenya")]
    assert result.documents[0].mentions[0].new.value == {"iso2": "KE", "form": "name"}


def test_diff_paragraph_inserted_above_changes_no_fact(nlp, base_record):
    result = diff_of(nlp, base_record, edited(paragraph=True))
    assert kinds(result) == [] and not result.differs
    inserted_at = BASE.index("Support for Asia and the Pacific\n") + len("Support for Asia and the Pacific\n")
    assert result.summary()["moved"] == len([m for m in base_record.mentions if m.start >= inserted_at])


def test_diff_all_edits_at_once(nlp, base_record):
    result = diff_of(nlp, base_record, edited(amount=True, project=True, country=True, paragraph=True))
    assert sorted(k[:2] for k in kinds(result)) == [("added", "COUNTRY"), ("changed", "MONEY"), ("removed", "PROJECT")]


def test_diff_rules_change_alters_one_type_only(tmp_path, base_record):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    table = json.loads((rules / "currencies.json").read_text(encoding="utf-8"))
    del table["qualifiers"]["exceeds"]  # "exceeds four million dollars" becomes exact
    (rules / "currencies.json").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    load_rules.cache_clear()
    record = pipeline.extract_text(pipeline.load(rules), BASE, "fs.txt")
    result = compare({"fs.txt": base_record}, {"fs.txt": record})
    assert kinds(result) == [("changed", "MONEY", "four million dollars", "four million dollars")]
    assert result.documents[0].mentions[0].fields == {"value.qualifier": ("at_least", "exact")}
    assert result.documents[0].projects == []  # facts compare amount and currency, not the qualifier


def test_diff_outputs_in_every_format(nlp, base_record):
    result = diff_of(nlp, base_record, edited(amount=True))
    text = diff_text(result)
    assert text.splitlines()[:3] == [
        "== fs.txt (changed)",
        "  ~ MONEY 'US$ 1,250,000' at 27:365 [sign-amount] text: US$ 1,000,000 → US$ 1,250,000; value.amount: 1000000 → 1250000",
        "      … Foreign Affairs of Japan has allocated «US$ 1,250,000» from its Supplementary Budget to suppor…",
    ]
    assert text.splitlines()[-1].startswith("0 added, 0 removed, 1 changed, 0 moved mentions; 1 project changes")
    data = json.loads(diff_json(result))
    assert data["summary"]["changed"] == 1 and data["format"] == 1
    mention = data["documents"][0]["mentions"][0]
    assert (mention["kind"], mention["type"], mention["fields"]["value.amount"]) == ("changed", "MONEY", {"old": "1000000", "new": "1250000"})
    assert mention["new"]["context"][1] == "US$ 1,250,000" and mention["new"]["line"] == 27
    markdown = diff_markdown(result)
    assert "| ~ | MONEY | `US$ 1,250,000` | 27:365 | `sign-amount` | text: `US$ 1,000,000` → `US$ 1,250,000`; value.amount: `1000000` → `1250000` |" in markdown
    page = diff_html(result)
    assert '<mark class="changed">US$ 1,250,000<span class="label">MONEY changed</span></mark>' in page


def test_diff_html_escapes_every_factsheet_string(nlp):
    hostile = 'A. <script>alert(1)</script> & "><img src=x onerror=alert(2)>\n\nThe Safe Roads Project (SRP) got US$ 2 million.\n'
    old = pipeline.extract_text(nlp, hostile, "<x>.txt")
    new = pipeline.extract_text(nlp, hostile.replace("US$ 2", "US$ 3") + "It ran in Kenya & <b>Uganda</b>.\n", "<x>.txt")
    page = diff_html(compare({old.doc: old}, {new.doc: new}))
    assert "<script>" not in page and "<img" not in page and "<b>Uganda" not in page and "<x>" not in page
    assert "&lt;script&gt;" in page and "&amp;" in page


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_diff_cli_exit_codes(nlp, base_record, tmp_path):
    same, changed = tmp_path / "same", tmp_path / "changed"
    write_record(same, base_record)
    write_record(changed, pipeline.extract_text(nlp, edited(amount=True), "fs.txt"))
    moved = tmp_path / "moved"
    write_record(moved, pipeline.extract_text(nlp, edited(paragraph=True), "fs.txt"))
    assert run("diff", same, same).exit_code == 0
    assert run("diff", same, moved).exit_code == 0  # moved mentions alone are no difference
    assert run("diff", same, changed).exit_code == 1
    for fmt in ("--json", "--markdown", "--html"):
        assert run("diff", same, changed, fmt).exit_code == 1
    missing = run("diff", same, tmp_path / "nowhere")
    assert missing.exit_code == 2 and "nowhere: no such file or folder" in missing.stderr
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "fs.json").write_text("{not json", encoding="utf-8")
    assert run("diff", same, tmp_path / "bad").exit_code == 2
    assert run("diff", same, "git:no-such-revision:extracted").exit_code == 2


def test_diff_reads_git_revisions(nlp, base_record, tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    folder = repo / "extracted"
    write_record(folder, base_record)
    git = lambda *a: subprocess.run(["git", "-C", str(repo), *a], check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first")
    write_record(folder, pipeline.extract_text(nlp, edited(country=True), "fs.txt"))
    monkeypatch.chdir(repo)
    assert set(load_side("git:HEAD:extracted")) == {"fs.txt"}
    result = run("diff", "git:HEAD:extracted", "extracted", "--json")
    assert result.exit_code == 1
    assert json.loads(result.output)["summary"]["added"] == 1


def test_show_renders_text_and_records(nlp, base_record, tmp_path):
    write_record(tmp_path, base_record)
    text = run("show", "fs", "-d", tmp_path)
    assert text.exit_code == 0 and "[US$ 1,000,000]M" in text.output and "Projects (" in text.output
    assert text.output.startswith("Marks: [text]D date, [text]M money, [text]C country, [text]P project")
    assert '1000000 USD              "US$ 1,000,000"' in text.output  # a project's fact: value, then evidence
    page = run("show", tmp_path / "fs.json", "--html")
    assert page.exit_code == 0 and '<mark class="t-money">US$ 1,000,000' in page.output
    assert run("show", "nothing", "-d", tmp_path).exit_code == 1
    (tmp_path / "afile").write_text("not json", encoding="utf-8")
    broken = run("show", tmp_path / "afile")
    assert broken.exit_code == 1 and broken.stderr.startswith(f"Error: {tmp_path / 'afile'}: not a JSON file (")


def test_diff_of_folders_holding_no_records_exits_2(nlp, base_record, tmp_path):
    empty, other, full = tmp_path / "empty", tmp_path / "other", tmp_path / "full"
    empty.mkdir()
    other.mkdir()
    write_record(full, base_record)
    for old, new in ((empty, other), (empty, full), (full, empty)):
        result = run("diff", old, new)
        assert result.exit_code == 2 and "holds no extracted records" in result.stderr


def test_diff_refuses_two_output_formats(nlp, base_record, tmp_path):
    write_record(tmp_path / "a", base_record)
    result = run("diff", tmp_path / "a", tmp_path / "a", "--json", "--markdown")
    assert result.exit_code == 2 and result.stderr.strip() == "Error: --json and --markdown: choose one output format"
