"""Police raids: a forcible entry that police or security forces make into premises of their own
state is repression (COERCE), not an armed attack (ASSAULT): "police stormed the headquarters of
the national bar association in Tunis", "security forces stormed the Supreme Court in Male". The
same verb stays an attack when rebels, gunmen or soldiers do it ("al Shabaab fighters stormed an
army base") or when police enter another state's ground. The verbs are data
(data/lexicon/police_raids.tsv)."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.lexicon import Coding, coded_as
from newsevents.records import Event
from newsevents.tables import words_of_roles

RAIDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "police_raids.tsv"
ENTRY_VERBS = words_of_roles(RAIDS_FILE, "entry")
ARMED_RAID_VERBS = words_of_roles(RAIDS_FILE, "raid")
POLICE_SECTOR = "COP"
# Sectors of armed groups: police storming their camp, hideout or safe house is an armed
# attack, not repression ("stormed a militant hideout in Sinai", "a cartel safe house").
ARMED_GROUP_SECTORS = {"REB", "INS", "CRM", "UAF", "SEP", "RAD", "MIL"}
# A raid that kills or frees hostages is an armed attack ("stormed a FARC dissident camp, killing
# three rebels", "stormed a hotel where al Shabaab militants were holding hostages").
ARMED_RAID_LEMMAS = {"kill", "shoot", "gun", "hostage"}


def police_raid_as_coercion(event: Event, trigger_verb: Token | None, coerce: Coding) -> Event:
    """The event recoded as COERCE when it is an ASSAULT told by an entry verb whose doers are
    police of the state whose side it falls on; any other event unchanged."""
    if (event.event_type != "ASSAULT" or trigger_verb is None or event.target is None
            or trigger_verb.lemma_.lower() not in ENTRY_VERBS
            or POLICE_SECTOR not in event.source.sector
            or not event.source.country or event.source.country != event.target.country
            or not ARMED_GROUP_SECTORS.isdisjoint(event.target.sector)
            or _kills(trigger_verb)):
        return event
    return coded_as(event, coerce)


def armed_raid_as_assault(event: Event, trigger_verb: Token | None, assault: Coding) -> Event:
    """The event recoded as ASSAULT when it is a COERCE told by a raiding verb that kills, or
    whose doers are no police and raid an armed group: "Israeli troops raided the Jenin refugee
    camp, killing three Palestinians", "Nigerian soldiers raided a Boko Haram camp" (but "police
    raided the offices of Memorial" and "Sindh Rangers raided a party office in Karachi" stay
    repression); any other event unchanged."""
    if (event.event_type != "COERCE" or trigger_verb is None or event.target is None
            or trigger_verb.lemma_.lower() not in ARMED_RAID_VERBS):
        return event
    armed_target = not ARMED_GROUP_SECTORS.isdisjoint(event.target.sector)
    if not _kills(trigger_verb) and (POLICE_SECTOR in event.source.sector or not armed_target):
        return event
    return coded_as(event, assault)


def _kills(verb: Token) -> bool:
    """"stormed a Taliban hideout, killing five militants", "stormed a hotel where militants
    were holding hostages": the raid's own clause kills or frees hostages."""
    return any(t.lemma_.lower() in ARMED_RAID_LEMMAS for t in verb.subtree)
