"""The city a named part of a city lies in, which is where annotators place an event told there:
"the Dakar suburb of Pikine", "Pikine, a suburb of Dakar", "Baghdad's Karrada district",
"Syria Street in Tripoli" all place it in the city. The part's own name stays as the place's
text, the city's as its name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.syntax import prep_objects

# Nouns of the parts of a city: "the Beirut suburb of Dahiyeh", "Kampala's Kawempe division",
# "Kibera, a sprawling slum of Nairobi", "the Shati refugee camp in Gaza City".
CITY_PART_NOUNS = {"suburb", "district", "neighbourhood", "neighborhood", "quarter", "slum",
                   "township", "borough", "division", "area", "camp", "locality", "ward",
                   "precinct"}
# Nouns of the sites of a city: "Tehran's Enghelab Square", "Bourguiba Avenue in Tunis",
# "Mitiga airport in Tripoli", "the Kadhimiya shrine in Baghdad".
CITY_SITE_NOUNS = {"street", "square", "avenue", "road", "boulevard", "market", "bazaar",
                   "airport", "port", "harbour", "harbor", "bridge", "stadium", "university",
                   "campus", "mosque", "shrine", "church", "cathedral", "hospital", "prison",
                   "jail", "palace", "park", "roundabout", "highway", "station", "zone"}
# Sites that carry their own city's name: "Goma airport", "Aden port", "Haifa harbour". A
# street, road, square or bridge is often named after another city ("Haifa Street" in Baghdad,
# "Beirut Street" in Cairo), so its name places nothing.
OWN_CITY_SITE_NOUNS = {"airport", "airfield", "airbase", "port", "harbour", "harbor", "station",
                       "seaport"}


def city_of_part(entity: Span, place: Place | None,
                 town_of: Callable[[Span], Place | None]) -> Place | None:
    """The city the text ties the part of a city ``entity`` names to, as a place whose text is
    the part's ("Pikine" named "Dakar"); None when the text ties it to no city. ``town_of``
    reads a span as a place smaller than a country."""
    holder = _holder_span(entity)
    city = town_of(holder) if holder is not None else None
    if city is None or city.precision != "city" or city.name == getattr(place, "name", None):
        return None
    return replace(city, text=entity.text)


def _holder_span(entity: Span) -> Span | None:
    """The span naming the city a part of it is tied to: "Dakar" in "the Dakar suburb of
    Pikine" and "Pikine, a suburb of Dakar"; "Baghdad" in "Baghdad's Karrada district" and
    "the Kadhimiya district in Baghdad"."""
    root = entity.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _part_noun(root.head.head):
        return _compound_name(root.head.head)  # "the Dakar suburb of Pikine"
    for child in root.children:
        if child.dep_ == "appos" and _part_noun(child):
            return _of_name(child)  # "Pikine, a suburb of Dakar"
    noun = root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Karrada" in "Karrada district"
    if not (_part_noun(noun) or noun.lemma_.lower() in CITY_SITE_NOUNS or entity.label_ == "FAC"):
        return None  # "Pokrovsk in Donetsk", "Rafah in southern Gaza": towns of their own
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _name_of(owner)  # "Baghdad's Karrada district", "Tehran's Enghelab Square"
    named_in = next((_name_of(p) for p in prep_objects(noun, {"in"})),
                    None)  # "Syria Street in Tripoli"
    return named_in or _city_in_name(entity, noun)


def _city_in_name(entity: Span, noun: Token) -> Span | None:
    """The city a site's own name begins with: "Goma" in "Goma airport", "Aden" in "Aden
    port" (the name is longer than the city's). Only sites that carry their own city's name:
    "Haifa Street" in Baghdad is no site of Haifa."""
    if noun.lemma_.lower() not in OWN_CITY_SITE_NOUNS:
        return None  # "Scarborough Shoal" is no site of Scarborough
    city = _compound_name(noun)
    if city is None or noun.i >= entity.end or city.start < entity.start:
        return None
    return city


def _part_noun(token: Token) -> bool:
    """"suburb" in "the Dakar suburb of Pikine": a noun of a part of a city."""
    return token.lemma_.lower() in CITY_PART_NOUNS or token.lower_ in CITY_PART_NOUNS


def _compound_name(noun: Token) -> Span | None:
    """The proper-noun compound before a noun: "Dakar" in "the Dakar suburb"."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return _name_of(names[0]) if names else None


def _of_name(noun: Token) -> Span | None:
    """The name after "of" on a noun: "Dakar" in "a suburb of Dakar"."""
    return next((_name_of(p) for p in prep_objects(noun, {"of"})), None)


def _name_of(token: Token) -> Span | None:
    """The proper name a token ends: "Port-au-Prince" from "Prince", "Gaza City" from "City"."""
    if token.pos_ != "PROPN":
        return None
    start = token.left_edge.i
    while start < token.i and token.doc[start].pos_ not in ("PROPN", "PUNCT"):
        start += 1  # "the"
    return token.doc[start:token.i + 1]
