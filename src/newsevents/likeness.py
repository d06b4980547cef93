"""Measures told as copies of one told before: "New Zealand announced a similar travel ban",
"Britain imposed the same sanctions", "Canada took matching steps" are aimed at the earlier
measure's target (Fiji's rulers, not New Zealand itself)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.context import ArticleContext
from newsevents.pairing import Sides
from newsevents.records import Actor
from newsevents.triggers import Trigger

# Words that make a measure a copy of one told before.
LIKENESS_WORDS = {"similar", "same", "identical", "matching", "comparable", "parallel",
                  "equivalent", "analogous", "corresponding", "reciprocal"}
# Ways they modify the measure's noun ("a similar ban", "the same", "one like it").
LIKENESS_DEPS = {"amod", "det", "compound", "advmod"}


def copies_a_measure(trigger: Trigger) -> bool:
    """"a similar travel ban", "the same sanctions", "matching measures", "an identical
    suspension of military aid": a likeness word on a noun of the trigger."""
    nouns = [t for t in (trigger.head, *trigger.tokens) if t.pos_ in ("NOUN", "PROPN")]
    return any(_likeness_word(child) for noun in nouns for child in noun.children)


def _likeness_word(token: Token) -> bool:
    return token.dep_ in LIKENESS_DEPS and token.lower_ in LIKENESS_WORDS


def copied_target(sources: list[Actor], context: ArticleContext) -> Actor | None:
    """The target of the latest measure told before by another side, at a side that is not the
    source's: what "a similar ban" copies."""
    own = {s.side for s in sources}
    for earlier, earlier_target in reversed(context.event_pairs):
        if (earlier_target is not None and earlier.side not in own
                and earlier_target.side not in own and earlier_target.side != earlier.side):
            return earlier_target
    return None


def aimed_like_the_earlier(trigger: Trigger, sides: Sides, context: ArticleContext) -> Sides:
    """"Australia barred members of the military administration from entering. New Zealand
    announced a similar travel ban": the copy goes to the earlier target, unless the clause
    names its own ("a similar ban on Russian officials")."""
    if not sides.sources or sides.parties or not copies_a_measure(trigger):
        return sides
    if any(t.kind != "inferred" for t in sides.targets):
        return sides
    target = copied_target(sides.sources, context)
    if target is None:
        return sides
    return replace(sides, targets=[replace(target, kind="implied")])
