"""Threats and refusals that no verb of the lexicon names: force or measures its own side says
it could or would take, threats said as idioms, refusals of acts that are no event of their
own, whom a conditional threat is aimed at, and the blame a claim of who fired first lays.

The gold guidelines make a threat and a refusal events that occurred; the act threatened or
refused is only optional ("could close its border", "would not attend").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.bare_responses import bare_response
from newsevents.lexicon import Coding
from newsevents.quotes import SPEECH_VERBS
from newsevents.referred_occasions import ATTACK_NOUNS
from newsevents.refused_acts import refused_act
from newsevents.reported_wrongs import reported_wrongs
from newsevents.status import FUTURE_AUX, WEIGHING_VERBS
from newsevents.syntax import SUBJECT_DEPS, first_conjunct, marked_clause, prep_objects
from newsevents.threat_sayings import set_phrase_threats, voicing_speech
from newsevents.threat_words import ANSWERED_ACTS, STRIKE_KINDS
from newsevents.triggers import Trigger

# Harm its own side says it would do is a threat ("Russia would retaliate against London") ...
ATTACK_TYPES = {"ASSAULT"}
# ... and so are measures it says it could take ("Moscow could freeze its military
# cooperation with NATO") or would take on a condition ("would expel diplomats if ...");
# measures announced plainly ("Canada would bar ...") stay planned events.
MEASURE_TYPES = {"ASSAULT", "SANCTION", "COERCE"}
# A protest promised on a condition is a threat too ("would return to the streets if the tax
# stays", "will block the highways unless the decree is withdrawn"); without one it is a plan.
CONDITIONAL_THREAT_TYPES = {"PROTEST"}
POSSIBLE_AUX = {"could", "might"}
# Verbs that carry an act on, whose reported clause is the act's: "would keep firing".
GOING_ON_VERBS = {"keep", "continue", "resume"}
CONDITIONAL_AUX = {"would", "will", "could", "might", "'ll", "wo"}
THREAT_CONDITION_MARKS = {"if", "unless"}
# The subject of a reported protest that stands for whoever says it: "we" for any speaker,
# "it" for a body ("the union said it would strike"), "they" for a group ("miners said they").
SPEAKER_PRONOUNS = {"it", "they", "we"}
PLURAL_TAGS = {"NNS", "NNPS"}
VOW_VERBS = {"vow", "swear", "pledge", "promise"}  # "vowed to strike": a threat of force
# CAMEO 19x coercion is military (191 blockade, 192 occupy or retake territory): vowing it
# threatens force as much as vowing to strike.
MILITARY_CAMEO = "19"
# "vowed to fight for justice": a cause fought for, no foe ("fight against the rebels").
CAUSE_PREPS = {"for"}
FOE_PREPS = {"against", "with"}
# "was prepared to impose further sanctions", "were ready to strike at any moment".
READINESS_WORDS = {"prepared", "ready", "willing", "prepare"}
# "is considering imposing sanctions", "was weighing expelling the envoy": a measure weighed
# (status.WEIGHING_VERBS). A weighing still ahead ("is expected to consider adding", "will meet
# to consider", "will consider imposing sanctions at their meeting") is none.
WEIGHING_AHEAD_DEPS = {"xcomp", "advcl"}
# "had considered sanctions but decided against it", "... but opted for talks": a weighing
# given up.
DROPPING_VERBS = {"decide", "opt", "choose", "drop", "abandon", "reject", "rule", "shelve"}
PAST_PERFECT_AUX = {"had", "'d"}
# Verbs of a threat said by an idiom ("would not leave this provocation unanswered", "the move
# will not go unpunished", "would not be left unanswered") and the word that makes it one.
UNANSWERED_VERBS = {"leave", "go", "remain", "stay", "pass", "be"}
UNANSWERED_WORDS = {"unanswered", "unpunished", "unavenged"}
# What is left unanswered when it is no noun: "will not leave it unanswered", "this would not
# go unpunished".
ANSWERED_PRONOUNS = {"it", "this", "that", "these", "those"}
# A state's name makes a strike an attack ("the Indian strikes"), a company's does not.
STATE_LABELS = {"GPE", "NORP"}
NAMED_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
# "will not tolerate fire at its communities": refusing to bear an act is a threat.
TOLERATE_VERBS = {"tolerate"}
# "would respond firmly", "would respond in kind", "will react to any attack".
RESPONSE_VERBS = {"respond", "react", "reply", "answer"}
FIRM_WORDS = {"firmly", "forcefully", "decisively", "strongly", "harshly", "resolutely",
              "severely", "kind", "force", "reciprocity", "over", "swiftly", "accordingly",
              "appropriately", "adequately", "militarily"}
# "would respond in a mirror fashion", "will react in an appropriate manner", "would answer
# every aggression": a response in a named manner, or to any act, is promised force.
MANNER_NOUNS = {"fashion", "manner", "way", "measure"}
MANNER_WORDS = {"mirror", "similar", "reciprocal", "appropriate", "proportionate", "adequate",
                "symmetrical", "asymmetrical", "asymmetric", "decisive", "resolute", "firm",
                "harsh", "strong", "forceful", "tough", "same", "befitting", "commensurate"}
ANY_WORDS = {"any", "every"}
HOSTILE_ACTS = {"aggression", "attack", "provocation", "violation", "incursion", "strike",
                "assault", "escalation", "act", "threat", "attempt", "move"}
WILL_AUX = {"will", "would", "shall", "wo", "'ll"}
# A penalty promised to the other side: "Seoul would pay a heavy price", "will pay dearly",
# "would face grave consequences", "will regret it". The threat is the speaker's, aimed at
# the one who is to pay.
PENALTY_OBJECTS = {
    "pay": {"price"},
    "face": {"consequence", "retaliation", "reprisal", "punishment", "retribution", "wrath",
             "response", "repercussion", "countermeasure", "fury"},
    "bear": {"consequence", "repercussion"},  # "would bear all the consequences"
}
PENALTY_ADVERBS = {"dearly"}
REGRET_VERBS = {"regret", "rue"}
# Acts whose refusal ("would not attend", "will not contribute") is a rejection although the
# act has no event of its own. ("Would not bow to pressure" is left out: the dev gold set does
# not code it, 1 false event and none found.)
REFUSED_ACTS = {"attend", "participate", "compromise", "budge", "engage", "contribute"}
THREAT_TARGETS = ("obj", "to", "against", "at", "on")
REFUSAL_TARGETS = ("to", "with", "in")
# A claim that the other side attacked first is an accusation by the one who says it
# ("Tajikistan's state agency said Kyrgyz forces had opened fire first").
FIRST_WORDS = {"first"}
BLAME_TARGETS = ("obj",)


def is_announced_harm(trigger: Trigger, status: str,
                      same_side: Callable[[Token, Token], bool]) -> bool:
    """Force or a measure that its own side says it will, would or could use: "Russia would
    retaliate against London", "Lavrov said Moscow could freeze its military cooperation with
    NATO", "said the army could cross into Iraq unless Baghdad acts", "was prepared to impose
    further sanctions". ``same_side(speaker, subject)`` tells whether the two are one side."""
    verb = trigger.verb
    plover = trigger.coding.plover
    if status == "negated" or verb is None:
        return False
    if plover in CONDITIONAL_THREAT_TYPES:
        return _conditional_promise(verb, same_side)
    if plover not in MEASURE_TYPES:
        return False
    governor = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp" and (governor in READINESS_WORDS or (
            governor in WEIGHING_VERBS and weighed_now(verb.head))):
        return True  # "Washington was prepared to impose further sanctions", "the Kremlin
        # was considering cutting air and rail links": as "is considering new sanctions"
    if status not in ("hypothetical", "planned"):
        return False
    if verb.dep_ == "xcomp" and governor in VOW_VERBS:  # "vowed to strike at the heart of
        # France", "vowed to retake the town", "vowed to blockade the port"
        return (plover in ATTACK_TYPES or (trigger.coding.cameo or "").startswith(MILITARY_CAMEO)
                ) and not fought_for_cause(verb)
    clause = _reported_clause(verb)
    if clause is None:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    auxes |= {c.lower_ for c in verb.children if c.dep_ == "aux"}
    threatening = (("would" in auxes and plover in ATTACK_TYPES) or bool(auxes & POSSIBLE_AUX)
                   or (bool(auxes & CONDITIONAL_AUX) and has_condition(verb)))
    if not threatening:
        return False  # "will launch an offensive" announces a plan
    speakers = _speakers(clause.head)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] or [
        c for c in verb.children if c.dep_ == "nsubj"]
    return bool(speakers and subjects) and same_side(speakers[0], subjects[0])


def weighed_now(weighing: Token) -> bool:
    """"is considering imposing sanctions", "would weigh expelling the envoy": a weighing said
    as the speaker's own now; not "is not considering", "had considered ... but decided
    against it", "will consider ... at their meeting next week" (unless on a condition: "will
    consider sanctions if the attacks go on"), "is expected to consider"."""
    children = list(weighing.children)
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if weighing.dep_ in WEIGHING_AHEAD_DEPS or any(c.dep_ == "neg" for c in children):
        return False
    if auxes & PAST_PERFECT_AUX and weighing.tag_ == "VBN":
        return False  # "had considered imposing sanctions last year"
    if any(c.dep_ == "conj" and c.lemma_.lower() in DROPPING_VERBS for c in children):
        return False
    return not (auxes & FUTURE_AUX) or has_condition(weighing)


def _conditional_promise(verb: Token, same_side: Callable[[Token, Token], bool]) -> bool:
    """A protest its own side says or vows it will hold on a condition: "the opposition said
    it would return to the streets if the tax was not scrapped", "unions said they will strike
    unless wages rise", "miners vowed to block the highways unless the decree is withdrawn"."""
    if _vowed_clause(verb) is not None:
        return has_condition(verb)
    clause = _reported_clause(verb)
    if clause is None:
        return False
    auxes = {c.lower_ for c in (*clause.children, *verb.children) if c.dep_ == "aux"}
    if not (auxes & CONDITIONAL_AUX and has_condition(verb)):
        return False
    speakers = _speakers(clause.head)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] or [
        c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and speakers and _speaker_pronoun(subjects[0], speakers[0]):
        return True  # "the coalition said it would resume protests unless ..."
    return bool(speakers and subjects) and same_side(speakers[0], subjects[0])


def _speaker_pronoun(pronoun: Token, speaker: Token) -> bool:
    """"We" for whoever speaks, "it" for a body ("the coalition said it"), "they" for a group
    ("the miners said they"); not "the minister said they would protest", which tells of
    others."""
    word = pronoun.lower_
    if word not in SPEAKER_PRONOUNS or word == "we":
        return word == "we"
    if speaker.tag_ == "PRP":
        return speaker.lower_ == word  # "they said they would strike"
    if word == "they":
        return speaker.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in speaker.children)
    return speaker.ent_type_ != "PERSON" and speaker.tag_ not in PLURAL_TAGS


def _vowed_clause(verb: Token) -> Token | None:
    """The act a side vows ("vowed to march on the assembly"): the vowing verb's own
    complement, whose doer is the one who vows."""
    current = first_conjunct(verb)
    if current.dep_ == "xcomp" and current.head.lemma_.lower() in VOW_VERBS:
        return current
    return None


def as_threat(trigger: Trigger, threat: Coding) -> Trigger:
    """The threat an announced act makes. A protest promised on a condition is told by the
    speech verb ("the union said it would strike next week if ..."): the threat happened when
    said, not on the day the protest would be held. Announced force keeps its own verb."""
    verb = trigger.verb
    clause = (_reported_clause(verb) or _vowed_clause(verb)) if verb is not None else None
    if trigger.coding.plover not in CONDITIONAL_THREAT_TYPES or clause is None:
        return replace(trigger, coding=threat)
    speech = clause.head
    return Trigger(speech, (speech,), threat, trigger.targets, speech, nominal=False)


def _speakers(speech: Token) -> list[Token]:
    """Who says it: the speech verb's subject, or that of the verb it is joined to ("Moscow
    called the measures illegal and said it would retaliate")."""
    return [c for c in speech.children if c.dep_ == "nsubj"] or [
        c for c in first_conjunct(speech).children if c.dep_ == "nsubj"]


def _reported_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports that holds ``verb``: the verb itself, or the verb it
    is coordinated with ("said Israel will not tolerate fire ... and would hit back hard")."""
    current = first_conjunct(verb)
    while current.dep_ == "xcomp" and current.head.lemma_.lower() in GOING_ON_VERBS:
        current = first_conjunct(current.head)  # "said it would keep firing rockets"
    if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_VERBS:
        return current
    return None


def has_condition(verb: Token) -> bool:
    """"would launch an operation within two weeks unless the United States met its demands":
    a condition clause on the verb or on a verb coordinated with it."""
    for clause in (verb, *[c for c in verb.children if c.dep_ == "conj"]):
        if any(_condition_clause(c) for c in clause.children):
            return True
    return False


def _condition_clause(token: Token) -> bool:
    return marked_clause(token, THREAT_CONDITION_MARKS)


def condition_subjects(trigger: Trigger) -> list[Token]:
    """Who must act for a threat not to be carried out: the subject of its condition ("warned
    that Minsk could halt the transit of gas if the EU imposed new sanctions": the EU)."""
    anchor = trigger.verb if trigger.verb is not None else trigger.head
    subjects = []
    for token in anchor.subtree:
        if _condition_clause(token):
            subjects += [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return subjects


def idiom_threats(sent: Span, triggers: list[Trigger], threat: Coding) -> list[Trigger]:
    """Threats said by an idiom: "would not leave this provocation unanswered", "will not
    tolerate fire at its communities", "would respond in kind to any reduction in ties"."""
    taken = {i for t in triggers for i in t.indices}
    threatened = [t.verb for t in triggers if t.coding.plover == "THREATEN" and t.verb is not None]
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in taken or not _threat_idiom(verb):
            continue
        if not any(v in verb.ancestors for v in threatened):
            # (not "warned that it would respond firmly": the warning is the threat)
            found.append(Trigger(verb, (verb,), threat, THREAT_TARGETS, verb, nominal=False))
    found += penalty_threats(sent, taken, threatened, threat)
    found += unanswered_threats(sent, taken, threatened, threat)
    return found + set_phrase_threats(sent, taken, threatened, threat)


def penalty_threats(sent: Span, taken: set[int], threatened: list[Token],
                    threat: Coding) -> list[Trigger]:
    """A penalty the speaker promises another: "North Korea said Seoul would pay a heavy
    price", "Washington will pay dearly, the army said", "warned ... would face grave
    consequences". The speech verb is the threat; its target is found in the reported
    clause (whoever is to pay)."""
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken or not _penalty(verb):
            continue
        speech = verb.head if verb.dep_ == "ccomp" else None
        if speech is None or speech.lemma_.lower() not in SPEECH_VERBS or speech.i in taken:
            continue
        if speech in threatened or any(v in speech.ancestors for v in threatened):
            continue  # "warned that Seoul would pay": the warning is the threat
        found.append(Trigger(speech, (speech, verb), threat, (), speech, nominal=False))
    return found


def _penalty(verb: Token) -> bool:
    """"would pay a heavy price", "will pay dearly", "would face consequences", "will regret"."""
    lemma = verb.lemma_.lower()
    if lemma not in REGRET_VERBS and lemma not in PENALTY_OBJECTS and lemma != "pay":
        return False  # the cheap check first
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or not (
            {c.lower_ for c in children if c.dep_ == "aux"} & WILL_AUX):
        return False
    if lemma in REGRET_VERBS:
        return True
    objects = {c.lemma_.lower() for c in children if c.dep_ == "dobj"}
    adverbs = {c.lower_ for c in children if c.dep_ == "advmod"}
    return bool(objects & PENALTY_OBJECTS.get(lemma, set())) or (
        lemma == "pay" and bool(adverbs & PENALTY_ADVERBS))


def _threat_idiom(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in UNANSWERED_VERBS and lemma not in TOLERATE_VERBS \
            and lemma not in RESPONSE_VERBS:
        return False  # the cheap check first
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in children)
    if lemma in UNANSWERED_VERBS:
        return _left_unanswered(verb) == "dobj"  # "would not leave this provocation unanswered"
    if lemma in TOLERATE_VERBS:
        return negated and bool(auxes & WILL_AUX)
    if lemma in RESPONSE_VERBS and not negated and auxes & WILL_AUX:
        return any(is_firm(c) for c in children) or bare_response(verb)  # "would respond"
    return False


def _left_unanswered(verb: Token) -> str | None:
    """The role of a hostile act or measure a negated idiom promises an answer to: "dobj" in
    "would not leave the move unanswered" (the subject answers), "nsubj" in "the expulsion
    would not go unanswered" and "would not be left unpunished" (the speaker answers); None
    for "the letter would not go unanswered" or "the attack went unpunished"."""
    if verb.lemma_.lower() not in UNANSWERED_VERBS:
        return None  # the cheap check first
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children) or not any(
            c.lower_ in UNANSWERED_WORDS for c in children):
        return None
    passive = any(c.dep_ == "auxpass" for c in children)
    role = "dobj" if verb.lemma_.lower() == "leave" and not passive else "nsubj"
    answered = [c for c in children if c.dep_.startswith(role)]
    return role if any(_answerable(c) for c in answered) else None


def _answerable(noun: Token) -> bool:
    """A hostile act or measure, or a pronoun standing for one: "the move", "such attacks",
    "the expulsion", "it"."""
    return noun.lower_ in ANSWERED_PRONOUNS or noun.lemma_.lower() in ANSWERED_ACTS or is_blow(
        noun)


def unanswered_threats(sent: Span, taken: set[int], threatened: list[Token],
                       threat: Coding) -> list[Trigger]:
    """"Russia's foreign ministry said the move would not go unanswered": the speech verb is
    the threat (the act's own side is its target, found by the extractor's usual search)."""
    found = []
    for verb in sent:
        if verb.i in taken or _left_unanswered(verb) != "nsubj":
            continue
        speech = voicing_speech(verb, taken, threatened, trailing=True)
        if speech is not None:
            found.append(Trigger(speech, (speech, verb), threat, (), speech, nominal=False))
            taken.add(speech.i)
    return found


def fought_for_cause(verb: Token) -> bool:
    """A fight for a cause, with no foe: "vowed to fight for justice", "pledged to fight for
    the rights of workers"; not "vowed to fight the rebels for control of the town", nor an
    answer to a named side's blow ("vowed to retaliate for the Ukrainian strike"; "vowed to
    retaliate for the attack" names no one to aim at)."""
    children = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for c in children) and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in FOE_PREPS) for c in children
    ) and not any(is_blow(o) and _names_side(o) for o in prep_objects(verb, CAUSE_PREPS))


def is_blow(noun: Token) -> bool:
    """An attack noun ("raid", "shelling"); a strike only of force ("a drone strike", "the
    Indian strikes"), not a walkout ("the Lufthansa strike", "a general strike")."""
    if noun.lemma_.lower() not in ATTACK_NOUNS and noun.lower_ not in ATTACK_NOUNS:
        return False
    if noun.lemma_.lower() != "strike":
        return True
    return any(d.lower_ in STRIKE_KINDS or d.ent_type_ in STATE_LABELS for d in noun.children
               if d.dep_ in ("amod", "compound", "poss", "nmod"))


def _names_side(noun: Token) -> bool:
    """The act's doer is named on it: "the Indian strikes", "Israel's raid"."""
    return any(d.dep_ in ("amod", "compound", "poss", "nmod") and (
        d.ent_type_ in NAMED_LABELS or d.pos_ == "PROPN") for d in noun.children)


def is_firm(child: Token) -> bool:
    """"firmly", "in kind", "with force", "many times over", "to any attack"."""
    if child.dep_ in ("advmod", "npadvmod") and child.lower_ in FIRM_WORDS:
        return True
    if child.dep_ == "dobj":  # "would answer every aggression"
        return child.lemma_.lower() in HOSTILE_ACTS and any(
            d.lower_ in ANY_WORDS for d in child.children)
    if child.dep_ != "prep":
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    return any(o.lower_ in FIRM_WORDS or (child.lower_ == "to" and any(
        d.lower_ in ANY_WORDS for d in o.children)) or _in_manner(o) for o in objects)


def _in_manner(noun: Token) -> bool:
    """"in a mirror fashion", "in an appropriate manner", "in the same way"."""
    return noun.lemma_.lower() in MANNER_NOUNS and any(
        d.lower_ in MANNER_WORDS for d in noun.children if d.dep_ in ("amod", "compound"))


def refusal_triggers(sent: Span, triggers: list[Trigger], reject: Coding) -> list[Trigger]:
    """Refusals of a cooperative act the lexicon does not code on its own: "several
    opposition parties said they would not attend", "the junta would not bow to outside
    pressure", "Hungary said it would not contribute to the programme"."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for verb in sent:
        if (verb.pos_ == "VERB" and verb.i not in taken
                and (verb.lemma_.lower() in REFUSED_ACTS or refused_act(verb)) and refuses(verb)):
            found.append(Trigger(verb, (verb,), reject, REFUSAL_TARGETS, verb, nominal=False))
    return found


def first_fire_blames(sent: Span, triggers: list[Trigger], accuse: Coding) -> list[Trigger]:
    """"Khovar said Kyrgyz forces had opened fire first": saying that an attack told by the
    speech verb came first blames its author; the speech verb is an accusation whose target
    is found in its reported clause."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.coding.plover not in ATTACK_TYPES or verb is None or trigger.nominal
                or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS
                or verb.head.i in taken
                or not any(c.dep_ == "advmod" and c.lower_ in FIRST_WORDS
                           for c in verb.children)):
            continue
        if _own_side_told(verb):
            continue  # "said its troops fired first" admits rather than blames
        found.append(Trigger(verb.head, (verb.head,), accuse, BLAME_TARGETS, verb.head,
                             nominal=False))
    return found + reported_wrongs(sent, triggers + found, accuse)  # "said X had violated"


def _own_side_told(verb: Token) -> bool:
    """The attacker is told by a pronoun ("we", "its troops"): the speaker's own side."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ == "PRP" or any(c.tag_ == "PRP$" for c in s.children) for s in subjects)


def refuses(verb: Token) -> bool:
    """"will not", "would not", "won't": an act refused for the future."""
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    return any(c.dep_ == "neg" for c in children) and bool(auxes & WILL_AUX)


def occurred(triggers: list[Trigger], statuses: dict[int, str]) -> None:
    """A threat or a refusal found here happened when it was said."""
    for trigger in triggers:
        statuses[trigger.head.i] = "occurred"
