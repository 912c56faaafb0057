"""`factsheets export`: extracted records (a folder or a URL) into SQLite or PostgreSQL, JSON Lines or CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_options import OUT_DEFAULT, fail, quiet_option
from .errors import FactsheetError
from .locations import is_url, path_or_url


@click.command(short_help="Load extracted records into SQLite or PostgreSQL, or JSON Lines / CSV files.")
@click.argument("folder", required=False, type=path_or_url, default=None)
@click.option("-d", "--extracted", type=path_or_url, default=None,
              help="The extracted folder (default: extracted/; may also be given as the argument).")
@click.option("--db", "url", default=None, metavar="URL",
              help="SQLAlchemy URL, e.g. sqlite:///out.sqlite or postgresql+psycopg://user@host/db "
                   "(default: EXTRACTED/factsheets.sqlite, unless only --jsonl/--csv are asked for).")
@click.option("--prune", is_flag=True, help="Delete documents that are no longer in EXTRACTED.")
@click.option("--jsonl", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write every row to this JSON Lines file.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Also write one TABLE.csv per table here.")
@quiet_option
def export(folder: Path | None, extracted: Path | None, url: str | None, prune: bool, jsonl: Path | None,
           csv_dir: Path | None, quiet: bool):
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
    from .export import connect, export_records, records_to_rows, write_csv, write_jsonl
    from .locations import read_records

    if folder and extracted and folder != extracted:
        fail(f"{folder} and --extracted {extracted}: give the extracted folder once", 2)
    extracted = folder or extracted or OUT_DEFAULT
    if url is not None and "://" not in url:
        fail(f"{url}: not a database URL; for a SQLite file write --db sqlite:///{url}", 2)
    if is_url(extracted) and url is None and not (jsonl or csv_dir):  # no folder to put a default database in
        fail(f"{extracted}: give --db URL (or --jsonl/--csv) to export records from a URL", 2)
    if not is_url(extracted) and not extracted.is_dir():
        fail(f"{extracted}: no such folder (run `factsheets extract` first)", 1)
    try:
        records, failures = read_records(extracted)  # a local folder, or a URL with the [dask] extra
    except FactsheetError as error:
        fail(str(error), 1)
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
        from .progress import Progress

        try:
            engine = connect(url)
            with Progress(len(records), "documents", quiet=quiet) as progress:
                report = export_records(records, engine, prune=prune, progress=lambda _doc: progress.advance())
        except FactsheetError as error:
            raise click.ClickException(str(error)) from error
        for _doc, message in report.failures:
            click.echo(f"Error: {message}", err=True)
        click.echo(f"{engine.url.render_as_string(hide_password=True)}: {report.summary()}", err=True)
        failures.extend(message for _doc, message in report.failures)
    if failures:
        sys.exit(1)
