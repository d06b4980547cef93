"""Reader for the tab-separated data files (dictionaries, lexicons, rules).

Format: UTF-8; lines starting with ``#`` and blank lines are ignored; the first other line is
the header; every row has exactly the header's fields; list fields separate items with ``|``.
A bad entry raises DataFileError naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NoReturn

from newsevents.errors import DataFileError


class Row(dict):
    """One data row: a dict of column to text, which knows where it came from."""

    path: str
    line: int

    def fail(self, reason: str) -> NoReturn:
        raise DataFileError(self.path, self.line, reason)

    def items_of(self, column: str) -> list[str]:
        """The |-separated items of a list column, stripped, empty ones dropped."""
        return [item.strip() for item in self[column].split("|") if item.strip()]


def read_table(path: Path | Traversable, columns: tuple[str, ...]) -> Iterator[Row]:
    """Yield the rows of a data file whose header must start with ``columns``."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(name, 0, f"cannot read: {exc}") from exc
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.rstrip("\n").split("\t")
        if header is None:
            header = [field.strip() for field in fields]
            if tuple(header[: len(columns)]) != columns:
                raise DataFileError(name, number, f"header must start with {list(columns)}")
            continue
        if len(fields) < len(header):
            fields += [""] * (len(header) - len(fields))
        if len(fields) > len(header):
            raise DataFileError(name, number, f"{len(fields)} fields, header has {len(header)}")
        row = Row(zip(header, (field.strip() for field in fields), strict=True))
        row.path, row.line = name, number
        yield row
    if header is None:
        raise DataFileError(name, 0, "no header row")


def words_of_roles(path: Path | Traversable, *roles: str) -> frozenset[str]:
    """The words of the given roles in a `role word` data file (data/lexicon/opened_borders.tsv,
    retelling_verbs.tsv, handed_suspects.tsv)."""
    return frozenset(row["word"] for row in read_table(path, ("role", "word"))
                     if row["role"] in roles)


def header_of(path: Path) -> tuple[str, ...]:
    """The column names of a data file (its first line that is not blank or a comment)."""
    try:
        with open(path, encoding="utf-8") as stream:
            for raw in stream:
                if raw.strip() and not raw.lstrip().startswith("#"):
                    return tuple(field.strip() for field in raw.rstrip("\n").split("\t"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read: {exc}") from exc
    raise DataFileError(str(path), 0, "no header row")
