"""Event records as the contract's JSON Lines, or as flat CSV rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from newsevents.records import Event

CSV_COLUMNS = (
    "event_id", "article_id", "event_type", "mode", "cameo", "quad_class", "goldstein",
    "source_code", "source_country", "source_text", "target_code", "target_country",
    "target_text", "participants", "date_start", "date_end", "date_precision", "location_name",
    "location_country", "lat", "lon", "geonameid", "status", "confidence", "sentence",
    "sentence_start", "sentence_end", "trigger",
)


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def csv_row(event: Event) -> dict:
    place = event.location
    target = event.target
    return {
        "event_id": event.event_id, "article_id": event.article_id,
        "event_type": event.event_type, "mode": event.mode, "cameo": event.cameo,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "source_code": event.source.code, "source_country": event.source.country,
        "source_text": event.source.text,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "target_text": target.text if target else None,
        "participants": ";".join(p.code or "" for p in event.participants),
        "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "status": event.status, "confidence": event.confidence,
        "sentence": event.evidence.sentence, "sentence_start": event.evidence.start,
        "sentence_end": event.evidence.end, "trigger": event.evidence.trigger,
    }


class EventWriter:
    """Writes events to a stream in the chosen format (header first for CSV)."""

    def __init__(self, stream: TextIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.csv = None
        if fmt == "csv":
            self.csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            self.csv.writeheader()

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            if self.csv is not None:
                self.csv.writerow(csv_row(event))
            else:
                self.stream.write(event_json(event) + "\n")
