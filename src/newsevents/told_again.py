"""An act told again, with its day, by a noun that names it: "Libya's government has asked
Turkey for military support ... The request, made in a letter ... on Thursday, follows an
accord"; "after Kurdish rebels ambushed an army patrol ... The ambush, which the General Staff
blamed on the PKK, took place last Thursday". A definite noun subject that names no party, whose
event type (its row in the lexicon's nouns) is that of an undated act told in the sentence or
two before, and whose own clause or verb gives a day, dates that act. The noun ties the two
tellings; the day of a mere later sentence does not (docs/accuracy.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.lexicon import Lexicon
from newsevents.records import Event, EventDate
from newsevents.retold import refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import dated_word
from newsevents.status import ONSET_VERBS

# How many sentences before the noun the act it names may be told.
TOLD_REACH = 2
# Precisions of the noun's date that date the act: a day or a range of days.
DAY_PRECISIONS = {"day", "range"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def date_acts_told_again(events: list[Event], doc: Doc, pub: date | None,
                         lexicon: Lexicon) -> list[Event]:
    """Undated acts take the day of the dated noun that tells them again (module doc)."""
    if pub is None or all(e.date.is_stated for e in events):
        return events
    dated = list(events)
    for index, sent in enumerate(sentences(doc)):
        if index == 0:
            continue
        for event_type, when in _dated_namings(sent, pub, lexicon):
            told = [position for position, e in enumerate(dated)
                    if index - TOLD_REACH <= e.evidence.sentence_index < index
                    and e.event_type == event_type and e.status == "occurred"]
            if told and not dated[told[-1]].date.is_stated:
                dated[told[-1]] = replace(dated[told[-1]], date=when)
    return dated


def _dated_namings(sent: Span, pub: date, lexicon: Lexicon) -> list[tuple[str, EventDate]]:
    """(event type, day) for each definite event noun subject of the sentence with a day."""
    found = []
    for noun in sent:
        if noun.dep_ not in SUBJECT_DEPS or not refers_back(noun):
            continue
        rule = lexicon.noun_rule(noun)
        when = _own_day(noun, sent, pub) if rule is not None else None
        if when is not None:
            found.append((rule.coding.plover, when))
    return found


def _own_day(noun: Token, sent: Span, pub: date) -> EventDate | None:
    """The day said in the noun's own clause ("The request, made ... on Thursday") or on the
    verb it is the subject of ("The ambush ... took place last Thursday"); not the day an act
    that went on began."""
    for expression in date_expressions(sent):
        word = dated_word(expression.root)
        if word != noun.head and (word == noun or word not in noun.subtree):
            continue
        if word.lemma_.lower() in ONSET_VERBS:
            return None  # "the protests began on Wednesday": the day they started, not theirs
        resolved = resolve_date(expression.text, pub)
        if resolved is not None and resolved.precision in DAY_PRECISIONS:
            return resolved
    return None
