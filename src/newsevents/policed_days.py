"""Days a story's later sentences inherit: the police's answer to a protest, told in the
protest's sentence or the next with no day of its own, happened on the protest's day
("Thousands marched on parliament on Tuesday. Riot police fired tear gas to stop them."), and
the other way round within a sentence: a crowd's protest told only through the dated force used
against it was on that day ("Riot police fired rubber bullets at protesters on Tuesday").
Like `policed_crowds.py` for places, only this pairing is kept: carrying the last day told to
every undated act was measured and rejected (statements and plans told later are undated in
the gold)."""

from __future__ import annotations

import re
from dataclasses import replace

from newsevents.policed_crowds import POLICING_TYPES, answered_protest
from newsevents.records import Event

# Precisions of a protest's date that an answer told with no day of its own shares.
SHARED_PRECISIONS = {"day", "range"}
# Words that tell an act at another time than the protest's: "Days later, police arrested",
# "on the eve of the march", "ahead of the rally", "Since then, police have detained". A bare
# "later" or "earlier" is often the same day ("Police later used water cannon"): only a count
# of days or more before it counts ("a week later", "months earlier"). "Before" is left out:
# "fired tear gas before the crowd dispersed" is the same day (it cost a held dev date), and an
# arrest "before the march" is mostly told in the past perfect, caught below.
OTHER_TIME_WORDS = ("since", "eve", "ahead of", "previously", "next day",
                    "following day", r"(?:days?|weeks?|months?|years?) (?:later|earlier)")
OTHER_TIME_PATTERN = re.compile(r"\b(?:" + "|".join(OTHER_TIME_WORDS) + r")\b")


def date_policed_crowds(events: list[Event]) -> list[Event]:
    """Acts of force with no day, told in a dated protest's sentence or the next and aimed at
    its country (`policed_crowds.answered_protest`), take the protest's day; and a protest
    with no day told in the sentence of a dated act of force against it takes that act's day
    (`_on_policing_day`)."""
    events = _date_protests_by_policing(events)
    protests = [e for e in events if e.event_type == "PROTEST" and e.status == "occurred"
                and e.date.precision in SHARED_PRECISIONS]
    if not protests:
        return events
    return [_on_protest_day(e, protests) for e in events]


def _date_protests_by_policing(events: list[Event]) -> list[Event]:
    """"Riot police fired rubber bullets at protesters in Minsk on Tuesday", "Police used water
    cannon on Wednesday to disperse thousands of students marching on the finance ministry":
    the undated protest of the crowd the force was used against was on the force's day."""
    policing = [e for e in events if e.event_type in POLICING_TYPES and e.status == "occurred"
                and e.date.precision == "day" and e.target is not None]
    if not policing:
        return events
    return [_on_policing_day(e, policing) for e in events]


def _on_policing_day(event: Event, policing: list[Event]) -> Event:
    """The protest dated to the act of force told against it in its sentence, or unchanged."""
    if (event.event_type != "PROTEST" or event.status != "occurred" or event.date.is_stated
            or _told_at_other_time(event)):
        return event
    countries = {a.country for a in event.parties}
    against = [e for e in policing if e.evidence.sentence_index == event.evidence.sentence_index
               and e.target.country in countries]
    if len({(e.date.start, e.date.end) for e in against}) != 1:
        return event  # none, or acts of force on several days
    return replace(event, date=against[0].date)


def _on_protest_day(event: Event, protests: list[Event]) -> Event:
    """The event dated to the protest it answers, or unchanged."""
    if event.date.is_stated or _told_at_other_time(event):
        return event
    protest = answered_protest(event, protests)
    return event if protest is None else replace(event, date=protest.date)


def _told_at_other_time(event: Event) -> bool:
    """"Days later, police arrested", "Police had arrested the leader before the march": an act
    its sentence puts at another time than the protest's, or tells in the past perfect."""
    sentence = event.evidence.sentence.lower()
    if OTHER_TIME_PATTERN.search(sentence):
        return True
    trigger = (event.evidence.trigger or "").lower().split()
    return bool(trigger) and re.search(
        rf"\bhad\s+(?:\w+\s+){{0,2}}{re.escape(trigger[0])}\b", sentence) is not None
