""""A Chinese coast guard ship fired a water cannon at a Philippine boat at the weekend ...
Video showed the jet of water slamming into the vessel on Saturday morning": an act dated "at
the weekend" happened on the one day of that weekend the story names on a verb that tells a
thing already told again ("the vessel", "The incident took place"), when it names only one;
a story naming both days leaves the weekend. Only a verb that tells the act happening, made or
done again counts (data/lexicon/retelling_verbs.tsv), or a verb of the act's own type:
a statement's day ("said on Sunday") or a reaction's ("Abbas condemned the raid on Sunday",
"The president visited the area on Saturday") counts for nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from newsevents.lexicon import Lexicon
from newsevents.records import Event, EventDate
from newsevents.retold import REFERRING_DEPS, refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import (
    ONE_DAY,
    retelling_verbs,
    retells_as,
    stated_days,
    verb_coding,
)

WEEKEND_WORD = "weekend"
RETELLING_VERBS = retelling_verbs("happening", "making", "handing")
REACTION = "reaction"  # a verb of no act nor retelling: its day names no act's day
OCCURRED = "occurred"  # a weekend planned or called off keeps its two days


def narrow_weekends(events: list[Event], doc: Doc, pub: date | None,
                    lexicon: Lexicon) -> list[Event]:
    """Weekend-dated acts take the one weekend day the story names (module doc)."""
    weekend = [e for e in events if e.date.precision == "range" and e.date.text
               and WEEKEND_WORD in e.date.text.lower() and e.status == OCCURRED]
    if not weekend or pub is None:
        return events
    named = _named_days(doc, pub, lexicon)
    narrowed = []
    for event in events:
        if event in weekend:
            inside = {d for d, kind in named if event.date.start <= d <= event.date.end
                      and kind in (None, event.event_type)}
            if len(inside) == 1:
                day = inside.pop()
                event = replace(event, date=EventDate(day, day, "day", event.date.text))
        narrowed.append(event)
    return narrowed


def _named_days(doc: Doc, pub: date, lexicon: Lexicon) -> set[tuple[date, str | None]]:
    """(day, event type or None) for the story's date phrases, read in the past, on verbs that
    tell a thing already told again: happening ("The incident took place on Saturday", None)
    or an act of a type ("slamming into the vessel on Saturday", its type); not a statement
    ("the State Department said on Sunday") or a reaction to it."""
    return {(day.start, _kind_of_retelling(word, lexicon)) for sent in sentences(doc)
            for word, day in stated_days(sent, pub, _tells_a_thing_again, ONE_DAY)}


def _kind_of_retelling(verb: Token, lexicon: Lexicon) -> str | None:
    """None for a verb of happening, making or handing over, else the act's event type."""
    if retells_as(verb, RETELLING_VERBS):
        return None
    coding = verb_coding(verb, lexicon)
    return coding.plover if coding is not None else REACTION


def _tells_a_thing_again(verb: Token) -> bool:
    """A verb whose subject, object or preposition's object refers back."""
    words = [c for c in verb.children if c.dep_ in REFERRING_DEPS]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    return any(refers_back(word) for word in words)
