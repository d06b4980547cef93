"""Regrouping stored mentions into events, block by block, inside the writer's transaction."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from newsevents.dedup import Cluster, Mention, cluster_block
from newsevents.records import DATE_PRECISION_RANK

MENTION_QUERY = """
SELECT m.mention_id, m.article_id, m.date_start, m.date_end, m.date_precision, a.pub_date,
       m.location_name, m.location_country, m.location_precision, m.confidence, m.block_key,
       coalesce(a.outlet, a.article_id) AS outlet, coalesce(a.duplicate_of, a.article_id),
       a.url
FROM mentions m JOIN articles a USING (article_id)
WHERE m.block_key IN (SELECT unnest(?::VARCHAR[]))
"""
COPIED_FIELDS = ("event_type", "mode", "cameo", "quad_class", "goldstein", "source_code",
                 "source_country", "source_name", "target_code", "target_country",
                 "target_name", "participants", "date_start", "date_end", "date_precision",
                 "location_name", "location_country", "lat", "lon", "geonameid", "status",
                 "sentence")


def best_mention(cluster: Cluster) -> Mention:
    """The report that speaks for the event: the most precise date, a place, confidence."""
    return min(cluster.mentions, key=lambda m: (DATE_PRECISION_RANK.get(m.precision, 9),
                                                m.place is None, -m.confidence, m.mention_id))


def regroup(connection: duckdb.DuckDBPyConnection, block_keys: Iterable[str]) -> None:
    keys = sorted(set(block_keys))
    if not keys:
        return
    rows = connection.execute(MENTION_QUERY, [keys]).fetchall()
    by_block: dict[str, list[tuple]] = {}
    for row in rows:
        by_block.setdefault(row[10], []).append(row)
    events, assignments = [], []
    for key, block_rows in by_block.items():
        extra = {row[0]: row[11:] for row in block_rows}  # outlet, original article, url
        mentions = [Mention(*row[:10]) for row in block_rows]
        for cluster in cluster_block(mentions):
            events.append(event_row(connection, key, cluster, extra))
            assignments += [{"mention_id": m.mention_id, "event_id": cluster.event_id}
                            for m in cluster.mentions]
    connection.execute("DELETE FROM events WHERE block_key IN (SELECT unnest(?::VARCHAR[]))",
                       [keys])
    if events:
        new_events = pa.Table.from_pylist(events)  # noqa: F841 (read by DuckDB by name)
        connection.execute("INSERT INTO events BY NAME SELECT * FROM new_events")
        links = pa.Table.from_pylist(assignments)  # noqa: F841
        connection.execute("UPDATE mentions SET event_id = links.event_id FROM links "
                           "WHERE mentions.mention_id = links.mention_id")


def event_row(connection: duckdb.DuckDBPyConnection, key: str, cluster: Cluster,
              extra: dict[str, tuple]) -> dict:
    best = best_mention(cluster)
    columns = ", ".join(COPIED_FIELDS)
    copied = connection.execute(f"SELECT {columns} FROM mentions WHERE mention_id = ?",
                                [best.mention_id]).fetchone()
    row = dict(zip(COPIED_FIELDS, copied, strict=True))
    reports = [m.pub_date for m in cluster.mentions if m.pub_date]
    row.update({
        "event_id": cluster.event_id, "block_key": key,
        "num_mentions": len(cluster.mentions),
        "num_articles": len({m.article_id for m in cluster.mentions}),
        "num_sources": len({extra[m.mention_id][0] for m in cluster.mentions}),
        "num_independent": len({extra[m.mention_id][1] for m in cluster.mentions}),
        "first_report": min(reports) if reports else None,
        "last_report": max(reports) if reports else None,
        "best_mention_id": best.mention_id, "url": extra[best.mention_id][2],
    })
    return row
