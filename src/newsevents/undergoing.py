"""Attacks told from the side of the attacked: "a Kenyan patrol came under fire from al
Shabaab fighters" is an attack by al Shabaab on Kenya's patrol, so the subject is the target
and the object of "from" or "by" the attacker (CAMEO 190). The verb rows ("come under" +
fire, attack, shelling, ...) are in data/lexicon/verbs.tsv. Harm done by a side's fire is
that side's attack: "an Armenian soldier was killed by Azerbaijani sniper fire" (Azerbaijan's).
Rockets the parser makes the doer of a reduced relative are fired by the place they came from,
at what the joined verb says they hit: "Rockets fired from Gaza slammed into the Israeli town
of Sderot" is Gaza's attack on Israel.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.arguments import noun_modifiers, subject_of
from newsevents.received_acts import receiver_first
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

# "came under fire from", "came under heavy shelling by": the verb and its particle.
UNDERGOING_VERBS = {"come"}
UNDERGOING_PARTICLE = "under"
ATTACKER_PREPS = {"from", "by"}
UNDERGONE_TYPE = "ASSAULT"
# Fire named as the agent of a passive harm: "killed by Azerbaijani sniper fire", "wounded by
# Palestinian gunfire": the fire's owner did it.
FIRE_NOUNS = {"fire", "gunfire", "shellfire", "shelling", "bombardment", "barrage", "firing",
              "bombing", "airstrike", "strike", "attack"}


# "fired from Gaza", "launched from Lebanese territory": where the fire came from.
ORIGIN_PREPS = {"from"}
PLACE_PREPS = {"in", "inside", "from"}
ORIGIN_ENTITIES = {"GPE", "LOC", "NORP"}
# What is fired, which the parser may make the doer of a reduced relative ("Rockets fired from
# Gaza slammed into the Israeli town of Sderot"): the place they came from is the side.
PROJECTILE_NOUNS = {"rocket", "mortar", "shell", "missile", "drone", "projectile", "salvo",
                    "barrage", "round", "bomb"}
# Prepositions of what a projectile hit ("slammed into the town", "landed on a school").
HIT_PREPS = {"into", "on", "at"}
# A place told by its people's adjective: "fired from Lebanese territory", "from Syrian soil".
ORIGIN_GROUND_MODIFIERS = {"amod", "compound"}


def attacker_first(trigger: Trigger, sources: list[Token], targets: list[Token]
                   ) -> tuple[list[Token], list[Token]]:
    """The attacker and the attacked of an attack told by its target: "Israeli towns came
    under rocket fire from Gaza militants" gives (militants, towns). Other triggers keep
    the heads they have."""
    verb = trigger.verb
    if trigger.nominal and verb is not None:  # "Serbia drew a rebuke from the EU"
        return receiver_first(trigger, sources, targets)
    if trigger.coding.plover != UNDERGONE_TYPE or verb is None:
        return sources, targets
    if verb.lemma_.lower() not in UNDERGOING_VERBS:
        origin = _fired_from(verb)
        if origin and sources and all(s.lemma_.lower() in PROJECTILE_NOUNS for s in sources):
            return origin, targets or _struck_after(verb)  # "Rockets fired from Gaza ..."
        return _fire_owners(sources) or origin, targets
    particles = [c for c in verb.children if c.lower_ == UNDERGOING_PARTICLE]
    if not particles:
        return sources, targets
    holders = [verb, *particles,
               *(o for p in particles for o in p.children if o.dep_ == "pobj")]
    attackers = [a for holder in holders for a in prep_objects(holder, ATTACKER_PREPS)]
    subjects, passive = subject_of(verb)
    return attackers, ([] if passive else subjects)


def _fired_from(verb: Token) -> list[Token]:
    """"Rockets were fired from Gaza", "shells fired from across the border in Lebanon": with
    no doer named, the place the fire came from stands for its side."""
    places = [p for o in prep_objects(verb, ORIGIN_PREPS) if (p := _origin_place(o)) is not None]
    for across in prep_objects(verb, ORIGIN_PREPS):  # "from across the border in Lebanon"
        places.extend(o for o in prep_objects(across, PLACE_PREPS)
                      if o.ent_type_ in ORIGIN_ENTITIES)
    return places[:1]


def _origin_place(origin: Token) -> Token | None:
    """The word naming where fire came from: the place itself ("from Gaza") or its people's
    adjective ("from Lebanese territory")."""
    if origin.ent_type_ in ORIGIN_ENTITIES:
        return origin
    return next((c for c in origin.children if c.dep_ in ORIGIN_GROUND_MODIFIERS
                 and c.ent_type_ in ORIGIN_ENTITIES), None)


def _struck_after(verb: Token) -> list[Token]:
    """What the fired projectiles hit, told by the verb the parser joins to the firing:
    "the Israeli town" in "Rockets fired from Gaza slammed into the Israeli town of Sderot"."""
    return [o for c in verb.children if c.dep_ == "conj"
            for o in [*(d for d in c.children if d.dep_ == "dobj"), *prep_objects(c, HIT_PREPS)]]


def _fire_owners(sources: list[Token]) -> list[Token]:
    """"killed by Azerbaijani sniper fire": Azerbaijani, not the fire; other sources stay."""
    return [owner for source in sources for owner in (
        noun_modifiers(source) or [source] if source.lemma_.lower() in FIRE_NOUNS
        else [source])]
