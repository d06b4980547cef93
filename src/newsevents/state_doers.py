"""A state told by a bare common noun as a clause's doer: "The kingdom condemned the attack",
"the country has recalled its envoy". It is a state named before it, in its sentence or the one
before, that the rest of its sentence does not name; "the kingdom" and "the emirate" only one
that is one (the `forms` column of data/actors/countries.tsv). When that leaves several states,
the one a main clause had as its doer ("Moldova expelled two Russian diplomats. The country
also recalled its ambassador": Moldova, not Russia), unless that clause acted on another of them
named outright ("The US urged Israel to ... The country said": no one). A "the country" that
answers what was said to it ("The US urged Israel to ... The country rejected the call") is
the state the last main clause spoke to."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.actorbook import ActorBook
from newsevents.context import ArticleContext
from newsevents.event_nouns import governing_verb
from newsevents.records import Actor
from newsevents.syntax import SUBJECT_DEPS
from newsevents.tables import words_of_roles

# Nouns that stand alone for a state as a doer, with the form the state must have (None: any
# state). "The state" and "the island" often mean something else.
DOER_STATE_NOUNS = {"country": None, "nation": None, "kingdom": "kingdom", "emirate": "emirate"}
OBJECT_DEPS = {"dobj", "dative"}
# Clauses that only set the scene of another: "After Russia struck Kyiv, ...".
SUBORDINATE_DEPS = {"advcl", "relcl", "acl"}
ANSWER_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "answered_addressees.tsv"
ANSWERING_VERBS = words_of_roles(ANSWER_WORDS_FILE, "answering")  # "rejected", "accepted"
ADDRESSED_NOUNS = words_of_roles(ANSWER_WORDS_FILE, "addressed")  # "the call", "the charge"


def state_as_doer(head: Token, context: ArticleContext, book: ActorBook) -> Actor | None:
    """The state a bare "the kingdom", "the country", "the nation" or "the emirate" heading a
    clause's doer stands for; None when no one state is meant."""
    lemma = head.lemma_.lower()
    if head.dep_ not in SUBJECT_DEPS or lemma not in DOER_STATE_NOUNS:
        return None
    if [child.lower_ for child in head.children] != ["the"]:
        return None  # "the neighbouring country", "the country's army"
    form = DOER_STATE_NOUNS[lemma]
    sent, doc = head.sent, head.doc
    before = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    later = {c for _, c, _ in context.countries_named_in(head.i, sent.end)}
    named = [(i, c, kind) for i, c, kind in context.countries_named_in(before, head.i)
             if c not in later and (form is None or form in book.state_forms.get(c, ()))]
    if len({c for _, c, _ in named}) > 1:
        tokens = [(doc[i], c, kind) for i, c, kind in named]
        state = _addressee_answering(head, tokens) or _main_doer(tokens)
    else:
        state = named[-1][1] if named else None
    if state is None:
        return None
    return Actor(text=head.text, code=state, country=state, kind="state")


def _main_doer(named: list[tuple[Token, str, str]]) -> str | None:
    """Of several states, the one the last main clause naming one of them had as its doer,
    when that clause names no other of them as its object outright ("urged Israel", not
    "met Ugandan police chiefs")."""
    roles = [(_argument(token, kind), country) for token, country, kind in named]
    doers = [(argument, country) for (argument, outright), country in roles
             if argument.dep_ in SUBJECT_DEPS and not _subordinate(argument.head)]
    if not doers:
        return None
    last = doers[-1][0]
    states = {country for argument, country in doers if argument == last}
    if len(states) != 1:
        return None  # "France and Germany said ..."
    objects = {country for (argument, outright), country in roles
               if outright and argument.dep_ in OBJECT_DEPS and argument.head == last.head}
    return None if objects - states else states.pop()


def _argument(token: Token, kind: str) -> tuple[Token, bool]:
    """The clause argument a state's name is part of, and whether the name is that argument
    itself ("Israel", "the United States") rather than a word on it ("Russian diplomats")."""
    outright = kind != "adjective"
    while token.dep_ not in SUBJECT_DEPS | OBJECT_DEPS and token.head.i != token.i \
            and token.pos_ not in ("VERB", "AUX"):
        outright = outright and token.dep_ == "compound"
        token = token.head
    return token, outright


def _subordinate(verb: Token) -> bool:
    """A verb in a clause that modifies another ("After Russia struck Kyiv", "which ...")."""
    while verb.head.i != verb.i:
        if verb.dep_ in SUBORDINATE_DEPS:
            return True
        verb = verb.head
    return False


def _addressee_answering(head: Token, named: list[tuple[Token, str, str]]) -> str | None:
    """"The US urged Israel to ... The country rejected the call": a doer answering "the call",
    "the demand" or "the charge" is the one state the last main clause with a state as its doer
    spoke to ("urged Israel", "called on Ethiopia", "accused Iran")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ADDRESSED_NOUNS
               and all(d.dep_ == "det" for d in c.children) for c in verb.children):
        return None  # "rejected its own draft", "accepted the Chinese offer"
    roles = [(_argument(token, kind)[0], token, country) for token, country, kind in named]
    doers = [(argument, country) for argument, _, country in roles
             if argument.dep_ in SUBJECT_DEPS and not _subordinate(argument.head)]
    if not doers:
        return None
    last, doer = doers[-1]
    spoken_to = {country for argument, token, country in roles if country != doer
                 and argument.dep_ not in SUBJECT_DEPS and governing_verb(token) == last.head}
    return spoken_to.pop() if len(spoken_to) == 1 else None

