"""The people or things an act was done to, told again in the next sentence in the passive with
a day: "Tbilisi freed four Russian officers ... The officers were handed over to the OSCE on
Monday"; "Italy has handed three patrol boats to Libya ... The vessels were delivered in Tripoli
on Thursday". The main verb of the sentence (or what its speaker said) is a passive whose
subject refers back ("the vessels", "the three") and whose own phrase gives the day; the last
undated material act of the sentence just before was done that day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.records import Event, EventDate
from newsevents.retold import MATERIAL_QUADS, refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import dated_word

PASSIVE_TAG = "VBN"
DAY_PRECISION = "day"


def date_by_passive_retelling(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """Undated material acts take the day of the next sentence's passive retelling."""
    if pub is None or all(e.date.is_stated for e in events):
        return events
    told = sentences(doc)
    dated = list(events)
    for index in sorted({e.evidence.sentence_index for e in events if not e.date.is_stated}):
        if index + 1 >= len(told):
            continue
        acts = [position for position, e in enumerate(dated)
                if e.evidence.sentence_index == index and not e.date.is_stated
                and e.status == "occurred" and e.quad_class in MATERIAL_QUADS]
        when = _passive_day(told[index + 1], pub) if acts else None
        if when is not None:
            dated[acts[-1]] = replace(dated[acts[-1]], date=when)
    return dated


def _passive_day(sent: Span, pub: date) -> EventDate | None:
    """The day on the sentence's main passive verb with a subject that refers back."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")]
    for verb in verbs:
        if verb.tag_ != PASSIVE_TAG or not any(
                c.dep_ == "nsubjpass" and _told_before(c) for c in verb.children):
            continue
        for expression in date_expressions(sent):
            if dated_word(expression.root) != verb:
                continue
            resolved = resolve_date(expression.text, pub)
            if resolved is not None and resolved.precision == DAY_PRECISION:
                return resolved
    return None


def _told_before(subject: Token) -> bool:
    """"the vessels", "the officers", "the three"."""
    if subject.pos_ == "NUM":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return refers_back(subject)
