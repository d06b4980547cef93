"""An act told again, with its day, by a noun that names it: "Libya's government has asked
Turkey for military support ... The request, made in a letter ... on Thursday, follows an
accord"; "after Kurdish rebels ambushed an army patrol ... The ambush, which the General Staff
blamed on the PKK, took place last Thursday". A definite noun subject that names no party, whose
event type (its row in the lexicon's nouns) is that of an undated act told in the sentence or
two before, and whose own clause or verb gives a day, dates that act. The noun ties the two
tellings; the day of a mere later sentence does not (docs/accuracy.md), nor the day of a
reaction to it ("The request was discussed by the cabinet on Monday"): the verb must tell the act
happening or being made (data/lexicon/retelling_verbs.tsv)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import Lexicon
from newsevents.records import Event, EventDate
from newsevents.retold import refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import TOLD_REACH, retelling_verbs, retells_as, stated_days
from newsevents.status import ONSET_VERBS
from newsevents.syntax import SUBJECT_DEPS

# Verbs that tell the act named by their subject happening or being made.
ACT_VERBS = retelling_verbs("happening", "making")
OWN_CLAUSE_DEPS = {"acl", "relcl"}  # "The request, made in a letter ...", "which took place"


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
    """The day said in the noun's own clause ("The request, made ... on Thursday") or on a
    verb of happening or making it is the subject of ("The ambush ... took place last
    Thursday"); not the day an act that went on began, nor a reaction's day."""
    for word, day in stated_days(sent, pub, lambda word: _tells_the_act(word, noun)):
        if word.lemma_.lower() in ONSET_VERBS:
            return None  # "the protests began on Wednesday": the day they started, not theirs
        return day
    return None


def _tells_the_act(word: Token, noun: Token) -> bool:
    """The noun's own participle or clause, or the verb it is subject of, telling the act."""
    if word == noun.head:
        return word.lemma_.lower() in ONSET_VERBS or retells_as(word, ACT_VERBS)
    clause = next((c for c in noun.children if c.dep_ in OWN_CLAUSE_DEPS
                   and (word == c or word in c.subtree)), None)
    return clause is not None and retells_as(clause, ACT_VERBS)
