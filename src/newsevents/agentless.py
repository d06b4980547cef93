"""Force told in the passive with no agent, whose doer the story has named before: after
"security forces opened fire on protesters in Sanandaj", "two protesters were killed" is the
same forces' act; after "Tajik troops shelled Kyrgyz border posts", "a Kyrgyz guard was
wounded" is Tajikistan's. The doer is the latest side that did an act of the same kind to
the same people (the target's country, and another actor than the target); a killing or
wounding may follow any force ("police detained 40 people ... two protesters were killed").
"""

from __future__ import annotations

from newsevents.arguments import subject_of
from newsevents.context import ArticleContext
from newsevents.pairing import Sides
from newsevents.records import Actor
from newsevents.syntax import FORCE_TYPES
from newsevents.triggers import Trigger

# Acts of force (syntax.FORCE_TYPES) have agentless passives ("were killed", "was shelled",
# "were detained") that take the story's earlier doer.


def remember_force(trigger: Trigger, sides: Sides, status: str, context: ArticleContext
                   ) -> None:
    """Notes who used force on whom: "Tajik troops opened fire on a Kyrgyz patrol" keeps
    (ASSAULT, the troops, the patrol) for a passive told later; force not done ("did not
    attack", "would strike") is not kept."""
    plover = trigger.coding.plover
    if plover not in FORCE_TYPES or status != "occurred":
        return
    for doer in sides.sources:
        for victim in sides.targets:
            context.forces.append((plover, doer, victim))


def earlier_doer(trigger: Trigger, targets: list[Actor], context: ArticleContext
                 ) -> list[Actor]:
    """The doer of force told in the passive with no agent, from the story's latest act of
    the same kind on the same people: "were killed", "was shelled", "were rounded up".
    Active verbs, nouns and passives whose victims the clause does not name keep no doer."""
    plover = trigger.coding.plover
    verb = trigger.verb
    if plover not in FORCE_TYPES or trigger.nominal or verb is None or not targets:
        return []
    if not subject_of(verb)[1]:
        return []
    victim = targets[0]
    for told, doer, earlier_victim in reversed(context.forces):
        if ((told == plover or plover == "ASSAULT") and doer.party_key != victim.party_key
                and victim.country is not None and earlier_victim.country == victim.country):
            return [doer]
    return []
