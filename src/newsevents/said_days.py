"""A date inside what an agreement, a demand or an accord to come says.

"Agreed to hold Red Cross talks ... on Nov. 3-4": the date is the talks', not the agreeing's.
When nothing planned inside takes it and the saying is itself still to come, the date is the
saying's, carried to it only through nouns and gerunds: "are due to sign an agreement on
sharing financial intelligence in Washington next week" (the parser hangs "next week" on
"sharing"; the signing is next week's).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.dates import resolve_date
from newsevents.records import EventDate
from newsevents.speech_dates import VERBAL_QUADS
from newsevents.triggers import Trigger

# Words a date may pass through to reach the act whose object it sits in: nouns, prepositions
# and gerunds ("an agreement on sharing intelligence next week"), not a clause with a subject
# or a tense of its own ("a pact that Japan suspended last year").
CARRYING_POS = {"NOUN", "PROPN", "ADP", "ADJ", "NUM", "DET"}
CARRYING_GERUND_DEPS = {"pcomp", "acl"}


def date_what_was_said(entity: Span, triggers: list[Trigger], days: tuple[date, date | None],
                       future: dict[int, bool], found: dict[int, EventDate]) -> None:
    """The undated acts planned inside the statement take the date; failing them, the
    statement itself when it is still to come and the date reaches it through its object."""
    pub, anchor = days
    statement = next(a for a in entity.root.ancestors if any(
        a.i == t.head.i and t.coding.quad in VERBAL_QUADS for t in triggers))
    dated_inside = False
    for trigger in triggers:
        if trigger.head.i in found or statement not in trigger.head.ancestors or \
                not future.get(trigger.head.i, False):
            continue  # an act alleged to have happened keeps no date of its own
        resolved = resolve_date(entity.text, pub, future=True, anchor=anchor)
        if resolved is not None:
            found[trigger.head.i] = resolved
            dated_inside = True
    if not dated_inside and future.get(statement.i, False) and statement.i not in found \
            and _carried_to(entity.root, statement):
        resolved = resolve_date(entity.text, pub, future=True, anchor=anchor)
        if resolved is not None and resolved.start > pub:
            found[statement.i] = resolved


def _carried_to(date_word: Token, statement: Token) -> bool:
    """The date reaches the statement's verb through nouns, prepositions and gerunds only."""
    word = date_word.head
    while word != statement:
        if word.pos_ not in CARRYING_POS and not (
                word.tag_ == "VBG" and word.dep_ in CARRYING_GERUND_DEPS):
            return False
        if word.head == word:
            return False
        word = word.head
    return True
