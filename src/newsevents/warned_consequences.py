"""Warnings of a consequence, not of anyone's act, are no threat: "warned that a new offensive
would undermine regional stability and put troops at risk", "warned that escalation threatened
shipping", "warned that hard-won gains could be lost", "warned that the gangs will not be
defeated by police alone".

The warned clause's subject is a common noun: no state, group or person ("warned that Russia
would ..." stays a threat), and as the doer of an active verb no armed actor or weapon either
("its military would undermine", "troops would wipe out", "its missiles would threaten": titles
of the MIL, COP, REB or SPY sectors in data/actors/titles.tsv and the weapons of role `armed`).
Its verb foretells harm to something (data/lexicon/warned_consequences.tsv, roles `verb` and
`risk`), and no condition on an actor's act makes the warning a threat ("would threaten US
bases if Washington attacked"). A negated passive tells a consequence only with a verb of role
`negated` ("will not be defeated"); the stock threats "would not be tolerated / allowed / left
without a response" and "military action could not be ruled out" stay threats."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.actorbook import packaged_titles
from newsevents.syntax import SUBJECT_DEPS, marked_clause
from newsevents.tables import words_of_roles
from newsevents.threats import THREAT_CONDITION_MARKS

CONSEQUENCES_FILE = resources.files("newsevents") / "data" / "lexicon" / \
    "warned_consequences.tsv"
CONSEQUENCE_VERBS = words_of_roles(CONSEQUENCES_FILE, "verb")
RISK_NOUNS = words_of_roles(CONSEQUENCES_FILE, "risk")
NEGATED_VERBS = words_of_roles(CONSEQUENCES_FILE, "negated")
# "put American troops at risk".
RISK_PREP = "at"
# Armed doers and their weapons: "troops", "its military", "nuclear forces", "rebels",
# "police", "missiles", "drones" (titles.tsv rows whose first sector is one of these), and the
# weapons of role `armed` ("arsenal").
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY"})
ARMED_TITLES = frozenset(row["title"] for row in packaged_titles()
                         if row["sectors"].split("|")[0] in ARMED_SECTORS) | \
    words_of_roles(CONSEQUENCES_FILE, "armed")


def tells_a_consequence(clause: Token) -> bool:
    """The warned clause foretells what would befall a thing, told by a common noun."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not all(s.pos_ == "NOUN" and not s.ent_type_ for s in subjects):
        return False
    if _negated_passive(clause):
        return _verb_words(clause) in NEGATED_VERBS
    if any(s.dep_ == "nsubj" and _armed(s) for s in subjects) or _on_an_actors_condition(clause):
        return False
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(_foretells_harm(verb) for verb in verbs)


def _foretells_harm(verb: Token) -> bool:
    if verb.lemma_.lower() in CONSEQUENCE_VERBS:
        return True
    return any(prep.dep_ == "prep" and prep.lower_ == RISK_PREP and any(
        o.dep_ == "pobj" and o.lemma_.lower() in RISK_NOUNS for o in prep.children)
        for prep in verb.children)


def _negated_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "neg" in deps and "auxpass" in deps


def _verb_words(verb: Token) -> str:
    """The verb's lemma with its particle: "rule out"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _armed(subject: Token) -> bool:
    return subject.lower_ in ARMED_TITLES or subject.lemma_.lower() in ARMED_TITLES


def _on_an_actors_condition(clause: Token) -> bool:
    """A condition on a state's, group's or person's act: "if Washington attacked", "unless
    they withdraw" (not "if the fighting spreads", a consequence still)."""
    for condition in clause.children:
        if marked_clause(condition, THREAT_CONDITION_MARKS) and any(
                s.dep_ in SUBJECT_DEPS and (s.pos_ in ("PROPN", "PRON") or s.ent_type_)
                for s in condition.children):
            return True
    return False
