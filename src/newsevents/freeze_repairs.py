"""A parse repair for "asset freezes": the small parser reads "freezes" after "asset" as a verb
in the present tense, so "Britain imposed asset freezes and travel bans on five officials" comes
out with "imposed" the subject of "freezes" and no sanction is read; "announced parallel asset
freezes against two firms" and "imposed travel bans and asset freezes on" likewise hide the
measure under a clause of its own. The word is a plural noun, the object of the verb before it
(or a conjunct of that object), and the measure's prepositions ("on", "against") hang on the
verb as they do in "imposed sanctions on"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS, reattach

# Nouns a "freezes" read as a verb names the freezing of: "asset freezes", "assets freezes".
FROZEN_NOUNS = {"asset", "assets"}
FREEZE_WORD = "freezes"
# Tags of a verb in the present tense.
PRESENT_VERB_TAGS = {"VBZ", "VBP"}
# How the parser hangs "freezes" on the verb before it when it reads a clause of its own.
CLAUSE_READINGS = {"ccomp", "xcomp", "advcl", "conj"}
# What "freezes" read as a verb carries that belongs to the verb of the measure: its
# prepositions ("on", "against"), punctuation, bare dates and the conjunction of a next act.
CLAUSE_CHILD_DEPS = {"prep", "punct", "npadvmod", "cc"}
# The tag of a verb in the past tense, which the parser may read as a modifier of the measure
# it governs ("slapped travel bans and asset freezes on").
PAST_VERB_TAG = "VBD"


def repair_asset_freezes(token: Token) -> bool:
    """"imposed asset freezes on", "announced parallel asset freezes against": "freezes" read
    as a verb after "asset" becomes the plural noun it is, the object of the verb before it."""
    if token.lower_ != FREEZE_WORD or token.tag_ not in PRESENT_VERB_TAGS or token.i == 0:
        return False
    asset = token.doc[token.i - 1]
    if asset.lower_ not in FROZEN_NOUNS:
        return False
    verb = _misread_subject_verb(token) or _governing_verb(token)
    if verb is None:
        return False
    if verb.head.i == token.i:  # "[Britain imposed] asset freezes": the verb was its subject
        reattach(verb, verb if token.head.i == token.i else token.head,
                 "ROOT" if token.head.i == token.i else token.dep_)
        reattach(token, verb, "dobj")
    else:  # "announced [asset freezes] against", "imposed [travel bans and asset freezes]"
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS
                        and c.i < token.i and c.i != asset.i), None)
        measure_verb = _verb_read_as_modifier(subject) if subject is not None else None
        if measure_verb is not None:  # "suspended Guinea, [slapped] travel bans and asset
            # freezes on": the verb the parser made a modifier of the first measure
            reattach(measure_verb, verb, token.dep_)
            verb = measure_verb
        if subject is not None:
            reattach(subject, verb, "dobj")
            reattach(token, subject, "conj")
        else:
            reattach(token, verb, "dobj")
    for child in [c for c in token.children if c.dep_ in CLAUSE_CHILD_DEPS
                  or (c.dep_ == "conj" and c.pos_ == "VERB")]:  # "... and demanded"
        reattach(child, verb, child.dep_)
    reattach(asset, token, "compound")
    token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", "freeze"
    return True


def _verb_read_as_modifier(measure: Token) -> Token | None:
    """"slapped" in "suspended Guinea, slapped travel bans and asset freezes on junta
    members": a verb in the past tense the parser hangs on the first measure as its
    modifier."""
    return next((c for c in measure.children if c.dep_ == "amod" and c.tag_ == PAST_VERB_TAG
                 and c.i < measure.i), None)


def _misread_subject_verb(token: Token) -> Token | None:
    """"Britain on Monday imposed asset freezes": the verb before the phrase read as the
    subject of "freezes"."""
    return next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "VERB"
                 and c.i < token.i), None)


def _governing_verb(token: Token) -> Token | None:
    """"announced parallel asset freezes": the verb before the phrase that "freezes" hangs on
    as a clause of its own."""
    head = token.head
    if token.dep_ in CLAUSE_READINGS and head.pos_ == "VERB" and head.i < token.i:
        return head
    return None
