"""The toll of an attack told in the attack's own clause is that attack, not a second one:
"Russian forces shelled Kharkiv, injuring eight civilians", "accused Armenian forces of firing on
its positions, wounding a soldier", "a coast guard vessel fired a water cannon at the boat,
injuring four crew members". The gold codes one attack; the participle, read on its own, takes
the speaker or the accuser as its doer and the victims' country as its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # triggers.py imports this module
    from newsevents.triggers import Trigger

ATTACK_TYPE = "ASSAULT"
# Crowd force ("fired tear gas and rubber bullets", COERCE) holds the injuries it caused; a
# death it caused is an assault of its own ("fired live rounds to break up a sit-in, killing
# two protesters").
CROWD_FORCE_TYPE = "COERCE"
LETHAL_VERBS = {"kill"}
# Verbs of harm that tell what an attack did to people: "killing 12", "wounding five",
# "injuring four crew members", "leaving three dead".
TOLL_VERBS = {"kill", "wound", "injure", "maim", "hurt"}
# How a toll hangs on its attack: "shelled Kharkiv, injuring eight" (advcl), "attacked the
# post and wounded two guards" (conj).
TOLL_DEPS = {"advcl", "conj"}


def without_told_tolls(triggers: list[Trigger]) -> list[Trigger]:
    """Drops a toll participle whose clause hangs on another trigger of force in the sentence:
    "Israeli aircraft struck a house in Rafah, wounding five Palestinians" keeps "struck" only.
    A toll after a clause that is no attack ("rockets landed in the district, killing four")
    stays: it is the only telling of the attack."""
    attacks = _force_verbs(triggers, {ATTACK_TYPE})
    crowd_force = attacks | _force_verbs(triggers, {CROWD_FORCE_TYPE})
    if not crowd_force:
        return triggers
    return [t for t in triggers if not _toll_of(
        t, attacks if t.verb is not None and t.verb.lemma_.lower() in LETHAL_VERBS
        else crowd_force)]


def _force_verbs(triggers: list[Trigger], types: set[str]) -> set[int]:
    return {t.verb.i for t in triggers
            if t.verb is not None and t.coding.plover in types and not t.nominal
            and not _toll_participle(t.verb)}


def _toll_of(trigger: Trigger, force_verbs: set[int]) -> bool:
    verb = trigger.verb
    if trigger.nominal or verb is None or trigger.coding.plover != ATTACK_TYPE:
        return False
    if not _toll_participle(verb):
        return False
    clause = verb
    while clause.dep_ in TOLL_DEPS and clause.head.i != clause.i:
        clause = clause.head  # "killing 12 people and wounding 30" hangs on "killing"
        if clause.i in force_verbs:
            return True
    # "accused Russian forces of shelling Kharkiv, injuring eight": the parse hangs the toll
    # on the accusation that holds the attack.
    return any(clause.is_ancestor(clause.doc[i]) for i in force_verbs if i < verb.i)


def _toll_participle(verb: Token) -> bool:
    """"wounding", "killing", "injuring" as a participle clause of another verb."""
    return (verb.tag_ == "VBG" and verb.dep_ in TOLL_DEPS
            and verb.lemma_.lower() in TOLL_VERBS)
