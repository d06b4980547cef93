"""Force only wished or plotted: "forces in Sudan want to topple him", "plotted to overthrow
the government", "seeking to topple her government" tell an aim someone has or is said to
have, not an act (the accusation, where there is one, is its own event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.syntax import FORCE_TYPES, first_conjunct

if TYPE_CHECKING:  # triggers.py imports this module
    from newsevents.triggers import Trigger

# Verbs of an aim; "plan to", "is to", "try to" are left out: a planned deployment is a
# planned event, and an attempt happened.
AIM_VERBS = {"want", "plot", "conspire", "scheme", "seek", "wish", "hope", "aim", "dream"}


def only_aimed_at(trigger: Trigger) -> bool:
    """"want to topple him", "plotted to storm government buildings": an aim, no event."""
    verb = trigger.verb
    if trigger.coding.plover not in FORCE_TYPES or verb is None:
        return False
    clause = first_conjunct(verb)  # "plotted to storm buildings and take hostages"
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in AIM_VERBS
