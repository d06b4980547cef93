"""The place where the people or things an act of force was done to were, told by a
participle on them: "ambushed a convoy of trucks carrying food aid near Baidoa" (the ambush was
near Baidoa), "shot dead two soldiers guarding a bridge in Intan Jaya regency"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.triggers import Trigger

# The tag of a participle that tells what people were doing: "guarding a bridge", "carrying
# food aid".
PRESENT_PARTICIPLE = "VBG"
# Acts done to people or things that were where the participle on them says.
STRUCK_OBJECT_TYPES = {"ASSAULT", "COERCE"}
# Prepositions of where a person or a vehicle was: "guarding a bridge in Intan Jaya regency",
# "a convoy carrying food aid near Baidoa", "policemen standing outside the court in Lahore".
BEING_THERE_PREPS = {"in", "near", "at", "outside", "around", "inside"}
# Nouns after the name of an area: "in Intan Jaya regency".
AREA_NOUNS = {"district", "province", "region", "regency", "county", "state", "governorate"}
# Words between an act's object and the participle on it: "a convoy of trucks carrying".
OBJECT_LINKS = {"of"}


def place_struck_objects(spans: list[Span], triggers: list[Trigger],
                         resolve: Callable[[Span], Place | None],
                         found: dict[int, Place]) -> None:
    """An act of force done to people or things a participle places happened there:
    "rebels shot dead two soldiers guarding a bridge in Intan Jaya regency", "militants
    ambushed a convoy of trucks carrying food aid near Baidoa". ``resolve`` gives the place
    a span names (None when it names none)."""
    for entity in spans:
        struck = _struck_object(entity.root)
        if struck is None:
            continue
        for trigger in triggers:
            verb = trigger.verb
            if (trigger.head.i in found or verb is None or struck.head != verb
                    or trigger.coding.plover not in STRUCK_OBJECT_TYPES):
                continue
            place = resolve(entity)
            if place is not None:
                found[trigger.head.i] = place


def _struck_object(place: Token) -> Token | None:
    """The direct object whose participle the place hangs on: "soldiers" in "shot dead two
    soldiers guarding a bridge in Intan Jaya", "convoy" in "a convoy of trucks carrying aid
    near Baidoa"."""
    if place.dep_ == "compound" and place.head.lemma_.lower() in AREA_NOUNS:
        place = place.head  # "in Intan Jaya regency"
    if place.dep_ != "pobj" or place.head.lower_ not in BEING_THERE_PREPS:
        return None
    participle = place.head.head
    if participle.dep_ == "dobj" and participle.head.tag_ == PRESENT_PARTICIPLE:
        participle = participle.head  # "guarding a bridge in Intan Jaya regency"
    if participle.dep_ != "acl" or participle.tag_ != PRESENT_PARTICIPLE:
        return None
    noun = participle.head
    for _ in range(3):
        if noun.dep_ == "dobj":
            return noun
        if noun.dep_ != "pobj" or noun.head.lower_ not in OBJECT_LINKS:
            return None
        noun = noun.head.head
    return None
