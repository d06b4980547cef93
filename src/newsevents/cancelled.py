"""Event nouns told as called off: "cancelled Pompeo's visit", "the summit was called off",
"postponed talks with Japan". The meeting did not take place when it was due: negated."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that call an event off when it is their object ("scrapped the talks") or their passive
# subject ("the summit was cancelled"). "Delay" and "push back" are left out: a delayed meeting
# is still planned ("talks due to start in May but delayed").
CANCELLING_VERBS = {"cancel", "postpone", "scrap", "shelve", "axe", "abort", "abandon",
                    "scuttle", "scupper", "annul", "nix"}
# Particle verbs of the same sense: "called off the summit", "put off the talks".
CANCELLING_PARTICLES = {"call": "off", "put": "off"}
# Participles before a noun that tell it called off: "the cancelled visit". "Postponed" is not
# one: "the gathering, postponed twice, will bring together ..." is still to happen.
CANCELLED_MODIFIERS = {"cancelled", "canceled", "scrapped", "aborted", "abandoned", "shelved",
                       "axed", "called-off"}
OBJECT_DEPS = {"dobj", "nsubjpass"}
# Verbs that tell an event happening, with the word that completes them: negated, the event
# did not happen ("the planned talks did not take place", "the march will not go ahead").
OCCURRENCE_VERBS = {"take": "place", "go": "ahead", "happen": None, "occur": None,
                    "materialise": None, "materialize": None, "proceed": None}


def is_cancelling(verb: Token) -> bool:
    """A verb that calls something off: "cancelled", "called off", "put off", "scrapped"."""
    lemma = verb.lemma_.lower()
    if lemma in CANCELLING_VERBS:
        return True
    particle = CANCELLING_PARTICLES.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def is_called_off(noun: Token) -> bool:
    """The event noun is what a verb calls off ("Trump cancelled Pompeo's visit", "a summit in
    Luanda was called off", "Egypt postponed the talks", "the scrapped summit", "cancelled
    the visit and the talks")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if any(c.dep_ in ("amod", "compound") and c.lower_ in CANCELLED_MODIFIERS
           for c in noun.children):
        return True
    return (noun.dep_ in OBJECT_DEPS and is_cancelling(noun.head)) or _did_not_happen(noun)


def _did_not_happen(noun: Token) -> bool:
    """"The planned talks did not take place", "the scheduled march will not go ahead"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return False
    completion = OCCURRENCE_VERBS[verb.lemma_.lower()]
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and (
        completion is None or any(c.lower_ == completion for c in children))
