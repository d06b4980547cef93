"""Sides a clause names around an event noun rather than on it: the parties of a happening
hang on its verb ("Heavy fighting broke out between Israel and Hezbollah", "no talks took
place between the two Koreas"), and a capital that only opens the sentence ("Heavy",
"Fierce") names no doer."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import HAPPEN_VERBS
from newsevents.syntax import prep_objects

PARTY_PREPS = {"between", "among"}


def happening_parties(noun: Token) -> list[Token]:
    """The parties of an event noun told as happening, named on the verb ("clashes erupted
    between Armenian and Azerbaijani troops")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in HAPPEN_VERBS:
        return []
    return prep_objects(noun.head, PARTY_PREPS)


def sentence_initial_word(word: Token) -> bool:
    """A capital that only opens the sentence ("Heavy fighting"): no name, no nationality."""
    return word.is_sent_start and not word.ent_type_ and word.pos_ != "PROPN"
