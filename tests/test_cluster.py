"""Extraction on a Dask LocalCluster of two worker processes, on local folders and on S3 (moto, loopback only)."""

import hashlib
import json
import os
import shutil
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

pytest.importorskip("distributed", reason="the [dask] extra is not installed")
pytest.importorskip("s3fs", reason="the [dask] extra is not installed")
moto_server = pytest.importorskip("moto.server", reason="moto[server] (test extra) is not installed")

from pipeline.cli import cli  # noqa: E402
from pipeline.cluster import run_on_cluster  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.reprocess import OutputRefused  # noqa: E402
from pipeline.store import record_paths  # noqa: E402

from .conftest import DEV  # noqa: E402
from .fixtures_make import example_html, example_pdf  # noqa: E402

BUCKET = "factsheets-test"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3():
    """An S3 API served by moto on 127.0.0.1 for this module; the environment points boto at it."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                            "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://{host}:{port}"}.items():
            patch.setenv(name, value)
        import s3fs

        s3fs.S3FileSystem.clear_instance_cache()
        fs = s3fs.S3FileSystem()
        fs.mkdir(BUCKET)
        yield fs
    server.stop()


@pytest.fixture(scope="module")
def client(s3):
    """Two single-threaded worker processes, started after the S3 environment so they inherit it."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The dev texts extracted by one process (--jobs 1)."""
    base = tmp_path_factory.mktemp("reference")
    raw = base / "raw"
    shutil.copytree(DEV, raw, ignore=shutil.ignore_patterns("*.json", "*.md"))
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(base / "out"), "--jobs", "1", "--silent"])
    assert result.exit_code == 0, result.stderr
    return raw, base / "out"


def _records(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in record_paths(folder)}


@pytest.fixture(scope="module")
def tree_reference(tmp_path_factory):
    """A raw folder as users keep them: subfolders, a PDF, a web page, a PDF with its hand-corrected
    text beside it, and a hidden folder; extracted by one process (--jobs 1)."""
    base = tmp_path_factory.mktemp("tree")
    raw = base / "raw"
    texts = sorted(DEV.glob("*.txt"))
    (raw / "east" / "north").mkdir(parents=True)
    (raw / ".drafts").mkdir()
    shutil.copy(texts[0], raw / "top.txt")
    shutil.copy(texts[1], raw / "east" / "one.txt")
    shutil.copy(texts[2], raw / "east" / "north" / "two.md")
    example_pdf(texts[3], raw / "east" / "brief.pdf")
    example_html(texts[4], raw / "page.html")
    example_pdf(texts[5], raw / "corrected.pdf")
    shutil.copy(texts[5], raw / "corrected.txt")  # read instead of corrected.pdf
    shutil.copy(texts[6], raw / ".drafts" / "hidden.txt")
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(base / "out"), "--jobs", "1", "--silent"])
    assert result.exit_code == 0, result.stderr
    return raw, base / "out"


TREE_DOCS = ["corrected.txt", "east/brief.pdf", "east/north/two.md", "east/one.txt", "page.html", "top.txt"]


def _manifest_without_times(data: bytes, folder: Path | None = None) -> dict:
    """Entries without their extraction time; with the output folder, each source as the file it names
    (a local manifest writes sources relative to its own folder)."""
    documents = json.loads(data)["documents"]
    entries = {doc: {k: v for k, v in entry.items() if k != "extracted_at"} for doc, entry in documents.items()}
    if folder is not None:
        for entry in entries.values():
            entry["source"] = os.path.normpath(folder / entry["source"])
    return entries


def test_cluster_two_workers_write_the_same_bytes_as_one_process(client, reference, tmp_path):
    raw, expected = reference
    out = tmp_path / "out"
    summary = run_on_cluster(client, raw, out, None, force=False)
    assert (summary.new, summary.failures) == (12, [])
    assert _records(out) == _records(expected)
    assert _manifest_without_times((out / "manifest.json").read_bytes(), out) == \
        _manifest_without_times((expected / "manifest.json").read_bytes(), expected)
    again = run_on_cluster(client, raw, out, None, force=False)
    assert (again.unchanged, again.new, again.updated) == (12, 0, 0)


def _rows(db_url: str) -> dict:
    from pipeline.export import TABLES, connect

    engine = connect(db_url)
    with engine.connect() as conn:
        data = {t.name: sorted(tuple(r) for r in conn.execute(sa.select(t)).all()) for t in TABLES}
    engine.dispose()
    return data


def test_cluster_on_s3_writes_the_same_records_exports_them_and_skips_unchanged(client, reference, s3, tmp_path):
    raw, expected = reference
    for path in sorted(raw.glob("*.txt")):
        s3.pipe_file(f"{BUCKET}/raw/{path.name}", path.read_bytes())
    raw_url, out_url = f"s3://{BUCKET}/raw", f"s3://{BUCKET}/extracted"
    summary = run_on_cluster(client, raw_url, out_url, None, force=False)
    assert (summary.new, summary.failures) == (12, [])
    for path in record_paths(expected):
        # A record names its text by the raw folder's name and the document's ("raw/x.txt"), wherever it lies.
        assert s3.cat_file(f"{BUCKET}/extracted/{path.name}") == path.read_bytes(), path.name
    manifest = _manifest_without_times(s3.cat_file(f"{BUCKET}/extracted/manifest.json"))
    for doc, entry in manifest.items():
        assert entry.pop("output_sha256") == hashlib.sha256(s3.cat_file(f"{BUCKET}/extracted/{entry['output']}")).hexdigest()
    local = _manifest_without_times((expected / "manifest.json").read_bytes())
    assert {doc: {**e, "output_sha256": None} for doc, e in manifest.items()} == \
        {doc: {**entry, "source": f"{raw_url}/{doc}", "output_sha256": None} for doc, entry in local.items()}
    # export reads the same URL: the same mentions, activities and facts as from the local folder
    local_db, s3_db = f"sqlite:///{tmp_path / 'local.sqlite'}", f"sqlite:///{tmp_path / 's3.sqlite'}"
    assert CliRunner().invoke(cli, ["export", str(expected), "--db", local_db, "--silent"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", out_url, "--db", s3_db, "--silent"])
    assert result.exit_code == 0 and "12 new" in result.stderr, result.stderr
    local_rows, s3_rows = _rows(local_db), _rows(s3_db)
    local_documents, s3_documents = local_rows.pop("document"), s3_rows.pop("document")
    assert len(local_documents) == len(s3_documents) == 12  # the rows differ only in their extraction times
    assert local_rows == s3_rows and len(local_rows["mention"]) > 0
    s3.rm_file(f"{BUCKET}/raw/{sorted(raw.glob('*.txt'))[0].name}")
    again = run_on_cluster(client, raw_url, out_url, None, force=False)
    assert (again.unchanged, again.removed, again.new) == (11, 1, 0)
    assert len(s3.glob(f"{BUCKET}/extracted/*.json")) == 12  # 11 records and the manifest


def test_cluster_a_worker_killed_mid_run_then_a_rerun_converges(client, reference, tmp_path):
    raw, expected = reference
    many = tmp_path / "raw"
    many.mkdir()
    for i in range(4):
        for path in sorted(raw.glob("*.txt")):
            shutil.copy(path, many / f"{path.stem}-{i}.txt")
    out = tmp_path / "out"
    outcome = {}

    def run():
        try:
            outcome["summary"] = run_on_cluster(client, many, out, None, force=False)
        except Exception as error:  # the run may fail with its worker; the next run must finish
            outcome["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 120
    while not list(out.glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    victim = next(iter(client.run(os.getpid).values()))
    os.kill(victim, signal.SIGKILL)
    worker.join(timeout=300)
    summary = run_on_cluster(client, many, out, None, force=False)
    assert summary.failures == [] and summary.unchanged + summary.new + summary.updated == 48
    clean = tmp_path / "clean"
    run_on_cluster(client, many, clean, None, force=False)
    assert _records(out) == _records(clean)
    for name, data in _records(out).items():
        stem = name.rsplit("-", 1)[0]
        reference_record = json.loads((expected / f"{stem}.json").read_bytes())
        record = json.loads(data)
        assert {k: v for k, v in record.items() if k not in ("doc", "source")} == \
            {k: v for k, v in reference_record.items() if k not in ("doc", "source")}


def test_cluster_cli_dask_local_matches_jobs_one(reference, tmp_path):
    raw, expected = reference
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(tmp_path / "out"), "--dask", "local",
                                      "--jobs", "2", "--silent"])
    assert result.exit_code == 0, result.stderr
    assert "12 new" in result.stderr
    assert _records(tmp_path / "out") == _records(expected)


def test_cluster_urls_without_dask_are_refused(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "s3://somewhere/raw", "-o", str(tmp_path / "out"), "--silent"])
    assert result.exit_code == 2 and "--dask" in result.stderr


def test_cluster_a_missing_raw_folder_removes_nothing(client, reference, tmp_path):
    """An empty listing must not read as "every document is gone": the run is refused and the records stay."""
    raw, expected = reference
    out = tmp_path / "out"
    shutil.copytree(expected, out)
    before = _records(out)
    with pytest.raises(InputError, match="no such folder"):
        run_on_cluster(client, tmp_path / "nowhere", out, None, force=False)
    with pytest.raises(InputError, match="no such folder"):
        run_on_cluster(client, raw / "adb-nepal-portfolio.txt", out, None, force=False)
    assert _records(out) == before


def test_cluster_keeps_json_it_did_not_write(client, reference, tmp_path):
    """The local run's ownership rules hold on a cluster: foreign JSON refuses the folder, and with
    --force it is written beside and never removed."""
    raw, _expected = reference
    out = tmp_path / "out"
    out.mkdir()
    (out / "settings.json").write_text('{"theme": "dark"}\n', encoding="utf-8")
    with pytest.raises(OutputRefused):
        run_on_cluster(client, raw, out, None, force=False)
    run_on_cluster(client, raw, out, None, force=True)
    assert (out / "settings.json").read_text(encoding="utf-8") == '{"theme": "dark"}\n'
    (raw / "moved-away.txt").write_text("Japan granted US$ 2 million in 2020.\n", encoding="utf-8")
    try:
        run_on_cluster(client, raw, out, None, force=True)
        (raw / "moved-away.txt").unlink()
        summary = run_on_cluster(client, raw, out, None, force=True)
    finally:
        (raw / "moved-away.txt").unlink(missing_ok=True)
    assert summary.removed == 1 and not (out / "moved-away.json").exists()
    assert (out / "settings.json").exists()


def test_cluster_takes_subfolders_pdf_and_html_with_the_identities_and_bytes_of_a_local_run(client, tree_reference,
                                                                                            tmp_path):
    raw, expected = tree_reference
    assert sorted(json.loads((expected / "manifest.json").read_bytes())["documents"]) == TREE_DOCS
    out = tmp_path / "out"
    summary = run_on_cluster(client, raw, out, None, force=False)
    assert (summary.new, summary.failures) == (len(TREE_DOCS), [])
    assert _records(out) == _records(expected)
    assert _manifest_without_times((out / "manifest.json").read_bytes(), out) == \
        _manifest_without_times((expected / "manifest.json").read_bytes(), expected)
    again = run_on_cluster(client, raw, out, None, force=False)
    assert (again.unchanged, again.new, again.updated) == (len(TREE_DOCS), 0, 0)
    (raw / "east" / "north" / "two.md").rename(tmp_path / "two.md")
    try:
        gone = run_on_cluster(client, raw, out, None, force=False)
    finally:
        (tmp_path / "two.md").rename(raw / "east" / "north" / "two.md")
    assert gone.removed == 1 and not (out / "east" / "north").exists() and (out / "east" / "one.json").exists()


def test_cluster_on_s3_takes_subfolders_pdf_and_html_with_the_bytes_of_a_local_run(client, tree_reference, s3, tmp_path):
    raw, expected = tree_reference
    for path in sorted(p for p in raw.rglob("*") if p.is_file()):
        s3.pipe_file(f"{BUCKET}/tree/raw/{path.relative_to(raw).as_posix()}", path.read_bytes())
    summary = run_on_cluster(client, f"s3://{BUCKET}/tree/raw", f"s3://{BUCKET}/tree/extracted", None, force=False)
    assert (summary.new, summary.failures) == (len(TREE_DOCS), [])
    written = {key.split("/tree/extracted/", 1)[1]: s3.cat_file(key) for key in s3.find(f"{BUCKET}/tree/extracted")}
    assert json.loads(written.pop("manifest.json"))["documents"].keys() == set(TREE_DOCS)
    assert written == _records(expected)
    # export finds the records in subfolders of the URL as in a local folder
    local_db, s3_db = f"sqlite:///{tmp_path / 'local.sqlite'}", f"sqlite:///{tmp_path / 's3.sqlite'}"
    assert CliRunner().invoke(cli, ["export", str(expected), "--db", local_db, "--silent"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", f"s3://{BUCKET}/tree/extracted", "--db", s3_db, "--silent"])
    assert result.exit_code == 0 and f"{len(TREE_DOCS)} new" in result.stderr, result.stderr
    local_rows, s3_rows = _rows(local_db), _rows(s3_db)
    assert [row[0] for row in local_rows.pop("document")] == [row[0] for row in s3_rows.pop("document")] == TREE_DOCS
    assert local_rows == s3_rows and len(local_rows["mention"]) > 0


def test_cluster_extracts_every_document_of_a_run_longer_than_the_tasks_sent_ahead(client, reference, tmp_path,
                                                                                   monkeypatch):
    """One document per task: twelve tasks, more than the eight sent ahead to two workers."""
    import pipeline.cluster

    monkeypatch.setattr(pipeline.cluster, "DOCUMENTS_PER_TASK", 1)
    raw, expected = reference
    summary = run_on_cluster(client, raw, tmp_path / "out", None, force=False)
    assert (summary.new, summary.failures) == (12, [])
    assert _records(tmp_path / "out") == _records(expected)


def test_cluster_refuses_two_inputs_for_one_output_before_writing(client, tmp_path):
    """As a local run: x.txt and x.md would both be written to x.json, so nothing is done."""
    from pipeline.inputs import InputConflict

    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "sub" / "note.txt").write_text("Japan granted US$ 2 million in 2020.\n", encoding="utf-8")
    (raw / "sub" / "note.md").write_text("Peru granted US$ 3 million in 2021.\n", encoding="utf-8")
    with pytest.raises(InputConflict, match="sub/note.json"):
        run_on_cluster(client, raw, tmp_path / "out", None, force=False)
    assert not (tmp_path / "out").exists()
