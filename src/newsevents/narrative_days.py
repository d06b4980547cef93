"""The story's day for acts told after a dated occasion: "Macron met Scholz in Berlin on
Tuesday. The two leaders agreed to boost arms production." The agreement has no date of its
own, but it is part of the occasion the sentence before dated, so it takes Tuesday. The act
must be told as done (simple past, not "has accused", not "again ruled out"), in the main line
of its sentence (not what someone said), by one of the occasion's people ("she", "the two
leaders", a name the sentence before gave a dated act; after a dated protest, more crowds and
their policing, whoever they are), in a sentence that opens with no word of a new occasion
("Earlier", "Separately", "Last year"); statements (accusations, demands, rejections) borrow
only a meeting's day, since after a clash or a deed they are reactions of their own day. Acts
dated by their own words keep their day (they are never undated here)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.offsets import is_perfect
from newsevents.place_words import PLACE_LABELS
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import EventDate
from newsevents.syntax import SUBJECT_DEPS
from newsevents.triggers import Trigger

# The day, the doers' words and the event types of the occasion a story is telling.
Occasion = tuple[date | None, set[str], set[str]]
# Openers that start another occasion or another thread of the story: "Earlier, ...",
# "Separately, ...", "In a separate incident, ...".
NEW_OCCASION_OPENERS = {"earlier", "later", "meanwhile", "separately", "previously",
                        "elsewhere", "before", "since", "afterwards", "afterward",
                        "subsequently", "recently", "once", "formerly", "in", "last", "next",
                        "on", "at", "from", "until", "by", "days", "weeks", "months", "years"}
# Quote marks that open a quoted sentence.
QUOTE_MARKS = {'"', "“", "'", "‘", "``"}
# Statements: told after a meeting they were said at it; told after a clash or a deed they are
# reactions of their own day, which the story often does not give.
STATEMENT_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"}
# Adverbs of a repeated or standing stance: "again ruled out", "repeatedly accused".
BACKGROUND_ADVERBS = {"again", "repeatedly", "long", "previously", "already", "still", "often"}
# A street protest's story goes on with more crowds and their policing, whoever the doers are:
# "More than 100,000 people marched through the capital on Sunday ... Thousands more rallied
# in other cities."; "Police arrested about 40 opposition activists in the city."
CROWD_TYPES = {"PROTEST", "COERCE"}
# Adverbs that put an act at another time than the protest: "police later detained a senator".
OTHER_TIME_ADVERBS = {"later", "afterwards", "afterward", "subsequently", "earlier",
                      "previously", "since", "meanwhile", "separately", "recently"}
# Subjects that point back to people just named: "She promised", "They agreed".
BACK_PRONOUNS = {"he", "she", "they", "it"}
# Words that make a subject the pair or group just named: "the two leaders", "both sides".
GROUP_WORDS = {"two", "both", "three"}
# Dependencies of the doers and partners of an act.
PEOPLE_DEPS = {"nsubj", "nsubjpass", "dobj", "agent"}
DATE_LABELS = {"DATE", "TIME"}
# Prepositions of a stretch of time that tells a standing state ("fighting for 15 years").
DURATION_PREPS = {"for", "since", "throughout"}
# Words too common to tie two sentences to the same people (lemmas).
GENERIC_WORDS = {"people", "minister", "president", "official", "government", "country",
                 "force", "police", "state", "leader", "day", "week"}
# Kinds of armed or uniformed people, so "the soldiers" after "Nigerian troops raided" and
# "Turkish jets" after "Turkish warplanes bombed" are the same people.
FORCE_KINDS = {
    "troop": "military", "soldier": "military", "force": "military", "army": "military",
    "serviceman": "military", "paratrooper": "military", "commando": "military",
    "marine": "military", "infantry": "military",
    "police": "police", "policeman": "police", "officer": "police", "gendarme": "police",
    "policemen": "police", "gendarmerie": "police",
    "jet": "air", "warplane": "air", "aircraft": "air", "plane": "air", "bomber": "air",
    "helicopter": "air", "drone": "air",
    "ship": "sea", "vessel": "sea", "boat": "sea", "warship": "sea", "frigate": "sea",
    "rebel": "armed group", "militant": "armed group", "insurgent": "armed group",
    "fighter": "armed group", "guerrilla": "armed group", "militiaman": "armed group",
    "jihadist": "armed group"}
# Entity labels of a word that names the nation of a force ("Azerbaijani", "Israel's").
NATION_LABELS = {"NORP", "GPE"}
# Parts of speech of a capitalised word naming a force's nation that the tagger misnamed
# ("Azerbaijani" opening a sentence is tagged a person; "Federal troops" names no nation).
NATION_POS = {"ADJ", "PROPN"}
# Dependencies of the words naming a force's nation.
NATION_DEPS = {"amod", "compound", "poss", "nmod"}
# Marks the people words that are a force's kind (and nation): "azerbaijani@military".
KIND_MARK = "@"
# Subjects of a reported clause that are its speaker ("said it had sent").
SELF_PRONOUNS = {"it", "they", "we", "i", "he", "she"}
# Dependencies that keep a verb in the main line of its sentence.
MAIN_LINE_DEPS = {"ROOT", "conj"}
# Dependencies of a clause that carries the act of the verb it hangs on ("agreed to boost").
CARRIED_DEPS = {"xcomp"}


def date_by_narrative_day(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                          statuses: dict[int, str], told: Occasion, pub: date | None) -> None:
    """Give the undated acts of the story's main line ("The jets also bombed a depot near
    Tyre.") the day of the occasion the sentence before them dated ("Israeli warplanes struck
    targets in southern Lebanon on Thursday.")."""
    told_day, people, kinds = told
    elsewhere = "PROTEST" in kinds and _opens_with_a_place(sent)
    if told_day is None or pub is None or told_day >= pub or not (
            _continues(sent) or elsewhere):
        return
    day = EventDate(told_day, told_day, "day", None)
    for trigger in triggers:
        if trigger.head.i in dates or statuses.get(trigger.head.i) != "occurred":
            continue
        verb = trigger.verb or trigger.head
        if elsewhere and not _more_of_the_crowd(trigger, verb, kinds):
            continue  # "In Paris, police detained 30 youths": only the protest's crowds
        if trigger.coding.plover in STATEMENT_TYPES and "CONSULT" not in kinds:
            continue  # "Poland summoned the envoy" after a clash: a reaction of its own day
        if _told_as_done_then(verb) and (_same_people(verb, people) or _more_of_the_crowd(
                trigger, verb, kinds)):
            dates[trigger.head.i] = day


def _more_of_the_crowd(trigger: Trigger, verb: Token, kinds: set[str]) -> bool:
    """"Thousands more rallied in other cities.", "Police responded with water cannon ... and
    detained 33 people." after a dated protest: more crowds and their policing, told in the
    simple past (not "had shot dead 25 protesters in five days of unrest") and not put at
    another time ("Kenyan police later detained an opposition senator in Mombasa")."""
    return ("PROTEST" in kinds and trigger.coding.plover in CROWD_TYPES
            and verb.tag_ == "VBD" and not is_perfect(verb) and not any(
                c.dep_ == "advmod" and c.lower_ in OTHER_TIME_ADVERBS for c in verb.children))


def _continues(sent: Span) -> bool:
    """The sentence goes on with the occasion before it: no opener of a new occasion, not a
    quotation."""
    first = next((t for t in sent if not t.is_space), None)
    return not (first is None or first.text in QUOTE_MARKS
                or first.lower_ in NEW_OCCASION_OPENERS)


def _opens_with_a_place(sent: Span) -> bool:
    """"In Brasilia, demonstrators tried to storm the foreign ministry.": the protest day's
    story goes on in another town (a place name and a comma after the opening "In")."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "in" or words[1].ent_type_ not in PLACE_LABELS:
        return False
    place_end = next((t for t in words[1:] if t.ent_iob_ != "I" and t.i > words[1].i), None)
    return place_end is not None and place_end.text == ","


def _told_as_done_then(verb: Token) -> bool:
    """"agreed", "also bombed", "signed", "agreed to boost" (the agreeing): a simple past in
    the main line of the sentence, not a perfect ("has accused") nor what was said; or
    told by a reporter of it ("Lavrov said the two sides had agreed", "officials said they
    signed"); or a passive ("a declaration was signed by the two leaders")."""
    while verb.dep_ in CARRIED_DEPS and _past_form(verb.head, True):
        verb = verb.head
    if verb.lemma_.lower() in SPEECH_VERBS or any(
            c.lower_ in BACKGROUND_ADVERBS for c in verb.children if c.dep_ == "advmod"):
        return False
    word = verb
    while word.dep_ == "conj":
        word = word.head
    if word.dep_ == "ROOT":
        return _past_form(verb, False) and _past_form(word, False) and not any(
            c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS for c in word.children)
    return _reported(word) and _past_form(verb, not _self_report(word))


def _past_form(verb: Token, reported: bool) -> bool:
    """"signed", and in a report also "had signed"; not "has signed" (a past passive, "was
    signed", was tried twice: with its doers named only, "was signed by", still one more
    false event on dev and no date gained)."""
    if verb.tag_ == "VBD":
        return not is_perfect(verb)
    return verb.tag_ == "VBN" and reported and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _self_report(verb: Token) -> bool:
    """"Kyrgyzstan said it had sent troops": the speaker telling a deed of its own, done
    before, not at the occasion."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in SELF_PRONOUNS
               for c in verb.children)


def _reported(verb: Token) -> bool:
    """"Lavrov told reporters the two sides had agreed": the clause of a past speech verb that
    is the main line of its sentence."""
    speech = verb.head
    return (verb.dep_ == "ccomp" and speech.lemma_.lower() in SPEECH_VERBS
            and speech.dep_ == "ROOT" and speech.tag_ == "VBD" and not is_perfect(speech))


def _same_people(verb: Token, people: set[str]) -> bool:
    """The doer is one of the occasion's people: "she", "the two leaders", "Blinken" after
    "Blinken spoke with ...", "the ministers" after "foreign ministers held talks", "the
    rebels" of "The government and the rebels agreed" after "Petro met ELN rebel
    negotiators"."""
    while verb.dep_ in CARRIED_DEPS | {"conj"}:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] + [
        doer for c in verb.children if c.dep_ == "agent" for doer in c.children
        if doer.dep_ == "pobj"]  # "signed by the two leaders"
    subjects += [c for s in subjects for c in s.conjuncts]  # "The government and the rebels"
    for subject in subjects:
        if subject.lower_ in BACK_PRONOUNS | GROUP_WORDS or any(
                c.lower_ in GROUP_WORDS for c in subject.children):  # "The two agreed"
            return True
        words = {t.lemma_.lower() for t in subject.subtree if t.pos_ in ("PROPN", "NOUN")}
        words -= FORCE_KINDS.keys()  # "Egyptian troops" are not "Israeli troops": _same_force
        if not _definite(subject):  # "the ministers" after "foreign ministers met"
            words -= GENERIC_WORDS
        if words & people or _same_force(subject, people):
            return True
    return False


def _force_words(noun: Token) -> set[str]:
    """The kind of force a noun names, with its nation when told: "Azerbaijani troops":
    "azerbaijani@military" and "@military"; "the soldiers": "@military"; "Kenyan police
    officers": "kenyan@police" and "@police"."""
    kind = FORCE_KINDS.get(noun.lemma_.lower()) or FORCE_KINDS.get(noun.lower_)
    if kind is None:
        return set()
    nations = {w.lower_ for c in noun.children if c.dep_ in NATION_DEPS
               for w in c.subtree if w.is_alpha and (w.ent_type_ in NATION_LABELS or (
                   w.is_title and w.ent_type_ and w.pos_ in NATION_POS))}
    return {KIND_MARK + kind} | {nation + KIND_MARK + kind for nation in nations}


def _same_force(subject: Token, people: set[str]) -> bool:
    """"Azerbaijani forces also fired" after "Azerbaijani troops shelled": the same nation's
    force of the same kind; "The soldiers freed 30 hostages" after "Nigerian troops raided a
    camp": a force of the same kind with no nation of its own named."""
    words = _force_words(subject)
    named = {w for w in words if not w.startswith(KIND_MARK)}
    return bool(named & people) if named else bool(words & people)


def next_occasion(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                  day: date | None, occasion: Occasion) -> Occasion:
    """The occasion the next sentence may go on with: that of the sentence's dated acts; the
    one before kept through a sentence with no act ("The meeting lasted three hours.") or
    with only undated acts that opens no other occasion ("Manila has repeatedly accused
    Beijing of bullying."), so a paragraph-long account of one meeting or clash keeps its
    day (but only for deeds: "The US State Department urged Beijing" past an aside is a
    reaction); none after a sentence that opens or names another time."""
    goes_on = (_continues(sent) or ("PROTEST" in occasion[2] and _opens_with_a_place(sent))) \
        and all(_standing_time(w) for w in date_expressions(sent))
    if not triggers:  # "The weather was cold." after an aside keeps the meeting's day
        return ((occasion[0] or day) if goes_on else day, *occasion[1:])
    if any(t.head.i in dates for t in triggers):
        return (day, *occasion_people(triggers, dates))
    if goes_on:
        # statements told past an aside are reactions of their own day, not said at the meeting
        return (occasion[0], occasion[1], set(occasion[2]) - {"CONSULT"})
    return (None, frozenset(), frozenset())


def _standing_time(when: Span) -> bool:
    """A stretch of time, not another occasion: "for more than 15 years", "since 2016",
    "every night"."""
    head = when.root.head
    return (head.dep_ == "prep" and head.lower_ in DURATION_PREPS) or when[0].lower_ in (
        "every", "each")


def occasion_people(triggers: list[Trigger], dates: dict[int, EventDate]
                    ) -> tuple[set[str], set[str]]:
    """The words naming the doers and partners of a sentence's dated acts, and their types:
    "Macron met Scholz in Berlin on Tuesday": macron, scholz (and titles); CONSULT."""
    people: set[str] = set()
    kinds: set[str] = set()
    for trigger in triggers:
        verb = trigger.verb or trigger.head
        if trigger.head.i not in dates:
            continue
        kinds.add(trigger.coding.plover)
        for child in verb.children:
            if child.dep_ in PEOPLE_DEPS or (child.dep_ == "prep" and child.lower_ == "with"):
                people |= {t.lemma_.lower() for t in child.subtree
                           if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in DATE_LABELS}
                people |= {w for t in child.subtree for w in _force_words(t)}
    return people, kinds


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
