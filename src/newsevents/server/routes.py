"""The read endpoints: each one calls a function of ``newsevents.query`` on a cursor of its
own, so reads never wait for an ingestion in progress.

(No ``from __future__ import annotations`` here: FastAPI reads the annotations of the
routes, which refer to types defined inside ``read_router``.)"""

import io
from typing import Annotated, Any

import pyarrow.parquet as pq
from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response
from pydantic import TypeAdapter

from newsevents import query
from newsevents.export import arrow_table, write_csv
from newsevents.query import Connection, EventFilter, EventPage
from newsevents.server.errors import error_responses
from newsevents.server.params import (
    PLAIN_TEXT,
    Download,
    DyadLevel,
    Interval,
    Sort,
    Split,
    event_filter,
)
from newsevents.server.state import ServerState

Filter = Annotated[EventFilter, Depends(event_filter)]
RecordId = Annotated[str, Path(max_length=300, pattern=PLAIN_TEXT)]
DEFAULT_SORT, DEFAULT_INTERVAL = Sort(query.DEFAULT_SORT), Interval("month")
DEFAULT_SPLIT, DEFAULT_LEVEL = Split("quad_class"), DyadLevel("country")
MEDIA_TYPES = {Download.csv: "text/csv; charset=utf-8",
               Download.parquet: "application/vnd.apache.parquet"}
# pydantic's serialiser (Rust) writes the JSON FastAPI would, with dates as ISO strings;
# FastAPI's own path for a route without a response model (jsonable_encoder, value by value in
# Python) took 6 of the 17 ms a page of 100 events cost (scripts/load.py found it).
JSON_BODY = TypeAdapter(dict[str, Any])
EVENT_DETAIL = "#/paths/~1api~1events~1{event_id}/get"
ARTICLE_VIEW = "#/paths/~1api~1articles~1{article_id}/get"


def links(**targets: tuple[str, str, str]) -> dict:
    """OpenAPI links of a 200 response: where the ids of the detail endpoints come from
    (``name=(operation, parameter, JSON pointer in the body)``). Clients and schemathesis's
    stateful phase follow them."""
    return {200: {"description": "Successful Response", "links": {
        name: {"operationRef": operation, "parameters": {parameter: f"$response.body#{pointer}"}}
        for name, (operation, parameter, pointer) in targets.items()}}}


def download(page: EventPage, fmt: Download) -> Response:
    """A page of events as a CSV or Parquet file; the cursor of the next page and the total
    travel in headers."""
    if fmt == Download.csv:
        stream = io.StringIO()
        write_csv(page.events, stream, [name for name, _type in page.columns])
        content: bytes = stream.getvalue().encode("utf-8")
    else:
        buffer = io.BytesIO()
        pq.write_table(arrow_table(page.events, page.columns), buffer)
        content = buffer.getvalue()
    headers = {"Content-Disposition": f'attachment; filename="events.{fmt.value}"',
               "X-Total-Count": str(page.total)}
    if page.next_cursor:
        headers["X-Next-Cursor"] = page.next_cursor
    return Response(content, media_type=MEDIA_TYPES[fmt], headers=headers)


def read_router(state: ServerState) -> APIRouter:
    router = APIRouter(prefix="/api", responses=error_responses(400, 422, 500))
    Cursor = Annotated[Connection, Depends(state.cursor)]
    Limit = Annotated[int, Query(ge=1, le=state.options.max_page_size, description=(
        f"Events per page, at most {state.options.max_page_size}"))]

    @router.get("/events", tags=["events"], summary="Events, filtered, sorted and paged",
                response_model=None, responses=links(
                    EventDetail=(EVENT_DETAIL, "event_id", "/events/0/event_id"),
                    ArticleView=(ARTICLE_VIEW, "article_id", "/events/0/article_id")))
    def list_events(where: Filter, db: Cursor, sort: Sort = DEFAULT_SORT, limit: Limit = 100,
                    cursor: Annotated[str | None, Query(max_length=512, pattern=r"^[\w-]*$",
                                                        description="next_cursor of the "
                                                        "previous page")] = None,
                    fmt: Annotated[Download, Query(alias="format")] = Download.json
                    ) -> Response:
        page = query.list_events(db, where, sort.value, limit, cursor or None)
        if fmt != Download.json:
            return download(page, fmt)
        return Response(JSON_BODY.dump_json({
            "total": page.total, "limit": limit, "sort": sort.value,
            "next_cursor": page.next_cursor, "events": page.events}),
            media_type="application/json")

    @router.get("/events/{event_id}", tags=["events"], responses={**error_responses(404), **links(
                ArticleView=(ARTICLE_VIEW, "article_id", "/mentions/0/article/article_id"))},
                summary="One event with all its mentions, evidence and articles")
    def get_event(event_id: RecordId, db: Cursor) -> dict:
        return query.get_event(db, event_id)

    @router.get("/articles/{article_id}", tags=["articles"], responses=error_responses(404),
                summary="An article's cleaned text and the spans of what was read from it")
    def get_article(article_id: RecordId, db: Cursor) -> dict:
        return query.get_article(db, article_id)

    @router.get("/timeseries", tags=["aggregates"],
                summary="Event counts and mean Goldstein per day, week, month or year")
    def timeseries(where: Filter, db: Cursor, interval: Interval = DEFAULT_INTERVAL,
                   split: Split = DEFAULT_SPLIT,
                   top: Annotated[int, Query(ge=1, le=50, description=(
                       "With split=type or dyad: keys kept; the rest are summed as other"))
                   ] = 8) -> dict:
        return query.timeseries(db, where, interval.value, split.value, top)

    @router.get("/dyads", tags=["aggregates"],
                summary="The most active pairs of sides, as a network")
    def dyads(where: Filter, db: Cursor, by: DyadLevel = DEFAULT_LEVEL,
              limit: Annotated[int, Query(ge=1, le=500)] = 25) -> dict:
        return query.dyads(db, where, by.value, limit)

    @router.get("/stats", tags=["aggregates"], summary="Table sizes and the span of dates")
    def stats(db: Cursor) -> dict:
        return query.stats(db)

    return router
