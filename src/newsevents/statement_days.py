"""A plan told in a dated statement keeps no day of its own: "Colombia would ask the OAS to
convene, Santos said on Friday" tells when Santos spoke, not when Colombia will ask.

The gold guidelines date an act only by what the text ties to it; the day of the saying is
the statement's. Refusals ("said on Friday it would not negotiate") are voiced then and keep it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.merge import BACKGROUND_AGE
from newsevents.offsets import is_perfect
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import EventDate
from newsevents.syntax import AFTER_PREPS, SUBJECT_DEPS
from newsevents.threats import refuses
from newsevents.triggers import Trigger

# Links by which a date reaches a verb from another act told beside it ("has accused NATO ...
# and on Sunday ordered", "has massed troops ..., and Erdogan said on Wednesday").
OTHER_ACT_DEPS = {"conj", "ccomp", "parataxis", "advcl"}
# A statement made right after the occasion of the act it reports ("said after talks").
# How a report hangs on the act it reports when the parser makes the act the root ("Azerbaijan
# would pull its troops back ..., an aide said on Tuesday").
INVERTED_REPORT_DEPS = {"ccomp", "parataxis"}


def undate_plans_of_statements(sent: Span, triggers: list[Trigger],
                               dates: dict[int, EventDate], future: dict[int, bool]) -> None:
    """Drop the statement's day from the planned acts it reports: "said late on Sunday that
    Bogota would file a complaint", "announced on Thursday it would raise allowances", "could
    release two captives, the ELN said on Tuesday"; a plan with its own day ("would halt trains
    from January 1") keeps it, and so does an act that is the dated verb itself ("announced a
    $1.2 billion package on Tuesday, the Pentagon said": the announcing was Tuesday's)."""
    planned = [t for t in triggers if future.get(t.head.i) and t.head.i in dates]
    if not planned:
        return
    statements = _statement_dates(sent)
    for trigger in planned:
        speech = statements.get(dates[trigger.head.i].text or "")
        if speech is None or speech.i == trigger.head.i or not _reports(speech, trigger.head):
            continue
        if trigger.verb is not None and refuses(trigger.verb):
            continue  # "said on Friday it would not send troops": refused then
        del dates[trigger.head.i]


def _statement_dates(sent: Span) -> dict[str, Token]:
    """The sentence's date phrases that date a speech verb, with that verb: "said on Monday",
    and "said on Monday it would ..." however the parser hangs the date."""
    found: dict[str, Token] = {}
    for entity in date_expressions(sent):
        speech = _speech_of(entity)
        if speech is not None:
            found[" ".join(entity.text.split())] = speech
    return found


def _speech_of(entity: Span) -> Token | None:
    root = entity.root
    word = root.head.head if root.head.dep_ == "prep" else root.head
    if word.lemma_.lower() in SPEECH_VERBS:
        return word
    for clause in root.ancestors:  # "said on Monday [it would send]": before the subject
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS),
                           None)
            if subject is not None and clause.head.i < entity.start \
                    and entity.end <= subject.left_edge.i:
                return clause.head
            return None
    return None


def _reports(speech: Token, act: Token) -> bool:
    """The statement tells the act: the act is inside what was said, or the report hangs on
    the act ("would pull back ..., an aide said")."""
    if speech in act.ancestors:
        return True
    return speech.dep_ in INVERTED_REPORT_DEPS and speech.head in (act, *act.ancestors)


def undate_perfects_by_other_acts(sent: Span, triggers: list[Trigger],
                                  dates: dict[int, EventDate], pub: date | None) -> None:
    """An act told in the present perfect happened at a time the sentence does not give; it
    does not take the day of another verb beside it: "Lukashenko has accused NATO of massing
    troops and on Sunday ordered a brigade west" (the order is Sunday's, the accusation
    undated), "Turkey has massed troops on the border, and Erdogan said on Wednesday"."""
    perfect = [t for t in triggers if t.head.i in dates and _recent(dates[t.head.i], pub)
               and t.verb is not None and not t.nominal and _present_perfect(t.verb)]
    if not perfect:
        return
    by_text = {" ".join(e.text.split()): e for e in date_expressions(sent)}
    for trigger in perfect:
        entity = by_text.get(dates[trigger.head.i].text or "")
        if entity is not None and reached_through_other_act(entity.root, trigger.verb) \
                and not _said_after_occasion(entity.root):
            del dates[trigger.head.i]


def _recent(when: EventDate, pub: date | None) -> bool:
    """A day, week or month of the story's own time; an older date ("since the rift was
    patched up in 2022") marks background, which the coder drops by its date."""
    return (pub is not None and when.end is not None and when.precision != "year"
            and pub - when.end <= BACKGROUND_AGE)


def _said_after_occasion(date_token: Token) -> bool:
    """"Has endorsed Japan's bid, the minister said on Tuesday after talks in Ulaanbaatar":
    the statement followed the occasion the act was done at, and tells its day."""
    verb = next((a for a in date_token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "prep" and c.lower_ in AFTER_PREPS
                                    for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    return is_perfect(verb) and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve")
                                    for c in verb.children)


def reached_through_other_act(date_token: Token, verb: Token) -> bool:
    """The date hangs under another verb joined to this one, not under this verb's own words
    ("has accused NATO ... and [on Sunday ordered]")."""
    below = date_token
    for ancestor in date_token.ancestors:
        if ancestor == verb:
            return below.dep_ in OTHER_ACT_DEPS and below.pos_ in ("VERB", "AUX")
        below = ancestor
    return verb.head in (date_token, *date_token.ancestors)  # verb's head holds the date


def date_refusals_by_statement(sent: Span, triggers: list[Trigger],
                               dates: dict[int, EventDate], pub: date | None) -> None:
    """A refusal of a coming act is made when it is said, not when the act was due: "Russia
    will not attend the conference on Friday, the ministry said on Monday" (Monday), "said it
    would not send troops to the summit next month" (no day of its own: the story's day)."""
    for trigger in triggers:
        if trigger.coding.plover == "REJECT" and trigger.head.i in dates:
            day = refusal_day(sent, trigger, dates[trigger.head.i], pub)
            if day is None:
                del dates[trigger.head.i]
            else:
                dates[trigger.head.i] = day


def refusal_day(sent: Span, trigger: Trigger, when: EventDate, pub: date | None
                ) -> EventDate | None:
    """The day a refusal of a coming act was said ("Wen will not meet Kan in New York this
    week, Beijing said on Tuesday": Tuesday), None when no statement day reports it; other
    acts keep ``when``."""
    if trigger.verb is None or pub is None or not refuses(trigger.verb):
        return when
    statements = _statement_dates(sent)
    if (when.text or "") in statements:
        return when  # "said on Friday it would not negotiate": the saying's day already
    said = [resolve_date(text, pub) for text, speech in statements.items()
            if _reports(speech, trigger.head)]
    return said[0] if said else None
