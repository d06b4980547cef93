"""Releases told in the passive with no agent, whose released people a participle says who
held them: "two Vietnamese sailors held by Abu Sayyaf militants were freed", "a pilot held
hostage by separatist rebels was released", "engineers kidnapped by gunmen last month were
let go". The holder is the one who releases them (CAMEO 0841, RETREAT as PLOVER codes
releases). Without such a participle the releaser is the story's earlier holder of the
same people: "Malaysian police detained seven Indonesian fishermen ... the men would be
freed on Friday" (the police free Indonesians).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.arguments import subject_of
from newsevents.context import ArticleContext
from newsevents.freed_walkers import walked_free
from newsevents.held_people import held_description
from newsevents.pairing import Sides
from newsevents.records import INFERRED_KIND, Actor
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

RELEASE_MODE = "release"
# How the released are attached to a verb of freeing: "freed 38 prisoners", "were freed".
RELEASED_DEPS = {"dobj", "nsubjpass"}
# Participles that say who held the people: "held by", "kidnapped by", "seized by".
HOLDING_VERBS = {"hold", "kidnap", "abduct", "seize", "capture", "detain", "take", "snatch",
                 "arrest", "imprison", "jail"}
HOLDER_PREPS = {"by"}
# CAMEO codes of acts that leave a side holding people: arrests and detentions, seizures of
# people, abductions and hostage-taking.
HOLDING_CODES = {"173", "171", "181"}


def holder_releases(trigger: Trigger, sources: list[Token], targets: list[Token]
                    ) -> tuple[list[Token], list[Token]]:
    """The releaser of people freed in the passive with no agent, from the participle on them:
    "sailors held by Abu Sayyaf militants were freed" gives (militants, sailors). Other
    triggers keep the heads they have."""
    verb = trigger.verb
    if trigger.coding.mode == RELEASE_MODE and verb is not None and not targets:
        targets = [o for c in verb.children if held_description(c)
                   for o in c.children if o.dep_ == "dobj"]  # "freed detained American ..."
    if (sources or trigger.coding.mode != RELEASE_MODE or trigger.nominal or verb is None):
        return sources, targets
    subjects, passive = subject_of(verb)
    if not (passive or walked_free(trigger.coding.plover, verb)):  # "... walked free"
        return sources, targets
    holders = [h for person in subjects for participle in person.children
               if participle.dep_ == "acl" and participle.tag_ == "VBN"
               and participle.lemma_.lower() in HOLDING_VERBS
               for h in prep_objects(participle, HOLDER_PREPS)]
    return holders, targets


def remember_holdings(trigger: Trigger, sides: Sides, status: str, context: ArticleContext
                      ) -> None:
    """Notes who holds whom after a detention or abduction: "Russian border guards detained
    two villagers" keeps (the guards, the villagers) for a release told later; a detention
    not done ("threatened to arrest", "did not detain") holds no one."""
    if trigger.coding.cameo not in HOLDING_CODES or status != "occurred":
        return
    for holder in sides.sources:
        for held in sides.targets:
            context.holdings.append((holder, held))


def earlier_holder(trigger: Trigger, targets: list[Actor], context: ArticleContext
                   ) -> tuple[list[Actor], list[Actor]]:
    """The releaser of people freed with no agent named, from the story's latest holding of
    them: after "Georgia arrested four Russian officers", "the men had been freed hours
    earlier" is Georgia's release of Russians. Released people the clause leaves unnamed are
    the latest held; named ones must be of the held people's country. Only holdings of
    another country's people count (a side's own detentions are too often misread ones).
    Other triggers, and releases with no holding told before, keep no source."""
    if (trigger.coding.mode != RELEASE_MODE or trigger.nominal or trigger.verb is None
            or not context.holdings):
        return [], targets
    named = [t for t in targets if t.kind != INFERRED_KIND]  # not "the hostages" guessed
    released = {t.country for t in named if t.country}
    for holder, held in reversed(context.holdings):
        if holder.country is None or (held is not None and (
                held.side == holder.side or _foreign_government(holder, held))):
            continue
        if not named and held is not None:
            return [holder], [held]
        if held is not None and held.country in released:
            return [holder], targets
    return [], targets


def _foreign_government(holder: Actor, held: Actor) -> bool:
    """A government "held" by another country's side is a misread detention ("Jakarta said
    they were detained" read as Indonesia holding Malaysia), not captives to free."""
    return "GOV" in held.sector and held.country != holder.country


def frees_unplaced_people(trigger: Trigger) -> bool:
    """"Cuba has freed 38 political prisoners after months of mediation by the Vatican": a
    release of people its clause names with no side of their own, who are then the doer's own
    people, not the first other side a later phrase names (a mediator, a praising state)."""
    verb = trigger.verb
    return (trigger.coding.mode == RELEASE_MODE and verb is not None and not trigger.nominal
            and any(c.dep_ in RELEASED_DEPS and c.pos_ == "NOUN" for c in verb.children))
