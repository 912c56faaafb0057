"""The `factsheets` command: options in, one library call, results out.

stdout carries data (records, tables, JSON); stderr carries progress and errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import click

from . import __version__
from .cli_export import export
from .cli_options import OUT_DEFAULT, RAW_DEFAULT, fail as _fail, quiet_option
from .cluster import is_url, path_or_url, run_command
from .errors import FactsheetError, RulesError

# Imports of spaCy and of the models stay inside the commands that need them:
# `factsheets extract` over an unchanged corpus only hashes files.
MENTION_TYPES = ("DATE", "MONEY", "COUNTRY", "PROJECT")
# What `eval` scores for a document whose extraction or record failed: nothing found.
NO_PREDICTIONS = SimpleNamespace(mentions=[], projects=[])



def _build(rules: Path | None):
    from .nlp import build_nlp  # spaCy loads only for commands that need it

    try:
        return build_nlp(rules)
    except FactsheetError as error:
        raise click.ClickException(str(error)) from error


EXAMPLES = """\b
Examples:
  factsheets extract raw/ -o extracted/        # texts -> one NAME.json each
  factsheets export extracted/                 # -> extracted/factsheets.sqlite
  factsheets show ilo-japan-cooperation        # one document, mentions marked
  factsheets diff git:HEAD:extracted extracted/  # what changed, with evidence
  factsheets eval tests/data/dev               # scores against gold files

Run `factsheets COMMAND --help` for a command's options and examples."""


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EXAMPLES)
@click.version_option(__version__, prog_name="factsheets")
def cli():
    """Turn development-cooperation factsheets into validated records.

    Finds dates, money amounts, countries and project titles in plain-text
    factsheets, normalizes them (ISO dates, ISO 4217, ISO 3166) and ties them
    to the projects they describe.
    """


@cli.command(short_help="Extract records from factsheets (.txt, .md, .pdf, .html files or folders) into the extracted folder.")
@click.argument("raw", nargs=-1, type=path_or_url)
@click.option("-o", "--output", type=path_or_url, default=OUT_DEFAULT,
              show_default=True, help="The extracted folder: NAME.json records and the manifest (with --dask, also an fsspec URL).")
@click.option("--rules", type=click.Path(path_type=Path), default=None,
              help="Rules folder (default: the project's rules/).")
@click.option("--force", is_flag=True, help="Re-extract every document, changed or not, and write into a "
              "folder that also holds other JSON files or the texts themselves (never removing them).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting at once (default: the number of cores, fewer for a few dozen documents).")
@click.option("--dask", metavar="ADDRESS", default=None,
              help="Run on a Dask scheduler (tcp://host:8786), or 'local' for a LocalCluster of --jobs workers; "
                   "RAW and OUTPUT may then be fsspec URLs (s3://bucket/raw). Needs the [dask] extra.")
@quiet_option
def extract(raw: tuple[Path, ...], output: Path, rules: Path | None, force: bool, quiet: bool, jobs: int | None,
            dask: str | None):
    """Extract records from factsheets (files or folders of .txt, .md, .pdf, .html; default raw/).

    Writes OUTPUT/NAME.json per NAME.txt, keeping subfolders (RAW/ca/x.txt gives
    OUTPUT/ca/x.json), and OUTPUT/manifest.json. A re-run redoes only new and
    changed documents (all of them when the rules or the pipeline version
    changed) and removes the outputs it wrote for texts that are gone; it never
    removes a file it did not write. A file that cannot be read or extracted is
    reported and skipped; the others go on, and the exit code is 1. Exit code 2:
    refused, nothing written (two inputs for one output, or an output folder
    holding files that are not records, unless --force). PDF and HTML files are
    converted to text first (see `factsheets convert`); a NAME.txt beside a
    NAME.pdf is read instead of it.

    \b
    Example:
        factsheets extract raw/ -o extracted/
        factsheets extract raw/ -o extracted/ --jobs 8
        factsheets extract s3://bucket/raw -o s3://bucket/extracted --dask tcp://scheduler:8786
        factsheets extract raw/ilo-japan-cooperation.txt --force
    """
    if dask or any(is_url(p) for p in (*raw, output)):
        sys.exit(run_command(dask, list(raw) or [RAW_DEFAULT], output, rules, force, jobs, quiet))
    from .inputs import InputConflict, collect_inputs
    from .reprocess import OutputRefused, run_extraction

    if rules is not None and not rules.is_dir():
        _fail(f"{rules}: rules folder not found (--rules names a folder like the project's rules/)", 2)
    roots = list(raw) or [RAW_DEFAULT]
    try:
        inputs, problems = collect_inputs(roots, skip=output)
    except InputConflict as error:
        _fail(str(error), 2)
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    if problems and not inputs:
        sys.exit(1)  # nothing to do: leave the output folder as it is (or absent)
    from .parallel import DocumentExtractor, default_jobs
    from .progress import Progress

    jobs = jobs or default_jobs(len(inputs))
    extract_one = DocumentExtractor(rules)  # spaCy loads only when a document needs extracting, in each worker
    try:
        with Progress(len(inputs), "documents", quiet=quiet) as progress:
            summary = run_extraction(inputs, output, rules, force, extract_one,
                                     progress=lambda _item: progress.advance(),
                                     input_folders=[root for root in roots if root.is_dir()], jobs=jobs)
    except OutputRefused as error:
        _fail(str(error), 2)
    except FactsheetError as error:
        _fail(str(error), 1)
    for message in summary.failures:
        click.echo(f"Error: {message}", err=True)
    counts = ", ".join(f"{summary.mention_counts.get(t, 0)} {t}" for t in MENTION_TYPES)
    extracted_now = f" (extracted now: {counts})" if summary.updated + summary.new else ""
    click.echo(f"{output}/: {summary.text()}{extracted_now}", err=True)
    if summary.failures or problems:
        sys.exit(1)


@cli.command("convert", short_help="Convert PDF and HTML factsheets to the text extract reads.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the NAME.txt files (default: print the text of the one FILE).")
@click.option("--force", is_flag=True, help="Overwrite a NAME.txt that is already there (it may hold corrections).")
def convert_command(files: tuple[Path, ...], output: Path | None, force: bool):
    """Convert PDF and HTML factsheets to the text `extract` reads from them.

    To look at what the rules will see, or to correct it by hand: a NAME.txt
    written beside NAME.pdf (or NAME.html) is read by `extract` instead of it.
    A file that cannot be converted is reported and skipped; exit code 1.

    \b
    Example:
        factsheets convert raw/brief.pdf | less
        factsheets convert raw/*.pdf raw/*.html -o raw/
    """
    from .convert import converter_name, read_source
    from .store import write_atomic

    if output is None and len(files) > 1:
        raise click.UsageError("several FILEs need -o DIR (one FILE's text can go to stdout)")
    failed = False
    for path in files:
        target = None if output is None else output / (path.stem + ".txt")
        try:
            if converter_name(path) is None:
                raise FactsheetError(f"{path}: not a PDF or HTML file (.pdf, .html, .htm); nothing to convert")
            if target is not None and target.exists() and not force:
                raise FactsheetError(f"{target}: already exists (it may hold corrections); use --force to overwrite it")
            _raw, text, _converter = read_source(path)
        except FactsheetError as error:
            click.echo(f"Error: {error}", err=True)
            failed = True
            continue
        if target is None:
            click.echo(text, nl=False)
        else:
            write_atomic(target, text)
            click.echo(f"{path} -> {target}", err=True)
    if failed:
        sys.exit(1)


@cli.command("eval", short_help="Score extraction against gold files (NAME.gold.json).")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-d", "--extracted", "--pred", "pred", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Extracted folder of NAME.json records (default: extract GOLD_DIR's .txt files now).")
@click.option("--rules", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Rules folder, when extracting now.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--scores", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the scores as JSON to this file.")
@quiet_option
def evaluate_command(gold_dir: Path, pred: Path | None, rules: Path | None, as_json: bool, output: Path | None,
                     quiet: bool):
    """Score extraction against gold files (NAME.gold.json beside NAME.txt).

    Prints mention P/R/F1, strict F1, value accuracy and end-to-end F1 per type,
    and link P/R/F1 for project records, exactly as the spec scores them; then
    link P/R/F1 of the records built from the gold mentions (the linker alone).

    \b
    Example:
        factsheets eval tests/data/dev
        factsheets eval tests/data/dev --extracted extracted/ --json
        factsheets eval tests/data/dev --scores before.json
    """
    from .evaluate import evaluate, render_table
    from .store import read_gold, read_record, gold_files, write_atomic

    golds = gold_files(gold_dir)
    if not golds:
        raise click.ClickException(f"{gold_dir}: no NAME.gold.json files found")
    from .convert import read_source
    from .extract import extract_file, records_from_mentions

    nlp = _build(rules)
    pairs, failures = [], 0
    for path in golds:
        # One bad document is reported and scored as predicting nothing (its gold still counts);
        # the others are scored as usual and the exit code says something failed.
        try:
            gold = read_gold(path)
        except FactsheetError as error:
            click.echo(f"Error: {error} (not scored)", err=True)
            failures += 1
            continue
        source = gold_dir / gold.doc if pred is None else pred / (Path(gold.doc).stem + ".json")
        try:
            predicted = extract_file(nlp, source) if pred is None else read_record(source)
        except RulesError as error:
            raise click.ClickException(str(error)) from error
        except Exception as error:  # noqa: BLE001 - reported per document, scored as no predictions
            named = error if isinstance(error, FactsheetError) else f"{source}: {error}"  # ours name the file
            click.echo(f"Error: {named} (scored as no predictions)", err=True)
            failures += 1
            predicted = NO_PREDICTIONS
        pairs.append((gold, predicted))
    result = evaluate(pairs)
    # The linker alone: project records built from the gold mentions.
    for gold, predicted in pairs:
        if gold.projects is None:
            continue
        try:
            text = read_source(gold_dir / gold.doc)[1]
            projects = records_from_mentions(nlp, text, gold.mentions)
        except RulesError as error:
            raise click.ClickException(str(error)) from error
        except Exception as error:  # noqa: BLE001 - reported per document, scored as no records
            if predicted is not NO_PREDICTIONS:
                click.echo(f"Error: {gold_dir / gold.doc}: linking the gold mentions: {error}", err=True)
                failures += 1
            projects = []
        result.add_gold_mention_links(gold, projects)
    data = json.dumps(result.to_dict(), indent=2, sort_keys=True)
    if output:
        write_atomic(output, data + "\n")
    click.echo(data if as_json else render_table(result))
    if failures:
        _fail(f"{failures} of {len(golds)} documents failed (see the errors above)", 1)


@cli.command(short_help="Show which extracted facts changed between two extractions.")
@click.argument("old")
@click.argument("new")
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON (format 1: summary, documents, mentions, projects).")
@click.option("--markdown", "as_markdown", is_flag=True, help="Print Markdown to paste into a review.")
@click.option("--html", "as_html", is_flag=True, help="Print a self-contained HTML review page.")
@click.option("--moved", is_flag=True, help="Also list mentions that only moved (offsets shifted by edits elsewhere).")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when stdout is a terminal).")
def diff(old: str, new: str, as_json: bool, as_markdown: bool, as_html: bool, moved: bool, color: bool | None):
    """Show which extracted facts changed between two extractions, with evidence.

    OLD and NEW are extraction folders, record files, or git:REVISION:PATH.
    Mentions are added, removed, changed (same fact, other value, field by field)
    or moved (only offsets shifted; counted, not shown). Project records are
    compared too. Exit code: 0 no fact differs, 1 differences, 2 trouble
    (including a side that holds no records, so a CI gate cannot pass on nothing).

    \b
    Example:
        factsheets diff git:HEAD~1:extracted extracted/
        factsheets diff old/ new/ --markdown > review.md
        factsheets diff old/ new/ --html > review.html
    """
    from .diff import compare, load_side
    from .render import diff_html, diff_json, diff_markdown, diff_text

    chosen = [flag for flag, on in (("--json", as_json), ("--markdown", as_markdown), ("--html", as_html)) if on]
    if len(chosen) > 1:
        _fail(f"{' and '.join(chosen)}: choose one output format", 2)
    fmt = chosen[0][2:] if chosen else None
    try:
        sides = load_side(old), load_side(new)
    except FactsheetError as error:
        _fail(str(error), 2)
    for spec, records in zip((old, new), sides):
        if not records:
            _fail(f"{spec}: holds no extracted records, nothing to compare", 2)
    result = compare(*sides)
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


@cli.command(short_help="Render one extracted document for review, mentions marked.")
@click.argument("doc")
@click.option("-d", "--extracted", type=click.Path(file_okay=False, path_type=Path), default=OUT_DEFAULT,
              show_default=True, help="The extracted folder, where DOC is looked up when it is a name, not a file.")
@click.option("--html", "as_html", is_flag=True, help="Print a self-contained HTML page.")
def show(doc: str, extracted: Path, as_html: bool):
    """Render one extracted document for review: its text with every mention
    marked by type, and its project records with their facts.

    DOC is a record file or a document name (NAME, NAME.txt or NAME.json in
    --extracted; ca/NAME for a record in a subfolder). Marks: [text]D date,
    [text]M money, [text]C country, [text]P project; each project's facts are
    shown as normalized values with their evidence and line:col.

    \b
    Example:
        factsheets show ilo-japan-cooperation
        factsheets show extracted/ilo-japan-cooperation.json --html > review.html
    """
    from .render import show_html, show_text
    from .store import read_record

    path = Path(doc)
    if not path.is_file():
        path = extracted / Path(doc).with_suffix(".json")
    if not path.is_file():
        _fail(f"{doc}: no such record (looked for {path}; run `factsheets extract` first)", 1)
    try:
        record = read_record(path)
    except FactsheetError as error:
        _fail(f"{error}", 1)
    colour = sys.stdout.isatty()
    click.echo(show_html(record) if as_html else show_text(record, colour=colour), color=colour)


@cli.command(short_help="Print the JSON Schema of an extracted record.")
def schema():
    """Print the JSON Schema of an extracted record (extracted/NAME.json).

    \b
    Example:
        factsheets schema > record.schema.json
    """
    from .models import DocumentRecord

    click.echo(json.dumps(DocumentRecord.model_json_schema(), indent=2, sort_keys=True))


cli.add_command(export)


def main():
    cli()
