"""Places named by their kind rather than their name: "the capital", "the presidential palace",
and back-references ("the town", "this town", "the area") with the place each names; and the
test of a name owning a site ("Tehran's airport", "the capital's streets") that "the capital"
and place_names both use."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import doc_entities
from newsevents.place_words import (
    ACTOR_DEPS,
    AREA_NOUNS,
    BEARING_WORDS,
    NAMED_REFERENCES,
    PALACE_KINDS,
    PLACE_LABELS,
    REFERENCE_DETERMINERS,
    REFERENCE_NOUNS,
    SEAT_PREPS,
    SITE_NOUNS,
    TOWN_REFERENCES,
    UNNAMED_SEAT_NOUNS,
)
from newsevents.places import Gazetteer
from newsevents.records import Place

# Words that make a seat of power a province's or a town's, not the state's: "the provincial
# legislature", "the regional parliament", "the local assembly".
LOCAL_SEAT_WORDS = {"provincial", "regional", "local", "municipal", "state", "county", "city",
                    "district"}


def the_seat(token: Token) -> bool:
    """A seat of the state's power named by its kind, which stands in the capital: "detained
    the president in the presidential palace", "rallied outside the parliament", "gathered
    outside the Kenyan parliament" (not "the palace of Versailles", "Tehran's parliament")."""
    if token.dep_ != "pobj" or token.head.lower_ not in SEAT_PREPS:
        return False
    noun = token.lemma_.lower()
    if noun not in UNNAMED_SEAT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in ("prep", "appos", "poss", "compound") for c in token.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in LOCAL_SEAT_WORDS for c in token.children):
        return False  # "outside the provincial legislature" is in the province's town
    return noun != "palace" or any(c.dep_ == "amod" and c.lower_ in PALACE_KINDS
                                   for c in token.children)


def the_capital(token: Token) -> bool:
    """"in the capital", "the Chinese capital", "the capital's Musaga district": a city named
    by its rank, not "the capital of Chad" or "the capital, Abuja" (the name is there)."""
    if token.lower_ != "capital" or token.dep_ not in ("pobj", "poss", "dobj"):
        return False
    if token.head.lower_ == "of" and token.head.head.lower_ in BEARING_WORDS:
        return False  # "northeast of the capital"
    children = list(token.children)
    described = any(c.dep_ == "relcl" for c in children)  # "the capital, where ..."
    if any(c.dep_ in ("prep", "appos") for c in children) or (not described and any(
            c.dep_ == "punct" for c in children)):
        return False
    if token.dep_ == "poss" and not (owns_a_site(token)
                                     or token.head.lemma_.lower() in AREA_NOUNS):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children)


def owns_a_site(token: Token) -> bool:
    """A name owning a site: "Tehran's airport", "the capital's streets"."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in SITE_NOUNS


def back_reference(token: Token) -> bool:
    """A town or area named again by a noun with "the" or "this" and no name of its own:
    "north of the city", "through this northern town", "sent troops to the area" (not "the
    city of Gao", "the town's market", "the area around Goma")."""
    if token.lower_ not in REFERENCE_NOUNS or token.dep_ not in ("pobj", "dobj"):
        return False
    children = list(token.children)
    if any(c.dep_ in ("prep", "appos", "compound", "poss", "nummod") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in REFERENCE_DETERMINERS for c in children)


def told_place(reference: Token, gazetteer: Gazetteer, context_countries: Mapping[str, int],
               home: Place | None) -> Place | None:
    """The place a back-reference names: for "this town" the dateline's town, for "the town"
    the last town the story named before it (no region: "fighting around Nyala ... Darfur ...
    the outskirts of the city" is Nyala), for "the area" the last place that is not a country
    ("Venezuela sent troops to the Tachira border ... to the area")."""
    phrase = reference.doc[reference.left_edge.i:reference.i + 1].text
    town = reference.lower_ in TOWN_REFERENCES
    if any(c.lower_ == "this" for c in reference.children):
        usable = town and home is not None and not gazetteer.is_country(home)
        return replace(home, text=phrase) if usable else None
    entities, starts = doc_entities(reference.doc)
    for entity in reversed(entities[:bisect_left(starts, reference.i)]):
        if entity.label_ not in PLACE_LABELS or entity.root.dep_ in ACTOR_DEPS:
            continue  # "Caracas has sent troops to the area": Caracas is a side
        if town and entity.label_ == "FAC":
            continue  # "arrested 11 people in the city": the city, not its Syria Street
        place = gazetteer.lookup(entity.text, context_countries)
        if place is None and not entity.text.islower():
            place = gazetteer.unlisted(entity.text, max(context_countries,
                                                        key=context_countries.get, default=None))
        if place is None or gazetteer.is_country(place):
            continue
        if reference.lower_ in NAMED_REFERENCES and reference.lower_ not in entity.text.lower():
            continue
        if town and (place.precision != "city" if place.geonameid or place.precision == "region"
                     else entity.label_ == "LOC"):
            continue  # "the town" is no province the gazetteer lists, nor a sea
        return replace(place, text=phrase)
    return None
