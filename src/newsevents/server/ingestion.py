"""POST /api/articles: articles in the contract's JSON form are coded and stored, and their
events returned. Needs the API key; without a key configured the endpoint is off.

Coding runs in one worker thread with a cursor of its own, one request after another (the
server is the database's single writer); reads go on in the meantime. The NLP pipeline is
loaded on the first POST, so the server starts fast.
"""

from __future__ import annotations

import asyncio
import hmac
import re
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Request, Security
from fastapi.routing import APIRoute
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException
from starlette.responses import Response

from newsevents.ingest import articles_from_dicts
from newsevents.neardup import DuplicateIndex
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event
from newsevents.runner import store_articles
from newsevents.server.errors import error_responses
from newsevents.server.state import ServerState
from newsevents.store import Store

API_KEY_HEADER = "X-API-Key"
MAX_ARTICLES_PER_REQUEST = 200  # about ten seconds of coding on one core
# JSON may escape half of a UTF-16 pair ("\\ud800"): such a string is not Unicode text, and
# hashing or storing it would fail, so it is refused with the field's name.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# What the schema promises, for clients and schemathesis: ``text`` or ``html`` with a
# character that is not a space (has_text below is the check).
NOT_BLANK = {"type": "string", "pattern": r"\S"}


class ArticleIn(BaseModel):
    """One article as the contract's JSON Lines form has it; ``text`` or ``html`` is needed.
    Other fields (a gold set's ``events``) are ignored."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"anyOf": [
        {"required": ["text"], "properties": {"text": NOT_BLANK}},
        {"required": ["html"], "properties": {"html": NOT_BLANK}}]})
    id: Annotated[str | None, Field(max_length=300)] = None
    title: Annotated[str | None, Field(max_length=2000)] = None
    text: str | None = None
    html: str | None = None
    pub_date: Annotated[str | None, Field(max_length=40, description="YYYY-MM-DD")] = None
    url: Annotated[str | None, Field(max_length=4000)] = None
    outlet: Annotated[str | None, Field(max_length=300)] = None
    language: Annotated[str | None, Field(max_length=20)] = None

    @field_validator("*")
    @classmethod
    def is_unicode_text(cls, value: str | None) -> str | None:
        if value is not None and LONE_SURROGATE.search(value):
            raise ValueError("contains half of a UTF-16 surrogate pair (\\ud800-\\udfff), "
                             "which is not Unicode text")
        return value

    @model_validator(mode="after")
    def has_text(self) -> ArticleIn:
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("an article needs 'text' or 'html'")
        return self


ArticleBatch = Annotated[list[ArticleIn], Field(min_length=1,
                                                max_length=MAX_ARTICLES_PER_REQUEST)]


class Ingestor:
    """Codes and stores articles in a single worker thread; the pipeline and the index of
    stored texts (for copies of one story) are built on first use and kept."""

    def __init__(self, state: ServerState, pipeline: Pipeline | None = None) -> None:
        self.state = state
        self.options = replace(state.options, workers=1)  # no forking inside the server
        self.pipeline = pipeline
        self.copies: DuplicateIndex | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")

    async def ingest(self, articles: list[dict]) -> dict:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self.code_and_store, articles)

    def code_and_store(self, articles: list[dict]) -> dict:
        if self.pipeline is None:
            self.pipeline = Pipeline(self.options)
        coded: list[Event] = []

        def keep(_article: Article, events: list[Event]) -> None:
            coded.extend(events)

        with Store(connection=self.state.new_cursor()) as store:
            if self.copies is None:
                self.copies = DuplicateIndex(store.signatures())
            summary = store_articles(articles_from_dicts(articles, self.options), store,
                                     self.pipeline, self.copies, on_coded=keep)
            grouped_as = dict(store.connection.execute(
                "SELECT mention_id, event_id FROM mentions "
                "WHERE mention_id IN (SELECT unnest(?::VARCHAR[]))",
                [[event.event_id for event in coded]]).fetchall())
        return {
            "read": summary.read, "stored": summary.stored,
            "already_stored": summary.already_stored,
            "skipped": [{"origin": s.origin, "article_id": s.article_id, "reason": s.reason}
                        for s in summary.skipped],
            "events": [{**event.to_dict(), "grouped_as": grouped_as.get(event.event_id)}
                       for event in coded],
        }

    def close(self) -> None:
        self.executor.shutdown(wait=True)


def check_key(request: Request, api_key: str | None) -> None:
    """401 without a key, 403 with a wrong one; compared in constant time."""
    given = request.headers.get(API_KEY_HEADER)
    if not given:
        reason = ("" if api_key else
                  " (ingestion is off: the server was started without NEWSEVENTS_API_KEY)")
        raise HTTPException(401, f"this endpoint needs an API key in the {API_KEY_HEADER} "
                                 f"header{reason}", headers={"WWW-Authenticate": "ApiKey"})
    if api_key is None:
        raise HTTPException(403, "ingestion is off: the server was started without "
                                 "NEWSEVENTS_API_KEY")
    if not hmac.compare_digest(given.encode(), api_key.encode()):
        raise HTTPException(403, "wrong API key")


def keyed_route(api_key: str | None) -> type[APIRoute]:
    """A route class that checks the key before the body is read or validated."""

    class KeyedRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def checked(request: Request) -> Response:
                check_key(request, api_key)
                return await handler(request)

            return checked

    return KeyedRoute


def ingest_router(state: ServerState, ingestor: Ingestor) -> APIRouter:
    router = APIRouter(prefix="/api", route_class=keyed_route(state.api_key))
    # Declares the key in the OpenAPI schema; KeyedRoute does the check.
    documented_key = APIKeyHeader(name=API_KEY_HEADER, auto_error=False)

    @router.post("/articles", tags=["articles"], dependencies=[Security(documented_key)],
                 responses=error_responses(401, 403, 413, 422, 500, 503),
                 summary="Code and store articles; returns their events")
    async def post_articles(articles: ArticleBatch | ArticleIn) -> dict:
        batch = articles if isinstance(articles, list) else [articles]
        return await ingestor.ingest([a.model_dump(exclude_none=True) for a in batch])

    return router
