"""The doer of the act a reaction's noun names by the verb the story told it with: "North
Korea fired a ballistic missile over Japan ... Abe condemned the launch" (the firing's doer,
not the author of a later threat), "Ankara proposed a buffer zone ... Damascus rejected the
proposal". The nouns and their verbs are in data/lexicon/act_noun_verbs.tsv.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from newsevents.status import not_an_event
from newsevents.tables import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.context import ArticleContext
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

ACT_NOUN_VERBS_FILE = resources.files("newsevents") / "data" / "lexicon" / "act_noun_verbs.tsv"
ACT_NOUN_VERBS = {row["noun"]: frozenset(row.items_of("verbs"))
                  for row in read_table(ACT_NOUN_VERBS_FILE, ("noun", "verbs"))}


def remember_deed(trigger: Trigger, source: Actor, status: str,
                  context: ArticleContext) -> None:
    """Keep the verb an act was told with and its doer, for a noun that names it later; a
    stance or a habit ("backs the SDF") is no deed."""
    if trigger.verb is not None and not trigger.nominal and not not_an_event(trigger, status):
        context.deeds.append((trigger.verb.lemma_.lower(), source))


def doer_by_verb(noun: Token, other_than: set[str], context: ArticleContext) -> Actor | None:
    """The doer of the latest act told with one of the noun's verbs, of another side than
    the reacting one; None for a noun of no listed act or no such act told."""
    verbs = ACT_NOUN_VERBS.get(noun.lemma_.lower())
    if not verbs:
        return None
    return next((doer for verb, doer in reversed(context.deeds)
                 if verb in verbs and doer.side not in other_than
                 and doer.party_key not in other_than), None)
