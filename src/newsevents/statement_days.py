"""A plan told in a dated statement keeps no day of its own: "Colombia would ask the OAS to
convene, Santos said on Friday" tells when Santos spoke, not when Colombia will ask.

The gold guidelines date an act only by what the text ties to it; the day of the saying is
the statement's. Refusals ("said on Friday it would not negotiate") are voiced then and keep it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import EventDate
from newsevents.threats import refuses
from newsevents.triggers import Trigger

# How a report hangs on the act it reports when the parser makes the act the root ("Azerbaijan
# would pull its troops back ..., an aide said on Tuesday").
INVERTED_REPORT_DEPS = {"ccomp", "parataxis"}


def undate_plans_of_statements(sent: Span, triggers: list[Trigger],
                               dates: dict[int, EventDate], future: dict[int, bool]) -> None:
    """Drop the statement's day from the planned acts it reports: "said late on Sunday that
    Bogota would file a complaint", "announced on Thursday it would raise allowances", "could
    release two captives, the ELN said on Tuesday"; a plan with its own day ("would halt trains
    from January 1") keeps it."""
    planned = [t for t in triggers if future.get(t.head.i) and t.head.i in dates]
    if not planned:
        return
    statements = _statement_dates(sent)
    for trigger in planned:
        speech = statements.get(dates[trigger.head.i].text or "")
        if speech is None or not _reports(speech, trigger.head):
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
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
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
