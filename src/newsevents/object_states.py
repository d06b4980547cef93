"""The state an act's own object names, for an act whose target would fall back to the
doer's own country: "Athens will lift its objections to Macedonia joining NATO", "Seoul will
withdraw the complaint it filed against Japan", "police raided the homes of ethnic
Azerbaijanis". Only the phrases the act governs are read (its object, passive subject and
prepositional complements, and those of a verb it governs in turn), not the whole sentence,
so a country named elsewhere in the sentence ("after talks with Britain") is no target."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import DESCRIBING_DEPS

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

# Dependents of the act that say what or whom it acts on.
OBJECT_DEPS = {"dobj", "nsubjpass", "dative", "attr", "oprd"}
# Prepositions whose object is what the act is aimed at ("a complaint against Japan",
# "objections to Macedonia", "tariffs on Mexican imports").
AIMED_PREPS = {"against", "to", "on", "over", "of", "from", "with"}
# Verbs the act governs whose objects are the act's ("refused to sign a plan").
GOVERNED_DEPS = {"xcomp", "ccomp"}


def object_phrases(head: Token) -> list[Token]:
    """The heads of the phrases ``head`` acts on, and of the verbs it governs."""
    phrases = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            phrases.append(child)
        elif child.dep_ == "prep" and child.lower_ in AIMED_PREPS:
            phrases.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in GOVERNED_DEPS and child.pos_ in ("VERB", "AUX"):
            phrases.extend(g for g in child.children if g.dep_ in OBJECT_DEPS)
    return phrases


def object_state(source: Actor, context: ArticleContext, trigger: Trigger | None,
                 only_geography: Callable[[Token], bool]) -> str | None:
    """The one country other than the source's that the act's object phrases name, none
    when they name none or several; a country named only as where something is ("on the
    border with Mexico", ``only_geography``) or in a clause describing the object does not
    count."""
    if trigger is None or not source.country:
        return None
    doc = trigger.head.doc
    others = set()
    for phrase in object_phrases(trigger.head):
        start, end = phrase.left_edge.i, phrase.right_edge.i + 1
        described = {t.i for c in phrase.children if c.dep_ in DESCRIBING_DEPS
                     and not _done_by_a_party(c) for o in c.children if o.dep_ == "dobj"
                     for t in o.subtree}  # "a man who had criticised Japan online"
        others.update(country for position, country, _ in context.countries_named_in(start, end)
                      if country != source.country and position not in described
                      and not only_geography(doc[position]))
    return others.pop() if len(others) == 1 else None


def _done_by_a_party(clause: Token) -> bool:
    """"the complaint it filed against Japan": a clause telling what a party did with the
    object is the act's own; "a man who had criticised Japan online" only describes him, and
    what his clause acts on is not the act's."""
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in clause.children)
