"""A mediation told as a participle on the act it helped ("swapped 30 prisoners in an exchange
mediated by Qatar", "a peace deal mediated by the Emirates", "talks mediated by EU envoys"): the
participle says who helped that act, which is coded on its own; it is no meeting of its own, and
read on its noun it would pair the act's parties a second time. An active mediation ("Norway
mediated between Colombia and the ELN") stays a CONSULT.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

MEDIATING_LEMMA = "mediate"
# A past participle that completes a noun ("an exchange mediated by Qatar").
NOUN_CLAUSE_DEP = "acl"
PAST_PARTICIPLE_TAG = "VBN"


def is_mediation_of_a_told_act(trigger: Trigger) -> bool:
    """"an exchange mediated by Qatar": the trigger's verb is a participle of mediation hanging
    on a noun."""
    verb = trigger.verb
    return (verb is not None and verb.lemma_.lower() == MEDIATING_LEMMA
            and verb.dep_ == NOUN_CLAUSE_DEP and verb.tag_ == PAST_PARTICIPLE_TAG)
