"""The `factsheets` command: options in, one library call, results out.

stdout carries data (records, tables, JSON); stderr carries progress and errors.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .errors import FactsheetError
from .models import MENTION_TYPES, DocumentRecord

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
@click.argument("raw", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=OUT_DEFAULT,
              show_default=True, help="Folder for NAME.json records.")
@click.option("--rules", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Rules folder (default: the project's rules/).")
@click.option("--silent", is_flag=True, help="No progress bar.")
def extract(raw: tuple[Path, ...], output: Path, rules: Path | None, silent: bool):
    """Extract records from factsheets (files or folders of .txt; default raw/).

    Writes one OUTPUT/NAME.json per NAME.txt. A file that cannot be read is
    reported and skipped; the others go on, and the exit code is 1.

    \b
    Example:
        factsheets extract raw/ -o extracted/
        factsheets extract raw/ilo-japan-cooperation.txt
    """
    from .extract import collect_inputs, extract_file
    from .store import write_record

    files, problems = collect_inputs(list(raw) or [RAW_DEFAULT])
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    nlp = _build(rules)
    counts: Counter[str] = Counter()
    failures = len(problems)
    show = not silent and sys.stderr.isatty()
    with click.progressbar(files, label="Extracting", file=sys.stderr, show_pos=True,
                           hidden=not show, item_show_func=lambda p: p.name if p else "") as bar:
        for path in bar:
            try:
                record = extract_file(nlp, path)
                write_record(output, record)
            except FactsheetError as error:
                failures += 1
                click.echo(f"Error: {error}", err=True)
                continue
            counts["documents"] += 1
            counts.update(m.type for m in record.mentions)
    summary = ", ".join(f"{counts[t]} {t}" for t in MENTION_TYPES)
    click.echo(f"{counts['documents']} documents extracted to {output}/ ({summary}); {failures} failed", err=True)
    if failures:
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
    from .store import canonical_json, read_gold, read_record, gold_files, write_atomic

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
    result = evaluate(zip(gold_docs, predicted))
    data = json.dumps(result.to_dict(), indent=2, sort_keys=True)
    if output:
        write_atomic(output, data + "\n")
    click.echo(data if as_json else render_table(result))


@cli.command()
@click.argument("extracted", required=False, type=click.Path(file_okay=False, path_type=Path), default=OUT_DEFAULT)
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
    money_flow, schema_version. Each document is one transaction; an unchanged
    document is skipped, so exporting twice changes no row. A document that fails
    is rolled back and reported, the others are kept, and the exit code is 1.

    \b
    Example:
        factsheets export extracted/
        factsheets export extracted/ --db postgresql+psycopg://me@localhost/aid --prune
        factsheets export extracted/ --jsonl rows.jsonl --csv tables/
    """
    from .export import connect, export_records, extracted_at, records_to_rows, write_csv, write_jsonl
    from .store import read_record

    if not extracted.is_dir():
        raise click.ClickException(f"{extracted}: no such folder (run `factsheets extract` first)")
    paths = sorted(extracted.glob("*.json"))
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
def schema():
    """Print the JSON Schema of an extracted record (extracted/NAME.json).

    \b
    Example:
        factsheets schema > record.schema.json
    """
    click.echo(json.dumps(DocumentRecord.model_json_schema(), indent=2, sort_keys=True))


def main():
    cli()
