"""The day of what the people acted on were doing: "police fired tear gas on Tuesday at
demonstrators who had blocked roads" tells the blocking on Tuesday too. News writers name the
people an act of force met by what they were doing at that moment ("protesters who were
marching on parliament", "a crowd that tried to storm the police station", "youths who had
barricaded themselves on the roof", "migrants who attempted to cross the border")."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.records import EventDate
from newsevents.syntax import SUBJECT_DEPS
from newsevents.triggers import Trigger

# Links from the people acted on up to the act: "at demonstrators", "fired ... and live
# ammunition at", "detained dozens of students".
ACTED_ON_DEPS = {"pobj", "prep", "dobj", "xcomp", "conj"}
MAX_LINKS = 6
# Prepositions of time: "agreed a ceasefire after three days of clashes that killed dozens" is
# no act on the clashes.
TIME_PREPS = {"after", "before", "since", "until", "following", "during", "ahead", "amid"}
# The relative pronouns of people doing something ("who", "that"), not of things ("which").
ACTING_RELATIVES = {"who", "that"}
# Verbs of an attempt: "a crowd that tried to storm the office" storms that day.
ATTEMPT_VERBS = {"try", "attempt", "seek", "manage"}
# Only a day: a week or a month says nothing of the moment the people acted.
SHARED_PRECISIONS = {"day"}


def date_acts_of_the_acted_on(triggers: list[Trigger], dates: dict[int, EventDate]) -> None:
    """An undated act in a relative clause on the people a dated act was done to happened that
    day: "riot police fired tear gas on Tuesday at demonstrators who had blocked roads and
    chanted slogans" (the blocking and the chanting), "opened fire on Sunday on a crowd that
    tried to storm a police station" (the storming)."""
    acts = {t.verb.i: t for t in triggers if t.verb is not None}
    for trigger in triggers:
        if trigger.head.i in dates or trigger.verb is None:
            continue
        clause = _describing_clause(trigger.verb)
        if clause is None or _modal(clause) or _modal(trigger.verb):
            continue  # "protesters who would march on Friday": not that day
        if any(clause.head.i in t.indices for t in triggers):
            continue  # "clashes that killed dozens": an event described, not people
        act = _act_on(clause.head, acts)
        when = dates.get(act.head.i) if act is not None and act is not trigger else None
        if when is not None and when.precision in SHARED_PRECISIONS and not _modal(act.verb):
            dates[trigger.head.i] = when


def _describing_clause(verb: Token) -> Token | None:
    """The relative clause on a person the verb tells ("who had blocked roads and chanted":
    blocked, for chanted too; "that tried to storm": tried), if it is one."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_VERBS:
        verb = verb.head
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not _has_subject(verb):
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ACTING_RELATIVES for c in verb.children):
        return None
    return verb


def _act_on(noun: Token, acts: dict[int, Trigger]) -> Trigger | None:
    """The act whose object or prepositional phrase holds the noun, through conjoined verbs
    ("fired tear gas and live ammunition on Tuesday at demonstrators": fired)."""
    word = noun
    for _ in range(MAX_LINKS):
        if word.dep_ not in ACTED_ON_DEPS or word.lower_ in TIME_PREPS:
            return None
        word = word.head
        if word.i in acts:
            return acts[word.i]
    return None


def simple_or_past_perfect(verb: Token) -> bool:
    """"Who blocked the road", "who had blocked the road": not "who have blocked", "who
    will block"."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not auxes:
        return verb.tag_ == "VBD"
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ == "had"


def _modal(verb: Token) -> bool:
    """A verb told with "will", "would" or "could": no act of that moment."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
