"""The day an occasion was called is not the occasion's day. "Odinga on Wednesday called for
nationwide demonstrations on July 7": the demonstrations are on July 7, Wednesday is when
they were called; "called on Thursday for three days of protests on July 19-21" dates the
protests July 19-21; "truckers on Monday called a national strike for Wednesday" dates the
strike Wednesday. A calling day with no day for the occasion ("on Wednesday called for a
march on the capital") leaves the occasion undated: it names no day of the march. Only verbs
that set up an occasion (call, schedule, convene ...: data/lexicon/day_words.tsv), told in
the past, with an occasion (a rally, a strike, protests) after them read so; a day after the
occasion ("called a strike for Monday", "have called a rally on Sunday") is the occasion's
own and stays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.perfect_days import ARRANGING_VERBS, OCCASION_OBJECTS
from newsevents.records import EventDate
from newsevents.speech_dates import dated_word
from newsevents.triggers import Trigger

# Tags of a verb told in the past: "called", "have called".
PAST_TAGS = {"VBD", "VBN"}
# A phrase behind this preposition names the occasion's day even before the occasion
# ("called for Wednesday a strike").
OCCASION_DAY_PREP = "for"
# Links from a calling verb down to the occasion it calls: "called [a rally]", "called for
# [three days of [protests]]".
CALLED_DEPS = {"dobj", "nsubjpass", "prep", "pobj"}


def date_called_occasions(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                          pub: date | None, future: dict[int, bool]) -> None:
    """Date a planned occasion by its own day, not the day it was called on (see the module
    docstring); undate it when the calling day is the only day it has."""
    if pub is None:
        return
    for trigger, verb, current in dated_coming_verbs(triggers, dates, future):
        if verb.tag_ not in PAST_TAGS or verb.lemma_.lower() not in ARRANGING_VERBS:
            continue
        occasion = _occasion_of(verb)
        if occasion is None:
            continue
        calling_days, occasion_days = _days_around(sent, verb, occasion)
        if " ".join((current.text or "").split()) not in calling_days:
            continue
        own = next((resolved for phrase in occasion_days
                    if (resolved := resolve_date(phrase.text, pub, future=True)) is not None),
                   None)
        if own is None:
            del dates[trigger.head.i]
        else:
            dates[trigger.head.i] = own


def dated_coming_verbs(triggers: list[Trigger], dates: dict[int, EventDate],
                       future: dict[int, bool]) -> Iterator[tuple[Trigger, Token, EventDate]]:
    """The triggers told by a verb, dated and read as still to come, each with its verb and
    its date (read when reached: a date changed for one trigger is seen by the next)."""
    for trigger in triggers:
        current = dates.get(trigger.head.i)
        if current is not None and future.get(trigger.head.i) and trigger.verb is not None:
            yield trigger, trigger.verb, current


def calls_an_occasion(verb: Token) -> bool:
    """The verb sets up an occasion it names after it: "called a strike", "convened talks"."""
    return verb.lemma_.lower() in ARRANGING_VERBS and _occasion_of(verb) is not None


def _occasion_of(verb: Token) -> Token | None:
    """The first occasion noun after the calling verb that the verb calls, through objects
    and prepositions only: "called a rally", "called for three days of protests" (not an
    occasion of another clause: "announced funding, and ... is to hand it over at a
    ceremony")."""
    return next((t for t in verb.subtree if t.i > verb.i and t.pos_ == "NOUN"
                 and t.lemma_.lower() in OCCASION_OBJECTS and _called_by(t, verb)), None)


def _called_by(noun: Token, verb: Token) -> bool:
    word = noun
    while word != verb:
        if word.dep_ not in CALLED_DEPS:
            return False
        word = word.head
    return True


def _days_around(sent: Span, verb: Token, occasion: Token) -> tuple[set[str], list[Span]]:
    """The texts of the date phrases of the verb's clause before the occasion (the calling
    day: "unions on Tuesday called", "called on Monday for"), and the date phrases after the
    occasion on the verb or on the words between the two (its own day)."""
    path = {verb.i, occasion.i}
    for word in occasion.ancestors:
        if word == verb:
            break
        path.add(word.i)
    calling: set[str] = set()
    own: list[Span] = []
    for phrase in date_expressions(sent):
        for_occasion = phrase.root.head.lower_ == OCCASION_DAY_PREP
        if phrase.end <= occasion.i and not for_occasion and phrase.root in verb.subtree:
            calling.add(" ".join(phrase.text.split()))
        elif (phrase.start > occasion.i or for_occasion) \
                and dated_word(phrase.root).i in path:
            own.append(phrase)
    return calling, own
