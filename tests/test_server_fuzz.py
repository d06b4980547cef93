"""The server holds (issue #7, part 3). schemathesis sends generated requests, valid and
invalid, to every operation of the OpenAPI schema of a live uvicorn server on a loopback port
(sample corpus, ingestion on) and no answer is a 5xx; the write endpoint needs its key
whatever the body; oversized bodies get 413; injection-looking filter values are data, never
SQL; and no SQL text in the query layer or the server is built from request values (a static
check over the source). The server section of docs/reliability.md has the figures."""

import ast
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn

from newsevents import query
from newsevents.options import Options
from newsevents.server import create_app
from newsevents.server import ingestion as server_ingestion

KEY = "fuzz-key-0123456789"
MAX_BODY_BYTES = 64 * 1024  # small, so that the oversized bodies below stay small too
# Generated cases per operation and phase. With 7 operations and the coverage, fuzzing and
# stateful phases this is about 1,650 requests in about 35 s on the 2-core machine.
MAX_EXAMPLES = 40
FUZZ_SEED = 1  # fixed, so that CI runs the same cases; the docs show a run with another seed
SRC = Path(query.__file__).parent
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
ARTICLE = {"id": "fuzz-article-1", "pub_date": "2019-04-10", "outlet": "Fuzz Wire",
           "text": ("Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister "
                    "Mohammad Javad Zarif in Moscow on Monday to discuss the Syrian peace "
                    "process, the Russian Foreign Ministry said in a statement.")}


class StatusCounter:
    """ASGI middleware that counts the statuses the application answers with, so that the
    test sees 5xx answers itself and does not rely on schemathesis's report alone."""

    def __init__(self, app) -> None:
        self.app = app
        self.statuses: Counter = Counter()

    async def __call__(self, scope, receive, send) -> None:
        async def counting_send(message) -> None:
            if message["type"] == "http.response.start":
                self.statuses[message["status"]] += 1
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except Exception:
            if scope["type"] == "http":
                self.statuses["exception"] += 1
            raise


class LiveServer:
    def __init__(self, base_url: str, counter: StatusCounter) -> None:
        self.base_url, self.counter = base_url, counter

    def client(self, **headers: str) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=60)

    def stats(self) -> dict:
        with self.client() as client:
            return client.get("/api/stats").json()


@pytest.fixture(scope="module")
def live_server(sample_db, tmp_path_factory, pipeline):
    """uvicorn in a thread on a free loopback port over a copy of the sample database, with
    ingestion on (the session's pipeline, already loaded) and a 64 KiB body limit."""
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copy(sample_db, db)
    app = create_app(db, Options(max_page_size=50, max_body_bytes=MAX_BODY_BYTES),
                     api_key=KEY, pipeline=pipeline)
    counter = StatusCounter(app)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Without it each answer waits ~40 ms for a delayed ACK (uvicorn sets it only on sockets
    # it opens itself).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(counter, log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield LiveServer(f"http://127.0.0.1:{sock.getsockname()[1]}", counter)
    server.should_exit = True
    thread.join(30)
    sock.close()


def test_schemathesis_finds_no_server_error(live_server, tmp_path):
    """Every operation, with the key (so that POST /api/articles codes what it is sent);
    the OpenAPI links take the stateful phase from the event list to the detail endpoints."""
    report = tmp_path / "schemathesis.json"
    before = sum(live_server.counter.statuses.values())
    run = subprocess.run(
        [str(SCHEMATHESIS), "run", f"{live_server.base_url}/openapi.json",
         "--checks", "not_a_server_error", "--header", f"X-API-Key: {KEY}",
         "--max-examples", str(MAX_EXAMPLES), "--seed", str(FUZZ_SEED), "--workers", "1",
         "--request-timeout", "60", "--report", "json", "--report-json-path", str(report)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path, check=False)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    result = json.loads(report.read_text())
    assert result["failures"] == [] and result["errors"] == []
    assert result["operations"]["tested"] == result["operations"]["total"] == 7
    assert {name: phase["status"] for name, phase in result["phases"].items()
            if name != "examples"} == {"coverage": "success", "fuzzing": "success",
                                      "stateful": "success"}
    cases = result["test_cases"]
    assert cases["with_failures"] == 0 and cases["generated"] > 7 * MAX_EXAMPLES
    answered = live_server.counter.statuses
    assert sum(answered.values()) - before >= cases["generated"]
    server_errors = {status: n for status, n in answered.items()
                     if status == "exception" or status >= 500}
    assert not server_errors, answered
    assert answered[200] > 100 and answered[422] > 100  # valid and invalid requests both
    print(f"schemathesis: {cases['generated']} cases, server answers by status: "
          f"{dict(sorted(answered.items()))}")  # shown with pytest -s


def test_write_endpoint_needs_the_key_whatever_the_body(live_server):
    """The key is checked before the body is read: 401 without it (or empty), 403 with a
    wrong one, and nothing is stored either way."""
    before = live_server.stats()
    bodies = [json.dumps(ARTICLE), json.dumps([ARTICLE]), "{not json", "", "[]",
              json.dumps({"title": "no text"})]
    refusals = {401: [{}, {"X-API-Key": ""}],
                403: [{"X-API-Key": "x" + KEY}, {"X-API-Key": KEY.upper()},
                      {"X-API-Key": KEY[:-1]}]}
    with live_server.client() as client:
        for status, header_sets in refusals.items():
            for headers in header_sets:
                for body in bodies:
                    response = client.post("/api/articles", content=body, headers={
                        **headers, "Content-Type": "application/json"})
                    assert response.status_code == status, (headers, body, response.text)
                    assert response.json()["error"]["status"] == status
        assert live_server.stats() == before
        keyed = client.post("/api/articles", json=ARTICLE, headers={"x-api-key": KEY})
    assert keyed.status_code == 200 and keyed.json()["stored"] == 1  # header names: any case
    assert live_server.stats()["articles"] == before["articles"] + 1


def test_oversized_bodies_get_413_and_the_server_goes_on(live_server):
    big = json.dumps({**ARTICLE, "text": "word " * (MAX_BODY_BYTES // 5)})
    assert len(big) > MAX_BODY_BYTES

    def chunks():  # no Content-Length: the limit applies as the body arrives
        for start in range(0, len(big), 8192):
            yield big[start:start + 8192].encode()

    requests = [({"X-API-Key": KEY}, big), ({"X-API-Key": KEY}, chunks()), ({}, big)]
    for headers, content in requests:
        with live_server.client(**headers) as client:
            response = client.post("/api/articles", content=content,
                                   headers={"Content-Type": "application/json"})
        assert response.status_code == 413, response.text
        error = response.json()["error"]
        assert error["code"] == "body_too_large" and str(MAX_BODY_BYTES) in error["message"]
    just_under = json.dumps({**ARTICLE, "id": "fuzz-article-2",
                             "text": ARTICLE["text"] + " x" * 1000})
    with live_server.client(**{"X-API-Key": KEY}) as client:
        assert client.post("/api/articles", content=just_under,
                           headers={"Content-Type": "application/json"}).status_code == 200
        assert client.get("/api/stats").status_code == 200


def test_lone_surrogates_in_a_posted_article_are_refused_with_the_field(live_server):
    """JSON can escape half of a UTF-16 pair; hashing such a text used to be a 500."""
    with live_server.client(**{"X-API-Key": KEY}) as client:
        for field in ("text", "title", "id", "outlet"):
            body = json.dumps({**ARTICLE, field: "Lavrov \ud800 met Zarif " * 5})
            response = client.post("/api/articles", content=body,
                                   headers={"Content-Type": "application/json"})
            assert response.status_code == 422, response.text
            details = response.json()["error"]["details"]
            assert any(d["location"].endswith(f".{field}") for d in details), details
            message = response.json()["error"]["message"]
            assert "surrogate" in message or "unicode" in message, message


INJECTIONS = ["'; DROP TABLE events; --", "' OR '1'='1", '" OR 1=1 --', "x') OR TRUE --",
              "1; DELETE FROM articles", "\\'; SELECT * FROM articles --", "a\x00b",
              "%' --", "RUS'--", "$1", "?"]
FREE_TEXT = ("q", "actor", "outlet")
CODED = ("mode", "country", "actor_country", "actor_code", "dyad", "bbox", "since", "until",
         "type", "status", "sort", "cursor", "format")


def test_injection_looking_values_are_data_not_sql(live_server):
    before = live_server.stats()
    with live_server.client() as client:
        for value in INJECTIONS:
            for name in FREE_TEXT + CODED:
                for path in ("/api/events", "/api/timeseries", "/api/dyads"):
                    if path != "/api/events" and name in ("sort", "cursor", "format"):
                        continue
                    response = client.get(path, params={name: value})
                    assert response.status_code in (200, 400, 422), (path, name, value)
                    if name in FREE_TEXT and response.status_code == 200:
                        # a value that is in no event finds none (as SQL it would find all)
                        body = response.json()
                        assert body.get("total", 0) == 0 and not body.get("edges"), (name, value)
            for path in ("/api/events/{}", "/api/articles/{}"):
                response = client.get(path.format(quote(value, safe="")))
                assert response.status_code in (404, 422), (path, value)
        quoted = client.get("/api/events", params={"q": "Ethiopia's", "limit": 50}).json()
    assert quoted["total"] > 0  # a quote is just a character: text with it is found
    assert all("ethiopia's" in " ".join(str(e[c]) for c in (
        "sentence", "source_name", "target_name", "location_name")).lower()
               for e in quoted["events"])
    assert live_server.stats() == before  # every table still there, nothing deleted


# ------------------------------------------------------------- no SQL built from strings

# What an f-string that is SQL may interpolate, and why each is not a request value. Every
# other expression inside an f-string in query.py (outside a `raise`), and anything but a
# literal, an f-string of these names or one of these names as the SQL of an `execute(`
# call in query.py or server/, fails the check. User values travel as `?` parameters only.
FIXED_SQL = {
    "x": "table alias 'e' or 'm', chosen by the functions of query.py that call where.sql",
    "column": "a column name from a literal tuple in the same loop",
    "participants": "SQL fragment built in the same function from x and literals",
    "source": "SQL from SIDE_LEVELS (a literal dict) for a `by` checked against it",
    "target": "SQL from SIDE_LEVELS (a literal dict) for a `by` checked against it",
    "longitude": "one of two literal SQL fragments with x",
    "reports": "one of two literal SQL fragments with x",
    "searched": "coalesce(...) over a literal tuple of column names",
    "key.expression": "SORT_KEYS[sort].expression, literal SQL; sort checked against SORT_KEYS",
    "beyond": "'<' or '>' from a literal pair",
    "direction": "'ASC' or 'DESC' from a literal pair",
    "select": "EVENT_SELECT with key.expression",
    "condition": "EventFilter.sql(): the fragments above joined with AND; values are '?'",
    "EVENT_SELECT": "module constant",
    "SIDE_LEVELS['country'][0]": "module constant",
    "SIDE_LEVELS['country'][1]": "module constant",
    "NO_TARGET": "module constant",
    "SPLITS[split]": "literal SQL from SPLITS; split checked against it",
    "cooperative": "digits of COOPERATIVE_QUAD_CLASSES, a module constant",
    "table": "a table name from a literal tuple",
    "SCHEMA": "newsevents.store.SCHEMA, the CREATE TABLE statements",
}


def sql_problems(source: str, all_fstrings: bool) -> list[str]:
    """Where SQL may be built from something other than fixed text: an `execute(` whose SQL
    is not a literal, an allowed name or an f-string of allowed names; and, with
    ``all_fstrings``, any f-string (outside `raise`) or `.format(` call interpolating
    anything not in FIXED_SQL."""
    tree = ast.parse(source)
    in_raise = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.Raise)
                for sub in ast.walk(node)}
    problems = []

    def check_interpolations(node: ast.JoinedStr) -> None:
        for part in node.values:
            if isinstance(part, ast.FormattedValue) and ast.unparse(part.value) not in FIXED_SQL:
                problems.append(f"line {node.lineno}: {{{ast.unparse(part.value)}}} in SQL")

    def check_sql(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return
        if isinstance(node, ast.JoinedStr):
            check_interpolations(node)
        elif isinstance(node, ast.Name) and node.id in FIXED_SQL:
            return
        else:
            problems.append(f"line {node.lineno}: SQL built as {ast.unparse(node)[:60]}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "execute" and node.args:
                check_sql(node.args[0])
            elif all_fstrings and node.func.attr == "format" and id(node) not in in_raise:
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    if not isinstance(argument, ast.Constant):
                        problems.append(f"line {node.lineno}: .format({ast.unparse(argument)})")
        elif all_fstrings and isinstance(node, ast.JoinedStr) and id(node) not in in_raise:
            check_interpolations(node)
    return sorted(set(problems))


def test_no_sql_is_built_from_request_values():
    assert sql_problems((SRC / "query.py").read_text(), all_fstrings=True) == []
    for path in sorted((SRC / "server").glob("*.py")):
        assert sql_problems(path.read_text(), all_fstrings=False) == [], path.name


def test_the_sql_check_catches_strings_built_from_values():
    bad = {
        "c.execute(f\"SELECT * FROM events WHERE event_id = '{event_id}'\")": "{event_id}",
        "c.execute(\"SELECT * FROM events WHERE outlet = '%s'\" % outlet)": "SQL built",
        "c.execute('SELECT * FROM events WHERE q = ' + q)": "SQL built",
        "c.execute(sql, [value])": "SQL built",
        "c.execute('SELECT {}'.format(column))": "SQL built",
        "where = f'e.date = {day}'": "{day}",
        "where = 'e.{x} = 1'.format(x=name)": ".format(name)",
    }
    for code, problem in bad.items():
        found = sql_problems(code, all_fstrings=True)
        assert any(problem in found_problem for found_problem in found), (code, found)
    fine = ("c.execute('SELECT 1 WHERE a = ?', [value])\n"
            "c.execute(f'SELECT count(*) FROM events e WHERE {condition}', values)\n"
            "raise QueryError(f'no event {event_id!r}')")
    assert sql_problems(fine, all_fstrings=True) == []
    assert server_ingestion.LONE_SURROGATE.search("a\ud800b")
