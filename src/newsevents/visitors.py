"""Visits told as the state of the clause's subject: "Pakistan's army chief is on a visit to
Beijing", "the Indonesian president, on a two-day visit to Tokyo, said ..." (the subject
visits the place). "Is expected in Riyadh for talks" is not read: its passive subject is
dropped by the side search."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS

# Nouns of a trip abroad (lemmas).
VISIT_NOUNS = {"visit", "trip", "tour"}
# Prepositions that make a visit the subject's state: "is on a visit to Beijing".
VISIT_STATE_PREPS = {"on"}
# Prepositions of a visit's destination.
DESTINATION_PREPS = {"to"}
# Children that name a visit's own doer: "Xi's visit", "a visit by Xi": another's visit.
OWN_DOER_DEPS = {"poss"}
OWN_DOER_PREPS = {"by", "of"}
# Entity types a place name may wrongly carry in the small model ("Vilnius" as PERSON).
NOT_PLACE_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def visiting_subject_verb(noun: Token, used: set[int]) -> Token | None:
    """The verb whose subject is on the visit ``noun``: "the army chief is on a visit to
    Beijing" ("is"), "the president, on a two-day visit to Tokyo, said" ("said"); None for
    "commented on Xi's visit to Hanoi" (another's visit), a visit with no destination, or a
    verb that is itself a trigger (token indices ``used``: "on a visit to Tokyo, met Kishida")."""
    if noun.lemma_.lower() not in VISIT_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in VISIT_STATE_PREPS or prep.dep_ != "prep":
        return None
    if any(c.dep_ in OWN_DOER_DEPS or (c.dep_ == "prep" and c.lower_ in OWN_DOER_PREPS)
           for c in noun.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in noun.children):
        return None
    holder = prep.head
    if holder.dep_ in SUBJECT_DEPS and holder.pos_ in ("NOUN", "PROPN"):
        holder = holder.head  # "the president, on a visit to Tokyo, said"
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in holder.children if c.dep_ in SUBJECT_DEPS]
    return holder if subjects and holder.i not in used else None


def named_place(token: Token) -> bool:
    """"Kabul", "Vilnius" (tagged PERSON by the small model), "Tunis": a proper name that is
    not a date or an amount."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or (
        token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACE_ENTITIES)
