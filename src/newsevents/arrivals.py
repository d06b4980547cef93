"""Forces that arrive are deployed, not visiting: "Russian paratroopers began arriving in
Kazakhstan", "the first U.S. troops arrived in Haiti", "the Royal Navy vessel is due to arrive in
Guyanese waters". A visit (CONSULT) is made by officials and envoys; a unit, a ship or soldiers
reaching a country are a deployment the story tells with its own verb ("sent", "deployed")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS, prep_objects

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# Heads of a subject that name armed forces, their units or their craft.
FORCE_NOUNS = {
    "troop", "troops", "soldier", "paratrooper", "marine", "peacekeeper", "commando",
    "reinforcement", "contingent", "unit", "battalion", "brigade", "regiment", "division",
    "force", "forces", "personnel", "sailor", "vessel", "ship", "warship", "destroyer", "frigate",
    "submarine", "carrier", "corvette", "gunboat", "jet", "warplane", "bomber", "helicopter",
    "tank", "fleet", "flotilla", "squadron", "detachment",
}


def forces_arriving(trigger: Trigger) -> bool:
    """A visit whose visitors are armed forces: "the first units of a peacekeeping force arrived
    in Kazakhstan" (no event; "Abiy arrived in Asmara" stays a visit)."""
    if trigger.coding.mode != "visit" or trigger.verb is None or trigger.nominal:
        return False
    subject = subject_of_motion(trigger.verb)
    if subject is None:
        return False
    heads = [subject, *prep_objects(subject, {"of"})]
    heads += [c for c in subject.children if c.dep_ == "compound"]  # "a carrier strike group"
    return any(head.lemma_.lower() in FORCE_NOUNS or head.lower_ in FORCE_NOUNS
               for head in heads)


def subject_of_motion(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is the complement of ("began arriving",
    "is due to arrive")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
