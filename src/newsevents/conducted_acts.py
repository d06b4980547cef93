"""Places told on the verb that carries out an event noun, and flights "over" a place.

An event noun done by a verb of its own ("drove a joint patrol along the M4 highway in Idlib
province", "flew joint rescue missions over Beni", "take part in joint exercises at ranges
near Brest") happened where the verb did: the place hangs on the verb, the event on its object.
"Over" a place is where a flight or an exercise was ("hold joint flight exercises over
Guyana"), not what a row or talks are about ("talks over Kashmir")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# Verbs that carry out the act their object names: "drove a joint patrol", "flew missions",
# "conducted drills", "take part in exercises" (never a verb that speaks of the act:
# "condemned the attack in a statement in Kabul" is no place of the attack).
CONDUCTING_VERBS = {"drive", "fly", "sail", "conduct", "carry", "stage", "mount", "perform",
                    "undertake", "take", "run"}
# "take part in exercises": the object that makes "take" a taking part.
PART_NOUN = "part"
# Words of flights and exercises, done over a place: "exercises over Guyana", "two days of
# joint air exercises over Georgetown", "flew missions over Beni".
FLIGHT_WORDS = {"exercise", "drill", "flight", "patrol", "mission", "sortie", "manoeuvre",
                "maneuver", "fly", "overflight", "wargame"}
OVER = "over"


def conducted_act(verb: Token, triggers: list[Trigger]) -> Trigger | None:
    """The event noun ``verb`` carries out, as its object ("drove a joint patrol") or after
    "take part in"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDUCTING_VERBS:
        return None
    for trigger in triggers:
        noun = trigger.head
        if not trigger.nominal or verb.i in trigger.indices:
            continue
        if verb.lemma_.lower() != "take" and noun.dep_ == "dobj" and noun.head == verb:
            return trigger
        if (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head == verb
                and any(c.dep_ == "dobj" and c.lower_ == PART_NOUN for c in verb.children)):
            return trigger
    return None


def over_a_flight(prep: Token) -> bool:
    """"Over" told of a flight or an exercise: on such a word, or on a verb whose object
    names one ("began two days of joint air exercises over Georgetown")."""
    if prep.lower_ != OVER:
        return False
    head = prep.head
    if head.lemma_.lower() in FLIGHT_WORDS:
        return True
    return any(t.lemma_.lower() in FLIGHT_WORDS for c in head.children if c.dep_ == "dobj"
               for t in c.subtree)
