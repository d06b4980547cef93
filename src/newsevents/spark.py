"""Scale-out on Apache Spark: the same library functions, one model per executor process.

    newsevents spark INPUT... --output DIR [--master local[*]]

Input files (WARC, JSON Lines, HTML, text) are distributed one per task; each executor
process loads the pipeline once and codes its files; mentions are written as Parquet
partitioned by the event's date (``DIR/mentions/date=YYYY-MM-DD``); mentions are then
grouped into events in Spark (``groupBy(block_key).applyInPandas``) with the same rules as
``newsevents run`` (``DIR/events``). See docs/scaling.md for running on a cluster.

Differences from ``newsevents run``: copies of one story are recognised by identical cleaned
text only (no MinHash join yet), so ``num_independent`` can be higher.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from newsevents.grouping import BLOCK_COLUMNS, events_from_block
from newsevents.options import Options
from newsevents.records import Article, Skipped

# The loaded pipeline of an executor process: process-local state, not configuration.
_LOADED: dict[str, object] = {}

MENTION_COLUMNS = ("date", *BLOCK_COLUMNS, "record")


def _pipeline(options: Options):
    from newsevents.pipeline import Pipeline

    if "pipeline" not in _LOADED:
        _LOADED["pipeline"] = Pipeline(options)
    return _LOADED["pipeline"]


def code_files(paths: Iterable[str], options_json: str) -> Iterator[tuple]:
    """Mention rows (as tuples in MENTION_COLUMNS order) for the articles in ``paths``."""
    from newsevents.clean import text_hash
    from newsevents.ingest import read_articles
    from newsevents.store import mention_row

    settings = json.loads(options_json)
    if settings.get("pub_date"):
        settings["pub_date"] = date.fromisoformat(settings["pub_date"])
    options = Options(**settings)
    pipeline = _pipeline(options)
    for item in pipeline.process(read_articles([Path(p) for p in paths], options)):
        if isinstance(item, Skipped):
            continue
        article, events = item
        assert isinstance(article, Article)
        for event in events:
            row = mention_row(event)
            row.update(pub_date=article.pub_date, outlet=article.outlet or article.article_id,
                       original=text_hash(article.text), url=article.url)
            day = row["date_start"] or article.pub_date
            row["date"] = day.isoformat() if day else "unknown"
            yield tuple(row[c] for c in MENTION_COLUMNS)


def group_block(frame):
    """applyInPandas: one block of mentions in, its events out."""
    import pandas as pd

    rows = frame.to_dict("records")
    for row in rows:
        for column, value in row.items():
            if value is not None and not isinstance(value, (str, bytes)) and pd.isna(value):
                row[column] = None  # pandas hands missing values over as NaN or NaT
            elif column in ("date_start", "date_end", "pub_date") and hasattr(value, "date"):
                row[column] = value.date()
    events, _ = events_from_block(rows[0]["block_key"], rows)
    # object columns: Spark's Arrow conversion does not take pandas 3's Arrow-backed strings
    return pd.DataFrame(events, columns=EVENT_COLUMNS, dtype=object)


EVENT_COLUMNS = ("event_id", "block_key", "event_type", "mode", "cameo", "quad_class",
                 "goldstein", "source_code", "source_country", "source_name", "target_code",
                 "target_country", "target_name", "participants", "date_start", "date_end",
                 "date_precision", "location_name", "location_country", "lat", "lon",
                 "geonameid", "status", "sentence", "num_mentions", "num_articles",
                 "num_sources", "num_independent", "first_report", "last_report",
                 "best_mention_id", "url")


def schemas():
    from pyspark.sql import types as t

    text, number, day = t.StringType(), t.DoubleType(), t.DateType()
    typed = {"quad_class": t.IntegerType(), "goldstein": number, "lat": number, "lon": number,
             "geonameid": t.LongType(), "confidence": number, "date_start": day,
             "date_end": day, "pub_date": day, "first_report": day, "last_report": day,
             "num_mentions": t.IntegerType(), "num_articles": t.IntegerType(),
             "num_sources": t.IntegerType(), "num_independent": t.IntegerType()}
    def schema(columns):
        return t.StructType([t.StructField(c, typed.get(c, text)) for c in columns])
    return schema(MENTION_COLUMNS), schema(EVENT_COLUMNS)


def run_spark(inputs: list[Path], output: Path, options: Options, master: str = "local[*]"
              ) -> dict[str, int]:
    """Code ``inputs`` on Spark and write ``output/mentions`` and ``output/events``."""
    from pyspark.sql import SparkSession

    from newsevents.ingest import iter_input_files

    # Executors run this interpreter unless the cluster says otherwise (docs/scaling.md).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    files = sorted(str(p) for p in iter_input_files(inputs) if isinstance(p, Path))
    spark = (SparkSession.builder.master(master).appName("newsevents")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        settings = json.dumps({
            "model": options.model, "batch_size": options.batch_size, "workers": 1,
            "pub_date": options.pub_date.isoformat() if options.pub_date else None})
        mention_schema, event_schema = schemas()
        rows = spark.sparkContext.parallelize(files, max(1, len(files))).mapPartitions(
            lambda paths: code_files(paths, settings))
        mentions = spark.createDataFrame(rows, mention_schema)
        mentions.write.mode("overwrite").partitionBy("date").parquet(
            str(output / "mentions"))
        stored = spark.read.parquet(str(output / "mentions"))
        events = stored.groupBy("block_key").applyInPandas(group_block, schema=event_schema)
        events.write.mode("overwrite").parquet(str(output / "events"))
        return {"files": len(files), "mentions": stored.count(),
                "events": spark.read.parquet(str(output / "events")).count()}
    finally:
        spark.stop()
