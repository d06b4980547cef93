"""Library entry points that the CLI (and later the server and Spark job) wrap."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path

from newsevents.clean import text_hash
from newsevents.ingest import read_articles
from newsevents.neardup import DuplicateIndex, signature, to_bytes
from newsevents.options import Options
from newsevents.parallel import code_records
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event, Failure, RunSummary, Skipped
from newsevents.store import Store

# Exit codes of batch commands (documented in README.md).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_NONE = 0, 1, 2, 3, 4


def extract_events(paths: Iterable[Path], options: Options, pipeline: Pipeline | None = None
                   ) -> Iterator[tuple[Article, list[Event]] | Skipped]:
    """Code every article under ``paths``; yields (article, events) or Skipped records."""
    pipeline = pipeline or Pipeline(options)
    yield from code_records(read_articles(paths, options), pipeline, options.workers)


def exit_code(summary: RunSummary) -> int:
    """0 when every input was coded (or already stored; warnings allowed), 3 when some were
    skipped, 4 when nothing was coded (docs/reliability.md)."""
    skipped = summary.skipped
    if not skipped:
        return EXIT_OK if summary.read else EXIT_NONE
    succeeded = summary.read - len([s for s in skipped if s.article_id is not None])
    return EXIT_PARTIAL if succeeded > 0 else EXIT_NONE


def run_into_store(paths: Iterable[Path], db: Path, options: Options,
                   pipeline: Pipeline | None = None,
                   on_skip: Callable[[Skipped], None] | None = None,
                   on_batch: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Ingest into DuckDB, one transaction per batch of ``options.batch_size`` records.

    Articles already stored are recognised (same id or same text) and not stored again, so a
    run that was stopped, even by ``kill -9``, continues where its last committed batch
    ended when started again with the same input, and ends with the database an
    uninterrupted run builds. ``on_batch`` is called after each commit."""
    pipeline = pipeline or Pipeline(options)
    with Store(db) as store:
        copies = DuplicateIndex(store.signatures())
        return store_articles(read_articles(paths, options), store, pipeline, copies,
                              on_skip=on_skip, on_batch=on_batch)


def store_articles(records: Iterable[Article | Skipped], store: Store, pipeline: Pipeline,
                   copies: DuplicateIndex,
                   on_skip: Callable[[Skipped], None] | None = None,
                   on_coded: Callable[[Article, list[Event]], None] | None = None,
                   on_batch: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Code the new articles among ``records`` and write them to ``store``, one transaction
    per batch; ``copies`` is the near-duplicate index of what is stored (kept by a caller
    that stores again and again, like the server)."""
    summary = RunSummary()
    by_type: Counter[str] = Counter()
    run_at = datetime.now()
    results = code_records(_new_articles(records, store, summary), pipeline,
                           pipeline.options.workers)
    while batch := list(islice(results, pipeline.options.batch_size)):
        articles, events, failures = [], [], []
        for item in batch:
            if isinstance(item, Skipped):
                if item.reason != ALREADY_STORED:
                    failures.append(Failure.of(item))
                    if on_skip:
                        on_skip(item)
                continue
            article, found = item
            articles.append(article)
            failures += Failure.warnings_of(article)
            events.extend(found)
            by_type.update(e.event_type for e in found)
            if on_coded:
                on_coded(article, found)
        signatures, groups = find_copies(articles, copies)
        store.write(articles, events, failures, signatures, groups, run_at)
        summary.stored += len(articles)
        summary.failures += failures
        if on_batch:
            on_batch(summary)
    summary.events_by_type = dict(sorted(by_type.items()))
    return summary


ALREADY_STORED = "already stored (same id or same text)"


def find_copies(articles: list[Article], index: DuplicateIndex
                ) -> tuple[dict[str, bytes], list[set[str]]]:
    """MinHash signatures of new articles and the groups of copies they join."""
    signatures: dict[str, bytes] = {}
    groups: list[set[str]] = []
    for article in articles:
        minhash = signature(article.text)
        found = index.copies_of(minhash)
        index.add(article.article_id, minhash)
        signatures[article.article_id] = to_bytes(minhash)
        if found:
            groups.append({article.article_id, *found})
    return signatures, groups


def _new_articles(records: Iterable[Article | Skipped], store: Store, summary: RunSummary
                  ) -> Iterator[Article | Skipped]:
    seen: set[str] = set()
    for record in records:
        # the id and the text both identify an article already seen in this run
        if isinstance(record, Skipped):
            if record.article_id is not None:
                summary.read += 1
            yield record
            continue
        summary.read += 1
        keys = {record.article_id, text_hash(record.text)}
        if keys & seen or store.known(record):
            summary.already_stored += 1
            yield Skipped(record.origin, ALREADY_STORED, record.article_id)
            continue
        seen |= keys
        yield record
