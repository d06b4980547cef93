"""A warning told as the reason for an appeal is part of the appeal, not a threat: "urged
Moscow to halt the buildup, warning that a new offensive would put the region at risk",
"appealed to donors, warning that the camps were close to collapse" are one REQUEST each.
The warning stays a threat when its clause tells what the warner's side would do ("warning
that its forces would respond"), names an actor as the subject ("that the army would strike")
or is passive ("that any refusal would be met with force"), or when the warning has its own
addressee ("warned Seoul that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.departures import FORCE_NOUNS
from newsevents.lexicon import Coding
from newsevents.threat_sides import WARNED_CLAUSE_DEPS, WARNING_VERBS
from newsevents.triggers import Trigger

# Verbs of the appeal a warning may give the reason for.
APPEAL_VERBS = {"urge", "appeal", "call", "ask", "press", "implore", "beseech"}
# How the warning hangs on the appeal: "urged ..., warning that" (advcl), "urged ... and
# warned that" (conj).
WARNING_LINKS = {"advcl", "conj"}
# Entity kinds that make a subject an actor ("that Israel would", "that NATO would").
ACTOR_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}


def drop_appeal_reasons(triggers: list[Trigger], request: Coding) -> list[Trigger]:
    """The warnings of ``triggers`` that only give the reason of an appeal, left out."""
    appeals = {t.verb.i for t in triggers
               if t.coding.plover == request.plover and t.verb is not None}
    if not appeals:
        return triggers
    return [t for t in triggers if not _appeal_reason(t, appeals)]


def _appeal_reason(trigger: Trigger, appeals: set[int]) -> bool:
    verb = trigger.verb
    if (trigger.coding.plover != "THREATEN" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in WARNING_VERBS or verb.dep_ not in WARNING_LINKS
            or verb.head.i not in appeals or verb.head.lemma_.lower() not in APPEAL_VERBS):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in WARNED_CLAUSE_DEPS]
    return bool(clauses) and all(_tells_a_consequence(clause) for clause in clauses)


def _tells_a_consequence(clause: Token) -> bool:
    """The warned clause tells of things, not of an actor's act: its subject is a common noun
    with no owner, not a force, not a named actor, and the clause is active."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    return all(subject.dep_ == "nsubj" and subject.pos_ == "NOUN"
               and subject.lemma_.lower() not in FORCE_NOUNS
               and subject.ent_type_ not in ACTOR_ENTITIES
               and not any(c.dep_ == "poss" for c in subject.children)
               for subject in subjects)
