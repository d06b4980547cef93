"""A truce signed is a truce to be kept: "Sudan's army and the RSF signed a seven-day ceasefire"
tells the agreement (AGREE, from the verb) and the ceasefire the signers are to observe (a
planned RETREAT between the same sides, CAMEO 0871).

A truce only agreed to ("Kyrgyzstan and Tajikistan agreed to a ceasefire late on Friday") is
left to the agreement: the dev gold set codes it as one event.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Token

from newsevents.lexicon import Coding, coded_as
from newsevents.records import Event, EventDate
from newsevents.triggers import Trigger

SIGNING_VERBS = {"sign"}
TRUCE_NOUNS = {"ceasefire", "truce", "armistice"}
# "signed a permanent ceasefire agreement": the truce named as the agreement's kind.
TRUCE_DOCUMENTS = {"agreement", "deal", "accord", "pact"}


def signs_a_truce(trigger: Trigger) -> bool:
    """"signed a 72-hour ceasefire", "signed a definitive ceasefire agreement"."""
    verb = trigger.verb
    if (trigger.coding.plover != "AGREE" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in SIGNING_VERBS):
        return False
    return any(_names_a_truce(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _names_a_truce(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in TRUCE_NOUNS:
        return True
    return lemma in TRUCE_DOCUMENTS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRUCE_NOUNS
        for c in noun.children)


def kept_truce(signing: Event, truce: Coding, undated: EventDate) -> Event:
    """The ceasefire the signers of ``signing`` are to keep: the same sides, planned (or the
    signing's own status when that is not a past act), with no day of its own (the story dates
    the signing, not the truce's start)."""
    status = "planned" if signing.status == "occurred" else signing.status
    key = f"{signing.event_id}|truce".encode()
    return coded_as(signing, truce, event_id=hashlib.sha1(key).hexdigest()[:20], status=status,
                    date=undated, location=None)
