"""Settlements a state's forces fire on, with no country of their own in the clause: "Armenia's
defence ministry said Azerbaijani troops had fired on border villages overnight" is an attack on
Armenia, the country whose side tells of it; with no such teller the attack names no victim (a
state's attack with neither a named victim nor a place has none, `docs/design.md`)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.arguments import argument_heads
from newsevents.implied_recipients import implied_state, state_force
from newsevents.pairing import Sides
from newsevents.records import Attribution
from newsevents.triggers import Trigger

SETTLEMENT_TYPES = {"ASSAULT"}
# Places where people live that an attack is told as falling on ("shelled villages", "fired on
# border villages", "pounded residential areas").
SETTLEMENT_NOUNS = {"village", "town", "house", "home", "settlement", "hamlet", "neighbourhood",
                    "neighborhood", "area", "district"}


def victims_of_the_teller(trigger: Trigger, sides: Sides, attribution: Attribution | None
                          ) -> Sides:
    """The teller's country as the target of a foreign state's fire on settlements the clause
    names no country for; other sides stay."""
    if (trigger.coding.plover not in SETTLEMENT_TYPES or sides.targets or sides.parties
            or not sides.sources or attribution is None or attribution.speaker is None):
        return sides
    home = {a.country for a in sides.sources}
    teller = attribution.speaker.country
    if len(home) != 1 or not all(state_force(a) for a in sides.sources) or not teller \
            or teller in home:
        return sides
    heads = argument_heads(trigger)[1]
    if not heads or heads[0].lemma_.lower() not in SETTLEMENT_NOUNS:
        return sides
    return replace(sides, targets=[implied_state(teller)])
