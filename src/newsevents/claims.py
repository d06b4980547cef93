"""Attacks told with no doer whose author owns them in a claim nearby: "Drones struck a gas
plant at Shaybah ... The Houthis claimed responsibility" is the Houthis' attack. The claimant
is the subject of a claim of responsibility (claimed / took / accepted / admitted / assumed
responsibility or credit, "claimed the attack") in the attack's sentence or the two after it,
or the one before ("Al-Shabaab claimed responsibility for Monday's bombing. The blast
killed ..."). Denied, negated or wished claims ("no group has claimed responsibility",
"must take responsibility") name no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.triggers import Trigger

CLAIM_TYPE = "ASSAULT"
# "claimed responsibility", "took credit", "accepted responsibility", "admitted responsibility".
CLAIM_VERBS = {"claim", "take", "accept", "admit", "assume"}
CLAIMED_NOUNS = {"responsibility", "credit"}
# "claimed the attack", "claimed the bombing": an act of force claimed outright.
CLAIMED_ACTS = {"attack", "bombing", "blast", "explosion", "assault", "raid", "strike",
                "ambush", "shooting", "killing", "attacks", "kidnapping", "abduction"}
NEGATORS = {"no", "not", "never", "n't", "none"}
MODALS = {"must", "should", "would", "could", "may", "might"}
PAST_TAGS = {"VBD", "VBN", "VBZ"}
# Subjects that carry out an attack without naming who sent them.
WEAPON_NOUNS = {"drone", "rocket", "missile", "shell", "mortar", "bomb", "blast", "explosion",
                "explosive", "device", "grenade", "projectile", "bomber", "gunman", "attacker",
                "assailant", "shot", "bullet", "fire", "gunfire", "barrage", "salvo", "round",
                "car", "truck", "vehicle", "man", "men", "militant", "fighter", "group"}
OWNER_DEPS = {"poss", "compound", "amod", "nmod", "appos"}  # "the gunmen, Taliban fighters"
OWNER_ENTITIES = {"NORP", "GPE", "ORG"}
SENTENCES_AFTER = 2


def claimed_doer(trigger: Trigger, source_heads: list[Token]) -> list[Token]:
    """The doer of an attack whose clause names none, or only its weapon ("Drones struck a
    gas plant", "a car bomb exploded", "five soldiers were killed"): the claimant of a claim
    nearby ("The Houthis claimed responsibility" gives "Houthis"). Named doers stay."""
    if trigger.coding.plover != CLAIM_TYPE or any(_names_doer(h) for h in source_heads):
        return source_heads
    return _claimant_near(trigger) or source_heads


def _names_doer(head: Token) -> bool:
    """"Militants", "Houthi drones", "Israel's missiles" name a doer; "drones", "a rocket",
    "the blast" do not."""
    # The parser leaves a capitalised plural unlemmatized ("Drones struck").
    forms = {head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s")}
    if not forms & WEAPON_NOUNS:
        return True
    return any(c.dep_ in OWNER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in OWNER_ENTITIES)
               for c in head.children)


def _claimant_near(trigger: Trigger) -> list[Token]:
    """The subject of a claim of responsibility in the attack's sentence or around it."""
    for sent in _sentences_around(trigger.head.sent):
        for token in sent:
            subject = _claim_subject(token)
            if subject is not None:
                return [subject]
    return []


def _sentences_around(sent: Span) -> list[Span]:
    doc = sent.doc
    around = [sent]
    end = sent.end
    for _ in range(SENTENCES_AFTER):
        if end >= len(doc):
            break
        after = doc[end].sent
        around.append(after)
        end = after.end
    if sent.start > 0:
        around.append(doc[sent.start - 1].sent)
    return around


def _claim_subject(verb: Token) -> Token | None:
    """"Al-Shabaab claimed responsibility", "the group took credit for the blast", "IS
    claimed the attack": the claimant; "no group has claimed responsibility" gives none."""
    if verb.lemma_.lower() not in CLAIM_VERBS or verb.tag_ not in PAST_TAGS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_claimed(o, verb) for o in objects):
        return None
    if any(c.lower_ in NEGATORS or c.lower_ in MODALS for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.lower_ in NEGATORS for c in subjects[0].children):
        return None
    return subjects[0]


def _claimed(noun: Token, verb: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in CLAIMED_NOUNS or (verb.lemma_.lower() == "claim" and lemma in CLAIMED_ACTS)
