"""Read queries over the store, shared by the HTTP server and the CLI export.

A typed ``EventFilter`` becomes parameterised SQL: user values are only ever bound as
parameters; sort keys, splits, intervals and dyad levels are chosen from fixed whitelists
below, so no SQL text is built from what a user sent. Every function takes an open DuckDB
connection or cursor (the server passes one cursor per request).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pycountry

from newsevents.errors import NotFoundError, QueryError
from newsevents.evidence_spans import event_spans

Connection = duckdb.DuckDBPyConnection
BoundingBox = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

# The side of an event at each dyad level: a country (its ISO3 code) or the actor code.
SIDE_LEVELS = {
    "country": ("coalesce({x}.source_country, {x}.source_code)",
                "coalesce({x}.target_country, {x}.target_code)"),
    "code": ("coalesce({x}.source_code, {x}.source_country)",
             "coalesce({x}.target_code, {x}.target_country)"),
}
NO_TARGET = "(none)"
INTERVALS = ("day", "week", "month", "year")
SPLITS = {
    "none": "'all'",
    "type": "e.event_type",
    "quad_class": "CAST(e.quad_class AS VARCHAR)",
    "status": "e.status",
    "dyad": (f"CASE WHEN {SIDE_LEVELS['country'][1]} IS NULL "
             f"THEN {SIDE_LEVELS['country'][0]} || '-{NO_TARGET}' "
             f"ELSE least({SIDE_LEVELS['country'][0]}, {SIDE_LEVELS['country'][1]}) || '-' || "
             f"greatest({SIDE_LEVELS['country'][0]}, {SIDE_LEVELS['country'][1]}) END"
             ).format(x="e"),
}
OTHER_KEY = "other"
COOPERATIVE_QUAD_CLASSES = (1, 2)  # verbal and material cooperation; 3 and 4 are conflict


@dataclass(frozen=True, slots=True)
class SortKey:
    """One way to order events. ``expression`` is fixed SQL (NULLs replaced by a value that
    sorts last), ``parse`` turns the value stored in a cursor back into a SQL value."""

    expression: str
    descending: bool
    parse: Callable[[Any], Any]


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    return float(value)


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


SORT_KEYS = {
    "date": SortKey("coalesce(e.date_start, DATE '9999-12-31')", False, date.fromisoformat),
    "-date": SortKey("coalesce(e.date_start, DATE '0001-01-01')", True, date.fromisoformat),
    "goldstein": SortKey("coalesce(e.goldstein, 1e9)", False, _number),
    "-goldstein": SortKey("coalesce(e.goldstein, -1e9)", True, _number),
    "mentions": SortKey("e.num_mentions", False, _integer),
    "-mentions": SortKey("e.num_mentions", True, _integer),
    "reported": SortKey("coalesce(e.first_report, DATE '9999-12-31')", False,
                        date.fromisoformat),
    "-reported": SortKey("coalesce(e.first_report, DATE '0001-01-01')", True,
                         date.fromisoformat),
}
DEFAULT_SORT = "-date"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events (or mentions) a query selects; every field is optional.

    since/until: events ending on or after / starting on or before these days.
    country: ISO3 code of either side or of the place. actor_country: of either side (or a
    participant). actor_code: prefix of a side's CAMEO code (``RUS`` finds ``RUSGOV``).
    actor: part of a side's name. dyad: two sides (``IRN-RUS``), order ignored. outlet: part
    of the name of an outlet that reported it. text: part of the evidence sentence, a side's
    or the place's name. bbox: (min lon, min lat, max lon, max lat); min lon > max lon crosses
    the antimeridian. located: only events with coordinates.
    """

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    country: str | None = None
    actor_country: str | None = None
    actor_code: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    mode: str | None = None
    quad_class: int | None = None
    status: str | None = None
    outlet: str | None = None
    text: str | None = None
    bbox: BoundingBox | None = None
    located: bool = False

    def sql(self, alias: str) -> tuple[str, list]:
        """A WHERE condition over ``events`` (alias ``e``) or ``mentions`` (alias ``m``) and
        its parameters."""
        clauses: list[str] = ["TRUE"]
        values: list = []
        for build in (_date_clauses, _coding_clauses, _actor_clauses, _place_clauses,
                      _text_clauses):
            more_clauses, more_values = build(self, alias)
            clauses += more_clauses
            values += more_values
        return " AND ".join(clauses), values


def _date_clauses(where: EventFilter, x: str) -> tuple[list[str], list]:
    clauses, values = [], []
    if where.since:
        clauses.append(f"{x}.date_end >= ?")
        values.append(where.since)
    if where.until:
        clauses.append(f"{x}.date_start <= ?")
        values.append(where.until)
    return clauses, values


def _coding_clauses(where: EventFilter, x: str) -> tuple[list[str], list]:
    clauses, values = [], []
    for column, value in (("event_type", where.event_type), ("mode", where.mode),
                          ("status", where.status)):
        if value:
            clauses.append(f"{x}.{column} = ?")
            values.append(value.upper() if column == "event_type" else value)
    if where.quad_class is not None:
        clauses.append(f"{x}.quad_class = ?")
        values.append(where.quad_class)
    return clauses, values


def _actor_clauses(where: EventFilter, x: str) -> tuple[list[str], list]:
    clauses, values = [], []
    participants = f"(';' || coalesce({x}.participants, ''))"
    if where.actor_country:
        code = where.actor_country.upper()
        clauses.append(f"(? IN ({x}.source_country, {x}.target_country) "
                       f"OR contains({participants}, ';' || ?))")
        values += [code, code]
    if where.actor_code:
        code = where.actor_code.upper()
        clauses.append(f"(starts_with({x}.source_code, ?) OR starts_with({x}.target_code, ?) "
                       f"OR contains({participants}, ';' || ?))")
        values += [code, code, code]
    if where.actor:
        clauses.append(f"(contains(lower({x}.source_name), lower(?)) "
                       f"OR contains(lower({x}.target_name), lower(?)))")
        values += [where.actor, where.actor]
    if where.dyad:
        first, second = (side.upper() for side in where.dyad)
        source = f"(? IN ({x}.source_country, {x}.source_code))"
        target = f"(? IN ({x}.target_country, {x}.target_code))"
        clauses.append(f"(({source} AND {target}) OR ({source} AND {target}))")
        values += [first, second, second, first]
    return clauses, values


def _place_clauses(where: EventFilter, x: str) -> tuple[list[str], list]:
    clauses, values = [], []
    if where.country:
        clauses.append(f"(? IN ({x}.source_country, {x}.target_country) "
                       f"OR {x}.location_country = ?)")
        values += [where.country.upper()] * 2
    if where.located or where.bbox:
        clauses.append(f"{x}.lat IS NOT NULL AND {x}.lon IS NOT NULL")
    if where.bbox:
        west, south, east, north = where.bbox
        longitude = (f"{x}.lon BETWEEN ? AND ?" if west <= east
                     else f"({x}.lon >= ? OR {x}.lon <= ?)")
        clauses.append(f"{longitude} AND {x}.lat BETWEEN ? AND ?")
        values += [west, east, south, north]
    return clauses, values


def _text_clauses(where: EventFilter, x: str) -> tuple[list[str], list]:
    clauses, values = [], []
    if where.outlet:
        reports = ("SELECT 1 FROM mentions om JOIN articles oa ON oa.article_id = om.article_id "
                   f"WHERE om.event_id = {x}.event_id" if x == "e" else
                   f"SELECT 1 FROM articles oa WHERE oa.article_id = {x}.article_id")
        clauses.append(f"EXISTS ({reports} AND contains(lower(oa.outlet), lower(?)))")
        values.append(where.outlet)
    if where.text:
        searched = " || ' ' || ".join(f"coalesce({x}.{column}, '')" for column in
                                      ("sentence", "source_name", "target_name",
                                       "location_name"))
        clauses.append(f"contains(lower({searched}), lower(?))")
        values.append(where.text)
    return clauses, values


# ---------------------------------------------------------------- events


EVENT_SELECT = """
SELECT e.*, m.article_id, a.title, a.outlet, a.pub_date
FROM events e
LEFT JOIN mentions m ON m.mention_id = e.best_mention_id
LEFT JOIN articles a ON a.article_id = m.article_id
"""


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events (rows of the ``events`` table with the best report's article id,
    title, outlet and publication date), the number of events the filter selects, the cursor
    of the next page (None on the last), and the columns with their DuckDB types."""

    events: list[dict]
    total: int
    next_cursor: str | None
    columns: list[tuple[str, str]]


def plain(value: Any) -> Any:
    """A value as JSON carries it: dates as ISO strings."""
    return value.isoformat() if isinstance(value, date) else value


def rows(cursor: Connection) -> list[dict]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def encode_cursor(sort: str, value: Any, event_id: str) -> str:
    payload = json.dumps([sort, plain(value), event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The sort value and event id a page ends on; a cursor made for another sort order, or
    not made by us, is a QueryError."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        cursor_sort, value, event_id = json.loads(base64.urlsafe_b64decode(padded))
        if cursor_sort != sort or not isinstance(event_id, str):
            raise ValueError("cursor of another query")
        return SORT_KEYS[sort].parse(value), event_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise QueryError(f"cursor {cursor[:40]!r} is not valid for sort={sort} "
                         "(use next_cursor of the previous page, with the same sort)") from exc


def count_events(connection: Connection, where: EventFilter) -> int:
    condition, values = where.sql("e")
    return connection.execute(f"SELECT count(*) FROM events e WHERE {condition}",
                              values).fetchone()[0]


def list_events(connection: Connection, where: EventFilter, sort: str = DEFAULT_SORT,
                limit: int = 100, cursor: str | None = None) -> EventPage:
    """One page of events in ``sort`` order (keyset pagination: a page starts after the sort
    value and event id the cursor holds, so pages stay stable while events are added)."""
    if sort not in SORT_KEYS:
        raise QueryError(f"sort {sort!r} is not one of {', '.join(SORT_KEYS)}")
    if limit < 1:
        raise QueryError("limit must be at least 1")
    key = SORT_KEYS[sort]
    condition, values = where.sql("e")
    query_values = list(values)
    direction, beyond = ("DESC", "<") if key.descending else ("ASC", ">")
    if cursor:
        value, event_id = decode_cursor(cursor, sort)
        condition += (f" AND ({key.expression} {beyond} ? OR ({key.expression} = ? "
                      f"AND e.event_id {beyond} ?))")
        query_values += [value, value, event_id]
    select = EVENT_SELECT.replace("SELECT e.*", f"SELECT {key.expression} AS sort_value, e.*")
    result = connection.execute(
        f"{select} WHERE {condition} ORDER BY sort_value {direction}, e.event_id {direction} "
        "LIMIT ?", [*query_values, limit + 1])
    columns = [(d[0], str(d[1])) for d in result.description][1:]
    found = rows(result)
    next_cursor = None
    if len(found) > limit:
        found = found[:limit]
        next_cursor = encode_cursor(sort, found[-1]["sort_value"], found[-1]["event_id"])
    for row in found:
        del row["sort_value"]
    return EventPage(found, count_events(connection, where), next_cursor, columns)


def get_event(connection: Connection, event_id: str) -> dict:
    """The event and every mention of it: the contract record, its evidence and article."""
    found = rows(connection.execute(f"{EVENT_SELECT} WHERE e.event_id = ?", [event_id]))
    if not found:
        raise NotFoundError(f"no event with id {event_id!r}")
    mentions = []
    for row in rows(connection.execute(
            "SELECT m.mention_id, m.record, a.article_id, a.title, a.outlet, a.url, "
            "a.pub_date, a.duplicate_of FROM mentions m JOIN articles a USING (article_id) "
            "WHERE m.event_id = ? ORDER BY a.pub_date NULLS LAST, m.mention_id", [event_id])):
        record = json.loads(row.pop("record"))
        mention_id = row.pop("mention_id")
        mentions.append({"mention_id": mention_id, "evidence": record["evidence"],
                         "record": record,
                         "article": {k: plain(v) for k, v in row.items()}})
    return {"event": {k: plain(v) for k, v in found[0].items()}, "mentions": mentions}


def get_article(connection: Connection, article_id: str) -> dict:
    """The cleaned text and the character spans of every event, actor, date and place read
    from it (``text[start:end]`` is each span's text)."""
    found = rows(connection.execute(
        "SELECT article_id, title, pub_date, url, outlet, language, origin, duplicate_of, text "
        "FROM articles WHERE article_id = ?", [article_id]))
    if not found:
        raise NotFoundError(f"no article with id {article_id!r}")
    article = {k: plain(v) for k, v in found[0].items()}
    mentions, spans, unlocated = [], [], []
    for mention_id, event_id, record in connection.execute(
            "SELECT mention_id, event_id, record FROM mentions WHERE article_id = ? "
            "ORDER BY sentence_start, mention_id", [article_id]).fetchall():
        record = json.loads(record)
        mentions.append({"mention_id": mention_id, "event_id": event_id,
                         "event_type": record["event_type"], "status": record["status"],
                         "quad_class": record["quad_class"], "evidence": record["evidence"],
                         "source": record["source"], "target": record["target"],
                         "date": record["date"], "location": record["location"]})
        found_spans, missing = event_spans(article["text"], record)
        spans += [{**span, "mention_id": mention_id} for span in found_spans]
        unlocated += [{**item, "mention_id": mention_id} for item in missing]
    return {"article": article, "mentions": mentions, "spans": spans, "unlocated": unlocated}


# ---------------------------------------------------------------- aggregates


def stats(connection: Connection) -> dict:
    """Rows per table and the first and last event day."""
    counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("articles", "mentions", "events", "skipped")}
    first, last = connection.execute(
        "SELECT min(date_start), max(date_start) FROM events").fetchone()
    return {**counts, "first_date": plain(first), "last_date": plain(last)}


def timeseries(connection: Connection, where: EventFilter, interval: str = "month",
               split: str = "quad_class", top: int = 8) -> dict:
    """Event counts and mean Goldstein value per period, one series per key of ``split``.
    With split=dyad or type, keys beyond the ``top`` largest are summed into "other".
    Events without a start date are counted in ``undated``."""
    if interval not in INTERVALS or split not in SPLITS:
        raise QueryError(f"interval must be one of {INTERVALS}, split one of {tuple(SPLITS)}")
    condition, values = where.sql("e")
    buckets = connection.execute(
        "SELECT CAST(date_trunc(?, e.date_start) AS DATE) AS period, "
        f"{SPLITS[split]} AS key, count(*), sum(e.goldstein), count(e.goldstein) FROM events e "
        f"WHERE e.date_start IS NOT NULL AND {condition} GROUP BY ALL",
        [interval, *values]).fetchall()
    undated = connection.execute(
        f"SELECT count(*) FROM events e WHERE e.date_start IS NULL AND {condition}",
        values).fetchone()[0]
    totals: dict[str, int] = {}
    for _period, key, count, _sum, _n in buckets:
        totals[key or NO_TARGET] = totals.get(key or NO_TARGET, 0) + count
    kept = set(sorted(totals, key=lambda k: (-totals[k], k))[:top]) if split in (
        "dyad", "type") else set(totals)
    merged: dict[tuple[date, str], list] = {}
    for period, key, count, goldstein_sum, goldstein_n in buckets:
        label = key or NO_TARGET
        label = label if label in kept else OTHER_KEY
        cell = merged.setdefault((period, label), [0, 0.0, 0])
        cell[0] += count
        cell[1] += goldstein_sum or 0.0
        cell[2] += goldstein_n
    series = [{"period": period.isoformat(), "key": key, "count": count,
               "mean_goldstein": round(total / n, 3) if n else None}
              for (period, key), (count, total, n) in sorted(merged.items())]
    keys = sorted({item["key"] for item in series}, key=lambda k: (k == OTHER_KEY, k))
    return {"interval": interval, "split": split, "keys": keys, "buckets": series,
            "total": sum(totals.values()) + undated, "undated": undated}


def country_name(code: str) -> str | None:
    if len(code) != 3 or not code.isalpha():
        return None
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or (country.name if country else None)


def dyads(connection: Connection, where: EventFilter, by: str = "country",
          limit: int = 25) -> dict:
    """The most active pairs of sides (order ignored) as a network: edges with event counts,
    cooperative and conflictual counts, net cooperation (their difference) and mean
    Goldstein; nodes with the events of their edges. Events with one side, or the same side
    twice, form no pair."""
    if by not in SIDE_LEVELS:
        raise QueryError(f"by must be one of {tuple(SIDE_LEVELS)}")
    source, target = (side.format(x="e") for side in SIDE_LEVELS[by])
    condition, values = where.sql("e")
    cooperative = ", ".join(str(q) for q in COOPERATIVE_QUAD_CLASSES)
    edges = rows(connection.execute(f"""
        WITH sides AS (SELECT {source} AS s, {target} AS t, e.quad_class, e.goldstein
                       FROM events e WHERE {condition})
        SELECT least(s, t) AS source, greatest(s, t) AS target, count(*) AS count,
               count(*) FILTER (WHERE quad_class IN ({cooperative})) AS cooperative,
               count(*) FILTER (WHERE quad_class NOT IN ({cooperative})) AS conflictual,
               round(avg(goldstein), 3) AS mean_goldstein
        FROM sides WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
        GROUP BY ALL ORDER BY count DESC, source, target LIMIT ?""", [*values, limit]))
    nodes: dict[str, dict] = {}
    for edge in edges:
        edge["net_cooperation"] = edge["cooperative"] - edge["conflictual"]
        for side in (edge["source"], edge["target"]):
            node = nodes.setdefault(side, {"id": side, "name": country_name(side[:3]),
                                           "count": 0})
            node["count"] += edge["count"]
    return {"by": by, "nodes": sorted(nodes.values(), key=lambda n: (-n["count"], n["id"])),
            "edges": edges}
