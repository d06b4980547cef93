"""What the server holds while it runs: one DuckDB connection (the server is the file's
single writer), the options, the API key and the ingestion worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from newsevents.errors import NewsEventsError
from newsevents.options import Options
from newsevents.store import SCHEMA


def open_database(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        connection = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        raise NewsEventsError(
            f"{path}: cannot open the database ({exc}). DuckDB allows one writing process: "
            "stop `newsevents run` (or the other server) on this file first") from exc
    connection.execute(SCHEMA)
    return connection


@dataclass
class ServerState:
    connection: duckdb.DuckDBPyConnection
    options: Options
    api_key: str | None = None
    _cursor_lock: threading.Lock = field(default_factory=threading.Lock)

    def new_cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of the shared connection: its own transaction, safe in its own thread."""
        with self._cursor_lock:
            return self.connection.cursor()

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """FastAPI dependency: one cursor per request, closed after the response."""
        cursor = self.new_cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def close(self) -> None:
        with self._cursor_lock:
            self.connection.close()
