"""The threatened act a verb row names as its object, kept with the verb so that the act's own
recipient is the threat's: "vowed revenge against Israel", "threatened a military incursion
into Syria", "threatened sanctions on Lithuania" (the "against", "into" and "on" hang on the
noun, not on the verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import VerbRule

# Types whose verb rows name the act aimed at the recipient as their object.
AIMED_OBJECT_TYPES = {"THREATEN"}
# Nouns that carry the threatened act in an "of" phrase ("the threat of sanctions against").
CARRIER_NOUNS = {"threat", "spectre", "specter", "prospect"}
# Verbs that with a "that" clause and no object admit a fact, not yield anything.
ADMITTING_VERBS = {"concede"}


def aimed_objects(rule: VerbRule, objects: list[Token]) -> tuple[Token, ...]:
    """The first object that a THREATEN row's object list names ("revenge" in "vowed revenge
    against Israel"); none for other rows or rows with no object list."""
    if rule.coding is None or rule.coding.plover not in AIMED_OBJECT_TYPES or not rule.objects:
        return ()
    named = [o for o in objects if o.lemma_.lower() in rule.objects and o.pos_ == "NOUN"][:1]
    carried = [a for o in named if o.lemma_.lower() in CARRIER_NOUNS for p in o.children
               if p.dep_ == "prep" and p.lower_ == "of" for a in p.children if a.dep_ == "pobj"]
    return tuple(named + carried[:1])


def admits_fact(verb: Token) -> bool:
    """A conceding verb with a clause and no object says a fact is admitted, no concession:
    "the minister conceded that the economy was weak", "Ankara conceded the plan had
    failed"."""
    if verb.lemma_.lower() not in ADMITTING_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    return "ccomp" in deps and not deps & {"dobj", "dative"}
