"""Withdrawals told by the forces that go: "the withdrawal of Wagner mercenaries from Libya
began", "the drawdown of German troops from Afghanistan started" (the forces of the noun are
the ones who withdraw), and "the last American troops left Iraq", "French soldiers quit
Niger", "Kenyan peacekeepers departed from eastern Congo" (forces leaving a country or a
place withdraw from it). CAMEO 087, RETREAT.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.lexicon import Lexicon
from newsevents.syntax import prep_objects

if TYPE_CHECKING:  # triggers.py imports this module
    from newsevents.triggers import Trigger

WITHDRAW_MODES = {"withdraw"}
# Armed forces whose going is a withdrawal: "troops", "mercenaries", "peacekeepers".
FORCE_NOUNS = {"troop", "soldier", "force", "peacekeeper", "mercenary", "contingent", "unit",
               "personnel", "marine", "paratrooper", "fighter", "battalion", "brigade",
               "division", "army", "militia", "militiaman", "commando", "legionnaire",
               "detachment", "garrison", "servicemember", "serviceman", "trooper", "boots"}
# Verbs of going that, with forces as subject and a country or place as object, withdraw.
LEAVING_VERBS = {"leave", "quit", "depart", "exit", "vacate", "evacuate"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
WITHDRAW_VERB = "withdraw"  # the verb row whose coding forces leaving a country take
LEAVING_TARGETS = ("obj", "from")


def withdrawn_forces(trigger: Trigger, sources: list[Token], targets: list[Token]
                     ) -> tuple[list[Token], list[Token]]:
    """The forces of a withdrawal noun are the ones who withdraw: "the withdrawal of Wagner
    mercenaries from Libya began" gives (mercenaries, Libya). Withdrawals of other things
    ("the withdrawal of the bill") and those with a doer keep their heads."""
    if (sources or not trigger.nominal or trigger.coding.plover != "RETREAT"
            or trigger.coding.mode not in WITHDRAW_MODES):
        return sources, targets
    forces = [o for o in prep_objects(trigger.head, {"of"}) if _force(o)]
    if not forces:
        return sources, targets
    return forces, [t for t in targets if t not in forces]


def forces_leaving(sent: Span, triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Forces leaving a country or place withdraw from it: "the last American troops left
    Iraq", "Kenyan peacekeepers departed from eastern Congo" (not "the minister left
    Beirut", "pilgrims left Mecca")."""
    rule = lexicon.verb_rule(WITHDRAW_VERB, set(), set())
    if rule is None or rule.coding is None:
        return triggers
    used = {t.verb.i for t in triggers if t.verb is not None}
    found = []
    for verb in sent:
        if (verb.pos_ != "VERB" or verb.lemma_.lower() not in LEAVING_VERBS
                or verb.i in used or not _forces_subject(verb)):
            continue
        places = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"from"})
        if any(p.ent_type_ in PLACE_ENTITIES or p.pos_ == "PROPN" for p in places):
            from newsevents.triggers import Trigger  # triggers.py imports this module
            found.append(Trigger(verb, (verb,), rule.coding, LEAVING_TARGETS, verb,
                                 nominal=False))
    return triggers + found


def _forces_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and _force(c) for c in verb.children)


def _force(token: Token) -> bool:
    return token.lemma_.lower() in FORCE_NOUNS or token.lower_ in FORCE_NOUNS
