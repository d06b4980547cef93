"""Unnamed people or firms acted on whose own clause ties them to a country: "sanctions on
foreign banks dealing with Iran" (Iran's), "froze the assets of companies helping North Korea
evade sanctions" (North Korea's), "firms that supply Russia's army" (Russia's). News names the
people a measure hits by whom they serve when it gives them no nationality."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.mention_index import DocMentions
from newsevents.records import INFERRED_KIND, Actor, recountry_inferred
from newsevents.syntax import DESCRIBING_DEPS, prep_objects

# Links from the clause's verb down to the country it names: its object, a preposition's
# object, a possessive or a modifier ("supply Russia's army", "trade with Iran").
LINK_DEPS = {"dobj", "prep", "pobj", "poss", "compound", "amod", "nsubj", "ccomp", "xcomp"}
MAX_DEPTH = 4
# The act a charge names, a link more for the firms a sanction hits ("sanctions on companies
# accused of supplying fuel to Myanmar's military"); people jailed or put to death on a charge
# of serving a foreign state ("executed four men convicted of spying for Israel") stay the
# state's own.
CHARGE_LINK_DEPS = LINK_DEPS | {"pcomp"}
CHARGED_TYPES = {"SANCTION"}
# Where people are, not whom they serve ("people who live in Mosul"): the place is told
# elsewhere (unnamed_people.victims_where_told).
PLACE_PREPS = {"in", "near", "inside", "at", "outside", "across"}
# The people behind what a measure hits: "the assets of nine companies that ...".
HOLDER_PREPS = {"of"}


def victims_linked_to(targets: list[Actor], target_heads: list[Token], found: DocMentions,
                      plover: str = "") -> list[Actor]:
    """Targets whose country was only guessed take the one country their head's describing
    clause names: "imposes sanctions on foreign banks dealing with Iran" (Iran), "froze the
    assets of companies helping North Korea" (North Korea)."""
    if not target_heads or not any(t.kind == INFERRED_KIND for t in targets):
        return targets
    charged = plover in CHARGED_TYPES
    country = next(filter(None, (_served_country(noun, found, charged) for head in target_heads
                                 for noun in (head, *head.conjuncts,  # "three companies and
                                              # two businessmen accused of supplying ..."
                                              *prep_objects(head, HOLDER_PREPS)))), None)
    if not country:
        return targets
    return recountry_inferred(targets, country)


def _served_country(head: Token, found: DocMentions, charged: bool = False) -> str | None:
    """The one country named inside the noun's relative or participial clause (through the
    act a charge names, when ``charged``)."""
    countries: set[str] = set()
    links, depth = (CHARGE_LINK_DEPS, MAX_DEPTH + 1) if charged else (LINK_DEPS, MAX_DEPTH)
    for clause in (c for c in head.children if c.dep_ in DESCRIBING_DEPS):
        frontier = [clause]
        for _ in range(depth):
            frontier = [c for word in frontier for c in word.children if c.dep_ in links
                        and not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)]
            for word in frontier:
                mention = found.name_at.get(word.i)
                countries |= {e.country for e in mention.entries} if mention else set()
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None
