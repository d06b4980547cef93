"""Triggers that are not events of their own: the act a demand, threat or accusation asks
for or alleges ("urged Iran to accept talks", "threatened to impose sanctions"), the act a
request names ("a request to send troops"), a protest's purpose, an act under a condition, and
a detail that elaborates another event. Denials that are threats ("will not hesitate to use
force") become threats here too."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.summons import summons_purpose
from newsevents.syntax import FINITE_TAGS, SUBJECT_DEPS, first_conjunct, marked_clause
from newsevents.tables import read_table
from newsevents.triggers import Trigger
from newsevents.unrealised_aims import completes_noun_of

# The action demanded, threatened or alleged is not coded on its own: the demand, threat or
# accusation is (the gold guidelines make such actions optional).
IRREALIS_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}
# Verbs whose denial is a threat ("will not hesitate", "did not rule out").
LITOTES_VERBS = {"hesitate", "rule"}
# What "will not hesitate to ..." threatens: acts of force or retaliation.
FORCEFUL_ACTS = {"use", "act", "respond", "take", "retaliate", "strike", "defend", "hit",
                 "attack", "protect", "crush", "punish", "fight", "deploy", "intervene", "shoot",
                 "fire", "destroy", "react", "teach", "impose", "expel", "cut", "close"}
# Subordinators of a condition ("if", "unless", "once the FDLR had been neutralised").
CONDITION_WORDS = {"if", "unless", "once", "provided", "until"}
DEMAND_NOUNS_FILE = resources.files("newsevents") / "data" / "lexicon" / "demand_nouns.tsv"
DEMAND_NOUNS = frozenset(row["word"] for row in read_table(DEMAND_NOUNS_FILE, ("word",)))
# Opening what two neighbours share: agreed between them, it is the agreement's content.
SHARED_OPENING_VERBS = {"reopen"}
ASSENT_LEMMAS = {"agree", "decide", "pledge", "promise"}
# Verbs whose complement is another's act wished or permitted ("India wanted Pakistan to ban
# both groups", "allows police to detain suspects"): no event of its own. (Not "authorised
# the government to send troops": a parliament's mandate is coded as the deployment.)
LEAVE_VERBS = {"want", "allow", "permit"}
# Verbs whose object noun is only asked for ("thousands of people demanding the government's
# resignation"), whatever the verb's own reading.
ASKING_VERBS = {"demand", "seek", "want"}
# "reserves the right to liberate its territories": a right claimed, no act.
RIGHT_NOUNS = {"right"}
# Forms that cannot be coordinated with a bare infinitive ("gave police the right to shoot
# and extended a curfew": "extended" goes with "gave", whatever the parse says).
UNLIKE_INFINITIVE_TAGS = FINITE_TAGS | {"VBG"}
# Tags of a verb coordinated with a protest as an act of its own ("called a strike and
# demanded ..."); not VBP, which the parser gives bare infinitives ("to detain suspects and
# seize ...").
OWN_ACT_TAGS = {"VBD", "VBZ"}
MATERIAL_CONFLICT = 4  # QuadClass


def threats_by_denial(triggers: list[Trigger], statuses: dict[int, str]) -> list[Trigger]:
    """"Will not hesitate to act", "did not rule out strikes": threats made by denying
    restraint, which happened; without the denial ("ruled out military action") no event.
    "Ruled out talks" is a refusal; "did not rule out a meeting" refuses nothing."""
    kept = []
    for trigger in triggers:
        verb = trigger.verb
        if verb is not None and verb.lemma_.lower() in LITOTES_VERBS and not trigger.nominal:
            negated = statuses[trigger.head.i] == "negated"
            if trigger.coding.plover != "THREATEN":
                if negated:
                    continue
            elif not negated or _benign_complement(verb):
                continue  # "we will not hesitate to do more" (for aid) threatens nobody
            statuses[trigger.head.i] = "occurred"
        kept.append(trigger)
    return kept


def _benign_complement(verb: Token) -> bool:
    """"will not hesitate to do more": the act not hesitated over is not one of force."""
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    return bool(acts) and all(a.lemma_.lower() not in FORCEFUL_ACTS for a in acts)


def drop_demanded_actions(triggers: list[Trigger]) -> list[Trigger]:
    """Remove triggers in the complement of a demand or threat ("urged Iran to accept talks",
    "threatened to impose sanctions"): the demand or threat is the event."""
    governing = [t.verb for t in triggers if t.coding.plover in IRREALIS_TYPES and t.verb
                 is not None and not t.nominal]
    protests = [t.verb for t in triggers if t.coding.plover == "PROTEST" and t.verb is not None]
    kept = []
    for trigger in triggers:
        anchor = trigger.verb or trigger.head
        inside = not summons_purpose(anchor) and any(
            anchor.i != g.i and _clause_path(anchor, g) for g in governing)
        purpose = trigger.coding.plover in ("REQUEST", "PROTEST") and any(
            anchor.i != p.i and _purpose_of(anchor, p) for p in protests)
        # "marched through Minsk demanding his resignation", "rallied to protest and to call for"
        elaborates = any(_elaborates(trigger, other) for other in triggers)
        if not inside and not purpose and not elaborates and not _condition(anchor) \
                and not _asked_for(anchor) and not _state_began(anchor) \
                and not _opening_agreed_between(anchor) and not _left_to_another(anchor) \
                and not _noun_asked_for(trigger):
            kept.append(trigger)
    return kept


def _unlike_conjunct(verb: Token) -> bool:
    """"gave them the right to shoot and extended a curfew": a finite verb or a gerund the
    parser hangs on a bare infinitive is coordinated with the verb above, a separate act."""
    return verb.dep_ == "conj" and verb.tag_ in UNLIKE_INFINITIVE_TAGS and verb.head.tag_ == "VB"


def _state_began(verb: Token) -> bool:
    """"Relations have soured since the junta reneged on a promise": the act that began a
    state the story tells is background, told to date the state."""
    return marked_clause(verb, {"since"})


def _opening_agreed_between(verb: Token) -> bool:
    """"Thailand and Cambodia agreed to reopen a border checkpoint": a crossing two sides
    agree to reopen is what they agreed, not one side easing a blockade on the other (which
    "Pakistan reopened the Torkham crossing" is)."""
    if verb.lemma_.lower() not in SHARED_OPENING_VERBS or verb.dep_ != "xcomp":
        return False
    assent = verb.head
    return assent.lemma_.lower() in ASSENT_LEMMAS and any(
        c.dep_ in SUBJECT_DEPS and (any(g.dep_ == "conj" for g in c.children)
                                               or c.lemma_.lower() in ("both", "two"))
        for c in assent.children)


def _left_to_another(verb: Token) -> bool:
    """"India wanted Pakistan to ban both groups", "allows police to detain suspects",
    "reserves the right to liberate its territories": an act wished of or permitted to
    another, or claimed as a right, is not an event (the wish or the permission may be)."""
    if _unlike_conjunct(verb):  # "the right to shoot ... and extended a curfew"
        return False
    first = first_conjunct(verb)  # "to ban both groups, freeze their assets and arrest ..."
    governor = first.head
    if first.dep_ == "acl" and governor.lemma_.lower() in RIGHT_NOUNS:
        return True
    if first.dep_ not in ("xcomp", "ccomp") or governor.lemma_.lower() not in LEAVE_VERBS:
        return False
    others = [c for c in governor.children if c.dep_ in ("dobj", "dative")]
    others += [c for c in first.children if c.dep_ == "nsubj"]
    return bool(others)


def _noun_asked_for(trigger: Trigger) -> bool:
    """"drawn thousands of people demanding the government's resignation": the act a demand
    names as its object is not an event (the demand or the protest is)."""
    noun = trigger.head
    return (trigger.nominal and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ASKING_VERBS)


def _asked_for(verb: Token) -> bool:
    """"turned down a request from Kyrgyzstan to send troops": the act a request, call or
    ultimatum asks for is not an event (the request is)."""
    return completes_noun_of(verb, DEMAND_NOUNS)


def _condition(token: Token) -> bool:
    """"... only if Turkey halted its operations", "unless Hamas gave up its weapons": the
    condition of another act, not an event of its own."""
    for clause in (token, *token.ancestors):
        if marked_clause(clause, CONDITION_WORDS):
            return True
        if clause.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _elaborates(trigger: Trigger, other: Trigger) -> bool:
    """"imposed sanctions ..., freezing their assets": a participle that details the same
    kind of act as the verb it hangs on."""
    verb = trigger.verb
    return (verb is not None and other is not trigger and other.verb is not None
            and not trigger.nominal and verb.tag_ == "VBG" and verb.dep_ == "advcl"
            and verb.head.i == other.verb.i
            and (other.coding.plover == trigger.coding.plover
                 or other.coding.quad == trigger.coding.quad == MATERIAL_CONFLICT)
            and not any(c.dep_ == "nsubj" for c in verb.children))


def _purpose_of(token: Token, protest: Token) -> bool:
    """"rallied to protest and to call for": the protest's purpose; "called a strike and
    demanded that the prime minister scrap the project": a finite verb coordinated with the
    protest is an act of its own."""
    if token.dep_ == "conj" and token.tag_ in OWN_ACT_TAGS:
        return False
    current = token
    while current.dep_ in ("advcl", "xcomp", "conj") and current.head.i != current.i:
        current = current.head
        if current.i == protest.i:
            return True
    return False


def _clause_path(token: Token, governor: Token) -> bool:
    """True when ``token`` sits in an xcomp/ccomp chain under ``governor`` (a verb
    coordinated with the governor itself is a separate act: "threatened ... and demanded")."""
    current = token
    while current.i != governor.i and current.head.i != current.i:
        if current.head.i == governor.i and current.dep_ == "conj":
            return False
        if current.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj"):
            current = current.head
            continue
        return False
    return current.i == governor.i


