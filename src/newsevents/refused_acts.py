"""Acts whose refusal for the future is a rejection although the act has no event of its own
(beside threats.REFUSED_ACTS): "will not bow to pressure", "would never give up its claim",
"would not renew the lease", "would not halt construction", "will not resign", "will not be
blackmailed". The refusal itself is found by threats.refuses ("will not", "would never").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.records import Actor
from newsevents.triggers import Trigger

# Yielding, accepting, carrying out or keeping to what another side wants. ("Will not allow",
# "will not permit", "will not tolerate" are left out: warnings, 10 false events on dev.)
YIELDING_ACTS = {
    "bow", "yield", "submit", "succumb", "capitulate", "cave", "kowtow", "surrender", "cede",
    "accept", "recognize", "recognise", "renew", "extend", "apply",
    "implement", "comply", "abide", "honour", "honor", "halt", "stop", "resign", "extradite",
    "lift", "reverse", "retract", "apologize", "apologise", "sack", "match", "relinquish",
    "abandon", "drop", "scrap", "heed", "obey", "follow",
}
# Giving in to another side's will: refusing it for the future ("will not bow to pressure from
# ECOWAS", "would never yield to blackmail") rejects whoever presses, unlike refusing a
# concession of policy ("would not halt construction"), which is a stance.
SUBMISSION_VERBS = {"bow", "yield", "submit", "succumb", "capitulate", "cave", "kowtow", "bend"}
# "give up", "give in", "back down", "step down", "take part", "hand over".
PHRASAL_ACTS = {("give", "up"), ("give", "in"), ("back", "down"), ("step", "down"),
                ("hand", "over"), ("stand", "down")}
TAKE_PART = ("take", "part")
# "would make no further concessions", "will not make any compromise", "would offer no
# compromise": giving in, told by a light verb and its noun, refused as a whole rather than one
# concession of policy ("no" on the noun negates the act: status.event_status).
GIVING_IN_NOUNS = {"concession", "compromise"}
GIVING_IN_VERBS = {"make", "offer"}
# "will not be blackmailed / dictated to / intimidated": refusing to submit.
SUBMITTING_PASSIVES = {"blackmail", "dictate", "intimidate", "pressure", "pressurise",
                       "pressurize", "bully", "cow", "coerce", "browbeat", "threaten"}


def refused_act(verb: Token) -> bool:
    """The verb of "would not bow", "will never give up", "will not be blackmailed",
    "would not take part" (its refusal checked by the caller)."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children):
        return lemma in SUBMITTING_PASSIVES
    particles = {c.lower_ for c in children if c.dep_ == "prt"}
    if any((lemma, p) in PHRASAL_ACTS for p in particles):
        return True
    if lemma == TAKE_PART[0]:
        return any(c.dep_ == "dobj" and c.lower_ == TAKE_PART[1] for c in children)
    return lemma in YIELDING_ACTS and not particles


def refuses_to_submit(verb: Token) -> bool:
    """"Would not bow to pressure", "will not yield to threats": the verb of giving in (its
    refusal checked by the caller)."""
    return verb.lemma_.lower() in SUBMISSION_VERBS and not any(
        c.dep_ == "prt" for c in verb.children)


def pressing_side(trigger: Trigger, source: Actor, implied: Actor | None) -> Actor | None:
    """The side guessed as pressing on one who will not give in, unless it is the source's own
    country: "Syria would not bow to pressure" is bowing to no one in Syria."""
    if (implied is not None and implied.country == source.country
            and trigger.verb is not None
            and (refuses_to_submit(trigger.verb) or gives_in(trigger))):
        return None
    return implied


def gives_in(trigger: Trigger) -> bool:
    """"make concessions", "offer a compromise": giving in as such, told by a light verb whose
    object is the concession (its refusal checked by the caller)."""
    return _giving_in_noun(trigger) is not None


def _giving_in_noun(trigger: Trigger) -> Token | None:
    """The concession of "make concessions" (the noun's own trigger) or of "offer a
    compromise" (the verb's trigger, the noun its object)."""
    verb = trigger.verb
    if verb is None or verb.lemma_.lower() not in GIVING_IN_VERBS:
        return None
    nouns = [trigger.head] if trigger.head.i != verb.i else [
        c for c in verb.children if c.dep_ == "dobj"]
    return next((n for n in nouns if n.lemma_.lower() in GIVING_IN_NOUNS), None)


def refused_outright(trigger: Trigger) -> bool:
    """"would make no further concessions", "would offer no compromise": the refusal told by
    "no" on the concession."""
    noun = _giving_in_noun(trigger)
    return noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
