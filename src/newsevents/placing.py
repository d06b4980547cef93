"""Which place in a sentence belongs to which event trigger: the place where the event happened,
not any place the sentence names. A place belongs to the trigger its phrase hangs on within the
same clause (``attach.owner_of``); scenes ("Speaking in Sydney, ..."), "where" clauses, statements
("told reporters in Ankara") and the occasions an event noun names add the rest."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsevents.attach import owner_of
from newsevents.city_parts import city_of_part
from newsevents.continued_statements import named_speaker, place_continued_statements
from newsevents.place_names import place_spans, unlisted_place
from newsevents.place_words import (
    COMPASS_ADJECTIVES,
    COMPASS_POINTS,
    COURT_NOUNS,
    SITE_NAME_NOUNS,
)
from newsevents.places import TOWN_NOUNS, Gazetteer, place_key
from newsevents.police_raids import POLICE_SECTOR
from newsevents.policed_crowds import WIDER_WORDS
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import COUNTRY_PRECISION, Event, Place
from newsevents.running_tallies import event_told_over_days
from newsevents.sentences import evidence_span
from newsevents.shared_places import resolve_place, shared_places, town_in_span
from newsevents.syntax import (  # their purpose infinitive tells where they were used
    FORCE_TYPES,
    SUBJECT_DEPS,
)
from newsevents.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.mention_index import NameMention

# Areas that hold towns: a town named with one is the smaller place ("an army post at
# Tongomayel, in Burkina Faso's northern Soum province").
REGION_NOUNS = {"province", "region", "governorate", "oblast", "state", "prefecture", "county",
                "regency"}
# Types whose goods or forces arrive at the capital they are sent to.
DELIVERED_TYPES = {"AID", "MOBILIZE"}
# Money given to a capital, which is its government, not where anything was delivered: the
# model's label of a sum, and nouns of lent or granted money.
MONEY_LABEL = "MONEY"
MONEY_NOUNS = {"loan", "tranche", "credit", "grant", "funding", "fund", "euro", "dollar", "yuan",
               "yen", "rupee", "franc", "rouble", "ruble", "riyal", "dinar", "peso"}
# Types whose forces sent to a country are there: "would send troops to Libya" happens in Libya.
STATIONED_TYPES = {"MOBILIZE"}
# Acts in the street that a story filed from a town of the country tells without a place
# happened in that town (measured on the dev set: annotators place them there).
STREET_TYPES = {"PROTEST"}
# Acts of a country's own police, which act where they are posted: arrests, tear gas and
# dispersals on one day told with no place in a story filed from one of its towns happened in
# that town (measured on the open dev set before building: 13 such acts placed right for 4
# the gold leaves unplaced; an army's or a government's acts there, curfews and emergencies,
# are net losses and are not placed).
POLICED_TYPES = {"COERCE"}
POLICE_SECTORS = {POLICE_SECTOR}
# Words of a part of the country, which keep a police act out of the dateline's town ("arrested
# 60 kidnappers in the northwest", "in the east of the country"); entity labels of other places.
COMPASS_WORDS = COMPASS_POINTS | COMPASS_ADJECTIVES | {"province", "provinces", "region",
                                                      "regions"}
OTHER_PLACE_LABELS = {"GPE", "LOC"}
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
# Measures on a town's people (curfews, emergencies, bans and their lifting) whose rows read
# the town after "in" as their target: the town is also where they are taken.
MEASURE_TYPES = {"COERCE", "RETREAT", "CONCEDE"}
MEASURE_PREPS = {"in"}
# Statements, which are made in a town: a country, a sea or a province named in one is what it
# is about, or where others are ("accused parties inside and outside Lebanon", "called for a
# new election in Belarus", "In Greece, the opposition leader accused ...").
SPOKEN_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
# Words that make a statement and the statements they make: "in a statement issued in
# Mogadishu", "in remarks made in Kabul", "in a speech delivered in Accra", "in a communique
# released in Abuja": the place is where the statement, and what it says, was made.
ISSUING_PARTICIPLES = {"issue", "release", "publish", "make", "deliver", "give", "read",
                       "broadcast", "post", "send", "carry"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "speech", "address",
                   "remark", "interview", "letter", "message", "briefing", "video", "note",
                   "comment"}

# Nouns of a governing body, whose town after "in" is its seat: a statement addressed to it
# ("urged the army-led government in Port Sudan", "accused the Taliban administration in
# Kabul") was not made there.
GOVERNING_NOUNS = {"government", "administration", "authorities", "authority", "junta",
                   "regime", "leadership", "rulers", "cabinet"}
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
# A withdrawal happens in the place its forces leave, a country too: "his troops would leave
# Somalia within weeks", "had withdrawn a contingent of its forces from Libya", "the
# withdrawal of Wagner mercenaries from Libya", "pulled its last soldiers out of Mali".
WITHDRAWAL_TYPE, WITHDRAWAL_MODE = "RETREAT", "withdraw"
LEFT_PLACE_PREPS = {"from", "of"}  # "out of"
OUT_WORD, FROM_WORD = "out", "from"
# Links from the forces withdrawn up to the withdrawal: "a contingent of its forces",
# "the withdrawal of Russian mercenaries".
WITHDRAWN_DEPS = {"dobj", "pobj", "prep"}
MAX_WITHDRAWN_LINKS = 5


def place_rank(place: Place, gazetteer: Gazetteer, entity: Span) -> tuple[bool, bool, bool, bool]:
    """Which of two places in one clause to keep: a town over its country, a town over the
    region it lies in ("near Bosso in Niger's Diffa region"), a named town over the city that
    describes it ("the Dakar suburb of Pikine"), a listed place over an unlisted name ("the
    Russian Black Sea resort of Sochi")."""
    doc = entity.doc
    region = (entity.end < len(doc) and doc[entity.end].lemma_.lower() in REGION_NOUNS) or (
        len(entity) > 1 and entity[-1].lemma_.lower() in REGION_NOUNS) or (  # "Soum province"
        _holds_a_named_place(entity))  # "the Second Thomas Shoal in the South China Sea"
    return gazetteer.is_country(place), region, _describes_a_town(entity.root), \
        place.geonameid is None


def _holds_a_named_place(entity: Span) -> bool:
    """A sea or an area (the model's LOC) that only says where a named place lies: "the South
    China Sea" in "the Second Thomas Shoal in the South China Sea", "the Gulf of Aden" in
    "Socotra Island in the Gulf of Aden"."""
    root = entity.root
    return (entity.label_ == "LOC" and root.dep_ == "pobj" and root.head.lower_ == "in"
            and root.head.head.pos_ == "PROPN")


def _describes_a_town(name: Token) -> bool:
    """"Dakar" in "the Dakar suburb of Pikine": a name on a town noun that names its town."""
    noun = name.head
    return (name.dep_ == "compound" and noun.lemma_.lower() in TOWN_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def could_be_actor(place: Place, trigger: Trigger, gazetteer: Gazetteer) -> bool:
    """A country or a capital after "from"/"to" is a side; a visit goes to a capital or a
    country ("will travel to Egypt and Israel"), and so do goods and troops that are delivered
    ("flew tents to Dushanbe"), but not money, which goes to a government ("disbursed 50
    million euros in budget support to Chisinau")."""
    if gazetteer.is_country(place):
        return trigger.coding.plover not in STATIONED_TYPES and trigger.coding.mode != "visit"
    return (gazetteer.is_capital(place) and trigger.coding.mode != "visit"
            and (trigger.coding.plover not in DELIVERED_TYPES or _gives_money(trigger)))


def _gives_money(trigger: Trigger) -> bool:
    """The act's object is a sum or a loan: "released 75 million euros to Banjul", "would
    extend a 1 billion dollar state loan to Minsk"."""
    verb = trigger.verb
    return verb is not None and any(
        c.dep_ == "dobj" and (c.ent_type_ == MONEY_LABEL or c.lemma_.lower() in MONEY_NOUNS)
        for c in verb.children)


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
    place_continued_statements(sent, triggers, partial(
        spoken_town, gazetteer=gazetteer, context_countries=context_countries, names=names,
        day=day), found)  # "... told reporters in Tbilisi. He urged ..."
    place_withdrawals(spans, triggers, partial(resolve_place, gazetteer=gazetteer,
                      context_countries=context_countries, day=day), found)
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
        struck = owner is not None and (struck_town(entity.root, owner)
                                        or judging_court_town(entity.root, owner))
        if owner is None or not (attachment.via_location_prep or struck):
            continue
        if envoy_posting(entity.root):
            continue
        place = resolve_place(entity, gazetteer, context_countries, day, home) or \
            unlisted_place(entity, sent, gazetteer, context_countries)
        place = city_of_part(entity, place, partial(town_in_span, sent=sent, gazetteer=gazetteer,
                             context_countries=context_countries, day=day)) or place
        if place is None:
            continue
        wide = gazetteer.is_country(place) or (entity.label_ == "LOC" and place.geonameid is None)
        if (attachment.via_argument or struck) and wide:
            continue  # "detained 700 people in Moscow" yes; "discussed the war in Syria" or
            # "developments in the Middle East" no
        if attachment.via_actor_prep and could_be_actor(place, owner, gazetteer) and not \
                measure_in_capital(entity.root, owner, place, gazetteer):
            continue  # "talks with Kabul", "sent aid to Yemen"
        if not _said_there(owner, place, gazetteer):
            continue  # "Across the Atlantic, the spokesman urged ..., telling reporters in
            # Washington"
        if addressed_seat(entity.root, owner):
            continue  # "called on the government in Caracas to free all political prisoners"
        rank = place_rank(place, gazetteer, entity)
        if owner.head.i not in found or rank < ranks[owner.head.i]:
            found[owner.head.i], ranks[owner.head.i] = place, rank
    return statements


def measure_in_capital(name: Token, trigger: Trigger, place: Place, gazetteer: Gazetteer
                       ) -> bool:
    """A capital "in" which a measure on the people is taken, which its row reads as the
    measure's target: "ordered a curfew in Port Moresby", "extended the state of emergency in
    Nairobi" happened in the capital (not "confidence in Kyiv", no measure)."""
    return (name.dep_ == "pobj" and name.head.lower_ in MEASURE_PREPS
            and trigger.coding.plover in MEASURE_TYPES and not gazetteer.is_country(place))


def place_withdrawals(spans: list[Span], triggers: list[Trigger],
                      resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """A withdrawal no other rule placed happened in the place its forces left, a country too
    ("his troops would leave Somalia"), unless the sentence names a town of that country for
    other rules to place it in ("began withdrawing its forces from Chad, flying two jets out
    of N'Djamena")."""
    withdrawals = [t for t in triggers if t.head.i not in found
                   and (t.coding.plover, t.coding.mode) == (WITHDRAWAL_TYPE, WITHDRAWAL_MODE)]
    if not withdrawals:
        return
    resolved = [(entity, place) for entity in spans if (place := resolve(entity)) is not None]
    named = [place for _, place in resolved]
    for entity, place in resolved:
        for trigger in withdrawals:
            if trigger.head.i in found or not left_place(entity.root, trigger):
                continue
            if place.precision == COUNTRY_PRECISION and any(
                    town.country == place.country and town.precision != COUNTRY_PRECISION
                    for town in named):
                continue  # the town is told: "out of N'Djamena's Kossei air base"
            found[trigger.head.i] = place


def left_place(name: Token, trigger: Trigger) -> bool:
    """The place forces withdraw from, where the withdrawal happens: "would leave Somalia",
    "withdrew a contingent of its forces from Libya", "pulled its soldiers out of Mali"."""
    if trigger.coding.plover != WITHDRAWAL_TYPE or trigger.coding.mode != WITHDRAWAL_MODE:
        return False
    if name.dep_ == "dobj":
        return name.head.i in trigger.indices
    if name.dep_ != "pobj" or name.head.lower_ not in LEFT_PLACE_PREPS:
        return False
    if name.head.lower_ != FROM_WORD and name.head.head.lower_ != OUT_WORD:
        return False  # "the withdrawal of Eritrea": who withdraws, not from where
    word = name.head.head  # the parser may hang "from" on the forces: "withdrew a contingent
    for _ in range(MAX_WITHDRAWN_LINKS):  # of its forces from Libya"; "pulled ... out of Mali"
        if word.i in trigger.indices:
            return True
        if word.dep_ not in WITHDRAWN_DEPS and word.lower_ != OUT_WORD:
            return False
        word = word.head
    return False


def judging_court_town(name: Token, trigger: Trigger) -> bool:
    """The town a court that acts is named by: "A Moscow court on Monday sentenced Navalny",
    "an Istanbul court released seven journalists" (a country's name gives no town: "a
    Turkish court")."""
    court = name
    while court.dep_ == "compound" and court.head.i > court.i:
        court = court.head
    return (court.i != name.i and court.lemma_.lower() in COURT_NOUNS
            and court.dep_ in SUBJECT_DEPS and court.head.i in trigger.indices)


def addressed_seat(name: Token, trigger: Trigger) -> bool:
    """The seat of the governing body a statement is addressed to, not where it was made:
    "urged the army-led government in Port Sudan to reopen the crossing", "called on the
    federal government in Baghdad" (but the speaker's own seat is: "The Kurdish regional
    government in Arbil condemned the raid")."""
    if trigger.coding.plover not in SPOKEN_TYPES or name.dep_ != "pobj" or \
            name.head.lower_ != "in":
        return False
    prep = name.head
    bodies = (prep.head, name.doc[prep.i - 1])  # the parser may hang "in" on the verb
    return any(body.lemma_.lower() in GOVERNING_NOUNS and body.dep_ not in SUBJECT_DEPS
               for body in bodies)


def spoken_town(sent: Span, gazetteer: Gazetteer, context_countries: Mapping[str, int],
                names: Mapping[int, NameMention] | None, day: date | None) -> Place | None:
    """The town a named speaker's words in ``sent`` were spoken in: "Vashadze told a news
    conference in Tbilisi", "a spokesman said in Beijing on Wednesday"."""
    for entity in place_spans(sent, gazetteer, names):
        speech = statement_at(entity.root)
        if speech is not None and named_speaker(speech):
            return town_in_span(entity, sent, gazetteer, context_countries, day)
    return None


def _said_there(trigger: Trigger, place: Place, gazetteer: Gazetteer) -> bool:
    """A statement is made in a town, not in a country, a sea or a province."""
    return trigger.coding.plover not in SPOKEN_TYPES or (
        place.precision == "city" and not gazetteer.is_country(place))


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


def _inside_a_name(entity: Span, names: Mapping[int, NameMention]) -> bool:
    mention = names.get(entity.start)
    if mention is None or any(e.kind in ("country", "capital") for e in mention.entries):
        return False
    start = mention.span.start + (mention.span[0].lower_ == "the")  # "the Kremlin" is no longer
    return start < entity.start or mention.span.end > entity.end


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


def place_street_acts(events: list[Event], home: Place | None,
                      gazetteer: Gazetteer) -> list[Event]:
    """A country's own protests told with no place, in a story filed from one of its towns,
    happened in that town: "Several hundred Tamil women marched on Monday" under a
    KILINOCHCHI dateline; so do those its people hold against another country ("students
    rallied outside the British embassy" under a TEHRAN dateline): the protesters' country
    decides, not their target's (on the open dev set, 5 placed right, none the gold leaves
    unplaced)."""
    return _place_home_acts(events, home, gazetteer, _a_protest, doers_only=True)


def place_police_acts(events: list[Event], home: Place | None, gazetteer: Gazetteer,
                      doc: Doc) -> list[Event]:
    """A country's own police's act of force on one day, still unplaced once the protests the
    force answers have given theirs (``policed_crowds``), in a story filed from one of its
    towns, happened in that town: "Police detained 23 people on Saturday" under a BISHKEK
    dateline. Left unplaced: a tally over days ("have arrested more than 200 people since
    the unrest began last week", `told_over_days`), which may gather many towns' arrests, and
    an act whose sentence names another place or a part of the country ("in a nationwide
    crackdown", "in the northwest of the country", "after riots in Durban")."""
    if home is None:
        return events
    return _place_home_acts(events, home, gazetteer,
                            partial(_a_dateline_police_act, doc=doc, home=home,
                                    adjectives=gazetteer.adjectives))


def _a_dateline_police_act(event: Event, doc: Doc, home: Place,
                           adjectives: Mapping[str, str]) -> bool:
    if not _a_police_act(event):
        return False
    sent = evidence_span(event, doc)
    if sent is None or event_told_over_days(event, sent):
        return False
    return not _names_another_place(sent, home, adjectives)


def _names_another_place(sent: Span, home: Place, adjectives: Mapping[str, str]) -> bool:
    """A place word in ``sent`` other than the dateline town ``home``: a town, a country, a
    region, or words of the country at large ("nationwide", "in the east of the country")."""
    text = sent.text.lower()
    if any(w in text for w in WIDER_WORDS) or "of the country" in text:
        return True
    if any(t.lower_ in COMPASS_WORDS for t in sent):
        return True
    town = place_key(home.name)
    return any(e.label_ in OTHER_PLACE_LABELS and place_key(e.text) not in adjectives
               and place_key(e.text) != town for e in sent.ents)


def _place_home_acts(events: list[Event], home: Place | None, gazetteer: Gazetteer,
                     kind: Callable[[Event], bool], *, doers_only: bool = False
                     ) -> list[Event]:
    """The events of ``kind`` with no place, held or done, whose every party (or, with
    ``doers_only``, whose source) is of the dateline town's country, placed in that town."""
    if home is None or home.country is None or gazetteer.is_country(home):
        return events
    return [replace(e, location=home) if (
        kind(e) and e.location is None and e.parties and e.status not in UNHELD_STATUSES
        and all(a.side == home.country for a in (
            (e.source,) if doers_only else e.parties))) else e for e in events]


def _a_protest(event: Event) -> bool:
    return event.event_type in STREET_TYPES


def _a_police_act(event: Event) -> bool:
    return (event.event_type in POLICED_TYPES and event.date.start == event.date.end
            and not POLICE_SECTORS.isdisjoint(event.source.sector))
