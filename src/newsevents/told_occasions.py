"""The occasion a dated act was done at, told in a later sentence that refers back to the act:
"Moldova asked the EU on Wednesday for emergency funding ... Its energy minister made the
request at a meeting in Brussels"; "India and Pakistan agreed on Monday to resume flights ...
The agreement was reached at a meeting in Islamabad". The meeting is undated in its own
sentence; it was held on the day of the act the definite noun ("the request", "the
agreement") names, the last of its event type told in the sentence or two before, when the
verb tells it made there ("made", "reached", "signed": data/lexicon/retelling_verbs.tsv), not
to come ("The request will be discussed at a meeting"); an act planned keeps its own time."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import Lexicon
from newsevents.occasions import OCCASION_NOUNS, OCCASION_PREPS
from newsevents.records import Event
from newsevents.retold import REFERRING_DEPS, refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import DAY_PRECISIONS, TOLD_REACH, retelling_verbs, retells_as

MAKING_VERBS = retelling_verbs("making", "happening")  # "The pledge came at a meeting"
MODAL_TAG = "MD"


def date_occasions_of_told_acts(events: list[Event], doc: Doc, lexicon: Lexicon) -> list[Event]:
    """Undated occasions take the day of the act told before that they were the setting of."""
    undated = {e.evidence.sentence_index for e in events if not e.date.is_stated}
    if not undated:
        return events
    told = sentences(doc)
    dated = list(events)
    for index in sorted(undated):
        for event_type, occasion in _occasions_of_referred_acts(told[index], lexicon):
            earlier = [e for e in dated if index - TOLD_REACH <= e.evidence.sentence_index < index
                       and e.event_type == event_type and e.date.precision in DAY_PRECISIONS]
            if not earlier:
                continue
            for position, event in enumerate(dated):
                if (event.evidence.sentence_index == index and not event.date.is_stated
                        and event.status == "occurred"
                        and occasion.text in (event.evidence.trigger or "").split()):
                    dated[position] = replace(event, date=earlier[-1].date)
    return dated


def _occasions_of_referred_acts(sent: Span, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """(type of the act referred to, occasion noun): "made the request at a meeting"."""
    found = []
    for noun in sent:
        if noun.dep_ not in REFERRING_DEPS or not refers_back(noun):
            continue
        rule = lexicon.noun_rule(noun)
        if rule is None or not _made_there(noun.head):
            continue
        found += [(rule.coding.plover, occasion) for prep in noun.head.children
                  if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS
                  for occasion in prep.children
                  if occasion.dep_ == "pobj" and occasion.lemma_.lower() in OCCASION_NOUNS]
    return found


def _made_there(verb: Token) -> bool:
    """"made the request", "the agreement was reached": made, not to be made."""
    return retells_as(verb, MAKING_VERBS) and not any(
        c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in verb.children)
