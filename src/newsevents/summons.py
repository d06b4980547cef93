"""Purpose clauses: an aim is no act ("will meet in Tehran to finalise the deal"), but a trip's
purpose is what the trip is for, and a summons' purpose is told as an act of its own:
"summoned the French ambassador to demand an explanation", "called in Russia's envoy to seek
clarification"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import is_trip
from newsevents.syntax import has_to_marker

# Verbs of calling a foreign envoy in ("call" and "haul" only with the particle "in").
SUMMONS_VERBS = {"summon", "summons", "convoke"}
SUMMONS_PHRASAL_VERBS = {"call", "haul"}
SUMMONS_PARTICLE = "in"
# Asking acts made at a summons ("to demand an explanation", "to seek clarification", "to ask
# for the release"); "to protest" or "to express its rejection" is the summons' own complaint.
SUMMONS_ASKING_ACTS = {"demand", "seek", "ask", "request", "urge", "press", "call", "insist",
                       "require"}
# How the parser hangs a purpose on its verb ("called in the envoy to demand" is an xcomp).
PURPOSE_DEPS = {"advcl", "xcomp"}


def aim_not_act(verb: Token) -> bool:
    """"will meet in Tehran to finalise the arrangements": an aim, not an act; but a trip's
    purpose ("is due in Conakry to meet the junta's leader") and a summons' are acts."""
    return (verb.dep_ == "advcl" and is_to_infinitive(verb)
            and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)
            and not is_trip(verb.head) and not summons_purpose(verb))


def is_to_infinitive(verb: Token) -> bool:
    """"to press", "to meet": a bare verb with its "to"."""
    return verb.tag_ == "VB" and has_to_marker(verb)


def summons_purpose(verb: Token) -> bool:
    """"to demand an explanation" in "Greece summoned the Turkish ambassador to demand an
    explanation": the demand is made at the summons, so it is an act, not an aim."""
    governor = verb.head
    if verb.dep_ not in PURPOSE_DEPS or governor.i == verb.i or not is_to_infinitive(verb):
        return False
    if verb.lemma_.lower() not in SUMMONS_ASKING_ACTS:
        return False
    lemma = governor.lemma_.lower()
    if lemma in SUMMONS_VERBS:
        return True
    return lemma in SUMMONS_PHRASAL_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == SUMMONS_PARTICLE for c in governor.children)
