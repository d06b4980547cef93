"""The place an occasion's own clause gives: "met on the sidelines of the summit, which takes
place in Addu", "the last talks, held in Stockholm, broke down", "signed a pact at a summit
that was hosted in Male". The parser hangs the place on the clause that describes the
occasion, not on the act done at it; the act, and the occasion itself when it is the event,
happened there."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.offsets import DEAL_VERBS
from newsevents.records import Place
from newsevents.speech_dates import VERBAL_QUADS
from newsevents.syntax import DESCRIBING_DEPS, PRESENT_TAGS
from newsevents.triggers import Trigger
from newsevents.when_clauses import AT_OCCASION_PREPS  # "signed at a summit", "met during talks"

# Nouns of occasions that are held somewhere: "the summit, which takes place in Addu".
OCCASION_NOUNS = {"summit", "talks", "talk", "meeting", "conference", "forum", "session",
                  "round", "ceremony", "negotiations", "negotiation", "consultations",
                  "discussions", "gathering", "congress", "convention", "dialogue",
                  "meetings", "summits", "conferences"}
# Verbs (lemmas) of holding an occasion somewhere: "takes place in", "held in", "hosted in",
# "convened in", "arranged in", "due to open in", "organised in".
HOLDING_VERBS = {"take", "hold", "host", "convene", "arrange", "organise", "organize", "open",
                 "start", "begin", "stage", "schedule", "plan", "resume", "reconvene"}
# Prepositions of where an occasion was held.
HELD_PREPS = {"in", "at"}
# Links between a holding verb and its describing clause: "which is due to take place".
CLAUSE_LINKS = {"xcomp", "acomp", "conj"}
# Words that put the holding of an occasion ahead: "a summit that will open in", "talks due to
# take place in", "a meeting expected to be held in".
AHEAD_WORDS = {"will", "due", "expected", "set", "scheduled", "planned"}
# Holding verbs whose present tense tells a start ahead: "a summit that opens in Kathmandu on
# Saturday".
STARTING_VERBS = {"open", "start", "begin", "reconvene", "resume"}
# The tag of a past act, which an occasion still ahead cannot be the place of: "ruled out a
# meeting at a summit that opens in Kathmandu on Saturday".
PAST_TAG = "VBD"
# Prepositions that put only a deal or a meeting at the occasion before it: "agreed after talks
# in Asmara" (not "bombed Rafah after talks in Cairo", done elsewhere).
AFTER_OCCASION_PREPS = {"after"}
# Types of acts that the talks before them are the place of; statements too (VERBAL_QUADS):
# "After talks in Kyiv, Kuleba urged", "voiced its backing after consultations in New York".
OCCASION_ACT_TYPES = {"AGREE", "CONSULT"}
# Nouns of an occasion's edges: "on the sidelines of the summit", "on the margins of".
EDGE_NOUNS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}


def place_occasion_clauses(spans: list[Span], triggers: list[Trigger],
                           resolve: Callable[[Span], Place | None],
                           found: dict[int, Place]) -> None:
    """Acts done at an occasion whose describing clause names its town, and the occasion
    itself, happened there: "agreed at talks that took place in Nairobi". ``resolve`` gives
    the town a span names (None for a country or no place)."""
    for entity in spans:
        occasion = _held_occasion(entity.root)
        if occasion is None:
            continue
        ahead = _held_ahead(entity.root.head.head)
        place = None
        for trigger in triggers:
            if trigger.head.i in found or not _done_at(trigger, occasion) or (
                    ahead and trigger.verb is not None and trigger.verb.tag_ == PAST_TAG):
                continue
            place = place or resolve(entity)
            if place is None:
                break  # held in a country: the next name may be a town
            found[trigger.head.i] = place


def _held_occasion(name: Token) -> Token | None:
    """"summit" for "Addu" in "the summit, which takes place in Addu" or "at a summit in
    Addu": the occasion noun the place is on, or that a holding clause describes (or the
    noun above the one the parser hung it on: "talks" in "talks between the two sides, held
    in Stockholm")."""
    if name.dep_ != "pobj" or name.head.lower_ not in HELD_PREPS:
        return None
    holder = name.head.head
    if holder.lower_ in OCCASION_NOUNS and holder.dep_ == "pobj":
        return holder  # "agreed to cut tariffs, at a summit in Brasilia"
    if holder.lemma_.lower() not in HOLDING_VERBS:
        return None
    clause = holder  # "held" in "the summit, held in Addu"
    for _ in range(3):
        if clause.dep_ in DESCRIBING_DEPS or clause.dep_ not in CLAUSE_LINKS:
            break
        clause = clause.head
    if clause.dep_ not in DESCRIBING_DEPS:
        return None
    noun = clause.head
    for _ in range(2):
        if noun.lower_ in OCCASION_NOUNS:
            return noun
        if noun.dep_ != "pobj":
            return None
        noun = noun.head.head  # "talks between the two sides, held in ..."
    return noun if noun.lower_ in OCCASION_NOUNS else None


def _held_ahead(verb: Token) -> bool:
    """The occasion is still to be held: "a summit that opens in Kathmandu on Saturday",
    "a meeting which is due to take place in Bratislava", "talks that will be held in Doha"."""
    if verb.lemma_.lower() in STARTING_VERBS and verb.tag_ in PRESENT_TAGS:
        return True
    clause = verb
    for _ in range(3):
        if any(w.lower_ in AHEAD_WORDS for w in (clause, *clause.children)):
            return True
        if clause.dep_ not in CLAUSE_LINKS:
            return False
        clause = clause.head
    return False


def _done_at(trigger: Trigger, occasion: Token) -> bool:
    """The trigger is the occasion, or its verb was done at it ("signed at a summit", "meet
    on the sidelines of the summit", "signed a pact at talks"), or the act it agreed or
    decided on was ("agreed to reopen the border at talks")."""
    if occasion.i in trigger.indices:
        return True
    verb = trigger.verb
    if verb is None or occasion.dep_ != "pobj":
        return False
    prep = occasion.head
    if prep.lower_ == "of" and prep.head.lower_ in EDGE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of the summit"
    done = prep.head
    if done.dep_ == "xcomp":
        done = done.head  # "agreed to reopen the border at talks"
    return _occasion_prep(prep, trigger) and (done == verb or done.i in trigger.indices)


def _occasion_prep(prep: Token, trigger: Trigger) -> bool:
    """"signed at a summit", or a deal or meeting "after talks in Asmara": the preposition
    puts the act at the occasion."""
    if prep.lower_ in AT_OCCASION_PREPS:
        return True
    return prep.lower_ in AFTER_OCCASION_PREPS and (
        trigger.coding.plover in OCCASION_ACT_TYPES
        or trigger.coding.quad in VERBAL_QUADS  # "urged ..., after talks in Kyiv"
        or (trigger.verb is not None and trigger.verb.lemma_.lower() in DEAL_VERBS))
