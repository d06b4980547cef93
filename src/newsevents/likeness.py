"""Measures told as copies of one told before: "New Zealand announced a similar travel ban",
"Britain imposed the same sanctions", "Canada took matching steps" are aimed at the earlier
measure's target (Fiji's rulers, not New Zealand itself).

Acts told only as copies ("Britain followed suit", "Ottawa took the same step", "Canada announced
similar measures", "Japan did the same") are the act told last before, by their own subject."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.context import ArticleContext
from newsevents.lexicon import Coding
from newsevents.pairing import Sides
from newsevents.records import IMPLIED_KIND, INFERRED_KIND, Actor
from newsevents.triggers import Trigger

# Words that make a measure a copy of one told before.
LIKENESS_WORDS = {"similar", "same", "identical", "matching", "comparable", "parallel",
                  "equivalent", "analogous", "corresponding", "reciprocal"}
# Ways they modify the measure's noun ("a similar ban", "the same", "one like it").
LIKENESS_DEPS = {"amod", "det", "compound", "advmod"}
# Idioms whose object says the act copies another: "followed suit", "did the same".
COPY_IDIOMS = {"follow": {"suit"}, "do": {"same", "likewise"}}
# Verbs that take or announce a copied measure: "took the same step", "announced similar
# measures", "adopted matching restrictions".
COPYING_VERBS = {"take", "adopt", "announce", "impose", "introduce", "implement", "order",
                 "make", "unveil", "enact", "follow"}
IDIOM, MEASURE = "idiom", "measure"  # what a copy copies: any act, or a measure
# Types of words, not measures: "similar measures" never copies a protest note or praise.
WORD_TYPES = {"SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "CONSULT", "AGREE", "REJECT"}
# Nouns of a measure whose kind the act it copies says.
MEASURE_NOUNS = {"step", "measure", "action", "move", "decision", "restriction", "precaution",
                 "course", "path", "route", "approach", "policy"}


def copies_a_measure(trigger: Trigger) -> bool:
    """"a similar travel ban", "the same sanctions", "matching measures", "an identical
    suspension of military aid": a likeness word on a noun of the trigger; or a copied act
    ("followed suit")."""
    if trigger.verb is not None and copied_measure(trigger.verb) is not None:
        return True
    nouns = [t for t in (trigger.head, *trigger.tokens) if t.pos_ in ("NOUN", "PROPN")]
    return any(_likeness_word(child) for noun in nouns for child in noun.children)


def copied_measure(verb: Token) -> str | None:
    """What a verb whose object only says the act copies one told before copies: "followed
    suit", "did the same" (any act: "idiom"); "took the same step", "announced similar
    measures" (a measure: "measure"); None for other verbs."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lower_ in COPY_IDIOMS.get(lemma, ()) for o in objects):
        return IDIOM
    if lemma in COPYING_VERBS and any(
            o.lemma_.lower() in MEASURE_NOUNS and any(_likeness_word(c) for c in o.children)
            for o in objects):
        return MEASURE
    return None


def copied_acts(sent: Span, triggers: list[Trigger], authors: list[tuple[str, Actor]],
                codings: dict[str, Coding]) -> list[Trigger]:
    """Acts told as copies of the act told last ("The US expelled two diplomats. Britain
    followed suit"), coded as that act; a copied measure copies the last measure, not the
    last word ("welcomed the sanctions and urged the EU to impose similar measures")."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for token in sent:
        kind = copied_measure(token) if token.pos_ == "VERB" and token.i not in taken else None
        if kind is None:
            continue
        told = [t.coding.plover for t in triggers if t.head.i < token.i]
        told = [plover for plover, _ in authors] + told
        wanted = [p for p in told if kind == IDIOM or p not in WORD_TYPES]
        if wanted and wanted[-1] in codings:
            found.append(Trigger(token, (token,), codings[wanted[-1]], (), token,
                                 nominal=False))
    return found


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
    if any(t.kind != INFERRED_KIND for t in sides.targets):
        return sides
    target = copied_target(sides.sources, context)
    if target is None:
        return sides
    return replace(sides, targets=[replace(target, kind=IMPLIED_KIND)])
