"""Who made the charge a relative clause denies: "Moscow accused Kiev of siphoning off gas, a
charge Ukraine denies" (Moscow), "Polish officials said Belarusian helicopters had crossed
into Polish airspace, a claim Minsk denied" (the officials): the speaker or accuser of the
clause the charge noun is in apposition to."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.answered_charges import CHARGE_NOUNS, answered_charge
from newsevents.arguments import subject_of
from newsevents.quotes import SPEECH_VERBS

ACCUSING_VERBS = {"accuse", "blame", "charge", "denounce", "condemn", "criticise", "criticize"}
# How many heads up from the charge noun the accusing or speech verb may be.
MAX_STEPS = 6


def charge_makers(verb: Token) -> list[Token]:
    """The subjects of the accusing or speech verb a denied charge restates."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in CHARGE_NOUNS:
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


def charge_answerers(noun: Token) -> list[Token]:
    """Whom an answered charge accuses: the subjects of the verb that answers it ("Bolivia" of
    "Bolivia has denied accusations by Lima")."""
    return subject_of(noun.head)[0] if answered_charge(noun) else []
