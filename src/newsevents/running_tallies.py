"""Force told as a running tally, not as an act of the story: "Islamist insurgents have killed
more than 2,800 people since 2017", "the junta has detained thousands since the coup", "the
group has carried out dozens of attacks over the past decade". The present perfect with a span
reaching back from now sums many acts (ACLED-style background); the story's own attack is told
with its day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import FORCE_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsevents.records import Event
    from newsevents.triggers import Trigger

PERFECT_AUX = {"have", "has"}
# "since 2017", "since the coup", "since the war began".
SINCE_PREP = "since"
# "over the past decade", "in the last five years", "during the past two months".
SPAN_PREPS = {"over", "in", "during", "throughout"}
SPAN_ADJECTIVES = {"past", "last", "previous"}
SPAN_NOUNS = {"year", "decade", "month", "week"}
# Spans of the story's own days: "have killed 12 Palestinians since Monday" is this week's raid.
RECENT_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "dawn", "morning", "afternoon", "evening", "midnight", "yesterday", "weekend",
                "overnight", "night", "today", "week"}


def running_tally(trigger: Trigger) -> bool:
    """An act of force in the present perfect over a span reaching back from now: "have killed
    more than 2,800 people since 2017", "has abducted hundreds over the past decade"."""
    verb = trigger.verb
    if (trigger.coding.plover not in FORCE_TYPES or trigger.nominal or verb is None
            or not _present_perfect(verb)):
        return False
    return any(c.dep_ == "prep" and _span_back(c) for c in verb.children)


def told_over_days(verb: Token) -> bool:
    """A verb in the present perfect over any span reaching back, recent days included: "have
    arrested more than 200 people since the unrest began last week", "have detained 300
    protesters since Saturday" sum acts of several days (and places)."""
    if not _present_perfect(verb):
        return False
    return any((c.dep_ == "prep" and (c.lower_ == SINCE_PREP or _span_back(c)))
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == SINCE_PREP
                                             for m in c.children))
               for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    """"have killed", "has abducted": a past participle with "have" or "has"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX
                                      for c in verb.children)


def _span_back(prep: Token) -> bool:
    """"since 2017", "since the coup"; "over the past decade", "in the last five years"."""
    if prep.lower_ == SINCE_PREP:
        return not any(t.lower_ in RECENT_WORDS for t in prep.subtree)
    if prep.lower_ not in SPAN_PREPS:
        return False
    return any(o.lemma_.lower() in SPAN_NOUNS
               and any(a.lower_ in SPAN_ADJECTIVES for a in o.children)
               for o in prep.children if o.dep_ == "pobj")


def event_told_over_days(event: Event, sent: Span) -> bool:
    """The event's trigger verb in its sentence ``sent`` is told over days (``told_over_days``),
    found by its text."""
    return any(told_over_days(t) for t in sent if t.text == event.evidence.trigger)
