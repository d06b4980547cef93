"""Ultimatums told with a span of time: "gave Armenia 24 hours to withdraw its troops", "gave
Qatar ten days to meet their demands". The span is a time entity, which a verb otherwise never
acts on; given to someone to do something, it is the ultimatum (verbs.tsv: give + hour, day,
week, month = THREATEN).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.summons import is_to_infinitive

GRANTING_VERBS = {"give", "grant", "allow"}
SPAN_NOUNS = {"hour", "day", "week", "month"}
RECIPIENT_DEPS = {"dative"}
SPAN_DEPS = {"dobj", "npadvmod"}
DEMANDED_ACT_DEPS = {"xcomp", "acl", "relcl", "advcl"}
# "gave him 72 hours to leave the country": the notice of an expulsion, coded as the expulsion.
DEPARTING_VERBS = {"leave", "depart", "quit", "exit", "go"}


def granted_spans(verb: Token) -> set[str]:
    """The lemmas of time spans given to someone to act in: "hour" in "gave Armenia 24 hours
    to withdraw" (spaCy makes the span an object or an adverbial noun); nothing for "gave the
    talks two more days"."""
    if verb.lemma_.lower() not in GRANTING_VERBS or not any(
            c.dep_ in RECIPIENT_DEPS for c in verb.children):
        return set()
    return {span.lemma_.lower() for span in verb.children if span.dep_ in SPAN_DEPS
            and span.lemma_.lower() in SPAN_NOUNS and _demanded_act(verb, span)}


def _demanded_act(verb: Token, span: Token) -> bool:
    """A to-infinitive on the verb or on the span, other than to leave: "to withdraw"."""
    return any(c.dep_ in DEMANDED_ACT_DEPS and is_to_infinitive(c)
               and c.lemma_.lower() not in DEPARTING_VERBS
               for c in (*verb.children, *span.children))
