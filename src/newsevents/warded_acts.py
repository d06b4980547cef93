"""Whom a threat is aimed at when it wards off an act to come: "warned that the country would
take merciless countermeasures against any attempt by Washington and its allies to stop its
ships" (the United States), "the alliance would respond firmly to any further missile
launches" (whoever fired the missiles), "the group would answer every aggression against
Yemen" (whoever struck Yemen), "warned that any Israeli attack on Rafah would be met with a
strong response" (Israel). The would-be doer of the warded act is the threat's target: the
doer the act's noun names, else the doer of the latest act the story told with its verb, else
the doers of the latest force on the side the act would strike ("on Rafah", "against Yemen")
or on the threatener's own. With none of these, the targets found before stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS, prep_objects
from newsevents.verbed_acts import doer_by_verb

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

THREAT_TYPE = "THREATEN"
# Determiners of an act that may come: "any attack", "every aggression".
ANY_WORDS = {"any", "every"}
# Determiners of an act told as one case, warded off only as a subject or as what the
# threatener would treat as war: "an attack on Niger would be treated as", "would treat an
# intervention as a declaration of war".
ONE_CASE_WORDS = {"a", "an"}
# Verbs whose object is the act warded off: "answer every aggression", "treat an intervention
# as war", "will not tolerate any incursion".
WARDING_VERBS = {"answer", "treat", "regard", "consider", "view", "meet", "tolerate", "repel",
                 "punish", "counter", "respond", "retaliate"}
# Prepositions that hang the warded act on the response: "respond to any", "countermeasures
# against any".
WARDING_PREPS = {"to", "against"}
# Nouns of acts a threat wards off (besides the event nouns of the lexicon): "any attempt",
# "any aggression", "any provocation".
WARDED_ACT_NOUNS = {"attack", "attempt", "aggression", "intervention", "incursion", "invasion",
                    "provocation", "launch", "strike", "assault", "offensive", "violation",
                    "interference", "move", "action", "operation", "incident", "encroachment",
                    "intrusion", "escalation", "act"}
# Prepositions of the side the warded act would strike: "any attack on Niger", "every
# aggression against Yemen", "any intervention in Niger".
STRUCK_PREPS = {"on", "against", "in", "into", "upon"}
# The doer a warded act's noun names: "any attempt by Washington".
DOER_PREPS = {"by", "from"}


def warded_act_doers(trigger: Trigger, sources: list[Actor], targets: list[Actor],
                     context: ArticleContext, resolve) -> list[Actor]:
    """The would-be doers of the act a threat wards off, else the targets found."""
    noun = warded_act(trigger)
    if noun is None or not sources:
        return targets
    own = {a.side for a in sources} | {a.party_key for a in sources}
    struck = [a for a in resolve(prep_objects(noun, STRUCK_PREPS), True) if a.side not in own]
    doers = (_named_doers(noun, own, context, resolve)
             or _verbed_doer(noun, own, context)
             or _latest_strikers(struck or list(sources), own, context))
    return doers or targets


def warded_act(trigger: Trigger) -> Token | None:
    """The noun of the act a threat told with a verb wards off, if it names one."""
    verb = trigger.verb
    if trigger.coding.plover != THREAT_TYPE or trigger.nominal or verb is None:
        return None
    return next((token for token in verb.subtree
                 if token.i != verb.i and token.sent == verb.sent and _warded(token)), None)


def _warded(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in WARDED_ACT_NOUNS:
        return False
    words = {c.lower_ for c in token.children if c.dep_ == "det"}
    head = token.head
    as_subject = token.dep_ in SUBJECT_DEPS
    as_object = token.dep_ == "dobj" and head.lemma_.lower() in WARDING_VERBS
    if words & ANY_WORDS:
        return as_subject or as_object or (
            token.dep_ == "pobj" and head.lower_ in WARDING_PREPS)
    return bool(words & ONE_CASE_WORDS) and (as_subject or as_object) and _told_as_case(token)


def _told_as_case(token: Token) -> bool:
    """"an attack on Niger would be treated as war": the act's clause is conditional (a
    modal), not told as done ("an attack on Niger was repelled")."""
    clause = token.head
    return any(c.tag_ == "MD" for c in clause.children)


def _named_doers(noun: Token, own: set[str], context: ArticleContext, resolve) -> list[Actor]:
    """"any attempt by Washington", "Israel's attack", "any Israeli attack on Rafah"."""
    heads = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    heads += [d for d in prep_objects(noun, DOER_PREPS) if d.pos_ in ("NOUN", "PROPN")]
    named = [a for a in resolve(heads, True) if a.side not in own] if heads else []
    if named:
        return named
    adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    return [a for word in adjectives for a in resolve([word], True)
            if a.side not in own and a.country is not None
            and context.countries_named_in(word.i, word.i + 1)]


def _verbed_doer(noun: Token, own: set[str], context: ArticleContext) -> list[Actor]:
    """"fired a ballistic missile ... would respond to any further missile launches"."""
    doer = doer_by_verb(noun, own, context)
    return [doer] if doer is not None else []


def _latest_strikers(struck: list[Actor], own: set[str], context: ArticleContext
                     ) -> list[Actor]:
    """The doers of the latest force the story told on the struck side (its country), and of
    the force told just before it on the same side ("The United States and the United Kingdom
    carried out air strikes on Yemen")."""
    countries = {a.country for a in struck if a.country}
    doers: list[Actor] = []
    victim = None
    for _, doer, hit in reversed(context.forces):
        if hit.country not in countries or doer.side in own or doer.party_key in own:
            if doers:
                break
            continue
        if victim is not None and hit.side != victim:
            break
        victim = hit.side
        if all(d.side != doer.side for d in doers):
            doers.append(doer)
    return doers
