"""Joint acts named deep in a noun phrase: "joint counter-terrorism drills", where the parser
hangs "joint" on "counter" rather than on "drills"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import JOINT_WORDS
from newsevents.verb_parts import OBJECT_DEPS

# The lemma a joint object is read as by the verb rows ("set up joint patrols": "joint patrol").
JOINT_LEMMA = "joint"


def joint_before(head: Token) -> set[str]:
    """The joint words among the words before an exercise noun in its own phrase, in any
    case: "joint anti-piracy patrols", "Joint counter-terrorism drills began" ({"joint"});
    a name's capital ("the Joint Chiefs of Staff") is no joint act."""
    words = head.doc[head.left_edge.i:head.i]
    return {w.lower_ for w in words if w.lower_ in JOINT_WORDS
            and w.pos_ != "PROPN" and not w.ent_type_}


def exercised_with_partner(noun: Token, verb: Token | None) -> bool:
    """An exercise "with" another force, on the noun or, as the parser often hangs it, on the
    light verb whose object it is: "held drills with the Thai navy"."""
    held_by_verb = verb is not None and noun.dep_ == "dobj" and noun.head == verb
    return any(c.dep_ == "prep" and c.lower_ == "with"
               for holder in ([noun, verb] if held_by_verb else [noun]) for c in holder.children)


def joint_on_preposition(verb: Token | None) -> set[str]:
    """The joint words the parser hangs on a preposition of the verb rather than on the verb:
    "will patrol the area together from March 1" ("together" under "from")."""
    if verb is None:
        return set()
    return {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "advmod" and g.lower_ in JOINT_WORDS}


def joint_object_lemmas(objects: list[Token]) -> set[str]:
    """"joint" + head for each object the verb acts on whose phrase starts with a joint word,
    wherever the parser hangs it: "set up joint river and road patrols" ("joint" on "river"),
    "set up joint police and military patrols" (on the first of two joined objects), "send a
    joint technical team". Matched by verbs.tsv's "joint ..." rows."""
    found = set()
    for noun in objects:
        first = noun.head if noun.dep_ == "conj" else noun
        if first.dep_ not in OBJECT_DEPS or not _joint_phrase(noun, first):
            continue
        found.add(f"{JOINT_LEMMA} {noun.lemma_.lower()}")
    return found


def _joint_phrase(noun: Token, first: Token) -> bool:
    words = noun.doc[first.left_edge.i:noun.i]
    return any(w.lower_ in JOINT_WORDS and w.pos_ != "PROPN" and not w.ent_type_
               for w in words)
