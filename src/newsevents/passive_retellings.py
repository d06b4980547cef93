"""The people or things an act was done to, told again in the next sentence in the passive with
a day: "Tbilisi freed four Russian officers ... The officers were handed over to the OSCE on
Monday"; "Italy has handed three patrol boats to Libya ... The vessels were delivered in Tripoli
on Thursday". The main verb of the sentence (or what its speaker said) is a passive whose
subject refers back ("the vessels", "the three") and whose own phrase gives the day; the last
undated material act of the sentence just before was done that day. The passive must tell them
handed over or the act made (data/lexicon/retelling_verbs.tsv) with no agent of its own, or be
an act of the same CAMEO code: "The shipment was criticised by Israeli officials", "The suspects
were charged by a court" are later acts, not the day of the first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import Lexicon
from newsevents.records import Event, EventDate
from newsevents.retold import MATERIAL_QUADS, refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import (
    ONE_DAY,
    retelling_verbs,
    retells_as,
    stated_days,
    verb_coding,
)

PASSIVE_TAG = "VBN"
# Passives that tell what an act was done to handed over, or the act made.
HANDOVER_VERBS = retelling_verbs("handing", "making")


def date_by_passive_retelling(events: list[Event], doc: Doc, pub: date | None,
                              lexicon: Lexicon) -> list[Event]:
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
        when = _passive_day(told[index + 1], pub, lexicon, dated[acts[-1]]) if acts else None
        if when is not None:
            dated[acts[-1]] = replace(dated[acts[-1]], date=when)
    return dated


def _passive_day(sent: Span, pub: date, lexicon: Lexicon, act: Event) -> EventDate | None:
    """The day on the sentence's main passive verb, of handing over or of the act's own kind
    ("The farmers were taken into custody on Saturday"), with a subject that refers back."""
    for verb in retelling_passives(sent, _told_before):
        coding = verb_coding(verb, lexicon)
        if not (retells_as(verb, HANDOVER_VERBS)
                or (coding is not None and coding.plover == act.event_type)):
            continue
        for _word, day in stated_days(sent, pub, lambda word, verb=verb: word == verb,
                                      ONE_DAY):
            return day
    return None


def retelling_passives(sent: Span, refers: Callable[[Token], bool] = refers_back
                       ) -> list[Token]:
    """The sentence's main passive verbs, its root or what its speaker said, whose subject
    refers back: "The officers were handed over", "the vessels were delivered"."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")]
    return [verb for verb in verbs if verb.tag_ == PASSIVE_TAG and any(
        c.dep_ == "nsubjpass" and refers(c) for c in verb.children)]


def _told_before(subject: Token) -> bool:
    """"the vessels", "the officers", "the three"."""
    if subject.pos_ == "NUM":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return refers_back(subject)
