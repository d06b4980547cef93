"""What an article has said so far: the memory that resolves "Sanaei", "the two leaders",
"the trio", "he", "the rebels" to the actors introduced earlier."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsevents.records import IMPLIED_KIND, Actor, EventDate, Place
from newsevents.short_names import family_name_of, family_name_parts

if TYPE_CHECKING:
    from newsevents.narrative_days import Occasion

GROUP_WORDS = {"two": 2, "both": 2, "pair": 2, "duo": 2, "three": 3, "trio": 3, "four": 4,
               "quartet": 4}
GROUP_REFERENCE = re.compile(
    r"^(?:the\s+(?P<size>two|three|four|pair|trio|duo|quartet)|(?P<both>both))\b", re.I)
# "both sides", "the two parties", "both warring parties", "all rival factions", "the
# opposing camps", "the belligerents": the parties of the latest conflict, of any countries.
SIDES_REFERENCE = re.compile(
    r"^(?:(?:the|both|all)\s+(?:two\s+)?(?:(?:warring|rival|opposing|feuding|fighting|"
    r"belligerent|conflicting)\s+)?(?:parties|sides|factions|camps)"
    r"(?:\s+to\s+the\s+(?:conflict|war|fighting))?"
    r"|the\s+belligerents|each\s+(?:party|side))$", re.I)
# "border guards from the two countries", "the heads of both delegations": members of a group.
MEMBERS_REFERENCE = re.compile(
    r"^(?!(?:one|either|neither|none|each|any|a|an)\b)[\w\s.'-]*?\s(?:from|of)\s+"
    r"(?P<group>(?:the|both)\s.+)$", re.I)
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them", "we"}
THING_PRONOUNS = {"it"}
# How many of the latest groups of parties "both sides" looks back over for a pair that an
# event set against each other ("Egypt and Qatar mediated talks between Israel and Hamas").
SIDES_LOOKBACK = 3
# The country a story names first is its subject: it counts as this many more mentions.
LEAD_WEIGHT = 1.5
# Mentions that name a state itself (not an organisation or a person of it).
STATE_NAMING_KINDS = {"country", "adjective", "capital"}
# Sectors of armed groups that fight their own country's state: a state's reaction to their
# act answers them, though they share its country.
ARMED_NON_STATE_SECTORS = {"REB"}
REBEL_ACTS = {"ASSAULT", "COERCE"}
# A protest lodged and a protest held are both "the protest" later.
KINDRED_TYPES = {"PROTEST": {"PROTEST", "ACCUSE"}, "ACCUSE": {"ACCUSE", "PROTEST"}}


@dataclass
class ArticleContext:
    pub_date: date | None
    persons: dict[str, Actor] = field(default_factory=dict)
    history: list[Actor] = field(default_factory=list)
    groups: list[tuple[Actor, ...]] = field(default_factory=list)
    # groups of two or more parties, of one country or several ("the army and the rebels"):
    # what "both sides" can mean
    sides: list[tuple[Actor, ...]] = field(default_factory=list)
    country_mentions: Counter = field(default_factory=Counter)
    first_mention: dict[str, int] = field(default_factory=dict)
    # countries named by name, people or institution, not by a capital (a place as often)
    named_outright: set[str] = field(default_factory=set)
    # (token index, country, kind) of every country named, in the order of the text
    named_positions: list[tuple[int, str, str]] = field(default_factory=list)
    event_pairs: list[tuple[Actor, Actor | None]] = field(default_factory=list)
    # (PLOVER type, source) of the events read so far, for "condemned the attack"
    authors: list[tuple[str, Actor]] = field(default_factory=list)
    # (holder, held) of the detentions and abductions read so far, for a release told later
    # with no agent ("the men would be freed on Friday": releases.py)
    holdings: list[tuple[Actor, Actor]] = field(default_factory=list)
    # (PLOVER type, doer, victim) of the acts of force read so far, for a passive told later
    # with no agent ("two protesters were killed": agentless.py)
    forces: list[tuple[str, Actor, Actor]] = field(default_factory=list)
    # (PLOVER type, source) of the acts told as done or planned, for "welcomed the decision"
    decided: list[tuple[str, Actor]] = field(default_factory=list)
    # (verb lemma, source) of the acts told with a verb, for "condemned the launch"
    deeds: list[tuple[str, Actor]] = field(default_factory=list)
    home_place: Place | None = None  # the dateline's city
    home_country: str | None = None  # the country of the dateline's city
    venue_host: bool = False  # the lead names the dateline's country only as talks' venue
    lead_end: int = 0  # where the story's first sentence ends (a token index)
    told_day: date | None = None  # the day of the last dated event, for "hours earlier"
    # the day "hours later" counts from, kept through sentences of undated acts (offsets.py)
    anchor_day: date | None = None
    # the date of the last meeting, attack and protest told, for "at the meeting", "the raid"
    occasion_days: dict[str, EventDate] = field(default_factory=dict)
    # the day, doers and types of the occasion the story is telling (narrative_days.py)
    told_occasion: Occasion = (None, frozenset(), frozenset())

    def count_country(self, iso3: str, position: int, kind: str = "country") -> None:
        self.country_mentions[iso3] += 1
        self.first_mention.setdefault(iso3, position)
        self.named_positions.append((position, iso3, kind))
        if kind != "capital":
            self.named_outright.add(iso3)

    def remember(self, actors: list[Actor]) -> None:
        for actor in actors:
            self.history.append(actor)
            if actor.kind == "person" and actor.name:
                self.persons[actor.name] = actor
                for part in actor.name.split():
                    # "Battsetseg Dorj" is later "Battsetseg" (given name first) or "Dorj"
                    if len(part) > 3 and part[0].isupper():
                        self.persons.setdefault(part, actor)
                self.persons[actor.name.split()[-1]] = actor
                for part in family_name_parts(actor):  # "Kim Jong Un" is later "Kim"
                    self.persons.setdefault(part, actor)
                self.persons.setdefault(family_name_of(actor), actor)  # "al-Maliki": "Maliki"
        distinct = {a.side for a in actors}
        if len(distinct) >= 2:
            self.groups.append(tuple(actors))
        if len({a.party_key for a in actors}) >= 2:
            self.sides.append(tuple(actors))

    def person(self, name: str) -> Actor | None:
        return self.persons.get(name) or self.persons.get(name.split()[-1])

    def group_of(self, size: int | None) -> list[Actor]:
        """The group of this many countries that the story pairs most often, the latest of
        those, one actor each ("the two neighbours" after an aside on a third country); with
        no size, the latest group of two or more parties, of one country or several ("both
        sides": the army and the rebels)."""
        if size is None:
            return self.opposed_sides()
        sized = [g for g in self.groups if len({a.side for a in g}) == size]
        counts = Counter(frozenset(a.side for a in g) for g in sized)
        best = max(reversed(sized), key=lambda g: counts[frozenset(a.side for a in g)],
                   default=None)
        return list({a.side: a for a in best}.values()) if best else []

    def opposed_sides(self) -> list[Actor]:
        """The latest group of parties that an event set against each other, among the last
        few groups; else the latest group: "Egypt and Qatar mediated talks between Israel and
        Hamas. The two sides agreed to a truce": Israel and Hamas, not the mediators."""
        for group in reversed(self.sides[-SIDES_LOOKBACK:]):
            keys = {a.party_key for a in group}
            if any(target is not None and source.party_key != target.party_key
                   and {source.party_key, target.party_key} <= keys
                   for source, target in self.event_pairs):
                return list(group)
        return list(self.sides[-1]) if self.sides else []

    def talking_sides(self, kinds: set[str]) -> list[Actor]:
        """The parties of talks told with none named ("The next round of talks will be held
        in Caracas"): the latest group of parties holding the author of the latest act of these
        kinds ("Colombia's government and the ELN agreed"), not the guarantors named since;
        else the latest group of countries."""
        author = next((a for told, a in reversed(self.authors) if told in kinds), None)
        for group in reversed(self.sides if author is not None else []):
            if any(a.party_key == author.party_key for a in group):
                return list(group)
        return list(self.groups[-1]) if self.groups else []

    def plural_doer(self) -> Actor | None:
        """The doer of the latest event when it is many people ("Hundreds of farmers marched
        on parliament. They demanded ...": the farmers); None for a state or a person, and
        None when the doer acted with others ("Thai and Cambodian officials met in Jakarta,
        where they agreed": both, the latest group)."""
        if not self.authors:
            return None
        author = self.authors[-1][1]
        if self.groups and len(self.groups[-1]) > 1 and any(
                a.party_key == author.party_key for a in self.groups[-1]):
            return None
        plural = author.kind != "person" and bool(author.title) and _plural_title(author.title)
        return author if plural else None

    def group_reference(self, phrase: str) -> list[Actor] | None:
        """Actors for "the two diplomats", "both sides", "the trio", "troops from the two
        countries"; None if not such a phrase."""
        phrase = phrase.strip(" []")
        members = MEMBERS_REFERENCE.match(phrase)
        if members:
            phrase = members.group("group")
        if SIDES_REFERENCE.match(phrase):
            return self.group_of(None)
        match = GROUP_REFERENCE.match(phrase)
        if not match:
            return None
        return self.group_of(GROUP_WORDS[(match.group("size") or "both").lower()])

    def pronoun(self, word: str, acted_on: bool = False, owning: bool = False) -> list[Actor]:
        """The actors a pronoun stands for; ``acted_on`` for the subject of a passive ("They
        will be released"), which is never the latest doer as such, nor is ``owning`` a
        possessive ("their"): the latest group."""
        word = word.lower()
        if word in PERSON_PRONOUNS:
            for actor in reversed(self.history):
                if actor.kind == "person" or (actor.title and actor.kind != IMPLIED_KIND
                                              and not _plural_title(actor.title)):
                    return [actor]
            return []
        doer = (self.plural_doer() if word in GROUP_PRONOUNS and not (acted_on or owning)
                else None)
        if doer is not None:
            return [doer]  # "They demanded": the protesters who marched
        if word in GROUP_PRONOUNS and self.groups:
            return list(self.groups[-1])
        if word in THING_PRONOUNS:
            for actor in reversed(self.history):
                if actor.kind in ("state", "organisation") and actor.sector != ("CVL",):
                    return [actor]
        return []

    def author_of(self, plover: str, other_than: set[str]) -> Actor | None:
        """The author of the story's first event of this type whose side is not one of these:
        "the attack" is the one the story leads with."""
        kinds = KINDRED_TYPES.get(plover, {plover})
        for told, author in self.authors:
            if told in kinds and another_party(author, other_than, kinds):
                return author
        return None

    def latest_author(self, kinds: set[str], other_than: set[str]) -> Actor | None:
        """The author of the latest event of one of these types whose side is not one of
        these: "the decision" is the policy act told just before."""
        return next((author for told, author in reversed(self.decided)
                     if told in kinds and another_party(author, other_than, kinds)), None)

    def last_called(self, nouns: set[str]) -> Actor | None:
        """The latest actor with a country that one of these nouns names, as written or with
        its plural "s" dropped: a craft ("a United Arab Emirates-flagged tanker"), a crew ("120
        Indian fishermen"). Asked for its own noun first, "the boat" is "a Philippine supply
        boat", not "Chinese coast guard ships" told after it ("Chinese coast guard ships blocked
        a Philippine supply boat ... The Chinese vessels fired water cannon at the boat")."""
        for actor in reversed(self.history):
            written = actor.text.lower().split()
            if actor.country and (set(written) | {w.rstrip("s") for w in written}) & nouns:
                return actor
        return None

    def last_organisation(self) -> Actor | None:
        for actor in reversed(self.history):
            if actor.kind == "organisation" and not actor.country:
                return actor
        return None

    def last_armed_group(self, sectors: set[str]) -> list[Actor]:
        """The armed group "the group" means: the latest organisation or group named, if it
        has one of these sectors ("Kataib Hezbollah ... the group"); none after a rights
        group or an agency ("Hengaw said ... the group said")."""
        for actor in reversed(self.history):
            if actor.kind in ("organisation", "group") or set(actor.sector) & sectors:
                return [actor] if set(actor.sector) & sectors else []
        return []

    def with_sectors(self, sectors: tuple[str, ...]) -> Actor | None:
        """The latest actor with one of these sectors and a country (or an IGO code)."""
        for actor in reversed(self.history):
            international = "IGO" in sectors and (actor.code or "").startswith("IGO")
            if (actor.country or international) and set(actor.sector) & set(sectors):
                return actor
        return None

    def countries_named_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """(token index, country, kind) of the states named by name, adjective or capital
        between two token indices ("... a map that placed Kalapani inside India": India)."""
        named = self.named_positions[bisect_left(self.named_positions, (start,)):
                                     bisect_left(self.named_positions, (end,))]
        return [mention for mention in named if mention[2] in STATE_NAMING_KINDS]

    def named_home(self) -> str | None:
        """The dateline's country when the story names it other than by its capital: a story
        filed from Vienna on Iran ("Foreign ministry spokesman Nasser Kanaani warned", "the
        board met in Vienna") does not make its new officials Austrian, while one filed from
        Seoul that names South Korea does."""
        if self.venue_host:
            return None  # "HAVANA - ... talks opened in the Cuban capital": Cuba only hosts
        return self.home_country if self.home_country in self.named_outright else None

    def local_country(self) -> str | None:
        """Whose unnamed police, protesters and crowds are: the filing country's when the
        lead names it ("CHISINAU - Moldova on Tuesday expelled ...", in a story naming Russia
        more often), else the main country's (not Lithuania's in "VILNIUS - Belarusian
        President Alexander Lukashenko ...")."""
        if not self.venue_host and \
                self.first_mention.get(self.home_country, self.lead_end) < self.lead_end:
            return self.home_country
        return self.main_country()

    def main_country(self) -> str | None:
        if not self.country_mentions:
            return None
        first = min(self.first_mention, key=self.first_mention.get)
        return max(self.country_mentions, key=lambda c: (
            self.country_mentions[c] + LEAD_WEIGHT * (c == first), -self.first_mention.get(c, 0)))


def another_party(author: Actor, own: set[str], kinds: set[str]) -> bool:
    """Whether the author of an act of these kinds is not the reacting side: another state,
    or for an attack rebels of the reacting state's own country ("Al-Shabaab stormed a
    Somali army base ... President Farmaajo condemned the attack"); ``own`` holds the
    reacting sides and their codes."""
    if author.side not in own:
        return True
    return (kinds <= REBEL_ACTS and bool(set(author.sector) & ARMED_NON_STATE_SECTORS)
            and author.party_key not in own)


def _plural_title(title: str) -> bool:
    """"Russian forces", "soldiers": "he" is none of them (a title's last word in -s, not -ss
    as in "congress")."""
    last = title.split()[-1].lower()
    return last.endswith("s") and not last.endswith("ss")
