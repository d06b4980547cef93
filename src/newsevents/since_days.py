"""Acts told as going on since a named day: "hundreds of rockets fired since Saturday", "has
flown in supplies since the Feb. 6 quake" lasted from
that day to the story's. "Since May" or "since 1994" names no day and tells only when a state
began ("closed since 1994"), so it dates nothing; nor does a "since" on a noun ("the first
attack on the port since Saturday"), which tells when something last happened."""

from __future__ import annotations

from datetime import date
from importlib import resources

from spacy.tokens import Span, Token

from newsevents.dates import resolve_date
from newsevents.records import EventDate
from newsevents.tables import words_of_roles

# The words of the day rules (read here and by perfect_days.py).
DAY_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "day_words.tsv"

# Words that may stand between "since" and the day: "since the Feb. 6 quake".
SKIPPED_WORDS = words_of_roles(DAY_WORDS_FILE, "since_skipped")
# Verbs that tell an act stopped, not going on: "talks have been suspended since Monday".
HALTING_VERBS = words_of_roles(DAY_WORDS_FILE, "halting")


def since_verb(entity: Span) -> Token | None:
    """The verb a "since <day>" phrase hangs on ("fired ... since Saturday": fired), or None
    when the date follows no "since" or the phrase hangs on a noun."""
    start = entity.start - 1
    while start >= max(entity.start - 3, 0) and entity.doc[start].lower_ in SKIPPED_WORDS:
        start -= 1
    since = entity.doc[start] if start >= 0 else None
    if since is None or since.lower_ != "since" or since.dep_ != "prep":
        return None
    verb = since.head
    return verb if verb.pos_ in ("VERB", "AUX") and _lasting(verb) else None


def _lasting(verb: Token) -> bool:
    """Whether the verb tells an act going on to the story's day: not negated ("have not
    attacked El Fasher since Saturday"), not halted ("talks have been suspended since
    Monday") and not in the past perfect, which tells a span ended before the story ("who had
    blocked the highway since Nov. 17, lifted their blockade on Monday")."""
    if verb.lemma_.lower() in HALTING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD"
                   for c in verb.children)


def since_day(entity: Span, pub: date) -> EventDate | None:
    """The days from a "since <day>" phrase to the publication day, or None when the phrase
    names no day before the story's."""
    return until_publication(resolve_date(entity.text, pub), pub)


def until_publication(when: EventDate | None, pub: date) -> EventDate | None:
    """The range from a day before the story's to the publication day ("have shelled villages
    since Sunday", "killed since the protests began on April 6"), or None when ``when`` is no
    such day."""
    if when is None or when.precision != "day" or when.start is None or when.start >= pub:
        return None
    return EventDate(when.start, pub, "range", when.text)
