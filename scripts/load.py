"""Requests per second and p50/p99 latency of the HTTP API's common queries while articles
are being ingested: a bounded load test on loopback. A script that prints figures, not a test.

Usage: python scripts/load.py [--seconds 20] [--clients 8] [--copies 40] [--batch 1]
                              [--no-ingest]

1. Builds a database in a temporary folder: `newsevents run samples/` (as `make demo` does),
   then every row copied --copies times with new ids and dates shifted by two weeks a copy
   (samples x40: about 3,900 events, 960 articles).
2. Starts `newsevents serve` on a free 127.0.0.1 port with an API key, and waits for it;
   one POST loads the NLP pipeline before the clock starts.
3. For --seconds, --clients concurrent clients (asyncio + httpx, one process) send a mix of
   the dashboard's queries: event lists with filters, event detail, timeseries, dyads and
   article views, while one more client POSTs the dev gold set's articles (new ids, --batch
   articles per request) with the key, one request after another: ingestion running.
   (--clients 0 measures ingestion alone, --no-ingest the reads alone.)
4. Prints requests/s, p50 and p99 latency per endpoint and overall, non-2xx counts, the
   ingestion rate, and the CPU time the server and this client used; then stops the server.

Every request goes to 127.0.0.1 only, and the run stops by itself after --seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import httpx

ROOT = Path(__file__).resolve().parent.parent
NEWSEVENTS = Path(sys.executable).parent / "newsevents"
SAMPLES_PUB_DATE = "2017-12-29"  # as `make demo`
POSTED = ROOT / "tests" / "gold" / "dev.gold.jsonl"
HOST = "127.0.0.1"  # loopback only
SHIFT_DAYS = 14  # each copy of the sample rows is this many days later than the one before
TICK = 0.001  # ms resolution of the printed latencies


@dataclass
class Tally:
    """Latencies (seconds) and statuses per endpoint."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int)))

    def add(self, endpoint: str, status: int, seconds: float) -> None:
        self.latencies[endpoint].append(seconds)
        self.statuses[endpoint][status] += 1


@dataclass
class Ingested:
    requests: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    latencies: list[float] = field(default_factory=list)
    failures: dict[int, int] = field(default_factory=lambda: defaultdict(int))


# ---------------------------------------------------------------- the database


def replicate(db: Path, copies: int) -> dict:
    """Copy every row of the sample database ``copies - 1`` times with new ids (suffix
    ``~N``) and dates shifted by SHIFT_DAYS * N days; returns the table sizes. A copied
    event's id follows the store's rule (a hash of its smallest mention id, docs/dedup.md),
    so that regrouping during the run treats copies as it treats coded events."""
    connection = duckdb.connect(str(db))
    for table in ("articles", "mentions", "events"):
        connection.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table}")
    connection.execute("CREATE TEMP TABLE seeds AS SELECT event_id, min(mention_id) AS seed "
                       "FROM base_mentions GROUP BY event_id")
    new_event_id = "substr(sha1('event|' || seeds.seed || $s), 1, 20)"
    for copy in range(1, copies):
        values = {"s": f"~{copy}", "d": SHIFT_DAYS * copy}
        connection.execute(
            "INSERT INTO articles SELECT * REPLACE (article_id || $s AS article_id, "
            "text_hash || $s AS text_hash, pub_date + $d AS pub_date, "
            "duplicate_of || $s AS duplicate_of) FROM base_articles", values)
        connection.execute(
            "INSERT INTO mentions SELECT m.* REPLACE (mention_id || $s AS mention_id, "
            f"article_id || $s AS article_id, {new_event_id} AS event_id, "
            "date_start + $d AS date_start, date_end + $d AS date_end) "
            "FROM base_mentions m LEFT JOIN seeds USING (event_id)", values)
        connection.execute(
            f"INSERT INTO events SELECT e.* REPLACE ({new_event_id} AS event_id, "
            "best_mention_id || $s AS best_mention_id, date_start + $d AS date_start, "
            "date_end + $d AS date_end, first_report + $d AS first_report, "
            "last_report + $d AS last_report) FROM base_events e JOIN seeds USING (event_id)",
            values)
    sizes = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
             for table in ("articles", "mentions", "events")}
    connection.close()
    return sizes


def build_database(folder: Path, copies: int) -> tuple[Path, dict]:
    db = folder / "load.duckdb"
    subprocess.run([str(NEWSEVENTS), "run", str(ROOT / "samples"), "--db", str(db),
                    "--pub-date", SAMPLES_PUB_DATE], check=False, capture_output=True)
    if not db.exists():
        sys.exit("newsevents run did not build the database")
    return db, replicate(db, copies)


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, key: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [str(NEWSEVENTS), "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
        env={**os.environ, "NEWSEVENTS_API_KEY": key}, stdout=log.open("w"),
        stderr=subprocess.STDOUT)
    base_url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped at start; its log: {log}")
        try:
            if httpx.get(f"{base_url}/api/stats", timeout=2).status_code == 200:
                return server, base_url
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(server)
    sys.exit("the server did not answer within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGINT)
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- the clients


EVENT_FILTERS = [
    {}, {"type": "CONSULT"}, {"type": "ASSAULT"}, {"country": "RUS"}, {"country": "ETH"},
    {"q": "minister"}, {"actor": "iran"}, {"actor_code": "IRNGOV"}, {"dyad": "IRN-RUS"},
    {"quad_class": 4}, {"status": "planned"}, {"since": "2018-06-01", "until": "2019-06-30"},
    {"bbox": "20,0,60,45"}, {"outlet": "wire"}, {"located": "true", "sort": "-goldstein"},
    {"sort": "-mentions"},
]


def pick_request(rng: random.Random, ids: dict) -> tuple[str, str, dict]:
    """One request of the mix: (endpoint name, path, query parameters)."""
    roll = rng.random()
    if roll < 0.40:
        return "events list", "/api/events", {**rng.choice(EVENT_FILTERS),
                                              "limit": rng.choice((50, 100))}
    if roll < 0.60:
        return "event detail", f"/api/events/{rng.choice(ids['events'])}", {}
    if roll < 0.75:
        return "article view", f"/api/articles/{rng.choice(ids['articles'])}", {}
    if roll < 0.90:
        return "timeseries", "/api/timeseries", {
            **rng.choice(EVENT_FILTERS[:6]), "interval": rng.choice(("week", "month", "year")),
            "split": rng.choice(("quad_class", "type", "dyad"))}
    return "dyads", "/api/dyads", {**rng.choice(EVENT_FILTERS[:6]),
                                   "by": rng.choice(("country", "code"))}


async def reader(client: httpx.AsyncClient, seed: int, ids: dict, until: float,
                 tally: Tally) -> None:
    rng = random.Random(seed)
    while time.monotonic() < until:
        endpoint, path, params = pick_request(rng, ids)
        started = time.perf_counter()
        response = await client.get(path, params=params)
        await response.aread()
        tally.add(endpoint, response.status_code, time.perf_counter() - started)


def posted_articles(key_suffix: str):
    """The dev gold set's articles, round after round, each with a new id and a last line of
    its own (the same text twice would be skipped as already stored)."""
    records = [json.loads(line) for line in POSTED.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    number = 0
    while True:
        for record in records:
            number += 1
            yield {"id": f"load-{key_suffix}-{number}", "title": record.get("title"),
                   "pub_date": record.get("pub_date"), "outlet": "Load Test Wire",
                   "text": f"{record['text']}\n\nLoad test copy {number}."}


async def ingester(client: httpx.AsyncClient, articles, batch: int, until: float,
                   ingested: Ingested) -> None:
    while time.monotonic() < until:
        started = time.perf_counter()
        response = await client.post("/api/articles",
                                     json=[next(articles) for _ in range(batch)])
        ingested.latencies.append(time.perf_counter() - started)
        ingested.requests += 1
        if response.status_code != 200:
            ingested.failures[response.status_code] += 1
            continue
        body = response.json()
        ingested.stored += body["stored"]
        ingested.skipped += len(body["skipped"])
        ingested.events += len(body["events"])


async def known_ids(client: httpx.AsyncClient) -> dict:
    page = (await client.get("/api/events", params={"limit": 1000})).json()["events"]
    return {"events": [e["event_id"] for e in page],
            "articles": sorted({e["article_id"] for e in page if e["article_id"]})}


async def run_load(base_url: str, key: str, args: argparse.Namespace) -> tuple[
        Tally, Ingested, float]:
    limits = httpx.Limits(max_connections=args.clients + 1)
    timeout = httpx.Timeout(120)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client, \
            httpx.AsyncClient(base_url=base_url, timeout=timeout,
                              headers={"X-API-Key": key}) as poster:
        ids = await known_ids(client)
        articles = posted_articles(key[:6])
        if not args.no_ingest:  # loads the NLP pipeline before the clock starts
            warm = await poster.post("/api/articles", json=next(articles))
            warm.raise_for_status()
        tally, ingested = Tally(), Ingested()
        started = time.monotonic()
        until = started + args.seconds
        tasks = [reader(client, seed, ids, until, tally) for seed in range(args.clients)]
        if not args.no_ingest:
            tasks.append(ingester(poster, articles, args.batch, until, ingested))
        await asyncio.gather(*tasks)
        return tally, ingested, time.monotonic() - started


# ---------------------------------------------------------------- the report


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def report_line(name: str, latencies: list[float], statuses: dict[int, int],
                seconds: float) -> str:
    not_ok = ", ".join(f"{n} x {status}" for status, n in sorted(statuses.items())
                       if not 200 <= status < 300) or "0"
    return (f"{name:<14}{len(latencies):>9}{len(latencies) / seconds:>9.1f}"
            f"{percentile(latencies, 0.50) * 1000:>9.1f}{percentile(latencies, 0.99) * 1000:>9.1f}"
            f"  {not_ok}")


def print_report(tally: Tally, ingested: Ingested, seconds: float, cpu: dict,
                 batch: int) -> None:
    print(f"{'endpoint':<14}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}  non-2xx")
    everything: list[float] = []
    all_statuses: dict[int, int] = defaultdict(int)
    for name in sorted(tally.latencies):
        print(report_line(name, tally.latencies[name], tally.statuses[name], seconds))
        everything += tally.latencies[name]
        for status, count in tally.statuses[name].items():
            all_statuses[status] += count
    if everything:
        print(report_line("all reads", everything, all_statuses, seconds))
    if ingested.requests:
        failures = dict(ingested.failures) or 0
        print(f"ingestion: {ingested.requests} POST /api/articles ({batch} article(s) each), "
              f"{ingested.stored} stored ({ingested.stored / seconds:.1f} articles/s), "
              f"{ingested.skipped} skipped, {ingested.events} events; POST p50 "
              f"{percentile(ingested.latencies, 0.5) * 1000:.0f} ms, p99 "
              f"{percentile(ingested.latencies, 0.99) * 1000:.0f} ms; non-200: {failures}")
    else:
        print("ingestion: off (--no-ingest)")
    print(f"cpu: server {cpu['server']:.1f} s, load client {cpu['client']:.1f} s in "
          f"{seconds:.1f} s of wall time ({os.cpu_count()} cores)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--copies", type=int, default=40,
                        help="copies of the sample corpus's rows in the database")
    parser.add_argument("--batch", type=int, default=1, help="articles per POST")
    parser.add_argument("--no-ingest", action="store_true", help="reads only")
    args = parser.parse_args()
    if not (0 < args.seconds <= 600 and 0 <= args.clients <= 64 and 1 <= args.batch <= 200
            and (args.clients or not args.no_ingest)):
        parser.error("--seconds must be within 0-600, --clients within 0-64 (0 only with "
                     "ingestion) and --batch within 1-200")
    key = secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db, sizes = build_database(Path(folder), args.copies)
        print(f"database: {sizes['events']} events, {sizes['mentions']} mentions, "
              f"{sizes['articles']} articles (samples/ x{args.copies}), built in "
              f"{time.perf_counter() - started:.0f} s")
        server, base_url = start_server(db, key, Path(folder) / "server.log")
        try:
            print(f"server: newsevents serve at {base_url}; {args.clients} clients for "
                  f"{args.seconds:.0f} s; ingestion {'off' if args.no_ingest else 'on'}")
            server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
            tally, ingested, seconds = asyncio.run(run_load(base_url, key, args))
            cpu = {"server": cpu_seconds(server.pid) - server_cpu,
                   "client": time.process_time() - client_cpu}
        finally:
            stop_server(server)
    print_report(tally, ingested, seconds, cpu, args.batch)


if __name__ == "__main__":
    main()
