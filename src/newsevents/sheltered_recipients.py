"""Aid handed to people told by where they shelter was handed there, when the sentence gives
the aid no other place: "began distributing food to some 20,000 people sheltering at the U.N.
compound in Juba" (in Juba), "distributing emergency rations to around 1,200 people who fled to
Ouallam town" (in Ouallam). A country is no such place ("refugees who fled to Chad")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

# Acts handed to people where they are.
HANDED_TYPES = {"AID"}
# Prepositions of the people an act is handed to: "food to 20,000 people", "tents for families".
RECIPIENT_PREPS = {"to", "for"}
# Verbs (lemmas) of people being somewhere after fleeing: "people sheltering at the compound",
# "who fled to Ouallam town", "families living in camps near Adre".
SHELTER_VERBS = {"shelter", "flee", "live", "stay", "camp", "crowd", "gather", "huddle"}
# Links of a clause that tells where the people are: "people sheltering in", "who fled to".
SHELTER_CLAUSE_DEPS = {"acl", "relcl"}
# Counts the people may be told through: "tens of thousands of people".
MAX_COUNTS = 3


def place_sheltered_recipients(spans: list[Span], triggers: list[Trigger],
                               resolve: Callable[[Span], Place | None],
                               found: dict[int, Place]) -> None:
    """Unplaced aid whose recipients are told by the town they shelter in took place there,
    a town after a preposition ("who fled to Ouallam town"; not "who fled Minsk"). ``resolve``
    gives the town a span names (None for a country or no place)."""
    by_root = {entity.root.i: entity for entity in spans}
    for trigger in triggers:
        if trigger.head.i in found or trigger.coding.plover not in HANDED_TYPES:
            continue
        for clause in _shelter_clauses(trigger):
            place = next((p for t in clause.subtree if (e := by_root.get(t.i)) is not None
                          and t.dep_ == "pobj" and (p := resolve(e)) is not None), None)
            if place is not None:
                found[trigger.head.i] = place
                break


def _shelter_clauses(trigger: Trigger) -> list[Token]:
    """The clauses telling where the aid's recipients shelter: "sheltering at the U.N.
    compound in Juba" in "distributing food to some 20,000 people sheltering at ..."."""
    verb = trigger.verb
    if verb is None:
        return []
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    recipients = [r for h in holders for r in prep_objects(h, RECIPIENT_PREPS)]
    recipients += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    clauses = []
    for recipient in recipients:
        for _ in range(MAX_COUNTS):
            clauses += [c for c in recipient.children if c.dep_ in SHELTER_CLAUSE_DEPS
                        and c.lemma_.lower() in SHELTER_VERBS]
            counted = prep_objects(recipient, {"of"})
            if not counted:
                break
            recipient = counted[0]  # "thousands of people who fled to ..."
    return clauses
