"""Acts done "in protest" are protests (PLOVER PROTEST, CAMEO 14): "rioters torched shops in
protest against the reform", "dockworkers blockaded the port in protest at privatisation",
"opposition lawmakers walked out of parliament in protest", "judges suspended work in
protest over the dismissals", "farmers dumped manure outside parliament as a protest". The
act's own reading (an arson, a blockade, a refusal) gives way: the doers protest, against
what the protest noun names. Acts of states keep their own reading ("Pakistan recalled its
ambassador in protest" is a sanction), and so do diplomatic and verbal acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding, Lexicon
from newsevents.syntax import SUBJECT_DEPS, prep_objects

if TYPE_CHECKING:  # triggers.py imports this module
    from newsevents.triggers import Trigger

# "in protest", "as a protest", "in a show of protest": the noun that tells the act's intent.
INTENT_NOUNS = {"protest"}
INTENT_PREPS = {"in", "as"}
# Nouns that carry the intent one step down: "as a sign of protest", "in a show of protest".
CARRIER_NOUNS = {"sign", "show", "mark", "gesture", "form", "act", "token"}
# Readings a protest intent turns into a protest: force against things, blockades, refusals,
# stoppages. Sanctions, accusations, consultations and the like keep their reading.
TURNED_TYPES = {"ASSAULT", "COERCE", "REJECT", "CONCEDE", "PROTEST"}
KEPT_MODES = {"resign"}
# Walkouts read as a break in relations ("walked out of the talks") that are protests when
# done in protest ("walked out of parliament in protest at the arrest").
WALKOUT_VERBS = {"walk", "storm"}  # "the minister resigned in protest" stays a resignation
# Verbs that only tell words: "said in protest" is no act of its own.
SPEECH_VERBS = {"say", "tell", "write", "speak", "add", "announce", "state", "note", "shout"}
# Subjects that are states, not crowds: "the government closed its embassy in protest".
STATE_WORDS = {"government", "ministry", "authority", "administration", "cabinet", "state",
               "country", "embassy", "president", "minister", "regime", "junta", "parliament"}
STATE_ENTITIES = {"GPE"}
PROTEST_TARGET_PREPS = ("against", "at", "over")
# "a nationwide day of protest", "a national day of action", "a week of rage": a span of time
# that names a protest (not "a day of mourning", "a day of talks").
PROTEST_SPANS = {"day", "week", "weekend", "night", "month"}
SPAN_PROTESTS = {"protest", "action", "rage", "anger", "defiance", "resistance", "outrage",
                 "mobilisation", "mobilization", "demonstration", "strike", "strikes"}
PROTEST_VERB = "protest"  # the verb row a protesting crowd or an act "in protest" takes


def acts_in_protest(triggers: list[Trigger], sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The sentence's triggers with every act done "in protest" read as a protest: "rioters
    torched shops in protest against the reform" gives a PROTEST headed by "protest" (its
    targets after against/at/over), for the rioters, in place of the arson."""
    rule = lexicon.verb_rule(PROTEST_VERB, set(), set())
    if rule is None or rule.coding is None:
        return triggers
    for verb in sent:
        noun = intent_noun(verb)
        if noun is None or _state_subject(verb):
            continue
        own = [t for t in triggers if t.head == noun or (t.verb is not None and t.verb == verb)]
        if any(_kept(t, verb) for t in own):
            continue
        triggers = [t for t in triggers if t not in own]
        triggers.append(_protest_trigger(verb, noun, rule.coding))
    return triggers + days_of_protest(triggers, sent, rule.coding)


def days_of_protest(triggers: list[Trigger], sent: Span, coding: Coding) -> list[Trigger]:
    """"Unions called a nationwide day of protest against the reform", "nurses staged a
    national day of action": the span names a protest, held by the verb's subject."""
    found = []
    used = {i for t in triggers for i in t.indices}
    for span in sent:
        if span.lemma_.lower() not in PROTEST_SPANS or span.dep_ not in ("dobj", "nsubj",
                                                                         "nsubjpass"):
            continue
        named = [o for o in prep_objects(span, {"of"}) if o.lemma_.lower() in SPAN_PROTESTS]
        if named and named[0].i not in used and span.head.pos_ in ("VERB", "AUX"):
            found.append(_protest_trigger(span.head, named[0], coding))
    return found


def _kept(trigger: Trigger, verb: Token) -> bool:
    """A reading "in protest" leaves alone: a sanction, a resignation, an accusation."""
    if verb.lemma_.lower() in WALKOUT_VERBS:
        return False
    return trigger.coding.plover not in TURNED_TYPES or trigger.coding.mode in KEPT_MODES


def intent_noun(verb: Token) -> Token | None:
    """The "protest" of "in protest", "as a protest", "as a sign of protest" on a verb:
    "walked out in protest at the arrest" gives "protest"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in SPEECH_VERBS:
        return None
    for noun in prep_objects(verb, INTENT_PREPS):
        if noun.lemma_.lower() in INTENT_NOUNS:
            return noun
        if noun.lemma_.lower() in CARRIER_NOUNS:
            inner = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.lemma_.lower() in INTENT_NOUNS]
            if inner:
                return inner[0]
    return None


def _protest_trigger(verb: Token, noun: Token, coding: Coding) -> Trigger:
    from newsevents.triggers import Trigger  # triggers.py imports this module
    return Trigger(noun, (verb, noun), coding, PROTEST_TARGET_PREPS, verb, nominal=True)


def _state_subject(verb: Token) -> bool:
    """"Pakistan closed its airspace in protest", "the government recalled its envoy in
    protest": a state's act, not a crowd's."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return (child.ent_type_ in STATE_ENTITIES
                    or child.lemma_.lower() in STATE_WORDS)
    return False


# Gathering is a protest when protesters gather, or when the crowd or the gathering protests,
# demands or chants ("thousands of people banging pots gathered in the square", "gathered
# outside parliament to protest against the deal"); "the relief effort gathered pace" is not.
GATHERING_VERBS = {"gather", "assemble", "converge"}
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator"}
PROTEST_MARKS = {"protest", "demonstrate", "demand", "denounce", "condemn", "chant", "bang",
                 "oppose"}


def protest_gathering(verb: Token) -> bool:
    """"Thousands of protesters gathered outside the ministry", "people banging pots and pans
    gathered in the square", "gathered for a third evening to protest against the proposal"."""
    if verb.lemma_.lower() not in GATHERING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for s in subjects for g in prep_objects(s, {"of"})]  # "thousands of ..."
    if any(s.lemma_.lower() in PROTESTER_NOUNS for s in subjects):
        return True
    clauses = [c for word in (verb, *subjects) for c in word.children
               if c.dep_ in ("acl", "advcl", "xcomp")]
    return any(c.lemma_.lower() in PROTEST_MARKS for c in clauses)
