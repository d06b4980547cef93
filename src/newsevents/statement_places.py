"""Statements keep only a town as their place after places are shared between coordinated
verbs: in "Kenya closed its border with Somalia in Mandera county and accused Mogadishu of
harbouring militants", the county is where the border was closed, not where the accusation
was made (``placing._said_there`` holds the same rule for a statement's own clause)."""

from __future__ import annotations

from newsevents.placing import SPOKEN_TYPES
from newsevents.records import Place
from newsevents.triggers import Trigger


def keep_statements_in_towns(triggers: list[Trigger], found: dict[int, Place]) -> None:
    """Drop the place of a statement (accusation, demand, rejection, threat) that is not a
    town: "troops shelled villages in Idlib province and accused Ankara" places no accusation
    in Idlib."""
    for trigger in triggers:
        place = found.get(trigger.head.i)
        if (place is not None and trigger.coding.plover in SPOKEN_TYPES
                and place.precision != "city"):
            del found[trigger.head.i]
