"""Material pledges that sides named together make each on its own.

"Norway and Denmark have each pledged extra rescuers", "Chile and Argentina have also offered
equipment": two pledgers of goods (an AID-coded noun of the lexicon or one listed in
data/lexicon/pledged_goods.tsv) with no receiver named did not agree with each other; each
pledged to whomever the story has them help. No event is coded for such a pledge: its receiver
is not in the sentence. A pledge of anything else ("Armenia and Azerbaijan pledged restraint"),
of an act ("pledged to respect the truce") or of an agreement's own noun ("pledged a
ceasefire") stays one agreement between them. A receiver the parser reads as a modifier of the
goods ("offered Ukraine new air defence systems") is the receiver (``misread_receivers``).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from spacy.tokens import Token

from newsevents.records import Actor
from newsevents.tables import read_table
from newsevents.triggers import Trigger

PLEDGE_VERBS = {"offer", "promise", "pledge", "commit"}
# A pledge is coded as an agreement, or as aid when the lexicon knows the goods ("pledged
# missiles"): either way two pledgers of goods pledge each on their own.
PLEDGE_TYPES = {"AGREE", "AID"}
PLEDGED_THING_DEPS = {"dobj"}
# Modifiers that make the goods one thing the pledgers share ("a joint air defence system").
SHARED_WORDS = {"joint", "common", "shared"}
# Dependents that name a receiver or a promised act on the pledge verb.
RECEIVER_DEPS = {"dative", "xcomp", "ccomp"}
PLEDGED_GOODS = frozenset(
    row["lemma"] for row in read_table(
        resources.files("newsevents") / "data" / "lexicon" / "pledged_goods.tsv", ("lemma",)))
# Modifiers of the goods the parser gives a receiver named before them ("offered Ukraine new
# air defence systems").
MISREAD_RECEIVER_DEPS = {"nmod", "compound"}


def pledged_apart(trigger: Trigger, sources: list[Actor], targets: list[Actor],
                  parties: list[Actor], goods_noun: Callable[[Token], bool]
                  ) -> list[tuple[Actor, Actor | None, list[Actor]]]:
    """When two or more (read as the sources or as the parties of the agreement) pledge goods
    together, one pledge per pledger: to each receiver named ("offered Ukraine new air defence
    systems"), else a receiver-less one, which makes no event; [] when the sides pair up as
    usual. ``goods_noun`` tells an AID-coded noun."""
    verb = _pledge_verb(trigger)
    pledgers = sources + parties
    if verb is None or len(pledgers) < 2:
        return []
    things = _pledged_things(verb)
    if any(m.dep_ == "amod" and m.lower_ in SHARED_WORDS for t in things for m in t.children):
        return []  # "pledged a joint air defence system": one agreement between them
    if not things or not all(t.lemma_.lower() in PLEDGED_GOODS or goods_noun(t)
                             or _misread_receivers_of(t) for t in things):
        return []  # "pledged restraint": one agreement between them
    if targets:
        return [(pledger, target, []) for pledger in pledgers for target in targets]
    if any(c.dep_ in RECEIVER_DEPS or (c.dep_ == "prep" and c.lower_ == "to")
           for c in verb.children):
        return []
    return [(pledger, None, []) for pledger in pledgers]


def misread_receivers(trigger: Trigger) -> list[Token]:
    """The receiver named before the pledged goods that the parser reads as their modifier:
    "Ukraine" in "offered Ukraine new air defence systems"."""
    verb = _pledge_verb(trigger)
    if verb is None:
        return []
    return [child for thing in _pledged_things(verb) for child in _misread_receivers_of(thing)]


def _misread_receivers_of(thing: Token) -> list[Token]:
    """Names before the goods and their adjective: "Ukraine" in "Ukraine new systems"."""
    return [child for child in thing.children
            if child.dep_ in MISREAD_RECEIVER_DEPS and child.pos_ == "PROPN"
            and child.ent_type_ in ("GPE", "NORP", "ORG") and child.i < thing.i
            and any(w.dep_ == "amod" and w.i > child.i for w in thing.children)]


def _pledge_verb(trigger: Trigger) -> Token | None:
    """The verb of a verbal pledge ("offered", "promised"), else None."""
    verb = trigger.verb
    if (trigger.coding.plover not in PLEDGE_TYPES or trigger.nominal or verb is None
            or verb.lemma_.lower() not in PLEDGE_VERBS):
        return None
    return verb


def _pledged_things(verb: Token) -> list[Token]:
    """The nouns pledged: "equipment" in "offered equipment"."""
    return [c for c in verb.children if c.dep_ in PLEDGED_THING_DEPS and c.pos_ == "NOUN"]
