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
NOTICE_TO_LEAVE = "notice to leave"  # the object a span given to leave stands for (verbs.tsv)
LEFT_COUNTRY = "country"  # "to leave the country"


def granted_spans(verb: Token) -> set[str]:
    """The lemmas of time spans given to someone to act in: "hour" in "gave Armenia 24 hours
    to withdraw" (spaCy makes the span an object or an adverbial noun); nothing for "gave the
    talks two more days". A span given to leave is the notice of an expulsion: the object
    ``NOTICE_TO_LEAVE`` of verbs.tsv ("gave the attache 72 hours to leave the country")."""
    if verb.lemma_.lower() not in GRANTING_VERBS:
        return set()
    spans = [span for span in verb.children
             if span.dep_ in SPAN_DEPS and span.lemma_.lower() in SPAN_NOUNS]
    if not spans:
        return set()
    found = {span.lemma_.lower() for span in spans if _demanded_act(verb, span)} if any(
        c.dep_ in RECIPIENT_DEPS for c in verb.children) else set()
    # the one to leave is often parsed as a second object: "has given a Russian attache 72 hours"
    if any(c.dep_ in RECIPIENT_DEPS or (c.dep_ == "dobj" and c not in spans)
           for c in verb.children) and any(_departure(verb, span) for span in spans):
        found.add(NOTICE_TO_LEAVE)
    return found


def _departure(verb: Token, span: Token) -> bool:
    """A to-infinitive of leaving the country on the verb or on the span: "48 hours to leave",
    "to leave the country", "Peru gave him 72 hours to leave Peru"; not "to leave their homes"
    nor "gave residents 24 hours to leave northern Gaza" (evacuations)."""
    givers = {s.lower_ for s in _givers(verb)}
    return any(c.dep_ in DEMANDED_ACT_DEPS and is_to_infinitive(c)
               and c.lemma_.lower() in DEPARTING_VERBS and all(
                   o.lemma_.lower() == LEFT_COUNTRY or o.lower_ in givers
                   for o in c.children if o.dep_ == "dobj")
               for c in (*verb.children, *span.children))


def _givers(verb: Token) -> list[Token]:
    """The subject of the granting verb, or of the verb it is conjoined to."""
    for clause in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


def _demanded_act(verb: Token, span: Token) -> bool:
    """A to-infinitive on the verb or on the span, other than to leave: "to withdraw"."""
    return any(c.dep_ in DEMANDED_ACT_DEPS and is_to_infinitive(c)
               and c.lemma_.lower() not in DEPARTING_VERBS
               for c in (*verb.children, *span.children))
