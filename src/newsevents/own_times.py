"""A clause that tells its own time: "On Friday he accused", "who threatened Ukraine a year
later", "who will urge Israel next month". Its act need not have happened where, or when, the
sentence or clause before it places its speaker or his trip (``continued_statements``,
``visitor_clauses``)."""

from __future__ import annotations

from spacy.tokens import Token

# Words that move a clause's act away from the moment told before it.
SHIFT_WORDS = {"later", "earlier", "afterwards", "previously", "since", "then"}
# Auxiliaries of a future or a perfect: "who will urge", "who had threatened".
SHIFT_AUXILIARIES = {"will", "'ll", "shall", "would", "'d", "had", "has", "have", "'ve"}
# Prepositions of a length of time, not of a moment: "talks for three hours".
SPAN_PREPOSITIONS = {"for", "over", "throughout"}
# Entity labels of a day or an hour.
TIME_LABELS = {"DATE", "TIME"}


def tells_own_time(verb: Token) -> bool:
    """``verb``'s clause names a day or hour of its own ("On Friday he accused", "a year
    later"), not one inside its objects ("crews it detained last week") nor a length as its
    object ("held three hours of talks")."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") or (child.dep_ == "advmod" and (
                child.lower_ in SHIFT_WORDS or child.ent_type_ in TIME_LABELS)):
            return True
        if child.dep_ == "prep" and child.lower_ not in SPAN_PREPOSITIONS and any(
                c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in child.children):
            return True
    return False


def shifted_in_time(verb: Token) -> bool:
    """``verb``'s clause is a future or a perfect ("who will urge", "who had met")."""
    return any(c.dep_ in ("aux", "aux:pass") and c.lower_ in SHIFT_AUXILIARIES
               for c in verb.children)
