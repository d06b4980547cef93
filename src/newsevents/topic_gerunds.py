"""Acts named only as what another word is about: "sanctioned two firms accused of supplying
fuel to the army", "raised the fines for blocking roads", "talks on reviving negotiations", "a
referendum on annexing the island", "objections to Macedonia joining NATO". The gerund is the
ground, topic or aim of a noun or a participle, not an act the story reports as done: annotators
code the accusation, the fine or the talks, and leave the act they are about to an optional
event at most. A gerund after a preposition of time or manner ("responded by expelling three
diplomats", "after meeting the envoy", "before seizing the boat", "with Cairo accusing Addis
Ababa") is a second act of the story and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# The prepositions that make a gerund the content of the word they hang on: the ground of a
# fine or a jailing ("for"), the topic of talks or a vote ("on"), the object of an objection or
# a readiness ("to"), a manner of acting told as a quality ("zeal in pushing").
TOPIC_PREPOSITIONS = frozenset({"for", "on", "to", "in"})
# The preposition of a charge's ground, after the verb of charging ("accused of supplying",
# "convicted of fighting"); after a noun it names an instance of the act itself ("the latest
# sign of deepening ties").
GROUND_PREPOSITION = "of"
# The parts of speech of a verb of charging.
VERB_POS = frozenset({"VERB", "AUX"})
# The tag of a gerund ("supplying", "blocking").
GERUND_TAG = "VBG"
# The dependency of a clause that is a preposition's object.
PREPOSITION_OBJECT_DEP = "pcomp"


def is_topic_gerund(trigger: Trigger) -> bool:
    """"firms accused of supplying fuel", "fines for blocking roads", "talks on reviving the
    negotiations": the trigger's verb is a gerund that only names what another word is about;
    not "a sign of deepening ties" nor "responded by expelling"."""
    verb = trigger.verb
    if verb is None or verb.tag_ != GERUND_TAG or verb.dep_ != PREPOSITION_OBJECT_DEP:
        return False
    preposition = verb.head
    if preposition.lower_ == GROUND_PREPOSITION:
        return preposition.head.pos_ in VERB_POS
    return preposition.lower_ in TOPIC_PREPOSITIONS
