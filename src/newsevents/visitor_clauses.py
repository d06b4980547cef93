"""What a visitor did, told in a clause on him after his trip: "a visit to Baku by Prime Minister
Garibashvili, who held talks with Aliyev", "a visit to Tehran by Grossi, during which he met
Rouhani". The clause's acts happened where the trip went (``shared_places.place_trips``), unless
the clause tells its own time: "who threatened Ukraine a year later", "who will urge Israel"
(``own_times``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.own_times import shifted_in_time, tells_own_time

# Nouns of a trip whose visitor a "by" phrase names (``shared_places.TRIP_NOUNS`` less the
# stops and missions, which are rarely told with their visitor so).
VISIT_NOUNS = {"visit", "trip", "tour", "journey"}


def visitor_clause_verb(place: Token) -> Token | None:
    """The verb of a relative clause on a trip's visitor, or on the trip, where ``place`` is
    the trip's destination: "held" in "a visit to Baku by Garibashvili, who held talks"."""
    if place.dep_ != "pobj" or place.head.lower_ != "to":
        return None
    trip = place.head.head
    if trip.lemma_.lower() not in VISIT_NOUNS:
        return None
    holders = [trip, trip.head]  # "a visit to X by Y", "the fruit of a visit to X by Y"
    if trip.head.dep_ == "prep":
        holders.append(trip.head.head)
    clause = _relative_clause(trip)
    for holder in holders:
        for by in (c for c in holder.children if c.dep_ == "agent" or (
                c.dep_ == "prep" and c.lower_ == "by")):
            visitor = next((c for c in by.children if c.dep_ == "pobj"), None)
            clause = clause or (_relative_clause(visitor) if visitor is not None else None)
    if clause is None or tells_own_time(clause) or shifted_in_time(clause):
        return None  # "who threatened Ukraine a year later", "who will urge Israel"
    return clause


def _relative_clause(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")),
                None)
