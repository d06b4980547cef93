"""Who made the charge a relative clause denies: "Moscow accused Kiev of siphoning off gas, a
charge Ukraine denies" (Moscow), "Polish officials said Belarusian helicopters had crossed
into Polish airspace, a claim Minsk denied" (the officials): the speaker or accuser of the
clause the charge noun is in apposition to; and who made the request or offer a relative clause
turns down: "Cambodia has called for peacekeepers, a request Thailand has rejected" (Cambodia),
"Minsk has invited NATO attaches, an offer Vilnius said it had turned down" (Minsk): the
subject of the clause the noun is in apposition to."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.arguments import subject_of
from newsevents.quotes import SPEECH_VERBS
from newsevents.references import SUBJECT_DEPS
from newsevents.tables import words_of_roles

CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}
ACCUSING_VERBS = {"accuse", "blame", "charge", "denounce", "condemn", "criticise", "criticize"}
PROPOSALS_FILE = resources.files("newsevents") / "data" / "lexicon" / "proposals.tsv"
# "a request", "an offer", "an idea": made by whoever did the act the noun restates.
PROPOSAL_NOUNS = words_of_roles(PROPOSALS_FILE, "proposal")
# The clause of a turned-down act may be reported inside the relative clause ("an offer
# Vilnius said it had turned down").
REPORTED_CLAUSE_DEPS = {"ccomp"}
# How many heads up from the charge noun the accusing or speech verb may be.
MAX_STEPS = 6


def charge_makers(verb: Token) -> list[Token]:
    """The subjects of the accusing or speech verb a denied charge restates."""
    while verb.dep_ in REPORTED_CLAUSE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return []
    noun = verb.head.lemma_.lower()
    if noun in PROPOSAL_NOUNS:
        return proposal_makers(verb.head)
    if noun not in CHARGE_NOUNS:
        return []
    word = verb.head
    for _ in range(MAX_STEPS):
        if word.head.i == word.i:
            return []
        word = word.head
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and (lemma in ACCUSING_VERBS or lemma in SPEECH_VERBS):
            return subject_of(word)[0]
    return []


def proposal_makers(noun: Token) -> list[Token]:
    """The subject of the outermost clause a request or offer noun hangs in ("Minsk has
    invited ..., an offer ..."; "Kouchner has suggested that the council invoke its duty, an
    idea ..."); none for a noun that is a subject itself ("the request, which ...")."""
    if noun.dep_ in SUBJECT_DEPS:
        return []
    verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and subject_of(a)[0]]
    return subject_of(verbs[-1])[0] if verbs else []
