"""Events from stored mentions: the pure block-to-events function shared by the DuckDB store
(regrouping inside the writer's transaction) and the Spark job."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from newsevents.dedup import Cluster, Mention, cluster_block
from newsevents.records import DATE_PRECISION_RANK

# Mention columns an event takes from the report that speaks for it.
COPIED_FIELDS = ("event_type", "mode", "cameo", "quad_class", "goldstein", "source_code",
                 "source_country", "source_name", "target_code", "target_country",
                 "target_name", "participants", "date_start", "date_end", "date_precision",
                 "location_name", "location_country", "lat", "lon", "geonameid", "status",
                 "sentence")
# What grouping reads of each mention: its columns, and of its article the publication date,
# the outlet, the story it copies (if any) and the address.
BLOCK_COLUMNS = ("mention_id", "article_id", "block_key", "confidence", "location_precision",
                 *COPIED_FIELDS, "pub_date", "outlet", "original", "url")
MENTION_QUERY = f"""
SELECT {", ".join("m." + c for c in BLOCK_COLUMNS[:-4])}, a.pub_date,
       coalesce(a.outlet, a.article_id), coalesce(a.duplicate_of, a.article_id), a.url
FROM mentions m JOIN articles a USING (article_id)
WHERE m.block_key IN (SELECT unnest(?::VARCHAR[]))
"""


def as_mention(row: dict) -> Mention:
    return Mention(row["mention_id"], row["article_id"], row["date_start"], row["date_end"],
                   row["date_precision"], row["pub_date"], row["location_name"],
                   row["location_country"], row["location_precision"], row["confidence"])


def best_mention(cluster: Cluster) -> Mention:
    """The report that speaks for the event: the most precise date, a place, confidence."""
    return min(cluster.mentions, key=lambda m: (DATE_PRECISION_RANK.get(m.precision, 9),
                                                m.place is None, -m.confidence, m.mention_id))


def events_from_block(key: str, rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Event rows for one block of mentions, and each mention's event id."""
    by_id = {row["mention_id"]: row for row in rows}
    events, assignments = [], []
    for cluster in cluster_block([as_mention(row) for row in rows]):
        members = [by_id[m.mention_id] for m in cluster.mentions]
        best = by_id[best_mention(cluster).mention_id]
        reports = [row["pub_date"] for row in members if row["pub_date"]]
        event = {field: best[field] for field in COPIED_FIELDS}
        event.update({
            "event_id": cluster.event_id, "block_key": key, "num_mentions": len(members),
            "num_articles": len({row["article_id"] for row in members}),
            "num_sources": len({row["outlet"] for row in members}),
            "num_independent": len({row["original"] for row in members}),
            "first_report": min(reports) if reports else None,
            "last_report": max(reports) if reports else None,
            "best_mention_id": best["mention_id"], "url": best["url"],
        })
        events.append(event)
        assignments += [{"mention_id": row["mention_id"], "event_id": cluster.event_id}
                        for row in members]
    return events, assignments


def regroup(connection: duckdb.DuckDBPyConnection, block_keys: Iterable[str]) -> None:
    keys = sorted(set(block_keys))
    if not keys:
        return
    by_block: dict[str, list[dict]] = {}
    for values in connection.execute(MENTION_QUERY, [keys]).fetchall():
        row = dict(zip(BLOCK_COLUMNS, values, strict=True))
        by_block.setdefault(row["block_key"], []).append(row)
    events, assignments = [], []
    for key, rows in by_block.items():
        block_events, block_assignments = events_from_block(key, rows)
        events += block_events
        assignments += block_assignments
    connection.execute("DELETE FROM events WHERE block_key IN (SELECT unnest(?::VARCHAR[]))",
                       [keys])
    if events:
        new_events = pa.Table.from_pylist(events)  # noqa: F841 (read by DuckDB by name)
        connection.execute("INSERT INTO events BY NAME SELECT * FROM new_events")
        links = pa.Table.from_pylist(assignments)  # noqa: F841
        connection.execute("UPDATE mentions SET event_id = links.event_id FROM links "
                           "WHERE mentions.mention_id = links.mention_id")
