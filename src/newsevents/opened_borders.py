"""Opening a border, crossing, airspace or port. Letting others use it is cooperation
(COOPERATE, the verb row: "opened its airspace to French military aircraft", "opened a new
crossing to boost trade"); it eases a blockade (RETREAT, as reopening one does) only when it
was shut before ("opened the closed crossing again") or it is opened to help for a besieged side
("opened its border crossing to aid trucks", "to relief flights")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.lexicon import Coding
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

OPENED_THINGS = {"border", "crossing", "corridor", "airspace", "port", "checkpoint", "gate"}
# Words of help on whoever it is opened to: "to aid trucks", "for relief flights".
HELP_WORDS = {"aid", "relief", "humanitarian", "food", "fuel", "medicine", "medical",
              "evacuation", "evacuee", "refugee", "civilian"}
# Words that tell it was shut before: "opened the closed border again".
SHUT_WORDS = {"closed", "shut", "again", "sealed", "blockaded"}
EASED_BLOCKADE = Coding("RETREAT", "ease", "0872", 2, 9.0)


def eased_openings(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with each opening that eases a blockade coded so."""
    return [replace(t, coding=EASED_BLOCKADE) if _eases_blockade(t) else t for t in triggers]


def _eases_blockade(trigger: Trigger) -> bool:
    verb = trigger.verb
    if (verb is None or trigger.nominal or trigger.coding.plover != "COOPERATE"
            or verb.lemma_.lower() != "open"):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() in OPENED_THINGS]
    if not things:
        return False
    if any(_has_word(token, SHUT_WORDS) for token in [verb, *things]):
        return True  # "opened the closed crossing again"
    receivers = [*prep_objects(verb, {"to", "for"}),
                 *(r for thing in things for r in prep_objects(thing, {"to", "for"}))]
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        receivers += [purpose, *(c for c in purpose.children if c.dep_ == "dobj")]  # "to aid
        # convoys" read as a purpose clause
    return any(_has_word(receiver, HELP_WORDS) for receiver in receivers)


def _has_word(token: Token, words: set[str]) -> bool:
    """The token or one of its modifiers is one of ``words``: "aid trucks", "closed border"."""
    return token.lemma_.lower() in words or token.lower_ in words or any(
        c.dep_ in ("amod", "compound", "advmod", "nmod") and
        (c.lemma_.lower() in words or c.lower_ in words) for c in token.children)
