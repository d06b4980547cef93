"""Places a story's later sentences inherit: the police's answer to a protest told in the next
sentence happened where the protest was ("Thousands marched through Tbilisi on Sunday. Police
later used water cannon to disperse the crowd."). Measured on the dev set: a blanket
inheritance of the last place named is wrong far more often than right (statements, phone
calls and plans told later have no place in the gold), so only this pairing is kept."""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import Event

# Acts of force that answer a protest: tear gas, arrests, shootings at the crowd.
POLICING_TYPES = {"COERCE", "ASSAULT"}
# The protest the force answers: told in the same or one of the two sentences before.
MAX_SENTENCES_AFTER = 2
# Words that spread the act beyond the protest's town: "detained activists across the
# country", "a nationwide curfew", "in other cities".
WIDER_WORDS = ("nationwide", "across the country", "other cities", "other towns",
               "elsewhere", "country-wide", "countrywide", "throughout the country")
# Words naming the force or the crowd, which tie an act told two sentences later to the
# protest: "Police responded with water cannon", "troops charged the marchers".
CROWD_CONTROL_WORDS = ("police", "riot", "troops", "soldiers", "security forces", "officers",
                       "gendarmes", "crowd", "protester", "demonstrator", "marcher")


def place_policed_crowds(events: list[Event]) -> list[Event]:
    """Acts of force with no place, told just after a placed protest of the same country on
    the same day, happened at the protest: "Protesters filled the streets of Dhaka on
    Tuesday. Riot police fired rubber bullets at them" is in Dhaka."""
    protests = [e for e in events if e.event_type == "PROTEST" and e.location is not None
                and e.status == "occurred"]
    if not protests:
        return events
    return [_at_protest(e, protests) for e in events]


def _at_protest(event: Event, protests: list[Event]) -> Event:
    """The event placed at the protest it answers, or unchanged."""
    if event.location is not None:
        return event
    protest = answered_protest(event, protests)
    return event if protest is None else replace(event, location=protest.location)


def answered_protest(event: Event, protests: list[Event]) -> Event | None:
    """The latest protest an act of force that occurred answers: one of the country the act is
    aimed at, told just before it (`_follows`); none for an act spread beyond it (WIDER_WORDS).
    Shared by the places here and the days of `policed_days.py`."""
    if (event.event_type not in POLICING_TYPES or event.status != "occurred"
            or event.target is None
            or any(w in event.evidence.sentence.lower() for w in WIDER_WORDS)):
        return None
    answered = [p for p in protests
                if _follows(event, p) and event.target.country in {a.country for a in p.parties}]
    return max(answered, key=lambda p: p.evidence.sentence_index) if answered else None


def _follows(event: Event, protest: Event) -> bool:
    """The act is told in the protest's sentence or the next one; or, on a day within the
    protest's, two sentences on, naming the force or the crowd ("Police responded with water
    cannon on Tuesday night"). An act with no day of its own told further on is often a tally
    of many towns ("Police have arrested more than 600 people")."""
    distance = event.evidence.sentence_index - protest.evidence.sentence_index
    if not event.date.is_stated:
        return distance in (0, 1)
    if not (protest.date.is_stated
            and protest.date.start <= event.date.start <= protest.date.end):
        return False
    sentence = event.evidence.sentence.lower()
    return distance in (0, 1) or (0 <= distance <= MAX_SENTENCES_AFTER
                                  and any(w in sentence for w in CROWD_CONTROL_WORDS))
