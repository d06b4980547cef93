"""What the head noun of an actor phrase says when the dictionaries know no name or title in
it: a body, force or group the book does not list but whose country the phrase marks
("Russia's consumer protection agency", "Israeli helicopter gunships", "the disaster agency of
Indonesia") is that country's, with the sector of the head noun's class; a thing ("military
aid") names no actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.context import STATE_NAMING_KINDS
from newsevents.references import RULING_NOUNS, objects_of_in

if TYPE_CHECKING:
    from newsevents.actorbook import Entry
    from newsevents.mention_index import DocMentions, TitleMention

# Offices of a state that no title row names: "Russia's consumer protection agency",
# "Pakistan's National Security Committee", "PNG's National Disaster Centre".
GOVERNMENT_HEADS = {"agency", "committee", "council", "commission", "centre", "center",
                    "ministry", "department", "office", "authority", "bureau", "directorate",
                    "secretariat", "inspectorate", "regulator", "watchdog"}
# Forces and their weapons: "Israeli helicopter gunships", "a Chinese destroyer",
# "Malian battalions", "Pakistani reinforcements".
MILITARY_HEADS = {"gunship", "warplane", "jet", "drone", "helicopter", "tank", "artillery",
                  "warship", "destroyer", "frigate", "corvette", "cruiser", "submarine",
                  "bomber", "battalion", "brigade", "regiment", "division",
                  "squadron", "platoon", "reinforcement", "reinforcements", "fleet"}
# Common nouns in front of a weapon or unit word that keep it a force ("fighter jets", "tank
# battalions"); any other names a thing ("a think tank", "a fishing fleet", "a passenger jet").
MILITARY_COMPOUNDS = MILITARY_HEADS | {"fighter", "combat", "attack", "battle", "infantry",
                                       "navy", "air", "marine", "missile", "patrol", "war",
                                       "assault", "army", "military", "stealth"}
# Groups of citizens against their government: "Hardline Macedonian nationalists".
OPPOSITION_HEADS = {"nationalist", "critic", "opponent", "hardliner", "dissenter"}
# The sector each class of head noun gives its phrase.
HEAD_SECTORS = ({word: ("GOV",) for word in GOVERNMENT_HEADS}
                | {word: ("MIL",) for word in MILITARY_HEADS}
                | {word: ("OPP",) for word in OPPOSITION_HEADS})
# Things a title word can describe without naming an actor ("military aid", "police equipment").
DESCRIBED_THING_NOUNS = {"aid", "assistance", "support", "funding", "financing", "loan", "grant",
                         "equipment", "hardware", "supply", "sale", "export", "import",
                         "shipment", "delivery", "cooperation", "spending", "budget", "tie",
                         "relation", "contract", "programme", "program", "package"}
# Title words that name whoever leads a group ("leaders of the opposition party"): the group
# in their "of" phrase, not the title's own office, tells the sector.
GROUP_LEADER_TITLES = {"leader", "leaders"}


def described_thing(head: Token, titles: list[TitleMention], found: DocMentions
                    ) -> list[TitleMention]:
    """No titles when a title word only describes a thing: "military aid", "government
    funding", "police equipment" name no military, government or police."""
    if head.lemma_.lower() in DESCRIBED_THING_NOUNS and head.i not in found.title_at:
        return []
    return titles


def led_group_first(head: Token, titles: list[TitleMention]) -> list[TitleMention]:
    """The titles of a phrase with the group a leader heads first: "leaders of the main
    opposition parties" (OPP), "the leaders of all political parties" (PTY) and "leaders of
    former rebel fighters" (REB) lead those groups, not the government that "leaders" alone
    stands for."""
    if head.lower_ not in GROUP_LEADER_TITLES or not titles \
            or titles[0].span.root.i != head.i:
        return titles
    led = {t.i for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
           for t in prep.subtree}
    groups = [m for m in titles[1:] if m.span.root.i in led and m.title.sectors
              and m.title.sectors != titles[0].title.sectors]
    return groups + [m for m in titles if m not in groups] if groups else titles


def head_class(head: Token, found: DocMentions) -> tuple[str, ...] | None:
    """The sectors of a head noun's class: "agency" GOV, "gunships" MIL, "nationalists" OPP;
    None for a weapon or unit word after a common noun that makes it a thing ("think tank",
    "fishing fleet")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    wanted = HEAD_SECTORS.get(head.lemma_.lower()) or HEAD_SECTORS.get(head.lower_)
    if wanted == ("MIL",) and any(
            c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and c.i not in found.title_at
            and c.lemma_.lower() not in MILITARY_COMPOUNDS for c in head.children):
        return None
    return wanted


def marked_head(head: Token, found: DocMentions, countries: list[Entry],
                sectors: list[tuple[str, ...]], organisations: list[Entry]
                ) -> tuple[list[Entry], list[tuple[str, ...]]]:
    """The countries and sectors of a phrase whose head is no title nor name but a noun of a
    known class with a country marker: "Russia's consumer protection agency" (Russia, GOV),
    "Israeli helicopter gunships" (Israel, MIL), "the electoral commission in Kenya" (Kenya,
    GOV). Any other phrase keeps what it had."""
    if organisations or (countries and sectors) or head.i in found.name_at:
        return countries, sectors
    if sectors or head.i in found.title_at:  # "military governments in Mali and Burkina Faso"
        ruled = _countries_in_place(head, found) if head.lemma_.lower() in RULING_NOUNS else []
        return (ruled or countries), sectors
    wanted = head_class(head, found)
    if wanted is None:
        return countries, sectors
    if wanted == ("GOV",) and _named_with_nationality(head, countries):
        countries = []  # "the Norwegian Refugee Council" is no government
    marked = _possessor_countries(head, found) or countries or _countries_in_place(head, found)
    if marked or wanted == ("MIL",):  # "a warplane fired": whose, the story tells
        return marked, [wanted]
    return countries, sectors


def _named_with_nationality(head: Token, countries: list[Entry]) -> bool:
    """A named body whose only country word is a nationality in its name ("the Danish Refugee
    Council", "the Norwegian Refugee Council"): often a charity, no state's office."""
    return head.pos_ == "PROPN" and bool(countries) and all(e.kind == "adjective"
                                                            for e in countries)


def _possessor_countries(head: Token, found: DocMentions) -> list[Entry]:
    """The owner's country, over a country inside the body's name: "China's Taiwan Affairs
    Office" is China's."""
    for owner in head.children:
        mention = found.name_at.get(owner.i) if owner.dep_ == "poss" else None
        entries = [e for e in mention.entries if e.kind in STATE_NAMING_KINDS] if mention else []
        if entries:
            return entries
    return []


def _countries_in_place(head: Token, found: DocMentions) -> list[Entry]:
    """The country a head's own "in" phrase names: "the electoral commission in Kenya" (not a
    town, not the verb's place: "banned imports in Moscow" is no phrase of "agency")."""
    for objects in objects_of_in(head):
        places = [p for c in objects for p in (c, *c.conjuncts)]
        entries = [e for place in places if (mention := found.name_at.get(place.i))
                   for e in mention.entries if e.kind in ("country", "capital")]
        if entries:
            return entries
    return []
