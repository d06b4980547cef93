"""A parse repair for "declared X persona non grata": the small parser may read the phrase as
a clause of its own ("declared [two diplomats persona non grata on Tuesday]", "persona" a
ccomp with the diplomats as its subject), which hides the diplomats from the verb as its
object and, since a date or place never crosses into another clause, leaves the expulsion
undated. The phrase is the verb's object complement: the people become the verb's object and
the phrase's own dates and places hang on the verb."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.measures import UNWELCOME_WORDS
from newsevents.syntax import SUBJECT_DEPS, reattach

# The word that opens the phrase, and the verbs it completes ("declared", "named").
PHRASE_OPENER = "persona"
DECLARING_VERBS = {"declare", "name", "pronounce"}
# How the parser hangs the phrase on the verb when it reads a clause of its own.
CLAUSE_READINGS = {"ccomp", "xcomp", "advcl"}


def repair_unwelcome_phrase(token: Token) -> bool:
    """"Lithuania declared two Russian diplomats persona non grata on Tuesday" read as a clause
    ("diplomats" the subject of "persona"): the diplomats are the verb's object, "persona" its
    object complement, and the phrase's prepositions ("on Tuesday") the verb's."""
    if (token.lower_ != PHRASE_OPENER or token.dep_ not in CLAUSE_READINGS
            or token.head.lemma_.lower() not in DECLARING_VERBS):
        return False
    if not any(c.lower_ in UNWELCOME_WORDS for c in token.subtree):
        return False
    verb = token.head
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.dep_ == "dobj" for c in verb.children):
        return False
    reattach(subjects[0], verb, "dobj")
    for phrase in [c for c in token.children if c.dep_ == "prep"]:
        reattach(phrase, verb, "prep")
    reattach(token, verb, "oprd")
    token.pos_, token.tag_ = "NOUN", "NN"
    return True
