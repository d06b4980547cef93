"""Which place in a sentence belongs to which event trigger: the place where the event happened,
not any place the sentence names. A place belongs to the trigger its phrase hangs on within the
same clause (``attach.owner_of``); scenes ("Speaking in Sydney, ..."), "where" clauses, statements
("told reporters in Ankara") and the occasions an event noun names add the rest."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.attach import MEETING_TYPES, VERBAL_QUADS, owner_of
from newsevents.crowd_homes import place_crowd_homes
from newsevents.elaborated_places import (
    place_presence_clauses,
    place_struck_objects,
    place_talks_before_speaking,
    place_violence_responded_to,
    share_same_moment_places,
)
from newsevents.entities import entities_in
from newsevents.handover_places import place_handovers
from newsevents.occasion_places import place_occasion_clauses
from newsevents.place_names import (
    PLACE_LABELS,
    SITE_NAME_NOUNS,
    back_reference,
    place_spans,
    the_capital,
    the_seat,
    told_place,
    unlisted_place,
)
from newsevents.places import TOWN_NOUNS, Gazetteer
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Event, Place
from newsevents.syntax import FORCE_TYPES  # their purpose infinitive tells where they were used
from newsevents.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.actors import NameMention

# Areas that hold towns: a town named with one is the smaller place ("an army post at
# Tongomayel, in Burkina Faso's northern Soum province").
REGION_NOUNS = {"province", "region", "governorate", "oblast", "state", "prefecture", "county",
                "regency"}
# Types whose goods or forces arrive at the capital they are sent to.
DELIVERED_TYPES = {"AID", "MOBILIZE"}
# Words of being somewhere on a trip, whose purpose happens there: "is due in Conakry to meet
# the junta's leader", "is expected in Ouagadougou next week for talks with Damiba".
PRESENCE_WORDS = {"due", "expected", "arrive"}
# Types whose forces sent to a country are there: "would send troops to Libya" happens in Libya.
STATIONED_TYPES = {"MOBILIZE"}
# Participles that set the scene of their clause's acts: "Speaking in Sydney, Tillerson urged",
# "EU leaders meeting in Brussels did not impose", "Attending a summit in Bali, Xi warned".
SETTING_PARTICIPLES = {"speak", "meet", "address", "gather", "attend"}
# Acts in the street that a story filed from a town of the country tells without a place
# happened in that town (measured on the dev set: annotators place them there).
STREET_TYPES = {"PROTEST"}
# Statuses of street acts not held yet, or not at all: "called a nationwide strike for Monday",
# "vowed to hold further demonstrations next week" are not placed in the dateline's town.
UNHELD_STATUSES = {"planned", "negated"}
# Acts done to a town that name it as their object happened there: "bombed the Georgian town of
# Gori", "seized the garrison town of Diabaly", "took control of the oil city of Kirkuk".
STRUCK_TYPES = {"ASSAULT", "COERCE", "RETREAT"}
# Acts that close or open a site named as their object happen there: "closed the Ghulam Khan
# border crossing", "reopened the Kuznica crossing".
CLOSING_TYPES = STRUCK_TYPES | {"SANCTION", "CONCEDE"}
# Parts of a town an act is done to, whose town is the act's place: "bombed the outskirts of
# Bentiu", "filled the streets of central Beirut", "paralysed the centre of Dhaka", "seized the
# heart of the old city of Homs".
TOWN_PART_NOUNS = {"outskirts", "outskirt", "street", "centre", "center", "heart", "edge",
                   "suburb", "environs", "downtown", "neighbourhood", "neighborhood",
                   "district", "quarter"}
# Statements, which are made in a town: a country, a sea or a province named in one is what it
# is about, or where others are ("accused parties inside and outside Lebanon", "called for a
# new election in Belarus", "In Greece, the opposition leader accused ...").
SPOKEN_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
# Seats of a state's power that stand in its capital: "outside Georgia's parliament" is in
# Tbilisi, "stormed Kenya's parliament" in Nairobi.
SEAT_NOUNS = {"parliament", "palace", "congress", "senate", "presidency", "legislature",
              "assembly", "capitol"}
# Nouns of a trip whose acts happen where it goes: "Livni, on a visit to Paris, turned down",
# "said during a trip to Nairobi", "urged on a tour of Gulf capitals".
TRIP_NOUNS = {"visit", "trip", "tour", "stop", "stopover", "journey", "mission"}
# Prepositions that put an act on a trip: "on a visit to", "during a trip to".
TRIP_PREPS = {"on", "during", "while"}
# Words that make a statement and the statements they make: "in a statement issued in
# Mogadishu", "in remarks made in Kabul", "in a speech delivered in Accra", "in a communique
# released in Abuja": the place is where the statement, and what it says, was made.
ISSUING_PARTICIPLES = {"issue", "release", "publish", "make", "deliver", "give", "read",
                       "broadcast", "post", "send", "carry"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "speech", "address",
                   "remark", "interview", "letter", "message", "briefing", "video", "note",
                   "comment"}

# Speakers whose town is where they said what they said: "officials in Seoul said", "a
# spokesman in Islamabad said", "sources in Kabul told Reuters".
SPEAKER_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "ministry",
                 "government", "authority", "source", "diplomat", "leader", "minister"}  # lemmas
# Envoys whose posting a place after them names: "recalled its ambassador in Bogota".
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "charge",
               "chargé", "emissary", "representative", "diplomats", "envoys"}
# Acts that bring an envoy home from his posting, decided at home: "recalled its ambassador in
# Bogota", "withdrew its envoy in Doha", "pulled its diplomats in Kabul" (annotators place a
# summons, a meeting or an expulsion in the envoy's town: "summoned Turkey's ambassador in
# Baghdad").
RECALLING_VERBS = {"recall", "withdraw", "pull"}


def place_rank(place: Place, gazetteer: Gazetteer, entity: Span) -> tuple[bool, bool, bool, bool]:
    """Which of two places in one clause to keep: a town over its country, a town over the
    region it lies in ("near Bosso in Niger's Diffa region"), a named town over the city that
    describes it ("the Dakar suburb of Pikine"), a listed place over an unlisted name ("the
    Russian Black Sea resort of Sochi")."""
    doc = entity.doc
    region = (entity.end < len(doc) and doc[entity.end].lemma_.lower() in REGION_NOUNS) or (
        len(entity) > 1 and entity[-1].lemma_.lower() in REGION_NOUNS)  # "Soum province"
    return gazetteer.is_country(place), region, _describes_a_town(entity.root), \
        place.geonameid is None


def _describes_a_town(name: Token) -> bool:
    """"Dakar" in "the Dakar suburb of Pikine": a name on a town noun that names its town."""
    noun = name.head
    return (name.dep_ == "compound" and noun.lemma_.lower() in TOWN_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def could_be_actor(place: Place, trigger: Trigger, gazetteer: Gazetteer) -> bool:
    """A country or a capital after "from"/"to" is a side; a visit goes to a capital, and so
    do goods and troops that are delivered ("flew tents to Dushanbe")."""
    if gazetteer.is_country(place):
        return trigger.coding.plover not in STATIONED_TYPES
    return (gazetteer.is_capital(place) and trigger.coding.mode != "visit"
            and trigger.coding.plover not in DELIVERED_TYPES)


def places_by_trigger(sent: Span, triggers: list[Trigger], gazetteer: Gazetteer,
                      context_countries: Mapping[str, int],
                      names: Mapping[int, NameMention] | None = None,
                      home: Place | None = None, *, day: date | None) -> dict[int, Place]:
    """The place of each trigger (keyed by the trigger head index). ``names`` maps tokens to
    the actor names they belong to: a place inside a longer name ("al Qaeda in the Arabian
    Peninsula") is not where anything happened. ``home`` is the place of the dateline, what
    "this town" names; ``day`` the story's, what "the capital" means on it."""
    found: dict[int, Place] = {}
    if not triggers:
        return found
    spans = place_spans(sent, gazetteer, names)
    statements = clause_places(sent, spans, triggers, gazetteer, context_countries, names,
                               home, found, day)
    shared_places(sent, spans, statements, triggers, gazetteer, context_countries, home, found, day)
    for trigger in triggers:
        place = found.get(trigger.head.i)
        if place is not None and not _said_there(trigger, place, gazetteer):
            del found[trigger.head.i]  # "accused parties inside and outside Lebanon"
    return found


def clause_places(sent: Span, spans: list[Span], triggers: list[Trigger], gazetteer: Gazetteer,
                  context_countries: Mapping[str, int], names: Mapping[int, NameMention] | None,
                  home: Place | None, found: dict[int, Place], day: date | None
                  ) -> list[tuple[Token, Span]]:
    """The places the triggers' own clauses give ("detained 700 people in Moscow"), the most
    precise one per trigger, into ``found``; returns the statements made in a place that no
    trigger owns ("in a statement issued in Mogadishu"), for ``shared_places``."""
    ranks: dict[int, tuple[bool, bool, bool, bool]] = {}
    statements: list[tuple[Token, Span]] = []
    for entity in spans:
        if names and (_inside_a_name(entity, names) or _names_a_person(entity, names)):
            continue
        anchor = issued_statement(entity.root) or entity.root
        attachment = owner_of(anchor, triggers, for_place=True)
        if attachment.trigger is None and attachment.via_location_prep:
            attachment = replace(attachment, trigger=force_purpose_owner(anchor, triggers))
        owner = attachment.trigger
        if owner is None and (speech := statement_at(anchor)) is not None:
            statements.append((speech, entity))
        struck = owner is not None and struck_town(entity.root, owner)
        if owner is None or not (attachment.via_location_prep or struck):
            continue
        if envoy_posting(entity.root):
            continue
        place = resolve_place(entity, gazetteer, context_countries, day, home) or \
            unlisted_place(entity, sent, gazetteer, context_countries)
        if place is None:
            continue
        wide = gazetteer.is_country(place) or (entity.label_ == "LOC" and place.geonameid is None)
        if (attachment.via_argument or struck) and wide:
            continue  # "detained 700 people in Moscow" yes; "discussed the war in Syria" or
            # "developments in the Middle East" no
        if attachment.via_actor_prep and could_be_actor(place, owner, gazetteer):
            continue  # "talks with Kabul", "sent aid to Yemen"
        if not _said_there(owner, place, gazetteer):
            continue  # "Across the Atlantic, the spokesman urged ..., telling reporters in
            # Washington"
        rank = place_rank(place, gazetteer, entity)
        if owner.head.i not in found or rank < ranks[owner.head.i]:
            found[owner.head.i], ranks[owner.head.i] = place, rank
    return statements


def shared_places(sent: Span, spans: list[Span], statements: list[tuple[Token, Span]],
                  triggers: list[Trigger], gazetteer: Gazetteer,
                  context_countries: Mapping[str, int], home: Place | None,
                  found: dict[int, Place], day: date | None) -> None:
    """Places a trigger takes from elsewhere in its sentence: its object's, a "where" clause's,
    a scene participle's ("Speaking in Moscow"), a trip's, a statement's, "here", the opening
    scene's, a struck town's, a presence clause's, an act of the same moment's."""
    def town_of(entity: Span) -> Place | None:
        return _town_of(entity, sent, gazetteer, context_countries, day)

    inherit_object_places(triggers, found)
    place_where_clauses(sent, triggers, gazetteer, context_countries, found, day)
    place_scenes(spans, triggers, gazetteer, context_countries, found, day)
    place_trip_purposes(spans, triggers, gazetteer, context_countries, found, day)
    place_trips(spans, triggers, lambda e: resolve_place(e, gazetteer, context_countries, day),
                found)
    place_talks_before_speaking(spans, triggers, town_of, found)
    for speech, entity in statements:
        place = resolve_place(entity, gazetteer, context_countries, day)
        if place is not None:
            place_statements(speech, place, triggers, found)
    if home is not None and not gazetteer.is_country(home):
        place_here(triggers, replace(home, text="here"), found)
    place_opening_scene(sent, spans, triggers, gazetteer, context_countries, found, day)
    place_struck_objects(spans, triggers, town_of, found)
    place_presence_clauses(spans, triggers, town_of, found)
    place_occasion_clauses(spans, triggers, town_of, found)  # "a summit, which is held in Addu"
    place_crowd_homes(spans, triggers, town_of, found)  # "residents of Kassala staged a sit-in"
    place_handovers(spans, triggers, town_of, found)  # "freed them, handing them over at Wagah"
    share_same_moment_places(triggers, found)
    place_violence_responded_to(triggers, found)


def _said_there(trigger: Trigger, place: Place, gazetteer: Gazetteer) -> bool:
    """A statement is made in a town, not in a country, a sea or a province."""
    return trigger.coding.plover not in SPOKEN_TYPES or (
        place.precision == "city" and not gazetteer.is_country(place))


def _town_of(entity: Span, sent: Span, gazetteer: Gazetteer,
             context_countries: Mapping[str, int], day: date | None) -> Place | None:
    """The place a span names when it is smaller than a country: "near Baidoa" yes, "in
    Syria" no."""
    place = resolve_place(entity, gazetteer, context_countries, day) or unlisted_place(
        entity, sent, gazetteer, context_countries)
    return None if place is None or gazetteer.is_country(place) else place


def struck_town(name: Token, trigger: Trigger) -> bool:
    """A town an act of force is done to, named as its object, or a part of any town an act
    is done to ("shelled the outskirts of Bentiu"): "bombed the Georgian town of Gori",
    "sealed off the West Bank town of Ramallah", "took control of the city of Kirkuk" (not
    "imposed sanctions on Moscow", not "attacked the embassy")."""
    site = name
    while site.dep_ == "compound" and site.head.i > site.i:
        site = site.head  # "closed the Ghulam Khan border crossing"
    if site.lemma_.lower() in SITE_NAME_NOUNS and trigger.coding.plover in CLOSING_TYPES:
        return site.dep_ == "dobj" and site.head.i in trigger.indices
    if name.dep_ == "pobj" and name.head.lower_ == "of" and \
            name.head.head.lemma_.lower() in TOWN_PART_NOUNS:
        part = name.head.head  # "bombed the outskirts of Bentiu", "filled the streets of Beirut"
        return part.dep_ == "dobj" and part.head.i in trigger.indices
    if trigger.coding.plover not in STRUCK_TYPES:
        return False
    noun = name
    if name.dep_ == "pobj" and name.head.lower_ == "of" and \
            name.head.head.lemma_.lower() in TOWN_NOUNS:
        noun = name.head.head  # "the town of Gori"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "took control of the city": the control taken
        if noun.i in trigger.indices:
            return True
    return noun.dep_ == "dobj" and noun.head.i in trigger.indices


def place_opening_scene(sent: Span, spans: list[Span], triggers: list[Trigger],
                        gazetteer: Gazetteer, context_countries: Mapping[str, int],
                        found: dict[int, Place], day: date | None) -> None:
    """A sentence that opens on its town sets the scene of its acts: "In Kfar Darom, riot
    police used water cannon against youths who had barricaded themselves ..."; but an act
    someone there reports is not placed by where it is reported ("In New Delhi, the minister
    said India would send a medical team")."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return
    opening = next((e for e in spans if e.root.head == sent[0] and e.end < sent.end
                    and sent.doc[e.end].text == ","), None)
    place = resolve_place(opening, gazetteer, context_countries, day) if opening else None
    if place is None or gazetteer.is_country(place):
        return
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i in found or verb is None:
            continue
        reported = any(a.lemma_.lower() in SPEECH_VERBS for a in verb.ancestors)
        if not reported or trigger.coding.quad in VERBAL_QUADS:
            found[trigger.head.i] = place


def place_here(triggers: list[Trigger], home: Place, found: dict[int, Place]) -> None:
    """An act done "here" happened in the town the story is filed from: "China and Ethiopia
    signed an agreement here Tuesday"."""
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i not in found and verb is not None and any(
                c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children):
            found[trigger.head.i] = home


def resolve_place(entity: Span, gazetteer: Gazetteer, context_countries: Mapping[str, int],
                  day: date | None, home: Place | None = None) -> Place | None:
    """A place name from the gazetteer; "the capital" is the capital of the country its
    adjective names ("in the Chinese capital"), else of the story's main country; "the town"
    is the town the story named last ("around the town"), "this town" the dateline's."""
    if len(entity) == 1 and back_reference(entity.root):
        return told_place(entity.root, gazetteer, context_countries, home)
    if entity.root.lower_ != "capital" and not the_seat(entity.root):
        place = gazetteer.lookup(entity.text, context_countries)
        if place is not None and entity.root.dep_ == "poss" and gazetteer.is_country(place) \
                and entity.root.head.lemma_.lower() in SEAT_NOUNS:
            return gazetteer.capital_of(place.country, entity.text, day) or place  # "Georgia's
            # parliament"
        return place
    country = None
    for child in entity.root.children:
        if child.dep_ in ("amod", "compound") and (
                found := gazetteer.country_of_adjective(child.text)) is not None:
            country = found.country
    if country is None and context_countries:
        country = max(context_countries, key=context_countries.get)
    return gazetteer.capital_of(country, entity.text, day)


def place_scenes(spans: list[Span], triggers: list[Trigger], gazetteer: Gazetteer,
                 context_countries: Mapping[str, int], found: dict[int, Place],
                 day: date | None) -> None:
    """The acts of a verb whose scene a participle sets happened in its town ("Speaking in
    Sydney, Tillerson encouraged ..."), and so did the statements made under it; a country is no
    scene ("speaking in western Kenya").
    ``spans`` are the sentence's place spans."""
    for entity in spans:
        main = scene_of(entity.root)
        place = resolve_place(entity, gazetteer, context_countries, day) if main else None
        if place is None or gazetteer.is_country(place):
            continue
        place_acts_of(main, place, triggers, found)  # "Scholz, speaking at a news conference
        # in Berlin, said Germany stands firmly behind ...": what he said there


def place_trip_purposes(spans: list[Span], triggers: list[Trigger], gazetteer: Gazetteer,
                        context_countries: Mapping[str, int], found: dict[int, Place],
                        day: date | None) -> None:
    """The purpose of a trip happens where the trip goes: "a mission is due in Ouagadougou
    next week for talks with Damiba", "ministers are due in Conakry on Friday to meet"."""
    for entity in spans:
        root = entity.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        word = root.head.head
        if word.lemma_.lower() not in PRESENCE_WORDS:
            continue
        trip = word.head if word.dep_ == "acomp" else word
        place = resolve_place(entity, gazetteer, context_countries, day)
        if place is None or gazetteer.is_country(place):
            continue
        for trigger in triggers:
            head, verb = trigger.head, trigger.verb
            purpose = (head.head.lower_ == "for" and head.head.head == trip) or (
                verb is not None and verb.dep_ == "advcl" and verb.head == trip)
            if purpose and trigger.head.i not in found:
                found[trigger.head.i] = place


def force_purpose_owner(place: Token, triggers: list[Trigger]) -> Trigger | None:
    """The act of force whose purpose infinitive a place is in: "used water cannon to break
    up a rally by teachers in Nairobi", "fired tear gas to disperse crowds in Lagos"."""
    verb = place
    for _ in range(8):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((t for t in triggers if t.verb == verb.head
                 and t.coding.plover in FORCE_TYPES), None)


def place_trips(spans: list[Span], triggers: list[Trigger],
                resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """The acts of a verb done on a trip happened where the trip went: "Livni, on a visit
    to Paris, turned down a French proposal", "rejected the plan during a trip to Nairobi",
    "Visiting Kabul, the minister urged ..."; and so did what was said there."""
    for entity in spans:
        main = trip_verb(entity.root)
        place = resolve(entity) if main is not None else None
        if place is None:
            continue
        place_acts_of(main, place, triggers, found)


def trip_verb(place: Token) -> Token | None:
    """The verb whose acts were done on a trip to a place: "turned" in "Livni, on a visit to
    Paris, turned down", "said" in "said during a trip to Nairobi", "urged" in "Visiting
    Kabul, the minister urged"."""
    if place.dep_ == "dobj" and place.head.lemma_.lower() == "visit" and place.head.tag_ == "VBG":
        visiting = place.head  # "Visiting Kabul, ...", "the minister, visiting Kabul, ..."
        if visiting.dep_ == "advcl":
            return visiting.head
        if visiting.dep_ == "acl" and visiting.head.dep_ == "nsubj":
            return visiting.head.head
        return None
    if place.dep_ != "pobj" or place.head.lower_ not in ("to", "of"):
        return None
    trip = place.head.head
    if trip.lemma_.lower() not in TRIP_NOUNS or trip.dep_ != "pobj" or \
            trip.head.lower_ not in TRIP_PREPS:
        return None
    holder = trip.head.head
    if holder.pos_ in ("VERB", "AUX"):
        return holder
    return holder.head if holder.dep_ == "nsubj" else None


def scene_of(place: Token) -> Token | None:
    """The verb whose acts a scene-setting participle places: "Speaking in Sydney,
    Tillerson encouraged", "Ghani, speaking at a gathering in Kabul, accused", "leaders
    meeting in Brussels did not impose"."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    current = place.head.head
    for _ in range(5):
        if current.pos_ == "VERB":
            break
        if current.dep_ not in ("pobj", "prep", "dobj") or current.head == current:
            return None  # "Addressing a rally in Gulu", "attending a summit in Bali"
        current = current.head
    if current.lemma_.lower() not in SETTING_PARTICIPLES or current.tag_ not in ("VBG", "VBN"):
        return None
    if current.dep_ == "advcl":
        return current.head
    if current.dep_ in ("acl", "appos") and current.head.dep_ in ("nsubj", "nsubjpass"):
        return current.head.head
    return None


def place_where_clauses(sent: Span, triggers: list[Trigger], gazetteer: Gazetteer,
                        context_countries: Mapping[str, int], found: dict[int, Place],
                        day: date | None) -> None:
    """Events told in a "where" clause on a place happened there: "fighting continued in
    Marib, where Houthi forces attacked government positions", "met in the Indonesian capital,
    where they agreed to a ceasefire"."""
    for token in sent:
        if token.dep_ != "relcl" or not any(c.lower_ == "where" for c in token.children):
            continue
        entity = next((e for e in entities_in(sent) if e.label_ in PLACE_LABELS
                       and e.start <= token.head.i < e.end), None)
        place = gazetteer.lookup(entity.text, context_countries) if entity else None
        if entity is None and the_capital(token.head):  # "in the Indonesian capital, where"
            place = resolve_place(sent.doc[token.head.i:token.head.i + 1], gazetteer,
                                  context_countries, day)
        if place is None:
            continue
        for trigger in triggers:
            verb = trigger.verb
            if verb is not None and trigger.head.i not in found and (
                    verb == token or (verb.dep_ == "conj" and verb.head == token)):
                found[trigger.head.i] = place


def _inside_a_name(entity: Span, names: Mapping[int, NameMention]) -> bool:
    mention = names.get(entity.start)
    if mention is None or any(e.kind in ("country", "capital") for e in mention.entries):
        return False
    return mention.span.start < entity.start or mention.span.end > entity.end


def _names_a_person(entity: Span, names: Mapping[int, NameMention]) -> bool:
    """"Called on Petro to freeze the talks": a name the model tags as a place that the actor
    dictionary knows only as a person's (Gustavo Petro) is no place."""
    mention = names.get(entity.start)
    return (mention is not None and mention.span.start == entity.start
            and mention.span.end == entity.end
            and all(e.kind == "person" for e in mention.entries))


def envoy_posting(place: Token) -> bool:
    """A place that says where a recalled envoy is posted, not where the recall was decided:
    "recalled its ambassador in Bogota", "withdrew its envoys in Doha and Riyadh"."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return False
    envoy = place.head.head
    return (envoy.lemma_.lower() in ENVOY_NOUNS and envoy.dep_ in ("dobj", "nsubjpass")
            and envoy.head.lemma_.lower() in RECALLING_VERBS)


def issued_statement(place: Token) -> Token | None:
    """The statement a place says where it was issued, which hangs where the place then
    belongs: "In a statement issued in Mogadishu, the ministry dismissed ...", "said in
    remarks made in Kabul that ..."."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    participle = place.head.head
    noun = participle.head
    if (participle.dep_ == "acl" and participle.tag_ == "VBN"
            and participle.lemma_.lower() in ISSUING_PARTICIPLES
            and noun.lemma_.lower() in STATEMENT_NOUNS):
        return noun
    return None


def statement_at(place: Token) -> Token | None:
    """The speech verb a place says where a statement was made: "told reporters in Ankara",
    "said in a speech in Gaza", "In Washington, Rice said"."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    current = place.head.head
    if (current.lemma_.lower() in SPEAKER_NOUNS and current.dep_ == "nsubj"
            and current.head.lemma_.lower() in SPEECH_VERBS):
        return current.head  # "officials in Seoul said Kang would press Tokyo"
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            return current if current.lemma_.lower() in SPEECH_VERBS else None
        if current.dep_ not in ("dobj", "pobj", "prep", "dative") or current.head == current:
            return None
        current = current.head
    return None


def place_acts_of(main: Token, place: Place, triggers: list[Trigger],
                  found: dict[int, Place]) -> None:
    """The acts of a verb a scene or a trip places ("Visiting Kabul, the minister urged ...":
    the verb, its conjuncts and complements) happened there, and so did what was said there."""
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i not in found and verb is not None and (
                verb == main or (verb.dep_ in ("conj", "xcomp") and verb.head == main)):
            found[trigger.head.i] = place
    place_statements(main, place, triggers, found)


def place_statements(speech: Token, place: Place, triggers: list[Trigger],
                     found: dict[int, Place]) -> None:
    """Demands, accusations and other statements made in a statement happened where it was
    made; so does the act a speech participle elaborates ("rejected the criticism, telling
    reporters in Ankara ...")."""
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.head.i in found or verb is None or trigger.coding.quad not in VERBAL_QUADS
                or (trigger.coding.plover in MEETING_TYPES and not _refused(verb))):
            continue  # a meeting is held elsewhere; a refusal to meet is said there
        if speech in verb.ancestors or (speech.head == verb and speech.dep_ in ("advcl", "conj")):
            found[trigger.head.i] = place


def _refused(verb: Token) -> bool:
    """A meeting refused in words: "said Khartoum would not negotiate with Juba", "vowed
    never to talk to the rebels"."""
    return any(c.dep_ == "neg" for c in verb.children)


def inherit_object_places(triggers: list[Trigger], found: dict[int, Place]) -> None:
    """An event acting on another event happens where that one did: "lifted the curfew
    imposed on Gyumri", "called off the strike in Lagos"."""
    for trigger in triggers:
        if trigger.head.i in found or trigger.verb is None:
            continue
        for other in triggers:
            place = found.get(other.head.i)
            if place is not None and other is not trigger and any(
                    (child.i in other.indices or _describes_with(other, child))
                    and child.dep_ in ("dobj", "nsubjpass")
                    for child in trigger.verb.children):
                found[trigger.head.i] = place
                break


def _describes_with(trigger: Trigger, noun: Token) -> bool:
    """The trigger is a participle on the noun ("the curfew imposed on Gyumri")."""
    verb = trigger.verb
    return verb is not None and verb.dep_ == "acl" and verb.head == noun


def place_street_acts(events: list[Event], home: Place | None,
                      gazetteer: Gazetteer) -> list[Event]:
    """A country's own protests told with no place, in a story filed from one of its towns,
    happened in that town: "Several hundred Tamil women marched on Monday" under a
    KILINOCHCHI dateline."""
    if home is None or home.country is None or gazetteer.is_country(home):
        return events
    return [replace(e, location=home) if (
        e.event_type in STREET_TYPES and e.location is None and e.parties
        and e.status not in UNHELD_STATUSES
        and all(a.side == home.country for a in e.parties)) else e for e in events]
