"""A building stormed by the police is a raid, not an armed attack: "police stormed the
offices of the opposition newspaper", "security forces stormed the Supreme Court and
arrested the chief justice" are COERCE (CAMEO 17, as the lexicon codes "raid"), while
"gunmen stormed a police post" and "troops stormed the rebel-held town" stay ASSAULT.

Only the verb "storm" told with a police subject is retyped; the subject is read from the
parse (``arguments.subject_of``), so coordination and control carry it ("police moved in
and stormed the camp").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.arguments import subject_of
from newsevents.lexicon import Coding
from newsevents.triggers import Trigger

STORMING_VERBS = {"storm"}
# Heads of a police subject; "force", "agent", "officer" and "unit" only with one of the
# police modifiers ("security forces", "riot police", "security agents").
POLICE_HEADS = {"police", "policeman", "policemen", "gendarme", "gendarmerie"}
POLICE_MODIFIED_HEADS = {"force", "agent", "officer", "unit", "personnel"}
POLICE_MODIFIERS = {"security", "police", "riot"}


def police_raids(triggers: list[Trigger], raid: Coding) -> list[Trigger]:
    """The storming triggers told with a police subject recoded as ``raid`` (COERCE)."""
    return [replace(t, coding=raid) if _stormed_by_police(t) else t for t in triggers]


def _stormed_by_police(trigger: Trigger) -> bool:
    verb = trigger.verb
    if (trigger.coding.plover != "ASSAULT" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in STORMING_VERBS):
        return False
    subjects, passive = subject_of(verb)
    return not passive and any(_is_police(subject) for subject in subjects)


def _is_police(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if lemma in POLICE_HEADS:
        return True
    return lemma in POLICE_MODIFIED_HEADS and any(
        child.dep_ in ("amod", "compound") and child.lemma_.lower() in POLICE_MODIFIERS
        for child in head.children)
