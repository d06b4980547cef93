"""The day of a meeting that a dated act was done at or right after: "agreed on Wednesday to
double freight capacity ..., after talks in Baku between ...", "the agreement was reached on
April 30 at talks between ...", "signed the accord on Friday at a summit in Lome",
"announced the deal on Monday following a meeting with ...". News writers tell the meeting as
the setting of the act it produced; the two share the day."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from newsevents.dates import resolve_date
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import EventDate
from newsevents.syntax import AFTER_PREPS, OCCASION_PREPS, OCCASION_SETTING_PREPS
from newsevents.triggers import Trigger

# The meeting is the act's setting ("at talks", "during a summit") or just before it ("after
# talks", "following a meeting").
# An act "after talks" may be told by the infinitive of the agreement the parse hangs it on
# ("agreed on Wednesday to double ... and to speed up work ..., after talks").
CHAIN_DEPS = {"xcomp", "conj"}
MAX_CHAIN = 3
DATE_LABELS = {"DATE", "TIME"}


def date_meetings_of_dated_acts(triggers: list[Trigger], dates: dict[int, EventDate],
                                pub: date) -> None:
    """An undated meeting noun after "at", "during", "after" or "following" on a verb of a
    dated act takes the act's day: "agreed on Wednesday ..., after talks in Baku" (the talks
    on Wednesday), "the agreement was reached on April 30 at talks between" (April 30); any
    other event noun that is the act's setting does too: "police detained 300 people on
    Saturday during a march", "was arrested on Monday at a rally" (the march, the rally)."""
    for trigger in triggers:
        head = trigger.head
        noun = _setting_noun(trigger)
        if head.i in dates or noun is None:
            continue
        prep = noun.head
        word = prep.lower_
        if prep.dep_ != "prep" or word not in (
                OCCASION_PREPS if trigger.coding.plover == "CONSULT" else OCCASION_SETTING_PREPS):
            continue
        verb = prep.head
        if verb.lemma_.lower() in SPEECH_VERBS and not _own_day(verb, pub):
            verb = _reported_act(verb) or verb  # "agreed on Thursday ..., they said after"
        when = _day_of_verb(verb, triggers, dates, pub,
                            chain=MAX_CHAIN if word in AFTER_PREPS else 0)
        if when is not None:
            dates[head.i] = when


def _setting_noun(trigger: Trigger) -> Token | None:
    """The noun after the preposition that tells the event: the event noun itself ("during
    a march"), or the noun a verb trigger describes ("during protests called by Navalny")."""
    head = trigger.head
    if trigger.nominal and head.dep_ == "pobj":
        return head
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.dep_ == "pobj":
        return head.head
    return None


def _day_of_verb(verb: Token, triggers: list[Trigger], dates: dict[int, EventDate], pub: date,
                 *, chain: int) -> EventDate | None:
    """The day of the act a verb tells, or of a date phrase on the verb itself ("reached on
    April 30"); up an infinitive or conjunct chain when allowed."""
    for _ in range(chain + 1):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        when = next((dates[t.head.i] for t in triggers
                     if t.verb == verb and t.head.i in dates), None) or _own_day(verb, pub)
        if when is not None:
            return when if when.precision == "day" else None
        if verb.dep_ not in CHAIN_DEPS:
            return None
        verb = verb.head
    return None


def _reported_act(speech: Token) -> Token | None:
    """The simple-past act an undated statement reports: "Colombia and Ecuador agreed on
    Thursday to ..., the ministers said after a meeting" (agreed)."""
    return next((c for c in speech.children if c.dep_ == "ccomp" and c.tag_ == "VBD"), None)


def _own_day(verb: Token, pub: date) -> EventDate | None:
    """A day phrase on the verb itself: "was reached on April 30"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.ent_type_ in DATE_LABELS:
                return resolve_date(" ".join(t.text for t in noun.subtree), pub)
    return None
