"""A response promised with no manner named: "Zakharova said Russia would respond, without
giving details", "said Moscow would answer it", "the Kremlin said Moscow would respond on the
basis of reciprocity". Said of a state's reaction to what was done to it, it is a threat
(CAMEO 13, the dev gold codes it so), aimed at whoever acted on the speaker's side; with no
such act told before it is no threat (responses_aimed.py).

Replies that are no threat are left alone: a response to a message ("would respond to the
letter", "will reply to questions"), a negated one ("did not say whether it would respond").
threats.py reads the firm responses ("would respond firmly", "to any attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.quotes import SPEECH_VERBS
from newsevents.syntax import first_conjunct

# Circumstances a bare response may carry: "without giving details", "within days", "in due
# course", "at the right time", "on the basis of reciprocity", "after studying the decision"
# (a reply to a message is no threat because it answers no hostile act: threat_aims.py).
FREE_PREPS = {"without", "within", "in", "at", "on", "after"}
# What a response answers when it is the act just told ("would answer it").
ANSWERED_PRONOUNS = {"it", "this", "that", "them"}
# "did not say whether it would respond": no promise.
OPEN_MARKS = {"whether", "if"}
OPEN_DEPS = {"dobj", "dative", "prep", "xcomp", "ccomp", "acomp", "attr"}


def bare_response(verb: Token) -> bool:
    """A state's response promised in a reported clause, with nothing it answers but the act
    told ("it") and no object that makes it a reply to a message."""
    clause = first_conjunct(verb)  # "said the expulsion was illegal and that Russia would respond"
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ == "neg" for c in speech.children) or any(
            c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ not in OPEN_DEPS:
            continue
        if child.dep_ == "dobj" and child.lower_ in ANSWERED_PRONOUNS:
            continue
        if child.dep_ == "prep" and child.lower_ in FREE_PREPS:
            continue
        return False
    return True
