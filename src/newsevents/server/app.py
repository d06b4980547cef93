"""The application factory: the API routers, the error shape, the body size limit, and the
dashboard at ``/`` (static files shipped in the package; the front-end libraries are vendored
at build time by ``make assets``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from newsevents import __version__
from newsevents.options import Options
from newsevents.pipeline import Pipeline
from newsevents.server.errors import BodySizeLimit, install_error_handlers
from newsevents.server.ingestion import Ingestor, ingest_router
from newsevents.server.routes import read_router
from newsevents.server.state import ServerState, open_database

STATIC = Path(str(resources.files("newsevents.server") / "static"))
# What the dashboard loads from static/vendor/ (copied from npm packages by `make assets`).
VENDOR_FILES = ("d3.min.js", "topojson-client.min.js", "countries-110m.json")
MISSING_ASSETS_PAGE = """<!doctype html><meta charset="utf-8"><title>newsevents</title>
<h1>newsevents</h1><p>The API is running (<a href="/openapi.json">/openapi.json</a>), but the
dashboard's front-end libraries are not installed: run <code>make assets</code> in the
checkout (it needs npm) and restart the server. Missing: {missing}.</p>"""
DESCRIPTION = """Political events read from news articles: who did what to whom, when and
where, each with its evidence sentence. Errors always have the shape
`{"error": {"status", "code", "message", "details"}}`. Documentation: docs/api.md."""


def dashboard() -> Response:
    missing = [name for name in VENDOR_FILES if not (STATIC / "vendor" / name).is_file()]
    if missing:
        return HTMLResponse(MISSING_ASSETS_PAGE.format(missing=", ".join(missing)))
    return FileResponse(STATIC / "index.html", media_type="text/html")


def create_app(db_path: Path | str, options: Options | None = None, api_key: str | None = None,
               pipeline: Pipeline | None = None) -> FastAPI:
    """The server over the database at ``db_path`` (created if missing). ``api_key`` turns
    POST /api/articles on; ``pipeline``, if given, is used instead of loading one on the
    first POST."""
    state = ServerState(open_database(Path(db_path)), options or Options(), api_key or None)
    ingestor = Ingestor(state, pipeline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ingestor.close()
        state.close()

    # No /docs or /redoc: their pages load scripts from a CDN, and the server stays offline.
    app = FastAPI(title="newsevents", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.newsevents = state
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=state.options.max_body_bytes)
    app.include_router(read_router(state))
    app.include_router(ingest_router(state, ingestor))
    app.add_api_route("/", dashboard, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
