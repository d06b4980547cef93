"""Small readings of a spaCy parse that several stages share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

# Tags of a verb in the present tense ("accuses", "back").
PRESENT_TAGS = {"VBZ", "VBP"}
# Finite verb forms, which carry a subject of their own ("pressed", "urges", "back").
FINITE_TAGS = {"VBD"} | PRESENT_TAGS
# Clauses hung on a noun that describe it: "Tiani, who seized power", "the summit, which takes
# place in Addu", "banks dealing with Iran".
DESCRIBING_DEPS = {"relcl", "acl"}
# Dependents that tell when a verb's act was done ("on Monday", "last week").
TIME_DEPS = {"npadvmod", "prep", "tmod"}
# Prepositions that make an occasion the setting of an act ("at talks", "during a summit") or
# the moment just before it ("after talks", "following a meeting").
OCCASION_SETTING_PREPS = {"at", "during"}
AFTER_PREPS = {"after", "following"}
OCCASION_PREPS = OCCASION_SETTING_PREPS | AFTER_PREPS
# The subjects of a clause, active or passive ("Iran accused", "the town was shelled").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Types of an act of force ("fired tear gas", "shelled the town").
FORCE_TYPES = {"ASSAULT", "COERCE"}


def prep_objects(token: Token, words: set[str]) -> list[Token]:
    """The objects of the token's prepositions among ``words`` ("talks with Raisi": Raisi); a
    "to" the parser calls a dative is a preposition too ("send a delegation to Kiev and
    Moscow")."""
    return [g for c in token.children if (c.dep_ in ("prep", "agent") or (
        c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ in words
            for g in c.children if g.dep_ == "pobj"]


def first_conjunct(token: Token) -> Token:
    """The first of a chain of joined words ("freeze their assets" in "to ban both groups,
    freeze their assets and arrest ...": "ban")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def has_to_marker(verb: Token) -> bool:
    """"to press", "(vowed) to crush", "to help quell": the verb carries the infinitive "to"
    (as the parser hangs it, an auxiliary)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def marked_clause(token: Token, marks: Collection[str],
                  deps: Collection[str] | None = ("advcl",)) -> bool:
    """An adverbial clause (or a clause of one of ``deps``, of any kind when None) opened by
    one of ``marks`` ("since the junta reneged", "if the EU imposed sanctions")."""
    return (deps is None or token.dep_ in deps) and any(
        c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def reattach(token: Token, head: Token, dep: str) -> None:
    """Hang ``token`` on ``head`` with the dependency ``dep``: how the parse repairs mend a
    misparse ("Mediated by Qatar, Israel and Hamas agreed": Israel becomes the subject)."""
    token.head = head
    token.dep_ = dep


def joined_subjects(verb: Token | None) -> bool:
    """A verb done by conjoined subjects: "India, Japan and Australia will hold", "Philippine
    and U.S. forces will hold" (the nationalities joined inside one subject)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any(subject.conjuncts or any(
        c.conjuncts for c in subject.children if c.dep_ in ("amod", "compound"))
        for subject in subjects)


# Verbs whose "out of" object is what the act is about: "walked out of prison", "evacuated
# their officers out of the town" (verbs.tsv).
OUT_OF_LEMMAS = frozenset({"walk", "evacuate"})


def out_of_objects(verb: Token) -> list[Token]:
    """What an "out of" phrase on a verb of leaving custody names: "walked out of Luzira
    prison" (prison); the parser hangs "of" on "out", so the place is no object of "out"
    itself. Other verbs' "out of" ("pushed the forces out of Kharkiv") is left alone."""
    if verb.lemma_.lower() not in OUT_OF_LEMMAS:
        return []
    return [place for out in verb.children if out.dep_ == "prep" and out.lower_ == "out"
            for place in prep_objects(out, {"of"})]
