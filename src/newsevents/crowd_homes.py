"""The town a crowd comes from is where its street act happened, when the sentence names no
other place for it: "Residents of the town of Kassala staged a sit-in", "Hundreds of villagers
from Kurmuk blocked the main road", "Farmers from the village of Ardahan marched to the
governor's office". People named by their town protest at home; a country is no such town
("Residents of Sudan" is no place)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.phrases import COUNTED_PEOPLE_NOUNS
from newsevents.places import TOWN_NOUNS
from newsevents.records import Place
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

# Acts a crowd does in the street, where it lives.
CROWD_ACT_TYPES = {"PROTEST"}
# Nouns (lemmas) of people named by the town they live in or come from.
HOME_CROWD_NOUNS = {"resident", "villager", "inhabitant", "townspeople", "townsfolk", "people",
                    "local", "farmer", "fisherman", "tribesman", "family", "worker", "student",
                    "trader", "shopkeeper", "youth", "woman", "man"}
# Prepositions that tie such people to their town: "residents of", "villagers from".
HOME_PREPS = {"of", "from"}
# Parts of speech of words that count a crowd without a counting noun: "many of the residents",
# "some of the villagers".
QUANTIFIER_POS = {"PRON", "DET", "ADJ", "NUM"}
# Counts a crowd may be told through: "tens of thousands of villagers".
MAX_COUNTS = 3
# Dependencies of the crowd on the act's verb.
DOER_DEPS = {"nsubj"}


def place_crowd_homes(spans: list[Span], triggers: list[Trigger],
                      resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """Street acts with no place whose doers are named by their town happened in that town:
    "Residents of the town of Kassala staged a sit-in" (in Kassala). ``resolve`` gives the
    town a span names (None for a country or no place)."""
    by_root = {entity.root.i: entity for entity in spans}
    for trigger in triggers:
        if trigger.head.i in found or trigger.coding.plover not in CROWD_ACT_TYPES:
            continue
        crowd = _crowd_of(trigger)
        town = _home_town(crowd) if crowd is not None else None
        entity = by_root.get(town.i) if town is not None else None
        place = resolve(entity) if entity is not None else None
        if place is not None:
            found[trigger.head.i] = place


def _crowd_of(trigger: Trigger) -> Token | None:
    """"villagers" in "Hundreds of villagers from Kurmuk blocked the road": the people noun
    that does the act, under a count that holds it."""
    verb = trigger.verb
    if verb is None:
        return None
    if verb.dep_ == "conj" and not any(c.dep_ in DOER_DEPS for c in verb.children):
        verb = verb.head  # "gathered in the square and marched"
    doer = next((c for c in verb.children if c.dep_ in DOER_DEPS), None)
    if doer is None:
        return None
    for _ in range(MAX_COUNTS):
        if doer.lemma_.lower() in HOME_CROWD_NOUNS or not _counts_people(doer):
            break
        counted = prep_objects(doer, {"of"})
        if not counted:
            return None
        doer = counted[0]  # "hundreds of villagers", "tens of thousands of villagers"
    return doer if doer.lemma_.lower() in HOME_CROWD_NOUNS else None


def _counts_people(noun: Token) -> bool:
    """"hundreds", "tens", "a crowd", "many" in "many of the residents": a count whose "of"
    names the people counted."""
    return (noun.like_num or noun.lemma_.lower() in COUNTED_PEOPLE_NOUNS
            or noun.pos_ in QUANTIFIER_POS)


def _home_town(crowd: Token) -> Token | None:
    """"Kassala" in "residents of the town of Kassala", "villagers from Kurmuk", "thousands of
    villagers from Kurmuk" (the parser hangs the town on the count)."""
    holders = [crowd]
    while (holders[-1].dep_ == "pobj" and holders[-1].head.lower_ == "of"
           and _counts_people(holders[-1].head.head) and len(holders) <= MAX_COUNTS):
        holders.append(holders[-1].head.head)  # "thousands" in "thousands of villagers"
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ != "prep" or prep.lower_ not in HOME_PREPS or (
                prep.head != crowd and prep.lower_ == "of"):
            continue  # the count's "of" names the crowd
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is not None and name.lemma_.lower() in TOWN_NOUNS:
            name = next(iter(prep_objects(name, {"of"})), None)  # "the town of X"
        if name is not None:
            return name
    return None
