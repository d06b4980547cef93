"""An act another side reacts to in the same clause: "Washington deplored the bombardment of a
refugee camp by Sudanese government aircraft". The reacting side only judges the act; a
foreign force is taken to act in the story's country (pairing.settle_inferred), but not where
that country is the one reacting: the camp is Sudan's, not the United States'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.arguments import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.triggers import Trigger

# How an act noun hangs on the verb of the side that reacts to it ("deplored the bombardment").
REACTED_DEPS = {"dobj"}


def reactor_heads(trigger: Trigger) -> list[Token]:
    """The subjects of the verb whose object is the act's noun; none for a verb's own act."""
    noun = trigger.head
    if not trigger.nominal or noun.dep_ not in REACTED_DEPS or noun.head.pos_ != "VERB":
        return []
    return subject_of(noun.head)[0]
