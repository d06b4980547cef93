"""Who resigns when the clause names a person the actor book does not know: "The speaker,
Irakli Kobakhidze, resigned on Friday, meeting one of the protesters' demands" in a story on
Georgia's protests. Only an office holder resigns, so the person is the government of the
country whose unnamed officials the story is about (`ArticleContext.local_country`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.records import IMPLIED_KIND, Actor
from newsevents.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.context import ArticleContext
    from newsevents.triggers import Trigger

RESIGNING_MODE = "resign"
GOVERNMENT_SECTOR = "GOV"
PERSON_LABEL = "PERSON"
# A name the parser tags as a body ("Boeing's chief executive") makes the one resigning its man.
BODY_LABELS = {"ORG", "NORP", "GPE"}


def resigning_official(trigger: Trigger, context: ArticleContext) -> list[Actor]:
    """The story's own government for a person resigning whom nothing else places, or none
    for any other act, a resigning body ("the cabinet", resolved on its own) or a story
    with no country."""
    verb = trigger.verb
    if trigger.coding.mode != RESIGNING_MODE or verb is None:
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    country = context.local_country()
    if subject is None or country is None or not _names_a_person(subject):
        return []
    return [Actor(text=subject.text, code=country + GOVERNMENT_SECTOR, country=country,
                  sector=(GOVERNMENT_SECTOR,), kind=IMPLIED_KIND)]


def _names_a_person(subject: Token) -> bool:
    """"Irakli Kobakhidze", "The speaker, Irakli Kobakhidze,": a person's name, with no body
    named beside it."""
    named = subject.ent_type_ == PERSON_LABEL or any(
        c.dep_ == "appos" and c.ent_type_ == PERSON_LABEL for c in subject.children)
    return named and not any(t.ent_type_ in BODY_LABELS for t in subject.subtree)
