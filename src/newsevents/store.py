"""The embedded DuckDB store: articles, events (mentions) and skipped inputs.

Rows are written in Arrow batches (row-by-row inserts are about a thousand times slower);
an article already stored (same id or same cleaned text) is not stored again."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pyarrow as pa

from newsevents.records import Article, Event, Skipped

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL, title VARCHAR,
    pub_date DATE, url VARCHAR, outlet VARCHAR, language VARCHAR, origin VARCHAR,
    text VARCHAR NOT NULL, stored_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event_type VARCHAR NOT NULL,
    mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_code VARCHAR, source_country VARCHAR, target_code VARCHAR, target_country VARCHAR,
    date_start DATE, date_end DATE, date_precision VARCHAR, location_name VARCHAR,
    location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, status VARCHAR,
    confidence DOUBLE, sentence_start INTEGER, sentence_end INTEGER, record JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS skipped (
    origin VARCHAR NOT NULL, article_id VARCHAR, reason VARCHAR NOT NULL,
    seen_at TIMESTAMP DEFAULT current_timestamp
);
"""
ARTICLE_FIELDS = ("article_id", "text_hash", "title", "pub_date", "url", "outlet", "language",
                  "origin", "text")
EVENT_FIELDS = ("event_id", "article_id", "event_type", "mode", "cameo", "quad_class",
                "goldstein", "source_code", "source_country", "target_code", "target_country",
                "date_start", "date_end", "date_precision", "location_name", "location_country",
                "lat", "lon", "geonameid", "status", "confidence", "sentence_start",
                "sentence_end", "record")


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_row(article: Article) -> dict:
    return {"article_id": article.article_id, "text_hash": text_hash(article.text),
            "title": article.title, "pub_date": article.pub_date, "url": article.url,
            "outlet": article.outlet, "language": article.language, "origin": article.origin,
            "text": article.text}


def event_row(event: Event) -> dict:
    place, target = event.location, event.target
    return {
        "event_id": event.event_id, "article_id": event.article_id,
        "event_type": event.event_type, "mode": event.mode, "cameo": event.cameo,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "source_code": event.source.code, "source_country": event.source.country,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None, "status": event.status,
        "confidence": event.confidence, "sentence_start": event.evidence.start,
        "sentence_end": event.evidence.end,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }


class Store:
    def __init__(self, path: Path | str) -> None:
        self.connection = duckdb.connect(str(path))
        self.connection.execute(SCHEMA)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def known(self, article: Article) -> bool:
        row = self.connection.execute(
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
              skipped: Iterable[Skipped] = ()) -> None:
        """Store one batch in one transaction."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", ARTICLE_FIELDS, [article_row(a) for a in articles],
                         "article_id")
            self._insert("events", EVENT_FIELDS, [event_row(e) for e in events], "event_id")
            skip_rows = [{"origin": s.origin, "article_id": s.article_id, "reason": s.reason}
                         for s in skipped]
            if skip_rows:
                batch = pa.Table.from_pylist(skip_rows)  # noqa: F841
                self.connection.execute("INSERT INTO skipped (origin, article_id, reason) "
                                        "SELECT origin, article_id, reason FROM batch")
            self.connection.execute("COMMIT")
        except Exception:
            self.connection.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events", "skipped")}
