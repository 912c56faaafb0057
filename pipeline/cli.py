"""The `factsheets` command: options in, one library call, results out.

stdout carries data (records, tables, JSON); stderr carries progress and errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .cluster import is_url, path_or_url, run_command
from .errors import FactsheetError

# Imports of spaCy and of the models stay inside the commands that need them:
# `factsheets extract` over an unchanged corpus only hashes files.
MENTION_TYPES = ("DATE", "MONEY", "COUNTRY", "PROJECT")

RAW_DEFAULT = Path("raw")
OUT_DEFAULT = Path("extracted")


def _build(rules: Path | None):
    from .nlp import build_nlp  # spaCy loads only for commands that need it

    try:
        return build_nlp(rules)
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factsheets")
def cli():
    """Turn development-cooperation factsheets into validated records.

    Finds dates, money amounts, countries and project titles in plain-text
    factsheets, normalizes them (ISO dates, ISO 4217, ISO 3166) and ties them
    to the projects they describe.
    """


@cli.command()
@click.argument("raw", nargs=-1, type=path_or_url)
@click.option("-o", "--output", type=path_or_url, default=OUT_DEFAULT,
              show_default=True, help="Folder (or, with --dask, fsspec URL) for NAME.json records and the manifest.")
@click.option("--rules", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Rules folder (default: the project's rules/).")
@click.option("--force", is_flag=True, help="Re-extract every document, changed or not.")
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting at once (default: the number of cores, fewer for a few dozen documents).")
@click.option("--dask", metavar="ADDRESS", default=None,
              help="Run on a Dask scheduler (tcp://host:8786), or 'local' for a LocalCluster of --jobs workers; "
                   "RAW and OUTPUT may then be fsspec URLs (s3://bucket/raw). Needs the [dask] extra.")
def extract(raw: tuple[Path, ...], output: Path, rules: Path | None, force: bool, silent: bool, jobs: int | None,
            dask: str | None):
    """Extract records from factsheets (files or folders of .txt; default raw/).

    Writes one OUTPUT/NAME.json per NAME.txt and OUTPUT/manifest.json. A re-run
    redoes only new and changed documents (all of them when the rules or the
    pipeline version changed) and removes outputs whose raw file is gone. A file
    that cannot be read is reported and skipped; the others go on, and the exit
    code is 1.

    \b
    Example:
        factsheets extract raw/ -o extracted/
        factsheets extract raw/ -o extracted/ --jobs 8
        factsheets extract s3://bucket/raw -o s3://bucket/extracted --dask tcp://scheduler:8786
        factsheets extract raw/ilo-japan-cooperation.txt --force
    """
    if dask or any(is_url(p) for p in (*raw, output)):
        sys.exit(run_command(dask, list(raw) or [RAW_DEFAULT], output, rules, force, jobs, silent))
    from .reprocess import collect_inputs, run_extraction

    files, problems = collect_inputs(list(raw) or [RAW_DEFAULT])
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    loaded = {}

    def extract_one(path: Path, raw_bytes: bytes):
        from .extract import decode_factsheet, extract_text

        if "nlp" not in loaded:  # spaCy loads only when a document needs extracting
            loaded["nlp"] = _build(rules)
        return extract_text(loaded["nlp"], decode_factsheet(raw_bytes, str(path)), path.name,
                            source=str(path), raw=raw_bytes)

    from .parallel import DocumentExtractor, default_jobs

    jobs = jobs or default_jobs(len(files))
    if jobs > 1:  # worker processes each load their own pipeline
        extract_one = DocumentExtractor(rules)
    show = not silent and sys.stderr.isatty()
    try:
        with click.progressbar(length=len(files), label="Extracting", file=sys.stderr, show_pos=True,
                               hidden=not show) as bar:
            summary = run_extraction(files, output, rules, force, extract_one, progress=lambda _p: bar.update(1),
                                     jobs=jobs)
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error
    for message in summary.failures:
        click.echo(f"Error: {message}", err=True)
    counts = ", ".join(f"{summary.mention_counts.get(t, 0)} {t}" for t in MENTION_TYPES)
    click.echo(f"{output}/: {summary.text()} (extracted now: {counts})", err=True)
    if summary.failures or problems:
        sys.exit(1)


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder of extracted NAME.json records (default: extract GOLD_DIR's .txt files now).")
@click.option("--rules", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Rules folder, when extracting now.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the scores as JSON to this file.")
def evaluate_command(gold_dir: Path, pred: Path | None, rules: Path | None, as_json: bool, output: Path | None):
    """Score extraction against gold files (NAME.gold.json beside NAME.txt).

    Prints mention P/R/F1, strict F1, value accuracy and end-to-end F1 per type,
    and link P/R/F1 for project records, exactly as the spec scores them.

    \b
    Example:
        factsheets eval tests/data/dev
        factsheets eval tests/data/dev --pred extracted/ --json
    """
    from .evaluate import evaluate, render_table
    from .store import read_gold, read_record, gold_files, write_atomic

    golds = gold_files(gold_dir)
    if not golds:
        raise click.ClickException(f"{gold_dir}: no NAME.gold.json files found")
    try:
        gold_docs = [read_gold(path) for path in golds]
        if pred is None:
            from .extract import extract_file

            nlp = _build(rules)
            predicted = [extract_file(nlp, gold_dir / g.doc) for g in gold_docs]
        else:
            predicted = [read_record(pred / (Path(g.doc).stem + ".json")) for g in gold_docs]
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error
    result = evaluate(zip(gold_docs, predicted, strict=True))
    data = json.dumps(result.to_dict(), indent=2, sort_keys=True)
    if output:
        write_atomic(output, data + "\n")
    click.echo(data if as_json else render_table(result))


@cli.command()
@click.argument("extracted", required=False, type=path_or_url, default=OUT_DEFAULT)
@click.option("--db", "url", default=None, metavar="URL",
              help="SQLAlchemy URL, e.g. sqlite:///out.sqlite or postgresql+psycopg://user@host/db "
                   "(default: EXTRACTED/factsheets.sqlite, unless only --jsonl/--csv are asked for).")
@click.option("--prune", is_flag=True, help="Delete documents that are no longer in EXTRACTED.")
@click.option("--jsonl", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write every row to this JSON Lines file.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Also write one TABLE.csv per table here.")
@click.option("--silent", is_flag=True, help="No progress bar.")
def export(extracted: Path, url: str | None, prune: bool, jsonl: Path | None, csv_dir: Path | None, silent: bool):
    """Load extracted records into SQLite or PostgreSQL (default: EXTRACTED/factsheets.sqlite).

    Tables: document, mention, activity, activity_date, activity_recipient_country,
    money_flow, schema_version. Documents go in batches, each in its own savepoint;
    an unchanged document is skipped, so exporting twice changes no row. A document that fails
    is rolled back and reported, the others are kept, and the exit code is 1.

    \b
    Example:
        factsheets export extracted/
        factsheets export extracted/ --db postgresql+psycopg://me@localhost/aid --prune
        factsheets export extracted/ --jsonl rows.jsonl --csv tables/
        factsheets export s3://bucket/extracted --db postgresql+psycopg://me@localhost/aid
    """
    from .export import connect, export_records, extracted_at, records_to_rows, write_csv, write_jsonl
    from .store import read_record, record_paths

    if is_url(extracted):  # records on object storage (the [dask] extra): --db is required
        from .cluster import read_records

        if url is None and not (jsonl or csv_dir):
            raise click.UsageError(f"{extracted}: give --db URL (or --jsonl/--csv) to export records from a URL")
        try:
            records, failures = read_records(extracted)
        except FactsheetError as error:
            raise click.ClickException(str(error)) from error
    else:
        if not extracted.is_dir():
            raise click.ClickException(f"{extracted}: no such folder (run `factsheets extract` first)")
        paths = record_paths(extracted)
        records, failures = [], []
        for path in paths:
            try:
                records.append((read_record(path), extracted_at(path)))
            except FactsheetError as error:
                failures.append(str(error))
    for message in failures:
        click.echo(f"Error: {message}", err=True)
    if jsonl or csv_dir:
        rows = [records_to_rows(record, stamp) for record, stamp in records]
        if jsonl:
            click.echo(f"{write_jsonl(rows, jsonl)} rows written to {jsonl}", err=True)
        if csv_dir:
            click.echo(f"{write_csv(rows, csv_dir)} rows written to {csv_dir}/", err=True)
    if url is None and not (jsonl or csv_dir):
        url = f"sqlite:///{extracted / 'factsheets.sqlite'}"
    if url is not None:
        show = not silent and sys.stderr.isatty()
        try:
            engine = connect(url)
            with click.progressbar(length=len(records), label="Exporting", file=sys.stderr, hidden=not show) as bar:
                report = export_records(records, engine, prune=prune, progress=lambda _doc: bar.update(1))
        except FactsheetError as error:
            raise click.ClickException(str(error)) from error
        for _doc, message in report.failures:
            click.echo(f"Error: {message}", err=True)
        click.echo(f"{engine.url.render_as_string(hide_password=True)}: {report.summary()}", err=True)
        failures.extend(message for _doc, message in report.failures)
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("old")
@click.argument("new")
@click.option("--json", "fmt", flag_value="json", help="Print the diff as JSON (format 1: summary, documents, mentions, projects).")
@click.option("--markdown", "fmt", flag_value="markdown", help="Print Markdown to paste into a review.")
@click.option("--html", "fmt", flag_value="html", help="Print a self-contained HTML review page.")
@click.option("--moved", is_flag=True, help="Also list mentions that only moved (offsets shifted by edits elsewhere).")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when stdout is a terminal).")
def diff(old: str, new: str, fmt: str | None, moved: bool, color: bool | None):
    """Show which extracted facts changed between two extractions, with evidence.

    OLD and NEW are extraction folders, record files, or git:REVISION:PATH.
    Mentions are added, removed, changed (same fact, other value, field by field)
    or moved (only offsets shifted; counted, not shown). Project records are
    compared too. Exit code: 0 no fact differs, 1 differences, 2 trouble.

    \b
    Example:
        factsheets diff git:HEAD~1:extracted extracted/
        factsheets diff old/ new/ --markdown > review.md
        factsheets diff old/ new/ --html > review.html
    """
    from .diff import compare, load_side
    from .render import diff_html, diff_json, diff_markdown, diff_text

    try:
        result = compare(load_side(old), load_side(new))
    except FactsheetError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(diff_json(result))
    elif fmt == "markdown":
        click.echo(diff_markdown(result))
    elif fmt == "html":
        click.echo(diff_html(result, title=f"{old} → {new}"))
    else:
        colour = sys.stdout.isatty() if color is None else color
        click.echo(diff_text(result, colour=colour, show_moved=moved), color=colour)
    sys.exit(1 if result.differs else 0)


@cli.command()
@click.argument("doc")
@click.option("-d", "--extracted", type=click.Path(file_okay=False, path_type=Path), default=OUT_DEFAULT,
              show_default=True, help="Where to look DOC up when it is a name, not a file.")
@click.option("--html", "as_html", is_flag=True, help="Print a self-contained HTML page.")
def show(doc: str, extracted: Path, as_html: bool):
    """Render one extracted document for review: its text with every mention
    marked by type, and its project records with their facts.

    DOC is a record file or a document name (NAME, NAME.txt or NAME.json in
    --extracted).

    \b
    Example:
        factsheets show ilo-japan-cooperation
        factsheets show extracted/ilo-japan-cooperation.json --html > review.html
    """
    from .render import show_html, show_text
    from .store import read_record

    path = Path(doc)
    if not path.is_file():
        path = extracted / (Path(doc).stem + ".json")
    if not path.is_file():
        raise click.ClickException(f"{doc}: no such record (looked for {path}; run `factsheets extract` first)")
    try:
        record = read_record(path)
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error
    colour = sys.stdout.isatty()
    click.echo(show_html(record) if as_html else show_text(record, colour=colour), color=colour)


@cli.command()
def schema():
    """Print the JSON Schema of an extracted record (extracted/NAME.json).

    \b
    Example:
        factsheets schema > record.schema.json
    """
    from .models import DocumentRecord

    click.echo(json.dumps(DocumentRecord.model_json_schema(), indent=2, sort_keys=True))


def main():
    cli()
