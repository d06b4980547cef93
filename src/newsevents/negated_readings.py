"""Negated readings that are no event of their own. A denial of a harm told without a doer ("the
junta said its aircraft had struck a rebel camp and denied that any civilians were killed")
denies what the strike did, not a second attack: the denial is the event, and the strike told
beside it. An act that its doer stopped ("militants stopped firing rockets at dawn", "the group
will stop taking hostages") did happen until then: the stopping (a truce, a pledge) is the
event, not an act that failed to happen."""

from __future__ import annotations

from newsevents.triggers import Trigger

# Verbs of denying: their passive complement without an agent names an outcome, not an act.
DENYING_VERBS = {"deny"}
# Verbs of stopping an act under way: the act is their complement ("stopped firing").
STOPPING_VERBS = {"stop", "halt", "cease"}
# Dependencies of a clause a verb governs: "denied that civilians were killed", "stopped firing".
GOVERNED_DEPS = {"ccomp", "xcomp"}


def denied_without_doer(trigger: Trigger) -> bool:
    """"Denied that civilians had been killed": an agentless passive under a denial."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.dep_ not in GOVERNED_DEPS:
        return False
    children = list(verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    return (passive and not any(c.dep_ == "agent" for c in children)
            and verb.head.lemma_.lower() in DENYING_VERBS)


def stopped_act(trigger: Trigger) -> bool:
    """"Stopped firing rockets", "will stop taking hostages": the act its doer stops."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.dep_ not in GOVERNED_DEPS:
        return False
    return verb.tag_ == "VBG" and verb.head.lemma_.lower() in STOPPING_VERBS


def negated_reading_no_event(trigger: Trigger, status: str) -> bool:
    """A negated reading that is no event: a doerless harm denied, or an act stopped."""
    return status == "negated" and (denied_without_doer(trigger) or stopped_act(trigger))
