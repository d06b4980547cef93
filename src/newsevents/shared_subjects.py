"""An act whose doer is the subject of another verb takes the town that subject is told in, as
an act on the subject's own verb does ("Protest leaders in Puno rejected the curfew"): a second
verb of the same subject ("An Istanbul court ordered eight journalists held and freed four of
their colleagues"), and the act a body votes or decides to do ("Ethiopia's parliament in Addis
Ababa voted on Friday to extend a state of emergency", "Lawmakers in the National Assembly in
Banja Luka voted to suspend all transfers"). A country is no such town."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.place_words import COURT_NOUNS
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Place
from newsevents.syntax import SUBJECT_DEPS, first_conjunct, prep_objects
from newsevents.triggers import Trigger

# Verbs (lemmas) of a body settling on an act, whose infinitive it does where it sits:
# "voted to extend", "decided to suspend", "resolved to close".
DECIDING_VERBS = {"vote", "decide", "resolve"}
# Prepositions that tell where a subject sits: "parliament in Addis Ababa".
SEAT_PREPS = {"in"}
# Places nested in the subject's place: "in the entity's National Assembly in Banja Luka".
MAX_SEAT_LINKS = 2
# The tags of auxiliaries of acts still to come or only possible: "would send", "to send".
FUTURE_TAGS = {"MD", "TO"}
# Pronouns by which a reporter tells its own act: "Jordan announced that it was recalling".
REPORTER_PRONOUNS = {"it", "they", "we", "he", "she"}


def place_shared_subjects(spans: list[Span], triggers: list[Trigger],
                          resolve: Callable[[Span], Place | None],
                          found: dict[int, Place]) -> None:
    """Unplaced acts whose doer is another verb's subject told in a town took place there.
    ``resolve`` gives the town a span names (None for a country or no place)."""
    by_root = {entity.root.i: entity for entity in spans}
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i in found or verb is None:
            continue
        subject = _borrowed_subject(verb)
        if subject is None:
            continue
        place = _seat_place(subject, by_root, resolve)
        if place is not None:
            found[trigger.head.i] = place


def _borrowed_subject(verb: Token) -> Token | None:
    """The subject a verb with none of its own shares: the first conjunct's ("ordered ... and
    freed"), or the deciding verb's ("parliament voted to extend")."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "conj":
        head = first_conjunct(verb)
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECIDING_VERBS:
        head = verb.head
    else:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _seat_place(subject: Token, by_root: dict[int, Span],
                resolve: Callable[[Span], Place | None]) -> Place | None:
    """The first town of the places a subject is told in that resolves to one."""
    return next((p for town in _seat_towns(subject) if (e := by_root.get(town.i)) is not None
                 and (p := resolve(e)) is not None), None)


def _seat_towns(subject: Token) -> list[Token]:
    """The place words that tell where a subject sits: "Addis Ababa" in "Ethiopia's
    parliament in Addis Ababa", "Istanbul" in "An Istanbul court"."""
    towns = [c for c in subject.children if c.dep_ == "compound"] \
        if subject.lemma_.lower() in COURT_NOUNS else []
    seats = [subject]
    for _ in range(MAX_SEAT_LINKS):
        seats = [o for s in seats for o in prep_objects(s, SEAT_PREPS)]
        towns += seats
    return towns


def place_reporters_seats(spans: list[Span], triggers: list[Trigger],
                          resolve: Callable[[Span], Place | None],
                          found: dict[int, Place]) -> None:
    """A reporter told in a town did there the act it reports as its own and done: "Officials
    in Goma said they had distributed food" (in Goma); not "officials in Kabul said they would
    send troops". ``resolve`` gives the town a span names (None for a country or no place)."""
    by_root = {entity.root.i: entity for entity in spans}
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i in found or verb is None:
            continue
        speech = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
        reporter = next((c for c in speech.children if c.dep_ == "nsubj"), None) \
            if speech is not None else None
        if reporter is None or not told_as_done(verb, speech):
            continue
        place = _seat_place(reporter, by_root, resolve)
        if place is not None:
            found[trigger.head.i] = place


def told_as_done(verb: Token, speech: Token) -> bool:
    """A reporter's own act told as done, with no modal or infinitive between it and its
    report: "announced that it was recalling", "said it had distributed food"; not "said India
    would send", "said it planned to send", nor another's act ("saying the ships were carrying
    out normal patrols")."""
    word, doer = verb, None
    while word != speech:
        if any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FUTURE_TAGS or c.lower_ == "to")
               for c in word.children):
            return False
        doer = doer or next((c for c in word.children if c.dep_ in SUBJECT_DEPS), None)
        word = word.head
    return doer is not None and doer.pos_ == "PRON" and doer.lower_ in REPORTER_PRONOUNS
