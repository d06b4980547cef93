"""Armed attacks told with no place of their own: an attack happens somewhere, and a story that
leaves its place unsaid has named it nearby. "Israeli warplanes struck dozens of Hamas targets
in the enclave on Monday night" after a sentence placed in Gaza happened in Gaza; "Insurgents
fired mortar rounds at the seaport on Tuesday night" under a MOGADISHU dateline happened in
Mogadishu.

The place is taken, in this order, from another event of the same sentence, from the nearest
event of the sentence before, and from the dateline's town; each only when it lies in the
country of one of the attack's sides (a Saudi-led strike on Yemen told from a DUBAI dateline is
not placed in Dubai). Measured on the open dev set before building: of the attacks matched
with no place, 20 placed right for 4 that the gold leaves unplaced (other types, statements and
visits above all, lose with the same fallback: annotators leave them unplaced).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.records import Event, Place
from newsevents.running_tallies import event_told_over_days
from newsevents.sentences import evidence_span

# Types whose unplaced acts take a nearby place: armed attacks, nearly always placed by
# annotators (of those matched with no place on the open dev set, 5 in 71 gold unplaced).
ATTACK_TYPES = {"ASSAULT"}
# Statuses of attacks that took place; a planned, denied or threatened one has no scene.
DONE_STATUSES = {"occurred"}


def place_unplaced_attacks(events: list[Event], home: Place | None, doc: Doc) -> list[Event]:
    """Each unplaced attack that happened, placed at the place of a sentence near it, or the
    dateline's town, in the country of one of its sides; the rest unchanged."""
    places = _places_by_sentence(events)
    town = home if home is not None and home.precision == "city" else None
    placed = []
    for event in events:
        if _an_unplaced_attack(event, doc):
            place = _nearby_place(event, places, town)
            if place is not None:
                event = replace(event, location=place)
        placed.append(event)
    return placed


def _places_by_sentence(events: list[Event]) -> dict[int, list[Place]]:
    """The places of the events already placed, by the index of their sentence."""
    places: dict[int, list[Place]] = defaultdict(list)
    for event in events:
        if event.location is not None:
            places[event.evidence.sentence_index].append(event.location)
    return places


def _nearby_place(event: Event, places: dict[int, list[Place]], town: Place | None
                  ) -> Place | None:
    """The first place of the event's own sentence, else the last of the sentence before,
    else the dateline's town, that lies in one of the event's sides' countries."""
    countries = {actor.country for actor in event.parties if actor.country}
    index = event.evidence.sentence_index
    candidates = [*places.get(index, ()), *reversed(places.get(index - 1, ())),
                  *([town] if town is not None else [])]
    return next((p for p in candidates if p.country in countries), None)


def _an_unplaced_attack(event: Event, doc: Doc) -> bool:
    """An attack with no place that happened on its own day, not a tally of attacks over days
    ("security forces have killed 14 protesters since the unrest began"), which gathers many
    places."""
    if (event.event_type not in ATTACK_TYPES or event.location is not None
            or event.status not in DONE_STATUSES):
        return False
    sent = evidence_span(event, doc)
    return sent is None or not event_told_over_days(event, sent)
