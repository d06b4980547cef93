"""Joint acts named deep in a noun phrase: "joint counter-terrorism drills", where the parser
hangs "joint" on "counter" rather than on "drills"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import JOINT_WORDS


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
