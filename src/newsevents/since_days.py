"""Acts told as going on since a named day: "hundreds of rockets fired since Saturday", "had
blocked the route since Nov. 17", "has flown in supplies since the Feb. 6 quake" lasted from
that day to the story's. "Since May" or "since 1994" names no day and tells only when a state
began ("closed since 1994"), so it dates nothing; nor does a "since" on a noun ("the first
attack on the port since Saturday"), which tells when something last happened."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.dates import resolve_date
from newsevents.day_words import day_words
from newsevents.records import EventDate

# Words that may stand between "since" and the day: "since the Feb. 6 quake".
SKIPPED_WORDS = day_words("since_skipped")


def since_verb(entity: Span) -> Token | None:
    """The verb a "since <day>" phrase hangs on ("fired ... since Saturday": fired), or None
    when the date follows no "since" or the phrase hangs on a noun."""
    start = entity.start - 1
    while start >= max(entity.start - 3, 0) and entity.doc[start].lower_ in SKIPPED_WORDS:
        start -= 1
    since = entity.doc[start] if start >= 0 else None
    if since is None or since.lower_ != "since" or since.dep_ != "prep":
        return None
    return since.head if since.head.pos_ in ("VERB", "AUX") else None


def since_day(entity: Span, pub: date) -> EventDate | None:
    """The days from a "since <day>" phrase to the publication day, or None when the phrase
    names no day before the story's."""
    when = resolve_date(entity.text, pub)
    if when is None or when.precision != "day" or when.start is None or when.start >= pub:
        return None
    return EventDate(when.start, pub, "range", when.text)
