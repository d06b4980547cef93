"""Fuzzing the readers and the cleaning with Hypothesis (issue [reliability] part 1).

Whatever the bytes, a reader yields Article or Skipped records and lets no exception escape;
a record reader raises nothing but our InputError; cleaned text keeps its invariants.

Bounded for CI: each property runs 200 derandomized examples (the same ones on every run)
without a deadline, under 30 s in all. A longer, random search:
``NEWSEVENTS_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py``.
"""

import gzip
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.bounded import decode_utf8, text_of
from newsevents.clean import clean_text
from newsevents.errors import InputError
from newsevents.ingest import cut_to_length, html_to_raw, read_articles, read_jsonl_record
from newsevents.options import Options
from newsevents.records import Article, Skipped

EXAMPLES = os.environ.get("NEWSEVENTS_FUZZ_EXAMPLES")
BOUNDED = settings(max_examples=int(EXAMPLES or 200), deadline=None, derandomize=not EXAMPLES,
                   suppress_health_check=[HealthCheck.too_slow])
# Small limits, so that the limit paths are reached by small examples too.
SMALL = Options(min_text_chars=20, max_file_bytes=4000, max_line_bytes=600,
                max_article_chars=300)
SENTENCE = "The president of France met the prime minister of Germany in Berlin on Monday."
WORDS = st.sampled_from(["the", "minister", "met", "in", "Paris", "Berlin", "said", "on",
                         "Monday", "\n", "\n\n", "Réunion", "à", "—", "\u00a0", "\t", "\r\n",
                         "ADVERTISEMENT", "Read more", "Share this", "LONDON -", "\"", "“",
                         "<p>", "</p>", "<div>", "<b>", "&amp;", "<script>", "}", "{"])
PROSE = st.lists(WORDS, max_size=80).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), PROSE)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
RECORDS = st.fixed_dictionaries({}, optional={
    key: JSON_VALUES | TEXT for key in ("id", "title", "text", "html", "pub_date", "url",
                                        "outlet", "language")})


def read_everything(name: str, data: bytes, options: Options) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(read_articles([Path(folder)], options))


def assert_records(records: list) -> None:
    assert records, "every file gives at least one record or a reason"
    for record in records:
        assert isinstance(record, Article | Skipped)
        if isinstance(record, Skipped):
            assert record.reason and record.origin
        else:
            assert record.text.strip() and record.article_id


@BOUNDED
@given(st.binary(max_size=3000) | PROSE.map(str.encode),
       st.sampled_from(["a.txt", "a.html", "a.jsonl"]), st.sampled_from([SMALL, Options()]))
def test_any_bytes_under_any_reader_name_give_records_or_reasons(data, name, options):
    assert_records(read_everything(name, data, options))


@BOUNDED
@given(st.lists(st.one_of(RECORDS.map(json.dumps), TEXT, st.binary(max_size=200).map(
    lambda b: b.decode("latin-1"))), max_size=6))
def test_jsonl_files_plain_and_gzipped(lines):
    data = "\n".join(line.replace("\n", " ") for line in lines).encode("utf-8",
                                                                      "surrogatepass")
    assert_records(read_everything("a.jsonl", data, SMALL))
    assert_records(read_everything("a.jsonl.gz", gzip.compress(data), SMALL))


@BOUNDED
@given(st.one_of(RECORDS.map(json.dumps), TEXT))
def test_a_jsonl_record_raises_only_input_error(line):
    try:
        record = read_jsonl_record(line, "f.jsonl:1", SMALL)
    except InputError as exc:
        assert exc.where == "f.jsonl:1" and exc.reason
        return
    assert isinstance(record, Article | Skipped)


@BOUNDED
@given(st.lists(st.one_of(WORDS, st.just(SENTENCE), st.text(max_size=20)), max_size=60)
       .map("".join))
def test_html_pages_raise_only_input_error(html):
    try:
        raw = html_to_raw(f"<html><body>{html}</body></html>", "page.html")
    except InputError as exc:
        assert exc.where == "page.html"
        return
    assert raw["text"].strip()


@BOUNDED
@given(TEXT, st.one_of(st.none(), TEXT), st.booleans())
def test_cleaned_text_invariants(raw, title, title_in_text):
    text = clean_text(raw, title, title_in_text=title_in_text)
    assert text == text.strip()
    assert "\r" not in text and "\t" not in text and "\n\n\n" not in text
    for line in text.split("\n"):
        assert line == line.strip() and "  " not in line


@BOUNDED
@given(st.binary(max_size=2000))
def test_decoding_never_fails_and_keeps_valid_utf8(data):
    text, warning = decode_utf8(data)
    text.encode("utf-8")  # no lone surrogates left behind
    try:
        expected = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        assert warning and "Windows-1252" in warning
    else:
        assert text == expected and warning is None
    try:
        decoded, _warnings = text_of(data, "f.txt")
    except InputError as exc:
        assert exc.reason.startswith(("empty file", "binary file"))
    else:
        assert decoded.strip()


@BOUNDED
@given(TEXT, st.integers(min_value=1, max_value=500))
def test_cut_text_is_short_enough_and_part_of_the_text(text, limit):
    cut = cut_to_length(text, limit)
    assert len(cut) <= limit and cut in text
