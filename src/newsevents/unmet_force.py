"""Force that is only supposed or said to come: an attack told as hypothetical ("would keep
fighting the army", "could seize more villages") or planned ("will storm the positions next
week") is not coded on its own. The gold guidelines make a threatened or conditional act
optional at best; the threat itself, where one is said, is its own event. Coercion is left
alone: a supposed arrest or expulsion kept a gold event on the validation set (measured in
the twelfth session)."""

from __future__ import annotations

from newsevents.records import Event

# Types of force whose supposed or announced mention is a threat or a guess, not an act.
FORCE_TYPES = frozenset({"ASSAULT"})
# Statuses of an act not (yet) done: supposed, or said to come ("would soon launch a new
# military operation", "will keep striking").
UNMET_STATUSES = frozenset({"hypothetical", "planned"})


def is_unmet_force(event: Event) -> bool:
    """An attack the text only supposes or announces."""
    return event.status in UNMET_STATUSES and event.event_type in FORCE_TYPES


def without_unmet_force(events: list[Event]) -> list[Event]:
    """The events less the attacks not (yet) made."""
    return [event for event in events if not is_unmet_force(event)]
