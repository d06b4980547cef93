"""Meetings told without their parties in the noun's own phrase: the parties are the group
that acts at the meeting ("the two countries' defence ministers said after a meeting in
Quito", "Mali and Niger agreed ... at talks in Niamey")."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import (
    AFTER_PREPS,
    OCCASION_PREPS,
    first_conjunct,
    has_to_marker,
    prep_objects,
)
from newsevents.visitors import named_place

# "Talks involving A, B and C": the objects of these participles are the event's parties.
INVOLVING_VERBS = {"involve", "include", "bring"}
# Gatherings whose parties a group acting at them names ("agreed at a meeting").
OCCASION_MEETING_NOUNS = {"meeting", "talk", "summit", "negotiation", "consultation"}
# Prepositions that make a gathering the occasion of an act: at it, after it, during it.
# A gathering whose own phrase names its parties is read by the other rules ("talks with X",
# "a meeting between A and B", "a meeting of the two countries' chiefs").
PARTY_PREPS = {"between", "with", "among", "of", "by"}
# Prepositions that put a gathering before the act they hang on: "after talks in Baku".
# "The two countries", "both sides", "the three armies": a group named by its size.
GROUP_SIZE_WORDS = {"both", "two", "three", "four"}
# Prepositions that make a call the medium of what a verb tells: "told Lukashenko in a
# telephone call", "assured him during a phone call", "over a video call".
CALL_MEDIUM_PREPS = {"in", "during", "over"}
# Verbs that tell a person something: in a call, whom they tell is the other party.
TELLING_VERBS = {"tell", "assure", "reassure", "inform", "thank", "congratulate", "update"}
# Verbs of being somewhere: "was in Kabul for talks with", "remained in Geneva for
# consultations with", "stayed on in Cairo for talks with".
PRESENCE_VERBS = {"be", "remain", "stay"}
# Prepositions of the place one is in.
PRESENCE_PREPS = {"in", "at"}
# Prepositions of a gathering's partner.
PARTNER_PREPS = {"with", "between"}
# Verbs that invite parties to a gathering: "has invited Tshisekedi and Kagame to a summit in
# Luanda next week"; the gathering is a meeting of its own, ahead (the gold codes the
# invitation an AGREE and the gathering a planned CONSULT).
INVITING_VERBS = {"invite"}
# The preposition that names the gathering parties are invited to.
INVITED_TO_PREP = "to"
# Prepositions that set an invited gathering in its place ("to a summit in Luanda", "to a
# meeting at the La Moneda palace").
GATHERING_PLACE_PREPS = {"in", "at"}
# Dependencies of the words a name carries before it as its title ("President Mahmoud Abbas").
NAME_TITLE_DEPS = {"compound"}


def group_at_meeting(noun: Token) -> Token | None:
    """The verb whose subject is a group of parties acting at the gathering ``noun``: "the two
    countries' defence ministers said after a meeting in the Ecuadorean capital", "Kazakh
    Foreign Minister Tokayev and his Kyrgyz counterpart signed the accord after talks in
    Almaty" (the verb "said", "signed"); None for "Putin said at a meeting" (one party) or
    "said after talks with Soini" (its partner named)."""
    if noun.lemma_.lower() not in OCCASION_MEETING_NOUNS or noun.pos_ != "NOUN":
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or prep.dep_ != "prep":
        return None
    if any(c.dep_ in ("prep", "acl") and c.lower_ in PARTY_PREPS for c in noun.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                                 and c.pos_ in ("NOUN", "PROPN")) for c in noun.children):
        return None  # "a cabinet meeting", "a Mercosur summit", "their meeting": another's
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb if subjects and _group(subjects[0]) else None


def _group(subject: Token) -> bool:
    """"Colombia and Ecuador", "the two countries' defence ministers", "the three leaders"."""
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    holders = [subject, *prep_objects(subject, {"from", "of"})]
    holders += [c for h in holders for c in h.children if c.dep_ == "poss"]
    return any(c.lower_ in GROUP_SIZE_WORDS and c.dep_ != "poss"
               for h in holders for c in h.children)


def titles_of_named(objects: list[Token]) -> set[str]:
    """The title words a named object carries: "received President Mahmoud Abbas", "is due to
    see Prime Minister Ranil Wickremesinghe", "welcomed King Abdullah" ("president", "prime",
    "minister", "king"): a named person is what the title says, for object-bound verb rows."""
    return {c.lemma_.lower() for o in objects if o.pos_ == "PROPN"
            for c in o.children if c.dep_ in NAME_TITLE_DEPS and c.i < o.i}


def call_told_in(noun: Token) -> Token | None:
    """The verb that tells a person something in the call ``noun``: "Putin told Lukashenko in a
    telephone call on Saturday that ...", "Biden assured Zelensky during a phone call", "thanked
    the emir over a video call" (the verb "told", "assured", "thanked"; whom it tells is the
    other party of the call); None for "said in a call" (no one told)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CALL_MEDIUM_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_VERBS:
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")
            and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return verb if told else None


def present_for_talks(noun: Token) -> Token | None:
    """The verb of being in a place for a gathering with a named partner: "Pakistan's envoy
    was in Kabul for talks with Taliban ministers", "the German chancellor is in Paris this
    week for a meeting with the French president" (the verb "was", "is"; its subject meets the
    partner); None for "is in Kabul for talks" (no partner) or "called for talks with"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    if not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in PRESENCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    places = prep_objects(verb, PRESENCE_PREPS)
    return verb if any(named_place(p) for p in places) else None


def agreed_after(noun: Token) -> Token | None:
    """"agreed on Wednesday to double freight capacity ... after talks in Baku between A and B":
    the talks came before the agreement, not before the act agreed (the parser hangs them on
    the infinitive); the verb of the clause the infinitive completes."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in AFTER_PREPS or prep.dep_ != "prep":
        return None
    act = first_conjunct(prep.head)  # "to double freight and to speed up work ... after talks"
    if act.dep_ != "xcomp" or not has_to_marker(prep.head):
        return None
    return act.head if act.head.pos_ in ("VERB", "AUX") else None


def involving(noun: Token) -> bool:
    """"talks involving the two Koreas, China, Japan, Russia and the United States"; "the latest
    round of those talks, involving ..." (the round names the parties)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in INVOLVING_VERBS for c in noun.children)


def invited_to_gathering(noun: Token) -> Token | None:
    """The verb that invites parties to the gathering ``noun``: "Angolan President Joao
    Lourenco has invited Presidents Felix Tshisekedi and Paul Kagame to a summit in Luanda next
    week", "Pinera invited the leaders of all political parties to a meeting at the La Moneda
    palace" (the verb "invited"; its subject and its objects are the gathering's parties); None
    for "invited them to resume talks" (the talks an act of the invited), an invitation with
    no one invited, or one to a gathering with neither place nor time ("invited Venezuela to
    talks on reopening the crossings": the gold codes the invitation alone)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != INVITED_TO_PREP or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INVITING_VERBS:
        return None
    invited = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
    return verb if invited and _arranged(noun) else None


def _arranged(gathering: Token) -> bool:
    """A gathering with a place or a time of its own ("a summit in Luanda next week", "talks on
    Wednesday"); "invited Venezuela to talks on reopening the crossings" is an invitation only."""
    return any(c.dep_ == "prep" and c.lower_ in GATHERING_PLACE_PREPS for c in gathering.children
               ) or any(t.ent_type_ in ("DATE", "TIME") for t in gathering.subtree)
