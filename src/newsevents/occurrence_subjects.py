"""The event noun a verb of occurrence tells happening, when the verb has no subject of its
own: "talks between the two sides are due to start in Quito" (the verb is the infinitive of
"due"), "the negotiations are expected to resume in Doha", "the talks, which opened in
Jeddah" (a relative pronoun stands for the talks). A place on that verb is the event's."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.governing_doers import relative_antecedent
from newsevents.syntax import SUBJECT_DEPS

# Nouns of a part of a series of talks, whose "of" names the talks: "a new round of talks
# opened in Geneva", "the second session of negotiations is due to begin in Doha".
PART_NOUNS = {"round", "session"}
# How far up infinitives and predicate adjectives a subject is sought: "are due to start" is
# two steps ("start" -> "due" -> "are"), "are expected to resume" one.
RAISING_STEPS = 3


def occurrence_subject(verb: Token) -> Token | None:
    """The subject a verb of occurrence inherits through raising ("are due to start", "are
    expected to resume"; not through an object, "forced Israel to close") or a relative
    pronoun ("which opened")."""
    current = verb
    for _ in range(RAISING_STEPS):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            antecedent = relative_antecedent(current, subject)
            return _event_of_part(antecedent if antecedent is not None else subject)
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return None
        current = current.head
        if any(c.dep_ == "dobj" for c in current.children):
            return None  # "pressed Kabul to resume talks in Doha": Kabul's
    return None


def _event_of_part(subject: Token) -> Token:
    """"talks" of "a new round of talks": the event a part of a series stands for."""
    if subject.lemma_.lower() not in PART_NOUNS:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    talks = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return talks if talks is not None else subject
