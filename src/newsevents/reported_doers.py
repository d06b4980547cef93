"""The doer of an authority's act told in the passive with no agent, when the state body that
reports it is named in the same sentence: "Armoured vehicles were moved into Batken, the Kyrgyz
defence ministry said", "Nicaraguan authorities said the former prisoners had been stripped of
their citizenship", "The four were arrested in Tbilisi, and Georgian prosecutors say ...".
Acts of force are not given to the speaker ("Ten civilians were killed, the ministry said": the
ministry is usually the victims' side), nor acts on people the clause names as the speaker's own
("Two Georgian villagers were detained, Georgia's security service said").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsevents.context import ArticleContext
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import IMPLIED_KIND, INFERRED_KIND, Actor
from newsevents.triggers import Trigger

# Acts that authorities do and report themselves: moving forces, arrests and seizures, bans and
# closures, easing and lifting, releases, expulsions, sanctions.
AUTHORITY_TYPES = {"COERCE", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE"}
# Sectors of a state body that does such acts: government, forces, police, courts, intelligence.
AUTHORITY_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}
# Links from a reported clause up to the speech verb that reports it ("said the prisoners had
# been stripped"), and from an act down to a parenthetical report (", the ministry said").
REPORTED_DEPS = {"ccomp"}
REPORT_DEPS = {"parataxis", "ccomp", "conj", "advcl"}
# Target kinds that the clause did not name: "23 suspected militants" has no nationality told.
UNNAMED_KINDS = {INFERRED_KIND, IMPLIED_KIND}
# Words of a speaker that speaks for its country abroad: "Croatia's foreign ministry said".
FOREIGN_WORDS = {"foreign"}
# Words of a state's mission in another country, which reports what the host state did to its
# people and does no act of authority there itself: "The men were freed after a magistrate in
# Jaffna dropped charges, the Indian High Commission in Colombo said" (Sri Lanka freed them).
MISSION_WORDS = re.compile(r"\b(embassy|high commission|consulate)\b", re.I)


def reported_doer(trigger: Trigger, targets: list[Actor], resolve: Callable[..., list[Actor]],
                  context: ArticleContext) -> list[Actor]:
    """The state body that reports an agentless passive act of authority in the same sentence:
    "Paramilitary reinforcements were sent to the area, the interior ministry said" (the
    ministry), "Authorities said the curfew would be eased" (the authorities)."""
    verb = trigger.verb
    if (trigger.coding.plover not in AUTHORITY_TYPES or trigger.nominal or verb is None
            or not agentless_passive(verb)):
        return []
    for speech in _report_verbs(verb):
        speakers = [a for a in resolve(_speakers(speech), True)
                    if is_authority(a) and MISSION_WORDS.search(a.text) is None]
        if (speakers and not _speakers_own_people(speakers[0], targets)
                and not _victims_side(speakers[0], targets, context)):
            return speakers[:1]
    return []


def hosted_sides(trigger: Trigger, targets: list[Actor], resolve: Callable[..., list[Actor]]
                 ) -> tuple[list[Actor], list[Actor]]:
    """The host state as the doer of an agentless act of authority that a state's mission in it
    reports, done to the mission's people where the clause names none: "The men were freed
    after a magistrate in Jaffna dropped charges, the Indian High Commission in Colombo said"
    is Sri Lanka's release of Indians. No sides where the mission names no host."""
    verb = trigger.verb
    if (trigger.coding.plover not in AUTHORITY_TYPES or trigger.nominal or verb is None
            or not agentless_passive(verb)):
        return [], targets
    for speech in _report_verbs(verb):
        for head in _speakers(speech):
            missions = [a for a in resolve([head], True)
                        if a.country and MISSION_WORDS.search(a.text) is not None]
            seats = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj"]
            hosts = [a for a in resolve(seats, True)
                     if missions and a.country not in (None, missions[0].country)]
            if hosts:  # the states alone: a later "the government" is not the host's
                return [_implied(hosts[0].country)], targets or [_implied(missions[0].country)]
    return [], targets


def _implied(country: str) -> Actor:
    return Actor(text=country, code=country, country=country, kind=IMPLIED_KIND)


def agentless_passive(verb: Token) -> bool:
    """"Were moved", "had been stripped", "would be eased": not "were detained by police"."""
    return (any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _report_verbs(verb: Token) -> list[Token]:
    """Speech verbs reporting the clause: its head ("X said the crossing was shut"), one step
    through a conjoined clause ("said ... had been stripped and that ..."), or a report hung
    on the act (", the ministry said", "and prosecutors say")."""
    reports = [c for c in verb.children
               if c.dep_ in REPORT_DEPS and c.lemma_.lower() in SPEECH_VERBS]
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ in REPORTED_DEPS and clause.head.lemma_.lower() in SPEECH_VERBS:
        reports.insert(0, clause.head)
    reports += _according_to(verb)
    return reports


def _according_to(verb: Token) -> list[Token]:
    """"..., according to the interior ministry": the preposition, whose object is the
    speaker."""
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]


def _speakers(speech: Token) -> list[Token]:
    """The subject of a speech verb, or the object of "according to"."""
    if speech.lower_ == "according":
        return [o for to in speech.children if to.lower_ == "to"
                for o in to.children if o.dep_ == "pobj"]
    return [c for c in speech.children if c.dep_ == "nsubj"]


def is_authority(actor: Actor) -> bool:
    """A state body of a country: "the Kyrgyz defence ministry", "Georgian prosecutors"."""
    return actor.country is not None and bool(set(actor.sector) & AUTHORITY_SECTORS)


def _speakers_own_people(speaker: Actor, targets: list[Actor]) -> bool:
    """"Two Georgian villagers were detained, Georgia's security service said": people the
    clause names as the speaker's own were acted on by another side."""
    return any(t.country == speaker.country and t.kind not in UNNAMED_KINDS for t in targets)


def _victims_side(speaker: Actor, targets: list[Actor], context: ArticleContext) -> bool:
    """"Chinese ships blocked a Philippine boat. The boat was seized, the Philippine foreign
    ministry said": after another state acted on the speaker's country, its foreign ministry,
    or any body of the country acted on, reports what was done to it."""
    own_target = any(t.country == speaker.country for t in targets)
    abroad = bool(FOREIGN_WORDS & set(speaker.text.lower().split()))
    if not (own_target or abroad):
        return False
    return any(target is not None and target.country == speaker.country
               and source.country not in (None, speaker.country)
               for source, target in context.event_pairs)
