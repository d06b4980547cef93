"""Which date and which place in a sentence belong to which event trigger.

A date or place belongs to the trigger its phrase hangs on, within the same clause: walking up
the parse from the expression, crossing into another clause ends the search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsevents.dates import resolve_date
from newsevents.places import Gazetteer
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import DATE_PRECISION_RANK, EventDate, Place
from newsevents.spans import entities_in
from newsevents.triggers import Trigger

CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "parataxis"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "on"}
ACTOR_PREPS = {"with", "between", "by", "to", "against", "from", "for", "among"}
# QuadClasses of verbal events (statements), dated by the statement that makes them.
VERBAL_QUADS = {1, 3}
MEETING_TYPES = {"CONSULT"}  # a meeting is not held when it is reported
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "dative", "attr"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True, slots=True)
class Attachment:
    """The trigger an expression hangs on, and the path it took there."""

    trigger: Trigger | None
    via_location_prep: bool = False  # passed "in", "at", "near", ...
    via_argument: bool = False  # passed through a subject or object ("the war in Syria")


def owner_of(start: Token, triggers: list[Trigger], *, for_place: bool) -> Attachment:
    """Walk up the parse from an expression to the trigger it hangs on, within its clause.
    For places, a preposition that introduces a side ("with", "between") ends the walk, and
    passing through an argument is noted, except for the parties of a "parties" trigger
    ("bring A and B to the table in X")."""
    current, located, via_argument = start, False, False
    for _ in range(12):
        for trigger in triggers:
            if current.i in trigger.indices:
                return Attachment(trigger, located, via_argument)
        if for_place and current.dep_ in ARGUMENT_DEPS and current.i != start.i:
            owner = next((t for t in triggers if current.head.i in t.indices), None)
            if owner is None or "parties" not in owner.targets:
                via_argument = True
        if current.dep_ in ("prep", "agent"):
            if current.lower_ in ACTOR_PREPS and for_place:
                return Attachment(None)
            if current.lower_ in LOCATION_PREPS:
                located = True
        if current.dep_ in CLAUSE_DEPS or current.head.i == current.i:
            break
        current = current.head
    return Attachment(None, located, via_argument)


def dates_by_trigger(sent: Span, triggers: list[Trigger], pub: date | None,
                     future: dict[int, bool]) -> dict[int, EventDate]:
    """The best-resolved date expression for each trigger (keyed by the trigger head index)."""
    found: dict[int, EventDate] = {}
    if pub is None:
        return found
    for entity in date_expressions(sent):
        owner = owner_of(entity.root, triggers, for_place=False).trigger
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
        rank = DATE_PRECISION_RANK[resolved.precision]
        if current is None or rank < DATE_PRECISION_RANK[current.precision]:
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
    dates = [e for e in entities_in(sent) if e.label_ == "DATE"]
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
    for entity in entities_in(sent):
        if entity.label_ not in PLACE_LABELS:
            continue
        attachment = owner_of(entity.root, triggers, for_place=True)
        owner = attachment.trigger
        if owner is None or not attachment.via_location_prep:
            continue
        place = gazetteer.lookup(entity.text, context_countries)
        if place is None or (attachment.via_argument and place.precision == "country"):
            continue  # "detained 700 people in Moscow" yes; "discussed the war in Syria" no
        current = found.get(owner.head.i)
        if current is None or (current.precision == "country" and place.precision != "country"):
            found[owner.head.i] = place
    return found
