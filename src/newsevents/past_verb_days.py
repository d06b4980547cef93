"""A weekday on a verb told in the simple past is a past day, even when the act the verb codes
is still to be carried out: "Germany pledged on Friday 70 million euros in aid" (a planned
AID) was pledged last Friday, not the coming one; "announced on Friday an additional $45
million" likewise, and "Germany pledged 200 million euros for Afghanistan on Tuesday". The
phrase must stand beside the trigger's own verb or hang on it after it, with no auxiliary ("will
send troops on Friday", "has called a rally on Sunday" are read elsewhere); a day behind
"for" ("called a strike for Wednesday") names the occasion's day, and a verb that calls an
occasion ("on Monday called a strike") is left to ``called_occasions``."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.called_occasions import (
    OCCASION_DAY_PREP,
    calls_an_occasion,
    dated_coming_verbs,
)
from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.perfect_days import ARRANGING_VERBS, WEEKDAY_PHRASE
from newsevents.records import EventDate
from newsevents.triggers import Trigger

# Verbs that call or set up an act to come, whose weekday after the object may be the act's
# own ("called for a boycott of Danish products on Monday"): only a weekday right beside
# them is the calling's. "Announced" is not one ("announced a new package of weapons for
# Ukraine on Tuesday").
CALLING_VERBS = ARRANGING_VERBS - {"announce"}
SIMPLE_PAST_TAG = "VBD"
PARTICIPLE_TAG = "VBN"
ON_WORD = "on"


def date_past_tellings(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                       pub: date | None, future: dict[int, bool]) -> None:
    """Read a weekday on a planned act's own simple-past verb as a past day (see the module
    docstring)."""
    if pub is None:
        return
    for trigger, verb, current in dated_coming_verbs(triggers, dates, future):
        if current.start is None or current.start <= pub \
                or not _simple_past(verb) or calls_an_occasion(verb):
            continue
        phrase = next((p for p in date_expressions(sent)
                       if " ".join(p.text.split()) == " ".join((current.text or "").split())
                       and WEEKDAY_PHRASE.match(p.text.strip())), None)
        if (phrase is None or not _beside(phrase, verb)
                or phrase.root.head.lower_ == OCCASION_DAY_PREP):
            continue
        past = resolve_date(phrase.text, pub, future=False)
        if past is not None:
            dates[trigger.head.i] = past


def _simple_past(verb: Token) -> bool:
    """A past verb with no auxiliary: "pledged", and a main verb the tagger took for a
    participle ("the United States, the mission's main backer, announced ...")."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ == SIMPLE_PAST_TAG or (verb.tag_ == PARTICIPLE_TAG and verb.dep_ == "ROOT")


def _beside(phrase: Span, verb: Token) -> bool:
    """The phrase stands right before or after the verb ("on Friday pledged", "pledged on
    Friday"), however the parser hangs it ("pledged on Friday new aid": on a noun), or hangs
    on the verb after its object ("pledged 200 million euros for Afghanistan on Tuesday")."""
    doc = verb.doc
    before = phrase.end == verb.i
    after = phrase.start == verb.i + 1 or (
        phrase.start == verb.i + 2 and doc[verb.i + 1].lower_ == ON_WORD)
    return before or after or (phrase.start > verb.i and _hangs_on(phrase, verb)
                               and verb.lemma_.lower() not in CALLING_VERBS)


def _hangs_on(phrase: Span, verb: Token) -> bool:
    """The phrase is the verb's own modifier: "on Tuesday" with "on" on the verb, or a bare
    "Tuesday" on it."""
    head = phrase.root.head
    if head.lower_ == ON_WORD and head.i == phrase.start - 1:
        head = head.head
    return head == verb
