"""Days a story's later sentences inherit: the police's answer to a protest, told in the
protest's sentence or the next with no day of its own, happened on the protest's day
("Thousands marched on parliament on Tuesday. Riot police fired tear gas to stop them.").
Like `policed_crowds.py` for places, only this pairing is kept: carrying the last day told to
every undated act was measured and rejected (statements and plans told later are undated in
the gold)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.policed_crowds import POLICING_TYPES, WIDER_WORDS
from newsevents.records import Event

# Precisions of a protest's date that an answer told with no day of its own shares.
SHARED_PRECISIONS = {"day", "range"}
# How many sentences after the protest its answer may be told with no day of its own.
MAX_SENTENCES_AFTER = 1


def date_policed_crowds(events: list[Event]) -> list[Event]:
    """Acts of force with no day, told just after a dated protest of the country they are
    aimed at, take the protest's day."""
    protests = [e for e in events if e.event_type == "PROTEST" and e.status == "occurred"
                and e.date.precision in SHARED_PRECISIONS]
    if not protests:
        return events
    return [_on_protest_day(e, protests) for e in events]


def _on_protest_day(event: Event, protests: list[Event]) -> Event:
    """The event dated to the protest it answers, or unchanged."""
    if (event.event_type not in POLICING_TYPES or event.date.is_stated
            or event.status != "occurred" or event.target is None
            or any(w in event.evidence.sentence.lower() for w in WIDER_WORDS)):
        return event
    answered = [p for p in protests
                if 0 <= event.evidence.sentence_index - p.evidence.sentence_index
                <= MAX_SENTENCES_AFTER
                and event.target.country in {a.country for a in p.parties}]
    if not answered:
        return event
    latest = max(answered, key=lambda p: p.evidence.sentence_index)
    return replace(event, date=latest.date)
