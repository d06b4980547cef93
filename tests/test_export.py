"""Exports load in the tools analysts use, with GDELT's columns and CAMEO codes intact."""

import io
import json
from datetime import date, timedelta

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, ExportFilter, export
from newsevents.records import Actor, Article, Event, EventDate, Evidence, Place
from newsevents.store import Store

GDELT_TEXT_COLUMNS = {name: str for name in ("EventCode", "EventBaseCode", "EventRootCode",
                                             "Actor1Code", "Actor2Code", "SQLDATE",
                                             "Actor1Name", "Actor2Name")}


def make_event(event_id, name="Iran", country="IRN", start=date(2017, 12, 28), days=0,
               place=None, cameo="040", event_type="CONSULT"):
    source = Actor(text=name, code=country + "GOV", country=country, sector=("GOV",), name=name)
    target = Actor(text="Russia", code="RUSGOV", country="RUS", sector=("GOV",), name="Russia")
    when = EventDate(start, start + timedelta(days=days), "day" if days == 0 else "range")
    location = Place(place, place, country, 35.7, 51.4, 112931, None, "city") if place else None
    return Event(event_id, "art-" + event_id, event_type, None, cameo, 1, 1.0, source, target,
                 when, location, "occurred", Evidence(f"{name} met Russia.", 0, 0, 20, "met"),
                 0.9)


def store_events(db, events):
    with Store(db) as store:
        for event in events:
            article = Article(event.article_id, f"{event.evidence.sentence} " * 5, "Title",
                              date(2017, 12, 29), f"https://news.test/{event.article_id}",
                              "Outlet " + event.article_id)
            store.write([article], [event])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    store_events(path, [make_event("e1", place="Tehran"), make_event("e2", cameo="0311")])
    return path


def run_export(db, fmt, level="events", output=None):
    stream = io.StringIO()
    export(db, fmt, level, ExportFilter(), stream, output)
    return stream.getvalue()


def test_gdelt_events_load_with_pandas_in_gdelt_order(db):
    frame = pd.read_csv(io.StringIO(run_export(db, "gdelt")), sep="\t",
                        dtype=GDELT_TEXT_COLUMNS)
    assert list(frame.columns) == list(GDELT_EVENT_COLUMNS) and len(frame.columns) == 61
    assert frame["EventCode"].tolist() == ["040"]  # one event: both reports grouped
    assert frame["EventRootCode"].tolist() == ["04"]
    assert frame["NumMentions"].tolist() == [2] and frame["NumSources"].tolist() == [2]
    assert frame["ActionGeo_FullName"].tolist() == ["Tehran"]


def test_gdelt_mentions_layout(db):
    frame = pd.read_csv(io.StringIO(run_export(db, "gdelt", "mentions")), sep="\t")
    assert list(frame.columns) == list(GDELT_MENTION_COLUMNS)
    assert frame["GLOBALEVENTID"].nunique() == 1 and len(frame) == 2


def test_parquet_loads_with_pyarrow_and_duckdb(db, tmp_path):
    output = tmp_path / "events.parquet"
    run_export(db, "parquet", output=output)
    table = pq.read_table(output)
    assert {"event_id", "event_type", "cameo", "num_mentions", "date_start"} <= set(
        table.column_names)
    assert table.schema.field("cameo").type == "string"
    with duckdb.connect() as connection:
        rows = connection.execute(f"SELECT cameo, num_articles FROM '{output}'").fetchall()
    assert rows == [("040", 2)]


def test_filters_select_rows(db):
    stream = io.StringIO()
    count = export(db, "jsonl", "mentions", ExportFilter(event_type="ASSAULT"), stream)
    assert count == 0
    count = export(db, "jsonl", "mentions", ExportFilter(country="IRN"), stream)
    assert count == 2


names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=30)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, days=st.integers(0, 20), with_place=st.booleans(),
       start=st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_events_round_trip_through_store_and_export(tmp_path_factory, name, days, with_place,
                                                    start):
    db = tmp_path_factory.mktemp("rt") / "rt.duckdb"
    event = make_event("x1", name=name, start=start, days=days,
                       place="Tehran" if with_place else None)
    store_events(db, [event])
    (line,) = run_export(db, "jsonl", "mentions").splitlines()
    assert json.loads(line) == json.loads(json.dumps(event.to_dict()))
    frame = pd.read_csv(io.StringIO(run_export(db, "gdelt")), sep="\t",
                        dtype=GDELT_TEXT_COLUMNS, keep_default_na=False)
    assert frame["Actor1Name"].tolist() == [name.upper()]
    assert frame["SQLDATE"].tolist() == [start.strftime("%Y%m%d")]
