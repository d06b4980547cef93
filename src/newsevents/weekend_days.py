""""A Chinese coast guard ship fired a water cannon at a Philippine boat at the weekend ...
Video showed the jet of water slamming into the vessel on Saturday morning": an act dated "at
the weekend" happened on the one day of that weekend the story names on a verb that tells a
thing already told again ("the vessel", "The incident took place"), when it names only one;
a story naming both days leaves the weekend, and a statement's day ("said on Sunday") counts
for nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.records import Event, EventDate
from newsevents.retold import refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import dated_word

WEEKEND_WORD = "weekend"
DAY_PRECISION = "day"
TOLD_DEPS = {"nsubj", "nsubjpass", "dobj"}
OCCURRED = "occurred"  # a weekend planned or called off keeps its two days


def narrow_weekends(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """Weekend-dated acts take the one weekend day the story names (module doc)."""
    weekend = [e for e in events if e.date.precision == "range" and e.date.text
               and WEEKEND_WORD in e.date.text.lower() and e.status == OCCURRED]
    if not weekend or pub is None:
        return events
    named = _named_days(doc, pub)
    narrowed = []
    for event in events:
        if event in weekend:
            inside = {d for d in named if event.date.start <= d <= event.date.end}
            if len(inside) == 1:
                day = inside.pop()
                event = replace(event, date=EventDate(day, day, DAY_PRECISION, event.date.text))
        narrowed.append(event)
    return narrowed


def _named_days(doc: Doc, pub: date) -> set[date]:
    """The days the story's date phrases name, read in the past, on verbs that tell a thing
    already told again ("The incident took place on Saturday", "slamming into the vessel on
    Saturday morning"), not on a statement ("the State Department said on Sunday")."""
    days = set()
    for sent in sentences(doc):
        for expression in date_expressions(sent):
            if not _tells_a_thing_again(dated_word(expression.root)):
                continue
            resolved = resolve_date(expression.text, pub)
            if resolved is not None and resolved.precision == DAY_PRECISION:
                days.add(resolved.start)
    return days


def _tells_a_thing_again(verb: Token) -> bool:
    """A subject, an object or a preposition's object of the verb that refers back."""
    words = [c for c in verb.children if c.dep_ in TOLD_DEPS]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    return any(refers_back(word) for word in words)
