"""Query parameters of the read endpoints, validated before any query runs: closed sets are
enums, numbers have ranges, free text has a length limit and no control characters. A bad
value is a 422 (or a 400 for a bounding box out of range) in the common error shape."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator

from newsevents.errors import QueryError
from newsevents.lexicon import PLOVER_TYPES
from newsevents.query import INTERVALS, SIDE_LEVELS, SORT_KEYS, SPLITS, EventFilter

EventType = StrEnum("EventType", {name: name for name in PLOVER_TYPES})
Status = StrEnum("Status", {name: name for name in
                            ("occurred", "planned", "negated", "hypothetical")})
Sort = StrEnum("Sort", {name.replace("-", "desc_"): name for name in SORT_KEYS})
Interval = StrEnum("Interval", {name: name for name in INTERVALS})
Split = StrEnum("Split", {name: name for name in SPLITS})
DyadLevel = StrEnum("DyadLevel", {name: name for name in SIDE_LEVELS})


class Download(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"


PLAIN_TEXT = r"^[^\x00-\x1f\x7f]*$"  # no control characters
MAX_TEXT = 200
ISO3 = r"^[A-Za-z]{3}$"
ACTOR_CODE = r"^[A-Za-z]{3,15}$"
NUMBER = r"-?\d{1,3}(\.\d{1,8})?"
BBOX = rf"^{NUMBER},{NUMBER},{NUMBER},{NUMBER}$"

Text = Annotated[str | None, Query(max_length=MAX_TEXT, pattern=PLAIN_TEXT)]


def iso_day(value: object) -> object:
    """Only YYYY-MM-DD is a day (pydantic would also read "0" as a Unix time)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


Day = Annotated[date | None, BeforeValidator(iso_day)]


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    west, south, east, north = (float(part) for part in value.split(","))
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise QueryError(f"bbox {value!r}: longitudes must be within -180..180, latitudes "
                         "within -90..90 and south <= north (west > east crosses 180°)")
    return west, south, east, north


def event_filter(
    since: Annotated[Day, Query(description="Events ending on or after (YYYY-MM-DD)")] = None,
    until: Annotated[Day, Query(description="Events starting on or before (YYYY-MM-DD)")
                     ] = None,
    event_type: Annotated[EventType | None, Query(alias="type", description="PLOVER type")
                          ] = None,
    mode: Annotated[str | None, Query(pattern=r"^[a-z][a-z-]{0,39}$",
                                      description="PLOVER mode, e.g. visit")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description=(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"))
    ] = None,
    status: Annotated[Status | None, Query()] = None,
    country: Annotated[str | None, Query(pattern=ISO3, description=(
        "ISO3 code of either side or of the place"))] = None,
    actor_country: Annotated[str | None, Query(pattern=ISO3, description=(
        "ISO3 code of either side (or a participant)"))] = None,
    actor_code: Annotated[str | None, Query(pattern=ACTOR_CODE, description=(
        "Start of a side's CAMEO actor code: RUS, RUSGOV, IGO"))] = None,
    actor: Annotated[Text, Query(description="Part of a side's name")] = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,15}-[A-Za-z]{3,15}$", description=(
        "Two sides, order ignored: IRN-RUS or RUSGOV-IRNGOV"))] = None,
    outlet: Annotated[Text, Query(description="Part of the name of an outlet that reported it")
                      ] = None,
    q: Annotated[Text, Query(description=(
        "Free text in the evidence sentence, a side's or the place's name"))] = None,
    bbox: Annotated[str | None, Query(pattern=BBOX, description=(
        "west,south,east,north in degrees, e.g. 20,40,60,70"))] = None,
    located: Annotated[bool, Query(description="Only events with coordinates")] = False,
) -> EventFilter:
    """The filter every read endpoint over events shares."""
    return EventFilter(
        since=since, until=until, event_type=event_type.value if event_type else None,
        country=country, actor_country=actor_country, actor_code=actor_code, actor=actor,
        dyad=tuple(dyad.split("-")) if dyad else None, mode=mode, quad_class=quad_class,
        status=status.value if status else None, outlet=outlet, text=q,
        bbox=parse_bbox(bbox) if bbox else None, located=located)
