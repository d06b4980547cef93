"""The sides of an event: the ones a clause leaves unnamed (implied by the story) and how
sources, targets and parties pair up into events (one per directed pair, or one multilateral
event)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.context import ArticleContext
from newsevents.halves import DIVIDED_KIND
from newsevents.implied_recipients import (
    AID_TYPES,
    STATE_FORCE_SECTORS,
    faced_across_frontier,
    implied_recipient,
    implied_state,
    state_force,
)
from newsevents.object_states import object_state
from newsevents.records import (
    IMPLIED_KIND,
    INFERRED_KIND,
    SYMMETRIC_TYPES,
    Actor,
    Place,
    recountry_inferred,
)
from newsevents.syntax import FORCE_TYPES

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# Passives with no agent whose actor is the state of the target ("Melia was detained").
STATE_ACTION_TYPES = {"COERCE"}
# Events whose unnamed actors ("thousands", "crowds") are the people of the place.
CROWD_TYPES = {"PROTEST"}
# A side with this many parties makes one multilateral event instead of one per pair.
MULTILATERAL_SIDE = 3
# Acts a state's forces or government aim at people the story places, not at its own when a
# foreign state acts: force ("Russian border guards detained three local farmers") and
# sanctions ("blacklisted three companies" in a story about Myanmar's military).
AIMED_AWAY_TYPES = FORCE_TYPES | {"SANCTION"}
# Two parties doing this to nobody named did it to each other ("traded fire", "clashed", "both
# moved troops to the border"); two donors of aid give to a third, not to each other.
RECIPROCAL_TYPES = {"ASSAULT", "SUPPORT", "CONCEDE", "RETREAT", "COERCE", "SANCTION", "MOBILIZE"}
# Acts whose unnamed recipient is the other side of the story: the actor who last acted on
# the source, else the latest actor of another country, else the one the source's party last
# acted on ("rejected the charge", "called for the border to be reopened", "warned that Israel
# would act again"). Chosen type by type on the dev and sample gold sets.
REACTIVE_TYPES = {"REJECT", "SUPPORT", "ACCUSE", "MOBILIZE", "THREATEN", "REQUEST", "SANCTION",
                  "RETREAT", "COOPERATE"}
# Parties that, unless someone acted on them, address their own state ("opposition leaders
# warned that they would call a general strike", "the Kuomintang rejected the budget", "trade
# unions rejected the cuts").
SELF_ADDRESSING_SECTORS = {"OPP", "REB", "CVL", "PTY", "LAB"}
# ... of them, the organised ones, which a state's organs threaten, reject and make demands of
# ("warned that the army would respond if the rebels attacked again").
DISSENT_SECTORS = SELF_ADDRESSING_SECTORS - {"CVL"}
# "each other", "one another", "the other": the target is the source's counterpart.
COUNTERPART_WORDS = {"other", "another"}
SIDE_NOUNS = {"side", "party", "country", "government", "army"}
# Verbs and adjectives that make an act go both ways between its two doers ("traded
# accusations", "exchanged threats", "mutual recriminations").
TRADING_VERBS = {"trade", "exchange", "swap"}
MUTUAL_WORDS = {"mutual", "reciprocal"}
# Words by which a phrase names the members of an international body, not the body: an official
# of the body coded as its side ("Borrell urged EU member states", "Stoltenberg urged NATO
# allies", "met EU leaders") acts on them.
MEMBER_WORDS = {"member", "members", "allies", "leaders", "states", "countries", "governments",
                "partners"}
PERSON_KIND = "person"
# A state's attacks with no named victim target the country where they happen; with no place
# either there is no victim to name ("Russia's Defence Ministry said it had struck
# facilities"); rebels' attacks are on their own country.
PLACED_TYPES = {"ASSAULT"}
# Events whose target, when unsaid and not found in the story, is the country where they
# happen or the source's own (protests, crackdowns, domestic disputes). Marked "implied".
DOMESTIC_TYPES = {"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "RETREAT", "MOBILIZE", "REJECT",
                  "ACCUSE", "REQUEST", "THREATEN"}
# Acts a state aims abroad: with no named target, at the one other state the sentence names.
# Measures a state keeps on its own people: easing one is done at home ("lifted a curfew").
HOME_MEASURES = {"curfew", "lockdown"}
AIMED_ABROAD_TYPES = {"REJECT", "RETREAT", "REQUEST", "THREATEN", "ACCUSE"}
# Words that name a country only as where something is ("on the border with Mexico").
# How a crowd's sentence names the foreign country it opposes ("anti-Japanese slogans",
# "marched against Israel", "clashed with Israeli troops").
ANTI_WORDS = {"anti"}
AGAINST_WORDS = {"against"}
CLASH_VERBS = {"clash", "scuffle", "skirmish", "tussle", "grapple", "brawl", "fight"}
GEOGRAPHY_WORDS = {"border", "frontier", "neighbour", "neighbor", "neighbouring", "neighboring",
                   "capital"}
# Nouns whose country word says only where something is: "villages close to the Chinese
# border", "talks in the Mexican capital". Such a phrase names no recipient of an act.
PLACE_HEAD_NOUNS = {"border", "frontier", "boundary", "capital"}
# People a state holds for opposing it: freed with no nationality, they are its own ("freed
# dozens of political prisoners", "released jailed dissidents").
OWN_PEOPLE_NOUNS = {"dissident", "activist", "protester", "demonstrator", "opponent"}
HELD_PEOPLE_NOUNS = {"prisoner", "detainee"}
POLITICAL_WORDS = {"political"}
# People whose nationality names no acting state ("two Syrian nationals").
PRIVATE_PEOPLE_NOUNS = {"national", "citizen", "resident", "refugee", "migrant", "worker",
                        "tourist", "people", "man", "woman", "child", "civilian", "student",
                        "journalist", "passenger", "fisherman", "traveller", "traveler"}


@dataclass(frozen=True, slots=True)
class Sides:
    sources: list[Actor]
    targets: list[Actor]
    parties: list[Actor]  # "between A and B", "bring A and B to the table"
    joint: bool = False  # "jointly fund", "together": the sources act side by side
    mutual: bool = False  # "accused each other", "each side accused the other"


def settle_inferred(targets: list[Actor], sources: list[Actor], place_country: str | None,
                    story_country: str | None = None) -> list[Actor]:
    """A target whose country was only guessed from the article ("killed 14 insurgents",
    "detained 40 people") belongs to the place of the event, or else to the country the story
    is about when a foreign force acts ("Russian border guards detained three local farmers"
    in a Georgian story), or else to the source's country."""
    foreign = bool(sources) and state_force(sources[0]) and sources[0].country != story_country
    country = place_country or (story_country if foreign else None) or (
        sources[0].country if sources else None)
    if not country:
        return targets
    return recountry_inferred(targets, country)


def implied_sources(plover: str, targets: list[Actor], place_country: str | None,
                    local_country: str | None, context: ArticleContext | None = None
                    ) -> list[Actor]:
    """An actor the clause leaves unnamed: detentions are by the state where they happen, or
    else by the one of another country who last acted on the detainees' country ("Two Iranian
    drivers have been detained" after Azerbaijan's police charged Iran), or else the target's
    own ("Melia was detained"); crowds are the people of the place ("Thousands rallied in
    Moscow")."""
    country = place_country or (targets[0].country if targets else None)
    if (plover in STATE_ACTION_TYPES and not place_country and targets and context is not None
            and targets[0].kind != INFERRED_KIND):
        country = _last_acting_on(targets[0], context) or country
    if plover in STATE_ACTION_TYPES and targets and country:
        return [Actor(text="authorities", code=country + "GOV", country=country,
                      sector=("GOV",), kind=IMPLIED_KIND)]
    if plover in CROWD_TYPES and local_country:
        return [Actor(text="crowd", code=local_country + "CVL", country=local_country,
                      sector=("CVL",), kind=IMPLIED_KIND)]
    return []


def _last_acting_on(target: Actor, context: ArticleContext) -> str | None:
    """The country of the latest actor of another country who acted on the target's."""
    for earlier, earlier_target in reversed(context.event_pairs):
        if (earlier_target is not None and earlier_target.country == target.country
                and earlier.country and earlier.country != target.country):
            return earlier.country
    return None


def implied_target(plover: str, source: Actor, context: ArticleContext, place: Place | None,
                   sentence: Span | None = None, trigger: Trigger | None = None
                   ) -> Actor | None:
    """A target the clause leaves implicit: a reaction answers the latest earlier actor of
    another country ("rejected the charge"); protests, crackdowns and attacks with no named
    victim target the country where they happen (or the source's own, except a state's attack
    told with no place: it names no victim)."""
    if recipient := implied_recipient(plover, source, context, place, sentence, trigger):
        return recipient  # aid to a disaster's country, acts on a flagless craft or border
    if plover in REACTIVE_TYPES and not eases_home_measure(trigger):
        answered = answered_actor(source, context)
        if answered is not None:
            return answered
    if plover in AID_TYPES:
        country = context.main_country()
        if country and country != source.country:  # aid goes to the country in the news
            return implied_state(country)
    if plover in DOMESTIC_TYPES:
        country = (place.country if place else None) or (
            None if plover in PLACED_TYPES and state_force(source) else source.country)
        if country == source.country and sentence is not None and not frees_own_people(trigger):
            country = (opposed_state(plover, source, context, sentence)
                       or other_state_in_sentence(plover, source, context, sentence)
                       or object_state(source, context, trigger, _only_geography)
                       or faced_across_frontier(plover, source, context, sentence, trigger)
                       or country)  # "sent a battalion to its western frontier"
        if country:
            return implied_state(country)
    return None


def eases_home_measure(trigger: Trigger | None) -> bool:
    """"The government lifted a night-time curfew in Puno", "the curfew was lifted": a measure
    a state keeps on its own people, eased, answers no one abroad who asked for something
    else, whoever acted on the state last."""
    if trigger is None or trigger.verb is None or trigger.nominal:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HOME_MEASURES
               for c in trigger.verb.children)


def frees_own_people(trigger: Trigger | None) -> bool:
    """"Cuba freed 14 political prisoners on Monday, nine of whom will travel to Spain",
    "Nicaragua released 222 political prisoners and flew them to Washington": political
    prisoners, dissidents and activists freed with no nationality are the state's own people,
    whatever other country the sentence names."""
    if trigger is None or trigger.verb is None or trigger.nominal:
        return False
    objects = [c for c in trigger.verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for o in objects for of in o.children if of.dep_ == "prep"
                and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]  # "dozens of"
    return any(_own_people(noun) for noun in objects)


def _own_people(noun: Token) -> bool:
    """"dissidents", "political prisoners", "political detainees"."""
    lemma = noun.lemma_.lower()
    return lemma in OWN_PEOPLE_NOUNS or (lemma in HELD_PEOPLE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in POLITICAL_WORDS for c in noun.children))


def opposed_state(plover: str, source: Actor, context: ArticleContext, sentence: Span
                  ) -> str | None:
    """The foreign country a crowd's sentence sets itself against: "chanting anti-Japanese
    slogans", "waving anti-American banners", "slogans against Israel", "a rally against
    Russia's occupation", "clashing with Israeli troops"."""
    if plover not in CROWD_TYPES:
        return None
    doc = sentence.doc
    for position, country, _ in context.countries_named_in(sentence.start, sentence.end):
        if country != source.country and _set_against(doc[position]):
            return country
    return None


def _set_against(name: Token) -> bool:
    doc = name.doc
    if name.i >= 2 and doc[name.i - 1].text == "-" and doc[name.i - 2].lower_ in ANTI_WORDS:
        return True  # "anti-Japanese", "anti-US"
    phrase = name
    while phrase.dep_ in ("amod", "compound", "poss", "nmod") and phrase.head is not phrase:
        phrase = phrase.head  # "Israeli troops", "Russia's occupation"
    if phrase.dep_ != "pobj":
        return False
    preposition = phrase.head
    return preposition.lower_ in AGAINST_WORDS or (
        preposition.lower_ == "with" and preposition.head.lemma_.lower() in CLASH_VERBS)


def other_state_in_sentence(plover: str, source: Actor, context: ArticleContext,
                            sentence: Span) -> str | None:
    """The one other country a state's act with no named target names in its sentence: its
    own country is no target of "Nepal would never accept a map that placed Kalapani inside
    India" or "Eritrea would pull its soldiers out of villages inside Ethiopia". A country
    named as where things are ("on the border with Mexico") or as the nationality of private
    people ("two Syrian nationals") is none."""
    if (plover not in AIMED_ABROAD_TYPES or not source.country or not state_force(source)
            or "COP" in source.sector):
        return None
    doc = sentence.doc
    others = {country for position, country, kind in context.countries_named_in(
                  sentence.start, sentence.end)
              if country != source.country and not _only_geography(doc[position])
              and not (kind == "adjective" and doc[position].head.lemma_.lower()
                       in PRIVATE_PEOPLE_NOUNS)}
    return others.pop() if len(others) == 1 else None


def addresses_own_state(actor: Actor) -> bool:
    """An opposition, rebel or civilian side, whose acts are aimed at its own state."""
    return bool(set(actor.sector) & SELF_ADDRESSING_SECTORS)


def domestic_rivals(sources: list[Actor], actors: list[Actor]) -> list[Actor]:
    """The actors of the sources' own country on the other side of its divide: its rebels,
    opposition or parties for an organ of its state ("the minister warned that the army would
    respond if the group attacked again"), an organ of its state for them. Its people are no
    rival ("would respond to any attack on its citizens")."""
    return [actor for actor in actors for source in sources
            if actor.country and actor.country == source.country
            and {_divide_side(source), _divide_side(actor)} == {"state", "dissent"}][:1]


def _divide_side(actor: Actor) -> str | None:
    """"state" for an organ of a state, "dissent" for its opposition, rebels or parties."""
    sectors = set(actor.sector)
    if sectors & STATE_FORCE_SECTORS:
        return "state"
    return "dissent" if sectors & DISSENT_SECTORS else None


def names_only_a_place(head: Token) -> bool:
    """"near the Kenyan border", "in the Cuban capital": a place, not a side."""
    return head.lemma_.lower() in PLACE_HEAD_NOUNS


def _only_geography(name: Token) -> bool:
    """"on the border with Mexico", "which borders Venezuela", "neighbouring Syria"."""
    nearby = [name.head, name.head.head, *name.children]
    return any(token.lemma_.lower() in GEOGRAPHY_WORDS for token in nearby)


def answered_actor(source: Actor, context: ArticleContext) -> Actor | None:
    """Whom a reaction with no named target answers: the latest actor of another country who
    acted on the source ("NATO rejected the criticism"), else the actor of the other country
    the story names most (the latest of equals: "India and Pakistan traded fire ... The US
    urged restraint. Pakistan said it would respond" answers India, not the US), else the one
    the source's party last acted on. The opposition, rebels or citizens
    answer only who acted on them: else they address their own state ("opposition leaders
    warned they would call a general strike")."""
    own = source.side
    state = not (source.country and addresses_own_state(source))
    for earlier, earlier_target in reversed(context.event_pairs):
        if (earlier_target is not None and earlier_target.side == own != earlier.side
                and (state or earlier_target.party_key == source.party_key)):
            return earlier
    if state:
        others = [earlier for earlier, _ in context.event_pairs if earlier.side != own]
        if others:  # the story's most named other side, the latest of equals
            return max(reversed(others), key=lambda a: context.country_mentions.get(a.side, 0))
    return last_acted_on(source, context)


def last_acted_on(source: Actor, context: ArticleContext) -> Actor | None:
    """The actor of another country the source's party last acted on, when no one has acted on
    it: "Israeli jets struck Hezbollah positions. The Israeli military warned that Israel would
    act again": the warning is to Lebanon. A state's organs are one party; its opposition or
    rebels are not the state ("the opposition condemned the arrests" made by the police)."""
    for earlier, earlier_target in reversed(context.event_pairs):
        if (earlier.side == source.side and earlier_target is not None
                and earlier_target.side != source.side
                and (earlier.party_key == source.party_key
                     or (state_force(earlier) and state_force(source)))):
            return earlier_target
    return None


def names_each_other(target_heads: list[Token], trigger: Trigger | None = None) -> bool:
    """"accused each other", "blamed one another", "each side accused the other (side)",
    "traded accusations", "exchanged threats", "mutual recriminations": the target is the
    other party of the source's group. Talks and deals are one event either way."""
    if trigger is not None and trigger.coding.plover not in SYMMETRIC_TYPES and (
            trigger.head.lemma_.lower() in TRADING_VERBS or _traded_thing(trigger.head)
            or any(c.lower_ in MUTUAL_WORDS for t in trigger.tokens for c in t.children)):
        return True
    return any(head.lower_ in COUNTERPART_WORDS or (head.lemma_.lower() in SIDE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in head.children)) for head in target_heads)


def _traded_thing(word: Token) -> bool:
    """"exchanged warnings", "exchanged warning shots" (the small model hangs "warning" on
    the verb as a complement): what a trading verb's sides give each other."""
    if word.dep_ in ("compound", "amod"):
        word = word.head
    return (word.dep_ in ("dobj", "xcomp") and word.head.pos_ == "VERB"
            and word.head.lemma_.lower() in TRADING_VERBS)


def rivals_at_home(trigger: Trigger, source_heads: list[Token], target_heads: list[Token],
                   sources: list[Actor], by_code: Callable[[list[Token]], list[Actor]]
                   ) -> list[Actor]:
    """Two sides of one country that act on each other stay two sources, though one actor per
    country is kept on a side: "South Sudan's government and rebels accused each other"."""
    if len(sources) != 1 or not names_each_other(target_heads, trigger):
        return sources
    rivals = by_code(source_heads)
    return rivals if len(rivals) == 2 else sources


def unique_actors(actors: list[Actor], per_country: bool) -> list[Actor]:
    """One actor per party: per country on a side ("Russian lawmakers, officials and
    companies" is one target), per code among parties (government and opposition)."""
    unique: dict[str, Actor] = {}
    for actor in actors:
        key = actor.side if per_country and actor.kind != DIVIDED_KIND else actor.party_key
        unique.setdefault(key, actor)
    return list(unique.values())


def members_addressed(target: Actor, sources: list[Actor]) -> bool:
    """The members of an international body, addressed by one of its officials ("Borrell urged
    EU member states"): a side of their own, though coded as the body."""
    return (target.code is not None and target.code.startswith("IGO")
            and any(s.kind == PERSON_KIND for s in sources)
            and bool(set(target.text.lower().split()) & MEMBER_WORDS))


def pair_up(sides: Sides, plover: str, one_by_one: bool = False
            ) -> list[tuple[Actor, Actor | None, list[Actor]]]:
    """Source/target/participant triples: one event per directed pair; one multilateral event
    for three or more parties acting together (or one actor acting on three or more); visits
    and calls to several ("one_by_one") are one each."""
    sources, targets, parties = sides.sources, sides.targets, sides.parties
    if sides.mutual and len(sources) == 2 and not parties:  # "accused each other"
        return [(sources[0], sources[1], []), (sources[1], sources[0], [])]
    if one_by_one and len(sources) == 1 and len(targets) >= 2 and not parties:
        return [(sources[0], t, []) for t in targets]
    if parties:
        everyone = list({a.party_key: a for a in parties}.values())
        if sources and plover not in SYMMETRIC_TYPES and len(everyone) == 1:
            return [(s, everyone[0], []) for s in sources]
        if len(everyone) == 2 and plover in RECIPROCAL_TYPES and not sources:
            # "fighting between Cambodian and Thai troops": each fired on the other
            return [(everyone[0], everyone[1], []), (everyone[1], everyone[0], [])]
        if len(everyone) >= 2:
            return [(everyone[0], everyone[1], everyone[2:])]
        sources = sources or everyone
        targets = targets or ([] if sources == everyone else everyone)
    if not sources:
        return []
    source_keys = {s.party_key for s in sources}
    targets = [t for t in targets
               if t.party_key not in source_keys or members_addressed(t, sources)]
    if plover in SYMMETRIC_TYPES and len(sources) + len(targets) >= 3:
        everyone = list({a.party_key: a for a in sources + targets}.values())
        return [(everyone[0], None, everyone[1:])]
    if plover in SYMMETRIC_TYPES and len(sources) == 2 and not targets:
        return [(sources[0], sources[1], [])]
    if len(sources) >= MULTILATERAL_SIDE or len(targets) >= MULTILATERAL_SIDE:
        return [(sources[0], targets[0] if targets else None, sources[1:] + targets[1:])]
    if not targets:
        if plover in RECIPROCAL_TYPES and len(sources) == 2 and not sides.joint:
            return [(sources[0], sources[1], []), (sources[1], sources[0], [])]
        return [(s, None, []) for s in sources]
    return [(s, t, []) for s in sources for t in targets]
