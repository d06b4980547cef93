"""An office every state has, named without its state: "Foreign Office spokesman Mohammad
Faisal said" in a story filed from Islamabad that never names Britain is Pakistan's Foreign
Office, not the British one the actor dictionary files the name under. The name keeps its
state where the story names that state ("Britain's Foreign Office", "LONDON - ... the Foreign
Office said"); elsewhere it is read as the title it also is ("foreign office" in
data/actors/titles.tsv), whose country the story gives."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actorbook import ActorBook
    from newsevents.mention_index import NameMention

# Entry kinds that name a state outright.
STATE_NAMING_KINDS = ("country", "adjective", "capital")


def offices_in_context(names: list[NameMention], book: ActorBook) -> list[NameMention]:
    """The name mentions, without the organisation of one state that a title also names when
    the article names that state nowhere."""
    named = {e.country for m in names for e in m.entries
             if e.kind in STATE_NAMING_KINDS and e.country}
    kept = []
    for mention in names:
        state = _office_state(mention, book)
        if state is not None and state not in named:
            rest = tuple(e for e in mention.entries if e.kind != "organisation")
            if not rest:
                continue
            mention = replace(mention, entries=rest)
        kept.append(mention)
    return kept


def _office_state(mention: NameMention, book: ActorBook) -> str | None:
    """The one state whose organisation a title's words name ("Foreign Office": GBR); None
    for a name several states' bodies bear ("Congress"), left to
    mention_index.owners_in_context."""
    if mention.span.text.lower() not in book.titles:
        return None
    states = {e.country for e in mention.entries if e.kind == "organisation"}
    return states.pop() if len(states) == 1 and None not in states else None
