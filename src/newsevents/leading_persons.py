"""Who "he" or "she" as a main clause's subject stands for: the person the sentence before has
as its own main subject, not the latest person named ("Zeine told state television after
receiving China's ambassador. He accused Benin ...": Zeine, not the ambassador)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.context import ArticleContext

LEADING_PRONOUNS = {"he", "she"}
ACTIVE_SUBJECT_DEPS = {"nsubj"}


def previous_person(pronoun: Token, context: ArticleContext) -> list[Actor] | None:
    """The person the sentence before has as the subject of its main verb, for a "he" or
    "she" that is the subject of its own sentence's main verb and its first such pronoun;
    None when that subject is no person the story has coded."""
    if (pronoun.lower_ not in LEADING_PRONOUNS or pronoun.dep_ not in ACTIVE_SUBJECT_DEPS
            or pronoun.head.dep_ != "ROOT"):
        return None
    sent = pronoun.sent
    if sent.start == 0 or any(t.lower_ in LEADING_PRONOUNS for t in pronoun.doc[sent.start:
                                                                                 pronoun.i]):
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    actor = context.person(subject.text)
    return [actor] if actor is not None and actor.kind == "person" else None
