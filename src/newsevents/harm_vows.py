"""Threats told by what the speaker vows to do to the other side, and acts a revoking verb
takes back.

- A vow to destroy an enemy is a threat of force ("vowed to crush the rebels", "pledged to
  wipe out Israel", "swore to make the United States pay", "vowed to teach Pakistan a
  lesson"): the vowed verb carries the threat, aimed at its object.
- Refusing to stand idle is a threat ("Egypt will not stand idly by", "would not remain a
  silent spectator"): the verb carries it, not a refusal of support.
- Retaliation announced for the future is a threat even when the speech verb trails ("Tehran
  will retaliate against any attack, the army chief said").
- Harm said to come to a foe is a threat as a vowed one is ("said its soldiers would crush the
  protesters"), but not to goods or "any" thing ("would eliminate any remaining tariffs"), not
  a bare "would avenge", and not in a contest ("crush Argentina in the final"); crowds are foes
  of harm verbs only ("promised to respond to the farmers' protest" is none).
- A vow to answer a named side's blow is a threat at the striker ("vowed to retaliate for the
  Indian strikes", "promised to respond to the Israeli raid"), and the promise is no pledge
  beside it; a walkout ("the Lufthansa strike") and a peaceful means ("by sending more medical
  teams") are not answered with force.
- A revoked act did not happen and is not planned ("shelved plans to deport Afghan
  refugees", "reversed its decision to suspend imports"): only the revoking is an event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.harsh_words import FIRM_RESPONSE_WORDS
from newsevents.lexicon import Coding
from newsevents.syntax import FORCE_TYPES, has_to_marker, prep_objects
from newsevents.threat_words import CONTEST_NOUNS, CROWD_NOUNS, ENEMY_NOUNS
from newsevents.threats import (
    ANY_WORDS,
    HOSTILE_ACTS,
    NAMED_LABELS,
    WILL_AUX,
    fought_for_cause,
    is_blow,
    is_firm,
)
from newsevents.threats import VOW_VERBS as PROMISE_VERBS
from newsevents.triggers import Trigger

VOW_VERBS = PROMISE_VERBS | {"threaten"}
# Verbs of destroying or punishing an enemy ("vowed to crush / uproot / eliminate").
HARM_VERBS = {"crush", "uproot", "eliminate", "annihilate", "destroy", "smash", "punish",
              "exterminate", "obliterate", "eradicate", "flatten", "raze", "vanquish",
              "liquidate", "neutralise", "neutralize", "decimate", "wipe", "root", "hunt",
              "finish", "avenge", "teach"}
# Harm verbs that need their particle or object: "wipe out", "root out", "hunt down",
# "finish off", "teach X a lesson".
HARM_PARTICLES = {"wipe": {"out"}, "root": {"out"}, "hunt": {"down"}, "finish": {"off"}}
HARM_OBJECTS = {"teach": {"lesson"}}
# Harm verbs only a vow makes a threat: "said it would avenge last year's defeat", "would
# teach them a lesson" are boasts as often as threats.
VOWED_ONLY_VERBS = {"avenge", "teach"}
# Where a contest is named: "crush Argentina in the final", "at the ballot box".
CONTEST_PREPS = {"in", "at"}
# "make the United States pay": a causative "make" with "pay" under it.
CAUSE_VERBS = {"make"}
PAY_VERBS = {"pay", "regret", "rue"}
HARM_TARGETS = ("obj", "dative", "at", "against", "on", "for")
# "will not stand idly by", "would not sit idle", "will not remain a silent spectator".
IDLE_VERBS = {"stand", "sit", "watch", "remain", "stay", "look"}
IDLE_WORDS = {"idly", "idle", "idlely", "spectator", "onlooker", "bystander"}
IDLE_TARGETS = ("if", "while", "to")
# Retaliation verbs whose future is a threat whoever reports it.
RETALIATE_VERBS = {"retaliate", "avenge", "revenge"}
# A promise the lexicon reads as a pledge that promises a hostile answer ("promised
# retaliatory steps") is a threat.
PROMISE_TYPES = {"AGREE"}
SPEECH_HEADS = {"say", "tell", "warn", "state", "add", "announce", "declare", "insist"}
# "would give a proportionate response", "will deliver a crushing blow", "would take resolute
# countermeasures", "vows crushing response": a hostile answer promised.
RESPONSE_VERBS = {"give", "deliver", "take", "mount", "unleash", "launch", "vow", "promise",
                  "pledge", "threaten"}
RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "blow", "rebuff", "retribution"}
COUNTER_NOUNS = {"countermeasure", "counter-measure", "counterattack", "counter-attack"}
# "promised retaliatory steps", "would take reciprocal measures": a plain measure named as
# an answer to a foe.
ANSWERING_MEASURES = {"step", "measure", "action"}
ANSWERING_WORDS = {"retaliatory", "reciprocal", "punitive", "mirror", "counter"}
# "Japan and South Korea pledged reciprocal steps": a pledge of two sides to each other.
MUTUAL_WORD = "reciprocal"
# Measures aimed at someone or something ("against Western sanctions") are no mutual pledge.
AIMED_PREP = "against"
ALL_WORDS = {"all", "any", "every", "necessary"}
# "vowed to turn the city into a graveyard", "would reduce Tel Aviv to ashes".
RUIN_VERBS = {"turn", "reduce", "transform", "make"}
RUIN_NOUNS = {"graveyard", "cemetery", "hell", "ash", "ashes", "rubble", "dust", "inferno",
              "ruin", "ruins", "wasteland", "grave", "bloodbath", "fire"}
# "vowed to resist", "gangs vow to fight", "vowed to defend the country against any foreign
# force", "Bogota vows to respond", "vowed to hit back": a fight vowed.
FIGHT_VERBS = {"resist", "fight", "defend", "respond", "react", "retaliate", "reply"}
# Whom a vowed fight is aimed at: "vowed to respond to any attack", "fight against the rebels".
FOUGHT_PREPS = {"against", "to"}
# Answers whose means "by" or "with" may tell they are no force: "promised to respond to the
# protest with new subsidies", "by calling early elections".
ANSWER_VERBS = {"respond", "react", "reply", "answer", "retaliate"}
MEANS_PREPS = {"by", "with"}
# Vows firm enough to carry a bare fight ("vowed to resist", "swore to retaliate"); a
# promise ("promised to respond") needs a firm word ("promised to respond firmly").
FIRM_VOW_VERBS = {"vow", "swear", "threaten"}
# "anyone who stirs up unrest would be dealt with firmly", "will deal harshly with".
DEAL_ADVERBS = {"firmly", "severely", "harshly", "decisively", "ruthlessly", "sternly",
                "mercilessly", "strongly", "forcefully", "accordingly"}
# "would use all means", "will use all necessary means", "would stop them by any means".
MEANS_NOUNS = {"means", "measure", "option", "tool"}
# What all means are used for when they are force: "would use all means to crush / defend /
# stop / repel".
# Measures that, when a named side's, are answered as hostile acts ("Ecuador's tariff").
FOES_MEASURES = {"tariff", "sanction", "ban", "embargo", "duty", "levy", "blockade", "expulsion"}
HOSTILE_PURPOSES = {
    "strike", "attack", "hit", "bomb", "shell", "target", "hunt", "pursue", "arrest", "crush",
    "storm", "raid", "retaliate", "respond", "destroy", "eliminate", "neutralise", "neutralize",
    "quell", "punish", "capture", "seize", "stop", "defend", "protect", "safeguard", "prevent",
    "repel", "repulse", "thwart", "counter", "retake", "recapture", "liberate", "reclaim",
    "defeat", "resist", "fight", "confront", "deter", "foil", "halt", "block", "suppress",
    "uproot", "wipe", "annihilate", "smash", "avenge", "drive", "expel", "oust", "topple",
    "restore", "secure", "enforce", "regain", "recover"}
# Types a vowed harm verb may carry to be a threat: "vowed to punish Kyiv" (a measure), not
# "promised to destroy its stockpile" (a retreat).
VOWED_MEASURE_TYPES = FORCE_TYPES | {"SANCTION"}
# "reversed / shelved / scrapped / cancelled / withdrew its decision / plans / order to ...".
REVOKING_VERBS = {"reverse", "shelve", "scrap", "cancel", "withdraw", "revoke", "rescind",
                  "drop", "abandon", "overturn", "annul", "retract", "ditch", "axe",
                  "suspend", "freeze", "repeal", "undo", "nix", "jettison", "overrule"}
REVOKED_NOUNS = {"decision", "plan", "order", "proposal", "move", "bid", "intention",
                 "policy", "idea", "threat", "decree", "directive", "scheme", "ruling"}


def vowed_harms(sent: Span, triggers: list[Trigger], threat: Coding) -> list[Trigger]:
    """Threats told by a vow to destroy ("vowed to uproot the Taliban"), by a refusal to stand
    idle ("will not stand idly by") or by a causative penalty ("swore to make Washington
    pay"): the vowed verb is the threat."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken:
            continue
        if _vowed_harm(verb) or _made_to_pay(verb) or _promised_response(verb) or \
                _vowed_fight(verb) or _promised_ruin(verb) or _by_all_means(verb):
            found.append(Trigger(verb, (verb,), threat, HARM_TARGETS, verb, nominal=False))
    return found


def _vowed_harm(verb: Token) -> bool:
    """"vowed to crush the rebels", "pledged to wipe out Israel", "vowed to teach India a
    lesson", "promised to avenge the general", "said its soldiers would crush the protesters";
    not "would eliminate any remaining tariffs", "would avenge last year's defeat", "will crush
    Argentina in the final"."""
    lemma = verb.lemma_.lower()
    if lemma not in HARM_VERBS:
        return False
    vowed = _vowed(verb)
    if not (vowed or (_future(verb) and lemma not in VOWED_ONLY_VERBS)) or _in_contest(verb):
        return False  # "vowed to crush", "said its soldiers would crush"
    children = list(verb.children)
    if lemma in HARM_PARTICLES and not any(c.lower_ in HARM_PARTICLES[lemma] for c in children):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    if lemma in HARM_OBJECTS:
        return any(c.lemma_.lower() in HARM_OBJECTS[lemma] for c in objects)
    if lemma == "avenge":
        return True
    if not vowed:  # harm said to come needs a foe, not "any" thing: "would destroy any drugs"
        return any(_harmed(o) for o in objects)
    return any(_harmed(o) or any(d.lower_ in ANY_WORDS for d in o.children) for o in objects)


def _in_contest(verb: Token) -> bool:
    """Harm told in a contest is a boast: "crush Argentina in the final", "crush its opponents
    in the coming election", "at the ballot box"."""
    places = [p for head in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
              for p in prep_objects(head, CONTEST_PREPS)]  # "its opponents in the election"
    return any(lemma_of(w) in CONTEST_NOUNS or w.lower_ in CONTEST_NOUNS
               for p in places for w in (p, *p.children) if w is p or w.dep_ == "compound")


def _vowed(verb: Token) -> bool:
    """The infinitive a vow governs ("vowed to crush", "vowed on Saturday to "uproot"", which
    the model may hang as an adverbial clause)."""
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and has_to_marker(verb))
    return infinitive and verb.head.lemma_.lower() in VOW_VERBS


def _future(verb: Token) -> bool:
    """"would ...", "will ...", not negated."""
    children = list(verb.children)
    return not any(c.dep_ == "neg" for c in children) and bool(
        {c.lower_ for c in children if c.dep_ == "aux"} & WILL_AUX)


def _vowed_fight(verb: Token) -> bool:
    """"vowed to resist", "gangs vow to fight", "Bogota vows to respond", "vowed to defend
    The Gambia against any foreign force"; not "vowed to fight corruption", "vowed to fight
    for justice", "promised to respond to the concerns of farmers"."""
    lemma = verb.lemma_.lower()
    if lemma not in FIGHT_VERBS or not _vowed(verb) or _in_contest(verb):
        return False  # (not "vowed to fight the opposition at the polls")
    children = list(verb.children)
    if lemma == "defend":
        return any(c.dep_ == "prep" and c.lower_ == "against" for c in children)
    objects = [c for c in children if c.dep_ == "dobj"]
    aimed = [o for c in children if c.dep_ == "prep" and c.lower_ in FOUGHT_PREPS
             for o in c.children if o.dep_ == "pobj"]
    if objects or aimed:
        return all(_enemy(o) or _hostile(o) or _foes_measure(o) or _foes_blow(o)
                   for o in objects + aimed) and not _peaceful_means(verb)
    if fought_for_cause(verb):
        return False
    return verb.head.lemma_.lower() in FIRM_VOW_VERBS or any(is_firm(c) for c in children)


def _vowed_cause(trigger: Trigger) -> bool:
    """A fight vowed for a cause is no act of force: "vowed to fight for justice"."""
    verb = trigger.verb
    return (verb is not None and not trigger.nominal and verb.lemma_.lower() in FIGHT_VERBS
            and _vowed(verb) and fought_for_cause(verb))


def _foes_measure(noun: Token) -> bool:
    """A measure of a named side: "respond to Ecuador's tariff", "fight Washington's
    sanctions"."""
    return noun.lemma_.lower() in FOES_MEASURES and any(
        d.dep_ == "poss" and _enemy(d) for d in noun.children)


def _foes_blow(noun: Token) -> bool:
    """An attack of a named side: "respond to the Israeli raid", "answer Russia's strikes";
    not "respond to the Lufthansa strike" (a walkout)."""
    return is_blow(noun) and any(
        d.dep_ in ("poss", "amod", "compound") and _enemy(d) for d in noun.children)


def _peaceful_means(verb: Token) -> bool:
    """An answer whose means is no force: "respond to the Russian strikes by sending more
    medical teams", "respond to the strike with new legislation"; not "with force", "with
    sanctions", "by striking back"."""
    if lemma_of(verb) not in ANSWER_VERBS:
        return False
    means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS]
    return bool(means) and not any(is_firm(m) or any(
        lemma_of(o) in HOSTILE_PURPOSES or lemma_of(o) in HOSTILE_ACTS
        or lemma_of(o) in FOES_MEASURES or lemma_of(o) in COUNTER_NOUNS
        for o in m.children if o.dep_ in ("pobj", "pcomp")) for m in means)


def _hostile(noun: Token) -> bool:
    """An attack named with "any": "to any attack", "against every aggression"."""
    return noun.lemma_.lower() in HOSTILE_ACTS and any(
        d.lower_ in ANY_WORDS for d in noun.children)


def _promised_ruin(verb: Token) -> bool:
    """"vowed to turn the city into a graveyard", "would reduce Tel Aviv to ashes"."""
    if verb.lemma_.lower() not in RUIN_VERBS or not (_vowed(verb) or _future(verb)):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
        o.lemma_.lower() in RUIN_NOUNS or o.lower_ in RUIN_NOUNS for o in c.children)
        for c in verb.children)


def _by_all_means(verb: Token) -> bool:
    """"would stop the rebels by any means", "would use all means to crush the revolt", "will
    be dealt with firmly"; not "will use all means to support them"."""
    if not (_vowed(verb) or _future(verb)):
        return False
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "deal":
        return any(c.dep_ == "advmod" and c.lower_ in DEAL_ADVERBS for c in children)
    means = [o for c in children if c.dep_ == "prep" and c.lower_ == "by"
             for o in c.children if o.dep_ == "pobj"]
    if lemma == "use":
        means += [c for c in children if c.dep_ == "dobj"]
    return any(m.lower_ in MEANS_NOUNS or m.lemma_.lower() in MEANS_NOUNS for m in means
               if any(d.lower_ in ALL_WORDS for d in m.children)) and _hostile_aim(verb)


def _hostile_aim(verb: Token) -> bool:
    """The means are aimed at a foe or used for force: "stop the rebels", "against the
    aggressor", "(use all means) to defend our land"."""
    if lemma_of(verb) != "use" and any(c.dep_ == "dobj" and _enemy(c) for c in verb.children):
        return True
    aimed = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in FOUGHT_PREPS
             for o in c.children if o.dep_ == "pobj"]
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                and lemma_of(c) in HOSTILE_PURPOSES]
    return bool(purposes) or any(_enemy(o) or lemma_of(o) in HOSTILE_ACTS for o in aimed)


def _promised_response(verb: Token) -> bool:
    """"would give a proportionate response", "will take resolute countermeasures", "vowed
    a crushing response to any attack"; not "will give a strong answer to the proposal"."""
    lemma = verb.lemma_.lower()
    if lemma not in RESPONSE_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    vowed = lemma in VOW_VERBS or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOW_VERBS)
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if not (vowed or auxes & WILL_AUX):
        return False
    for noun in (c for c in children if c.dep_ == "dobj"):
        name = noun.lemma_.lower()
        modifiers = {d.lower_ for d in noun.children if d.dep_ in ("amod", "compound")}
        firm = bool(modifiers & FIRM_RESPONSE_WORDS)
        answering = name in ANSWERING_MEASURES and bool(modifiers & ANSWERING_WORDS) and \
            not _mutual_or_friendly(verb, noun)
        if (name in COUNTER_NOUNS or (name in RESPONSE_NOUNS and firm) or answering) and \
                not _answers_no_foe(verb, noun):
            return True
    return False


def _mutual_or_friendly(verb: Token, noun: Token) -> bool:
    """Reciprocal measures that answer no foe: pledged by two sides to each other ("Japan and
    South Korea pledged reciprocal steps"), or for a purpose that is no harm ("reciprocal
    measures to boost trade"; not "retaliatory steps to punish Riga"); never measures aimed
    "against" someone or something ("pledged reciprocal measures against Western sanctions")."""
    if any(c.dep_ == "prep" and c.lower_ == AIMED_PREP for head in (verb, noun)
           for c in head.children):
        return False
    owner = verb.head if verb.dep_ == "xcomp" else verb
    promisers = [c for c in owner.children if c.dep_ == "nsubj"]
    if any(c.lower_ == MUTUAL_WORD for c in noun.children) and any(
            c.dep_ == "conj" for p in promisers for c in p.children):
        return True
    purposes = [c for head in (verb, noun) for c in head.children
                if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(lemma_of(p) not in HOSTILE_PURPOSES for p in purposes)


def _answers_no_foe(verb: Token, noun: Token) -> bool:
    """The answer is to something neither a foe nor a hostile act: "a strong answer to the
    proposal", "a swift response to the complaints of traders"."""
    answered = [o for head in (verb, noun) for c in head.children
                if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return bool(answered) and not any(_enemy(o) or lemma_of(o) in HOSTILE_ACTS
                                      for o in answered)


def lemma_of(word: Token) -> str:
    """The lower-case lemma: "Attacks" -> "attack"."""
    return word.lemma_.lower()


def _enemy(noun: Token) -> bool:
    """A named actor or an enemy noun: "Hamas", "the Taliban", "the rebels"."""
    return (noun.ent_type_ in NAMED_LABELS or noun.pos_ == "PROPN"
            or noun.lemma_.lower() in ENEMY_NOUNS)


def _harmed(noun: Token) -> bool:
    """A foe of a harm verb: an enemy, or a crowd or rival ("would crush the protesters",
    "will hunt down the opponents"); a promised answer to a crowd is no threat ("promised to
    respond to the farmers' protest")."""
    return _enemy(noun) or lemma_of(noun) in CROWD_NOUNS


def _made_to_pay(verb: Token) -> bool:
    """"swore to make the United States pay", "Armenia would be made to pay"."""
    if verb.lemma_.lower() not in CAUSE_VERBS:
        return False
    payers = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
              and c.lemma_.lower() in PAY_VERBS]
    if not payers:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOW_VERBS:
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxes & WILL_AUX)


def idle_refusals_as_threats(triggers: list[Trigger], threat: Coding) -> list[Trigger]:
    """"Egypt will not stand idly by if Ethiopia fills the dam": the refusal to stand aside
    (coded as support refused) is a threat."""
    return [replace(t, coding=threat, targets=IDLE_TARGETS) if _idle_refusal(t.verb) else t
            for t in triggers]


def idle_threats(sent: Span, triggers: list[Trigger], threat: Coding) -> list[Trigger]:
    """Refusals to stand idle that no lexicon row took ("would not sit idle while Guyana ...",
    "will not remain a silent spectator")."""
    taken = {i for t in triggers for i in t.indices}
    return [Trigger(v, (v,), threat, IDLE_TARGETS, v, nominal=False) for v in sent
            if v.i not in taken and v.pos_ in ("VERB", "AUX") and _idle_refusal(v)]


def _idle_refusal(verb: Token | None) -> bool:
    if verb is None or verb.lemma_.lower() not in IDLE_VERBS:
        return False
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if not (any(c.dep_ == "neg" for c in children) and auxes & WILL_AUX):
        return False
    return any(t.lower_ in IDLE_WORDS for c in children for t in c.subtree
               if c.dep_ in ("advmod", "acomp", "attr", "oprd", "dobj", "prep"))


def retaliations_as_threats(triggers: list[Trigger], statuses: dict[int, str],
                            threat: Coding) -> list[Trigger]:
    """"Tehran will retaliate against any attack, the army chief said": retaliation still to
    come is a threat, whoever reports it; so is a promised hostile answer ("promised
    retaliatory steps")."""
    kept = []
    for trigger in triggers:
        verb = trigger.verb
        if verb is not None and not trigger.nominal and (_vowed_measure(trigger) or (
                trigger.coding.plover in PROMISE_TYPES and _promised_response(verb)) or (
                trigger.coding.plover == "ASSAULT" and verb.lemma_.lower() in RETALIATE_VERBS
                and statuses.get(trigger.head.i) in ("planned", "hypothetical")
                and not _reported(verb))):
            trigger = replace(trigger, coding=threat)
            statuses[trigger.head.i] = "occurred"
        kept.append(trigger)
    return kept


def _vowed_measure(trigger: Trigger) -> bool:
    """"promised to punish Kyiv", "vowed to crush the rebellion": a harm verb the lexicon
    codes as a measure or force, vowed, aimed at an enemy; not "promised to destroy its
    stockpile of enriched uranium"."""
    verb = trigger.verb
    if trigger.coding.plover not in VOWED_MEASURE_TYPES:
        return False
    if verb.lemma_.lower() not in HARM_VERBS or not _vowed(verb):
        return False
    objects = [o for o in verb.children if o.dep_ in ("dobj", "dative")]
    owners = [p for o in objects for p in o.children if p.dep_ == "poss"]
    return any(_harmed(o) for o in objects + owners)


def _reported(verb: Token) -> bool:
    """"said it would retaliate": the speech verb's own reading (threats.py) decides who
    "it" is; "said Tehran will retaliate" names its side and is taken here."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_HEADS and any(
        c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children)


def drop_revoked_acts(triggers: list[Trigger]) -> list[Trigger]:
    """Remove acts a revoking verb takes back: "shelved plans to deport Afghan refugees",
    "reversed its decision to suspend imports", "the order to expel the envoy was
    rescinded". The revoking (a concession) is the event."""
    return [t for t in triggers if not _revoked(t.verb if t.verb is not None else t.head)]


def _revoked(anchor: Token) -> bool:
    """``anchor`` is the act of a decision noun that a revoking verb has as its object
    ("reversed its decision to suspend imports"); a relative clause told an act that did
    happen ("reversed a decision that had suspended flights")."""
    if anchor.dep_ != "acl" and not (anchor.dep_ == "pobj"
                                                      and anchor.head.lower_ == "for"):
        return False
    noun = anchor.head if anchor.dep_ != "pobj" else anchor.head.head
    if noun.lemma_.lower() not in REVOKED_NOUNS:
        return False
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in REVOKING_VERBS


def vow_threats(sent: Span, triggers: list[Trigger], statuses: dict[int, str],
                threat: Coding) -> list[Trigger]:
    """Turn idle refusals and future retaliation among ``triggers`` into threats (in place)
    and return the new threats told by vows and idle refusals ("vowed to crush the
    rebels", "will not stand idly by")."""
    turned = retaliations_as_threats(idle_refusals_as_threats(triggers, threat), statuses,
                                     threat)
    for trigger in turned:
        if trigger.coding is threat:
            statuses[trigger.head.i] = "occurred"
    triggers[:] = [t for t in turned if not _vowed_cause(t)]
    said = vowed_harms(sent, triggers, threat) + idle_threats(sent, triggers, threat)
    triggers[:] = [t for t in triggers if not _promise_of_threat(t, triggers + said, threat)]
    return said


def _promise_of_threat(trigger: Trigger, triggers: list[Trigger], threat: Coding) -> bool:
    """The promise whose vowed act is a threat is no pledge: "promised to respond to the
    Israeli raid" is the threat alone."""
    verb = trigger.verb
    return (trigger.coding.plover in PROMISE_TYPES and verb is not None and not trigger.nominal
            and any(t.coding is threat and t.verb is not None and t.verb.head.i == verb.i
                    and _vowed(t.verb) for t in triggers))
