"""A concession told twice in one sentence, by the act and by a participle of giving in: "said
it would hand power to elected civilians within 24 months ..., bowing to pressure from West
African leaders", "said it would withdraw its troops ..., bowing to international pressure".
The participle tells why the act was done, not a second act: the act alone is the event, aimed
at whoever pressed when the participle names a presser of another country (the gold codes one
concession, Guinea to ECOWAS) and at the act's own target otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import Event
from newsevents.refused_acts import SUBMISSION_VERBS
from newsevents.triggers import Trigger

# The acts a participle of giving in can be the motive of.
GIVING_WAY_TYPES = {"CONCEDE", "RETREAT"}


def is_giving_in_participle(trigger: Trigger) -> bool:
    """"..., bowing to pressure": a participle of a verb of giving in set off by a comma (the
    parser hangs it on any verb before it, "announced earlier, bowing")."""
    verb = trigger.verb
    return (verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and verb.lemma_.lower() in SUBMISSION_VERBS
            and trigger.coding.plover == "CONCEDE")


def fold_giving_in(told: list[tuple[Trigger, list[Event]]]) -> list[Event]:
    """The events of a sentence, told trigger by trigger, with a participle of giving in folded
    into an earlier concession or withdrawal by the same side."""
    kept: list[Event] = []
    for trigger, events in told:
        if is_giving_in_participle(trigger) and events:
            folded = _folded_into(kept, events)
            if folded is not None:
                kept = folded
                continue
        kept.extend(events)
    return kept


def _folded_into(kept: list[Event], giving_in: list[Event]) -> list[Event] | None:
    """The earlier events with the participle's presser as the target of the act it explains,
    or None when no earlier concession or withdrawal of the same side is told."""
    presser = giving_in[0]
    side = presser.source.side
    acts = [i for i, e in enumerate(kept)
            if e.event_type in GIVING_WAY_TYPES and e.source.side == side]
    if not acts:
        return None
    pressed_from_abroad = presser.target is not None and presser.target.side != side
    folded = list(kept)
    for i in acts:
        act = folded[i]
        if pressed_from_abroad and (act.target is None or act.target.side == side):
            folded[i] = replace(act, target=presser.target)
    return folded
