"""Events told as coming a set time after or before the story's news: "The release came a day
after the government signed a ceasefire", "The announcement came two days after police used
water cannon", "The exchange follows by a day the heaviest missile barrage of the war". The
subject noun refers back to the news the story told before with its day (the last day the
earlier sentences name, not after publication); the noun's own act took that day, and the act
in the "after" or "before" part the day the offset counts from it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.offsets import DIRECTIONS, offset_days
from newsevents.records import Event, EventDate
from newsevents.sentences import sentences

# Verbs that place a retold event in time against another: "The release came a day after".
PLACING_VERBS = {"come", "follow"}
# Determiners of a subject that refers back to the story's news ("the release", "this move").
BACK_REFERENCE_DETS = {"the", "this", "that", "its", "their"}
# How many days before publication the news a subject refers back to may be.
NEWS_AGE_DAYS = 7
# Units whose count must be told: "came days after" names no day.
COUNTED_UNITS = {"day", "days", "week", "weeks"}


def date_came_after(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """Undated events of a "The NOUN came N days after ..." sentence take their days (module
    doc); the other events keep theirs."""
    if pub is None or not events:
        return events
    dated = list(events)
    for index, sent in enumerate(sentences(doc)):
        found = _placing(sent)
        if found is None:
            continue
        noun, days, told_part = found
        news_day = last_named_day(doc, index, pub)
        if news_day is None:
            continue
        other_day = news_day + timedelta(days=days)
        for position, event in enumerate(dated):
            if event.evidence.sentence_index != index or event.date.is_stated:
                continue
            token = _trigger_head(event, sent)
            if token is None:
                continue
            if token.i == noun.i:
                dated[position] = replace(event, date=EventDate(news_day, news_day, "day", None))
            elif told_part.start <= token.i < told_part.end:
                dated[position] = replace(event, date=EventDate(other_day, other_day, "day",
                                                                None))
    return dated


def _placing(sent: Span) -> tuple[Token, int, Span] | None:
    """(subject noun, days from its day, the part told after or before) for "The release came
    a day after the government signed a ceasefire": (release, -1, "the government ...")."""
    for verb in (t for t in sent if t.lemma_.lower() in PLACING_VERBS and t.pos_ == "VERB"):
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and any(d.dep_ in ("det", "poss") and d.lower_ in BACK_REFERENCE_DETS
                             for d in c.children)), None)
        if noun is None:
            continue
        for part, direction in _time_parts(verb):
            days = _told_offset(verb, part, direction)
            if days is not None:
                return noun, days * DIRECTIONS[direction.lower_], part
    return None


def _time_parts(verb: Token) -> list[tuple[Span, Token]]:
    """The "after" or "before" parts of a verb, with their direction word: a phrase ("after one
    of the heaviest barrages") or a clause ("after police used water cannon")."""
    parts = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in DIRECTIONS:
            parts.append((verb.doc[child.i: child.right_edge.i + 1], child))
        elif child.dep_ == "advcl":
            mark = next((m for m in child.children
                         if m.dep_ == "mark" and m.lower_ in DIRECTIONS), None)
            if mark is not None:
                parts.append((verb.doc[child.left_edge.i: child.right_edge.i + 1], mark))
    return parts


def _told_offset(verb: Token, part: Span, direction: Token) -> int | None:
    """The days of "a day", "two days", "hours" hung on the verb, the direction word or the
    clause; None when no unit is told or its count is not ("days after")."""
    holders = [verb, direction, part.root]
    for unit in (c for holder in holders for c in holder.children if c.dep_ == "npadvmod"):
        if unit.lower_ in COUNTED_UNITS and not any(
                c.dep_ in ("nummod", "det", "amod") for c in unit.children):
            continue
        days = offset_days(unit)
        if days is not None:
            return days
    return None


def last_named_day(doc: Doc, index: int, pub: date) -> date | None:
    """The last day, in the week up to publication, that the sentences before ``index`` name
    ("said on Thursday it would strike on March 27": Thursday)."""
    for sent in reversed(sentences(doc)[:index]):
        days = [when.start for entity in date_expressions(sent)
                if (when := resolve_date(entity.text, pub)) is not None
                and when.precision == "day"
                and pub - timedelta(days=NEWS_AGE_DAYS) <= when.start <= pub]
        if days:
            return days[-1]
    return None


def _trigger_head(event: Event, sent: Span) -> Token | None:
    """The token of the event's first trigger word within its sentence."""
    if not event.evidence.trigger:
        return None
    first = event.evidence.trigger.split()[0]
    return next((token for token in sent if token.text == first), None)
