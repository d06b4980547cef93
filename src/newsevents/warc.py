"""WARC input (Common Crawl, CC-NEWS): every HTML response record is an article.

Read with warcio. The record's URL and date are kept (the WARC date is the crawl date: it
stands in only when the page states no publication date). A record that is not an HTML
response is skipped with the reason; a broken or truncated record is skipped with the reason
and the rest of the file is read as far as it can be. A page larger than ``max_file_bytes``
is skipped; a record that declares more bytes than a compressed file may give (a gzip bomb,
see ``bounded.DecompressionBudget``) stops the file, since reading past it means
decompressing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsevents.bounded import DecompressionBudget
from newsevents.errors import InputError
from newsevents.options import Options
from newsevents.records import Article, Skipped, located

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _decode(payload: bytes, content_type: str) -> str | bytes:
    """Text by the charset the HTTP headers give; otherwise the bytes, for trafilatura to
    decode by the page's own meta charset (or by detection)."""
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return payload.decode(value.strip("\"' "), errors="replace")
            except LookupError:
                break
    return payload


def _record_article(record, where: str, options: Options) -> Article | Skipped:
    from newsevents.ingest import finish_article, html_to_raw  # the shared page path

    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    if not content_type.lower().startswith(HTML_TYPES):
        return Skipped(where, f"not an HTML page (Content-Type {content_type or 'missing'!r})")
    limit = options.max_file_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return Skipped(where, f"page larger than {limit:,} bytes (max_file_bytes)")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return Skipped(where, f"truncated WARC record ({missing} of {record.length} bytes "
                              "missing)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        raw = html_to_raw(_decode(payload, content_type), where)
    except InputError as exc:
        return Skipped(where, exc.reason)
    crawl_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    raw = {**raw, "url": raw.get("url") or url, "pub_date": raw.get("pub_date") or crawl_date}
    return finish_article(raw, where, options, title_in_text=False)


def read_warc_file(path: Path, options: Options) -> Iterator[Article | Skipped]:
    budget = DecompressionBudget(path, options) if path.name.lower().endswith(".gz") else None
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        number = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                yield Skipped(located(path, number + 1, "record"), f"broken WARC record ({exc})")
                return
            number += 1
            where = located(path, number, "record")
            if budget:
                budget.take(record.length or 0, where)  # InputError: the file stops here
            if record.rec_type != "response":
                continue  # requests, metadata and warcinfo records are not pages
            try:
                yield _record_article(record, where, options)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                yield Skipped(where, f"broken WARC record ({exc})")
                return
