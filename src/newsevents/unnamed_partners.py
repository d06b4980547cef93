"""The partner of talks that the story names by no country: "a meeting between Prime Minister
Chahed and leaders of the UGTT union federation", "talks between the hauliers' association
and the finance ministry", "the military council and the main protest coalition will resume
negotiations". A group named beside one state's party, with no country word of its own, is of
that state: talks between a government and a group it does not know abroad are talks at home.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.records import INFERRED_KIND, SYMMETRIC_TYPES, Actor

if TYPE_CHECKING:
    from newsevents.mention_index import DocMentions

# Parts of speech of a party named by a noun phrase.
PARTY_POS = {"NOUN", "PROPN"}


def home_partner(plover: str, party_heads: list[Token], parties: list[Actor],
                 found: DocMentions, resolve: Callable[[list[Token], bool], list[Actor]]
                 ) -> list[Actor]:
    """The one state's party and the partner of no country the phrase joins to it (a later
    conjunct that names no country and reads as the same party), both of that state;
    ``parties`` unchanged when there is no such partner."""
    if plover not in SYMMETRIC_TYPES or len({a.side for a in parties}) != 1:
        return parties
    country = parties[0].country
    if not country:
        return parties
    keys = {a.party_key for a in parties}
    heads = [h for head in party_heads for h in (head, *head.conjuncts)]
    for head in heads[1:]:
        if (head.pos_ not in PARTY_POS or any(t.i in found.name_at for t in head.subtree)
                or head.i not in found.title_at):
            continue  # a person or company of no country told may be foreign; planes are no party
        if {a.party_key for a in resolve([head], False)} <= keys and country not in keys:
            # "leaders of the UGTT" read as the government named beside them
            return [*parties, Actor(text=head.text, code=country, country=country,
                                    kind=INFERRED_KIND)]
    return parties
