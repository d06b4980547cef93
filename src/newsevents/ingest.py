"""Readers for the contract's input forms: .txt, .html/.htm, .jsonl(.gz) and folders.

Every reader yields ``Article`` or ``Skipped`` records, never raises for one bad record, so
that the rest of a batch goes on. WARC input comes with the [scale] issue.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import py3langid
import trafilatura

from newsevents.clean import clean_text, dateline_of, first_line, text_hash
from newsevents.errors import InputError
from newsevents.options import Options
from newsevents.records import Article, Skipped
from newsevents.warc import WARC_SUFFIXES, read_warc_file

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# Language identification below this many characters is unreliable; such texts are kept.
MIN_CHARS_FOR_LANGUAGE_ID = 200

Record = Article | Skipped


def content_id(text: str) -> str:
    """The id of an article that has none: the start of its text hash."""
    return text_hash(text)[:16]


def parse_pub_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(where, f"pub_date {value!r} is not YYYY-MM-DD") from exc


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in (*WARC_SUFFIXES, *JSONL_SUFFIXES, *HTML_SUFFIXES, *TEXT_SUFFIXES)
                 if name.endswith(s)), "")


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Expand folders (recursively, sorted) into the files newsevents reads."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if suffix_of(child):
                    yield child
        elif path.is_file():
            if suffix_of(path):
                yield path
            else:
                yield Skipped(str(path), "unsupported file type (expected .txt, .html, "
                                         ".jsonl, .warc)")
        else:
            yield Skipped(str(path), "no such file or folder")


def detect_language(text: str) -> str | None:
    if len(text) < MIN_CHARS_FOR_LANGUAGE_ID:
        return None
    language, _score = py3langid.classify(text[:5000])
    return language


def finish_article(raw: dict, where: str, options: Options, *, title_in_text: bool) -> Record:
    """Clean one raw record and apply the checks every form shares."""
    title = (raw.get("title") or "").strip() or None
    text = clean_text(raw["text"], title, title_in_text=title_in_text)
    article_id = str(raw.get("id") or content_id(text))
    if len(text) < options.min_text_chars:
        return Skipped(where, f"too short to be an article ({len(text)} characters)", article_id)
    language = raw.get("language") or detect_language(text)
    if language and language not in options.languages:
        return Skipped(where, f"language {language!r} is not coded", article_id)
    pub_date = parse_pub_date(raw.get("pub_date"), where) or options.pub_date
    return Article(
        article_id=article_id, text=text, title=title, pub_date=pub_date,
        url=raw.get("url"), outlet=raw.get("outlet"), language=language or "en", origin=where,
        dateline=dateline_of(raw["text"]),
    )


def read_text_file(path: Path, options: Options) -> Record:
    raw = path.read_bytes().decode("utf-8", errors="replace")
    return finish_article({"text": raw, "title": first_line(raw)}, str(path), options,
                          title_in_text=True)


def html_to_raw(html: str | bytes, where: str) -> dict:
    """Main text, title and date of a web page, by trafilatura (comments excluded)."""
    document = trafilatura.bare_extraction(
        html, include_comments=False, with_metadata=True, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        raise InputError(where, "no article text found in the page")
    return {"text": document.text, "title": document.title, "pub_date": document.date,
            "url": document.url, "outlet": document.sitename}


def read_html_file(path: Path, options: Options) -> Record:
    html = path.read_bytes().decode("utf-8", errors="replace")
    return finish_article(html_to_raw(html, str(path)), str(path), options, title_in_text=False)


def read_jsonl_record(line: str, where: str, options: Options) -> Record:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from exc
    if not isinstance(raw, dict):
        raise InputError(where, "a JSON Lines record must be an object")
    if not raw.get("text") and raw.get("html"):
        raw = {**raw, **{k: v for k, v in html_to_raw(raw["html"], where).items()
                         if v and not raw.get(k)}}
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        raise InputError(where, "record has neither 'text' nor 'html'")
    return finish_article(raw, where, options, title_in_text=False)


def read_jsonl_file(path: Path, options: Options) -> Iterator[Record]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield read_jsonl_record(line, where, options)
            except InputError as exc:
                yield Skipped(where, exc.reason)


def read_file(path: Path, options: Options) -> Iterator[Record]:
    suffix = suffix_of(path)
    try:
        if suffix in WARC_SUFFIXES:
            yield from read_warc_file(path, options)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, options)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, options)
        else:
            yield read_text_file(path, options)
    except InputError as exc:
        yield Skipped(str(path), exc.reason)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skipped(str(path), f"cannot read file: {exc}")


def read_articles(paths: Iterable[Path], options: Options) -> Iterator[Record]:
    """Every article (or skip record) in the given files and folders, in a stable order."""
    for item in iter_input_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item, options)


def articles_from_dicts(records: Iterable[dict], options: Options) -> Iterator[Record]:
    """Articles from already-parsed JSON records (the server's and the gold set's form)."""
    for number, raw in enumerate(records, start=1):
        where = str(raw.get("id") or f"record {number}")
        try:
            yield read_jsonl_record(json.dumps(raw), where, options)
        except InputError as exc:
            yield Skipped(where, exc.reason)
