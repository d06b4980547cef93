"""Which date and which place in a sentence belong to which event trigger.

A date or place belongs to the trigger its phrase hangs on, within the same clause: walking up
the parse from the expression, crossing into another clause ends the search."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from spacy.tokens import Span, Token

from newsevents.dates import resolve_date
from newsevents.places import Gazetteer
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import EventDate, Place
from newsevents.triggers import Trigger

CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "parataxis"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "on"}
ACTOR_PREPS = {"with", "between", "by", "to", "against", "from", "for", "among"}
# QuadClasses of verbal events (statements), dated by the statement that makes them.
VERBAL_QUADS = {1, 3}
MEETING_TYPES = {"CONSULT"}  # a meeting is not held when it is reported
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "dative", "attr"}
PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def owner_of(start: Token, triggers: list[Trigger], *, via_location_prep: bool
             ) -> tuple[Trigger | None, bool]:
    """The trigger an expression hangs on, and whether a location preposition was passed.
    A place that hangs on an argument ("discussed the war in Syria") is not the event's,
    except for the parties of a "parties" trigger ("bring A and B to the table in X")."""
    current, passed_location, via_argument = start, False, False
    for _ in range(12):
        for trigger in triggers:
            if current.i in trigger.indices:
                return trigger, ("argument" if via_argument and passed_location
                                 else passed_location)
        if via_location_prep and current.dep_ in ARGUMENT_DEPS and current.i != start.i:
            owner = next((t for t in triggers if current.head.i in t.indices), None)
            if owner is None or "parties" not in owner.targets:
                via_argument = True
        if current.dep_ in ("prep", "agent"):
            if current.lower_ in ACTOR_PREPS and via_location_prep:
                return None, False
            if current.lower_ in LOCATION_PREPS:
                passed_location = True
        if current.dep_ in CLAUSE_DEPS or current.head.i == current.i:
            return None, passed_location
        current = current.head
    return None, passed_location


def dates_by_trigger(sent: Span, triggers: list[Trigger], pub: date | None,
                     future: dict[int, bool]) -> dict[int, EventDate]:
    """The best-resolved date expression for each trigger (keyed by the trigger head index)."""
    found: dict[int, EventDate] = {}
    if pub is None:
        return found
    for entity in date_expressions(sent):
        owner, _ = owner_of(entity.root, triggers, via_location_prep=False)
        if owner is None and len(triggers) == 1 and entity.root.head == sent.root:
            owner = triggers[0]
        if owner is None:
            owner = _said_in_speech(entity.root, triggers, found)
        if owner is None:
            continue
        resolved = resolve_date(entity.text, pub, future=future.get(owner.head.i, False))
        if resolved is None:
            continue
        current = found.get(owner.head.i)
        rank = PRECISION_RANK[resolved.precision]
        if current is None or rank < PRECISION_RANK[current.precision]:
            found[owner.head.i] = resolved
    return found


def _said_in_speech(date_token: Token, triggers: list[Trigger], dated: dict[int, EventDate]
                    ) -> Trigger | None:
    """"Adhikari told parliament on Monday that Nepal ... called on New Delhi": a demand,
    accusation or threat made in a dated statement happened when the statement was made."""
    speech = date_token.head.head if date_token.head.dep_ == "prep" else date_token.head
    if speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    for trigger in triggers:
        verb = trigger.verb
        if (verb is not None and trigger.coding.quad in VERBAL_QUADS
                and trigger.coding.plover not in MEETING_TYPES
                and trigger.head.i not in dated and speech in verb.ancestors):
            return trigger
    return None


def date_expressions(sent: Span) -> list[Span]:
    """DATE entities, with "Monday and Tuesday" and "March 3 to 5" joined into one."""
    dates = [e for e in sent.ents if e.label_ == "DATE"]
    joined: list[Span] = []
    for entity in dates:
        previous = joined[-1] if joined else None
        if (previous is not None and entity.start - previous.end == 1
                and sent.doc[previous.end].lower_ in ("and", "to", "-", "–", "through")):
            joined[-1] = sent.doc[previous.start: entity.end]
        else:
            joined.append(entity)
    return joined


def places_by_trigger(sent: Span, triggers: list[Trigger], gazetteer: Gazetteer,
                      context_countries: Mapping[str, int]) -> dict[int, Place]:
    found: dict[int, Place] = {}
    for entity in sent.ents:
        if entity.label_ not in PLACE_LABELS:
            continue
        owner, passed_location = owner_of(entity.root, triggers, via_location_prep=True)
        if owner is None or not passed_location:
            continue
        place = gazetteer.lookup(entity.text, context_countries)
        if place is None or (passed_location == "argument" and place.precision == "country"):
            continue  # "detained 700 people in Moscow" yes; "discussed the war in Syria" no
        current = found.get(owner.head.i)
        if current is None or (current.precision == "country" and place.precision != "country"):
            found[owner.head.i] = place
    return found
