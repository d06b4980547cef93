"""The day of a threat or a refusal told with the day on the act it threatens or refuses:
"Mali's junta threatened to expel the French ambassador on Wednesday", "Sudan refused to
attend a session of talks on Monday". The parser hangs the day on the infinitive; read as a
past day (on or before publication), it is the day the threat or refusal was made: an act
still to come would take the coming weekday ("threatened to expel him next Wednesday")."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from newsevents.records import EventDate
from newsevents.speech_dates import stated_days
from newsevents.triggers import Trigger

# Types told by a verb whose infinitive carries the act threatened or refused.
THREAT_AND_REFUSAL_TYPES = frozenset({"THREATEN", "REJECT"})
# Precisions of the infinitive's date that name the day the threat was made.
ONE_DAY = frozenset({"day"})


def date_threats_by_their_acts(sent: Span, triggers: list[Trigger],
                               dates: dict[int, EventDate], pub: date | None) -> None:
    """Give an undated threat or refusal the past day a date phrase on its infinitive (or on
    the infinitive's object, where the parser may hang it) names, read as past, since the act
    was only threatened (the rules read it as still to come)."""
    if pub is None:
        return
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.head.i in dates or verb is None or trigger.nominal
                or trigger.coding.plover not in THREAT_AND_REFUSAL_TYPES):
            continue
        acts = {c for c in verb.children if c.dep_ == "xcomp"}
        acts |= {o for a in acts for o in a.children if o.dep_ == "dobj"}  # "the ambassador on"
        day = next((when for _, when in stated_days(sent, pub, acts.__contains__, ONE_DAY)
                    if when.start <= pub), None)
        if day is not None:
            dates[trigger.head.i] = day
