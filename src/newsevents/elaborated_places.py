"""The place where the people or things an act of force was done to were, told by a
participle on them: "ambushed a convoy of trucks carrying food aid near Baidoa" (the ambush was
near Baidoa), "shot dead two soldiers guarding a bridge in Intan Jaya regency"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.syntax import AFTER_PREPS, marked_clause
from newsevents.town_phrases import NAMED_TOWN_NOUNS, town_spot_of
from newsevents.triggers import Trigger

# The tag of a participle that tells what people were doing: "guarding a bridge", "carrying
# food aid".
PRESENT_PARTICIPLE = "VBG"
# Acts done to people or things that were where the participle on them says.
STRUCK_OBJECT_TYPES = {"ASSAULT", "COERCE"}
# Prepositions of where a person or a vehicle was: "guarding a bridge in Intan Jaya regency",
# "a convoy carrying food aid near Baidoa", "policemen standing outside the court in Lahore".
BEING_THERE_PREPS = {"in", "near", "at", "outside", "around", "inside"}
# Nouns after the name of an area: "in Intan Jaya regency".
AREA_NOUNS = {"district", "province", "region", "regency", "county", "state", "governorate"}
# Verbs of being somewhere in a relative clause on the people an act was done to: "dispersed
# demonstrators who had gathered in Minsk's Independence Square", "shelled families who were
# sheltering in a school in Gao", "arrested migrants who had camped near Calais".
PRESENCE_RELATIVE_VERBS = {"gather", "assemble", "congregate", "shelter", "camp", "rally",
                           "protest", "demonstrate", "march", "stand", "sit", "wait", "hide",
                           "stay", "queue", "picket", "converge", "mass"}
# How the parser may hang an object's participle on the act's verb when it reads the object as
# the participle's subject: "attacked displaced Malians sheltering at a school in Gao".
CLAUSE_OBJECT_DEPS = {"ccomp", "advcl"}
# Prepositions of the people an act of force was aimed at: "fired tear gas at lawyers
# marching in Multan", "opened fire on traders protesting in Kisumu".
AIMED_AT_PREPS = {"at", "on"}
# Words between an act's object and the participle on it: "a convoy of trucks carrying".
OBJECT_LINKS = {"of"}
# Verbs of speaking after talks, whose place is the talks' place: "speaking in Juba after
# talks with Kiir", "told reporters in Ankara after meeting al-Sudani", "briefed journalists
# in Doha following talks with the emir".
SPEAKING_AFTER_TALKS = {"speak", "say", "tell", "brief", "address", "announce", "add", "declare",
                        "stress", "write", "warn"}
# Prepositions of where a speaker spoke: "speaking in Moscow", "said at a press conference".
SPEAKING_PREPS = {"in", "at"}
# Prepositions before the talks just held: "after talks with", "following a meeting with".
# Event types of talks and meetings, and the words that name talks (not a tour or a visit,
# whose places the speaker may have left: "told reporters in El Fasher after touring a camp").
TALKS_TYPES = {"CONSULT"}
TALKS_WORDS = {"talk", "talks", "meeting", "meet", "negotiation", "negotiations", "consultation",
               "consultations", "summit", "discussion", "discussions", "conversation"}


def place_struck_objects(spans: list[Span], triggers: list[Trigger],
                         resolve: Callable[[Span], Place | None],
                         found: dict[int, Place]) -> None:
    """An act of force done to people or things a participle places happened there:
    "rebels shot dead two soldiers guarding a bridge in Intan Jaya regency", "militants
    ambushed a convoy of trucks carrying food aid near Baidoa". ``resolve`` gives the place
    a span names (None when it names none)."""
    for entity in spans:
        struck = _struck_object(entity.root)
        if struck is None:
            continue
        for trigger in triggers:
            verb = trigger.verb
            if (trigger.head.i in found or verb is None or struck.head != verb
                    or trigger.coding.plover not in STRUCK_OBJECT_TYPES):
                continue
            place = resolve(entity)
            if place is not None:
                found[trigger.head.i] = place


def _struck_object(place: Token) -> Token | None:
    """The direct object whose participle the place hangs on: "soldiers" in "shot dead two
    soldiers guarding a bridge in Intan Jaya", "convoy" in "a convoy of trucks carrying aid
    near Baidoa"."""
    if place.dep_ == "compound" and place.head.lemma_.lower() in AREA_NOUNS:
        place = place.head  # "in Intan Jaya regency"
    place = town_spot_of(place) or place  # "gathered in Minsk's Independence Square"
    if place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lemma_.lower() in NAMED_TOWN_NOUNS:
        place = place.head.head  # "marching in the northern city of Multan"
    if place.dep_ != "pobj" or place.head.lower_ not in BEING_THERE_PREPS:
        return None
    participle = place.head.head
    if participle.dep_ == "pobj" and participle.head.lower_ in BEING_THERE_PREPS:
        participle = participle.head.head  # "sheltering at a school in Gao"
    if participle.dep_ == "dobj" and participle.head.tag_ == PRESENT_PARTICIPLE:
        participle = participle.head  # "guarding a bridge in Intan Jaya regency"
    if _object_read_as_subject(participle):
        return participle  # "detained farmers working in fields near Hebron", read as a clause
    if not _being_there(participle):
        return None
    noun = participle.head
    for _ in range(3):
        if noun.dep_ == "dobj":
            return noun
        if noun.dep_ == "pobj" and noun.head.lower_ in AIMED_AT_PREPS:
            return noun.head  # "fired tear gas at lawyers marching in Multan"
        if noun.dep_ != "pobj" or noun.head.lower_ not in OBJECT_LINKS:
            return None
        noun = noun.head.head
    return None


def _object_read_as_subject(participle: Token) -> bool:
    """"working" in "detained farmers working in fields near Hebron", which the parser reads as
    a clause with "farmers" its subject: a present participle after the act's verb whose
    subject stands after that verb."""
    return (participle.tag_ == PRESENT_PARTICIPLE and participle.dep_ in CLAUSE_OBJECT_DEPS
            and any(c.dep_ == "nsubj" and c.i > participle.head.i for c in participle.children))


def _being_there(verb: Token) -> bool:
    """A participle or a relative clause of being somewhere on a noun: "soldiers guarding a
    bridge", "demonstrators who had gathered in the square"."""
    if verb.dep_ == "acl":
        return verb.tag_ == PRESENT_PARTICIPLE
    return verb.dep_ == "relcl" and verb.lemma_.lower() in PRESENCE_RELATIVE_VERBS


def place_talks_before_speaking(spans: list[Span], triggers: list[Trigger],
                                resolve: Callable[[Span], Place | None],
                                found: dict[int, Place]) -> None:
    """Talks a speaker has just come from were held where he speaks: "Speaking in Moscow
    after talks with his Finnish counterpart", "told a news conference in Nairobi following a
    meeting with Ruto", "briefed reporters in Doha after meeting the emir"."""
    for entity in spans:
        speech = _speaking_at(entity.root)
        if speech is None:
            continue
        for prep in speech.children:
            if prep.dep_ != "prep" or prep.lower_ not in AFTER_PREPS:
                continue
            for talks in prep.children:
                trigger = next((t for t in triggers if talks.i in t.indices), None)
                if (trigger is not None and trigger.coding.plover in TALKS_TYPES
                        and talks.lemma_.lower() in TALKS_WORDS
                        and trigger.head.i not in found
                        and (place := resolve(entity)) is not None):
                    found[trigger.head.i] = place


def _speaking_at(place: Token) -> Token | None:
    """The verb of speaking a place says where it was done: "speaking in Juba", "told
    reporters in Ankara", "said at a news conference in Cairo"."""
    if place.dep_ != "pobj" or place.head.lower_ not in SPEAKING_PREPS:
        return None
    current = place.head.head
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX"):
            return current if current.lemma_.lower() in SPEAKING_AFTER_TALKS else None
        if current.dep_ not in ("dobj", "pobj", "prep") or current.head == current:
            return None
        current = current.head
    return None


# Words that open a clause of the same moment as the verb it hangs on: "were killed in Sohar
# when police fired", "died in Gaza as an air strike hit their car", "while troops shelled".
SAME_MOMENT_WORDS = {"when", "as", "while", "whilst"}
# Quads of acts told in words, which may be made far from a deed of the same moment.
SPOKEN_QUADS = {1, 3}
# Verbs of being at an occasion, whose place a clause of the same moment gives the act it
# hangs on: "agreed ... when Sharif attended Modi's swearing-in in New Delhi", "signed the
# accord when they met in Sochi", "made the pledge while visiting Kabul", "as he toured a camp
# in Cox's Bazar".
PRESENCE_VERBS = {"attend", "visit", "meet", "host", "tour", "address", "speak", "gather",
                  "arrive", "stop", "hold"}
# Prepositions and links a place hangs on below a verb of presence: "attended a ceremony in
# New Delhi", "met at a hotel in Geneva".
PRESENCE_LINKS = {"prep", "pobj", "dobj", "compound"}


def same_moment_clause(verb: Token) -> bool:
    """A clause told as happening at the moment of the verb above it: "when police fired",
    "as an air strike hit their car", "while attending a summit"."""
    return verb.dep_ == "advcl" and any(
        c.lower_ in SAME_MOMENT_WORDS and c.dep_ in ("advmod", "mark") for c in verb.children)


def share_same_moment_places(triggers: list[Trigger], found: dict[int, Place]) -> None:
    """Deeds of the same moment, one told in a "when"/"as"/"while" clause on the other,
    happened in the same place: "a protester was killed in Sohar when police fired rubber
    bullets", "police opened fire as crowds stormed a station in Jalalabad"."""
    by_verb = {t.verb.i: t for t in triggers if t.verb is not None and t.verb.i in t.indices}
    # the verb's own act, not a noun hanging under it ("lodged a protest over the arrest")
    for trigger in triggers:
        verb = trigger.verb
        if verb is None or verb.i not in trigger.indices or not same_moment_clause(verb):
            continue
        above = by_verb.get(verb.head.i)
        if above is None or {trigger.coding.quad, above.coding.quad} & SPOKEN_QUADS:
            continue  # "lodged a protest as students rallied outside the embassy"
        if trigger.head.i not in found and above.head.i in found:
            found[trigger.head.i] = found[above.head.i]
        elif above.head.i not in found and trigger.head.i in found:
            found[above.head.i] = found[trigger.head.i]


def place_presence_clauses(spans: list[Span], triggers: list[Trigger],
                           resolve: Callable[[Span], Place | None],
                           found: dict[int, Place]) -> None:
    """An act done when its doer was at an occasion happened where the occasion was: "Modi
    and Sharif agreed to resume the dialogue when Sharif attended Modi's swearing-in in New
    Delhi", "the two leaders signed the accord when they met in Sochi"."""
    for entity in spans:
        presence = _presence_verb(entity.root)
        if presence is None or not same_moment_clause(presence):
            continue
        main = presence.head
        if main.dep_ == "xcomp" and presence.tag_ == "VBD":
            main = main.head  # "agreed to resume the talks when Sharif attended": the agreeing
        for trigger in triggers:
            if trigger.verb == main and trigger.head.i not in found and (
                    place := resolve(entity)) is not None:
                found[trigger.head.i] = place


def _presence_verb(place: Token) -> Token | None:
    """The verb of presence a place hangs on: "attended" in "attended a ceremony in New
    Delhi", "met" in "met at a hotel in Geneva"."""
    current = place
    for _ in range(6):
        if current.dep_ not in PRESENCE_LINKS or current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current if current.lemma_.lower() in PRESENCE_VERBS else None
    return None


# Acts that bring forces or curbs into a town, and the violence that brought them there:
# "troops deployed in Tripoli after clashes killed eight people", "police poured into the
# city following riots", "a curfew was imposed in Jos after fighting left 20 dead".
RESPONDING_TYPES = {"MOBILIZE", "COERCE"}
VIOLENCE_TYPES = {"ASSAULT"}


def place_violence_responded_to(triggers: list[Trigger], found: dict[int, Place]) -> None:
    """Violence that forces were sent into a town after happened in that town: "Lebanese
    troops deployed in the northern city of Tripoli after clashes between gunmen killed eight
    people", "soldiers rolled into Kismayo after fighting killed dozens"."""
    for trigger in triggers:
        verb = trigger.verb
        if (verb is None or trigger.head.i in found or trigger.coding.plover not in VIOLENCE_TYPES
                or verb.i not in trigger.indices or not marked_clause(verb, AFTER_PREPS)):
            continue
        response = next((t for t in triggers if t.verb == verb.head and t.verb.i in t.indices
                         and t.coding.plover in RESPONDING_TYPES), None)
        place = found.get(response.head.i) if response is not None else None
        if place is not None and place.precision == "city":
            found[trigger.head.i] = place
