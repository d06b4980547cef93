"""Acts named only as what another word is about: "sanctioned two firms accused of supplying
fuel to the army", "raised the fines for blocking roads", "talks on reviving negotiations", "a
referendum on annexing the island", "objections to Macedonia joining NATO". The gerund is the
ground, topic or aim of a noun or a participle, not an act the story reports as done: annotators
code the accusation, the fine or the talks, and leave the act they are about to an optional
event at most. "for", "on", "to" and "in" make a gerund a topic only on a noun ("fines for",
"talks on", "objections to") or on a verb of charging, punishing or voting, or one whose object
is such a word (data/lexicon/ground_words.tsv: "jailed ... for organising", "set a vote on
expelling"); after any other verb the gerund is the act itself ("succeeded in capturing the
village", "resorted to expelling the ambassador", "thanked Qatar for hosting talks", "insisted
on holding talks"). A gerund after a preposition of time or manner ("responded by expelling
three diplomats", "after meeting the envoy", "before seizing the boat", "with Cairo accusing Addis
Ababa") is a second act of the story and stays.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from newsevents.tables import read_table

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# The prepositions that make a gerund the content of the word they hang on: the ground of a
# fine or a jailing ("for"), the topic of talks or a vote ("on"), the object of an objection or
# a readiness ("to"), a manner of acting told as a quality ("zeal in pushing"); only on a noun
# or on a verb that is, or whose direct object is, one of GROUND_WORDS.
TOPIC_PREPOSITIONS = frozenset({"for", "on", "to", "in"})
GROUND_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "ground_words.tsv"
GROUND_WORDS = frozenset(row["word"] for row in read_table(GROUND_WORDS_FILE, ("word",)))
# The dependency of a verb's direct object ("set a vote").
OBJECT_DEP = "dobj"
# The dependency of the noun a verb of naming gives ("called it zeal"), which the parser leaves
# a following preposition hanging on the verb.
NAME_DEP = "oprd"
# The parts of speech of a noun a topic hangs on ("fines", "talks", "objections").
NOUN_POS = frozenset({"NOUN", "PROPN"})
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
    negotiations", "jailed for organising protests": the trigger's verb is a gerund that only
    names what another word is about; not "a sign of deepening ties", "responded by expelling"
    nor "succeeded in capturing"."""
    verb = trigger.verb
    if verb is None or verb.tag_ != GERUND_TAG or verb.dep_ != PREPOSITION_OBJECT_DEP:
        return False
    preposition = verb.head
    governor = preposition.head
    if preposition.lower_ == GROUND_PREPOSITION:
        return governor.pos_ in VERB_POS
    if preposition.lower_ not in TOPIC_PREPOSITIONS:
        return False
    if governor.pos_ in NOUN_POS:
        return True
    if governor.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == NAME_DEP and c.pos_ in NOUN_POS for c in governor.children):
        return True  # "what they called his 'zeal' in pushing for ...": the name's content
    grounds = [governor] + [c for c in governor.children if c.dep_ == OBJECT_DEP]
    return any(w.lemma_.lower() in GROUND_WORDS for w in grounds)
