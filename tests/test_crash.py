"""Acceptance (issue [reliability] part 2): `newsevents run` killed with SIGKILL at three
moments and started again ends with the database an uninterrupted run builds.

The input is 2,000 short synthetic articles (with near-duplicate copies, exact repeats and
broken lines among them, so that copy links, "already stored" and failures are all
exercised). After each kill the partial database is checked for half-written work: every
stored article has exactly the mentions the uninterrupted run gave it, and every event
counts exactly the mentions that point at it. Timings are printed (`pytest -s`), not asserted.
"""

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import duckdb
import pytest

ARTICLES = 2000
RUN = [sys.executable, "-c", "from newsevents.cli import main; main()", "run"]
PROGRESS = re.compile(r"^committed: (\d+) articles read")

COUNTRIES = [("France", "French", "Paris"), ("Germany", "German", "Berlin"),
             ("Russia", "Russian", "Moscow"), ("Turkey", "Turkish", "Ankara"),
             ("Iran", "Iranian", "Tehran"), ("Japan", "Japanese", "Tokyo"),
             ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"),
             ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"),
             ("Kenya", "Kenyan", "Nairobi"), ("Mexico", "Mexican", "Mexico City"),
             ("Poland", "Polish", "Warsaw"), ("Spain", "Spanish", "Madrid"),
             ("Nigeria", "Nigerian", "Abuja"), ("Pakistan", "Pakistani", "Islamabad")]
TOPICS = ["trade", "energy", "border security", "the war in Syria", "climate policy",
          "migration", "nuclear talks", "food prices"]
TEMPLATES = [
    "{a_adj} Foreign Minister met his {b_adj} counterpart in {b_city} on {day} to discuss "
    "{topic}, the ministry said in a statement.",
    "{a} imposed new sanctions on {b} on {day} over {topic}, the government in {a_city} "
    "said.",
    "Police in {a_city} arrested dozens of protesters on {day} during a march against "
    "{topic}, witnesses said.",
    "{a} and {b} signed an agreement on {topic} in {a_city} on {day}, officials said.",
    "{a} accused {b} on {day} of violating the agreement on {topic}, a spokesman said in "
    "{a_city}.",
    "The president of {a} visited {b_city} on {day} for talks with the {b_adj} leader on "
    "{topic}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_corpus(path, count=ARTICLES, seed=7):
    """JSON Lines of ``count`` records: mostly distinct articles, with every 40th a copy of
    an earlier one under a new headline, every 100th an exact repeat under a new id and
    every 150th a broken line."""
    rng = random.Random(seed)
    lines = []
    for number in range(count):
        if number % 150 == 149:
            lines.append(f'{{"id": "broken-{number}", "text": ')
            continue
        if number % 100 == 99:
            lines.append(json.dumps(dict(json.loads(lines[number - 7]), id=f"repeat-{number}")))
            continue
        if number % 40 == 39:
            earlier = json.loads(lines[number - 13])
            text = earlier["text"].replace("wire service", "wire service, updated")
            lines.append(json.dumps(dict(earlier, id=f"copy-{number}", text=text,
                                         title=earlier["title"] + " (update)")))
            continue
        (a, a_adj, a_city), (b, b_adj, b_city) = rng.sample(COUNTRIES, 2)
        published = date(2019, 1, 1) + timedelta(days=rng.randrange(300))
        day = WEEKDAYS[(published.weekday() - rng.randrange(1, 4)) % 7]
        fields = {"a": a, "a_adj": a_adj, "a_city": a_city, "b": b, "b_adj": b_adj,
                  "b_city": b_city, "day": day, "topic": rng.choice(TOPICS)}
        first, second = rng.sample(TEMPLATES, 2)
        text = (f"{first.format(**fields)} {second.format(**fields)} "
                f"Report {number} of the wire service.")
        lines.append(json.dumps({"id": f"a{number:05d}", "title": f"{a} and {b}: {day}",
                                 "text": text, "pub_date": published.isoformat()}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


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
    synthetic_corpus(corpus)
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
