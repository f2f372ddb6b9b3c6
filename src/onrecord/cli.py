"""The `onrecord` command line: each command is a thin door onto a stage's Python API."""
from __future__ import annotations

import csv
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from onrecord.ingest.text import InputError, expand_paths, read_stdin, read_text_file
from onrecord.model import CATEGORIES, Document, ExtractedDocument
from onrecord.nlp import ModelMissingError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news text into a record of who said what.")
err = Console(stderr=True)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _documents(paths: list[str], failures: list[str]) -> tuple[list[Path | str], Iterator[Document]]:
    try:
        targets = list(expand_paths(paths))
    except InputError as error:
        fail(str(error))

    def read() -> Iterator[Document]:
        for target in targets:
            try:
                yield read_stdin() if target == "-" else read_text_file(target)  # type: ignore[arg-type]
            except (InputError, OSError) as error:
                failures.append(str(error))
                err.print(f"[yellow]skipped:[/yellow] {error}", highlight=False, soft_wrap=True)
    return targets, read()


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Text files, directories of .txt files, or - for stdin."),
    output_format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl, table or csv."),
    category: Optional[List[str]] = typer.Option(None, "--category", "-c",
                                                 help=f"Keep only these categories ({', '.join(CATEGORIES)})."),
) -> None:
    """Find every attribution (content, cue, source, speaker) in each article."""
    from onrecord.pipeline import extract_many

    if category:
        unknown = set(category) - set(CATEGORIES)
        if unknown:
            fail(f"unknown category {', '.join(sorted(unknown))}: choose from {', '.join(CATEGORIES)}")
    failures: list[str] = []
    targets, documents = _documents(paths, failures)
    writer = _writer(output_format)
    show_progress = len(targets) > 1 and err.is_terminal
    try:
        with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, disable=not show_progress) as progress:
            task = progress.add_task("extract", total=len(targets))
            for result in extract_many(documents, category=category or None):
                writer(result)
                progress.advance(task)
    except ModelMissingError as error:
        fail(str(error))
    if failures:
        fail(f"{len(failures)} of {len(targets)} inputs could not be read", code=1)


def _writer(output_format: OutputFormat):
    out = sys.stdout
    if output_format is OutputFormat.jsonl:
        return lambda result: out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    if output_format is OutputFormat.csv:
        rows = csv.writer(out)
        rows.writerow(["id", "speaker", "speaker_kind", "type", "category", "confidence", "cue", "source", "content"])

        def write_csv(result: ExtractedDocument) -> None:
            text = result.document.text
            for quote in result.quotes:
                rows.writerow([result.document.id, quote.speaker.name if quote.speaker else "",
                               quote.speaker.kind if quote.speaker else "", quote.type, quote.category,
                               quote.confidence, " ".join(s.text(text) for s in quote.cue),
                               " ".join(s.text(text) for s in quote.source), quote.content_text(text)])
        return write_csv
    console = Console()

    def write_table(result: ExtractedDocument) -> None:
        text = result.document.text
        table = Table(title=f"{result.document.id}: {len(result.quotes)} attributions", show_lines=True)
        for column in ("speaker", "cue", "content", "type", "category"):
            table.add_column(column, overflow="fold")
        for quote in result.quotes:
            speaker = f"{quote.speaker.name} ({quote.speaker.kind})" if quote.speaker else "—"
            table.add_row(speaker, " ".join(s.text(text) for s in quote.cue), quote.content_text(text),
                          quote.type, quote.category)
        console.print(table)
    return write_table


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="A brat corpus folder with text/ and attributions/."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score the extractor against brat standoff annotations."""
    from onrecord.evaluate import evaluate_corpus, format_report

    try:
        report = evaluate_corpus(gold)
    except (FileNotFoundError, ModelMissingError) as error:
        fail(str(error))
    typer.echo(json.dumps(report, indent=2) if as_json else format_report(report))


@app.command()
def train(
    train_dir: Path = typer.Option(Path("../shared/corpora/polnear/train"), help="Brat training corpus."),
    dev_dir: Path = typer.Option(Path("../shared/corpora/polnear/dev"), help="Brat corpus for model selection."),
    output: Optional[Path] = typer.Option(None, help="Where to write the model (default: inside the package)."),
    max_steps: int = typer.Option(8000, help="Training steps."),
) -> None:
    """Retrain the packaged SOURCE/CUE/CONTENT tagger from PolNeAR."""
    from onrecord.extract.train import PACKAGED_MODEL, train as train_model

    for folder in (train_dir, dev_dir):
        if not (folder / "text").is_dir():
            fail(f"{folder}: not a brat corpus (no text/ folder)")
    typer.echo(f"model written to {train_model(train_dir, dev_dir, output or PACKAGED_MODEL, max_steps)}")


class Engine(str, Enum):
    local = "local"
    spark = "spark"


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., help="Files (.txt .jsonl .html .warc .warc.gz), directories, globs, "
                                                 "or - for stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Archive folder (Parquet); rerun the same command to resume."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Worker processes (local engine)."),
    engine: Engine = typer.Option(Engine.local, help="local (this machine) or spark."),
    master: str = typer.Option("local[*]", help="Spark master URL (spark engine)."),
    part_size: int = typer.Option(64, min=1, help="Records per output part (the unit of resumption)."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Also write each part as JSON Lines (local engine)."),
    category: Optional[List[str]] = typer.Option(None, "--category", "-c",
                                                 help=f"Keep only these categories ({', '.join(CATEGORIES)})."),
) -> None:
    """Process a corpus into a partitioned archive of documents and attributions, for `onrecord ingest`."""
    from onrecord.corpus.display import run_progress, summary_table
    from onrecord.corpus.parts import OutputConflict
    from onrecord.ingest.records import INPUT_SUFFIXES, iter_raw_records

    if category and set(category) - set(CATEGORIES):
        fail(f"unknown category {', '.join(sorted(set(category) - set(CATEGORIES)))}: choose from {', '.join(CATEGORIES)}")
    try:
        targets = list(expand_paths(inputs, INPUT_SUFFIXES))
        if engine is Engine.spark:
            from onrecord.corpus.spark import run_spark

            summary = run_spark(targets, out, master, category, part_size)
        else:
            from onrecord.corpus.local import run_local

            countable = "-" not in targets and err.is_terminal
            total = sum(1 for _ in iter_raw_records(targets)) if countable else None
            with run_progress(err, total) as on_part:
                summary = run_local(targets, out, jobs, part_size, category, jsonl, on_part)
    except (InputError, OutputConflict, ModelMissingError, RuntimeError) as error:
        fail(str(error))
    except KeyboardInterrupt:
        fail("interrupted: run the same command again to resume", code=130)
    err.print(summary_table(summary, str(out)))



@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help=".txt files, JSONL files of articles with \"text\" (and optional "
                                                "\"quotes\"), directories of them, or - for stdin."),
    db: str = typer.Option("onrecord.db", "--db", help="SQLite file, or a postgresql://user:pass@host/db URL."),
) -> None:
    """Extract attributions and store them in the record (re-ingesting the same text is a no-op)."""
    from onrecord.store import Store, StoreError
    from onrecord.store.ingest import IngestReport, ingest as ingest_items
    from onrecord.store.inputs import read_inputs

    report = IngestReport()
    try:
        items = read_inputs(paths, report.failures)
        store = Store(db)
    except (InputError, StoreError) as error:
        fail(str(error))
    try:
        with Progress(TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} documents"),
                      console=err, disable=not err.is_terminal) as progress:
            task = progress.add_task("ingest", total=None)
            ingest_items(store, items, report, on_saved=lambda _outcome: progress.advance(task))
    except ModelMissingError as error:
        fail(str(error))
    finally:
        store.close()
    for failure in report.failures:
        err.print(f"[yellow]skipped:[/yellow] {failure}", highlight=False)
    typer.echo(f"{report.added} added, {report.replaced} re-extracted, {report.unchanged} unchanged, "
               f"{len(report.failures)} skipped → {db}")
    if report.failures:
        raise typer.Exit(1)


@app.command()
def serve(
    db: str = typer.Option("onrecord.db", "--db", help="SQLite file, or a postgresql://user:pass@host/db URL."),
    host: str = typer.Option("127.0.0.1", help="Interface to bind; the default keeps the server private."),
    port: int = typer.Option(8000, help="TCP port."),
) -> None:
    """Browse and search the record in a web browser (JSON API documented at /docs)."""
    import uvicorn

    from onrecord.store import Store, StoreError
    from onrecord.web import create_app

    try:
        store = Store(db)
    except StoreError as error:
        fail(str(error))
    err.print(f"serving {db} at http://{host}:{port}/", highlight=False)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


def _analysed(paths: list[str]) -> tuple[list[ExtractedDocument], list[str]]:
    """Articles for the cross-document commands: .txt (extracted now) or .jsonl (extracted or not)."""
    from onrecord.analysis.records import load_documents

    failures: list[str] = []

    def skip(message: str) -> None:
        failures.append(message)
        err.print(f"[yellow]skipped:[/yellow] {message}", highlight=False)
    try:
        return load_documents(paths, skip), failures
    except (InputError, ModelMissingError) as error:
        fail(str(error))


def _emit(payload, failures: list[str]) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if failures:
        fail(f"{len(failures)} inputs could not be read", code=1)


ANALYSIS_INPUTS = typer.Argument(..., help="Text files, folders, or .jsonl articles ({id, text, published?, outlet?, quotes?}).")


@app.command()
def speakers(paths: List[str] = ANALYSIS_INPUTS,
             min_attributions: int = typer.Option(1, help="Leave out speakers with fewer attributions.")) -> None:
    """Canonical speakers across articles, with aliases, roles and dates (JSON)."""
    from onrecord.analysis.speakers import canonical_speakers

    documents, failures = _analysed(paths)
    index = canonical_speakers(documents)
    _emit([s.to_dict() for s in index.ranked() if len(s.mentions) >= min_attributions], failures)


@app.command()
def variants(paths: List[str] = ANALYSIS_INPUTS,
             misquotes: bool = typer.Option(False, "--misquotes", help="Only groups whose direct quotes differ in substance."),
             overlap: float = typer.Option(0.5, min=0.1, max=1.0, help="Share of the shorter quote the longer must contain.")) -> None:
    """Reports of the same quote across articles, earliest first, with word-level variants (JSON)."""
    from onrecord.analysis.attributions import attributions
    from onrecord.analysis.variants import group_quotes

    documents, failures = _analysed(paths)
    groups = group_quotes(attributions(documents), overlap=overlap)
    if misquotes:
        payload = [dict(group.to_dict(), misquotes=[v.to_dict() for v in group.misquotes()])
                   for group in groups if group.misquotes()]
    else:
        payload = [group.to_dict() for group in groups]
    _emit(payload, failures)


@app.command()
def kinds(paths: List[str] = ANALYSIS_INPUTS) -> None:
    """Each attribution's kind (commitment, refusal, denial, assurance, claim, opinion, question) and polarity (JSON)."""
    from onrecord.analysis.attributions import attributions
    from onrecord.analysis.kinds import statement_kinds

    documents, failures = _analysed(paths)
    found = list(attributions(documents))
    read = statement_kinds([(a.content, a.cue) for a in found])
    _emit([dict(a.to_dict(), **kind.to_dict()) for a, kind in zip(found, read)], failures)


@app.command()
def shifts(paths: List[str] = ANALYSIS_INPUTS,
           speaker: Optional[str] = typer.Option(None, help="A speaker's name or alias (default: everyone)."),
           topic: Optional[str] = typer.Option(None, help="An entity or phrase (default: topics found per speaker)."),
           limit: int = typer.Option(50, min=1, help="How many shifts to list.")) -> None:
    """Statements of one speaker on one topic whose stance flips between dates, most confident first (JSON)."""
    from onrecord.analysis.shifts import position_shifts

    documents, failures = _analysed(paths)
    _emit([s.to_dict() for s in position_shifts(documents, speaker=speaker, topic=topic, limit=limit)], failures)
