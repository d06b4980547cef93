"""Coding on several cores: batches of articles go to worker processes, results come back in
input order. Workers are forked from a process that has already loaded the pipeline, so the
model, dictionaries and gazetteer are loaded once and shared copy-on-write."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event, Skipped

Result = tuple[Article, list[Event]] | Skipped

# The loaded pipeline of this process, set before the workers are forked: process-local
# state, not configuration.
_LOADED: dict[str, Pipeline] = {}


def _code_batch(batch: list[Article | Skipped]) -> list[Result]:
    return list(_LOADED["pipeline"].process(batch))


def _batches(records: Iterable[Article | Skipped], size: int) -> Iterator[list]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def code_records(records: Iterable[Article | Skipped], pipeline: Pipeline, workers: int
                 ) -> Iterator[Result]:
    """Code a stream of records with one process or several; the order is kept and at most
    ``2 * workers`` batches are in flight, so memory does not grow with the input."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from pipeline.process(records)
        return
    _LOADED["pipeline"] = pipeline
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for results in pool.imap(_code_batch, _batches(records, pipeline.options.batch_size),
                                 chunksize=1):
            yield from results
