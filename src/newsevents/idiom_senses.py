"""Trigger words used in an idiom whose sense is no political act: "opened fire without
warning" (no threat), "backing away from the plan" (no support), "pressing ahead with the
measures" (no request), "asked not to be named" (no request: a source's wish to stay
unnamed), "sentenced for resisting police orders" (the charge a punishment names, no act of
its own), "flew the freed prisoners to Guatemala", "were flown to Bogota" (people or goods
carried, no visit), "calling both 'important signals'" (a name given, no phone call)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.narrative_days import QUOTE_MARKS
from newsevents.triggers import NAMING_VERBS, Trigger  # "calling the protesters 'a mob'"

# Prepositions that make a trigger noun a manner of another act: "without warning".
MANNER_PREPOSITIONS = {"without"}
# Trigger nouns whose manner reading is no event: "opened fire without warning".
MANNER_NOUNS = {"warning", "notice"}
# Particles and adverbs that turn a verb of backing into a retreat from a position: "backing
# away from a plan", "backed off" ("backed down" is a concession row of its own in verbs.tsv).
WITHDRAWING_PARTICLES = {"away", "off", "out"}
# Verbs of backing that such a particle turns around.
BACKING_VERBS = {"back"}
# Particles and adverbs of going on with one's own course: "pressing ahead with punitive
# measures", "pressed on with the offensive", "pushed forward with the plan".
ONWARD_PARTICLES = {"ahead", "on", "forward", "onward", "onwards"}
# Verbs of pressure that such a particle makes a going-on: "press ahead", "push on".
PRESSING_VERBS = {"press", "push"}
# Verbs a source asks not to be done to them: "asked not to be named", "requested not to be
# identified".
ANONYMITY_VERBS = {"name", "identify", "quote", "cite"}
# Words of a punishment whose "for" gerund names the charge: "sentenced for resisting police
# orders", "fined for blocking roads", "jailed for insulting the president".
PUNISHMENT_WORDS = {
    "sentence", "jail", "imprison", "fine", "convict", "punish", "penalise", "penalize",
    "prosecute", "charge", "indict", "try", "penalty", "punishment", "prison",
}
# Verbs of asking that a source's wish to stay unnamed uses.
ASKING_VERBS = {"ask", "request"}
# Verbs of travel that also carry: a visitor flies, but "flew the prisoners to Guatemala" and
# "were flown to Bogota" carry people (or goods) somewhere, and nobody visits.
CARRYING_VERBS = {"fly", "jet"}
# Dependents that make such a verb carry something: an object, or a passive subject.
CARRIED_DEPS = {"dobj", "nsubjpass", "auxpass"}


def drop_idiom_senses(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less those read in an idiom of no political act: "opened fire without
    warning" loses its warning."""
    return [t for t in triggers if not idiom_sense(t)]


def idiom_sense(trigger: Trigger) -> bool:
    """"Without warning", "backing away", "pressing ahead", "asked not to be named"."""
    return (_manner_noun(trigger) or _turned_by_particle(trigger)
            or _anonymity_wish(trigger) or _charge_of_punishment(trigger)
            or _carried_not_visiting(trigger) or _naming_not_calling(trigger))


def _manner_noun(trigger: Trigger) -> bool:
    """"Security forces may open fire without warning": a manner, no warning given."""
    head = trigger.head
    return (head.lower_ in MANNER_NOUNS and head.dep_ in ("pobj", "pcomp")
            and head.head.lower_ in MANNER_PREPOSITIONS)


def _turned_by_particle(trigger: Trigger) -> bool:
    """"Bolivia backed away from the plan" (no support), "Russia pressed ahead with the
    measures" (no request): a particle turns the verb's sense."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in BACKING_VERBS and trigger.coding.plover == "SUPPORT":
        return bool(particles & WITHDRAWING_PARTICLES)
    if lemma in PRESSING_VERBS and trigger.coding.plover == "REQUEST":
        return bool(particles & ONWARD_PARTICLES) and not _asked_person(verb)
    return False


def _asked_person(verb: Token) -> bool:
    """"pressed Tehran to allow inspections" keeps its request: an object or a complement
    clause says who is pressed to do what."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)


def _anonymity_wish(trigger: Trigger) -> bool:
    """"a diplomat who asked not to be named", "an official, asking not to be identified": the
    source's wish to stay unnamed."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.lemma_.lower() not in ASKING_VERBS:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ANONYMITY_VERBS
               and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _charge_of_punishment(trigger: Trigger) -> bool:
    """"A court sentenced Navalny for resisting police orders", "raised fines for blocking
    roads": the charge a punishment names."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    preposition = verb.head
    return (preposition.lower_ == "for" and preposition.head.i != preposition.i
            and preposition.head.lemma_.lower() in PUNISHMENT_WORDS)


def _carried_not_visiting(trigger: Trigger) -> bool:
    """"Nicaragua flew the prisoners to Guatemala", "the soldiers were handed over and flown to
    Bogota": a visit verb that carries someone (an object, or told in the passive) is no visit."""
    verb = trigger.verb
    if (verb is None or trigger.nominal or trigger.coding.mode != "visit"
            or verb.lemma_.lower() not in CARRYING_VERBS):
        return False
    if any(c.dep_ in CARRIED_DEPS for c in verb.children):
        return True
    # "were handed to the Red Cross and flown home": the passive of the verb it is joined to
    return (verb.dep_ == "conj" and verb.tag_ == "VBN"
            and not any(c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children))


def _naming_not_calling(trigger: Trigger) -> bool:
    """"calling both 'important signals of democracy'", "calling the protesters 'a mob'": a
    name given to someone or something (a quoted name, or an object and its name), no call."""
    verb = trigger.verb
    if (verb is None or trigger.nominal or trigger.coding.plover != "CONSULT"
            or verb.lemma_.lower() not in NAMING_VERBS):
        return False
    deps = [c.dep_ for c in verb.children]
    quoted = any(c.dep_ == "punct" and c.text in QUOTE_MARKS and c.i > verb.i
                 for c in verb.children)
    return quoted or deps.count("dobj") > 1 or ("dobj" in deps and "oprd" in deps)
