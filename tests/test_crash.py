"""Acceptance (issue [reliability] part 2): `newsevents run` killed with SIGKILL at three
moments and started again ends with the database an uninterrupted run builds.

The input is 2,000 short synthetic articles (with near-duplicate copies, exact repeats and
broken lines among them, so that copy links, "already stored" and failures are all
exercised). After each kill the partial database is checked for half-written work: every
stored article has exactly the mentions the uninterrupted run gave it, and every event
counts exactly the mentions that point at it. Timings are printed (`pytest -s`), not asserted.
"""

import os
import re
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from synthetic import synthetic_corpus

ARTICLES = 2000
RUN = [sys.executable, "-c", "from newsevents.cli import main; main()", "run"]
PROGRESS = re.compile(r"^committed: (\d+) articles read")


def run_to_end(corpus, db):
    started = time.perf_counter()
    result = subprocess.run([*RUN, str(corpus), "--db", str(db), "--workers", "1"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 3, result.stderr[-2000:]  # the broken lines: partial
    return time.perf_counter() - started


def run_and_kill(corpus, db, after_read, delay):
    """Start a run, kill it with SIGKILL ``delay`` seconds after a commit shows at least
    ``after_read`` articles read; returns the last count it printed and the seconds."""
    started = time.perf_counter()
    process = subprocess.Popen([*RUN, str(corpus), "--db", str(db), "--workers", "1",
                                "--progress"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    seen = 0
    for line in process.stderr:
        match = PROGRESS.match(line)
        if match:
            seen = int(match.group(1))
            if seen >= after_read:
                time.sleep(delay)
                os.kill(process.pid, signal.SIGKILL)
                break
    process.wait(timeout=120)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, f"the run ended before the kill ({seen})"
    return seen, time.perf_counter() - started


def snapshot(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        def rows(query):
            return sorted(connection.execute(query).fetchall(), key=repr)
        return {
            "articles": rows("SELECT article_id, text_hash, duplicate_of, origin FROM articles"),
            "mentions": rows("SELECT mention_id, article_id, event_id, block_key FROM mentions"),
            "events": rows("SELECT * FROM events"),
            "failures": rows("SELECT failure_id, origin, record, article_id, stage, severity, "
                             "reason FROM failures"),
            "num_mentions": dict(connection.execute(
                "SELECT event_id, num_mentions FROM events").fetchall()),
        }


def assert_no_half_written_work(partial, complete):
    """Every article in the partial database has all (and only) the mentions the complete
    run gave it, and every event counts exactly the mentions that point at it."""
    mentions_of = {}
    for mention_id, article_id, _event, _block in complete["mentions"]:
        mentions_of.setdefault(article_id, set()).add(mention_id)
    stored = {row[0] for row in partial["articles"]}
    partial_mentions = {}
    for mention_id, article_id, event_id, _block in partial["mentions"]:
        assert article_id in stored and event_id is not None
        partial_mentions.setdefault(article_id, set()).add(mention_id)
    for article_id in stored:
        assert partial_mentions.get(article_id, set()) == mentions_of.get(article_id, set())
    pointing = {}
    for _mention, _article, event_id, _block in partial["mentions"]:
        pointing[event_id] = pointing.get(event_id, 0) + 1
    assert partial["num_mentions"] == pointing


@pytest.mark.crash
def test_kill_at_three_moments_and_restart_gives_the_uninterrupted_database(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    synthetic_corpus(corpus, ARTICLES)
    complete_db, resumed_db = tmp_path / "complete.duckdb", tmp_path / "resumed.duckdb"
    timings = {"uninterrupted": run_to_end(corpus, complete_db)}
    complete = snapshot(complete_db)
    assert len(complete["articles"]) > 1800 and len(complete["events"]) > 500
    copies = {row[0]: row[2] for row in complete["articles"] if row[0].startswith("copy-")}
    assert copies and all(copies.values())  # each copy is linked to its original
    seen_before = 0
    for moment, (after_read, delay) in enumerate([(1, 0.0), (900, 0.3), (1700, 0.6)],
                                                 start=1):
        seen, timings[f"killed {moment}"] = run_and_kill(corpus, resumed_db, after_read, delay)
        partial = snapshot(resumed_db)
        assert seen >= seen_before and 0 < len(partial["articles"]) < len(complete["articles"])
        assert_no_half_written_work(partial, complete)
        seen_before = seen
        print(f"kill {moment}: after {seen} articles read, {len(partial['articles'])} stored")
    timings["final"] = run_to_end(corpus, resumed_db)
    resumed = snapshot(resumed_db)
    for table in ("articles", "mentions", "events", "failures", "num_mentions"):
        assert resumed[table] == complete[table], table
    print({name: round(seconds, 1) for name, seconds in timings.items()},
          {table: len(rows) for table, rows in complete.items()})
