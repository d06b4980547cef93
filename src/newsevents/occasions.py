"""Events told as happening at an occasion named earlier: "At the meeting, Cebotari accused
Moscow ...", "During the call, Jaishankar asked Riyadh ...". Such an event happened when and
where the meeting did, which an earlier sentence of the article told."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Event, EventDate
from newsevents.sentences import doc_words, sentences
from newsevents.triggers import Trigger

# Nouns naming an occasion at which things are said and done.
OCCASION_NOUNS = {"meeting", "talks", "call", "summit", "visit", "conference", "session",
                  "negotiations", "discussions", "sidelines", "ceremony", "forum", "gathering"}
OCCASION_PREPS = {"at", "during", "on"}
MEETING_TYPE = "CONSULT"
SHARING_PREPS = {"at", "during", "in"}
# Acts that close the talks they were reached at.
OUTCOME_TYPES = {"AGREE"}
# Prepositions on the verb that reports an agreement that name the talks it came out of:
# "Colombia and Ecuador agreed ..., the ministers said after a meeting in Quito".
REPORTED_AT_PREPS = {"after", "following", "at"}
# Longest run of days read as the meeting's own length; a longer range is the writer's vague
# period ("at a meeting in mid-April", "talks late last month"), with no closing day in it.
MAX_MEETING_DAYS = 7
# Meetings held, or still to be held, whose outcomes of the same status came out of them: "will
# travel to Rabat on Thursday for talks ... The two ministers are expected to sign an agreement".
HELD_STATUSES = {"occurred", "planned"}


def refers_to_occasion(sent: Span) -> bool:
    """The sentence places its events at an occasion already told: "at the meeting",
    "during the call", "on the sidelines of the summit"."""
    if OCCASION_NOUNS.isdisjoint(doc_words(sent.doc)):
        return False
    return any(_definite_occasion(token) for token in sent)


def _definite_occasion(token: Token) -> bool:
    if token.lemma_.lower() not in OCCASION_NOUNS and token.lower_ not in OCCASION_NOUNS:
        return False
    if token.dep_ != "pobj" or token.head.lower_ not in OCCASION_PREPS:
        return False
    return any(child.lower_ in ("the", "that", "this") or child.dep_ == "poss"
               for child in token.children)


def carry_from_occasions(events: list[Event], occasion_sentences: set[int], *,
                         places: bool = True) -> list[Event]:
    """Give an undated or unplaced event in a sentence that refers to an occasion the date and
    place (unless ``places`` is false) of the last meeting told before that sentence."""
    carried: list[Event] = []
    told: Event | None = None  # the last meeting of an earlier sentence with a date or place
    pending: Event | None = None  # the last such meeting of the current sentence
    current_sentence = -1
    for event in events:
        index = event.evidence.sentence_index
        if index != current_sentence:
            told, pending, current_sentence = pending or told, None, index
        if index in occasion_sentences and told is not None:
            event = replace(
                event,
                date=event.date if event.date.is_stated else told.date,
                location=event.location or (told.location if places else None))
        if event.event_type == MEETING_TYPE and (event.date.is_stated or event.location):
            pending = event
        carried.append(event)
    return carried


def date_at_dated_occasions(events: list[Event], doc: Doc) -> list[Event]:
    """"Cebotari made the request at a meeting with European Commission officials in Brussels
    ... At the meeting, Cebotari accused Moscow": the meeting takes its day only from the
    dated request it retells (``told_occasions``, after the article is read), and the act
    at the meeting then takes it too."""
    told_at = {index for index, sent in enumerate(sentences(doc)) if refers_to_occasion(sent)}
    return carry_from_occasions(events, told_at, places=False) if told_at else events


def share_with_occasions(triggers: list[Trigger], found: dict) -> None:
    """An event told as done at a meeting in the same sentence happened when and where the
    meeting did: "the aid was agreed at three days of talks ... in Kaesong", "expressed support
    in a telephone call with Mbeki on Wednesday"."""
    for trigger in triggers:
        if trigger.head.i in found or trigger.verb is None:
            continue
        meeting = _occasion_of(trigger, triggers)
        if meeting is not None and meeting.head.i in found:
            found[trigger.head.i] = _outcome_day(trigger, found[meeting.head.i])


def _occasion_of(trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The meeting the act was done at ("agreed at talks in Kaesong"), or for an agreement,
    the meeting after which it was reported ("Mali and Niger agreed ..., the ministers said
    after two days of talks in Niamey")."""
    verb = trigger.verb
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in SHARING_PREPS:
            meeting = _meeting_under(prep, triggers, SHARING_PREPS)
            if meeting is not None:
                return meeting
    reporter = verb.head
    if (trigger.coding.plover not in OUTCOME_TYPES or verb.dep_ != "ccomp"
            or reporter.lemma_.lower() not in SPEECH_VERBS):
        return None
    for prep in reporter.children:
        if prep.dep_ == "prep" and prep.lower_ in REPORTED_AT_PREPS:
            meeting = _meeting_under(prep, triggers, REPORTED_AT_PREPS)
            if meeting is not None:
                return meeting
    return None


def _outcome_day(trigger: Trigger, when):
    """An agreement reached at talks of several days came at their close: "the aid was agreed
    at three days of talks ... that ended on Sunday" (Sunday). Places pass unchanged."""
    if (trigger.coding.plover not in OUTCOME_TYPES or not isinstance(when, EventDate)
            or when.precision != "range"
            or (when.end - when.start).days >= MAX_MEETING_DAYS):
        return when  # "agreed at a meeting in mid-December": the period, no closing day
    return EventDate(when.end, when.end, "day", when.text)


def _meeting_under(prep: Token, triggers: list[Trigger], preps: set[str]) -> Trigger | None:
    """The meeting trigger that is the preposition's object ("at talks", "at three days of
    talks", "after a meeting")."""
    for word in prep.subtree:
        if word.dep_ not in ("pobj", "pcomp") or word.head.lower_ not in preps | {"of"}:
            continue
        for trigger in triggers:
            if word.i in trigger.indices and trigger.coding.plover == MEETING_TYPE:
                return trigger
    return None


def place_outcomes_at_talks(events: list[Event]) -> list[Event]:
    """An agreement between the sides of the one placed meeting the story tells, reached
    during it or told with no day, came out of it: "The presidents of Mali and Niger met in
    Niamey on Monday and Tuesday. ... The two leaders agreed to open a joint base" happened in
    Niamey; so will one still to come at talks still to be held ("will travel to Rabat on
    Thursday for talks ... The two ministers are expected to sign an agreement")."""
    placed = [e for e in events if e.event_type == MEETING_TYPE and e.location is not None
              and e.location.precision == "city" and e.status in HELD_STATUSES]
    # a town, not a country visited ("the first Ethiopian leader to visit Eritrea")
    outcomes: list[Event] = []
    for event in events:
        if event.event_type in OUTCOME_TYPES and event.location is None:
            sides = frozenset(a.side for a in event.parties)
            talks = [m for m in placed if frozenset(a.side for a in m.parties) == sides
                     and _held_for(event, m) and _during(event.date, m.date)]
            if len({m.location.name for m in talks}) == 1:
                event = replace(event, location=talks[0].location)
        outcomes.append(event)
    return outcomes


def _held_for(outcome: Event, meeting: Event) -> bool:
    """A meeting held gives its place to any outcome; one still to be held only to an outcome
    still to come ("are expected to sign an agreement")."""
    return meeting.status == "occurred" or outcome.status == meeting.status


def _during(day: EventDate, meeting: EventDate) -> bool:
    """An outcome told with no day, or on a day of the meeting."""
    if not day.is_stated:
        return True
    return (meeting.is_stated and day.start is not None and meeting.start is not None
            and meeting.end is not None and meeting.start <= day.start <= meeting.end)
