"""Places that name a town beyond doubt, for the place walk (``attach.owner_of``).

A name introduced by a town noun after a preposition of place ("in the Javanese city of
Semarang", "near the border village of Panmunjom") is a spot on the map, never a side, so a
side preposition above it ("a protest against fuel prices in the city of Latacunga",
"delegations from the two Koreas in the city of Kaesong") does not end the walk. A town named
as the owner of one of its parts ("blocked Gyumri's central square", "rallied outside
Bangkok's Government House") is where the act on that part happened.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that introduce a town's own name after "the (adjective) ... of": "the highland city of
# Latacunga", "the Caribbean port of Cartagena", "the garrison town of Diabaly".
NAMED_TOWN_NOUNS = {"town", "city", "village", "port", "capital", "township", "hamlet",
                    "municipality", "enclave", "suburb", "district", "resort"}
# Prepositions before such a phrase that put the act there.
TOWN_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
# Parts of a town that its name owns ("Tbilisi's Rustaveli Avenue", "Khartoum's southern
# outskirts", "Nairobi's parliament buildings"); not offices or embassies, whose owner is a
# government ("Washington's embassy").
TOWN_SPOT_NOUNS = {"square", "avenue", "street", "road", "boulevard", "plaza", "suburb",
                   "outskirts", "outskirt", "centre", "center", "downtown", "district",
                   "quarter", "neighbourhood", "neighborhood", "port", "harbour", "harbor",
                   "airport", "market", "marketplace", "bazaar", "university", "campus",
                   "building", "house", "palace", "stadium", "hospital", "prison", "jail",
                   "bridge", "station", "park", "mosque", "church", "cathedral", "slum",
                   "township", "area", "streets", "seafront", "waterfront", "old city"}


def in_named_town(place: Token) -> bool:
    """"Semarang" in "in the Javanese city of Semarang": the name a town noun introduces,
    where that noun is the object of a preposition of place."""
    if place.dep_ != "pobj" or place.head.lower_ != "of":
        return False
    noun = place.head.head
    return (noun.lemma_.lower() in NAMED_TOWN_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ in TOWN_PLACE_PREPS)


def owns_a_town_spot(place: Token) -> bool:
    """"Gyumri" in "blocked Gyumri's central square", "Bangkok" in "outside Bangkok's
    Government House", "Harare" in "in Harare's Africa Unity Square": a name owning a part of
    a town."""
    return town_spot_of(place) is not None


def town_spot_of(place: Token) -> Token | None:
    """The part of a town a name owns: "square" in "Gyumri's central square", "Square" in
    "Harare's Africa Unity Square" (the parser hangs the owner on the name's first word)."""
    if place.dep_ != "poss":
        return None
    spot = place.head  # "Santiago's Plaza Italia": a named spot whose kind is a compound of it
    while spot.dep_ == "compound" and spot.pos_ == "PROPN" and spot.head.pos_ == "PROPN":
        spot = spot.head
    if spot.lemma_.lower() in TOWN_SPOT_NOUNS or (spot.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in TOWN_SPOT_NOUNS for c in spot.children)):
        return spot
    return None
