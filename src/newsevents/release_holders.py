"""Whom a call for someone's release is made to: the side that holds them. "The monitoring
mission called for the farmers' immediate release", "Seoul asked for their release": the
target is the author of the story's latest detention or seizure by another side than the
caller, not the people to be freed (the gold codes the demand on the holder). The release must
be of people: a possessor ("their release") or an "of" object that names people or ones told
before ("release of the crew", "of 30 traders"); "the release of funds", "the return of
refugees" are no freeing of the held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.retold import refers_back

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.records import Actor

# Nouns of setting people free that a demand names as what it asks for.
RELEASE_NOUNS = {"release", "freeing", "repatriation"}
PEOPLE_LABELS = {"PERSON", "NORP"}  # "release of Smith", "of the Ukrainians"
# Types of the demand, and of the acts that hold people.
DEMAND_TYPES = {"REQUEST"}
HOLDING_ACTS = {"COERCE"}


def release_holder(plover: str, target_heads: list[Token], sources: list[Actor],
                   context: ArticleContext) -> list[Actor]:
    """The holder a demand for a release is made to, or none when the demand names no
    release as its object or the story told no detention by another side."""
    if plover not in DEMAND_TYPES or not target_heads:
        return []
    noun = target_heads[0]
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in RELEASE_NOUNS
            or not _of_people(noun)):
        return []
    own = {a.side for a in sources} | {a.party_key for a in sources}
    holder = context.latest_author(HOLDING_ACTS, own)
    return [holder] if holder is not None else []


def _of_people(noun: Token) -> bool:
    """"their release", "the farmers' release", "release of the crew", "of 30 traders"."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    held = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return any(g.pos_ == "PRON" or g.ent_type_ in PEOPLE_LABELS or refers_back(g)
               or any(c.dep_ == "nummod" for c in g.children) for g in held)
