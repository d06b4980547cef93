"""newsevents: news articles in, PLOVER political events out, each with its evidence."""

from newsevents.errors import NewsEventsError
from newsevents.options import Options
from newsevents.records import Actor, Article, Event

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "Event", "NewsEventsError", "Options", "__version__"]
