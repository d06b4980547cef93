"""Sides of threats and concessions that the ordinary argument search misses, and warnings
that are no threat.

- A warning whose clause tells of a danger, not of anyone's act ("doctors warned that the
  virus could spread", "the IMF warned that Argentina's economy could shrink") is no threat.
- A passive threat's doer may hang on the threatened measure ("Georgia was threatened with a
  cut in gas supplies by Russia"): the "by" phrase names the threatener.
- A concession that revokes an act ("reversed its decision to suspend imports of Japanese
  seafood", "shelved plans to deport Afghan refugees", "scrapped its ban on onion exports to
  Bangladesh") is made to whom the revoked act was aimed at.
- A warning that a named state would strike back ("Interior Minister Kemal Ozturan warned that
  Ankara "will not hesitate" to launch a new ground operation") is that state's threat, never
  a threat aimed at it.
- A warning to anyone who breaks the rules ("a police spokeswoman warned that anyone who tried
  to cause chaos after the vote would be arrested") is aimed at the warner's own people.
- A warning of a blow to another side ("warned that targets in the United Arab Emirates would
  be hit if the coalition kept up its campaign") is aimed at that side before the subject of
  its condition; a dissenter's threat may be aimed at its own state's forces named in the
  condition ("rebels warned they would resume attacks if the army kept up operations").
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from spacy.tokens import Token

from newsevents.arguments import complement_heads
from newsevents.harm_vows import (
    ANSWER_VERBS,
    HARM_VERBS,
    HOSTILE_PURPOSES,
    IDLE_VERBS,
    RESPONSE_VERBS,
    SPEECH_HEADS,
    lemma_of,
)
from newsevents.pairing import addresses_own_state
from newsevents.records import Actor
from newsevents.syntax import prep_objects
from newsevents.tables import read_table
from newsevents.threats import condition_subjects
from newsevents.triggers import Trigger
from newsevents.warned_consequences import tells_a_consequence

# Reads head tokens as actors, one per country when the flag is set (extract.sides_of).
ResolveSides = Callable[[list[Token], bool], list[Actor]]

WARNING_VERBS = {"warn", "caution"}
# Dangers, not actors, that a warned clause tells of ("the virus could spread", "could slip
# into famine"): data/lexicon/hazards.tsv.
HAZARDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "hazards.tsv"
HAZARDS = frozenset(row["word"] for row in read_table(HAZARDS_FILE, ("word",)))
# "parts of Darfur could slip into famine", "the region could descend into chaos".
HAZARD_PREPS = {"into"}
WARNED_CLAUSE_DEPS = {"ccomp"}
# Lemmas of a warned clause that tell of an act to come: modals and "will" ("warned that Israel
# would respond"), readiness ("warned that Ottawa was prepared to impose tariffs"), an open
# option ("warned that all options are open") and a mark ("warned that U.S. warships were
# now legitimate targets").
COMING_ACT_WORDS = {"will", "would", "could", "can", "may", "might", "must", "should", "shall",
                    "ready", "prepared", "willing", "determined", "poised", "option", "wo",
                    "ca", "'ll", "'d", "target"}
# Tags of a warned clause's verb that tell no fact: the base form ("warned them to leave"),
# the imperative.
UNTOLD_VERB_TAGS = {"VB"}
# The clause that tells what a warning threatens ("warned that targets would be hit").
THREATENED_CLAUSE_DEPS = {"ccomp", "xcomp"}
SUBJECT_OR_EXPLETIVE_DEPS = {"nsubj", "nsubjpass", "expl"}
PASSIVE_DEPS = {"nsubjpass", "auxpass"}
MEASURE_PREPS = {"with"}
NAMED_STATE_LABELS = {"GPE"}
# Verbs of a told clause whose acting subject is the threatener: it would answer, strike, act,
# take steps, use every tool, not hesitate or not stand idle.
THREATENER_VERBS = (ANSWER_VERBS | HARM_VERBS | RESPONSE_VERBS | IDLE_VERBS
                    | {"act", "hesitate", "use", "strike", "hit", "attack", "fight", "defend"})
AGENT_PREPS = {"by"}
# Words for whoever would break a rule: "anyone who tried to cause chaos", "whoever spreads
# false news".
ANYONE_WORDS = {"anyone", "anybody", "whoever"}
PEOPLE_SECTOR = "CVL"
# What the law would do to whoever breaks a rule: "would be arrested", "would be prosecuted",
# "police would deal firmly with anyone who disrupted public order".
LAW_ENFORCING_VERBS = {"arrest", "prosecute", "punish", "detain", "jail", "imprison", "charge",
                       "deal", "fine", "sentence"}
# Of these, told in the active voice: the police "would deal firmly with anyone".
ACTIVE_LAW_VERBS = {"deal"}
REVOKING_TYPES = {"CONCEDE"}
# How deep a revoked act's recipient may lie below the revoking verb: "reversed (1) decision
# (2) to suspend (3) imports (4) of (5) seafood (6) Japanese".
REVOKED_ACT_DEPTH = 7


def drop_hazard_warnings(triggers: list[Trigger]) -> list[Trigger]:
    """Warnings of a danger, not of an act, are no threat: "aid agencies warned that the floods
    could displace millions" (a warning with an object, "warned Seoul that ...", stays)."""
    return [t for t in triggers if not _hazard_warning(t)]


def _hazard_warning(trigger: Trigger) -> bool:
    verb = trigger.verb
    if (trigger.coding.plover != "THREATEN" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in WARNING_VERBS):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in WARNED_CLAUSE_DEPS]
    return any(_tells_a_hazard(clause) or tells_a_consequence(clause) or _tells_a_fact(clause)
               for clause in clauses)


def _tells_a_fact(clause: Token) -> bool:
    """The warned clause tells of what is or was, not of an act to come: "appealed for $95
    million ..., warning that gangs controlling the main roads were slowing deliveries", "warning
    that camps near the border were at breaking point". Any modal, readiness or infinitive
    below the clause ("warned that Washington was ready to use sanctions", "is going to pay")
    keeps the threat."""
    if (clause.tag_ in UNTOLD_VERB_TAGS or clause.pos_ not in ("VERB", "AUX")
            or clause.i < clause.head.i):  # a clause before the warning is a misparse
        return False
    words = list(clause.subtree)
    return not any(t.lower_ in COMING_ACT_WORDS or lemma_of(t) in COMING_ACT_WORDS
                   or t.tag_ == "MD"
                   or (t.dep_ in ("xcomp", "ccomp", "advcl") and t.tag_ == "VB")
                   for t in words)


def _tells_a_hazard(clause: Token) -> bool:
    """The warned clause's subject is a danger ("the virus could spread"), or a thing, not an
    actor, falls into one ("parts of Darfur could slip into famine")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS]
    if any(s.lemma_.lower() in HAZARDS for s in subjects):
        return True
    return bool(subjects) and all(s.pos_ == "NOUN" for s in subjects) and any(
        o.lemma_.lower() in HAZARDS for o in prep_objects(clause, HAZARD_PREPS))


def passive_threateners(trigger: Trigger) -> list[Token]:
    """The "by" phrase on the threatened measure of a passive threat: "was threatened with
    sanctions by China" (spaCy hangs "by China" on "sanctions")."""
    verb = trigger.verb
    if (trigger.coding.plover != "THREATEN" or verb is None
            or not any(c.dep_ in PASSIVE_DEPS for c in verb.children)):
        return []
    return [agent for prep in verb.children if prep.dep_ == "prep"
            and prep.lower_ in MEASURE_PREPS for measure in prep.children
            if measure.dep_ == "pobj" for by in measure.children
            if by.dep_ == "prep" and by.lower_ in AGENT_PREPS
            for agent in by.children if agent.dep_ == "pobj"]


def revoked_act_targets(trigger: Trigger, sources: list[Actor], targets: list[Actor],
                        resolve: ResolveSides) -> list[Actor]:
    """A concession with no recipient of another side than its maker's ("its ban") is made to
    the first actor of another side named inside the revoked act, nearest first: "scrapped its
    ban on onion exports to Bangladesh": Bangladesh. Else the targets found."""
    own = {source.side for source in sources}
    if (trigger.coding.plover not in REVOKING_TYPES or trigger.nominal or not sources
            or any(target.side not in own for target in targets)):
        return targets
    for head in complement_heads(trigger, set(), depth=REVOKED_ACT_DEPTH):
        actors = [actor for actor in resolve([head], True) if actor.side not in own]
        if actors:
            return actors
    return targets


def threatened_sides(trigger: Trigger, sources: list[Actor], resolve: ResolveSides
                     ) -> list[Actor]:
    """Whom a threat with no recipient of its own is aimed at: an actor of another country
    named in what the threatened clause would strike ("warned that targets in the United Arab
    Emirates would be hit": the UAE), else the subject of its condition ("... if the EU imposed
    new sanctions"), of the threatener's own country only when the threatener is a dissenter
    and the subject is not ("rebels warned they would resume attacks if the army kept up
    operations")."""
    if trigger.coding.plover != "THREATEN":
        return []
    own = {source.country for source in sources if source.country}
    struck = [actor for actor in resolve(_struck_things(trigger), True)
              if actor.country and actor.country not in own] if own else []
    if struck:
        return struck
    dissenting = bool(sources) and all(addresses_own_state(source) for source in sources)
    return [actor for actor in resolve(condition_subjects(trigger), True)
            if actor.country not in own or (dissenting and not addresses_own_state(actor))]


def warned_people(trigger: Trigger, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """A threat told of anyone who would break a rule is aimed at the threatener's own people
    ("a police spokeswoman warned that anyone who tried to cause chaos after the vote would be
    arrested": Zimbabwe's), whatever side the story would otherwise lend it."""
    own = sorted({source.country for source in sources if source.country})
    if trigger.coding.plover != "THREATEN" or not own or not _warns_anyone(trigger):
        return targets
    return [Actor(text="anyone", code=own[0] + PEOPLE_SECTOR, country=own[0],
                  sector=(PEOPLE_SECTOR,))]


def _warns_anyone(trigger: Trigger) -> bool:
    """The warning tells of whoever would break a rule and what the law would do to them:
    "warned that anyone spreading false news about the incident would be prosecuted" (not "said
    anyone who harassed the ship would pay a heavy price", a warning abroad)."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return False
    words = [token for token in verb.subtree if token.i != verb.i]
    return any(token.lower_ in ANYONE_WORDS for token in words) and any(
        _enforces_law(token) for token in words)


def _enforces_law(token: Token) -> bool:
    """"would be arrested", "would be prosecuted", "would deal firmly with"."""
    lemma = lemma_of(token)
    return token.pos_ == "VERB" and lemma in LAW_ENFORCING_VERBS and (
        lemma in ACTIVE_LAW_VERBS or any(c.dep_ == "auxpass" for c in token.children))


def _struck_things(trigger: Trigger) -> list[Token]:
    """The nouns of what a threatened blow would strike: the passive subject of a hostile verb
    ("warned that [targets in the United Arab Emirates] would be hit") or a hostile subject
    noun ("warned that [strikes on Saudi oil facilities] would follow")."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return []
    return [token for clause in verb.children if clause.dep_ in THREATENED_CLAUSE_DEPS
            for subject in clause.children if _struck_subject(clause, subject)
            for token in subject.subtree if token.pos_ in ("NOUN", "PROPN")]


def _struck_subject(clause: Token, subject: Token) -> bool:
    if subject.dep_ == "nsubjpass":
        return lemma_of(clause) in HOSTILE_PURPOSES
    return subject.dep_ == "nsubj" and lemma_of(subject) in HOSTILE_PURPOSES


def threatener_told(trigger: Trigger, sources: list[Actor], targets: list[Actor],
                    resolve: ResolveSides) -> tuple[list[Actor], list[Actor]]:
    """A told threat whose target is the acting subject of the told clause runs the other way:
    "Interior Minister Kemal Ozturan warned that Ankara "will not hesitate" to launch a new
    ground operation", with the minister taken for a Syrian, is Turkey's threat against Syria;
    "an official told reporters that the administration would use every tool available"
    is the administration's."""
    verb = trigger.verb
    if (trigger.coding.plover != "THREATEN" or trigger.nominal or verb is None
            or lemma_of(verb) not in SPEECH_HEADS or not sources or not targets):
        return sources, targets
    told = [subject for clause in verb.children if clause.dep_ in WARNED_CLAUSE_DEPS
            and lemma_of(clause) in THREATENER_VERBS
            for subject in clause.children if subject.dep_ == "nsubj" and _named(subject)]
    doers = resolve(told, True)
    doer_sides = {doer.side for doer in doers}
    if (not doers or doer_sides & {source.side for source in sources}
            or not {target.side for target in targets} <= doer_sides):
        return sources, targets
    return doers, sources


def _named(subject: Token) -> bool:
    """A state told by its name ("Ankara", "Burkina Faso"), not "the army", which the story
    may resolve to either side."""
    return subject.pos_ == "PROPN" or subject.ent_type_ in NAMED_STATE_LABELS
