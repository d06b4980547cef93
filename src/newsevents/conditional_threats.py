"""Threats told by an act that is no event of its own, promised on a condition or kept as a
right: "Kabul would take the matter to the U.N. Security Council if the shelling did not stop",
"troops would resume operations on Wednesday if the rebels did not lay down their arms",
"said it would shut its skies to Indian aircraft unless ...", "Azerbaijan reserves the right to
liberate its occupied territories by any means".

The threat is the speaker's and happened when said; whom it is aimed at is the subject of the
condition clause (the extractor's fallback for THREATEN), else the story's usual search.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.harsh_words import HARSH_MEASURE_WORDS, MILD_MEASURE_WORDS
from newsevents.lexicon import Coding
from newsevents.syntax import marked_clause
from newsevents.threat_sayings import voicing_speech
from newsevents.threats import NAMED_LABELS, THREAT_CONDITION_MARKS, VOW_VERBS, has_condition
from newsevents.triggers import Trigger

# Auxiliaries of an act promised for the future or held out as possible.
PROMISE_AUX = {"would", "will", "could", "might", "'ll", "shall"}
# What a side threatens to take to a court or a council.
DISPUTE_NOUNS = {"matter", "issue", "case", "dispute", "complaint", "row", "question", "quarrel",
                 "conflict", "grievance", "violation", "incident"}
# Hostile acts that no lexicon row codes, by verb lemma and the object lemmas that make them
# hostile (an empty set: any object or none). "resume operations/attacks/hostilities",
# "take the matter/dispute to the Security Council", "use all means/force", "shut/close its
# skies/airspace/ports to ...", "review/reconsider its aid", "step up attacks", "cut off gas".
HOSTILE_ACTS = {
    "resume": {"operation", "attack", "offensive", "hostility", "fighting", "strike", "bombing",
               "shelling", "raid", "assault", "campaign", "war", "protest", "blockade", "test",
               "testing", "launch"},
    "restart": {"operation", "attack", "offensive", "hostility", "fighting", "war", "test",
                "testing", "campaign"},
    "take": DISPUTE_NOUNS | {"step", "measure", "action", "countermeasure"},
    "adopt": {"countermeasure", "measure", "step"},
    "refer": DISPUTE_NOUNS,
    "bring": DISPUTE_NOUNS,
    "use": {"mean", "means", "force", "option", "measure", "tool", "lever", "leverage", "weapon",
            "power"},
    "employ": {"mean", "means", "force", "option", "measure", "tool"},
    "shut": {"sky", "airspace", "port", "border", "strait", "waterway", "pipeline", "tap",
             "crossing", "embassy", "consulate", "market"},
    "close": {"sky", "airspace", "port", "strait", "waterway", "pipeline", "tap", "market"},
    "review": {"assistance", "aid", "relation", "tie", "cooperation", "support", "funding",
               "agreement", "deal", "membership", "presence"},
    "reconsider": {"assistance", "aid", "relation", "tie", "cooperation", "support",
                   "funding", "agreement", "deal", "membership", "presence", "participation"},
    "reassess": {"assistance", "aid", "relation", "tie", "cooperation", "support",
                 "funding", "agreement", "deal"},
    "step": {"attack", "operation", "pressure", "strike", "campaign"},
    "escalate": set(),
    "intensify": {"attack", "operation", "strike", "campaign", "pressure", "offensive"},
}
REFERRAL_VERBS = {"take", "refer", "bring"}
REFERRAL_PREPS = {"to", "before"}
# Measures that are hostile only when named so (harsh_words.py): "take resolute / retaliatory
# measures", "take tough action" (not "take steps to boost trade"); "take appropriate
# measures" only if a foreign side is named in the condition ("if Beijing kept sending ships",
# not "if the flooding worsened").
PLAIN_MEASURES = {"step", "measure", "action"}
# "step up attacks", "cut off gas": a particle that must hang on the verb.
PARTICLES = {"step": "up"}
# "reserves the right to respond / retaliate / take measures / liberate its territories".
# "vowed / swore / pledged to take countermeasures": a hostile act sworn.
RIGHT_VERBS = {"reserve", "retain", "keep"}
RIGHT_NOUNS = {"right"}
RIGHT_ACTS = {"respond", "retaliate", "react", "act", "take", "use", "defend", "strike", "hit",
              "liberate", "retake", "recapture", "resort", "protect", "reply", "answer",
              "intervene", "attack"}


def kept_threats(sent: Span, triggers: list[Trigger], threat: Coding) -> list[Trigger]:
    """The threats of this module in one sentence, beside the ``triggers`` already found."""
    taken = {i for t in triggers for i in t.indices}
    threatened = [t.verb for t in triggers if t.coding.plover == "THREATEN" and t.verb is not None]
    return (conditional_threats(sent, taken, threatened, threat)
            + vowed_threats(sent, taken, threat) + reserved_rights(sent, taken, threat))


def conditional_threats(sent: Span, taken: set[int], threatened: list[Token],
                        threat: Coding) -> list[Trigger]:
    """Hostile acts promised on a condition ("would take the matter to the U.N. Security
    Council if the shelling did not stop"): the speech verb is the threat, the act goes with
    it; a threat already told by a warning is that warning's."""
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken or not _hostile_promise(verb):
            continue
        speech = voicing_speech(verb, taken, threatened, trailing=True)
        if speech is None:
            continue  # or "warned that it would resume attacks if ...": the warning is it
        tokens = (speech, verb, *_referral_body(verb))
        found.append(Trigger(speech, tokens, threat, (), verb, nominal=False))
        taken.add(speech.i)
    return found


def _referral_body(verb: Token) -> list[Token]:
    """The body a dispute is taken to ("take the matter to the U.N. Security Council", "bring
    it before the court"): part of the threat's words, not whom it is aimed at."""
    if verb.lemma_.lower() not in REFERRAL_VERBS:
        return []
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]  # "the dispute to the ICJ"
    return [t for holder in holders for p in holder.children
            if p.dep_ == "prep" and p.lower_ in REFERRAL_PREPS
            for o in p.children if o.dep_ == "pobj" for t in o.subtree]


def vowed_threats(sent: Span, taken: set[int], threat: Coding) -> list[Trigger]:
    """"vowed to take countermeasures", "swore to resume attacks", "pledged to use all means":
    a hostile act sworn is a threat by the one who swears it."""
    found = []
    for verb in sent:
        if verb.dep_ != "xcomp":
            continue
        vow = verb.head
        if (verb.i in taken or vow.i in taken
                or vow.lemma_.lower() not in VOW_VERBS or not _hostile_act(verb)):
            continue
        found.append(Trigger(vow, (vow, verb, *_referral_body(verb)), threat, ("against", "on"),
                             vow, nominal=False))
        taken.add(vow.i)
    return found


def reserved_rights(sent: Span, taken: set[int], threat: Coding) -> list[Trigger]:
    """"Azerbaijan reserves the right to liberate its occupied territories by any means",
    "Moscow retains the right to respond": force kept as a right is a threat by the one who
    keeps it."""
    found = []
    for verb in sent:
        if (verb.i in taken or verb.lemma_.lower() not in RIGHT_VERBS  # (tagged NOUN at times)
                or any(c.dep_ == "neg" for c in verb.children)):
            continue
        acts = [a for right in verb.children
                if right.dep_ == "dobj" and right.lemma_.lower() in RIGHT_NOUNS
                for a in right.children
                if a.dep_ in ("acl", "relcl", "xcomp") and a.lemma_.lower() in RIGHT_ACTS]
        if acts:
            found.append(Trigger(verb, (verb, acts[0]), threat, ("against", "on"), verb,
                                 nominal=False))
            taken.add(verb.i)
    return found


def _hostile_promise(verb: Token) -> bool:
    """A hostile act of ``HOSTILE_ACTS`` with a future or possible auxiliary (on the verb or on
    the verb it hangs on: "would consider calling") and a condition clause."""
    owner = verb.head if verb.dep_ == "xcomp" else verb
    if not (_hostile_act(verb) or (_hostile_act(verb, MILD_MEASURE_WORDS)
                                   and (_names_a_side(verb) or _names_a_side(owner)))):
        return False
    auxes = {c.lower_ for c in (*verb.children, *owner.children) if c.dep_ == "aux"}
    return bool(auxes & PROMISE_AUX) and (has_condition(verb) or has_condition(owner))


def mild_promise(verb: Token) -> bool:
    """"would take appropriate measures if Tokyo ...": a threat only by a mild word, which is
    never aimed at the speaker's own side (threat_aims.py)."""
    return _hostile_promise(verb) and not _hostile_act(verb)


def _names_a_side(verb: Token) -> bool:
    """A named actor in a condition clause on the verb: "if Beijing kept sending ships", "if
    its citizens in South Africa were attacked"."""
    return any(t.ent_type_ in NAMED_LABELS or t.pos_ == "PROPN"
               for c in verb.children if marked_clause(c, THREAT_CONDITION_MARKS)
               for t in c.subtree)


def _hostile_act(verb: Token, harsh: frozenset[str] = HARSH_MEASURE_WORDS) -> bool:
    """"take the matter to the Security Council", "resume operations", "step up attacks"."""
    lemma = verb.lemma_.lower()
    if lemma not in HOSTILE_ACTS or any(c.dep_ == "neg" for c in verb.children):
        return False
    particle = PARTICLES.get(lemma)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    wanted = HOSTILE_ACTS[lemma]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not wanted or any(_hostile_object(o, wanted, harsh) for o in objects)


def _hostile_object(noun: Token, wanted: set[str], harsh: frozenset[str]) -> bool:
    """"the matter", "operations", "resolute measures" (not "steps to boost trade")."""
    lemma = noun.lemma_.lower()
    if lemma not in wanted:
        return False
    return lemma not in PLAIN_MEASURES or any(
        c.lower_ in harsh for c in noun.children if c.dep_ in ("amod", "det", "compound"))
