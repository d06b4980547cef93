"""The HTTP API over the sample corpus: filters, paging, downloads, aggregates that agree with
the events table, article spans, the API key, the body limit and one error shape."""

import csv
import io
import re
import shutil
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from newsevents.options import Options
from newsevents.server import app as server_app
from newsevents.server import create_app

KEY = "test-key-0123456789"
STATIC = Path(server_app.__file__).parent / "static"
NEW_ARTICLE = {
    "id": "server-test-1",
    "title": "Lavrov and Zarif meet in Moscow",
    "text": ("Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad "
             "Javad Zarif in Moscow on Monday to discuss the Syrian peace process, the Russian "
             "Foreign Ministry said in a statement.\n\nThe two ministers agreed to hold further "
             "talks next month."),
    "pub_date": "2019-04-10",
    "outlet": "Test Wire",
}
ERROR_FIELDS = {"status", "code", "message", "details"}


@pytest.fixture(scope="module")
def client(sample_db):
    with TestClient(create_app(sample_db, Options(max_page_size=50))) as test_client:
        yield test_client


@pytest.fixture
def writable_db(sample_db, tmp_path) -> Path:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(sample_db, copy)
    return copy


def all_events(client, **params) -> list[dict]:
    """Every event the filter selects, page after page."""
    events, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, "limit": 50,
                                                  **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        events += page.json()["events"]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return events


def assert_error_shape(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_FIELDS
    assert body["error"]["status"] == status and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)


def test_consult_filter_finds_the_seed_moscow_meeting(client):
    response = client.get("/api/events", params={"type": "CONSULT"})
    assert response.status_code == 200
    events = response.json()["events"]
    assert events and {e["event_type"] for e in events} == {"CONSULT"}
    moscow = [e for e in events if e["location_name"] == "Moscow"]
    assert len(moscow) == 1
    meeting = moscow[0]
    assert {meeting["source_code"], meeting["target_code"]} == {"RUSGOV", "IRNGOV"}
    assert meeting["date_start"] == "2017-12-28" and meeting["location_country"] == "RUS"


def test_openapi_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    listed = {(path, method.upper()) for path, item in schema["paths"].items()
              for method in item}
    assert listed == {
        ("/api/events", "GET"), ("/api/events/{event_id}", "GET"),
        ("/api/articles/{article_id}", "GET"), ("/api/articles", "POST"),
        ("/api/timeseries", "GET"), ("/api/dyads", "GET"), ("/api/stats", "GET"),
    }
    meeting = all_events(client, type="CONSULT", q="Moscow")[0]
    ids = {"event_id": meeting["event_id"], "article_id": meeting["article_id"]}
    for path, method in listed - {("/api/articles", "POST")}:  # POST: the key tests below
        response = client.request(method, path.format(**ids))
        assert response.status_code == 200, path
    assert "X-API-Key" in str(schema["components"]["securitySchemes"])
    for path, item in schema["paths"].items():
        for operation in item.values():
            assert operation.get("summary"), path
            assert "422" in operation["responses"], path


def test_filters_narrow_the_events(client):
    total = client.get("/api/events").json()["total"]
    checks = {
        "country": ("RUS", lambda e: "RUS" in (e["source_country"], e["target_country"],
                                               e["location_country"])),
        "actor_code": ("RUSGOV", lambda e: "RUSGOV" in (e["source_code"], e["target_code"])),
        "actor": ("iran", lambda e: "iran" in f"{e['source_name']} {e['target_name']}".lower()),
        "quad_class": (4, lambda e: e["quad_class"] == 4),
        "status": ("planned", lambda e: e["status"] == "planned"),
        "dyad": ("IRN-RUS", lambda e: {e["source_country"], e["target_country"]} == {"IRN",
                                                                                      "RUS"}),
        "bbox": ("20,40,60,70", lambda e: 20 <= e["lon"] <= 60 and 40 <= e["lat"] <= 70),
        "q": ("Moscow", lambda e: "moscow" in (e["sentence"] or "").lower()
              or e["location_name"] == "Moscow"),
        "outlet": ("horn wire", lambda e: True),
        "since": ("2024-01-01", lambda e: e["date_end"] >= "2024-01-01"),
    }
    for name, (value, holds) in checks.items():
        found = all_events(client, **{name: value})
        assert 0 < len(found) < total, name
        assert all(holds(e) for e in found), name


def test_pages_cover_every_event_once_in_each_sort_order(client):
    total = client.get("/api/events").json()["total"]
    for sort in ("-date", "date", "goldstein", "-mentions", "reported"):
        ids, cursor = [], None
        while True:
            params = {"sort": sort, "limit": 7, **({"cursor": cursor} if cursor else {})}
            page = client.get("/api/events", params=params).json()
            ids += [e["event_id"] for e in page["events"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert len(ids) == len(set(ids)) == total, sort
    dates = [e["date_start"] or "9999" for e in all_events(client, sort="date")]
    assert dates == sorted(dates)


def test_page_limit_and_cursor_are_checked(client):
    assert client.get("/api/events", params={"limit": 50}).status_code == 200
    assert_error_shape(client.get("/api/events", params={"limit": 51}), 422)
    cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    assert_error_shape(client.get("/api/events", params={"cursor": cursor, "sort": "date"}),
                       400)
    assert_error_shape(client.get("/api/events", params={"cursor": "bm90IGEgY3Vyc29y"}), 400)


def test_csv_and_parquet_downloads_parse(client):
    params = {"type": "CONSULT", "limit": 5}
    response = client.get("/api/events", params={**params, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["x-total-count"] == str(
        client.get("/api/events", params={"type": "CONSULT"}).json()["total"])
    assert response.headers["x-next-cursor"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    expected = client.get("/api/events", params=params).json()["events"]
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in expected]
    response = client.get("/api/events", params={**params, "format": "parquet"})
    table = pq.read_table(io.BytesIO(response.content))
    assert table.column("event_id").to_pylist() == [e["event_id"] for e in expected]
    assert table.schema.field("date_start").type == pa.date32()
    empty = client.get("/api/events", params={"type": "AID", "q": "no such words",
                                              "format": "parquet"})
    assert pq.read_table(io.BytesIO(empty.content)).num_rows == 0


def test_timeseries_agrees_with_the_events_table(client):
    events = all_events(client)
    series = client.get("/api/timeseries", params={"interval": "year",
                                                   "split": "quad_class"}).json()
    assert sum(b["count"] for b in series["buckets"]) + series["undated"] == len(events)
    for quad in (1, 2, 3, 4):
        expected = [e for e in events if e["quad_class"] == quad and e["date_start"]]
        buckets = [b for b in series["buckets"] if b["key"] == str(quad)]
        assert sum(b["count"] for b in buckets) == len(expected)
        for bucket in buckets:
            members = [e["goldstein"] for e in expected if e["date_start"][:4] ==
                       bucket["period"][:4]]
            assert bucket["mean_goldstein"] == pytest.approx(sum(members) / len(members),
                                                             abs=1e-3)
    by_type = client.get("/api/timeseries", params={"interval": "month", "split": "type",
                                                    "top": 3}).json()
    assert len(set(by_type["keys"]) - {"other"}) == 3
    assert sum(b["count"] for b in by_type["buckets"]) == sum(
        b["count"] for b in series["buckets"])


def test_dyads_agree_with_the_events_table(client):
    network = client.get("/api/dyads", params={"limit": 10}).json()
    assert network["edges"] and network["nodes"]
    counts = [edge["count"] for edge in network["edges"]]
    assert counts == sorted(counts, reverse=True)
    for edge in network["edges"][:5]:
        pair = all_events(client, dyad=f"{edge['source']}-{edge['target']}")
        assert len(pair) == edge["count"]
        cooperative = sum(1 for e in pair if e["quad_class"] in (1, 2))
        assert edge["net_cooperation"] == cooperative - (len(pair) - cooperative)
    node_ids = {node["id"] for node in network["nodes"]}
    assert all({e["source"], e["target"]} <= node_ids for e in network["edges"])


def test_event_has_its_mentions_with_evidence_and_articles(client):
    meeting = all_events(client, type="CONSULT", q="Moscow", actor_code="RUSGOV")[0]
    detail = client.get(f"/api/events/{meeting['event_id']}").json()
    assert detail["event"]["event_id"] == meeting["event_id"]
    assert len(detail["mentions"]) == meeting["num_mentions"] >= 1
    mention = detail["mentions"][0]
    assert "Moscow" in mention["evidence"]["sentence"]
    assert mention["article"]["title"].startswith("Iran, Russia Discuss")


def test_article_spans_point_at_their_text(client):
    meeting = all_events(client, type="CONSULT", q="Moscow", actor_code="RUSGOV")[0]
    article = client.get(f"/api/articles/{meeting['article_id']}").json()
    text = article["article"]["text"]
    assert article["spans"]
    for span in article["spans"]:
        assert text[span["start"]:span["end"]] == span["text"], span
    mine = [s for s in article["spans"] if s["mention_id"] == meeting["best_mention_id"]]
    kinds = {s["kind"]: s["text"] for s in mine}
    assert kinds["place"] == "Moscow" and kinds["date"] == "Thursday"
    assert {"evidence", "source", "target"} <= set(kinds)
    evidence = next(s for s in mine if s["kind"] == "evidence")
    assert all(evidence["start"] <= s["start"] < s["end"] <= evidence["end"] for s in mine)


def test_bad_parameters_are_refused_in_the_error_shape(client):
    bad = [("type", "MEET"), ("quad_class", "5"), ("limit", "0"), ("since", "yesterday"),
           ("country", "RUSS"), ("bbox", "1,2,3"), ("q", "a\x00b"), ("sort", "random"),
           ("format", "xml"), ("status", "done"), ("dyad", "RUS"), ("located", "maybe"),
           ("until", "0"), ("since", "2018-02-30")]
    for name, value in bad:
        assert_error_shape(client.get("/api/events", params={name: value}), 422)
    assert_error_shape(client.get("/api/events", params={"bbox": "10,80,20,10"}), 400)
    assert_error_shape(client.get("/api/timeseries", params={"interval": "hour"}), 422)
    assert_error_shape(client.get("/api/timeseries", params={"split": "outlet"}), 422)
    assert_error_shape(client.get("/api/dyads", params={"by": "region"}), 422)


def test_errors_have_one_shape(writable_db):
    app = create_app(writable_db, Options(max_body_bytes=2000), api_key=KEY)
    with TestClient(app) as client:
        responses = {
            401: client.post("/api/articles", json=NEW_ARTICLE),
            403: client.post("/api/articles", json=NEW_ARTICLE, headers={"X-API-Key": "no"}),
            404: client.get("/api/events/no-such-event"),
            405: client.delete("/api/events"),
            413: client.post("/api/articles", content=b"x" * 3000,
                             headers={"X-API-Key": KEY, "Content-Type": "application/json"}),
            422: client.post("/api/articles", json={"title": "no text"},
                             headers={"X-API-Key": KEY}),
        }
        for status, response in responses.items():
            assert_error_shape(response, status)
        assert client.get("/no/such/page").json()["error"]["code"] == "not_found"


def test_oversized_streamed_body_is_refused(writable_db):
    app = create_app(writable_db, Options(max_body_bytes=2000), api_key=KEY)

    def chunks():  # no Content-Length: the limit applies as the body arrives
        for _ in range(10):
            yield b"x" * 500

    with TestClient(app) as client:
        response = client.post("/api/articles", content=chunks(),
                               headers={"X-API-Key": KEY, "Content-Type": "application/json"})
    assert_error_shape(response, 413)


def test_post_needs_the_key_and_returns_the_events(writable_db, pipeline):
    with TestClient(create_app(writable_db, api_key=KEY, pipeline=pipeline)) as client:
        assert client.post("/api/articles", json=NEW_ARTICLE).status_code == 401
        wrong = client.post("/api/articles", json=NEW_ARTICLE, headers={"X-API-Key": "x" + KEY})
        assert wrong.status_code == 403
        response = client.post("/api/articles", json=[NEW_ARTICLE], headers={"X-API-Key": KEY})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["stored"] == 1 and body["events"]
        consult = [e for e in body["events"] if e["event_type"] == "CONSULT"]
        assert consult and consult[0]["location"]["name"] == "Moscow"
        grouped = client.get(f"/api/events/{consult[0]['grouped_as']}")
        assert grouped.status_code == 200
        again = client.post("/api/articles", json=NEW_ARTICLE, headers={"X-API-Key": KEY})
        assert again.json()["stored"] == 0 and again.json()["already_stored"] == 1


def test_without_a_configured_key_ingestion_is_off(writable_db):
    with TestClient(create_app(writable_db)) as client:
        refused = client.post("/api/articles", json=NEW_ARTICLE)
        assert_error_shape(refused, 401)
        assert "NEWSEVENTS_API_KEY" in refused.json()["error"]["message"]
        assert_error_shape(client.post("/api/articles", json=NEW_ARTICLE,
                                       headers={"X-API-Key": KEY}), 403)


class HeldPipeline:
    """The real pipeline, held before coding until the test lets it go."""

    def __init__(self, pipeline):
        self.pipeline, self.options = pipeline, pipeline.options
        self.started, self.release = threading.Event(), threading.Event()

    def process(self, records):
        self.started.set()
        assert self.release.wait(30)
        yield from self.pipeline.process(records)


def test_reads_go_on_while_an_ingestion_runs(writable_db, pipeline):
    held = HeldPipeline(pipeline)
    with TestClient(create_app(writable_db, api_key=KEY, pipeline=held)) as client:
        before = client.get("/api/events").json()["total"]
        result = {}
        poster = threading.Thread(target=lambda: result.update(response=client.post(
            "/api/articles", json=NEW_ARTICLE, headers={"X-API-Key": KEY})))
        poster.start()
        assert held.started.wait(30)
        during = client.get("/api/events")  # answered while the POST is held
        assert during.status_code == 200 and during.json()["total"] == before
        held.release.set()
        poster.join(60)
        assert result["response"].status_code == 200
        assert client.get("/api/events").json()["total"] > before


def test_dashboard_is_served_with_no_outside_addresses(client, monkeypatch, tmp_path):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for name in ("index.html", "app.js", "style.css"):
        text = (STATIC / name).read_text()
        assert not re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text), name
    assert client.get("/static/app.js").status_code == 200
    monkeypatch.setattr(server_app, "STATIC", tmp_path)
    fallback = client.get("/")
    assert "make assets" in fallback.text


def test_dates_in_filters_are_parsed_once(client):
    until = client.get("/api/events", params={"until": "2017-12-31"}).json()
    assert until["total"] > 0
    assert all(date.fromisoformat(e["date_start"]) <= date(2017, 12, 31)
               for e in until["events"])


def test_pub_date_option_reaches_posted_articles(writable_db, pipeline):
    options = replace(pipeline.options, pub_date=date(2019, 4, 10))
    undated = {k: v for k, v in NEW_ARTICLE.items() if k != "pub_date"}
    with TestClient(create_app(writable_db, options, api_key=KEY, pipeline=pipeline)) as client:
        body = client.post("/api/articles", json=undated, headers={"X-API-Key": KEY}).json()
    assert body["stored"] == 1
    meeting = next(e for e in body["events"] if e["event_type"] == "CONSULT"
                   and (e["location"] or {}).get("name") == "Moscow")
    assert meeting["date"]["start"] == "2019-04-08"  # "on Monday" before Wed 10 April
