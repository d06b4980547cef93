"""Every error the server returns has one JSON shape:

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}

Library errors (``newsevents.errors``) are translated here, at the edge; so are FastAPI's
validation errors, Starlette's HTTP errors (unknown path, wrong method) and oversized bodies.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents.errors import InputError, ModelError, NewsEventsError, NotFoundError, QueryError

LOG = logging.getLogger("newsevents.server")

ERROR_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 413: "body_too_large", 422: "invalid_request",
    500: "internal_error", 503: "unavailable",
}
# How library errors map to HTTP statuses; any other NewsEventsError is a 500.
LIBRARY_STATUS = ((NotFoundError, 404), (QueryError, 400), (InputError, 400), (ModelError, 503))
# The OpenAPI description of the error shape, added to every endpoint's responses.
ERROR_SCHEMA = {
    "type": "object", "required": ["error"],
    "properties": {"error": {
        "type": "object", "required": ["status", "code", "message", "details"],
        "properties": {"status": {"type": "integer"}, "code": {"type": "string"},
                       "message": {"type": "string"},
                       "details": {"type": "array", "items": {"type": "object"}}}}},
}


def error_responses(*statuses: int) -> dict:
    content = {"application/json": {"schema": ERROR_SCHEMA}}
    return {status: {"description": ERROR_CODES[status].replace("_", " "), "content": content}
            for status in statuses}


def error_body(status: int, message: str, details: Iterable[dict] = ()) -> dict:
    return {"error": {"status": status, "code": ERROR_CODES.get(status, "error"),
                      "message": message, "details": list(details)}}


def error_response(status: int, message: str, details: Iterable[dict] = (),
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, details), status_code=status,
                        headers=headers)


async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
    return error_response(exc.status_code, str(exc.detail), headers=exc.headers)


async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    details = [{"location": ".".join(str(part) for part in error["loc"]),
                "message": error["msg"], "type": error["type"]} for error in exc.errors()]
    summary = "; ".join(f"{d['location']}: {d['message']}" for d in details[:3])
    return error_response(422, f"invalid request: {summary}", details)


async def library_error(_request: Request, exc: NewsEventsError) -> JSONResponse:
    status = next((code for kind, code in LIBRARY_STATUS if isinstance(exc, kind)), 500)
    if status == 500:
        LOG.error("newsevents error: %s", exc)
    return error_response(status, str(exc))


async def unexpected_error(_request: Request, exc: Exception) -> JSONResponse:
    LOG.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal error (details are in the server log)")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(NewsEventsError, library_error)
    app.add_exception_handler(Exception, unexpected_error)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit} bytes")


class BodySizeLimit:
    """ASGI middleware: a body over ``max_bytes`` gets 413 in the error shape, at once when
    Content-Length says so, else as soon as the streamed (chunked) body passes the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)  # rendered by http_error
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, str(BodyTooLarge(self.max_bytes).detail),
                                  headers={"Connection": "close"})
        await response(scope, receive, send)
