"""The place of a release told by the handover that carried it out: "freed 170 fishermen,
handing them over to border officials at the Wagah crossing", "released a soldier, handing him
to a humanitarian commission in Arauca province". The parser hangs the place on the handing
participle; the release it elaborates happened there."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.places import TOWN_NOUNS
from newsevents.records import Place
from newsevents.triggers import Trigger
from newsevents.verb_parts import phrasal_particles

# Participles (lemmas) of handing people or goods over: "handing them over", "delivering them",
# "turning them over", "transferring them".
HANDOVER_VERBS = {"hand", "deliver", "transfer", "turn", "return", "repatriate"}
# Handing verbs that hand over only with their particle: "turning them over" (not "turning them
# away" or "turning them back").
OVER_ONLY_VERBS = {"turn"}
HANDING_PARTICLE = "over"
# The tag of the participle that elaborates the main act.
PRESENT_PARTICIPLE = "VBG"
# Prepositions of where the handover was: "at the Wagah crossing", "in Arauca province".
HANDOVER_PREPS = {"at", "in", "near", "on"}
# Links the walk from the place up to the participle may pass: "to officials at the crossing".
WALK_DEPS = {"pobj", "prep", "dobj", "dative", "compound"}
# Types of releases and returns, whose handover place is theirs.
RELEASE_TYPES = {"RETREAT", "CONCEDE", "AID"}


def place_handovers(spans: list[Span], triggers: list[Trigger],
                    resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """Releases elaborated by a handover participle happened where the handover was: "freed
    170 fishermen, handing them over at the Wagah crossing" (at Wagah). ``resolve`` gives the
    town a span names (None for a country or no place)."""
    for entity in spans:
        main = _handed_over_for(entity.root)
        if main is None:
            continue
        released = [t for t in triggers if t.head.i not in found and t.verb == main
                    and t.coding.plover in RELEASE_TYPES]
        place = resolve(entity) if released else None
        if place is not None:
            found.update((trigger.head.i, place) for trigger in released)


def _handed_over_for(name: Token) -> Token | None:
    """"freed" for "Wagah" in "freed 170 fishermen, handing them over at the Wagah crossing":
    the verb a handover participle above the place elaborates."""
    if name.dep_ == "compound":
        name = name.head  # "the Wagah crossing"
    if name.dep_ == "pobj" and name.head.lower_ == "of" and \
            name.head.head.lemma_.lower() in TOWN_NOUNS:
        name = name.head.head  # "in the northeastern province of Arauca"
    if name.dep_ != "pobj" or name.head.lower_ not in HANDOVER_PREPS:
        return None
    current = name.head.head
    for _ in range(4):
        if current.pos_ == "VERB":
            break
        if current.dep_ not in WALK_DEPS:
            return None
        current = current.head
    if (current.tag_ != PRESENT_PARTICIPLE or current.dep_ != "advcl"
            or current.lemma_.lower() not in HANDOVER_VERBS):
        return None
    if current.lemma_.lower() in OVER_ONLY_VERBS and HANDING_PARTICLE not in phrasal_particles(
            current):
        return None  # "turning them away at the crossing": no handover
    return current.head
