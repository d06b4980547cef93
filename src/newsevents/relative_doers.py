"""Who a pronoun doing the act of a relative clause stands for: in "imposed sanctions on three
companies it accused of smuggling" or "expelled two diplomats whom it accused of spying" the
clause is on what the main clause acted on, and its "it" is the main clause's doer, never the
noun the clause describes (the nearest name before the pronoun). A "they" is left to the
story's groups: "Saudi Arabia, the UAE and Bahrain sanctioned nine men they accused" is all
three, which one name in the subject cannot give."""

from __future__ import annotations

from spacy.tokens import Token

# Pronouns that stand for one state or body doing something.
DOING_PRONOUNS = {"it"}
# How far up from the described noun the clause's verb may be ("sanctions on three companies").
MAX_STEPS = 4


def relative_clause_doer(pronoun: Token) -> Token | None:
    """The subject of the clause whose object the relative clause describes, for a pronoun
    that is the relative clause's own subject; None otherwise."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in DOING_PRONOUNS or clause.dep_ != "relcl":
        return None
    word = clause.head
    for _ in range(MAX_STEPS):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    if word.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT") or subject.i > pronoun.i:
        return None
    return subject
