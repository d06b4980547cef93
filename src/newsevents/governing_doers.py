"""Doers the parse hangs away from their verb, found from the clause that governs it: a subject
hung on the auxiliary ("Dhaka has, however, pressed New Delhi"), on a fronted participle ("The
US and Japan, which co-sponsored the talks, urged") or on the participle a finite verb is
wrongly hung on ("Leaders of CARICOM, wrapping up a summit, gave their support"); the antecedent
of a relative pronoun in a reported clause ("the RSF, which they said fired on crowds"); the
owner of an intended act ("London's decision to send a destroyer"); and the speaker of a demand
joined to a reported passive ("said it had not been consulted and called on the AU")."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.quotes import SPEECH_VERBS
from newsevents.summons import is_to_infinitive
from newsevents.syntax import FINITE_TAGS, SUBJECT_DEPS
from newsevents.triggers import INTENT_NOUNS

RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# Clauses before a verb the parse may hang the verb's subject in ("France and Germany, which
# co-sponsored the plan, urged": "France" on "sponsored").
FRONTED_DEPS = {"advcl", "ccomp"}
AUXILIARY_DEPS = {"aux", "auxpass"}
# Participles a subject's parenthetical is told with ("wrapping up a summit", "suspended").
PARTICIPLE_TAGS = {"VBG", "VBN"}
# Acts of a speaker that the parse may join to what the speaker reported: "said it had not
# been consulted and called on the African Union", "... and urged Kenya to act".
SPEAKER_ACTS = {"call", "urge", "demand", "ask", "press", "appeal", "warn", "accuse",
                "condemn", "vow", "pledge", "promise", "threaten"}
# Possessive pronouns of the clause's subject on an event noun ("offer his support").
OWNER_PRONOUNS = {"its", "his", "her", "their"}
# Verbs that tell such a noun as given or said, not undone ("lift its objections", "rethink
# its cooperation", "secure their release").
GIVING_VERBS = {"offer", "give", "express", "extend", "pledge", "voice", "reiterate",
                "reaffirm", "announce", "declare", "lend"}
# What only an active demand has: an object or a reported clause ("urged Kenya", "warned that").
ACTIVE_DEPS = {"dobj", "ccomp"}


def stray_subjects(verb: Token) -> list[Token]:
    """The subject of a verb with none of its own that the parse hangs nearby: "Dhaka has,
    however, pressed New Delhi" (on "has"), "The United States and Japan, which had
    co-sponsored the talks, urged both sides" (on the fronted "sponsored"), "Leaders of the
    bloc, wrapping up a summit, gave their support" (on "wrapping", which heads the parse)."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "csubj" for c in verb.children):
        return []
    on_auxiliary = [s for aux in verb.children if aux.dep_ in AUXILIARY_DEPS
                    for s in aux.children if s.dep_ == "nsubj"]
    if on_auxiliary:
        return on_auxiliary
    if not _finite(verb):
        return []
    for clause in verb.children:
        if (clause.dep_ in FRONTED_DEPS and clause.i < verb.i
                and not any(c.dep_ == "mark" for c in clause.children)):
            subjects = [s for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i
                        and s.lower_ not in RELATIVE_PRONOUNS]
            if subjects:
                return subjects
    governor = verb.head
    if verb.dep_ == "dep" and governor.i < verb.i and governor.tag_ in PARTICIPLE_TAGS:
        return [s for s in governor.children if s.dep_ == "nsubj" and s.i < governor.i
                and s.lower_ not in RELATIVE_PRONOUNS]
    return []


def _finite(verb: Token) -> bool:
    """"pressed", "urges", "have warned": a verb that needs a subject of its own."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """What a relative pronoun subject stands for: "the junta, which has rejected" (the junta),
    and in a reported relative clause "the Rapid Support Forces, which they said fired live
    rounds" (the forces, not the speakers)."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    if verb.dep_ == "relcl":
        return verb.head
    speech = verb.head
    if (verb.dep_ == "ccomp" and speech.dep_ == "relcl"
            and speech.lemma_.lower() in SPEECH_VERBS and not any(
                c.lower_ in RELATIVE_PRONOUNS for c in speech.children if c.dep_ in SUBJECT_DEPS)):
        return speech.head
    return None


def intent_owner(verb: Token) -> Token | None:
    """The named owner of an intended act: "London's decision to send a destroyer", "Moscow's
    plan to hold a referendum" (London sends, Moscow holds), not the clause's subject
    ("Fernandez criticised London's decision to send")."""
    noun = verb.head
    if (verb.dep_ not in ("acl", "relcl") or not is_to_infinitive(verb) or noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in INTENT_NOUNS):  # not "Iran's refusal to release"
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)


def speaker_after_passive(verb: Token) -> Token | None:
    """"Somalia's government said it had not been consulted and called on the African Union":
    a demand the parse joins to a passive reported clause is the speaker's; the speech verb is
    returned ("said")."""
    reported = verb.head
    if (verb.dep_ != "conj" or verb.lemma_.lower() not in SPEAKER_ACTS
            or reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in SPEECH_VERBS
            or not any(c.dep_ == "auxpass" for c in reported.children)
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in AUXILIARY_DEPS for c in verb.children)
            or not any(c.dep_ in ACTIVE_DEPS or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                       for c in verb.children)):  # "had been beaten and accused of spying"
        return None
    return reported.head


def told_as_own(noun: Token, verb: Token) -> bool:
    """An event noun the clause's subject tells as its own: "telephoned Pinera to offer his
    support", "Pakistan announced its withdrawal" (the subject of "offer" supports)."""
    return (noun.dep_ == "dobj" and noun.head == verb and verb.lemma_.lower() in GIVING_VERBS
            and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children))


def speaker_of_reported_participle(verb: Token) -> Token | None:
    """"Pakistan's foreign minister said talks had stalled, urging India to resume dialogue": a
    participle of speech the parse hangs on the reported clause is the speaker's; the speech verb
    is returned ("said"). Other participles stay the reported subject's ("said Russian forces
    had advanced, capturing two villages")."""
    reported = verb.head
    if (verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in SPEAKER_ACTS
            or reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in SPEECH_VERBS
            or reported.head.i > verb.i):
        return None
    return reported.head
