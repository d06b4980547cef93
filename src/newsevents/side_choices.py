"""Choices among an event's possible sides: a quoted appeal voiced by its speaker, the first
argument that names an actor, and acts done to each named party one by one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.arguments import MEDIATING_VERBS
from newsevents.pairing import Sides
from newsevents.quotes import inside_quotes
from newsevents.records import Actor, Attribution
from newsevents.triggers import Trigger

# An appeal inside a quote whose clause names no actor is the speaker's appeal:
# '"The situation requires us to develop consultations," Fars quoted Sanaei as saying'.
VOICED_TYPES = {"REQUEST"}


def voiced_by_speaker(sides: Sides, trigger: Trigger, attribution: Attribution | None,
                      sent: Span) -> Sides:
    speaker = attribution.speaker if attribution else None
    if (sides.sources or sides.parties or trigger.coding.plover not in VOICED_TYPES
            or speaker is None or not speaker.country
            or not inside_quotes(trigger.verb or trigger.head, sent)):
        return sides
    return Sides([speaker], [a for a in sides.targets if a.side != speaker.side], [])


def preferred(heads: list[Token], resolve, home: set[str] = frozenset(),
              own: set[str] = frozenset(), force: bool = False) -> list[Actor]:
    """The recipients of the first head, in the lexicon's order of preference, that names an
    actor (with its conjuncts): "warned Ankara against any intervention in Libya": Ankara. A
    town of the source's own country ("sent soldiers to the town of Mandera, on the border with
    Somalia") is where troops go, not whom they face; force against it ("Libyan forces
    attacked Misrata") is against its people."""
    for head in heads:
        actors = [a for a in resolve([head], True)
                  if not (a.kind == "place" and a.country in home)
                  and not (a.code == a.country and a.country in own
                           and not (force and a.kind == "place"))]
        if actors:
            return actors
    return []


def one_by_one(trigger: Trigger) -> bool:
    """"travel to Riyadh and Muscat", "spoke to his Armenian and Azerbaijani counterparts by
    telephone": a visit or a call to each; "mediated between Israel and Hamas": each side met."""
    if trigger.coding.mode in ("visit", "phone"):
        return True
    verb = trigger.verb
    if verb is not None and verb.lemma_.lower() in MEDIATING_VERBS:
        return True
    return (verb is not None and not trigger.nominal and trigger.coding.plover == "CONSULT"
            and any(g.lower_ in ("telephone", "phone") for c in verb.children
                    if c.dep_ == "prep" for g in c.subtree))
