"""Whom an appeal to "both sides" addresses: the pair the story sets against each other, told
by its acts of conflict before the appeal ("Guyana accused Venezuela ... and asked Brazil and
the United States for help. The Caribbean Community called on both countries to settle the
dispute": Guyana and Venezuela, not the pair named last), never a pair the speaker belongs to
("the United States, an ally of the Philippines, accused China ... and urged both sides").
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.measures import INTERNATIONAL_PREFIX
from newsevents.records import Actor, Event

# QuadClasses of verbal and material conflict: the acts that set two sides against each other.
CONFLICT_QUADS = {3, 4}


def appeals_to_opposed_sides(events: list[Event], addressed, address_types: set[str]
                             ) -> list[Event]:
    """Each appeal of these types addressed to both sides (``addressed`` tells it from its
    sentence and trigger) whose target is no side of the story's opposed pair gets that pair's
    side instead, unless it is a side of a separate conflict told before."""
    aimed: list[Event] = []
    for event in events:
        if (event.event_type in address_types and event.target is not None
                and addressed(event.evidence.sentence, event.evidence.trigger or "")):
            pair = opposed_pair(events, event)
            if pair and event.target.side not in {actor.side for actor in pair} \
                    and event.target.side not in separate_conflict_sides(events, event, pair) \
                    and not _told_by_name(events, event):
                event = replace(event, target=pair[0])
        aimed.append(event)
    return aimed


def opposed_pair(events: list[Event], appeal: Event) -> tuple[Actor, ...]:
    """The target and source of the first act of conflict told before the appeal, between
    states or groups the appeal's speaker is not one of (a country's own army and rebels are
    one side, and its own leader can appeal to both; a world body is rarely a side): the
    conflict the story leads with."""
    speaker = appeal.source.side
    for event in events:
        if event.evidence.start >= appeal.evidence.start:
            break
        if event.target is None or event.quad_class not in CONFLICT_QUADS \
                or is_international(event.target) or is_international(event.source):
            continue
        sides = {event.source.side, event.target.side}
        if len(sides) == 1 or speaker not in sides:
            return (event.target, event.source)
    return ()


def separate_conflict_sides(events: list[Event], appeal: Event, pair: tuple[Actor, ...]
                            ) -> set[str]:
    """The sides of the acts of conflict told before the appeal that involve neither side of
    the opposed pair: an appeal already aimed at one of them ("India accused Pakistan ...
    China and the Philippines traded accusations ... urged both countries") addresses that
    other conflict."""
    paired = {actor.side for actor in pair}
    sides: set[str] = set()
    for event in events:
        if event.evidence.start >= appeal.evidence.start:
            break
        if event.target is not None and event.quad_class in CONFLICT_QUADS \
                and not {event.source.side, event.target.side} & paired:
            sides.update((event.source.side, event.target.side))
    return sides


def is_international(actor: Actor | None) -> bool:
    """Whether the actor is an international body (a world body is rarely a side)."""
    return actor is not None and (actor.code or "").startswith(INTERNATIONAL_PREFIX)


def _told_by_name(events: list[Event], appeal: Event) -> bool:
    """Whether the story tells an appeal of the same speaker to the side it resolved to by
    name elsewhere ("The EU urged Tbilisi to ... and later urged both sides to ..."): one
    address told twice, which the merge makes one event."""
    return any(other is not appeal and other.event_type == appeal.event_type
               and other.source.side == appeal.source.side and other.target is not None
               and other.target.side == appeal.target.side for other in events)
