"""What both profilers start from: the first dev articles, parsed once, and a way to forget
what extraction kept from an earlier pass."""

from __future__ import annotations

import json
import time
from pathlib import Path

from spacy.tokens import Doc

from newsevents import dates
from newsevents.ingest import articles_from_dicts
from newsevents.options import Options
from newsevents.pipeline import Pipeline
from newsevents.records import Article

DEV = Path(__file__).resolve().parent.parent / "tests" / "gold" / "dev.gold.jsonl"


def parsed_dev_articles(count: int) -> tuple[Pipeline, list[Article], list[Doc], float]:
    """The loaded pipeline, the first ``count`` dev articles that are not skipped, their
    parses, and the seconds the parsing took (the model's loading left out)."""
    rows = [json.loads(line) for line in DEV.open()][:count]
    engine = Pipeline(Options())
    articles = [a for a in articles_from_dicts(rows, engine.options) if not hasattr(a, "reason")]
    start = time.perf_counter()
    docs = list(engine.nlp.pipe([a.text for a in articles], batch_size=64))
    return engine, articles, docs, time.perf_counter() - start


def forget_kept(docs: list[Doc]) -> None:
    """Drop what extraction keeps per Doc and the memoised date readings, so that a new pass
    costs what a first reading of new articles costs."""
    for doc in docs:
        doc.user_data.clear()
    dates.clear_date_caches()
