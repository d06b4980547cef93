"""Acts a dated statement makes, which happen on the statement's day: "Adhikari told
parliament on Monday that Nepal ... called on New Delhi", "Ghani, speaking in Kabul on Sunday,
accused the Taliban"; acts it tells as under way when it was made ("said on Saturday it was
suspending $3.5 million in military aid"); and the acts it only reports, which keep their own
time (a perfect, a meeting, a participle on an act dated to a day of its own)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from importlib import resources

from spacy.tokens import Span, Token

from newsevents.conjoined import participle_of_dated_act
from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.lexicon import Coding, Lexicon
from newsevents.offsets import in_offset_clause, is_perfect
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import VERBAL_QUADS, EventDate
from newsevents.syntax import AFTER_PREPS
from newsevents.tables import words_of_roles
from newsevents.threats import refuses
from newsevents.triggers import Trigger

MEETING_TYPES = {"CONSULT"}  # a meeting is not held when it is reported
# Auxiliaries of a past progressive: what "was sending" tells was under way when it was said.
PAST_PROGRESSIVE_AUXES = {"was", "were"}
# Entity labels of a time of the act's own ("was sending troops next week").
OWN_TIME_LABELS = {"DATE", "TIME"}
# Verbs of speaking whose participle dates what the speaker did ("speaking in Kabul on Sunday").
SPEAKING_VERBS = {"speak", "address", "talk"}
# Precisions of a retelling's date that date the act it tells: a day or a range of days.
DAY_PRECISIONS = frozenset({"day", "range"})
ONE_DAY = frozenset({"day"})  # a date of one day only
# How many sentences before a retelling the act it tells may be told.
TOLD_REACH = 2
RETELLING_VERBS_FILE = resources.files("newsevents") / "data" / "lexicon" / "retelling_verbs.tsv"


def retelling_verbs(*roles: str) -> frozenset[str]:
    """The verbs of the given roles in data/lexicon/retelling_verbs.tsv."""
    return words_of_roles(RETELLING_VERBS_FILE, *roles)


def retells_as(verb: Token, verbs: frozenset[str]) -> bool:
    """The verb is one of ``verbs`` ("took place": its lemma with its object's) and names no
    agent of its own ("was criticised by Israeli officials": another side's reaction)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return lemma in verbs or any(f"{lemma} {c.lemma_.lower()}" in verbs
                                 for c in verb.children if c.dep_ == "dobj")


def verb_coding(verb: Token, lexicon: Lexicon) -> Coding | None:
    """The coding of the lexicon's verb row for the verb with its particles and objects."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    rule = lexicon.verb_rule(verb.lemma_.lower(), particles, objects)
    return None if rule is None or rule.blocks else rule.coding


def stated_days(sent: Span, pub: date, on_word: Callable[[Token], bool],
                precisions: frozenset[str] = DAY_PRECISIONS) -> Iterator[tuple[Token, EventDate]]:
    """(word the date hangs on, its day) for each date phrase of the sentence on a word
    ``on_word`` accepts, read against the publication day, of one of ``precisions``."""
    for expression in date_expressions(sent):
        word = dated_word(expression.root)
        if not on_word(word):
            continue
        resolved = resolve_date(expression.text, pub)
        if resolved is not None and resolved.precision in precisions:
            yield word, resolved


def dated_word(date_token: Token) -> Token:
    """The word a date phrase hangs on ("said on Monday": said)."""
    return date_token.head.head if date_token.head.dep_ == "prep" else date_token.head


def said_in_speech(date_token: Token, triggers: list[Trigger], dated: dict[int, EventDate],
                   pub: date, speech: Token | None = None) -> list[Trigger]:
    """"Adhikari told parliament on Monday that Nepal ... called on New Delhi": demands,
    accusations or threats made in a dated statement happened when the statement was made."""
    act = _act_of_speaking(date_token)
    if act is not None:  # "Ghani, speaking in Kabul on Sunday, accused the Taliban"
        return [trigger for trigger in triggers if trigger.head.i not in dated
                and trigger.verb == act and trigger.coding.quad in VERBAL_QUADS]
    speech = speech or dated_word(date_token)
    if speech.lemma_.lower() not in SPEECH_VERBS:
        return []
    return [trigger for trigger in triggers if trigger.head.i not in dated
            and not in_offset_clause(trigger)  # "said on Sunday, a day after discussing"
            and not (trigger.verb is not None and participle_of_dated_act(trigger.verb, pub))
            and (_just_before(trigger, speech) or _under_way_when_said(trigger, speech) or (
            trigger.verb is not None and _voiced_then(trigger)
            and speech in trigger.verb.ancestors
            and not _told_as_done_before(trigger.verb, speech)))]


def _under_way_when_said(trigger: Trigger, speech: Token) -> bool:
    """"The Defence Ministry said yesterday it was sending 1,500 more soldiers", "Jordan
    announced on Monday that it was recalling its ambassador": a past progressive reported by a
    past statement was under way that day, unless its clause gives a time of its own ("was
    sending a team next week")."""
    verb = trigger.verb
    return (verb is not None and verb.tag_ == "VBG" and speech.tag_ == "VBD"
            and speech in verb.ancestors
            and any(c.dep_ == "aux" and c.lower_ in PAST_PROGRESSIVE_AUXES
                    for c in verb.children)
            and not any(t.ent_type_ in OWN_TIME_LABELS and _clause_verb(t) == verb
                        for t in verb.subtree))


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above a word ("sending ... next week": sending; "Nuevo Leon, where
    fighting has killed 400 people this year": killed)."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _voiced_then(trigger: Trigger) -> bool:
    """A verbal act, or an act refused for the future ("told parliament on Wednesday that he
    would not negotiate": the refusal is voiced by the statement), but not a meeting reported."""
    if refuses(trigger.verb):
        return True
    return trigger.coding.quad in VERBAL_QUADS and trigger.coding.plover not in MEETING_TYPES


def _told_as_done_before(verb: Token, speech: Token) -> bool:
    """"Said on Wednesday that Bishkek had asked Astana", "has signed a security agreement,
    the ministry said on Tuesday": a perfect tells an act done before the statement, on a day
    the statement does not give; unless the statement followed the occasion ("has endorsed
    ..., the minister said on Tuesday after talks")."""
    if any(c.dep_ == "prep" and c.lower_ in AFTER_PREPS for c in speech.children):
        return False
    return is_perfect(verb)


def _act_of_speaking(date_token: Token) -> Token | None:
    """The verb that the speech participle a date sits in goes with: "Ghani, speaking at a
    gathering on Sunday, accused ..." (the participle on the subject or on the verb)."""
    speech = _verb_of_phrase(date_token)
    if speech is None or speech.tag_ != "VBG" or speech.lemma_.lower() not in (
            SPEECH_VERBS | SPEAKING_VERBS):
        return None
    if speech.dep_ == "advcl":
        return speech.head
    if speech.dep_ == "acl" and speech.head.dep_ == "nsubj":
        return speech.head.head
    return None


def _verb_of_phrase(token: Token) -> Token | None:
    """The verb a phrase hangs on through prepositions only ("speaking at a gathering ... on
    Sunday": speaking); None when the way up passes a subject or a clause."""
    current = token
    for _ in range(8):
        if current.dep_ not in ("pobj", "prep", "npadvmod", "compound", "appos"):
            return None
        if current.head.pos_ == "VERB":
            return current.head
        current = current.head
    return None


def _just_before(trigger: Trigger, speech: Token) -> bool:
    """"said on Tuesday after talks with ...", "told reporters on Monday after meeting ...":
    the talks the statement followed were held that day."""
    head = trigger.head
    return (head.dep_ in ("pobj", "pcomp") and head.head.lower_ in AFTER_PREPS
            and head.head.head == speech)
