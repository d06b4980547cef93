"""The Spark job gives the same events as `newsevents run` (local[2])."""

import shutil
from pathlib import Path

import duckdb
import pytest

from newsevents.runner import run_into_store

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news.jsonl"
DEDUP = Path(__file__).resolve().parent / "data" / "dedup" / "articles.jsonl"
COLUMNS = "event_id, event_type, source_code, target_code, participants, date_start, date_end"


def test_spark_and_run_give_the_same_events(tmp_path, pipeline):
    from newsevents.spark import run_spark

    counts = run_spark([SAMPLES, DEDUP], tmp_path / "spark", pipeline.options, "local[2]")
    db = tmp_path / "run.duckdb"
    run_into_store([SAMPLES, DEDUP], db, pipeline.options, pipeline)
    with duckdb.connect(str(db)) as connection:
        from_run = connection.execute(f"SELECT {COLUMNS} FROM events ORDER BY 1").fetchall()
        from_spark = connection.execute(
            f"SELECT {COLUMNS} FROM read_parquet('{tmp_path}/spark/events/*.parquet') "
            "ORDER BY 1").fetchall()
    assert counts["files"] == 2 and counts["events"] == len(from_run) > 50
    assert from_spark == from_run
