"""A visit told by being due somewhere: "Russian Foreign Minister Sergei Lavrov is due in Ankara
next Wednesday", "the ASEAN envoy is due in Naypyitaw next week", "a Kurdish delegation is due
in Baghdad for talks". The adjective "due" with a named place after "in" is the planned arrival
of its subject, as "is due to arrive in Ankara" is (and a load due somewhere is aid, as an
arriving one is: triggers.due_visits); "due to arrive" keeps its own verb, a date or a court
("due in March", "due in court") is no place, and a plan told in the past ("was due", "had been
due") is left to the words that tell what came of it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.visitors import named_place

# The words that put an arrival ahead, as the complement of "be".
DUE_WORDS = {"due"}
# Tags of "be" that keep the arrival ahead ("is due", "are due") and the auxiliaries of "will be
# due".
PRESENT_BE_TAGS = {"VBZ", "VBP"}
FUTURE_AUXES = {"will", "'ll"}
# Subjects that are things, not visitors: "The UN report on Gaza is due in Geneva" is no visit.
THING_SUBJECTS = {"report", "ruling", "verdict", "decision", "result", "results", "document",
                  "draft", "proposal", "plan", "budget", "reply", "response", "statement",
                  "payment", "data", "figure", "shipment", "delivery", "study", "review"}
# The verb whose row codes the arrival ("arrive in": CONSULT visit).
ARRIVAL_VERB = "arrive"
ARRIVAL_PREP = "in"


def due_in_place(token: Token) -> bool:
    """"is due in Ankara": the complement "due" of "be" with a named place after "in" and no
    infinitive of its own ("is due to arrive in" is told by "arrive")."""
    if token.lower_ not in DUE_WORDS or token.dep_ != "acomp" or token.head.lemma_ != "be":
        return False
    if not ahead(token.head):
        return False  # "a mediator who had been due in Bamako": the story tells what came of it
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in token.children):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in THING_SUBJECTS for c in token.head.children):
        return False  # "The UN report on Gaza is due in Geneva": a thing, no visitor
    return any(c.dep_ == "prep" and c.lower_ == ARRIVAL_PREP
               and any(o.dep_ == "pobj" and named_place(o) for o in c.children)
               for c in token.children)


def ahead(be: Token) -> bool:
    """"is due", "are due", "will be due": a plan still ahead; "was due" and "had been due"
    tell a plan whose fate the story tells in its own words ("but the trip was called off")."""
    if be.tag_ in PRESENT_BE_TAGS:
        return True
    return be.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES
                                   for c in be.children)


def due_arrivals(sent: Span, used: set[int]) -> list[Token]:
    """The words "due" of a sentence that tell a planned arrival somewhere."""
    return [token for token in sent if token.i not in used and due_in_place(token)]
