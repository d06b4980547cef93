"""Force that is only supposed: an attack told as hypothetical ("would keep fighting the
army", "could seize more villages") is not coded on its own. The gold guidelines make a
threatened or conditional act optional at best; the threat itself, where one is said, is its
own event. Coercion is left alone: a supposed arrest or expulsion kept a gold event on the
validation set (measured in the twelfth session)."""

from __future__ import annotations

from newsevents.records import Event

# Types of force whose hypothetical mention is a threat or a guess, never an act.
FORCE_TYPES = frozenset({"ASSAULT"})


def is_unmet_force(event: Event) -> bool:
    """An attack the text only supposes."""
    return event.status == "hypothetical" and event.event_type in FORCE_TYPES


def without_unmet_force(events: list[Event]) -> list[Event]:
    """The events less the hypothetical attacks."""
    return [event for event in events if not is_unmet_force(event)]
