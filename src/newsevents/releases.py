"""Releases told in the passive with no agent, whose released people a participle says who
held them: "two Vietnamese sailors held by Abu Sayyaf militants were freed", "a pilot held
hostage by separatist rebels was released", "engineers kidnapped by gunmen last month were
let go". The holder is the one who releases them (CAMEO 0841, RETREAT as PLOVER codes
releases); without such a participle the releaser stays unnamed, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.arguments import subject_of
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

RELEASE_MODE = "release"
# Participles that say who held the people: "held by", "kidnapped by", "seized by".
HOLDING_VERBS = {"hold", "kidnap", "abduct", "seize", "capture", "detain", "take", "snatch",
                 "arrest", "imprison", "jail"}
HOLDER_PREPS = {"by"}


def holder_releases(trigger: Trigger, sources: list[Token], targets: list[Token]
                    ) -> tuple[list[Token], list[Token]]:
    """The releaser of people freed in the passive with no agent, from the participle on them:
    "sailors held by Abu Sayyaf militants were freed" gives (militants, sailors). Other
    triggers keep the heads they have."""
    verb = trigger.verb
    if (sources or trigger.coding.mode != RELEASE_MODE or trigger.nominal or verb is None):
        return sources, targets
    subjects, passive = subject_of(verb)
    if not passive:
        return sources, targets
    holders = [h for person in subjects for participle in person.children
               if participle.dep_ == "acl" and participle.tag_ == "VBN"
               and participle.lemma_.lower() in HOLDING_VERBS
               for h in prep_objects(participle, HOLDER_PREPS)]
    return holders, targets
