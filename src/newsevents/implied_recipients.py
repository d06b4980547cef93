"""Recipients a clause leaves unnamed that its sentence or story supplies: aid goes to the
country the disaster struck ("dispatched a rescue team after the quake that killed 35,000
people in Turkey"); a state's act on a craft named with no flag ("fired water cannon at the
supply boat Unaizah May 4"), or on a border, airspace or crossing ("sealed the border"), is
aimed at the other state of the story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents.context import ArticleContext
from newsevents.records import IMPLIED_KIND, Actor, Place

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

AID_TYPES = {"AID"}
# Acts of force or authority a state aims at a craft or at a frontier.
AIMED_AT_OTHERS_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
# Things whose owner or far side is a foreign state when the sentence names none.
CRAFT_NOUNS = {"vessel", "boat", "ship", "trawler", "tanker", "freighter", "ferry", "tug",
               "tugboat", "yacht", "dhow", "airliner", "convoy", "corvette", "frigate", "cutter"}
# Frontiers a state closes or seals ("sealed the border", "shut its airspace").
FRONTIER_NOUNS = {"border", "frontier", "crossing", "airspace"}
FRONTIER_TYPES = {"COERCE", "SANCTION"}
# Deployments to a frontier at home, which face the state across it, and where they go.
FRONTIER_DEPLOYMENT_TYPES = {"MOBILIZE"}
DEPLOYMENT_FRONTIER_NOUNS = {"border", "frontier", "boundary"}
DESTINATION_PREPOSITIONS = {"to", "toward", "towards", "along", "on", "near", "at", "into"}
FRONTIER_WORD_DEPS = {"compound", "amod", "nmod"}  # "the border town of Chaman"
# How an act's object is attached: "seized the tanker", "fired at the boat", "the border was
# closed".
OBJECT_DEPS = {"dobj", "nsubjpass"}
AIMED_PREPOSITIONS = {"at", "on", "against"}
# A country named as the aid's origin is not its recipient ("crossed from Chad").
ORIGIN_PREPOSITIONS = {"from"}
# Words that join a name into its phrase ("Turkey's disaster agency", "Singapore and Malaysia").
PHRASE_DEPS = {"compound", "amod", "poss", "conj", "appos", "nmod", "cc", "case"}
ANY_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# Sectors that act for the state with force.
STATE_FORCE_SECTORS = {"MIL", "GOV", "COP"}


def implied_recipient(plover: str, source: Actor, context: ArticleContext,
                      place: Place | None, sentence: Span | None,
                      trigger: Trigger | None = None) -> Actor | None:
    """The recipient of aid ("sent relief supplies to flood victims in Sindh": Pakistan) or
    the state a craft or frontier act is aimed at ("Chinese ships rammed the trawler"), or
    None when the sentence and story give no such recipient."""
    if sentence is None or not source.country:
        return None
    if plover in AID_TYPES:
        return implied_state(_aided_country(source, context, place, sentence))
    at_home = place is None or place.country in (None, source.country)
    if (plover in AIMED_AT_OTHERS_TYPES and state_force(source) and trigger is not None
            and _acts_on_craft_or_frontier(plover, trigger, sentence, crafts=at_home)):
        return implied_state(_other_in_sentence(source, context, sentence)
                             or _story_counterpart(source, context))
    return None


def faced_across_frontier(plover: str, source: Actor, context: ArticleContext,
                          sentence: Span, trigger: Trigger | None) -> str | None:
    """The state across the frontier a state's forces were sent to at home ("sent an extra
    battalion to its western frontier after mortar rounds fired inside Myanmar": Myanmar): the
    other state the sentence names, else the story's; None for other acts."""
    if (plover not in FRONTIER_DEPLOYMENT_TYPES or not state_force(source) or trigger is None
            or not _sent_to_frontier(trigger)):
        return None
    return _other_in_sentence(source, context, sentence) or _story_counterpart(source, context)


def _sent_to_frontier(trigger: Trigger) -> bool:
    """Forces sent to, massed on or moved along a frontier ("sent an extra battalion to its
    western frontier", "rushed reinforcements to the border town of Chaman"); not a place
    that only borders another ("to the province, which borders Venezuela")."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return False
    places = [o for prep in verb.children if prep.dep_ == "prep"
              and prep.lower_ in DESTINATION_PREPOSITIONS for o in prep.children
              if o.dep_ == "pobj"]
    return any(word.lemma_.lower() in DEPLOYMENT_FRONTIER_NOUNS and word.pos_ == "NOUN"
               for place in places for word in (place, *place.children)
               if word is place or word.dep_ in FRONTIER_WORD_DEPS)


def _aided_country(source: Actor, context: ArticleContext, place: Place | None,
                   sentence: Span) -> str | None:
    """The first other state the aid's sentence names ("the quake ... in Turkey and Syria":
    Turkey), else the country of the place the aid went to."""
    other = _other_in_sentence(source, context, sentence)
    if other:
        return other
    if place is not None and place.country and place.country != source.country:
        return place.country
    return None


def _other_in_sentence(source: Actor, context: ArticleContext, sentence: Span) -> str | None:
    """The first state the sentence names by name other than the source's own, and not as a
    doer ("Singapore and Malaysia flew tents", "Turkey's disaster agency said"), a
    nationality ("French weapons") or an origin ("crossed from Chad")."""
    doc = sentence.doc
    for position, country, kind in context.countries_named_in(sentence.start, sentence.end):
        head = _phrase_head(doc[position])
        if (country != source.country and kind != "adjective" and head.dep_ not in ANY_SUBJECT_DEPS
                and not (head.dep_ == "pobj" and head.head.lower_ in ORIGIN_PREPOSITIONS)):
            return country
    return None


def _story_counterpart(source: Actor, context: ArticleContext) -> str | None:
    """The other state of the story: whoever of another country last used force on the
    source's country or had force used on it (aid given is no quarrel), else the country
    named most often after the source's."""
    for _, doer, victim in reversed(context.forces):
        if not doer.country or not victim.country:
            continue
        if victim.country == source.country != doer.country:
            return doer.country
        if doer.country == source.country != victim.country:
            return victim.country
    others = [(count, -context.first_mention.get(country, 0), country)
              for country, count in context.country_mentions.items() if country != source.country]
    return max(others)[2] if others else None


def _acts_on_craft_or_frontier(plover: str, trigger: Trigger, sentence: Span,
                               crafts: bool = True) -> bool:
    """The act's own object is a craft ("blasted the fisheries vessel Datu Tamblot", "fired
    at a fishing boat") or, for a closure, a frontier ("sealed the Torkham border crossing",
    "shut its airspace"); the doer's own ships or jets are none, and so is a boat another
    clause acts on ("opened fire after smugglers abandoned a boat"). A craft counts only when
    the act's place is in the doer's country (``crafts``, or no place); a frontier lies on two
    states' border wherever the crossing's row lists it ("Pakistan closed the Torkham
    crossing", Torkham listed in Afghanistan)."""
    nouns = (CRAFT_NOUNS if crafts else set()) | (
        FRONTIER_NOUNS if plover in FRONTIER_TYPES else set())
    objects = _objects_of(trigger)
    return any(token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in nouns
               and _phrase_head(token).i in objects for token in sentence)


def _objects_of(trigger: Trigger) -> set[int]:
    """What the trigger's words act on: their objects ("seized the tanker", "the border was
    closed") and the objects of their at/on/against ("fired at the boat", "fired water cannon
    at the boat")."""
    words = {*trigger.tokens, *([trigger.verb] if trigger.verb is not None else [])}
    objects = [c for word in words for c in word.children if c.dep_ in OBJECT_DEPS]
    return {o.i for o in objects} | {
        o.i for word in (*words, *objects) for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPOSITIONS
        for o in prep.children if o.dep_ == "pobj"}


def _phrase_head(token):
    """The head of the noun phrase a word is part of ("the Thai border" -> border)."""
    while token.dep_ in PHRASE_DEPS and token.head is not token:
        token = token.head
    return token


def state_force(actor: Actor) -> bool:
    """A state's own forces or government (or the state itself), not its rebels or people."""
    return not actor.sector or bool(set(actor.sector) & STATE_FORCE_SECTORS)


def implied_state(country: str | None) -> Actor | None:
    """The state ``country`` as a side the story supplies ("implied"), or None for none."""
    if not country:
        return None
    return Actor(text=country, code=country, country=country, kind=IMPLIED_KIND)
