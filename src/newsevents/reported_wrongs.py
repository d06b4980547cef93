"""Accusations told as a report of another side's wrongdoing, with no word of blame: "Seoul
said North Korea had jammed GPS signals", "Kyiv said Moscow was deliberately targeting the
grid", "the ministry said Chinese vessels had harassed a resupply mission", "Khartoum said
the UAE was behind the attack". The speech verb is the accusation; its target is the doer of
the reported clause. Only deeds that are wrongs in themselves count (violating, harassing,
meddling, lying, being responsible for something): reported attacks are not accusations here
(adding an ACCUSE after every reported attack was measured and cost precision). A clause that
is negated, told with a modal ("could interfere"), or whose doer is not named by a country or
body ("said its troops had breached", "said the men had violated") blames no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding
from newsevents.quotes import SPEECH_VERBS
from newsevents.status import FUTURE_AUX, HYPOTHETICAL_AUX
from newsevents.triggers import Trigger

# Deeds wrong in themselves, as the verb of a reported clause ("said Armenia had violated").
WRONG_VERBS = {
    "violate", "breach", "flout", "infringe", "harass", "intimidate", "provoke", "stoke",
    "incite", "meddle", "interfere", "sabotage", "plot", "orchestrate", "mastermind",
    "sponsor", "smuggle", "jam", "ram", "spy", "hack", "lie", "fabricate", "falsify",
    "distort", "rig", "steal", "loot", "persecute", "mistreat", "destabilize", "destabilise",
    "undermine", "obstruct", "encroach", "intrude", "trespass", "harbour", "harbor",
    "shelter", "arm", "disrupt", "manipulate", "exploit", "abuse", "torture",
}
# "said Iran was responsible for", "said Rwanda was behind", "said Moscow was to blame".
BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "blame"}
BEHIND_PREPS = {"behind"}
ACTIVE_SUBJECT_DEPS = {"nsubj"}
NAMING_ENTITIES = {"GPE", "NORP", "ORG"}
MARKER_DEPS = {"compound", "amod", "poss", "nmod"}  # "Chinese vessels", "Russia's army"
BLAME_TARGETS = ("obj",)
# "could interfere", "will meddle": a clause told with a modal or a future asserts no wrong.
MODAL_WORDS = HYPOTHETICAL_AUX | FUTURE_AUX


def reported_wrongs(sent: Span, triggers: list[Trigger], accuse: Coding) -> list[Trigger]:
    """"Azerbaijan said Armenian forces had violated the ceasefire": an accusation on the
    speech verb, aimed at the reported clause's doer."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for verb in sent:
        if verb.dep_ != "ccomp":
            continue
        speech = verb.head
        if (speech.i in taken or speech.i == verb.i
                or speech.lemma_.lower() not in SPEECH_VERBS
                or not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in speech.children)
                or not _tells_wrong(verb) or not _asserted(verb)):
            continue
        doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
        if not doers or not all(_named(d) for d in doers):
            continue
        taken.add(speech.i)
        found.append(Trigger(speech, (speech,), accuse, BLAME_TARGETS, speech, nominal=False))
    return found


def _tells_wrong(verb: Token) -> bool:
    """"had violated", "was arming", "was responsible for", "was behind"."""
    if verb.lemma_.lower() in WRONG_VERBS:
        return True
    if verb.lemma_.lower() != "be":
        return False
    return any((c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in BLAME_WORDS)
               or (c.dep_ == "prep" and c.lower_ in BEHIND_PREPS) for c in verb.children)


def _asserted(verb: Token) -> bool:
    """Neither negated nor told with a modal ("could interfere", "had not violated")."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS)
                   for c in verb.children)


def _named(subject: Token) -> bool:
    """"North Korea", "Chinese vessels", "Russia's army" name an accused side; "we", "its
    troops", "which", "the men", "those detained" do not."""
    if subject.pos_ == "PROPN" or subject.ent_type_ in NAMING_ENTITIES:
        return True
    return any(c.dep_ in MARKER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in NAMING_ENTITIES)
               for c in subject.children)
