"""The actor knowledge base: countries, organisations, groups, titles and people, read from
data files (``data/actors/*.tsv``, format in docs/data-formats.md) plus the user's own files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.tables import Row, header_of, read_table

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "adjectives", "capitals")
ORGANISATION_COLUMNS = ("code", "country", "sectors", "names")
TITLE_COLUMNS = ("title", "sectors")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sectors", "title", "start", "end")
# Former office holders are coded as the country's elite, as CAMEO does.
FORMER_OFFICIAL_SECTOR = "ELI"
# The longest organisation name looked for in an international official's title, in words.
TITLE_NAME_WORDS = 6


@dataclass(frozen=True, slots=True)
class Entry:
    """One way a surface form can name an actor."""

    kind: str  # country, capital, adjective, organisation, person
    name: str
    country: str | None
    code: str | None = None
    sectors: tuple[str, ...] = ()
    title: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    sectors: tuple[str, ...]


def _date_or_none(row: Row, column: str) -> date | None:
    if not row[column]:
        return None
    try:
        return date.fromisoformat(row[column])
    except ValueError:
        row.fail(f"{column} {row[column]!r} is not YYYY-MM-DD")


class ActorBook:
    """Surface forms to actor entries; titles to sectors."""

    def __init__(self) -> None:
        self.names: dict[str, list[Entry]] = defaultdict(list)
        self.titles: dict[str, Title] = {}
        self.country_names: dict[str, str] = {}  # ISO3 -> canonical name
        # ISO3 -> what kind of state it is, as a bare noun may call it ("the kingdom": MAR)
        self.state_forms: dict[str, set[str]] = {}

    # -- loading -------------------------------------------------------------------------
    def add(self, surface: str, entry: Entry) -> None:
        if entry not in self.names[surface]:
            self.names[surface].append(entry)

    def load_countries(self, path: Path) -> None:
        for row in read_table(path, COUNTRY_COLUMNS):
            iso3, name = row["iso3"], row["name"]
            if len(iso3) != 3 or not iso3.isupper():
                row.fail(f"iso3 {iso3!r} is not a three-letter code")
            self.country_names[iso3] = name
            # an optional sixth column, which a user's file may lack
            forms = row.items_of("forms") if "forms" in row else []
            self.state_forms.setdefault(iso3, set()).update(form.lower() for form in forms)
            for surface in [name, *row.items_of("aliases")]:
                self.add(surface, Entry("country", name, iso3, iso3))
            for surface in row.items_of("adjectives"):
                self.add(surface, Entry("adjective", name, iso3, iso3))
            for surface in row.items_of("capitals"):
                self.add(surface, Entry("capital", name, iso3, iso3 + "GOV", ("GOV",)))

    def load_organisations(self, path: Path) -> None:
        for row in read_table(path, ORGANISATION_COLUMNS):
            names = row.items_of("names")
            if not row["code"] or not names:
                row.fail("code and names are required")
            entry = Entry("organisation", names[0], row["country"] or None, row["code"],
                          tuple(row.items_of("sectors")))
            for surface in names:
                self.add(surface, entry)

    def load_titles(self, path: Path) -> None:
        for row in read_table(path, TITLE_COLUMNS):
            title = row["title"].lower()
            self.titles[title] = Title(title, tuple(row.items_of("sectors")))

    def load_people(self, path: Path) -> None:
        for row in read_table(path, PEOPLE_COLUMNS):
            country = row["country"] or None
            sectors = tuple(row.items_of("sectors"))
            code = (country or "IGO") + (sectors[0] if sectors and sectors[0] != "IGO" else "")
            if code == "IGO":
                code = self.organisation_in(row["title"]) or code
            entry = Entry("person", row["name"], country, code, sectors, row["title"] or None,
                          _date_or_none(row, "start"), _date_or_none(row, "end"))
            for surface in [row["name"], *row.items_of("aliases")]:
                self.add(surface, entry)

    def organisation_in(self, title: str) -> str | None:
        """The code of the international organisation an office's title names first ("UN
        Special Envoy for Yemen", "President of the European Council"): an official of one
        body is on its side, not on every body's."""
        words = title.replace("-", " ").split()
        for start in range(len(words)):
            for end in range(min(len(words), start + TITLE_NAME_WORDS), start, -1):
                surface = " ".join(words[start:end])
                codes = [e.code for e in self.names.get(surface, ())
                         if e.kind == "organisation" and e.code and e.code.startswith("IGO")]
                if codes:
                    return codes[0]
        return None

    # -- lookup --------------------------------------------------------------------------
    def person_on(self, entries: Iterable[Entry], when: date | None) -> Entry | None:
        """The person's role on the given date; a former office holder gets the elite role."""
        people = [e for e in entries if e.kind == "person"]
        if not people:
            return None
        if when is None:
            return max(people, key=lambda e: e.start or date.min)
        current = [e for e in people if (e.start or date.min) <= when <= (e.end or date.max)]
        if current:
            return current[0]
        past = [e for e in people if e.end and e.end < when]
        if past:
            last = max(past, key=lambda e: e.end or date.min)
            return Entry("person", last.name, last.country,
                         (last.country or "") + FORMER_OFFICIAL_SECTOR, (FORMER_OFFICIAL_SECTOR,),
                         f"former {last.title}" if last.title else None)
        return None


def packaged_actor_dir() -> Path:
    return Path(str(resources.files("newsevents") / "data" / "actors"))


def packaged_titles() -> list[Row]:
    """The rows of the packaged titles.tsv (title, sectors, ...), for rules that need a role's
    words without an ActorBook: the head nouns of actor subjects (arguments.ROLE_NOUNS) and
    the armed titles (warned_consequences.ARMED_TITLES)."""
    return list(read_table(packaged_actor_dir() / "titles.tsv", ("title", "sectors")))


def load_actor_book(extra_files: Iterable[Path] = ()) -> ActorBook:
    """The packaged dictionaries plus the user's own files (any of the four formats)."""
    folder = packaged_actor_dir()
    book = ActorBook()
    book.load_countries(folder / "countries.tsv")
    book.load_organisations(folder / "organisations.tsv")
    book.load_titles(folder / "titles.tsv")
    book.load_people(folder / "people.tsv")
    for path in extra_files:
        load_user_file(book, Path(path))
    return book


def load_user_file(book: ActorBook, path: Path) -> None:
    """A user's actor file in any of the four packaged formats, told apart by its header."""
    loaders = {COUNTRY_COLUMNS: book.load_countries, ORGANISATION_COLUMNS: book.load_organisations,
               PEOPLE_COLUMNS: book.load_people, TITLE_COLUMNS: book.load_titles}
    header = header_of(path)
    for columns, loader in loaders.items():
        if header[: len(columns)] == columns:
            loader(path)
            return
    formats = "; ".join(" ".join(columns) for columns in loaders)
    raise DataFileError(str(path), 0, f"header {list(header)} matches no actor format ({formats})")
