"""A statement a speaker goes on with: "the minister told reporters in Tbilisi. He urged the
monitors to press Moscow". What "he" or "she" says in the next sentence is said where the
previous sentence placed the speaker's words, as the statement itself is (``placing``), when
"he" or "she" is that speaker (no relative pronoun, and no other person the subject of the
main clause: not "Macron met Zelensky, who told reporters in Paris") and the statement names
no day or time of its own ("On Friday he accused": ``own_times``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.own_times import tells_own_time
from newsevents.quotes import SPEECH_VERBS as SPEECH_LEMMAS
from newsevents.records import Place
from newsevents.sentences import sentences
from newsevents.speech_dates import MEETING_TYPES, VERBAL_QUADS
from newsevents.triggers import Trigger

# The speaker named again by a pronoun at the head of his next statement.
SPEAKER_PRONOUNS = {"he", "she"}
# Subjects of a speech verb that are no speaker "he" or "she" can name.
UNSPOKEN_SUBJECTS = {"it", "they", "we", "i", "you", "this", "that"}
# Relative pronouns: a speaker told in a clause on someone ("Zelensky, who told reporters").
RELATIVE_SUBJECTS = {"who", "which", "that", "whom"}


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
    if previous is None or not _main_clause_speaker(previous):
        return
    place = spoken_place(previous)
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
    return any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in verb.children) \
        and not tells_own_time(verb)


def _main_clause_speaker(sent: Span) -> bool:
    """The sentence's speech of a named speaker is one "he" or "she" next goes on with: its
    subject is no relative pronoun ("Macron met Zelensky, who told reporters in Paris"), and
    the main clause, when it is no speech, has no person of its own as subject ("Torres told a
    news conference in Santiago"; "the navy had every right ..., spokesman Hong said")."""
    speeches = [t for t in sent if t.lemma_.lower() in SPEECH_LEMMAS and named_speaker(t)
                and not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS
                            for c in t.children)]
    root = sent.root
    return bool(speeches) and (root in speeches or not any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in root.children))


def _previous_sentence(sent: Span) -> Span | None:
    """The sentence just before ``sent`` in its document (found by bisection on the starts)."""
    if sent.start == 0:
        return None
    told = sentences(sent.doc)
    index = bisect_left(told, sent.start, key=lambda s: s.start)
    return told[index - 1] if 0 < index <= len(told) else None


def named_speaker(speech: Token) -> bool:
    """A speech verb whose subject is a speaker "he" or "she" can go on with: "Vashadze told a
    news conference", "a foreign ministry spokesman said" (not "it said")."""
    return any(c.dep_ == "nsubj" and c.lower_ not in UNSPOKEN_SUBJECTS
               for c in speech.children)
