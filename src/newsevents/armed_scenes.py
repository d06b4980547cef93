"""Where an armed group with no country fights: "Rwanda began sending soldiers to Mozambique's
northern Cabo Delgado province, where Islamist insurgents have killed more than 2,800 people"
(Mozambique's insurgents, not Rwanda's, whose capital the story is filed from); "Pro-Russian
rebels handed over the flight recorders to Malaysian experts in Donetsk" (Ukraine's rebels, in
a story naming Russia most). The group belongs to the town or province of its own clause: the
place a "where" clause of the group hangs on, or one its verb or its noun reaches through
prepositions ("in", "near", "from"), in a country the story names (or a town meant in one
country whatever the story names: data/places/meant_towns.tsv). Not a place it strikes
("fired rockets at Ashkelon", "seized the town of Sderot"), one another verb of the sentence
tells ("a rocket that landed near Sderot"), nor a capital, where groups talk rather than fight
("talks with the rebel group would resume in Caracas"). "The rebels" told again stay the ones
named before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.entities import entities_in
from newsevents.places import place_key
from newsevents.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.context import ArticleContext
    from newsevents.places import Gazetteer

# Sectors of armed groups that belong to where they fight, not to the story's main country.
FIGHTING_SECTORS = {"REB"}
# Entity labels of the places a sentence sets its fighting in.
SCENE_LABELS = {"GPE", "LOC"}
# Links from a group's verb or noun down to the place it is in ("handed over the recorders to
# experts in Donetsk"); not objects, which are what the group acts on.
SCENE_DEPS = {"prep", "pobj", "dative", "compound", "appos", "amod", "npadvmod"}
# Prepositions of what the group aims at, not where it is.
AIMED_PREPS = {"at", "into", "on", "upon", "against", "toward", "towards"}
# Links from a group to the clause it does something in.
CLAUSE_DEPS = {"acl", "relcl"}


def armed_group_scene(tokens: list[Token], sectors: tuple[str, ...], context: ArticleContext,
                      gazetteer: Gazetteer | None) -> str | None:
    """The country of the place a newly named armed group ("Islamist insurgents", not "the
    insurgents") is set in by its own clause; None for any other phrase or no such place."""
    if gazetteer is None or not set(sectors) & FIGHTING_SECTORS or any(
            t.lower_ == "the" and t.dep_ == "det" for t in tokens):
        return None
    scene = _scene_tokens(tokens[-1].doc[tokens[0].i:tokens[-1].i + 1].root)
    for entity in entities_in(tokens[0].sent):
        if entity.label_ not in SCENE_LABELS or entity.root.i not in scene:
            continue
        place = gazetteer.lookup(entity.text, context.country_mentions)
        named = place is not None and (place.country in context.country_mentions
                                       or place_key(entity.text) in gazetteer.meant_towns)
        if named and not gazetteer.is_country(place) and not gazetteer.is_capital(place):
            return place.country
    return None


def _scene_tokens(group: Token) -> set[int]:
    """Tokens the group's noun and its clauses reach through place links, and the noun a
    "where" clause of the group hangs on with its compounds ("Cabo Delgado province")."""
    verbs = [group.head] if group.dep_ in SUBJECT_DEPS else []
    verbs += [c for c in group.children if c.dep_ in CLAUSE_DEPS]
    found: set[int] = set()
    stack = [group, *verbs]
    for verb in verbs:
        if verb.dep_ == "relcl" and verb.head.i != group.i:
            found |= {verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "compound")}
    while stack:
        token = stack.pop()
        for child in token.children:
            if (child.dep_ in SCENE_DEPS and child.pos_ not in ("VERB", "AUX")
                    and not (child.dep_ == "prep" and child.lower_ in AIMED_PREPS)
                    and child.i not in found):
                found.add(child.i)
                stack.append(child)
    return found
