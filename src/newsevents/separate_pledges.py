"""Pledges that sides named together make each on its own.

"Poland and Latvia have each promised extra guards", "Chile and Argentina have also offered
equipment": two pledgers of a thing (a noun, not a promised act) with no one named to receive
it did not agree with each other; each pledged to whomever the story has them answer. A pledge
of an act ("Israel and Hamas pledged to respect the truce") or of an agreement's own noun
("pledged a ceasefire") stays one agreement between them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.records import Actor
from newsevents.triggers import Trigger

PLEDGE_VERBS = {"offer", "promise", "pledge", "commit"}
PLEDGED_THING_DEPS = {"dobj"}
# Dependents that name a receiver or a promised act on the pledge verb.
RECEIVER_DEPS = {"dative", "xcomp", "ccomp"}


def pledged_apart(trigger: Trigger, sources: list[Actor], targets: list[Actor],
                  parties: list[Actor], coded_noun: Callable[[Token], bool]
                  ) -> list[tuple[Actor, None, list[Actor]]]:
    """One receiver-less pledge per pledger when two or more (read as the sources or as the
    parties of the agreement) pledge a thing together and no receiver is named; [] when the
    sides pair up as usual."""
    verb = trigger.verb
    pledgers = sources + parties
    if (trigger.coding.plover != "AGREE" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in PLEDGE_VERBS or len(pledgers) < 2 or targets):
        return []
    if any(c.dep_ in RECEIVER_DEPS or (c.dep_ == "prep" and c.lower_ == "to")
           for c in verb.children):
        return []
    things = [c for c in verb.children if c.dep_ in PLEDGED_THING_DEPS and c.pos_ == "NOUN"]
    if not things or any(coded_noun(thing) for thing in things):
        return []
    return [(pledger, None, []) for pledger in pledgers]
