"""Acts done "on the eve of" a dated occasion: the day before the occasion's ("met in Delhi on
the eve of the summit, which opened on Wednesday": Tuesday; "arrived on the eve of Sunday's
vote": Saturday)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.records import EventDate
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

# The noun that puts an act a day before the occasion it names.
EVE_NOUN = "eve"
EVE_PREPS = {"on"}


def date_on_the_eve(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                    pub: date, future: dict[int, bool]) -> None:
    """Move a day back each act dated by a day named inside its own "on the eve of ..."
    phrase, and date an undated one the day before the day its eve phrase names ("met on the
    eve of Sunday's vote": Saturday)."""
    eves = [t for t in sent if t.lower_ == EVE_NOUN and t.dep_ == "pobj"
            and t.head.lower_ in EVE_PREPS and t.text.islower()  # not "on New Year's Eve"
            and prep_objects(t, {"of"})]
    if not eves:
        return
    expressions = date_expressions(sent)
    for trigger in triggers:
        eve = next((e for e in eves if e.head.head == trigger.verb), None)
        if eve is None:
            continue
        when = dates.get(trigger.head.i) or _day_inside(eve, expressions, pub,
                                                       future.get(trigger.head.i, False))
        if (when is None or when.precision != "day"
                or EVE_NOUN in (when.text or "").lower().split()):
            continue  # "the eve of Sunday" read whole is a day back already (dates.py)
        if _dated_inside(eve, expressions, when.text):
            day = when.start - timedelta(days=1)
            dates[trigger.head.i] = replace(when, start=day, end=day)


def _day_inside(eve: Token, expressions: list[Span], pub: date, ahead: bool
                ) -> EventDate | None:
    """The day told inside an eve phrase: Sunday in "the eve of Sunday's vote"."""
    for expression in expressions:
        if eve.left_edge.i <= expression.start and expression.end - 1 <= eve.right_edge.i:
            when = resolve_date(expression.text, pub, future=ahead)
            if when is not None and when.precision == "day":
                return when
    return None


def _dated_inside(eve: Token, expressions: list[Span], phrase: str | None) -> bool:
    """The act's date is the one told in the phrase the eve is of: "the eve of Sunday's
    vote" (not "met on Tuesday, on the eve of the vote on Wednesday")."""
    return phrase is not None and any(
        eve.left_edge.i <= e.start and e.end - 1 <= eve.right_edge.i
        and " ".join(e.text.split()) == phrase for e in expressions)
