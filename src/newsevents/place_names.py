"""Place names in a sentence: the entities the model tags as places, towns it tags as people or
organisations or not at all ("visited Tbilisi", "near the bus station in Arequipa"), names before
"district" or after "the town of"; the words they are found by are in `place_words`, places
named by their kind ("the capital", "the town") in `place_references`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.entities import entities_in
from newsevents.feature_names import untagged_features
from newsevents.implied_recipients import FRONTIER_NOUNS
from newsevents.occasion_names import names_an_occasion, town_of_occasion
from newsevents.place_references import back_reference, owns_a_site, the_capital, the_seat
from newsevents.place_words import (
    AREA_KIND_WORDS,
    AREA_NOUNS,
    BEARING_WORDS,
    COUNTRY_PART_WORDS,
    DISTANCE_UNITS,
    FAITH_WORDS,
    KIND_NOUNS,
    MEASURED_FROM_PREPS,
    MISTAKEN_LABELS,
    MODIFIER_DEPS,
    PLACE_LABELS,
    PLACING_NOUNS,
    SCENE_PREPS,
    SITE_NAME_NOUNS,
    SPOT_PREPS,
    TOWN_PREPS,
)
from newsevents.places import (
    READ_KIND_NOUNS,
    TOWN_NOUNS,
    Gazetteer,
    place_key,
)
from newsevents.records import Place
from newsevents.town_phrases import owns_a_town_spot

if TYPE_CHECKING:
    from newsevents.mention_index import NameMention


def unlisted_place(entity: Span, sent: Span, gazetteer: Gazetteer,
                   context_countries: Mapping[str, int]) -> Place | None:
    """A place name the gazetteer lacks, in the country the sentence puts it ("the Nigerien
    town of Bosso", "Halgan in central Somalia") or else the article's main country."""
    if (town := town_of_occasion(entity, gazetteer, context_countries)) is not None:
        return town  # "on the sidelines of the Munich Security Conference"
    # a name the model calls a person or a body that the gazetteer knows as a town's in any
    # country ("near Kani" in a story of Myanmar) or as a province's ("flown to Sinaloa") is a
    # place, kept as one the gazetteer lacks when no town of a country the story names has it
    if entity.text.islower() or (entity.label_ not in ("GPE", "LOC", "FAC", "")
                                 and not town_or_division(entity.text, gazetteer)):
        return None
    if not entity.label_ and entity[-1].lower_ in READ_KIND_NOUNS:
        return None  # "Lincoln city": only the gazetteer's town or division, in a country the
        # story names (Gazetteer.lookup), is a place before its kind
    country = (gazetteer.division_country(entity.text, context_countries)  # "in Sucumbios"
               or _country_in_phrase(entity, sent, gazetteer))
    if country is None and context_countries:
        country = max(context_countries, key=context_countries.get)
    return gazetteer.unlisted(entity.text, country)


def _country_in_phrase(entity: Span, sent: Span, gazetteer: Gazetteer) -> str | None:
    """The country the phrase of a place name names: "the Nigerien town of Bosso", "Halgan in
    central Somalia"."""
    phrase = entity.root.head.head if entity.root.dep_ == "pobj" else entity.root
    words = list(sent.doc[phrase.left_edge.i: max(phrase.right_edge.i, entity.end) + 2])
    for word in words:  # the model may tag "Nigerien" as a person: look at the words
        if entity.start <= word.i < entity.end or not word.text[:1].isupper() or (
                word.head.lemma_.lower() in FRONTIER_NOUNS):
            continue  # "around Ras Kamboni near the Kenyan border" is not in Kenya
        found = gazetteer.country_of_adjective(word.text) or gazetteer.lookup(word.text)
        if found is not None and gazetteer.is_country(found):
            return found.country
    return None


def town_or_division(text: str, gazetteer: Gazetteer) -> bool:
    """A name the gazetteer knows as a town's, in any country, or a country's province or
    state's (ISO 3166-2)."""
    place = gazetteer.lookup(text)
    return (place is not None and place.precision == "city") or gazetteer.is_division(text)


def place_spans(sent: Span, gazetteer: Gazetteer,
                names: Mapping[int, NameMention] | None = None) -> list[Span]:
    """Place entities, big cities the model takes for people ("visited Tbilisi"), names after
    "the town of", "the port of" ("near the Nigerien town of Bosso") and names before
    "district", "province" ("in the Arhab district")."""
    spans = [_whole_name(e, gazetteer) for e in entities_in(sent) if (e.label_ in PLACE_LABELS or (
        e.label_ in MISTAKEN_LABELS and (gazetteer.is_big_city(e.text)
                                           or _town_after_preposition(e, gazetteer, names)
                                           or _country_owning_a_site(e, gazetteer)
                                           or _part_of_a_country(e, gazetteer)
                                           or names_an_occasion(e))))  # its town: unlisted_place
        and not e.text.islower()  # "metro fares": no town called Metro
        and not _names_a_group(e, gazetteer, names)
        and place_key(e.text) not in BEARING_WORDS  # "shipped fuel oil to the North"
        and (e.root.dep_ != "poss" or _owns_a_spot(e.root))
        and (not e.text.endswith(("'s", "'")) or _owns_a_spot(e.root))]
    spans = [s[:-1] if len(s) > 1 and s[-1].tag_ == "POS" else s  # "El Fasher's northern edge"
             for s in spans if not describes_a_thing(s) and not measured_from(s)]
    spans = list({(s.start, s.end): s for s in spans}.values())  # "Port" and "Spain": one town
    spans = _with_divisions(spans, gazetteer)  # "in Moscow, Idaho"
    # whole: "Banja Luka" is no "Banja"
    # "Caracas' claim" is not where it happened; "Tehran's airport" is
    taken = {t.i for e in spans for t in e}
    spans.extend(spot for e in entities_in(sent)
                 if e.label_ in MISTAKEN_LABELS and e.start not in taken
                 and (spot := _unknown_spot(e, gazetteer, names)) is not None)  # "near Barawe"
    spans.extend(sent.doc[t.i:t.i + 1] for t in sent
                 if the_capital(t) or back_reference(t) or the_seat(t))
    spans.extend(town for t in sent if t.i not in taken
                 and (town := _untagged_town(t, gazetteer, names)) is not None)
    named = _named_before_kind(sent, gazetteer, names, taken)  # "in Rutshuru territory"
    spans.extend(named)
    taken.update(t.i for span in named for t in span)
    for token in sent:
        if token.lemma_.lower() not in TOWN_NOUNS or token.i + 2 >= sent.end:
            continue
        of, first = token.nbor(1), token.nbor(2)
        if of.lower_ != "of" or first.pos_ != "PROPN" or first.i in taken:
            continue
        name = sent.doc[first.i:_name_end(sent, first.i + 1)]
        if name.end < sent.end and sent.doc[name.end].dep_ == "case":
            continue  # "the capital of South Sudan's Unity State": the state's name follows
        spans.append(name)
    spans.extend(sent.doc[t.left_edge.i if t.left_edge.pos_ == "PROPN" else t.i:t.i + 1]
                 for t in sent if t.i not in taken and _described_town(t, names))
    spans.extend(_named_sites(sent, gazetteer, names, taken))
    spans.extend(untagged_features(sent, taken))  # "near the Second Thomas Shoal"
    return spans


def _named_sites(sent: Span, gazetteer: Gazetteer, names: Mapping[int, NameMention] | None,
                 taken: set[int]) -> list[Span]:
    """Names before "district", "province" ("in the Arhab district") or a site noun ("near the
    Preah Vihear temple"); a body's base ("a NATO base in Lithuania") when a country is its
    own place."""
    spans = []
    for token in sent:
        if token.lemma_.lower() not in AREA_NOUNS | SITE_NAME_NOUNS or token.i == sent.start:
            continue
        end = token.i
        while end > sent.start and sent.doc[end - 1].dep_ in ("compound", "amod") and (
                _kind_word(sent.doc[end - 1], token)):
            end -= 1  # "the Ghulam Khan border crossing", "the al-Fashaga border district"
        start = end
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and \
                not _describing_word(sent.doc[start - 1], gazetteer) and (
                sent.doc[start - 1].pos_ == "PROPN" or _hyphen_start(sent, start - 1) < start - 1):
            start = _hyphen_start(sent, start - 1)  # "in Ye-U township"
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        if not _names_a_body(sent.doc[start:end], names):
            spans.append(sent.doc[start:end])  # "in the Arhab district", "near the Preah
            # Vihear temple", "hit the Mitiga airport"
        elif _in_a_country(token, gazetteer):
            spans.append(sent.doc[start:token.i + 1])  # "a NATO base in Lithuania": the
            # base, placed in its country
    return spans


def _in_a_country(site: Token, gazetteer: Gazetteer) -> bool:
    """A site noun placed in a country by its own "in" phrase: "a NATO base in Lithuania", "an
    EU base in Somalia's Middle Shabelle region" (a region the gazetteer lacks; "Afghanistan's
    Helmand province" is the province's own place)."""
    for prep in site.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in (t for t in prep.children if t.dep_ == "pobj"):
            own = " ".join(t.text for t in obj.children if t.dep_ == "compound")
            names = [obj] + [t for t in obj.children if t.dep_ == "poss"
                             and not (own and town_or_division(own, gazetteer))]
            if any((p := gazetteer.lookup(n.text)) is not None and gazetteer.is_country(p)
                   for n in names):
                return True
    return False


def _with_divisions(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A town's span with the state or province written after it, when that division has a
    town of the name: "in Moscow, Idaho" is one place, the town in Idaho; the division's own
    span goes."""
    joined = []
    for span in spans:
        doc, end = span.doc, span.end
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_iob_ == "B":
            last = end + 2
            while last < len(doc) and doc[last].ent_iob_ == "I":
                last += 1
            region = doc[end + 1:last]
            if region.root.head.i == span.root.i and doc[end + 1].ent_type_ in PLACE_LABELS and (
                    gazetteer.town_in_division(doc[span.start:last].text) is not None):
                span = doc[span.start:last]
        joined.append(span)
    return [s for s in joined if not any(o is not s and o.start < s.start and s.end <= o.end
                                         for o in joined)]


def _names_a_body(span: Span, names: Mapping[int, NameMention] | None) -> bool:
    """"An African Union base", "a NATO base": a body the actor dictionary knows owns the
    site; its name is no place."""
    mention = names.get(span.start) if names else None
    return mention is not None and mention.span.start == span.start and all(
        e.kind == "organisation" for e in mention.entries)


def _named_before_kind(sent: Span, gazetteer: Gazetteer,
                       names: Mapping[int, NameMention] | None, taken: set[int]) -> list[Span]:
    """A town or province the model tags as a person or a body, named before the kind of place
    it is, with its kind: "fled to Ouallam town", "in Rutshuru territory", "in Gedaref state"
    (not "the Islamic State", whose noun is a name; not a name the actor dictionary knows).
    The gazetteer reads the kind: a state, province, region or territory is the division, a
    town, city or village the town, each in a country the story names; a district stays its
    bare name, the town's."""
    found = []
    for noun in sent:
        if noun.lemma_ not in KIND_NOUNS or noun.i == sent.start:  # lower case: a common noun
            continue
        name = sent.doc[noun.i - 1]
        if (name.dep_ != "compound" or name.head.i != noun.i or name.pos_ != "PROPN"
                or name.ent_type_ not in MISTAKEN_LABELS or name.i in taken
                or (names is not None and name.i in names)):
            continue
        start = name.i
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and \
                sent.doc[start - 1].pos_ == "PROPN" and sent.doc[start - 1].ent_type_:
            start -= 1
        if town_or_division(sent.doc[start:noun.i].text, gazetteer):
            read = noun.lemma_ in READ_KIND_NOUNS
            found.append(sent.doc[start:noun.i + read])  # with a kind the gazetteer reads:
            # "Gedaref state" is the state, not its town Gedaref (Gazetteer.lookup)
    return found


def measured_from(entity: Span) -> bool:
    """A place named only as the point a distance is measured from, not the scene: "near
    Kibumba, about 30 km north of Goma", "an army post 100 km from Goma", "a checkpoint 20
    miles outside Kandahar"."""
    doc = entity.doc
    before = entity.start - 1
    if before < 1 or doc[before].lower_ not in MEASURED_FROM_PREPS:
        return False
    unit = before - 1
    if doc[unit].lower_ in BEARING_WORDS - DISTANCE_UNITS and unit > 0:
        unit -= 1  # "30 km north of"
    return doc[unit].lower_ in DISTANCE_UNITS


def _kind_word(word: Token, noun: Token) -> bool:
    """A common noun that tells the kind of a named site or area: "border" in "the Ghulam
    Khan border crossing" and in "the Kurram tribal district"."""
    if noun.lemma_.lower() in SITE_NAME_NOUNS:
        return word.pos_ == "NOUN" and word.dep_ == "compound"
    return word.lower_ in AREA_KIND_WORDS


def describes_a_thing(entity: Span) -> bool:
    """A place name that only describes the noun it modifies: "imposed tariffs on U.S.
    goods", "a call with his US counterpart", "a Moscow-led alliance", "Qatar-based charities",
    "the Baku-Tbilisi-Kars railway" (not "the Kabul airport", "the Dakar suburb of Pikine",
    "the Geneva talks")."""
    root = entity.root if entity.root.dep_ != "det" else entity[-1]  # "the Baku-...-Kars"
    head = root.head
    if root.dep_ not in MODIFIER_DEPS or entity.start <= head.i < entity.end:
        return False
    if head.tag_ == "VBN":
        return True  # "Moscow-led", "Qatar-based", "Iranian-backed"
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lemma_.lower() not in PLACING_NOUNS and head.lower_ not in PLACING_NOUNS


def _names_a_group(entity: Span, gazetteer: Gazetteer,
                   names: Mapping[int, NameMention] | None) -> bool:
    """"agreed at a Mercosur summit in Montevideo": a name the actor dictionary knows only as
    an organisation's, and the gazetteer not at all, is no place (the Kremlin, a seat of
    government, still is)."""
    mention = names.get(entity.start) if names else None
    return (mention is not None and mention.span.start == entity.start
            and mention.span.end == entity.end and bool(mention.entries)
            and all(e.kind == "organisation" for e in mention.entries)
            and gazetteer.lookup(entity.text) is None)


def _described_town(token: Token, names: Mapping[int, NameMention] | None) -> bool:
    """A name the model mistags that the text itself says is a town: "bombed a market in
    Bentiu, the capital of Unity State", "attacked an army post at Tongomayel, in Burkina
    Faso's northern Soum province"."""
    if (token.pos_ != "PROPN" or token.ent_type_ in PLACE_LABELS or token.dep_ != "pobj"
            or token.head.lower_ not in TOWN_PREPS or (names is not None and token.i in names)
            or token.i + 2 >= len(token.doc) or token.nbor(1).text != ","):
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in TOWN_NOUNS for c in token.children):
        return True
    after = token.nbor(2)
    return after.lower_ == "in" and any(
        w.dep_ == "pobj" and w.lemma_.lower() in AREA_NOUNS for w in after.children)


def _describing_word(word: Token, gazetteer: Gazetteer) -> bool:
    """A faith or a nationality before a site noun, not its name: "the Hindu temple", "a
    Sunni mosque", "the Syrian airbase"."""
    return word.lower_ in FAITH_WORDS or gazetteer.country_of_adjective(word.text) is not None


def _name_end(sent: Span, end: int) -> int:
    """The end of a name after "the town of": its proper nouns and the parts hyphened to them
    ("the districts of Bab al-Tabbaneh", "the village of Kok-Tash")."""
    doc = sent.doc
    while end < sent.end:
        if doc[end].pos_ == "PROPN":
            end += 1
        elif (doc[end].text == "-" and end + 1 < sent.end and not doc[end - 1].whitespace_
              and not doc[end].whitespace_ and doc[end + 1].is_alpha):
            end += 2
        else:
            break
    return end


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
            or token.head.lower_ not in TOWN_PREPS or (names is not None and token.i in names
                                                       and not _capital_as_scene(token, names))):
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and \
            token.doc[start - 1].pos_ == "PROPN" and not token.doc[start - 1].ent_type_:
        start -= 1
    span = token.doc[start:token.i + 1]
    place = gazetteer.lookup(span.text)
    return span if place is not None and place.precision == "city" else None


def _capital_as_scene(token: Token, names: Mapping[int, NameMention]) -> bool:
    """A capital the actor dictionary knows, named where something was done, not to whom:
    "an agreement reached in Maputo", "talks held at Rabat" (not "sent aid to Maputo")."""
    mention = names[token.i]
    return token.head.lower_ in SCENE_PREPS and all(
        e.kind == "capital" for e in mention.entries)


def _whole_name(entity: Span, gazetteer: Gazetteer) -> Span:
    """"Banja Luka" when the model tags only "Banja": the gazetteer's name that the entity's
    last word is a compound of; "Hpa-an" when the tokenizer split off "-an"; "Banja Luka"
    when the model tags "Banja" as a place and "Luka" as a person."""
    doc, start = entity.doc, entity.start
    while (start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start
           and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != entity.label_):
        start -= 1
    if start < entity.start and gazetteer.index.get(place_key(doc[start:entity.end].text)):
        return doc[start:entity.end]
    end = entity.end
    while (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
           and doc[end].pos_ == "PROPN" and not doc[end].ent_type_):
        end += 1
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2  # "near Hpa-an, the capital of Karen state"
    whole = doc[entity.start:end]
    if end > entity.end and gazetteer.index.get(place_key(whole.text)):
        return whole
    return _joined_by_of(entity, gazetteer) or entity


def _joined_by_of(entity: Span, gazetteer: Gazetteer) -> Span | None:
    """"Port of Spain" when the model tags "Port" and "Spain" as two places: a town's own name
    joined by "of" to the entity, before or after it, is the place, not the country it
    names."""
    doc = entity.doc
    joined = []
    if entity.start >= 2 and doc[entity.start - 1].lower_ == "of":
        start = entity.start - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ != "of":
            start -= 1
        joined.append(doc[start:entity.end])
    if entity.end + 1 < len(doc) and doc[entity.end].lower_ == "of":
        end = entity.end + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        joined.append(doc[entity.start:end])
    return next((span for span in joined if len(span) > len(entity) + 1
                 and _own_town_name(span.text, gazetteer)), None)


def _own_town_name(text: str, gazetteer: Gazetteer) -> bool:
    """A town of the gazetteer bears this name as its own ("Port of Spain"), not as one of
    its other names."""
    key = place_key(text)
    return any(c.precision == "city" and c.key == key for c in gazetteer.index.get(key, ()))


def _town_after_preposition(entity: Span, gazetteer: Gazetteer,
                            names: Mapping[int, NameMention] | None) -> bool:
    """"a district of Kherson" where the model calls Kherson an organisation: a name after "of",
    "in" or "near" that the gazetteer knows as a town, or that is a country's province or
    state ("flown to Sinaloa", "ambushed a patrol in Surigao del Sur"), and the actor
    dictionary does not know."""
    root = entity.root
    if not (root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPS | {"of"}) and not (
            owns_a_site(root)):  # "flew supplies into Palu's damaged airport"
        return False
    if names is not None and entity.start in names and not _seat_as_scene(entity, gazetteer):
        return False
    return town_or_division(entity.text.removesuffix("'s").removesuffix("'"), gazetteer)


def _part_of_a_country(entity: Span, gazetteer: Gazetteer) -> bool:
    """"killed civilians in central Mali" where the model calls Mali a person: a country's
    name with a word of its part before it, after a preposition of place."""
    root = entity.root
    if not (root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPS) or not any(
            c.dep_ == "amod" and c.lower_ in COUNTRY_PART_WORDS for c in root.children):
        return False
    place = gazetteer.lookup(entity.text)
    return place is not None and gazetteer.is_country(place)


def _seat_as_scene(entity: Span, gazetteer: Gazetteer) -> bool:
    """A seat of government the actor dictionary knows as a side, named where something was
    done: "held talks with Putin at the Kremlin", "hosted them at the White House"."""
    root = entity.root
    return root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPS and \
        place_key(entity.text) in gazetteer.seats


def _unknown_spot(entity: Span, gazetteer: Gazetteer,
                  names: Mapping[int, NameMention] | None) -> Span | None:
    """"Barawe" in "killed two militants near Barawe", "Harf Sufyan" in "hideouts around Harf
    Sufyan" (the model tags "Harf" alone): a capitalised name, no acronym, after a preposition
    of a spot, that the model calls an organisation or a person and that neither the actor
    dictionary nor the gazetteer knows; returned whole and unlabelled (an unlisted place)."""
    root, end = entity.root, entity.end
    if root.dep_ == "compound" and root.head.i == end and root.head.pos_ == "PROPN":
        root, end = root.head, end + 1  # "Harf" of "Harf Sufyan"
    if names is None or root.dep_ != "pobj" or root.head.lower_ not in SPOT_PREPS:
        return None
    doc = entity.doc
    words = doc[entity.start:end]
    if any(not w.text[:1].isupper() or w.text.isupper() or w.i in names for w in words):
        return None  # "near NATO's eastern flank", "around Hamas positions"
    return words if gazetteer.lookup(words.text) is None else None


def _country_owning_a_site(entity: Span, gazetteer: Gazetteer) -> bool:
    """A country the model takes for a person or a body, owning a site: "marched on Malawi's
    presidential palace", "outside Chad's parliament"."""
    place = gazetteer.lookup(entity.text) if owns_a_site(entity.root) else None
    return place is not None and gazetteer.is_country(place)


def _owns_a_spot(token: Token) -> bool:
    """A site, or a part of a town ("Nairobi's central business district", "Santiago's Plaza
    Italia"), that the name owns."""
    return owns_a_site(token) or owns_a_town_spot(token)
