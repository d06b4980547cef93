"""Acceptance (issue [reliability] part 1): one good article among one file of each bad kind.

The good article's events are stored, every bad file has its reason in the summary printed
by `newsevents run` and in the `failures` table, and the exit code is the "partial" one (3).
"""

import gzip
import json

import duckdb
import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.runner import EXIT_PARTIAL

MEETING = ("Lavrov and Cavusoglu meet in Ankara\n\n"
           "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlut "
           "Cavusoglu in Ankara on Thursday to discuss the war in Syria, the ministry said in "
           "a statement.")
ENGLISH = ("The prime minister of Kenya visited Ethiopia on Monday for talks on the border, "
           "trade and the drought, officials in Addis Ababa said after the meeting ended.")
FRENCH = ("Le ministre russe des affaires étrangères a rencontré son homologue turc à Ankara "
          "jeudi pour discuter de la guerre en Syrie, a indiqué le ministère dans un "
          "communiqué publié dans la soirée, sans donner plus de détails sur les échanges.")
LOG_NOISE = ("2024-03-01 12:00:01,123 INFO [worker-3] GET /api/v1/items?id=42 200 34ms\n"
             "2024-03-01 12:00:02,456 ERROR [worker-1] timeout after 30000ms on 10.0.0.12\n") * 3
MB = 1024 * 1024

# file name -> (severity, what its reason says)
EXPECTED = {
    "empty.txt": ("skipped", "empty file"),
    "binary.txt": ("skipped", "binary file, not text"),
    "latin1.txt": ("warning", "not valid UTF-8"),
    "mixed-encoding.txt": ("warning", "not valid UTF-8"),
    "single-line-50mb.jsonl": ("skipped", "line longer than"),
    "nested.html": ("skipped", "markup nested deeper than"),
    "unclosed.html": ("skipped", "markup nested deeper than"),
    "bomb.jsonl.gz": ("skipped", "gzip bomb"),
    "broken.jsonl": ("skipped", "not valid JSON"),
    "french.txt": ("skipped", "language 'fr' is not coded"),
    "mixed-language.txt": ("warning", "mixed languages"),
    "one-word.txt": ("skipped", "too short to be an article"),
    "100000-words.txt": ("warning", "text cut to"),
    "middle.jsonl": ("skipped", "not an article"),
}


def build_folder(folder):
    (folder / "good.txt").write_text(MEETING, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin1.txt").write_bytes(
        ("Élysée talks\n\n" + ENGLISH.replace("officials", "officials at the café")
         ).encode("cp1252"))
    (folder / "mixed-encoding.txt").write_bytes(
        "Zürich summit\n\n".encode() + ENGLISH.encode() + " Señor Pérez said.".encode("latin-1"))
    with (folder / "single-line-50mb.jsonl").open("w", encoding="utf-8") as handle:
        handle.write('{"id": "huge", "text": "' + "word " * (10 * MB) + '"}')
    paragraph = f"<p>{ENGLISH}</p>" * 3
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 5000 + paragraph + "</div>" * 5000 + "</body></html>")
    (folder / "unclosed.html").write_text("<html><body>" + "<div><span><b>" * 3000 + paragraph)
    with gzip.open(folder / "bomb.jsonl.gz", "wb", compresslevel=9) as handle:
        for _ in range(200):
            handle.write(b" " * MB)
    (folder / "broken.jsonl").write_text('{"id": "b1", "text": "Talks were\n'
                                         "not json at all\n", encoding="utf-8")
    (folder / "french.txt").write_text("Rencontre à Ankara\n\n" + FRENCH, encoding="utf-8")
    (folder / "mixed-language.txt").write_text(
        "Talks in Nairobi\n\n" + "\n\n".join([ENGLISH, FRENCH, ENGLISH, ENGLISH]),
        encoding="utf-8")
    (folder / "one-word.txt").write_text("Breaking\n", encoding="utf-8")
    sentences = [ENGLISH] * (100_000 // len(ENGLISH.split()) + 1)
    (folder / "100000-words.txt").write_text(
        "A very long report\n\n" + "\n\n".join(sentences), encoding="utf-8")
    (folder / "middle.jsonl").write_text("\n".join([
        json.dumps({"id": "m1", "text": ENGLISH, "pub_date": "2019-03-04"}),
        "42",
        json.dumps({"id": "m3", "note": "crawler status: ok"}),
        json.dumps({"id": "m4", "text": LOG_NOISE}),
        json.dumps({"id": "m5", "text": ENGLISH.replace("Monday", "Tuesday")}),
    ]) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-input")
    build_folder(folder)
    db = folder.parent / "bad-input.duckdb"
    result = CliRunner().invoke(main, ["run", str(folder), "--db", str(db), "--workers", "1",
                                       "--pub-date", "2019-03-08"])
    with duckdb.connect(str(db), read_only=True) as connection:
        failures = connection.execute(
            "SELECT origin, file, record, stage, severity, reason FROM failures").fetchall()
        events = connection.execute(
            "SELECT m.event_type, m.source_country, m.target_country, m.date_start "
            "FROM mentions m JOIN articles a USING (article_id) "
            "WHERE a.origin LIKE '%good.txt'").fetchall()
    return folder, result, failures, events


def test_exit_code_is_partial(outcome):
    _folder, result, _failures, _events = outcome
    assert result.exit_code == EXIT_PARTIAL, result.output


def test_good_article_events_are_stored(outcome):
    _folder, _result, _failures, events = outcome
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"RUS", "TUR"} for e in events), events


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_reason_in_summary_and_failures_table(outcome, name):
    folder, result, failures, _events = outcome
    severity, reason = EXPECTED[name]
    path = str(folder / name)
    rows = [f for f in failures if f[1] == path and f[4] == severity and reason in f[5]]
    assert rows, (name, [f for f in failures if f[1] == path])
    listed = [line for line in result.stdout.splitlines()
              if f"{path}" in line and reason in line and line.strip().startswith(severity)]
    assert listed, result.stdout


def test_reasons_name_the_line_inside_jsonl_files(outcome):
    folder, _result, failures, _events = outcome
    middle = {f[2]: f[5] for f in failures if f[1] == str(folder / "middle.jsonl")}
    assert set(middle) == {2, 3, 4}
    assert "must be an object, not int" in middle[2]
    assert "neither 'text' nor 'html'" in middle[3]
    assert "not prose" in middle[4]
    broken = {f[2] for f in failures if f[1] == str(folder / "broken.jsonl")}
    assert broken == {1, 2}


def test_good_file_has_no_failure_and_others_in_the_batch_go_on(outcome):
    folder, result, failures, _events = outcome
    assert not [f for f in failures if f[1] == str(folder / "good.txt")]
    assert "articles stored: 7" in result.stdout  # good, latin1, mixed x2, long, m1, m5
