"""The command-line edge: parses flags into Options, calls the library, maps errors to exits."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from newsevents import runner
from newsevents.errors import NewsEventsError
from newsevents.evaluate import evaluate
from newsevents.export import FORMATS, LEVELS, ExportFilter, export
from newsevents.options import DEFAULT_DB, DEFAULT_MODEL, Options
from newsevents.output import EventWriter
from newsevents.pipeline import Pipeline
from newsevents.records import Failure, RunSummary, Skipped
from newsevents.store import Store


def _parse_date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from exc


def _options(pub_date: date | None, model: str, actors: tuple[str, ...], workers: int = 1
             ) -> Options:
    return Options(model=model, pub_date=pub_date, actor_files=tuple(Path(a) for a in actors),
                   workers=workers)


# The run summary lists this many failures; the failures table holds them all.
LISTED_FAILURES = 20


def _warn_skip(skipped: Skipped) -> None:
    click.echo(f"skipped {skipped.origin}: {skipped.reason}", err=True)


def _echo_progress(summary: RunSummary) -> None:
    click.echo(f"committed: {summary.read} articles read, {summary.stored} stored, "
               f"{len(summary.failures)} failures", err=True)


def _echo_failures(summary: RunSummary, db: Path) -> None:
    failures = summary.failures
    click.echo(f"failures: {len(summary.skipped)} skipped, {len(summary.warnings)} coded "
               f"with a warning")
    for failure in failures[:LISTED_FAILURES]:
        click.echo(f"  {failure.severity:<8} {failure.origin}: {failure.reason}")
    if len(failures) > LISTED_FAILURES:
        click.echo(f"  ... and {len(failures) - LISTED_FAILURES} more")
    if failures:
        click.echo(f"  (all of them: the failures table of {db})")


common = [
    click.option("--pub-date", callback=_parse_date, help="Publication date (YYYY-MM-DD) for "
                 "articles that carry none."),
    click.option("--model", default=DEFAULT_MODEL, show_default=True,
                 help="spaCy pipeline to load (e.g. en_core_web_sm, en_core_web_lg)."),
    click.option("--actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="Extra actor dictionary (organisations.tsv format); repeatable."),
]


workers_option = click.option(
    "--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default=True,
    help="Processes that code articles (default: all cores).")


def with_common(function):
    for option in reversed(common):
        function = option(function)
    return function


@click.group()
@click.version_option(package_name="newsevents")
def main() -> None:
    """newsevents: news articles in, PLOVER political events out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@workers_option
@with_common
def extract(paths: tuple[Path, ...], fmt: str, workers: int, pub_date, model: str, actors
            ) -> None:
    """Print the events of the articles in PATHS to standard output."""
    options = _options(pub_date, model, actors, workers)
    summary = RunSummary()
    try:
        writer = EventWriter(sys.stdout, fmt)
        for item in runner.extract_events(paths, options):
            if isinstance(item, Skipped):
                summary.failures.append(Failure.of(item))
                _warn_skip(item)
                continue
            summary.read += 1
            for warning in item[0].warnings:
                click.echo(f"warning {item[0].origin}: {warning}", err=True)
            writer.write(item[1])
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{summary.read} articles coded, {len(summary.skipped)} skipped", err=True)
    sys.exit(runner.exit_code(summary))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--progress", is_flag=True,
              help="After each committed batch, print the counts so far to standard error.")
@workers_option
@with_common
def run(paths: tuple[Path, ...], db: Path, progress: bool, workers: int, pub_date, model: str,
        actors) -> None:
    """Store the articles in PATHS and their events in a DuckDB database.

    Each batch commits in one transaction; a stopped run, started again with the same
    PATHS, continues where it stopped (docs/reliability.md)."""
    options = _options(pub_date, model, actors, workers)
    try:
        summary = runner.run_into_store(paths, db, options, on_skip=_warn_skip,
                                        on_batch=_echo_progress if progress else None)
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"articles read: {summary.read}")
    click.echo(f"articles stored: {summary.stored}")
    click.echo(f"already stored: {summary.already_stored}")
    _echo_failures(summary, db)
    click.echo(f"mentions stored (events read from one article): "
               f"{sum(summary.events_by_type.values())}")
    for event_type, count in summary.events_by_type.items():
        click.echo(f"  {count:5d}  {event_type}")
    with Store(db) as store:
        counts = store.counts()
    click.echo(f"database: {db} ({counts['articles']} articles, {counts['mentions']} mentions, "
               f"{counts['events']} events grouped across articles, {counts['failures']} "
               "failures)")
    sys.exit(runner.exit_code(summary))


@main.command(name="export")
@click.option("--db", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--level", type=click.Choice(LEVELS), default="events", show_default=True,
              help="events: grouped across articles; mentions: one row per article's event.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (required for parquet; otherwise standard output).")
@click.option("--since", callback=_parse_date, help="Events ending on or after this date.")
@click.option("--until", callback=_parse_date, help="Events starting on or before this date.")
@click.option("--type", "event_type", help="PLOVER type, e.g. CONSULT.")
@click.option("--country", help="ISO3 code of a side or of the place.")
def export_command(db: Path, fmt: str, level: str, output: Path | None, since, until,
                   event_type: str | None, country: str | None) -> None:
    """Export events or mentions from the database (GDELT, POLECAT, Parquet, CSV, JSONL)."""
    where = ExportFilter(since, until, event_type, country)
    try:
        if output is not None and fmt != "parquet":
            with output.open("w", encoding="utf-8", newline="") as stream:
                count = export(db, fmt, level, where, stream, output)
        else:
            count = export(db, fmt, level, where, sys.stdout, output)
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{count} {level} exported as {fmt}", err=True)


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
              show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--create", is_flag=True, help="Start with an empty database if FILE is missing.")
@with_common
def serve(db: Path, host: str, port: int, create: bool, pub_date, model: str, actors) -> None:
    """Serve the HTTP API and the dashboard over the database (docs/api.md).

    POST /api/articles is on when NEWSEVENTS_API_KEY is set in the environment."""
    if not db.exists() and not create:
        raise click.ClickException(f"{db}: no such database (build one with `make demo` or "
                                   "`newsevents run`, or pass --create)")
    import uvicorn  # the server's imports stay out of the other commands' start-up

    from newsevents.server import create_app

    api_key = os.environ.get("NEWSEVENTS_API_KEY") or None
    try:
        app = create_app(db, _options(pub_date, model, actors), api_key)
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc
    ingestion = "on" if api_key else "off (set NEWSEVENTS_API_KEY to turn it on)"
    click.echo(f"serving {db} at http://{host}:{port}/ ; POST /api/articles {ingestion}",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


@main.command(name="spark")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for mentions/ (Parquet, partitioned by month) and events/.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@with_common
def spark_command(inputs: tuple[Path, ...], output: Path, master: str, pub_date, model: str,
                  actors) -> None:
    """Code INPUTS on Apache Spark (needs the `spark` extra and Java 17)."""
    try:
        from newsevents.spark import run_spark
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise click.ClickException(f"Spark is not installed: pip install 'newsevents[spark]' "
                                   f"({exc})") from exc
    counts = run_spark(list(inputs), output, _options(pub_date, model, actors), master)
    click.echo(f"{counts['files']} files, {counts['mentions']} mentions, "
               f"{counts['events']} events written to {output}")


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="List every miss and false positive.")
@click.option("--by-type", is_flag=True, help="Precision, recall and F1 per PLOVER type.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@with_common
def eval_command(gold: Path, verbose: bool, by_type: bool, as_json: bool, pub_date, model,
                 actors) -> None:
    """Score the pipeline against a gold set (contract format)."""
    options = _options(pub_date, model, actors)
    try:
        score = evaluate(gold, Pipeline(options))
    except NewsEventsError as exc:
        raise click.ClickException(str(exc)) from exc
    figures = score.as_dict()
    if as_json:
        click.echo(json.dumps(figures))
        return
    if verbose:
        for line in score.misses + score.false_positives:
            click.echo(line)
        click.echo()
    if by_type:
        click.echo(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6}  tp  fp  fn")
        for event_type, c in sorted(score.by_type.items()):
            p = score.ratio(c["tp"], c["tp"] + c["fp"])
            r = score.ratio(c["tp"], c["tp"] + c["fn"])
            f = 2 * p * r / (p + r) if p + r else 0.0
            click.echo(f"{event_type:<10} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp']:3d} {c['fp']:3d} "
                       f"{c['fn']:3d}")
        click.echo()
    click.echo(f"events: {figures['tp']} matched, {figures['fp']} false positives, "
               f"{figures['fn']} missed")
    click.echo(f"precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
               f"F1 {figures['f1']:.3f}")
    click.echo(f"date accuracy {figures['date_accuracy']:.3f}  location accuracy "
               f"{figures['location_accuracy']:.3f}  status accuracy "
               f"{figures['status_accuracy']:.3f}")
