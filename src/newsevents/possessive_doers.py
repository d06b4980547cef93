"""The doer of an act told as a noun with a possessive determiner: "His threat to annex the
region", "Her warning came a day after", "Their attack on the convoy", "its raid": the one the
possessive stands for (references.py resolves it to the reporter or the latest fitting actor)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.references import POSSESSIVE_PRONOUNS
from newsevents.triggers import Trigger


def possessive_doer(trigger: Trigger) -> list[Token]:
    """The possessive determiner of an event noun ("his" in "his threat"); none for a verb."""
    if not trigger.nominal:
        return []
    return [c for c in trigger.head.children
            if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in POSSESSIVE_PRONOUNS][:1]
