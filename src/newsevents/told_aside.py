"""Acts told aside that are no political event of the story: the act a relative clause uses to
identify a name ("the United States and France, which brokered the deal"), the toll of an
accident ("a bus plunged into a ravine, killing 23"), and an order to use force or to withdraw
read as a mobilisation ("ordered the army to strike dozens of targets", "ordered its soldiers
to withdraw to the mainland")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import FORCE_TYPES, SUBJECT_DEPS

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# Verbs of go-betweens whose definite object identifies them: "the World Bank, which brokered the
# accord", "Qatar, which mediated the talks", "Oman, which hosted the negotiations".
IDENTIFYING_VERBS = {"broker", "mediate", "host", "sponsor", "facilitate", "arrange"}
# Determiners of an object already known to the reader.
KNOWN_OBJECT_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}
# Subjects whose toll is an accident or a disaster, not an attack (aircraft, planes and boats are
# left out: "Israeli aircraft struck ..." is an air strike).
ACCIDENT_NOUNS = {
    "bus", "minibus", "coach", "car", "truck", "lorry", "train", "ferry", "crash", "accident",
    "collision", "derailment", "fire", "blaze", "flood", "floods", "flooding", "landslide",
    "mudslide", "storm", "cyclone", "typhoon", "hurricane", "earthquake", "quake", "avalanche",
    "stampede", "heatwave", "tornado",
}
# Verbs of a vehicle used as a weapon: "a truck rammed into the crowd, killing 80", "a car
# exploded outside the ministry, killing five" are attacks.
WEAPON_VERBS = {"ram", "plough", "plow", "drive", "smash", "explode", "blow", "detonate"}
# Orders whose object is a force: "ordered the army to strike", "instructed police to disperse".
ORDER_VERBS = {"order", "instruct", "direct", "command", "tell"}
# Acts of force or pursuit a force is ordered to do: the order is that act, told as its own
# event, not a mobilisation ("ordered the military to prepare for war" stays one).
ORDERED_FORCE_ACTS = {
    "strike", "attack", "hit", "bomb", "shell", "target", "hunt", "pursue", "arrest", "detain",
    "crush", "storm", "raid", "retaliate", "respond", "destroy", "eliminate", "neutralise",
    "neutralize", "fire", "shoot", "quell", "disperse", "punish", "capture", "seize",
}
# Withdrawals a force is ordered to make: the withdrawal is the event, not a mobilisation ("Kiev
# had ordered its remaining soldiers on the peninsula to withdraw to the mainland").
ORDERED_WITHDRAWALS = {"withdraw", "retreat", "pull"}
# Acts a force is ordered to do that are events of their own.
ORDERED_ACTS = ORDERED_FORCE_ACTS | ORDERED_WITHDRAWALS
# Verbs of a reporter's question told by a bare participle: "Asked whether Bolivia would accept
# help, the minister said", "When asked about the patrols", "Pressed on whether Britain would".
QUESTION_VERBS = {"ask", "question", "press", "quiz", "query"}
# Words that open what a question is about: "asked whether", "asked about", "pressed on".
QUESTION_TOPIC_WORDS = {"whether", "if", "about", "on", "over", "why", "how", "when", "what"}
# Tags of the bare participle (the model reads a sentence-opening "Asked" as a past verb too).
QUESTION_TAGS = {"VBN", "VBD"}
# Askers of a reporter's question: "When asked by reporters about ...".
PRESS_ASKERS = {"reporter", "journalist", "correspondent", "interviewer", "press", "media"}


def identifying_clause(verb: Token) -> bool:
    """"called on the United States and France, which brokered the deal": who the name is."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return False
    if verb.lemma_.lower() not in IDENTIFYING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(d.dep_ in ("det", "poss") and d.lower_ in KNOWN_OBJECT_DETERMINERS
               for obj in objects for d in obj.children)


def accident_toll(trigger: Trigger) -> bool:
    """"A bus carrying farmworkers plunged into a ravine, killing 23", "the ferry capsized,
    killing 40", "floods killed 12 people": a toll, no attack."""
    verb = trigger.verb
    if trigger.coding.plover not in FORCE_TYPES or verb is None or trigger.nominal:
        return False
    clause = verb
    while clause.dep_ in ("advcl", "xcomp", "conj") and clause.tag_ == "VBG" \
            and clause.head.i != clause.i:
        clause = clause.head  # "plunged into a ravine, killing 23 and injuring 17"
    if clause.lemma_.lower() in WEAPON_VERBS:
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return any(s.lemma_.lower() in ACCIDENT_NOUNS and not _compound_weapon(s) for s in subjects)


def _compound_weapon(noun: Token) -> bool:
    """"A car bomb": the parse may make "car" the head only when it is not."""
    return any(c.lower_ in ("bomb", "bomber") for c in noun.children)


def ordered_to_use_force(trigger: Trigger) -> bool:
    """"Netanyahu ordered the army to strike 'dozens of targets'", "ordered security forces to
    hunt down those responsible", "ordered its soldiers to withdraw to the mainland": the strike,
    the hunt or the withdrawal is the event, not a mobilisation."""
    verb = trigger.verb
    if trigger.coding.plover != "MOBILIZE" or verb is None or trigger.nominal:
        return False
    if verb.lemma_.lower() not in ORDER_VERBS:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ORDERED_ACTS
               for c in verb.children)


def reporters_question(trigger: Trigger) -> bool:
    """"Asked whether Egypt would open the crossing, the minister said", "the NATO chief, asked
    about the strikes, said", "When asked by reporters about Chinese patrols, the defence
    minister said": a question put to the speaker, no request (not "Asked by the UN to send
    troops, Kenya agreed": a request with its asker)."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.tag_ not in QUESTION_TAGS \
            or verb.dep_ not in ("advcl", "acl") or verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    if verb.tag_ == "VBD" and verb.i != verb.sent.start and verb.dep_ != "acl":
        return False  # a mistagged "Asked whether" opens its sentence, or follows its noun
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children):
        return False
    agents = [c for c in children if c.dep_ == "agent"]
    if any(not _press_agent(a) for a in agents):
        return False
    start = max([verb.i] + [a.right_edge.i for a in agents])
    return any(c.lower_ in QUESTION_TOPIC_WORDS for c in verb.subtree
               if c.i > verb.i and c.i - start <= 2)


def _press_agent(agent: Token) -> bool:
    """"by reporters", "by a journalist": the press put the question."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in PRESS_ASKERS for o in agent.children)
