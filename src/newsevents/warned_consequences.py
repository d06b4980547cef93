"""Warnings of a consequence, not of anyone's act, are no threat: "warned that a new offensive
would undermine regional stability and put troops at risk", "warned that escalation threatened
shipping", "warned that hard-won gains could be lost", "warned that the gangs will not be
defeated by police alone", "warned that outages could not be ruled out". The warned clause's
subject is a common noun (no state, group or person: "warned that Russia would ..." stays a
threat) and its verb foretells harm to something (data/lexicon/warned_consequences.tsv) or is
a negated passive (what will not happen to the subject)."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.tables import words_of_roles

CONSEQUENCES_FILE = resources.files("newsevents") / "data" / "lexicon" / \
    "warned_consequences.tsv"
CONSEQUENCE_VERBS = words_of_roles(CONSEQUENCES_FILE, "verb")
RISK_NOUNS = words_of_roles(CONSEQUENCES_FILE, "risk")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# "put American troops at risk".
RISK_PREP = "at"


def tells_a_consequence(clause: Token) -> bool:
    """The warned clause foretells what would befall a thing, told by a common noun."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not all(s.pos_ == "NOUN" and not s.ent_type_ for s in subjects):
        return False
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(_foretells_harm(verb) for verb in verbs) or _negated_passive(clause)


def _foretells_harm(verb: Token) -> bool:
    if verb.lemma_.lower() in CONSEQUENCE_VERBS:
        return True
    return any(prep.dep_ == "prep" and prep.lower_ == RISK_PREP and any(
        o.dep_ == "pobj" and o.lemma_.lower() in RISK_NOUNS for o in prep.children)
        for prep in verb.children)


def _negated_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "neg" in deps and "auxpass" in deps
