"""The HTTP edge: a FastAPI application over the library's query and ingestion functions,
and the dashboard it serves (docs/api.md)."""

from newsevents.server.app import create_app

__all__ = ["create_app"]
