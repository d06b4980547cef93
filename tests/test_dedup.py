"""One event, many reports: grouping mentions across articles, and copies of one story."""

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.dedup import Mention, cluster_block
from newsevents.neardup import DuplicateIndex, signature
from newsevents.runner import run_into_store

CORPUS = Path(__file__).resolve().parent / "data" / "dedup" / "articles.jsonl"


def mention(mention_id, day=None, end=None, precision="day", place=None, pub=date(2017, 12, 29)):
    return Mention(mention_id, mention_id.split(".")[0], day, end or day, precision, pub, place,
                   "AZE" if place else None, "city" if place else None, 0.9)


def test_reports_with_overlapping_dates_join_and_a_month_later_does_not():
    clusters = cluster_block([
        mention("a.1", date(2017, 12, 28), place="Baku"),
        mention("b.1", date(2017, 12, 28)),
        mention("c.1", date(2017, 12, 25), date(2017, 12, 31), "week"),
        mention("d.1", date(2017, 12, 27)),  # "arrived on Wednesday": within a day
        mention("e.1", date(2018, 1, 25), pub=date(2018, 1, 26)),
    ])
    assert sorted(len(c.mentions) for c in clusters) == [1, 4]


def test_contradicting_places_stay_apart():
    clusters = cluster_block([mention("a.1", date(2017, 12, 28), place="Baku"),
                              mention("b.1", date(2017, 12, 28), place="Astana")])
    assert len(clusters) == 2


def test_cluster_ids_do_not_depend_on_input_order():
    mentions = [mention("a.1", date(2017, 12, 28)), mention("b.1", date(2017, 12, 28)),
                mention("c.1", None, precision="publication")]
    ids = {tuple(sorted(c.event_id for c in cluster_block(order)))
           for order in (mentions, mentions[::-1], mentions[1:] + mentions[:1])}
    assert len(ids) == 1


def test_wire_copy_is_found_and_an_independent_report_is_not():
    records = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    index = DuplicateIndex()
    index.add("dedup-1", signature(records[0]["text"]))
    index.add("dedup-2", signature(records[1]["text"]))
    assert index.copies_of(signature(records[3]["text"])) == ["dedup-1"]
    assert index.copies_of(signature(records[2]["text"])) == []


def events_table(db: Path) -> list[tuple]:
    with duckdb.connect(str(db)) as connection:
        return connection.execute(
            "SELECT event_id, event_type, source_country, target_country, date_start, "
            "num_mentions, num_articles, num_sources, num_independent FROM events "
            "ORDER BY date_start").fetchall()


@pytest.fixture(scope="module")
def corpus_lines():
    return CORPUS.read_text(encoding="utf-8").splitlines()


def test_one_meeting_three_outlets_and_a_copy_make_one_event(tmp_path, pipeline):
    db = tmp_path / "dedup.duckdb"
    run_into_store([CORPUS], db, pipeline.options, pipeline)
    events = [e for e in events_table(db) if e[1] == "CONSULT"
              and {e[2], e[3]} == {"AZE", "KAZ"}]
    assert len(events) == 2
    first, later = events
    assert first[4] == date(2017, 12, 28)
    assert (first[6], first[7], first[8]) == (4, 4, 3)
    assert later[4] == date(2018, 1, 25)
    assert (later[6], later[7], later[8]) == (1, 1, 1)


def test_ingestion_order_does_not_change_events(tmp_path, pipeline, corpus_lines):
    results = []
    for name, order in (("forward", corpus_lines), ("reverse", corpus_lines[::-1])):
        db = tmp_path / f"{name}.duckdb"
        for number, line in enumerate(order):
            part = tmp_path / f"{name}-{number}.jsonl"
            part.write_text(line + "\n", encoding="utf-8")
            run_into_store([part], db, pipeline.options, pipeline)
        results.append(events_table(db))
    assert results[0] == results[1]
