"""The other party of a meeting or an agreement whose clause names only its doer: the guest
the parser hangs on "visiting" ("Xi met visiting Brazilian President Lula": Brazil), the
author of the offer that is accepted ("Jonathan accepted the offer": whoever offered), and
the partner the story pairs with one who agrees to meet ("Kosovo later agreed to meet")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.pairing import Sides
from newsevents.records import INFERRED_KIND, Actor
from newsevents.talks_sides import partner_of

# Types of the acts a meeting or an acceptance answers with its other party.
MEETING_TYPES = {"CONSULT", "AGREE"}
# Participles the parser makes the head of a guest's name: "met visiting President Lula".
GUEST_PARTICIPLES = {"visiting"}
# Nouns of what one party puts to another and the other accepts: "accepted the offer".
OFFER_NOUNS = {"offer", "proposal", "invitation", "overture"}
# Verbs of taking up what was put: "accepted the offer", "took up the invitation".
ACCEPTING_VERBS = {"accept", "welcome", "embrace", "approve", "endorse"}
# Types of the acts an offer or proposal is told as: "offered to send advisers" (AGREE),
# "offered aid" (AID), "proposed talks" (CONSULT), "proposed a ceasefire" (RETREAT).
OFFERED_TYPES = {"AGREE", "AID", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE", "REQUEST"}
# Verbs of meeting that an agreement or offer takes as what was agreed: "agreed to meet".
MEETING_VERBS = {"meet", "talk", "negotiate"}
# Dependencies that name a partner of the meeting verb: "agreed to meet Kurti", "with him".
PARTNER_DEPS = {"dobj", "prep", "pobj", "dative"}
# Prepositions of a meeting's time or place, which name no partner: "meet in Oslo", "on Friday".
TIME_PLACE_PREPS = {"in", "on", "at"}


def with_counterpart(trigger, sides: Sides, found, context, resolver) -> Sides:
    """Sides with the other party the clause leaves out filled in (see the module), when
    exactly one party, the doer, is named; else the sides unchanged."""
    if (trigger.coding.plover not in MEETING_TYPES or len(sides.sources) != 1
            or sides.targets or sides.parties):
        return sides
    source = sides.sources[0]
    other = (visiting_guest(trigger.verb, source, found, context, resolver)
             or offer_author(trigger.verb, source, context)
             or meeting_partner(trigger, source, context))
    return replace(sides, targets=[other]) if other is not None else sides


def visiting_guest(verb: Token, source: Actor, found, context, resolver) -> Actor | None:
    """"Modi met visiting Japanese Prime Minister Fumio Kishida": the parser makes "visiting"
    a clause of "met" and the guest its object; the guest is the one met."""
    guests = [obj for child in verb.children
              if child.dep_ in ("advcl", "xcomp", "dobj") and child.lower_ in GUEST_PARTICIPLES
              for obj in child.children if obj.dep_ == "dobj"]
    for guest in guests:
        for actor in resolver.actors_for(guest, found, context):
            if actor.kind != INFERRED_KIND and actor.side != source.side:
                return actor
    return None


def offer_author(verb: Token, source: Actor, context) -> Actor | None:
    """"Nigerian President Goodluck Jonathan accepted the offer": the latest earlier author,
    of another country, of an act an offer can be ("The United States offered to send
    advisers")."""
    if verb.lemma_.lower() not in ACCEPTING_VERBS:
        return None
    if not any(child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in OFFER_NOUNS
               for child in verb.children):
        return None
    for plover, author in reversed(context.authors):
        if plover in OFFERED_TYPES and author.side != source.side:
            return author
    return None


def meeting_partner(trigger, source: Actor, context) -> Actor | None:
    """"Serbia accused Kosovo ... Kosovo later agreed to meet": the partner of a meeting
    agreed with no one named is the other side the story pairs the doer with; not when the
    meeting names whom ("agreed to meet the students")."""
    verb = trigger.verb
    if trigger.coding.plover != "AGREE" or verb.lemma_.lower() != "agree":
        return None
    met = [child for child in verb.children
           if child.dep_ == "xcomp" and child.lemma_.lower() in MEETING_VERBS]
    if not met or any(child.dep_ in PARTNER_DEPS for child in met[0].children
                      if not _time_or_place(child)):
        return None
    partner = partner_of(source, context)
    return partner if partner is not None and partner.side != source.side else None


def _time_or_place(child: Token) -> bool:
    """"meet next week", "meet in Oslo", "meet on Friday": no partner."""
    return child.dep_ == "prep" and child.lower_ in TIME_PLACE_PREPS
