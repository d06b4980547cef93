"""People of force the story names by no country. Doers: "Gunmen kidnapped two Chinese nationals in
Pakistan", "Militants abducted five Russian sailors off the coast of Nigeria". An armed group
with no nationality of its own whose guessed country is its victims' (the story names them
most) is of the country where it acts; with no place in the sentence the guess stands, and so
does a guess of another country than the victims' ("gunmen believed to belong to the Somali
group al Shabaab stormed a police post outside Mandera"). Victims named by a common noun
("executed four men", "kidnapped two Chinese engineers") are people of a country too.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.mention_index import DocMentions
from newsevents.records import INFERRED_KIND, Actor, recountry, recountry_inferred
from newsevents.syntax import FORCE_TYPES, prep_objects  # acts of force have local doers

# Attacks whose victims may be named by a common noun.
VICTIM_TYPES = {"ASSAULT"}
# Common nouns of people an attack is done to that name no side of their own.
VICTIM_NOUNS = {"man", "woman", "person", "boy", "girl", "child", "engineer", "sailor",
                "seafarer", "crewman", "fisherman", "pilgrim", "tourist", "prisoner", "inmate",
                "detainee", "convict", "villager", "farmer", "miner", "trader", "businessman",
                "doctor", "nurse", "teacher", "employee", "contractor", "passenger",
                "worshipper", "mourner", "shepherd", "herder", "student", "teenager", "youth",
                "labourer", "laborer", "driver", "missionary", "priest",
                "technician", "expatriate", "foreigner"}
# Prepositions on a victim noun that tell where it is: "a school in southern Lebanon".
WHERE_PREPS = {"in", "near", "outside", "inside", "across"}


def settle_unnamed_doers(plover: str, sources: list[Actor], targets: list[Actor],
                         place_country: str | None) -> list[Actor]:
    """Doers of force whose country was only guessed as their victims' take the country of
    the place of the act: "unidentified gunmen kidnapped two Chinese engineers in Balochistan"
    are Pakistan's, not China's."""
    if plover not in FORCE_TYPES or not place_country:
        return sources
    victims = {target.country for target in targets if target.country}
    return [recountry(actor, place_country)
            if actor.kind == INFERRED_KIND and actor.country in victims else actor
            for actor in sources]


def generic_victims(plover: str, target_heads: list[Token], found: DocMentions,
                    sources: list[Actor], place_country: str | None) -> list[Actor]:
    """People named by a common noun whom an attack is done to: "executed four men", "kidnapped
    two Chinese engineers", "shot dead three fishermen". They are of the nationality their own
    words give, else of the place of the attack, else of the doer's country (a state executes
    its own prisoners; a story's main country is no better guess). Only the first recipient
    counts, as the object of an active verb ("a woman had been killed by Indian firing" in a
    Pakistani claim is no Indian woman), and only when no actor was found for it."""
    if plover not in VICTIM_TYPES or not target_heads:
        return []
    head = target_heads[0]
    if head.lemma_.lower() not in VICTIM_NOUNS or head.pos_ != "NOUN" or head.dep_ != "dobj":
        return []
    country = _demonym_country(head, found)
    kind = "state" if country else INFERRED_KIND
    country = country or place_country or (sources[0].country if sources else None)
    if not country:
        return []
    return [Actor(text=head.text, code=country + "CVL", country=country, sector=("CVL",),
                  title=head.text, kind=kind)]


def _demonym_country(head: Token, found: DocMentions) -> str | None:
    """The country a modifier of the noun names: "two Chinese engineers": China."""
    for child in head.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        mention = found.name_at.get(child.i)
        countries = {entry.country for entry in mention.entries} if mention else set()
        if len(countries) == 1 and None not in countries:
            return countries.pop()
    return None


def victims_where_told(targets: list[Actor], target_heads: list[Token], found: DocMentions,
                       place_country: str | None) -> list[Actor]:
    """Victims whose country was only guessed are of the country their own phrase places them
    in, when the clause gives no place of its own: "denied striking a school in southern
    Lebanon" (Lebanon's), "shelled civilian areas in Pakistani Kashmir" (Pakistan's)."""
    if place_country or not target_heads or not any(t.kind == INFERRED_KIND for t in targets):
        return targets
    country = _placed_in(target_heads[0], found)
    if not country:
        return targets
    return recountry_inferred(targets, country)


def _placed_in(head: Token, found: DocMentions) -> str | None:
    """The one country the noun's "in" phrase names, by the place or its demonym."""
    for place in prep_objects(head, WHERE_PREPS):
        for word in (place, *place.children):
            mention = found.name_at.get(word.i)
            countries = {e.country for e in mention.entries} if mention else set()
            if len(countries) == 1 and None not in countries:
                return countries.pop()
    return None
