"""Charges answered by their object's verb: "Bolivia has denied accusations by Lima that it is
helping to finance the protests" tells Lima's accusation of Bolivia as well as the denial (the
gold codes both). Kept apart from denied_charges.py, which needs the argument readings, so that
the trigger finder can read it."""

from __future__ import annotations

from spacy.tokens import Token

CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}
# Prepositions that name who made a charge: "accusations by Lima", "allegations from Kigali".
CHARGE_AUTHOR_PREPS = {"by", "from"}
# Verbs that answer a charge made to their subject: "denied accusations by Lima that ...".
ANSWERING_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff"}


def answered_charge(noun: Token) -> bool:
    """"Bolivia has denied accusations by Lima that it is helping to finance the protests",
    "Ivory Coast rejected accusations by Burkina Faso's security minister that it was
    harbouring coup plotters": a charge whose author is named, answered by the verb it is the
    object of, is its author's accusation of the one answering, an event of its own beside the
    denial."""
    return (noun.lemma_.lower() in CHARGE_NOUNS and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ANSWERING_VERBS
            and any(c.dep_ == "prep" and c.lower_ in CHARGE_AUTHOR_PREPS
                    and any(g.dep_ == "pobj" for g in c.children) for c in noun.children))

