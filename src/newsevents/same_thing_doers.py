"""The doer of an authority's act told in the passive with no agent, when an earlier sentence
names a state body acting on the same thing: "Slovenian police stopped a trawler off Piran. The
trawler was seized" (the police), "Police surrounded the offices of the station. The station was
shut down" (the police), "Sudanese paramilitaries seized a convoy of Egyptian trucks. The trucks
were released on Saturday" (the paramilitaries). The passive's subject must point back ("the
trawler", "these men"): "A Vietnamese boat was seized" is a new boat, of no earlier doer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.records import Actor
from newsevents.reported_doers import AUTHORITY_TYPES, agentless_passive, is_authority
from newsevents.triggers import Trigger

# Determiners of a thing told before: "the trawler", "this vessel", "those men".
POINTING_DETERMINERS = {"the", "this", "that", "these", "those"}
# How many sentences back the earlier act may be told.
SENTENCES_BACK = 3
# Links from the thing up to the act on it: its object ("stopped a trawler"), a preposition
# ("fired at the boat"), or a noun of which it is part ("the offices of the station", "a
# convoy of trucks").
OBJECT_DEPS = {"dobj", "pobj"}
MAX_LINKS = 4


def same_thing_sides(trigger: Trigger, targets: list[Actor],
                     resolve: Callable[..., list[Actor]]) -> tuple[list[Actor], list[Actor]]:
    """The state body that acted on the same thing in one of the 3 sentences before, and the
    thing's side when the passive names none: "Indonesian navy patrols intercepted a Vietnamese
    fishing boat. The boat was seized" (the navy, Vietnam)."""
    verb = trigger.verb
    if (trigger.coding.plover not in AUTHORITY_TYPES or trigger.nominal or verb is None
            or not agentless_passive(verb)):
        return [], targets
    thing = _pointing_subject(verb)
    if thing is None:
        return [], targets
    for earlier in _earlier_mentions(thing):
        doer, acted_on = _doer_on(earlier, resolve)
        if doer is not None:
            owners = [a for a in resolve([acted_on], True) if a.country != doer.country]
            others = [t for t in targets if t.country != doer.country]
            return [doer], (targets if others or not owners else owners[:1])
    return [], targets


def _pointing_subject(verb: Token) -> Token | None:
    """The passive's subject noun when it points back ("the trawler was seized"), through a
    conjoined passive ("the boat was intercepted and seized")."""
    clause = verb.head if verb.dep_ == "conj" and not _passive_subjects(verb) else verb
    for subject in _passive_subjects(clause):
        if subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS
                                          for c in subject.children):
            return subject
    return None


def _passive_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _earlier_mentions(thing: Token) -> list[Token]:
    """The same noun in the sentences before, latest first: the objects of acts."""
    doc = thing.doc
    sentence = thing.sent
    first = sentence.start
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lemma = thing.lemma_.lower()
    return [t for t in reversed(doc[first:sentence.start])
            if t.lemma_.lower() == lemma and t.dep_ in OBJECT_DEPS]


def _doer_on(thing: Token, resolve: Callable[..., list[Actor]]
            ) -> tuple[Actor | None, Token]:
    """The state body whose active verb has the thing as object ("police stopped a trawler"),
    or as part of its object ("surrounded the offices of the station"), and that object."""
    word, acted_on = thing, thing
    for _ in range(MAX_LINKS):
        if word.dep_ not in OBJECT_DEPS | {"prep"} or word.head is word:
            return None, acted_on
        if word.dep_ in OBJECT_DEPS:  # not the preposition of "at the offices"
            acted_on = word
        word = word.head
        if word.pos_ == "VERB":
            break
    if word.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in word.children):
        return None, acted_on
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if not subjects and word.dep_ == "conj":  # "crossed into Guyana and detained two miners"
        subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
    doers = [a for a in resolve(subjects, True, True) if is_authority(a)]
    return (doers[0] if doers else None), acted_on
