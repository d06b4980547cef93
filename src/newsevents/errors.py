"""One error hierarchy; the CLI and server translate it at their edges."""


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class InputError(NewsEventsError):
    """An input file or record cannot be read as an article."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DataFileError(NewsEventsError):
    """A dictionary or lexicon data file has a bad entry."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class ModelError(NewsEventsError):
    """The spaCy model named in the options cannot be loaded."""


class GoldError(NewsEventsError):
    """A gold-set file does not follow the contract's gold format."""


class QueryError(NewsEventsError):
    """A read request has a bad parameter: a cursor from another query, a bounding box."""


class NotFoundError(NewsEventsError):
    """The event or article asked for is not in the store."""
