"""The command-line edges: formats, exit codes, messages."""

import csv
import io
import json

from click.testing import CliRunner

from newsevents.cli import main

BODY = ("Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlut Cavusoglu "
        "in Ankara on Thursday to discuss the war in Syria, the ministry said in a statement.")


def write_corpus(folder):
    (folder / "good.jsonl").write_text(json.dumps(
        {"id": "g1", "title": "Talks", "text": BODY, "pub_date": "2019-03-08"}) + "\n" +
        "{broken\n", encoding="utf-8")


def test_extract_csv_has_header_and_rows(tmp_path):
    write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "good.jsonl"),
                                       "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["event_type"] == "CONSULT"
    assert rows[0]["cameo"].startswith("0")
    assert rows[0]["date_start"] == "2019-03-07"


def test_partial_failure_exit_code_and_message(tmp_path):
    write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 3
    assert "good.jsonl:2" in result.stderr and "not valid JSON" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["article_id"] == "g1"


def test_nothing_readable_exit_code(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 4
    assert "no such file" in result.stderr


def test_event_ids_are_stable_across_runs(tmp_path):
    write_corpus(tmp_path)
    runs = [CliRunner().invoke(main, ["extract", str(tmp_path / "good.jsonl")]).stdout
            for _ in range(2)]
    ids = [[json.loads(line)["event_id"] for line in run.splitlines()] for run in runs]
    assert ids[0] == ids[1] and ids[0]


def test_bad_pub_date_is_a_usage_error(tmp_path):
    write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--pub-date", "29/12/2017"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output

