"""The embedded DuckDB store: articles, mentions (events read from one article), events
(mentions grouped across articles) and failures (inputs skipped, or coded with a warning).

Rows are written in Arrow batches (row-by-row inserts are about a thousand times slower),
one transaction per batch: the batch's articles, mentions, failures, copy links and the
regrouped events commit together or not at all, so a run killed at any moment leaves the
database as it was after the last whole batch, and a re-run continues from there
(docs/reliability.md). An article already stored (same id or same cleaned text) is not stored
again; a failure already recorded (same origin, stage and reason) is not recorded again.

Databases written before the ``failures`` table existed had a ``skipped`` table: its rows
move into ``failures`` when such a database is opened, and ``skipped`` stays as a view."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from newsevents.clean import text_hash
from newsevents.dedup import block_key
from newsevents.grouping import regroup
from newsevents.records import Article, Event, Failure, split_origin

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL, title VARCHAR,
    pub_date DATE, url VARCHAR, outlet VARCHAR, language VARCHAR, origin VARCHAR,
    text VARCHAR NOT NULL, minhash BLOB, duplicate_of VARCHAR,
    stored_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event_id VARCHAR,
    block_key VARCHAR NOT NULL, event_type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, source_code VARCHAR, source_country VARCHAR,
    source_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
    participants VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_precision VARCHAR, lat DOUBLE,
    lon DOUBLE, geonameid BIGINT, status VARCHAR, confidence DOUBLE, sentence_index INTEGER,
    sentence_start INTEGER, sentence_end INTEGER, sentence VARCHAR, record JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, block_key VARCHAR NOT NULL, event_type VARCHAR NOT NULL,
    mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, source_code VARCHAR,
    source_country VARCHAR, source_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    target_name VARCHAR, participants VARCHAR, date_start DATE, date_end DATE,
    date_precision VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE,
    lon DOUBLE, geonameid BIGINT, status VARCHAR, num_mentions INTEGER, num_articles INTEGER,
    num_sources INTEGER, num_independent INTEGER, first_report DATE, last_report DATE,
    best_mention_id VARCHAR, sentence VARCHAR, url VARCHAR
);
CREATE TABLE IF NOT EXISTS failures (
    failure_id VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, file VARCHAR NOT NULL,
    record INTEGER, article_id VARCHAR, stage VARCHAR NOT NULL, severity VARCHAR NOT NULL,
    reason VARCHAR NOT NULL, run_at TIMESTAMP NOT NULL
);
"""
# What the skipped table of earlier versions held, for queries written against it.
SKIPPED_VIEW = """
CREATE VIEW IF NOT EXISTS skipped AS
SELECT origin, article_id, reason, run_at AS seen_at FROM failures WHERE severity = 'skipped'
"""
FAILURE_FIELDS = ("failure_id", "origin", "file", "record", "article_id", "stage", "severity",
                  "reason", "run_at")
ARTICLE_FIELDS = ("article_id", "text_hash", "title", "pub_date", "url", "outlet", "language",
                  "origin", "text", "minhash")
MENTION_FIELDS = ("mention_id", "article_id", "block_key", "event_type", "mode", "cameo",
                  "quad_class", "goldstein", "source_code", "source_country", "source_name",
                  "target_code", "target_country", "target_name", "participants", "date_start",
                  "date_end", "date_precision", "location_name", "location_country",
                  "location_precision", "lat", "lon", "geonameid", "status", "confidence",
                  "sentence_index", "sentence_start", "sentence_end", "sentence", "record")


def article_row(article: Article, minhash: bytes | None = None) -> dict:
    return {"article_id": article.article_id, "text_hash": text_hash(article.text),
            "title": article.title, "pub_date": article.pub_date, "url": article.url,
            "outlet": article.outlet, "language": article.language, "origin": article.origin,
            "text": article.text, "minhash": minhash}


def failure_id(origin: str, stage: str, reason: str) -> str:
    return hashlib.sha1(f"{origin}|{stage}|{reason}".encode()).hexdigest()[:20]


def failure_row(failure: Failure, run_at: datetime) -> dict:
    file, record = split_origin(failure.origin)
    return {"failure_id": failure_id(failure.origin, failure.stage, failure.reason),
            "origin": failure.origin, "file": file, "record": record,
            "article_id": failure.article_id, "stage": failure.stage,
            "severity": failure.severity, "reason": failure.reason, "run_at": run_at}


def mention_row(event: Event) -> dict:
    """A stored mention: the contract record, and the columns queries and grouping need."""
    place, target = event.location, event.target
    return {
        "mention_id": event.event_id, "article_id": event.article_id,
        "block_key": block_key(event), "event_type": event.event_type, "mode": event.mode,
        "cameo": event.cameo, "quad_class": event.quad_class, "goldstein": event.goldstein,
        "source_code": event.source.code, "source_country": event.source.country,
        "source_name": event.source.name or event.source.text,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "target_name": (target.name or target.text) if target else None,
        "participants": ";".join(p.code or "" for p in event.participants) or None,
        "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_precision": place.precision if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None, "status": event.status,
        "confidence": event.confidence, "sentence_index": event.evidence.sentence_index,
        "sentence_start": event.evidence.start, "sentence_end": event.evidence.end,
        "sentence": event.evidence.sentence,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }


class Store:
    """The tables over a DuckDB file (``Store(path)``) or over an open connection
    (``Store(connection=...)``: one cursor of the server's connection); the schema is created
    (and an earlier version's ``skipped`` table moved into ``failures``) if missing, and
    ``close`` closes the connection either way."""

    def __init__(self, path: Path | str | None = None, *,
                 connection: duckdb.DuckDBPyConnection | None = None) -> None:
        if (path is None) == (connection is None):
            raise ValueError("Store needs a path or a connection")
        self.connection = connection if connection is not None else duckdb.connect(str(path))
        self.connection.execute("BEGIN TRANSACTION")
        try:
            self.connection.execute(SCHEMA)
            self._migrate_skipped()
            self.connection.execute(SKIPPED_VIEW)
            self.connection.execute("COMMIT")
        except Exception:
            self.connection.execute("ROLLBACK")
            self.connection.close()
            raise
        # "Already stored?" is asked while the input is read, which with several workers is
        # the pool's feeder thread: it gets a connection of its own, since a DuckDB
        # connection refuses a second caller while the writer uses it.
        self.lookups = self.connection.cursor()

    def _migrate_skipped(self) -> None:
        """Move the rows of an earlier version's ``skipped`` table into ``failures``."""
        kind = self.connection.execute(
            "SELECT table_type FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name = 'skipped'").fetchone()
        if not kind or kind[0] != "BASE TABLE":
            return
        rows = {}
        for origin, article_id, reason, seen_at in self.connection.execute(
                "SELECT origin, article_id, reason, seen_at FROM skipped ORDER BY seen_at"
                ).fetchall():
            row = failure_row(Failure(origin, reason, article_id), seen_at or datetime.now())
            rows.setdefault(row["failure_id"], row)
        self._insert("failures", FAILURE_FIELDS, list(rows.values()), "failure_id")
        self.connection.execute("DROP TABLE skipped")

    def close(self) -> None:
        self.lookups.close()
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def known(self, article: Article) -> bool:
        row = self.lookups.execute(
            "SELECT 1 FROM articles WHERE article_id = ? OR text_hash = ? LIMIT 1",
            [article.article_id, text_hash(article.text)]).fetchone()
        return row is not None

    def _insert(self, table: str, fields: tuple[str, ...], rows: list[dict], key: str) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist(rows)  # noqa: F841 (read by DuckDB by name)
        columns = ", ".join(fields)
        self.connection.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch "
            f"WHERE {key} NOT IN (SELECT {key} FROM {table})")

    def write(self, articles: Iterable[Article], events: Iterable[Event],
              failures: Iterable[Failure] = (), signatures: dict[str, bytes] | None = None,
              copy_groups: Iterable[set[str]] = (), run_at: datetime | None = None) -> None:
        """Store one batch (articles, their mentions, failures) in one transaction: link
        copies of the same story, then regroup the events the new mentions (and copies)
        touch."""
        signatures = signatures or {}
        mentions = [mention_row(e) for e in events]
        run_at = run_at or datetime.now()
        failure_rows = {row["failure_id"]: row for row in
                        (failure_row(f, run_at) for f in failures)}
        self.connection.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", ARTICLE_FIELDS,
                         [article_row(a, signatures.get(a.article_id)) for a in articles],
                         "article_id")
            self._insert("mentions", MENTION_FIELDS, mentions, "mention_id")
            self._insert("failures", FAILURE_FIELDS, list(failure_rows.values()), "failure_id")
            touched = {m["block_key"] for m in mentions}
            for group in copy_groups:
                self.link_copies(group)
                touched |= self.blocks_of(group)
            regroup(self.connection, touched)
            self.connection.execute("COMMIT")
        except Exception:
            self.connection.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "mentions", "events", "failures")}

    def blocks_of(self, article_ids: set[str]) -> set[str]:
        marks = ", ".join("?" for _ in article_ids)
        rows = self.connection.execute(
            f"SELECT DISTINCT block_key FROM mentions WHERE article_id IN ({marks})",
            [*article_ids]).fetchall()
        return {r[0] for r in rows}

    def signatures(self) -> list[tuple[str, bytes]]:
        return self.connection.execute(
            "SELECT article_id, minhash FROM articles WHERE minhash IS NOT NULL").fetchall()

    def link_copies(self, copies: set[str]) -> None:
        """Point every article of a group of copies at the earliest one (publication date,
        then id), whatever order they arrived in."""
        if len(copies) < 2:
            return
        marks = ", ".join("?" for _ in copies)
        rows = self.connection.execute(
            f"SELECT article_id, duplicate_of FROM articles WHERE article_id IN ({marks}) "
            f"OR duplicate_of IN ({marks})", [*copies, *copies]).fetchall()
        members = set(copies) | {r[0] for r in rows} | {r[1] for r in rows if r[1]}
        marks = ", ".join("?" for _ in members)
        original = self.connection.execute(
            f"SELECT article_id FROM articles WHERE article_id IN ({marks}) "
            "ORDER BY pub_date NULLS LAST, article_id LIMIT 1", [*members]).fetchone()[0]
        self.connection.execute(
            f"UPDATE articles SET duplicate_of = CASE WHEN article_id = ? THEN NULL ELSE ? END "
            f"WHERE article_id IN ({marks})", [original, original, *members])
