"""Limits on untrusted input, per-article isolation, the failures table and its migration."""

import copy
import gzip
import io
import json
from dataclasses import replace

import duckdb
import pytest
from click.testing import CliRunner
from synthetic import synthetic_corpus
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.cli import LISTED_FAILURES, main
from newsevents.ingest import read_articles
from newsevents.options import MIB, Options
from newsevents.records import Article, Skipped
from newsevents.runner import EXIT_OK, exit_code, run_into_store
from newsevents.store import Store

BODY = ("Russian Foreign Minister Sergey Lavrov met his Turkish counterpart in Ankara on "
        "Thursday to discuss the war in Syria, the ministry said in a statement.")


def read(paths, **options):
    return list(read_articles(paths, Options(**options)))


def test_file_over_the_size_limit_is_not_read(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("w") as handle:
        handle.write("word " * (10 * MIB))  # 50 MB on one line
    (record,) = read([path])
    assert isinstance(record, Skipped) and "larger than 10,485,760 bytes" in record.reason


def test_long_jsonl_line_is_read_past_and_the_next_line_read(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "x " * 5000}) + "\n" +
                    json.dumps({"id": "ok", "text": BODY}) + "\n")
    records = read([path], max_line_bytes=1000)
    assert isinstance(records[0], Skipped) and records[0].origin.endswith("a.jsonl:1")
    assert "max_line_bytes" in records[0].reason
    assert isinstance(records[1], Article) and records[1].article_id == "ok"


def test_gzip_stops_at_the_decompressed_limit_after_reading_what_came_before(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    line = json.dumps({"text": BODY}) + "\n"
    with gzip.open(path, "wt") as handle:
        for number in range(100):
            handle.write(line.replace("Thursday", f"Thursday ({number})"))
    records = read([path], max_decompressed_bytes=20 * len(line))
    assert all(isinstance(r, Article) for r in records[:19])
    assert isinstance(records[-1], Skipped) and "max_decompressed_bytes" in records[-1].reason
    assert len(records) < 25


def test_warc_gzip_bomb_stops_the_file(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.test/bomb", "response", payload=io.BytesIO(b" " * (40 * MIB)),
            http_headers=headers))
    (record,) = read([path])
    assert isinstance(record, Skipped) and "gzip bomb" in record.reason
    assert record.origin.endswith("bomb.warc.gz:record 1")


def test_utf16_with_bom_and_utf8_with_bom_are_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(("Talks\n\n" + BODY).encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(("Talks again\n\n" + BODY + " Later.").encode("utf-8-sig"))
    records = read([tmp_path])
    assert [type(r) for r in records] == [Article, Article]
    assert records[0].title == "Talks" and records[1].title == "Talks again"
    assert not records[0].warnings and not records[1].warnings


def test_long_article_is_cut_at_a_sentence_end_with_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Long\n\n" + " ".join([BODY] * 50))
    (article,) = read([path], max_article_chars=1000)
    assert len(article.text) <= 1000 and article.text.endswith(".")
    assert "max_article_chars" in article.warnings[0]


def test_an_article_that_breaks_extraction_is_skipped_alone(pipeline, monkeypatch):
    original = pipeline.events_for

    def events_for(article, doc):
        if article.article_id == "bad":
            raise IndexError("boom")
        return original(article, doc)

    monkeypatch.setattr(pipeline, "events_for", events_for)
    articles = [Article("good1", BODY), Article("bad", BODY + " Again."),
                Article("good2", BODY + " Once more.")]
    results = list(pipeline.process(articles))
    assert [type(r).__name__ for r in results] == ["tuple", "Skipped", "tuple"]
    assert results[1].stage == "code" and "IndexError: boom" in results[1].reason
    assert results[0][1] and results[2][1]


OLD_SKIPPED = """CREATE TABLE skipped (origin VARCHAR NOT NULL, article_id VARCHAR,
reason VARCHAR NOT NULL, seen_at TIMESTAMP DEFAULT current_timestamp)"""


def test_database_of_the_previous_version_opens_and_keeps_its_skips(tmp_path):
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as connection:
        connection.execute(OLD_SKIPPED)
        connection.execute("INSERT INTO skipped (origin, article_id, reason) VALUES "
                           "('a.jsonl:2', NULL, 'not valid JSON'), "
                           "('a.jsonl:2', NULL, 'not valid JSON'), ('b.txt', 'b', 'too short')")
    for _ in range(2):  # the second opening finds nothing left to move
        with Store(db) as store:
            assert store.counts()["failures"] == 2
            rows = store.connection.execute(
                "SELECT file, record, severity, reason FROM failures ORDER BY file").fetchall()
            old_view = store.connection.execute(
                "SELECT origin, reason FROM skipped ORDER BY origin").fetchall()
    assert rows == [("a.jsonl", 2, "skipped", "not valid JSON"),
                    ("b.txt", None, "skipped", "too short")]
    assert old_view == [("a.jsonl:2", "not valid JSON"), ("b.txt", "too short")]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"id": "g1", "text": BODY, "pub_date": "2019-03-08"})]
    lines += [f"broken line {n}" for n in range(LISTED_FAILURES + 5)]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_failures_are_recorded_once_across_runs(corpus, tmp_path, pipeline):
    db = tmp_path / "db.duckdb"
    first = run_into_store([corpus], db, pipeline.options, pipeline)
    second = run_into_store([corpus], db, pipeline.options, pipeline)
    with Store(db) as store:
        counts = store.counts()
    assert len(first.skipped) == len(second.skipped) == counts["failures"] == 25
    assert (first.stored, second.stored, second.already_stored) == (1, 0, 1)


def test_summary_lists_failures_up_to_a_cap(corpus, tmp_path):
    db = tmp_path / "db.duckdb"
    result = CliRunner().invoke(main, ["run", str(corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 3
    listed = [line for line in result.stdout.splitlines() if "a.jsonl:" in line]
    assert len(listed) == LISTED_FAILURES
    assert "... and 5 more" in result.stdout and "failures table" in result.stdout


def test_warnings_alone_do_not_make_a_run_partial(tmp_path, pipeline):
    (tmp_path / "a.txt").write_bytes(("Talks\n\n" + BODY + " Café.").encode("cp1252"))
    summary = run_into_store([tmp_path], tmp_path / "db.duckdb", pipeline.options, pipeline)
    assert summary.warnings and not summary.skipped
    assert exit_code(summary) == EXIT_OK


def test_two_workers_store_the_same_database_as_one(tmp_path, pipeline):
    """With workers, the input (and "already stored?") is read in the pool's feeder thread
    while the main thread writes: the store must take both."""
    corpus = tmp_path / "corpus.jsonl"
    synthetic_corpus(corpus, 160)
    small_batches = copy.copy(pipeline)
    small_batches.options = replace(pipeline.options, batch_size=8)
    tables = []
    for workers in (1, 2):
        db = tmp_path / f"{workers}.duckdb"
        run_into_store([corpus], db, replace(small_batches.options, workers=workers),
                       small_batches)
        with Store(db) as store:
            tables.append([store.connection.execute(query).fetchall() for query in (
                "SELECT article_id, duplicate_of FROM articles ORDER BY article_id",
                "SELECT mention_id, event_id FROM mentions ORDER BY mention_id",
                "SELECT event_id, num_mentions FROM events ORDER BY event_id")])
    assert len(tables[0][0]) > 140 and tables[0] == tables[1]
