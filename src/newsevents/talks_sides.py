"""Talks told by their noun whose parties the clause does not name in full: the parties are
those the story has paired before ("the talks opened in the Norwegian capital", "the
negotiations, which are to resume in Mexico City next week", "talks with that rebel group
would resume in Caracas", "signed after talks there between A and B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.pairing import Sides
from newsevents.syntax import OCCASION_PREPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

# Nouns of talks held between parties (lemmas).
TALKS_NOUNS = {"talk", "negotiation", "meeting", "consultation", "discussion", "dialogue",
               "round", "summit", "parley"}
# Verbs whose subject is the talks themselves: "the talks opened", "negotiations resume",
# "talks are scheduled to open", "the round will be held in Oslo".
TALKS_COURSE_VERBS = {"open", "resume", "begin", "start", "continue", "end", "conclude",
                      "close", "reconvene", "restart", "be", "hold", "schedule", "set", "due",
                      "expect", "take", "get", "kick", "wrap", "break", "adjourn", "last"}
# Verbs whose object is the talks: "will resume talks in Havana", "reopened negotiations".
TALKS_TAKING_VERBS = {"resume", "reopen", "restart", "continue", "hold", "conclude", "end",
                      "open", "begin", "start", "relaunch", "revive"}
# Prepositions that make the talks the occasion of an act: "signed after talks there".


def completed_talks_sides(trigger: Trigger, sides: Sides, context: ArticleContext) -> Sides:
    """Sides for talks whose clause names one party or none: "peace talks with the government
    opened" (the government and the story's other side), "the next talks will open in Caracas"
    (the story's latest pair); talks of a clause that names both stay as they are."""
    if trigger.coding.plover != "CONSULT" or not told_talks(trigger.head):
        return sides
    known = sides.sources + sides.targets + sides.parties
    if len({actor.party_key for actor in known}) >= 2:
        return sides
    if not known:
        pair = _latest_pair(context)
        return Sides([pair[0]], [pair[1]], []) if pair else sides
    if known[0].country is None:
        return sides  # "an emergency summit of ECOWAS": the body's own meeting
    other = partner_of(known[0], context)
    if other is None:
        return sides
    if sides.targets:
        return Sides([other], sides.targets, [])
    return Sides([known[0]], [other], [])


def told_talks(noun: Token) -> bool:
    """"the talks opened", "negotiations, which are to resume", "will resume talks", "signed
    after talks there between A and B"; not "called for talks" (a topic)."""
    if noun.lemma_.lower() not in TALKS_NOUNS or noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ in SUBJECT_DEPS:
        return head.lemma_.lower() in TALKS_COURSE_VERBS
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in TALKS_TAKING_VERBS
    return noun.dep_ == "pobj" and head.lower_ in OCCASION_PREPS


def _latest_pair(context: ArticleContext) -> tuple[Actor, Actor] | None:
    """The story's latest pair of sides that acted on each other."""
    for source, target in reversed(context.event_pairs):
        if target is not None and source.party_key != target.party_key:
            return source, target
    return None


def partner_of(known: Actor, context: ArticleContext) -> Actor | None:
    """The other side of the story's latest group or pair that holds ``known`` ("Myanmar and
    Bangladesh" for a talk told with Myanmar's leader), else the latest other actor paired.
    A group is compared by country (``side``: Myanmar's leader is in "Myanmar and
    Bangladesh"), a pair by party (``party_key``: "the government and the ELN" are two
    parties of one country); comparing groups by party too loses three talks on dev."""
    for group in reversed(context.groups):
        if any(actor.side == known.side for actor in group):
            others = [actor for actor in group if actor.side != known.side]
            if others:
                return others[0]
    for source, target in reversed(context.event_pairs):
        for actor in (source, target):
            if actor is not None and actor.party_key != known.party_key:
                return actor
    return None
