"""Acts told in a later sentence by a definite reference to an occasion an earlier sentence
dated: "The talks ended without agreement", "Addressing the summit, Mirziyoyev urged ...",
"The shelling killed four civilians". The act has the day of that earlier occasion, when the
noun names the same kind of occasion as the earlier dated event (meeting nouns to meetings,
attack nouns to attacks, protest nouns to protests) and sits in the act's own clause."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.occasions import MAX_MEETING_DAYS
from newsevents.records import EventDate
from newsevents.syntax import OCCASION_SETTING_PREPS, SUBJECT_DEPS
from newsevents.triggers import Trigger

# The kind of occasion each noun names, and the event types that are such an occasion.
MEETING_NOUNS = {"meeting", "meetings", "talks", "summit", "visit", "conference", "session",
                 "negotiations", "discussions", "consultations", "sidelines", "gathering",
                 "forum", "trip", "tour", "call", "phone call", "encounter"}
ATTACK_NOUNS = {"attack", "attacks", "raid", "raids", "strike", "strikes", "airstrike",
                "airstrikes", "air strike", "shelling", "bombing", "bombardment", "assault",
                "ambush", "shooting", "clash", "clashes", "offensive", "incursion", "blast",
                "explosion", "skirmish", "skirmishes", "firefight", "barrage"}
PROTEST_NOUNS = {"protest", "protests", "rally", "rallies", "march", "marches",
                 "demonstration", "demonstrations", "sit-in", "strike action", "walkout"}
KIND_OF_NOUN = {**{n: "meeting" for n in MEETING_NOUNS}, **{n: "attack" for n in ATTACK_NOUNS},
                **{n: "protest" for n in PROTEST_NOUNS}}
KIND_OF_TYPE = {"CONSULT": "meeting", "ASSAULT": "attack", "PROTEST": "protest"}
# Words that make a noun point back to one occasion already told.
DEFINITE_WORDS = {"the", "that", "this", "those", "these"}
# Prepositions that set an act at or during the occasion ("on the sidelines of"); not
# "after the raid", which may be days later.
AT_PREPS = {"at", "during", "on", "in", "throughout"}
# Prepositions that make an occasion the setting of a dated act: "agreed ... at a summit".
# Verbs whose object is the occasion the subject took part in: "attended the meeting",
# "addressing the summit", "chaired the talks", "hosted the conference".
TAKING_PART_VERBS = {"attend", "address", "chair", "host", "open", "close", "join", "use",
                     "skip", "boycott", "tell", "brief", "conclude", "wrap", "end"}


def occasion_kind(event_type: str) -> str | None:
    """"meeting" for a CONSULT event, "attack" for an ASSAULT."""
    return KIND_OF_TYPE.get(event_type)


def referred_kind(trigger: Trigger) -> str | None:
    """The kind of earlier occasion the act's own clause points back to with a definite noun:
    "At the meeting, X accused ..." (meeting), "the raid killed ..." (attack), "the rally
    ended ..." (protest); None when the clause names none, or names one with "a"."""
    head = trigger.head
    if trigger.nominal and _definite(head):
        return _kind(head)
    verb = trigger.verb or head
    for word in _clause_nouns(verb):
        if _definite(word) and (kind := _kind(word)) is not None:
            return kind
    return None


def _clause_nouns(verb: Token) -> list[Token]:
    """Nouns that tie the verb to an occasion: its subject ("the talks ended"), its
    prepositional objects ("at the meeting", "on the sidelines of the summit"), and the
    object of a participle or verb of taking part ("Addressing the summit", "attended the
    meeting")."""
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in AT_PREPS:
            nouns.extend(_prep_objects(child))
        elif child.dep_ == "dobj" and verb.lemma_.lower() in TAKING_PART_VERBS:
            nouns.append(child)
        elif child.dep_ == "advcl" and child.tag_ == "VBG":
            nouns.extend(_participle_occasions(child))
    return nouns


def _participle_occasions(participle: Token) -> list[Token]:
    """"Addressing the summit, ...": summit; "Speaking at the talks, ...": talks."""
    nouns = [c for c in participle.children if c.dep_ == "dobj"
             and participle.lemma_.lower() in TAKING_PART_VERBS]
    for child in participle.children:
        if child.dep_ == "prep" and child.lower_ in AT_PREPS:
            nouns.extend(_prep_objects(child))
    return nouns


def _prep_objects(prep: Token) -> list[Token]:
    """"at the meeting": meeting; "on the sidelines of the summit": sidelines and summit."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for obj in list(objects):
        for of in obj.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                objects.extend(c for c in of.children if c.dep_ == "pobj")
    return objects


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in noun.children)


def _kind(noun: Token) -> str | None:
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound")
    return KIND_OF_NOUN.get(f"{compound} {noun.lower_}".strip()) or KIND_OF_NOUN.get(
        noun.lower_) or KIND_OF_NOUN.get(noun.lemma_.lower())


def carried_day(when: EventDate | None) -> bool:
    """A date precise enough to be an occasion's own time: a day, or a run of a few days."""
    if when is None or when.start is None or when.end is None:
        return False
    return when.precision in ("day", "range") and (when.end - when.start).days < MAX_MEETING_DAYS


def date_by_earlier_occasions(triggers: list[Trigger], dates: dict[int, EventDate],
                              earlier: dict[str, EventDate]) -> None:
    """Give an undated act whose clause points back to an occasion ("At the meeting", "the
    attack") the day of the last event of that kind an earlier sentence dated."""
    for trigger in triggers:
        if trigger.head.i in dates:
            continue
        kind = referred_kind(trigger)
        if kind is not None and kind in earlier:
            dates[trigger.head.i] = earlier[kind]


def remember_occasion_days(triggers: list[Trigger], dates: dict[int, EventDate],
                           earlier: dict[str, EventDate]) -> None:
    """Keep the day of each kind of occasion this sentence dated, for the sentences after."""
    for trigger in triggers:
        when = dates.get(trigger.head.i)
        if not carried_day(when):
            continue
        kind = occasion_kind(trigger.coding.plover)
        if kind is not None:
            earlier[kind] = when
        for held_at in _held_at(trigger.verb):
            earlier[held_at] = when


def _held_at(verb: Token | None) -> set[str]:
    """The kinds of occasion a dated act was done at, which share its day: "agreed on
    Thursday ... at a summit in the Tajik capital" (a summit on Thursday)."""
    if verb is None:
        return set()
    return {kind for child in verb.children
            if child.dep_ == "prep" and child.lower_ in OCCASION_SETTING_PREPS
            for noun in _prep_objects(child) if (kind := _kind(noun)) is not None}
