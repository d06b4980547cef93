"""Labour strikes: the noun "strike" is an attack by default ("the strike hit a convoy"), but
a walkout when workers own it, stage it or stop work for a stated time ("the doctors'
strike", "a strike by teachers", "a 48-hour strike", "rail workers voted to extend their
strikes"). CAMEO 143 (conduct strike or boycott), PROTEST."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.lexicon import Coding, Lexicon
from newsevents.places import TOWN_NOUNS

if TYPE_CHECKING:  # triggers.py imports this module
    from newsevents.triggers import Trigger

STRIKE_NOUN = "strike"
STRIKE_CAMEO = "143"  # CAMEO: conduct strike or boycott
# Who strikes for their work: "dock workers", "the teachers' union", "junior doctors".
LABOUR_WORDS = {"worker", "union", "teacher", "doctor", "nurse", "miner", "staff", "employee",
                "driver", "docker", "dockworker", "trucker", "pilot", "lawyer", "labour",
                "labor", "servant", "medic", "physician", "lecturer", "professor", "academic",
                "operator", "porter", "crew", "farmer", "student", "transport", "rail",
                "railway", "federation", "unionist", "cabbie", "conductor", "shopkeeper",
                "trader", "merchant"}
# A stoppage for a stated time: "a 48-hour strike", "a one-day strike", "a week-long strike".
DURATION_WORDS = {"hour", "day", "week", "month", "indefinite", "open-ended", "long"}
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}


def recode_labour_strike(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """"A strike by teachers closed schools", "the doctors' strike entered its third week",
    "unions extended their strikes": a walkout (PROTEST), not an attack."""
    noun = trigger.head
    if (trigger.coding.plover != "ASSAULT" or not trigger.nominal
            or noun.lemma_.lower() != STRIKE_NOUN or not _labour_strike(noun, trigger.verb)):
        return trigger
    base = lexicon.defaults["PROTEST"]
    coding = Coding("PROTEST", "strike", STRIKE_CAMEO, base.quad, base.goldstein)
    return replace(trigger, coding=coding, targets=("against",))


def _labour_strike(noun: Token, verb: Token | None) -> bool:
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and _labour_or_duration(child):
            return True  # "the doctors' strike", "a 48-hour strike"
        if child.dep_ == "prep" and child.lower_ == "by" and any(
                _labour(o) or any(_labour(c) for c in o.children) for o in child.children):
            return True  # "a strike by transport workers"
    subject = _subject(verb) if verb is not None else None
    return subject is not None and _labour(subject)  # "rail workers voted to extend their strikes"


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its governor's when the verb is an infinitive ("voted to extend")."""
    for clause in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        if clause is None:
            continue
        for child in clause.children:
            if child.dep_ == "nsubj":
                return child
    return None


def _labour(token: Token) -> bool:
    return token.lemma_.lower() in LABOUR_WORDS or token.lower_ in LABOUR_WORDS


def _labour_or_duration(token: Token) -> bool:
    return _labour(token) or token.lemma_.lower() in DURATION_WORDS


# Missiles or shells fired into open water hit no one: a launch or a live-fire show of force,
# as "test a missile" is (MOBILIZE, CAMEO 150), not an attack ("fired seven ballistic missiles
# into the sea", "fired 200 artillery rounds into the waters near the island").
LAUNCH_VERBS = {"fire", "launch"}
WATER_WORDS = {"sea", "ocean", "water", "waters", "pacific", "atlantic", "gulf", "strait"}
LAUNCH_CAMEO = "150"  # CAMEO: demonstrate military or police power
AIM_PREPS = {"at", "on", "towards", "toward"}  # "fired at a base", "on the town"
TIME_ENTITIES = {"DATE", "TIME"}  # "on Thursday" aims at nothing
# "on" aims only at an actor or a place ("fired on Seoul", "on the town"), not at a moment
# ("on the eve of talks").
ON_PREP = "on"
ACTOR_PLACE_ENTITIES = {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}


def recode_sea_launch(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """"North Korea fired seven missiles into the sea off its east coast": MOBILIZE, not
    ASSAULT, when what was fired went into a body of water and nothing was fired at or on."""
    verb = trigger.verb
    if (trigger.coding.plover != "ASSAULT" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in LAUNCH_VERBS):
        return trigger
    aims = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTITIES
            and (c.lower_ != ON_PREP or _actor_or_place(o))]
    water = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
             for o in c.children if o.dep_ == "pobj" and _water(o)]
    if aims or not water:
        return trigger
    base = lexicon.defaults["MOBILIZE"]
    coding = Coding("MOBILIZE", "weapons", LAUNCH_CAMEO, base.quad, base.goldstein)
    return replace(trigger, coding=coding)


def _actor_or_place(token: Token) -> bool:
    """"on Seoul", "on South Korean positions", "on the town"; not "on the eve of talks"."""
    return (token.ent_type_ in ACTOR_PLACE_ENTITIES or token.pos_ == "PROPN"
            or token.lemma_.lower() in TOWN_NOUNS
            or any(c.ent_type_ in ACTOR_PLACE_ENTITIES for c in token.children
                   if c.dep_ in ("amod", "compound", "poss")))


def _water(token: Token) -> bool:
    """"the sea", "the Sea of Japan", "waters off the coast", "the Pacific"."""
    return token.lemma_.lower() in WATER_WORDS or token.lower_ in WATER_WORDS
