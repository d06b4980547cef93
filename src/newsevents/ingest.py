"""Readers for the contract's input forms: .txt, .html/.htm, .jsonl(.gz) and folders.

Every reader yields ``Article`` or ``Skipped`` records, never raises for one bad record, so
that the rest of a batch goes on. Bytes are read within the limits of ``Options`` by
``bounded.py``; an article keeps the warnings of repairs made on the way (bad UTF-8, a cut
text, paragraphs in other languages). Limits and reasons: docs/reliability.md.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import py3langid
import trafilatura
from lxml import etree

from newsevents.bounded import decode_utf8, jsonl_lines, read_document
from newsevents.clean import clean_text, dateline_of, first_line, text_hash
from newsevents.errors import InputError
from newsevents.options import Options
from newsevents.records import Article, Skipped, located
from newsevents.warc import WARC_SUFFIXES, read_warc_file

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# Language identification below this many characters is unreliable; such texts are kept.
MIN_CHARS_FOR_LANGUAGE_ID = 200
# An article whose paragraphs in languages that are not coded make up this share of its text
# is still coded (its main language is), with a warning.
MIXED_LANGUAGE_SHARE = 0.2
# Paragraphs at least this long are identified one by one for that check.
MIN_CHARS_FOR_PARAGRAPH_LANGUAGE = 100
# Below this share of letters among the visible characters a text is not prose: a log, a
# table of figures, CSV. Measured: the sample and gold articles 0.93-0.98, a market report
# full of figures 0.73, CSV 0.56, log lines 0.43, a table of figures 0.04.
MIN_LETTER_SHARE = 0.6
_LETTER = re.compile(r"[^\W\d_]")
# What a broken file or page can raise from the libraries that read it.
READ_ERRORS = (OSError, EOFError, zlib.error, ValueError, LookupError, RecursionError)

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


def paragraph_languages(text: str) -> dict[str, int]:
    """Characters per language over the paragraphs long enough to identify; empty when fewer
    than two are."""
    paragraphs = [p for p in text.split("\n\n") if len(p) >= MIN_CHARS_FOR_PARAGRAPH_LANGUAGE]
    if len(paragraphs) < 2:
        return {}
    shares: dict[str, int] = {}
    for paragraph in paragraphs:
        found = py3langid.classify(paragraph[:2000])[0]
        shares[found] = shares.get(found, 0) + len(paragraph)
    return shares


def article_language(raw: dict, text: str, options: Options) -> tuple[str | None, str | None]:
    """The language an article is coded as (the one most of its paragraphs are in) and a
    warning when paragraphs in languages that are not coded make up a good share of it."""
    shares = paragraph_languages(text)
    language = raw.get("language") or (max(sorted(shares), key=shares.__getitem__) if shares
                                       else detect_language(text))
    others = {k: v for k, v in shares.items() if k not in options.languages}
    share = sum(others.values()) / sum(shares.values()) if shares else 0.0
    if share < MIXED_LANGUAGE_SHARE or language not in options.languages:
        return language, None
    return language, (f"mixed languages: {share:.0%} of the text is in "
                      f"{', '.join(sorted(others))}; coded as {language!r}, those paragraphs "
                      "yield few events")


def letter_share(text: str) -> float:
    sample = text[:5000]
    visible = len(sample) - sum(sample.count(c) for c in " \n")
    return len(_LETTER.findall(sample)) / visible if visible else 0.0


def cut_to_length(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a paragraph or sentence end."""
    if len(text) <= limit:
        return text
    window = text[:limit]
    for mark in ("\n\n", "\n", ". "):
        end = window.rfind(mark)
        if end > limit // 2:
            return window[: end + 1].strip()
    return window.strip()


def finish_article(raw: dict, where: str, options: Options, *, title_in_text: bool,
                   warnings: tuple[str, ...] = ()) -> Record:
    """Clean one raw record and apply the checks every form shares."""
    title = (raw.get("title") or "").strip() or None
    text = clean_text(raw["text"], title, title_in_text=title_in_text)
    if len(text) > options.max_article_chars:
        cut = cut_to_length(text, options.max_article_chars)
        warnings += (f"text cut to {len(cut):,} of {len(text):,} characters "
                     "(max_article_chars)",)
        text = cut
    article_id = str(raw.get("id") or content_id(text))
    if len(text) < options.min_text_chars and dateline_of(raw["text"]):
        # a wire brief is measured with its dateline: "CARACAS (AFP) - Venezuela released ..."
        length = len(clean_text(raw["text"], title, title_in_text=title_in_text,
                                keep_dateline=True))
    else:
        length = len(text)
    if length < options.min_text_chars:
        return Skipped(where, f"too short to be an article ({length} characters, fewer "
                              f"than {options.min_text_chars})", article_id)
    if (share := letter_share(text)) < MIN_LETTER_SHARE:
        return Skipped(where, f"not prose: {share:.0%} of the characters are letters (a log, "
                              "a table or code?)", article_id)
    language, mixed = article_language(raw, text, options)
    if language and language not in options.languages:
        return Skipped(where, f"language {language!r} is not coded", article_id)
    pub_date = parse_pub_date(raw.get("pub_date"), where) or options.pub_date
    return Article(
        article_id=article_id, text=text, title=title, pub_date=pub_date,
        url=raw.get("url"), outlet=raw.get("outlet"), language=language or "en", origin=where,
        dateline=dateline_of(raw["text"]),
        warnings=warnings + ((mixed,) if mixed else ()),
    )


def read_text_file(path: Path, options: Options) -> Record:
    text, warnings = read_document(path, options)
    return finish_article({"text": text, "title": first_line(text)}, str(path), options,
                          title_in_text=True, warnings=warnings)


def _nesting_note(html: str | bytes) -> str:
    """Why the page gave no text when its markup is nested too deep for the HTML parser."""
    parser = etree.HTMLParser()
    try:
        etree.fromstring(html, parser)
    except (etree.LxmlError, ValueError):
        return ""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message:
            depth = re.search(r"\d+", error.message)
            return (f" (markup nested deeper than the HTML parser's limit of "
                    f"{depth.group() if depth else '?'} levels)")
    return ""


def html_to_raw(html: str | bytes, where: str) -> dict:
    """Main text, title and date of a web page, by trafilatura (comments excluded)."""
    try:
        document = trafilatura.bare_extraction(
            html, include_comments=False, with_metadata=True, favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (RecursionError, ValueError, TypeError, LookupError, etree.LxmlError) as exc:
        raise InputError(where, f"cannot parse the page ({type(exc).__name__}: {exc})") from exc
    if document is None or not (document.text or "").strip():
        raise InputError(where, "no article text found in the page" + _nesting_note(html))
    return {"text": document.text, "title": document.title, "pub_date": document.date,
            "url": document.url, "outlet": document.sitename}


def read_html_file(path: Path, options: Options) -> Record:
    html, warnings = read_document(path, options)
    return finish_article(html_to_raw(html, str(path)), str(path), options,
                          title_in_text=False, warnings=warnings)


def read_jsonl_record(line: str, where: str, options: Options,
                      warnings: tuple[str, ...] = ()) -> Record:
    try:
        raw = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        message = (f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError)
                   else "nested too deep")
        raise InputError(where, f"not valid JSON ({message})") from exc
    if not isinstance(raw, dict):
        raise InputError(where, f"a JSON Lines record must be an object, not "
                                f"{type(raw).__name__} (not an article)")
    if not raw.get("text") and raw.get("html"):
        if not isinstance(raw["html"], str):
            raise InputError(where, "'html' must be a string")
        raw = {**raw, **{k: v for k, v in html_to_raw(raw["html"], where).items()
                         if v and not raw.get(k)}}
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        raise InputError(where, "record has neither 'text' nor 'html' (not an article)")
    for key in ("id", "title", "url", "outlet", "language"):
        allowed = (str, int) if key == "id" else str
        if raw.get(key) is not None and not isinstance(raw[key], allowed):
            raise InputError(where, f"'{key}' must be a string, not {type(raw[key]).__name__}")
    return finish_article(raw, where, options, title_in_text=False, warnings=warnings)


def read_jsonl_file(path: Path, options: Options) -> Iterator[Record]:
    records = 0
    for number, line in jsonl_lines(path, options):
        if line is not None and not line.strip():
            continue
        records += 1
        where = located(path, number)
        if line is None:
            yield Skipped(where, f"line longer than {options.max_line_bytes:,} bytes "
                                 "(max_line_bytes); read past, not kept")
            continue
        text, warning = decode_utf8(line)
        try:
            yield read_jsonl_record(text, where, options, (warning,) if warning else ())
        except InputError as exc:
            yield Skipped(where, exc.reason)
    if not records:
        yield Skipped(str(path), "empty file (no JSON Lines records)")


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
        yield Skipped(exc.where, exc.reason)
    except READ_ERRORS as exc:
        yield Skipped(str(path), f"cannot read file ({type(exc).__name__}: {exc})")


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
