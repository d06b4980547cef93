"""A move answered from the other camp of one country: "Nepal's government freed 40 Maoist
prisoners ... The Maoists welcomed the move" targets the government, though both sides are
Nepal's (references.py looks only for another country's act)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.references import NON_STATE_SECTORS, REFERRED_ACTS

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.records import Actor


def other_camp_author(noun: Token, sources: list[Actor], context: ArticleContext
                      ) -> Actor | None:
    """The author of the latest act a noun like "the move" or "the decision" can mean, done by
    the other camp of a source's own country: the state's for rebels, opposition or
    citizens, theirs for the state; None when no such act was told."""
    kinds = REFERRED_ACTS.get(noun.lemma_.lower()) or REFERRED_ACTS.get(noun.lower_)
    countries = {source.country for source in sources if source.country}
    if not kinds or not countries:
        return None
    camps = {_non_state(source) for source in sources}
    for told, author in reversed(context.decided):
        if (told in kinds and author.country in countries
                and camps == {not _non_state(author)}):
            return author
    return None


def _non_state(actor: Actor) -> bool:
    return bool(set(actor.sector) & NON_STATE_SECTORS)
