"""A complaint lodged with an international body accuses whoever the complaint is about, not
the body it is lodged with: "Lebanon's caretaker government said it had lodged a complaint with
the U.N. Security Council over the strikes" (Israel's strikes), "Mikati condemned the shelling
and said Lebanon would file a complaint with the U.N. Security Council" (Israel, whom the same
speaker just accused). The body stays the target when the story gives no one else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.pairing import answered_actor
from newsevents.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.context import ArticleContext
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

# The nouns of a complaint a state lodges or files somewhere.
COMPLAINT_NOUNS = {"complaint", "protest", "grievance"}
# Where a complaint is lodged ("with the Security Council", "to the WTO").
FORUM_PREPS = {"with", "to"}
# Whom or what a complaint is about.
AGAINST_PREPS = {"against"}
ABOUT_PREPS = {"over", "about"}


def _complaint_forum(trigger: Trigger, target_heads: list[Token], resolve) -> bool:
    """Whether the act is a complaint whose only recipient named is an international body
    it is lodged with."""
    if trigger.coding.plover != "ACCUSE" or not target_heads or not any(
            t.lemma_.lower() in COMPLAINT_NOUNS for t in trigger.tokens):
        return False
    if not all(h.dep_ == "pobj" and h.head.lower_ in FORUM_PREPS for h in target_heads):
        return False
    bodies = resolve(target_heads, True)
    return bool(bodies) and all((a.code or "").startswith("IGO") for a in bodies)


def complained_about(trigger: Trigger, target_heads: list[Token], sources: list[Actor],
                     context: ArticleContext, resolve, answer) -> list[Actor]:
    """Whom a complaint lodged with an international body accuses: the side it names after
    "against", the author of the act it is "over" (``answer`` finds an answered noun's
    author), else whom a reaction of its source answers (pairing.answered_actor); [] when
    none."""
    if not _complaint_forum(trigger, target_heads, resolve):
        return []
    own = {a.side for a in sources} | {a.party_key for a in sources}
    holders = [t for t in trigger.tokens if t.lemma_.lower() in COMPLAINT_NOUNS]
    holders += [trigger.verb] if trigger.verb is not None else []
    named = [a for a in resolve([o for h in holders for o in prep_objects(h, AGAINST_PREPS)],
                                True) if a.side not in own]
    if named:
        return named
    subjects = [o for h in holders for o in prep_objects(h, ABOUT_PREPS) if o.pos_ == "NOUN"]
    authors = answer(subjects) if subjects else []
    if authors:
        return authors
    # "Mikati condemned the shelling and said Lebanon would file a complaint"
    answered = answered_actor(sources[0], context) if sources else None
    if answered is None or answered.side in own or (answered.code or "").startswith("IGO"):
        return []
    return [answered]
