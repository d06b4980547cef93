"""The halves of a divided country named by their bearing alone: in a story on Korea "the
North" is North Korea and "the South" South Korea ("Seoul urged the North to return to
talks", "the North's army", "China, the North's main ally")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.records import Actor
from newsevents.sentences import doc_tokens

# The countries a bare bearing stands for, when the story names one of them.
DIVIDED_HALVES = {"north": "PRK", "south": "KOR"}
DIVIDED_COUNTRIES = set(DIVIDED_HALVES.values())
# Plural names of a divided country's two halves ("the two Koreas", "both Sudans").
DIVIDED_PLURALS = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"),
                   "congos": ("COD", "COG")}
# Plural nouns of the sides of a conflict or a rivalry ("Yemen's warring parties", "Libya's
# rival governments", "Sudan's two rival generals") and the words that make them two sides.
DIVIDED_SIDE_NOUNS = {"party", "side", "faction", "camp", "government", "administration",
                      "general", "leader", "group", "militia", "army", "force", "parliament",
                      "clan", "bloc", "wing", "commander", "politician", "authority",
                      "president", "movement", "belligerent", "adversary", "foe"}
RIVALRY_WORDS = {"warring", "rival", "feuding", "opposing", "competing", "belligerent",
                 "conflicting", "fighting", "estranged", "divided"}
# The kind of the two sides of one country that such a phrase names: kept apart on a side
# (pairing.unique_actors), where two parties of one country are otherwise one.
DIVIDED_KIND = "side"
# Words before the bearing that make it one of the halves ("the North", "the South's").
HALF_DETERMINERS = {"the"}


def bearing_halves(doc: Doc, taken: set[int], named: set[str]) -> list[tuple[Span, str]]:
    """(span, country) of every "the North" or "the South" standing alone (not "the North
    Sea", "the North Darfur capital", "the South China Sea") in a story naming Korea."""
    if not named & DIVIDED_COUNTRIES:
        return []
    halves = []
    for token in doc:
        country = DIVIDED_HALVES.get(token.lower_)
        if country is None or not token.text[0].isupper() or token.i in taken \
                or token.i == 0 or doc[token.i - 1].lower_ not in HALF_DETERMINERS:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.text[0].isupper()):
            continue  # "the North Korean port", "the South China Sea"
        halves.append((doc[token.i:token.i + 1], country))
    return halves


# Bearings that begin the names of the halves of a divided country ("North Korea", "South
# Sudan"), and the words that join two of them before the name they share.
BEARINGS = {"north", "south", "east", "west"}
JOINING_WORDS = {"and", "or", "&"}
# Name kinds an elided half can stand for.
HALF_KINDS = {"country", "adjective"}


def elided_halves(doc: Doc, names: list, book_names: dict) -> list[tuple[Span, tuple]]:
    """(span, entries) of a bearing whose name is said once for two halves: "North" in "North
    and South Korea" (North Korea), "North and South Korean officials", "South and North
    Korea"; "North" in "North and South Sudan" is Sudan, the half without a name of its own."""
    starts = {mention.span.start: mention for mention in names}
    halves = []
    tokens = doc_tokens(doc)
    for token in tokens[:-3]:
        other = tokens[token.i + 2]
        if (token.lower_ not in BEARINGS or not token.text[0].isupper()
                or tokens[token.i + 1].lower_ not in JOINING_WORDS
                or other.lower_ not in BEARINGS - {token.lower_} or other.i not in starts):
            continue
        shared = doc[other.i + 1:starts[other.i].span.end].text
        entries = book_names.get(f"{token.text} {shared}") or book_names.get(shared, ())
        entries = tuple(entry for entry in entries if entry.kind in HALF_KINDS)
        if entries:
            halves.append((doc[token.i:token.i + 1], entries))
    return halves


def divided_sides(head: Token, actors: list[Actor]) -> list[Actor]:
    """The two sides a plural phrase names in one country: "the two Koreas" (North and South
    Korea), "Yemen's warring parties", "Libya's rival governments", "the rival Palestinian
    factions" (two sides of one country, the second told by the country alone)."""
    plural = DIVIDED_PLURALS.get(head.lower_)
    if plural is not None:
        return [Actor(text=head.text, code=iso3, country=iso3) for iso3 in plural]
    if len(actors) != 1 or not actors[0].country or not rival_sides(head):
        return actors
    first, country = actors[0], actors[0].country
    other_code = country if first.code != country else country + "OPP"
    other_sector = (other_code[3:],) if len(other_code) > 3 else ()
    return [replace(first, kind=DIVIDED_KIND),
            replace(first, code=other_code, sector=other_sector, kind=DIVIDED_KIND)]


def rival_sides(head: Token) -> bool:
    """"warring parties", "rival factions", "feuding camps": a plural of sides at odds."""
    return (head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in DIVIDED_SIDE_NOUNS
            and any(child.lower_ in RIVALRY_WORDS for child in head.children))
