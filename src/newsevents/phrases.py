"""The extent of an actor's noun phrase: which of its tokens can give the actor its country.

"Iranian ambassador to Russia Mehdi Sanaei" is Iran's: the post after "to" is skipped; so are
a patron ("Iran-backed"), an ethnicity ("ethnic Albanian rebels"), relative clauses and the act
an accusation alleges ("accused Kyrgyz forces of opening fire on Tajik posts")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsevents.mention_index import DocMentions

# Left-hand dependents that belong to a noun phrase's core (det, adjectives, compounds, ...).
CORE_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "npadvmod",
             "appos", "flat", "cc", "conj", "prep", "pobj", "punct", "advmod", "predet"}
# Clauses inside a modifier of an actor's noun that say nothing of its country.
NESTED_CLAUSES = {"relcl"}
# Prepositions whose object can give an actor its country ("the government of Syria").
COUNTRY_PREPS = {"of", "from"}
# Prepositions kept in the phrase ("ambassador to Russia"): the country ones and the posts.
PHRASE_PREPS = COUNTRY_PREPS | {"to", "for", "in"}
# Prepositions that, at any depth of a phrase, say where something is ("ten days of talks in
# the Swiss city of Geneva", "a summit in Brasilia"): a place, not a side.
NESTED_PLACE_PREPS = {"in", "at"}
# Gatherings whose "in"/"at" phrase is a venue, and nouns that make a phrase a place.
GATHERING_NOUNS = {"talk", "negotiation", "summit", "meeting", "ceremony", "conference", "forum",
                   "session", "round", "consultation", "dialogue", "gathering", "visit"}
PLACE_NOUNS = {"capital", "city", "town", "port", "resort", "village", "venue"}
# "an official at the Chinese Embassy": staff and the posts that give them their country.
POSTED_STAFF = {"official", "diplomat", "staff", "spokesman", "spokeswoman", "spokesperson",
                "envoy", "representative", "attache", "attaché", "counsellor", "secretary"}
POSTS = {"embassy", "consulate", "mission", "ministry", "legation"}
# "fighters loyal to Syrian President Bashar al-Assad", "a militia allied to the army": the
# patron a post-modifier names is not the actor's country (its own militia, not its government).
PATRON_ADJECTIVES = {"loyal", "allied", "aligned"}
# "Iran-backed militia": the word after the hyphen makes the country a patron, not the owner.
BACKER_WORDS = {"backed", "aligned", "allied", "sponsored", "supported", "funded", "armed",
                "trained", "financed"}


def phrase_tokens(head: Token) -> list[Token]:
    """The head and its modifiers, without clauses and without other conjuncts."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in ("conj", "cc") or child.dep_ not in CORE_DEPS:
            continue
        if child.dep_ == "prep" and (child.lower_ not in PHRASE_PREPS
                                     or _alleged_act(child)) and not _posted_at(head, child):
            continue
        if child.dep_ == "punct" and child.i > head.i:
            continue
        if child.i > head.i and child.lemma_.lower() in PATRON_ADJECTIVES:
            continue  # "Alawite fighters loyal to Syrian President Bashar al-Assad"
        tokens.extend(_outside_clauses(child))
    return sorted(set(tokens), key=lambda t: t.i)


def _outside_clauses(token: Token) -> list[Token]:
    """The subtree without relative clauses deeper in it: "residents of the village of
    Kirants, whose road link to Georgia would pass close" are not Georgia's."""
    words = list(token.subtree)
    inside = {t.i for d in words if d.dep_ in NESTED_CLAUSES and d is not token
              for t in d.subtree}
    return [t for t in words if t.i not in inside] if inside else words


def _alleged_act(prep: Token) -> bool:
    """"accused Kyrgyz forces of opening fire on Tajik posts": "of" with a gerund is the act
    alleged, not the country ("the government of Syria")."""
    return any(c.dep_ == "pcomp" for c in prep.children)


def _posted_at(head: Token, prep: Token) -> bool:
    """"a senior official at the Chinese Embassy": where a diplomat serves gives the country."""
    return (prep.lower_ == "at" and head.lemma_.lower() in POSTED_STAFF
            and any(g.lemma_.lower() in POSTS for g in prep.children if g.dep_ == "pobj"))


def outside_preps(head: Token, found: DocMentions | None = None) -> set[int]:
    """Token indices under "to"/"for"/"in" preps: they name a person's post, not the country
    ("Iranian ambassador to Russia"), also when the parser left the preposition without its
    object ("U.S. Special Envoy for Sudan Tom Perriello", Sudan taken into the apposition)."""
    skipped: set[int] = set()
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ not in COUNTRY_PREPS or _alleged_act(child)) \
                and not _posted_at(head, child):
            skipped.update(t.i for t in child.subtree)
            skipped.update(_orphan_object(child, found))
    return skipped | backers(head) | nested_places(head)


def nested_places(head: Token) -> set[int]:
    """Token indices of a venue below the head: "ten days of talks in the Swiss city of
    Geneva", "delegates of the summit in Brasilia" name where, not who."""
    return {t.i for prep in head.subtree
            if prep.dep_ == "prep" and prep.lower_ in NESTED_PLACE_PREPS
            and prep.head is not head and _venue(prep)
            for t in prep.subtree}


def _venue(prep: Token) -> bool:
    """"talks in Doha", "a summit at Sochi", "in the Cuban capital"."""
    return prep.head.lemma_.lower() in GATHERING_NOUNS or any(
        g.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS for g in prep.children)


def _orphan_object(prep: Token, found: DocMentions | None) -> range:
    """The name right after a preposition that has no object of its own: "envoy for Sudan
    Tom Perriello" parsed as "envoy for" with "Sudan Tom Perriello" in apposition."""
    if found is None or any(c.dep_ == "pobj" for c in prep.children):
        return range(0)
    mention = found.name_at.get(prep.i + 1)
    return range(mention.span.start, mention.span.end) if mention else range(0)


def appositive_tokens(head: Token) -> set[int]:
    """Tokens of an apposition after a name ("..., the chairman of the African Union")."""
    return {t.i for child in head.children if child.dep_ == "appos" for t in child.subtree}


def backers(head: Token) -> set[int]:
    """Token indices of a country word that does not give the actor's country: a patron
    ("Iran-backed", "Turkish-allied") or an ethnicity ("ethnic Albanian rebels" in Macedonia)."""
    doc, found = head.doc, set()
    for token in head.subtree:
        word = token.lower_
        if word in BACKER_WORDS and token.i >= 2 and doc[token.i - 1].text == "-":
            found.add(token.i - 2)
        if word == "ethnic" and token.i + 1 < len(doc):
            found.add(token.i + 1)
    return found


# Words that count or gather people: "thousands of Egyptians", "a crowd of Kenyans".
COUNTED_PEOPLE_NOUNS = {"thousand", "hundred", "dozen", "score", "ten", "million", "crowd",
                        "group", "band", "busload", "throng", "number"}


def counts_named_people(head: Token, name_at: Mapping[int, object]) -> bool:
    """"Thousands of Egyptians", "tens of thousands of Georgians", "a crowd of Kenyans",
    "scores of Afghans": a count or gathering of a named people is those people (``name_at``
    maps tokens to the actor names they belong to)."""
    while head.like_num or head.lemma_.lower() in COUNTED_PEOPLE_NOUNS:
        members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if not members:
            return False
        head = members[0]
        if head.i in name_at and (head.tag_ == "NNPS" or head.ent_type_ == "NORP"):
            return True
    return False
