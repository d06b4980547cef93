"""Places a trigger takes from elsewhere in its sentence, after its own clause's (``placing``):
its object's ("lifted the curfew imposed on Gyumri"), a "where" clause's, a scene participle's
("Speaking in Sydney, ..."), a trip's ("on a visit to Paris"), a statement's ("told reporters in
Ankara"), "here", the opening scene's ("In Kfar Darom, ...") and the other elaborations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from newsevents.closed_sites import place_closed_sites
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
from newsevents.place_names import unlisted_place
from newsevents.place_references import back_reference, the_capital, the_seat, told_place
from newsevents.place_words import PLACE_LABELS
from newsevents.places import Gazetteer
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Place
from newsevents.shared_subjects import place_reporters_seats, place_shared_subjects, told_as_done
from newsevents.sheltered_recipients import place_sheltered_recipients
from newsevents.speech_dates import MEETING_TYPES, VERBAL_QUADS
from newsevents.syntax import SUBJECT_DEPS
from newsevents.town_phrases import NAMED_TOWN_NOUNS
from newsevents.triggers import Trigger
from newsevents.visitor_clauses import visitor_clause_verb

# Words of being somewhere on a trip, whose purpose happens there: "is due in Conakry to meet
# the junta's leader", "is expected in Ouagadougou next week for talks with Damiba".
PRESENCE_WORDS = {"due", "expected", "arrive"}
# Participles that set the scene of their clause's acts: "Speaking in Sydney, Tillerson urged",
# "EU leaders meeting in Brussels did not impose", "Attending a summit in Bali, Xi warned".
SETTING_PARTICIPLES = {"speak", "meet", "address", "gather", "attend"}
# A participle's ending, and the links of a participle clause on its subject.
ING = "ing"
SCENE_CLAUSE_DEPS = {"acl", "appos"}
# Seats of a state's power that stand in its capital: "outside Georgia's parliament" is in
# Tbilisi, "stormed Kenya's parliament" in Nairobi.
SEAT_NOUNS = {"parliament", "palace", "congress", "senate", "presidency", "legislature",
              "assembly", "capitol"}
# Nouns of a trip whose acts happen where it goes: "Livni, on a visit to Paris, turned down",
# "said during a trip to Nairobi", "urged on a tour of Gulf capitals".
TRIP_NOUNS = {"visit", "trip", "tour", "stop", "stopover", "journey", "mission"}
# Prepositions that put an act on a trip: "on a visit to", "during a trip to".
TRIP_PREPS = {"on", "during", "while"}
# Auxiliaries of an act refused ahead: "would not be released", "will not bow".
REFUSING_AUXILIARIES = {"will", "would", "wo", "shall"}
# A word after an opening town before its comma: "In Goma itself, ...".
OPENING_EMPHASIS = {"itself"}

def shared_places(sent: Span, spans: list[Span], statements: list[tuple[Token, Span]],
                  triggers: list[Trigger], gazetteer: Gazetteer,
                  context_countries: Mapping[str, int], home: Place | None,
                  found: dict[int, Place], day: date | None) -> None:
    """Places a trigger takes from elsewhere in its sentence: its object's, a "where" clause's,
    a scene participle's ("Speaking in Moscow"), a trip's, a statement's, "here", the opening
    scene's, a struck town's, a presence clause's, an act of the same moment's."""
    def town_of(entity: Span) -> Place | None:
        return town_in_span(entity, sent, gazetteer, context_countries, day)

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
    place_sheltered_recipients(spans, triggers, town_of, found)  # "food to people sheltering
    # at the U.N. compound in Juba"
    place_shared_subjects(spans, triggers, town_of, found)  # "parliament in Addis Ababa voted
    # to extend"
    place_reporters_seats(spans, triggers, town_of, found)  # "officials in Goma said they had"
    share_same_moment_places(triggers, found)
    place_violence_responded_to(triggers, found)
    place_closed_sites(sent, triggers, town_of, found)  # "shut the crossing"


def town_in_span(entity: Span, sent: Span, gazetteer: Gazetteer,
             context_countries: Mapping[str, int], day: date | None) -> Place | None:
    """The place a span names when it is smaller than a country: "near Baidoa" yes, "in
    Syria" no."""
    place = resolve_place(entity, gazetteer, context_countries, day) or unlisted_place(
        entity, sent, gazetteer, context_countries)
    return None if place is None or gazetteer.is_country(place) else place


def place_opening_scene(sent: Span, spans: list[Span], triggers: list[Trigger],
                        gazetteer: Gazetteer, context_countries: Mapping[str, int],
                        found: dict[int, Place], day: date | None) -> None:
    """A sentence that opens on its town sets the scene of its acts: "In Kfar Darom, riot
    police used water cannon against youths who had barricaded themselves ..."; an act someone
    there reports as done happened there too ("In Amman, Jordan announced that it was
    recalling its ambassador", "In Goma itself, the World Food Programme said it had
    distributed food"), but not one still to come ("In New Delhi, the minister said India
    would send a medical team")."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return
    opening = next((e for e in spans if _opens_the_sentence(e, sent)), None)
    place = resolve_place(opening, gazetteer, context_countries, day) if opening else None
    if place is None or gazetteer.is_country(place):
        return
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i in found or verb is None:
            continue
        speech = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
        if speech is None or trigger.coding.quad in VERBAL_QUADS or told_as_done(verb, speech):
            found[trigger.head.i] = place


def _opens_the_sentence(entity: Span, sent: Span) -> bool:
    """The place of an opening "In X, ...": "In Moscow,", "In Goma itself,", "In Rutshuru
    territory, where ..."."""
    noun = next((c for c in sent[0].children if c.dep_ == "pobj"), None)
    if noun is None or not (entity.root == noun or entity.root.head == noun):
        return False
    after = sent.doc[noun.i + 1] if noun.i + 1 < sent.end else None
    if after is not None and after.lower_ in OPENING_EMPHASIS and after.i + 1 < sent.end:
        after = sent.doc[after.i + 1]
    return after is not None and after.text == ","


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


def place_trips(spans: list[Span], triggers: list[Trigger],
                resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """The acts of a verb done on a trip happened where the trip went: "Livni, on a visit
    to Paris, turned down a French proposal", "rejected the plan during a trip to Nairobi",
    "Visiting Kabul, the minister urged ..."; and so did what was said there."""
    for entity in spans:
        main = trip_verb(entity.root) or visitor_clause_verb(entity.root)  # "by X, who met"
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
    meeting in Brussels did not impose", "Speaking at a ceremony in the Black Sea city of
    Trabzon, Erdogan said"."""
    if place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lemma_.lower() in NAMED_TOWN_NOUNS:
        place = place.head.head  # "the Black Sea city of Trabzon"
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    current = place.head.head
    for _ in range(5):
        if current.pos_ == "VERB" or _participle_read_as_noun(current):
            break
        if current.dep_ not in ("pobj", "prep", "dobj") or current.head == current:
            return None  # "Addressing a rally in Gulu", "attending a summit in Bali"
        current = current.head
    if _participle_read_as_noun(current):
        pass  # "The council, meeting in Addis Ababa, condemned": "meeting" tagged a noun
    elif current.lemma_.lower() not in SETTING_PARTICIPLES or \
            current.tag_ not in ("VBG", "VBN"):
        return None
    if current.dep_ in ("advcl", "csubj"):  # "EU leaders meeting in Brussels did not impose":
        return current.head  # the model may read the participle as the subject
    if current.dep_ in ("acl", "appos") and current.head.dep_ in SUBJECT_DEPS:
        return current.head.head
    return None


def _participle_read_as_noun(word: Token) -> bool:
    """"meeting" in "The council, meeting in Addis Ababa, condemned", which the model tags as
    a noun but hangs on the subject as a participle clause."""
    return (word.dep_ in SCENE_CLAUSE_DEPS and word.pos_ == "NOUN"
            and word.lower_.endswith(ING) and word.lower_[:-len(ING)] in SETTING_PARTICIPLES)


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
        if (trigger.head.i in found or verb is None
                or (trigger.coding.quad not in VERBAL_QUADS and not _refused_ahead(verb))
                or (trigger.coding.plover in MEETING_TYPES and not _refused(verb))):
            continue  # a meeting is held elsewhere; a refusal to meet is said there, and so
            # is a refusal of any act ahead ("told ambassadors in Conakry that the former
            # president would not be released")
        if speech in verb.ancestors or (speech.head == verb and speech.dep_ in ("advcl", "conj")):
            found[trigger.head.i] = place


def _refused(verb: Token) -> bool:
    """A meeting refused in words: "said Khartoum would not negotiate with Juba", "vowed
    never to talk to the rebels"."""
    return any(c.dep_ == "neg" for c in verb.children)


def _refused_ahead(verb: Token) -> bool:
    """An act its speaker says will not be done, a refusal in words: "would not be
    released", "will not bow to pressure" (not "had not attacked", a denial of a deed)."""
    return _refused(verb) and any(c.dep_ == "aux" and c.lower_ in REFUSING_AUXILIARIES
                                  for c in verb.children)


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
