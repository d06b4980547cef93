"""A state told by a bare common noun as a clause's doer: "The kingdom condemned the attack",
"the country has recalled its envoy". It is the state named last before it, in its sentence
or the one before, that the rest of its sentence does not name; "the kingdom" and "the
emirate" only one whose formal name says so ("Kingdom of Saudi Arabia",
data/actors/countries.tsv aliases)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actorbook import ActorBook
from newsevents.context import ArticleContext
from newsevents.records import Actor

# Nouns that stand alone for a state as a doer, with the word its formal name must hold (None:
# any state). "The state" and "the island" often mean something else.
DOER_STATE_NOUNS = {"country": None, "nation": None, "kingdom": "kingdom", "emirate": "emirate"}
DOER_DEPS = {"nsubj", "nsubjpass"}


def state_as_doer(head: Token, context: ArticleContext, book: ActorBook) -> Actor | None:
    lemma = head.lemma_.lower()
    if head.dep_ not in DOER_DEPS or lemma not in DOER_STATE_NOUNS:
        return None
    if [child.lower_ for child in head.children] != ["the"]:
        return None  # "the neighbouring country", "the country's army"
    form = DOER_STATE_NOUNS[lemma]
    sent, doc = head.sent, head.doc
    before = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    later = {c for _, c, _ in context.countries_named_in(head.i, sent.end)}
    named = [c for _, c, _ in context.countries_named_in(before, head.i)
             if c not in later and (form is None or form in book.state_forms.get(c, ()))]
    if not named:
        return None
    return Actor(text=head.text, code=named[-1], country=named[-1], kind="state")
