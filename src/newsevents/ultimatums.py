"""Ultimatums told with a span of time: "gave Armenia 24 hours to withdraw its troops", "gave
Qatar ten days to meet their demands". The span is a time entity, which a verb otherwise never
acts on; given to someone to do something, it is the ultimatum (verbs.tsv: give + hour, day,
week, month = THREATEN).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.records import Event
from newsevents.sentences import evidence_span
from newsevents.summons import is_to_infinitive

if TYPE_CHECKING:
    from newsevents.places import Gazetteer

GRANTING_VERBS = {"give", "grant", "allow"}
SPAN_NOUNS = {"hour", "day", "week", "month"}
RECIPIENT_DEPS = {"dative"}
SPAN_DEPS = {"dobj", "npadvmod"}
DEMANDED_ACT_DEPS = {"xcomp", "acl", "relcl", "advcl"}
# "gave him 72 hours to leave the country": the notice of an expulsion, coded as the expulsion.
DEPARTING_VERBS = {"leave", "depart", "quit", "exit", "go"}
NOTICE_TO_LEAVE = "notice to leave"  # the object a span given to leave stands for (verbs.tsv)
LEFT_COUNTRY = "country"  # "to leave the country"
EXPULSION_TYPE = "SANCTION"


def granted_spans(verb: Token) -> set[str]:
    """The lemmas of time spans given to someone to act in: "hour" in "gave Armenia 24 hours
    to withdraw" (spaCy makes the span an object or an adverbial noun); nothing for "gave the
    talks two more days". A span given to leave is the notice of an expulsion: the object
    ``NOTICE_TO_LEAVE`` of verbs.tsv ("gave the attache 72 hours to leave the country")."""
    if verb.lemma_.lower() not in GRANTING_VERBS:
        return set()
    spans = _given_spans(verb)
    if not spans:
        return set()
    found = {span.lemma_.lower() for span in spans if _demanded_act(verb, span)} if any(
        c.dep_ in RECIPIENT_DEPS for c in verb.children) else set()
    # the one to leave is often parsed as a second object: "has given a Russian attache 72 hours"
    if any(c.dep_ in RECIPIENT_DEPS or (c.dep_ == "dobj" and c not in spans)
           for c in verb.children) and any(_departure(verb, span) for span in spans):
        found.add(NOTICE_TO_LEAVE)
    return found


def _given_spans(verb: Token) -> list[Token]:
    """The spans of time a granting verb gives: "hours" in "gave him 72 hours"."""
    return [span for span in verb.children
            if span.dep_ in SPAN_DEPS and span.lemma_.lower() in SPAN_NOUNS]


def _departure(verb: Token, span: Token) -> bool:
    """A to-infinitive of leaving the country on the verb or on the span: "48 hours to leave",
    "to leave the country", "gave him 72 hours to leave Peru" (a named place whole, whose
    country without_foreign_departures checks against the giver's); not "to leave their homes"
    nor "gave residents 24 hours to leave northern Gaza" (evacuations)."""
    return any(all(o.lemma_.lower() == LEFT_COUNTRY or _named_place(o)
                   for o in leaving.children if o.dep_ == "dobj")
               for leaving in _leavings(verb, span))


def _leavings(verb: Token, span: Token) -> list[Token]:
    return [c for c in (*verb.children, *span.children)
            if c.dep_ in DEMANDED_ACT_DEPS and is_to_infinitive(c)
            and c.lemma_.lower() in DEPARTING_VERBS]


def _named_place(word: Token) -> bool:
    """A place named whole: "Peru", "the United States"; not "northern Gaza"."""
    return word.pos_ == "PROPN" and not any(c.dep_ == "amod" for c in word.children)


def _left_places(verb: Token) -> list[str]:
    """The names of the places a granting verb gives time to leave ("to leave Peru")."""
    return [" ".join(t.text for t in o.subtree if t.dep_ != "det")
            for span in _given_spans(verb) for leaving in _leavings(verb, span)
            for o in leaving.children if o.dep_ == "dobj" and _named_place(o)]


def without_foreign_departures(events: list[Event], doc: Doc, gazetteer: Gazetteer
                               ) -> list[Event]:
    """Expulsions told as time given to leave a named place, less those whose place lies in
    another country than the giver's ("gave residents 24 hours to leave Rafah": no expulsion
    by Israel); "The Peruvian government gave the ambassador 72 hours to leave Peru" stays."""
    return [event for event in events if not _foreign_departure(event, doc, gazetteer)]


def _foreign_departure(event: Event, doc: Doc, gazetteer: Gazetteer) -> bool:
    giver = event.source.country
    if event.event_type != EXPULSION_TYPE or giver is None:
        return False
    span = evidence_span(event, doc)
    head = (event.evidence.trigger or "").split()[:1]
    places = [gazetteer.lookup(name) for t in (span if span is not None else ())
              if [t.text] == head and t.lemma_.lower() in GRANTING_VERBS
              for name in _left_places(t)]
    return any(p is not None and p.country not in (None, giver) for p in places)


def _demanded_act(verb: Token, span: Token) -> bool:
    """A to-infinitive on the verb or on the span, other than to leave: "to withdraw"."""
    return any(c.dep_ in DEMANDED_ACT_DEPS and is_to_infinitive(c)
               and c.lemma_.lower() not in DEPARTING_VERBS
               for c in (*verb.children, *span.children))
