"""Which place in a sentence belongs to which event trigger: the place where the event happened,
not any place the sentence names. A place belongs to the trigger its phrase hangs on within the
same clause (``attach.owner_of``); scenes ("Speaking in Sydney, ..."), "where" clauses, statements
("told reporters in Ankara") and the occasions an event noun names add the rest."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.attach import (
    MEETING_TYPES,
    VERBAL_QUADS,
    owner_of,
)
from newsevents.elaborated_places import place_struck_objects
from newsevents.entities import doc_entities, entities_in
from newsevents.places import TOWN_NOUNS, Gazetteer, place_key
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Event, Place
from newsevents.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.actors import NameMention

# Sites a place name can own: "Tehran's airport" is in Tehran, "Caracas' claim" is nowhere.
SITE_NOUNS = {"airport", "port", "prison", "jail", "square", "outskirts", "centre", "center",
              "street", "embassy", "palace", "parliament", "university", "hospital", "camp",
              "base", "suburb", "neighbourhood", "neighborhood", "harbour", "harbor", "coast",
              "border", "market", "mosque", "church", "stadium", "station"}
# Nouns that follow the name of an area: "the Arhab district", "Ye-U township".
# Sites named by a proper noun before them; the name is the place: "near the Preah Vihear
# temple", "the Mitiga airport", "the Ghulam Khan border crossing", "the Shaybah field".
SITE_NAME_NOUNS = {"temple", "airport", "airbase", "crossing", "field", "refinery", "dam",
                   "checkpoint", "base", "plant"}
AREA_NOUNS = {"district", "province", "region", "township", "governorate", "county",
              "prefecture", "oblast", "regency"}
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
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Participles that set the scene of their clause's acts: "Speaking in Sydney, Tillerson urged",
# "EU leaders meeting in Brussels did not impose".
SETTING_PARTICIPLES = {"speak", "meet", "address", "gather"}
# Prepositions before a town's name that the model may tag as something else or not at all.
TOWN_PREPS = {"in", "near", "outside", "around", "at", "to", "towards", "toward", "into"}
# Words that make a place a reference point, not a scene: "40 km northeast of the capital".
BEARING_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest", "km", "kilometres", "kilometers", "miles"}
# Nouns that name again, with "the", a town the story has named: "shelled positions north of
# the city" (Kismayo, named before), "overran army positions around the town".
TOWN_REFERENCES = {"city", "town", "village"}
# Nouns that name again any place the story has named: "sent 1,500 troops to the area".
AREA_REFERENCES = {"area", "province"}
# Nouns that name again the place whose name holds them: "camps on islands in the lake"
# (Lake Chad).
NAMED_REFERENCES = {"lake"}
REFERENCE_NOUNS = TOWN_REFERENCES | AREA_REFERENCES | NAMED_REFERENCES
# A place name in these roles stands for its government, not for a place told again.
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss"}
# Acts in the street that a story filed from a town of the country tells without a place
# happened in that town (measured on the dev set: annotators place them there).
STREET_TYPES = {"PROTEST"}
# Acts done to a town that name it as their object happened there: "bombed the Georgian town of
# Gori", "seized the garrison town of Diabaly", "took control of the oil city of Kirkuk".
STRUCK_TYPES = {"ASSAULT", "COERCE", "RETREAT"}
# Acts that close or open a site named as their object happen there: "closed the Ghulam Khan
# border crossing", "reopened the Kuznica crossing".
CLOSING_TYPES = STRUCK_TYPES | {"SANCTION", "CONCEDE"}
# Determiners of a back-reference; "this" names the town the story is filed from ("marched
# through this northern town").
REFERENCE_DETERMINERS = {"the", "this"}


def place_rank(place: Place, gazetteer: Gazetteer,
               entity: Span) -> tuple[bool, bool, bool, bool]:
    """Which of two places in one clause to keep: a town over its country, a town over the
    region it lies in ("near Bosso in Niger's Diffa region"), a named town over the city that
    describes it ("the Dakar suburb of Pikine"), a listed place over an unlisted name ("the
    Russian Black Sea resort of Sochi")."""
    doc = entity.doc
    region = entity.end < len(doc) and doc[entity.end].lemma_.lower() in REGION_NOUNS
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
                      home: Place | None = None) -> dict[int, Place]:
    """The place of each trigger (keyed by the trigger head index). ``names`` maps tokens to
    the actor names they belong to: a place inside a longer name ("al Qaeda in the Arabian
    Peninsula") is not where anything happened. ``home`` is the place of the dateline, what
    "this town" names."""
    found: dict[int, Place] = {}
    if not triggers:
        return found
    ranks: dict[int, tuple[bool, bool, bool, bool]] = {}
    statements: list[tuple[Token, Span]] = []
    spans = place_spans(sent, gazetteer, names)
    for entity in spans:
        if names and (_inside_a_name(entity, names) or _names_a_person(entity, names)):
            continue
        attachment = owner_of(entity.root, triggers, for_place=True)
        owner = attachment.trigger
        if owner is None and (speech := statement_at(entity.root)) is not None:
            statements.append((speech, entity))
        struck = owner is not None and struck_town(entity.root, owner)
        if owner is None or not (attachment.via_location_prep or struck):
            continue
        place = resolve_place(entity, gazetteer, context_countries, home) or unlisted_place(
            entity, sent, gazetteer, context_countries)
        if place is None:
            continue
        wide = gazetteer.is_country(place) or (entity.label_ == "LOC" and place.geonameid is None)
        if (attachment.via_argument or struck) and wide:
            continue  # "detained 700 people in Moscow" yes; "discussed the war in Syria" or
            # "developments in the Middle East" no
        if attachment.via_actor_prep and could_be_actor(place, owner, gazetteer):
            continue  # "talks with Kabul", "sent aid to Yemen"
        rank = place_rank(place, gazetteer, entity)
        if owner.head.i not in found or rank < ranks[owner.head.i]:
            found[owner.head.i], ranks[owner.head.i] = place, rank
    inherit_object_places(triggers, found)
    place_where_clauses(sent, triggers, gazetteer, context_countries, found)
    place_scenes(spans, triggers, gazetteer, context_countries, found)
    place_trip_purposes(spans, triggers, gazetteer, context_countries, found)
    for speech, entity in statements:
        place = resolve_place(entity, gazetteer, context_countries)
        if place is not None:
            place_statements(speech, place, triggers, found)
    if home is not None and not gazetteer.is_country(home):
        place_here(triggers, replace(home, text="here"), found)
    place_opening_scene(sent, spans, triggers, gazetteer, context_countries, found)
    place_struck_objects(spans, triggers, lambda e: _town_of(e, sent, gazetteer,
                                                             context_countries), found)
    return found


def _town_of(entity: Span, sent: Span, gazetteer: Gazetteer,
             context_countries: Mapping[str, int]) -> Place | None:
    """The place a span names when it is smaller than a country: "near Baidoa" yes, "in
    Syria" no."""
    place = resolve_place(entity, gazetteer, context_countries) or unlisted_place(
        entity, sent, gazetteer, context_countries)
    return None if place is None or gazetteer.is_country(place) else place


def struck_town(name: Token, trigger: Trigger) -> bool:
    """A town an act of force is done to, named as its object: "bombed the Georgian town of
    Gori", "sealed off the West Bank town of Ramallah", "took control of the city of Kirkuk"
    (not "imposed sanctions on Moscow", not "attacked the embassy")."""
    site = name
    while site.dep_ == "compound" and site.head.i > site.i:
        site = site.head  # "closed the Ghulam Khan border crossing"
    if site.lemma_.lower() in SITE_NAME_NOUNS and trigger.coding.plover in CLOSING_TYPES:
        return site.dep_ == "dobj" and site.head.i in trigger.indices
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
                        found: dict[int, Place]) -> None:
    """A sentence that opens on its town sets the scene of its acts: "In Kfar Darom, riot
    police used water cannon against youths who had barricaded themselves ..."; but an act
    someone there reports is not placed by where it is reported ("In New Delhi, the minister
    said India would send a medical team")."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return
    opening = next((e for e in spans if e.root.head == sent[0] and e.end < sent.end
                    and sent.doc[e.end].text == ","), None)
    place = resolve_place(opening, gazetteer, context_countries) if opening else None
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
                  home: Place | None = None) -> Place | None:
    """A place name from the gazetteer; "the capital" is the capital of the country its
    adjective names ("in the Chinese capital"), else of the story's main country; "the town"
    is the town the story named last ("around the town"), "this town" the dateline's."""
    if len(entity) == 1 and back_reference(entity.root):
        return told_place(entity.root, gazetteer, context_countries, home)
    if entity.root.lower_ != "capital":
        return gazetteer.lookup(entity.text, context_countries)
    country = None
    for child in entity.root.children:
        if child.dep_ in ("amod", "compound") and (
                found := gazetteer.country_of_adjective(child.text)) is not None:
            country = found.country
    if country is None and context_countries:
        country = max(context_countries, key=context_countries.get)
    return gazetteer.capital_of(country, entity.text)


def place_scenes(spans: list[Span], triggers: list[Trigger], gazetteer: Gazetteer,
                 context_countries: Mapping[str, int], found: dict[int, Place]) -> None:
    """The acts of a verb whose scene a participle sets happened in its town ("Speaking in
    Sydney, Tillerson encouraged ..."), and so did the statements made under it; a country is no
    scene ("speaking in western Kenya").
    ``spans`` are the sentence's place spans."""
    for entity in spans:
        main = scene_of(entity.root)
        place = resolve_place(entity, gazetteer, context_countries) if main else None
        if place is None or gazetteer.is_country(place):
            continue
        for trigger in triggers:
            verb = trigger.verb
            if trigger.head.i not in found and verb is not None and (
                    verb == main or (verb.dep_ in ("conj", "xcomp") and verb.head == main)):
                found[trigger.head.i] = place
        place_statements(main, place, triggers, found)  # "Scholz, speaking at a news conference
        # in Berlin, said Germany stands firmly behind ...": what he said there


def place_trip_purposes(spans: list[Span], triggers: list[Trigger], gazetteer: Gazetteer,
                        context_countries: Mapping[str, int], found: dict[int, Place]) -> None:
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
        place = resolve_place(entity, gazetteer, context_countries)
        if place is None or gazetteer.is_country(place):
            continue
        for trigger in triggers:
            head, verb = trigger.head, trigger.verb
            purpose = (head.head.lower_ == "for" and head.head.head == trip) or (
                verb is not None and verb.dep_ == "advcl" and verb.head == trip)
            if purpose and trigger.head.i not in found:
                found[trigger.head.i] = place


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
        if current.dep_ not in ("pobj", "prep") or current.head == current:
            return None
        current = current.head
    if current.lemma_.lower() not in SETTING_PARTICIPLES or current.tag_ not in ("VBG", "VBN"):
        return None
    if current.dep_ == "advcl":
        return current.head
    if current.dep_ in ("acl", "appos") and current.head.dep_ in ("nsubj", "nsubjpass"):
        return current.head.head
    return None


def place_where_clauses(sent: Span, triggers: list[Trigger], gazetteer: Gazetteer,
                        context_countries: Mapping[str, int], found: dict[int, Place]) -> None:
    """Events told in a "where" clause on a place happened there: "fighting continued in
    Marib, where Houthi forces attacked government positions", "met in the Indonesian capital,
    where they agreed to a ceasefire"."""
    for token in sent:
        if token.dep_ != "relcl" or not any(c.lower_ == "where" for c in token.children):
            continue
        entity = next((e for e in entities_in(sent) if e.label_ in PLACE_LABELS
                       and e.start <= token.head.i < e.end), None)
        place = gazetteer.lookup(entity.text, context_countries) if entity else None
        if entity is None and _the_capital(token.head):  # "in the Indonesian capital, where"
            place = resolve_place(sent.doc[token.head.i:token.head.i + 1], gazetteer,
                                  context_countries)
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


def statement_at(place: Token) -> Token | None:
    """The speech verb a place says where a statement was made: "told reporters in Ankara",
    "said in a speech in Gaza", "In Washington, Rice said"."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    current = place.head.head
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            return current if current.lemma_.lower() in SPEECH_VERBS else None
        if current.dep_ not in ("dobj", "pobj", "prep", "dative") or current.head == current:
            return None
        current = current.head
    return None


def place_statements(speech: Token, place: Place, triggers: list[Trigger],
                     found: dict[int, Place]) -> None:
    """Demands, accusations and other statements made in a statement happened where it was
    made; so does the act a speech participle elaborates ("rejected the criticism, telling
    reporters in Ankara ...")."""
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.head.i in found or verb is None or trigger.coding.quad not in VERBAL_QUADS
                or trigger.coding.plover in MEETING_TYPES):
            continue
        if speech in verb.ancestors or (speech.head == verb and speech.dep_ in ("advcl", "conj")):
            found[trigger.head.i] = place


def unlisted_place(entity: Span, sent: Span, gazetteer: Gazetteer,
                   context_countries: Mapping[str, int]) -> Place | None:
    """A place name the gazetteer lacks, in the country the sentence puts it ("the Nigerien
    town of Bosso", "Halgan in central Somalia") or else the article's main country."""
    if entity.label_ not in ("GPE", "LOC", "FAC", "") or entity.text.islower():
        return None
    country = None
    phrase = entity.root.head.head if entity.root.dep_ == "pobj" else entity.root
    words = list(sent.doc[phrase.left_edge.i: max(phrase.right_edge.i, entity.end) + 2])
    for word in words:  # the model may tag "Nigerien" as a person: look at the words
        if entity.start <= word.i < entity.end or not word.text[:1].isupper():
            continue
        found = gazetteer.country_of_adjective(word.text) or gazetteer.lookup(word.text)
        if found is not None and gazetteer.is_country(found):
            country = found.country
            break
    if country is None and context_countries:
        country = max(context_countries, key=context_countries.get)
    return gazetteer.unlisted(entity.text, country)


def place_spans(sent: Span, gazetteer: Gazetteer,
                names: Mapping[int, NameMention] | None = None) -> list[Span]:
    """Place entities, big cities the model takes for people ("visited Tbilisi"), names after
    "the town of", "the port of" ("near the Nigerien town of Bosso") and names before
    "district", "province" ("in the Arhab district")."""
    spans = [_whole_name(e, gazetteer) for e in entities_in(sent) if (e.label_ in PLACE_LABELS or (
        e.label_ in ("PERSON", "ORG") and (gazetteer.is_big_city(e.text)
                                           or _town_after_preposition(e, gazetteer, names))))
        and not e.text.islower()  # "metro fares": no town called Metro
        and (e.root.dep_ != "poss" or _owns_a_site(e.root))
        and (not e.text.endswith(("'s", "'")) or _owns_a_site(e.root))]
    # "Caracas' claim" is not where it happened; "Tehran's airport" is
    taken = {t.i for e in spans for t in e}
    spans.extend(sent.doc[t.i:t.i + 1] for t in sent if _the_capital(t) or back_reference(t))
    spans.extend(town for t in sent if t.i not in taken
                 and (town := _untagged_town(t, gazetteer, names)) is not None)
    for token in sent:
        if token.lemma_.lower() not in TOWN_NOUNS or token.i + 2 >= sent.end:
            continue
        of, first = token.nbor(1), token.nbor(2)
        if of.lower_ != "of" or first.pos_ != "PROPN" or first.i in taken:
            continue
        end = first.i + 1
        while end < sent.end and sent.doc[end].pos_ == "PROPN":
            end += 1
        spans.append(sent.doc[first.i:end])
    for token in sent:
        if token.lemma_.lower() not in AREA_NOUNS | SITE_NAME_NOUNS or token.i == sent.start:
            continue
        end = token.i
        while end > sent.start and sent.doc[end - 1].pos_ == "NOUN" and \
                sent.doc[end - 1].dep_ == "compound" and token.lemma_.lower() in SITE_NAME_NOUNS:
            end -= 1  # "the Ghulam Khan border crossing"
        start = end
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and (
                sent.doc[start - 1].pos_ == "PROPN" or _hyphen_start(sent, start - 1) < start - 1):
            start = _hyphen_start(sent, start - 1)  # "in Ye-U township"
        if start < end and not any(i in taken for i in range(start, end)):
            spans.append(sent.doc[start:end])  # "in the Arhab district", "near the Preah
            # Vihear temple", "hit the Mitiga airport"
    return spans


def _hyphen_start(sent: Span, start: int) -> int:
    """The first word of a hyphened name whose last part starts at ``start``: "Ye" of
    "Ye-U township", "Kok" of "Kok-Tash village"."""
    doc = sent.doc
    while (start - 2 >= sent.start and doc[start - 1].text == "-"
           and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
           and doc[start - 2].text[:1].isupper()):
        start -= 2
    return start


def _untagged_town(token: Token, gazetteer: Gazetteer,
                   names: Mapping[int, NameMention] | None) -> Span | None:
    """"near the bus station in Arequipa" where the model tags no entity: a proper noun after
    "in", "near", "at" that the gazetteer knows as a town and the actor dictionary does not."""
    if (token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "pobj"
            or token.head.lower_ not in TOWN_PREPS or (names is not None and token.i in names)):
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and \
            token.doc[start - 1].pos_ == "PROPN" and not token.doc[start - 1].ent_type_:
        start -= 1
    span = token.doc[start:token.i + 1]
    place = gazetteer.lookup(span.text)
    return span if place is not None and place.precision == "city" else None


def _the_capital(token: Token) -> bool:
    """"in the capital", "the Chinese capital", "the capital's Musaga district": a city named
    by its rank, not "the capital of Chad" or "the capital, Abuja" (the name is there)."""
    if token.lower_ != "capital" or token.dep_ not in ("pobj", "poss", "dobj"):
        return False
    if token.head.lower_ == "of" and token.head.head.lower_ in BEARING_WORDS:
        return False  # "northeast of the capital"
    children = list(token.children)
    described = any(c.dep_ == "relcl" for c in children)  # "the capital, where ..."
    if any(c.dep_ in ("prep", "appos") for c in children) or (not described and any(
            c.dep_ == "punct" for c in children)):
        return False
    if token.dep_ == "poss" and not (_owns_a_site(token)
                                     or token.head.lemma_.lower() in AREA_NOUNS):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children)


def _whole_name(entity: Span, gazetteer: Gazetteer) -> Span:
    """"Banja Luka" when the model tags only "Banja": the gazetteer's name that the entity's
    last word is a compound of."""
    doc, end = entity.doc, entity.end
    while (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
           and doc[end].pos_ == "PROPN" and not doc[end].ent_type_):
        end += 1
    whole = doc[entity.start:end]
    return whole if end > entity.end and gazetteer.index.get(place_key(whole.text)) else entity


def _town_after_preposition(entity: Span, gazetteer: Gazetteer,
                            names: Mapping[int, NameMention] | None) -> bool:
    """"a district of Kherson" where the model calls Kherson an organisation: a name after "of",
    "in" or "near" that the gazetteer knows as a town and the actor dictionary does not."""
    root = entity.root
    if root.dep_ != "pobj" or root.head.lower_ not in TOWN_PREPS | {"of"}:
        return False
    if names is not None and entity.start in names:
        return False
    place = gazetteer.lookup(entity.text)
    return place is not None and place.precision == "city"


def _owns_a_site(token: Token) -> bool:
    return token.dep_ == "poss" and token.head.lemma_.lower() in SITE_NOUNS


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


def back_reference(token: Token) -> bool:
    """A town or area named again by a noun with "the" or "this" and no name of its own:
    "north of the city", "through this northern town", "sent troops to the area" (not "the
    city of Gao", "the town's market", "the area around Goma")."""
    if token.lower_ not in REFERENCE_NOUNS or token.dep_ not in ("pobj", "dobj"):
        return False
    children = list(token.children)
    if any(c.dep_ in ("prep", "appos", "compound", "poss", "nummod") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in REFERENCE_DETERMINERS for c in children)


def told_place(reference: Token, gazetteer: Gazetteer, context_countries: Mapping[str, int],
               home: Place | None) -> Place | None:
    """The place a back-reference names: for "this town" the dateline's town, for "the town"
    the last town the story named before it, for "the area" the last place that is not a
    country ("Venezuela sent troops to the Tachira border ... to the area")."""
    phrase = reference.doc[reference.left_edge.i:reference.i + 1].text
    town = reference.lower_ in TOWN_REFERENCES
    if any(c.lower_ == "this" for c in reference.children):
        usable = town and home is not None and not gazetteer.is_country(home)
        return replace(home, text=phrase) if usable else None
    entities, starts = doc_entities(reference.doc)
    for entity in reversed(entities[:bisect_left(starts, reference.i)]):
        if entity.label_ not in PLACE_LABELS or entity.root.dep_ in ACTOR_DEPS:
            continue  # "Caracas has sent troops to the area": Caracas is a side
        if town and entity.label_ == "FAC":
            continue  # "arrested 11 people in the city": the city, not its Syria Street
        place = gazetteer.lookup(entity.text, context_countries)
        if place is None and not entity.text.islower():
            place = gazetteer.unlisted(entity.text, max(context_countries,
                                                        key=context_countries.get, default=None))
        if place is None or gazetteer.is_country(place):
            continue
        if reference.lower_ in NAMED_REFERENCES and reference.lower_ not in entity.text.lower():
            continue
        if town and (place.precision != "city" if place.geonameid else entity.label_ == "LOC"):
            continue  # "the town" is no province the gazetteer lists, nor a sea
        return replace(place, text=phrase)
    return None


def place_street_acts(events: list[Event], home: Place | None,
                      gazetteer: Gazetteer) -> list[Event]:
    """A country's own protests told with no place, in a story filed from one of its towns,
    happened in that town: "Several hundred Tamil women marched on Monday" under a
    KILINOCHCHI dateline."""
    if home is None or home.country is None or gazetteer.is_country(home):
        return events
    return [replace(e, location=home) if (
        e.event_type in STREET_TYPES and e.location is None and e.parties
        and all(a.side == home.country for a in e.parties)) else e for e in events]
