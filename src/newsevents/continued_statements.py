"""A statement a speaker goes on with: "the minister told reporters in Tbilisi. He urged the
monitors to press Moscow". What "he" or "she" says in the next sentence is said where the
previous sentence placed the speaker's words, as the statement itself is (``placing``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.sentences import sentences
from newsevents.speech_dates import MEETING_TYPES, VERBAL_QUADS
from newsevents.triggers import Trigger

# The speaker named again by a pronoun at the head of his next statement.
SPEAKER_PRONOUNS = {"he", "she"}
# Subjects of a speech verb that are no speaker "he" or "she" can name.
UNSPOKEN_SUBJECTS = {"it", "they", "we", "i", "you", "this", "that"}


def place_continued_statements(sent: Span, triggers: list[Trigger],
                               spoken_place: Callable[[Span], Place | None],
                               found: dict[int, Place]) -> None:
    """A statement whose subject is "he" or "she", told with no place, was made where the
    previous sentence says its speaker spoke ("told reporters in Tbilisi", "said in Beijing").
    ``spoken_place`` gives the town a sentence's speech was made in."""
    speaking = [t for t in triggers if t.head.i not in found and _voiced_by_pronoun(t)]
    if not speaking:
        return
    previous = _previous_sentence(sent)
    place = spoken_place(previous) if previous is not None else None
    if place is None:
        return
    for trigger in speaking:
        found[trigger.head.i] = place


def _voiced_by_pronoun(trigger: Trigger) -> bool:
    """A statement (not a meeting) whose own subject is "he" or "she"."""
    verb = trigger.verb
    if verb is None or trigger.coding.quad not in VERBAL_QUADS or \
            trigger.coding.plover in MEETING_TYPES:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in verb.children)


def _previous_sentence(sent: Span) -> Span | None:
    """The sentence just before ``sent`` in its document."""
    if sent.start == 0:
        return None
    told = sentences(sent.doc)
    index = next((i for i, s in enumerate(told) if s.start == sent.start), 0)
    return told[index - 1] if index > 0 else None


def named_speaker(speech: Token) -> bool:
    """A speech verb whose subject is a speaker "he" or "she" can go on with: "Vashadze told a
    news conference", "a foreign ministry spokesman said" (not "it said")."""
    return any(c.dep_ == "nsubj" and c.lower_ not in UNSPOKEN_SUBJECTS
               for c in speech.children)
