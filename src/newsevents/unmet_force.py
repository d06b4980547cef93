"""Force that is only supposed or said to come: an attack told as hypothetical ("would keep
fighting the army", "could seize more villages") or planned ("will storm the positions next
week") is not coded on its own. The gold guidelines make a threatened or conditional act
optional at best; the threat itself, where one is said, is its own event: force a side says
it would or could use, or would keep using ("said it would keep firing rockets"), is made a
THREATEN before this (threats.is_announced_harm), while a plain announced plan ("drones will
strike refineries again, Zelenskiy said") is dropped here. Past acts told with a modal perfect
("may have struck") or a narrative "would later" are occurred (status.py). Coercion is left
alone: a supposed arrest or expulsion kept a gold event on the validation set (measured in
the twelfth session)."""

from __future__ import annotations

from newsevents.records import Event

# Types of force whose supposed or announced mention is a threat or a guess, not an act.
UNMET_FORCE_TYPES = frozenset({"ASSAULT"})
# Statuses of an act not (yet) done: supposed, or said to come ("would soon launch a new
# military operation", "will keep striking").
UNMET_STATUSES = frozenset({"hypothetical", "planned"})


def is_unmet_force(event: Event) -> bool:
    """An attack the text only supposes or announces."""
    return event.status in UNMET_STATUSES and event.event_type in UNMET_FORCE_TYPES


def without_unmet_force(events: list[Event]) -> list[Event]:
    """The events less the attacks not (yet) made."""
    return [event for event in events if not is_unmet_force(event)]
