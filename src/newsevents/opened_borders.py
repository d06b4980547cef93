"""Opening a border, frontier, crossing, airspace or port. Letting others use it is cooperation
(COOPERATE, the verb row: "opened its airspace to French military aircraft", "opened a new
crossing to boost trade"); it eases a blockade (RETREAT, as reopening one does) only when it
was shut before ("opened the closed crossing again") or it is opened to help for a besieged side
("opened its border crossing to aid trucks", "to relief flights")."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

from spacy.tokens import Token

from newsevents.lexicon import Coding
from newsevents.syntax import prep_objects
from newsevents.tables import words_of_roles
from newsevents.triggers import Trigger

OPENING_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "opened_borders.tsv"
# What is opened, words of help on whoever it is opened to ("to aid trucks", "for relief
# flights") and words that tell it was shut before ("opened the closed border again").
OPENED_THINGS = words_of_roles(OPENING_WORDS_FILE, "thing")
HELP_WORDS = words_of_roles(OPENING_WORDS_FILE, "help")
SHUT_WORDS = words_of_roles(OPENING_WORDS_FILE, "shut")
EASED_BLOCKADE = Coding("RETREAT", "ease", "0872", 2, 9.0)


def eased_openings(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with each opening that eases a blockade coded so."""
    return [replace(t, coding=EASED_BLOCKADE) if _eases_blockade(t) else t for t in triggers]


def _eases_blockade(trigger: Trigger) -> bool:
    verb = trigger.verb
    if (verb is None or trigger.nominal or trigger.coding.plover != "COOPERATE"
            or verb.lemma_.lower() != "open"):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() in OPENED_THINGS]
    if not things:
        return False
    if any(_has_word(token, SHUT_WORDS) for token in [verb, *things]) or any(
            c.lemma_.lower() == "closure" for c in prep_objects(verb, {"after"})):
        return True  # "opened the closed crossing again", "after a month-long closure"
    receivers = [*prep_objects(verb, {"to", "for"}),
                 *(r for thing in things for r in prep_objects(thing, {"to", "for"})),
                 *(c for c in verb.children if c.dep_ in ("advcl", "xcomp"))]  # "to let the
    # refugees through", "to aid convoys" read as a purpose clause
    return any(t.lemma_.lower() in HELP_WORDS or t.lower_ in HELP_WORDS
               for receiver in receivers for t in receiver.subtree)


def _has_word(token: Token, words: frozenset[str]) -> bool:
    """The token or one of its modifiers is one of ``words``: "aid trucks", "closed border"."""
    return token.lemma_.lower() in words or token.lower_ in words or any(
        c.dep_ in ("amod", "compound", "advmod", "nmod") and
        (c.lemma_.lower() in words or c.lower_ in words) for c in token.children)
