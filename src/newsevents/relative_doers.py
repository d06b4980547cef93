"""Who a pronoun doing the act of a relative clause stands for: in "imposed sanctions on three
companies it accused of smuggling" or "expelled two diplomats whom it accused of spying" the
clause blames what the main clause acted on, and its "it" is the doer of the verb that acted
on it, never the noun the clause describes (the nearest name before the pronoun). Only a
clause that accuses, suspects, blames or names ("accused", "called") counts, on a noun that
is the verb's direct object or the object of its "on", "against" or "of"; "sanctioned a
company over drones it sold" and "said Ukraine attacked a bridge it had built" are left to
the story. A "they" is left to the story's groups: "Saudi Arabia, the UAE and Bahrain
sanctioned nine men they accused" is all three, which one name in the subject cannot give."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import governing_verb
from newsevents.quotes import SPEECH_VERBS

# Pronouns that stand for one state or body doing something.
DOING_PRONOUNS = {"it"}
# Relative verbs whose "it" judges what the main clause acted on ("companies it accused").
JUDGING_VERBS = {"accuse", "suspect", "blame", "charge", "call", "describe", "brand", "say"}
# Prepositions on the verb (or its object) whose object the verb acts on ("sanctions on").
ACTED_ON_PREPS = {"on", "against", "of"}


def relative_clause_doer(pronoun: Token) -> Token | None:
    """The subject of the clause whose object the relative clause describes, for a pronoun
    that is the relative clause's own subject; None otherwise."""
    clause = pronoun.head
    if (pronoun.dep_ != "nsubj" or pronoun.lower_ not in DOING_PRONOUNS
            or clause.dep_ != "relcl" or clause.lemma_.lower() not in JUDGING_VERBS):
        return None
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "two diplomats and an attache whom it accused"
    verb = governing_verb(noun)
    if verb is None or not _acted_on(noun, verb) or _reported(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT") or subject.i > pronoun.i:
        return None
    return subject


def _acted_on(noun: Token, verb: Token) -> bool:
    """The verb's direct object, or the object of its (or its object's) "on", "against" or
    "of": "expelled two diplomats", "imposed sanctions on three companies"."""
    if noun.dep_ == "dobj":
        return noun.head == verb
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ACTED_ON_PREPS:
        return False
    holder = prep.head
    return holder == verb or (holder.dep_ == "dobj" and holder.head == verb)


def _reported(verb: Token) -> bool:
    """A clause told by a speaker named before it ("Russia said that Ukraine attacked ..."),
    whose "it" may be the speaker."""
    return (verb.dep_ == "ccomp" and verb.head.i < verb.i
            and verb.head.lemma_.lower() in SPEECH_VERBS)
