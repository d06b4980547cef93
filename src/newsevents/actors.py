"""Actor resolution over the parse: a noun phrase to CAMEO-coded actors.

Names (countries, capitals, demonyms, organisations, people) are found with spaCy's
PhraseMatcher over the actor book; titles give sectors; the article context resolves short
names, pronouns and "the two leaders"."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsevents.actorbook import FORMER_OFFICIAL_SECTOR, ActorBook, Entry
from newsevents.applicants import seeks_membership
from newsevents.armed_scenes import armed_group_scene
from newsevents.context import ArticleContext
from newsevents.defined_groups import with_acronyms
from newsevents.entities import entities_in, entity_starting_at
from newsevents.halves import bearing_halves, divided_sides, elided_halves, rival_sides
from newsevents.home_offices import offices_in_context
from newsevents.led_coalitions import coalition_leader
from newsevents.marked_actors import described_thing, led_group_first, marked_head
from newsevents.meeting_doers import meeting_doer
from newsevents.mention_index import (
    DocMentions,
    NameMention,
    TitleMention,
    mentioned_countries,
    mentioned_entries,
    mentioned_titles,
    named_countries,
    owners_in_context,
    title_sectors,
)
from newsevents.name_matches import not_an_actor_name
from newsevents.phrases import (
    appositive_tokens,
    counts_named_people,
    outside_preps,
    phrase_tokens,
)
from newsevents.places import TOWN_NOUNS, Gazetteer, place_key
from newsevents.records import INFERRED_KIND, STATE_KIND, Actor, recountry
from newsevents.references import (
    PARTY_RELATIONS,
    PRONOUN_TAGS,
    RELATIONAL_NOUNS,
    dissenters_state,
    home_not_addressed,
    not_addressed,
    possessive_owner,
    possessor_meant,
    referred_to,
    related_party,
    seated_state,
    speaker_meant,
    subject_owner,
    titled_person,
)
from newsevents.seat_cities import seats_in_context
from newsevents.short_names import another_bearer, told_bearer
from newsevents.spoken_for import named_just_before
from newsevents.state_doers import state_as_doer
from newsevents.status import REPORTING_VERBS

# How a town names a place rather than a side: "the Yangon headquarters", "in Naypyitaw".
TOWN_DEPS = {"compound", "pobj", "appos"}
# How many sentences a paragraph's opening "In Tbilisi, ..." sets the scene for.
SCENE_SENTENCES = 3
# Labels the model gives a town as a verb's object ("attacked Misrata", "shelled Manbij").
STRUCK_TOWN_LABELS = {"PERSON", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LOC"}
# Towns that stand for an international body's seat, not for their state, when named as a
# side: "is due to travel to New York to brief the council" goes to the United Nations (the
# name the actor dictionary knows the body by).
BODY_SEAT_TOWNS = {"new york": "United Nations"}
# Plural nouns for a force's firing places, which stand for the force when it acts: "their
# patrol came under fire from Tajik positions" (Tajikistan's), not "India's position".
FIRING_PLACE_NOUNS = {"positions", "posts", "outposts", "batteries"}
# Sectors of people who belong to the place where an event happens.
LOCAL_SECTORS = {"CVL", "COP", "REF", "HLH", "EDU", "LAB"}
# The word that makes a titled phrase refer back to the latest actor of its sector.
SAME_WORD = "same"
# Plural words for the rank and file of one armed side, any of which names again the side
# another one named: "Palestinian gunmen opened fire on Israeli troops ... The soldiers
# returned fire" (Israel's soldiers), "Kenyan forces ... the troops".
RANK_AND_FILE_WORDS = (frozenset({"troops", "soldiers", "forces", "servicemen"}),)
# Sectors for which "the X" with no country falls back to the article's main country.
DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "PTY", "LAB", "EDU",
                    "MED", "BUS", "REF", "HLH", "SPY", "CRM"}


def _named_town(token: Token) -> bool:
    """"the city of Tacloban", "the port of Odesa": a town whatever the model tags it."""
    return (token.head.lower_ == "of" and token.head.head.lemma_.lower() in TOWN_NOUNS
            and token.pos_ == "PROPN")


class ActorResolver:
    def __init__(self, nlp: Language, book: ActorBook, gazetteer: Gazetteer | None = None
                 ) -> None:
        self.book = book
        self.gazetteer = gazetteer
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface in book.names:
            self.name_matcher.add(surface, [nlp.make_doc(surface)])
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for title in book.titles:
            self.title_matcher.add(title, [nlp.make_doc(title)])

    def mentions(self, doc: Doc) -> DocMentions:
        strings = doc.vocab.strings
        names = []
        for span in filter_spans(self.name_matcher(doc, as_spans=True)):
            entries = tuple(self.book.names[strings[span.label]])
            single_person = len(span) == 1 and all(e.kind == "person" for e in entries)
            if single_person and span[0].pos_ != "PROPN":
                continue
            if not_an_actor_name(span, entries, self.book):
                continue
            names.append(NameMention(span, entries))
        titles = [TitleMention(span, self.book.titles[strings[span.label]])
                  for span in filter_spans(self.title_matcher(doc, as_spans=True))]
        names = offices_in_context(names, self.book)  # "Foreign Office" in a story of Pakistan
        names = with_acronyms(seats_in_context(self._capitals_in_context(names), self.book)
                              + self._halves(doc, names), titles)
        return DocMentions(owners_in_context(sorted(names, key=lambda m: m.span.start)), titles)

    def _halves(self, doc: Doc, names: list[NameMention]) -> list[NameMention]:
        """"The North" and "the South" in a story on Korea (halves.py)."""
        taken = {i for m in names for i in range(m.span.start, m.span.end)}
        named = named_countries(names, ("country", "adjective", "capital"))
        return [NameMention(span, tuple(e for e in self.book.names[self.book.country_names[iso3]]
                                        if e.kind == "country"))
                for span, iso3 in bearing_halves(doc, taken, named)] + [
            NameMention(span, found) for span, found in elided_halves(doc, names, self.book.names)]

    def _capitals_in_context(self, names: list[NameMention]) -> list[NameMention]:
        """A capital's name that is also a town of a country the article is about, while the
        capital's own country is never named, is that town ("Tripoli" in a story on Lebanon):
        it names no government."""
        if self.gazetteer is None:
            return names
        named = named_countries(names, ("country", "adjective", "organisation"))
        kept = []
        for mention in names:
            capitals = [e for e in mention.entries if e.kind == "capital"]
            if capitals and not any(e.country in named for e in capitals) \
                    and not _speaks(mention.span):
                towns = self.gazetteer.index.get(place_key(mention.span.text), ())
                if any(t.precision == "city" and t.country in named
                       and self.gazetteer.capital_over(towns, t) is None for t in towns):
                    rest = tuple(e for e in mention.entries if e.kind != "capital")
                    if rest:
                        kept.append(NameMention(mention.span, rest))
                    continue
            kept.append(mention)
        return kept

    # -- resolution ----------------------------------------------------------------------
    def actors_for(self, head: Token, found: DocMentions, context: ArticleContext,
                   place_country: str | None = None, as_source: bool = False) -> list[Actor]:
        """Every actor named by the argument at ``head`` and its conjuncts."""
        actors = divided_sides(head, self.actors_for_one(  # "Yemen's warring parties": sides
            head, found, context, place_country, as_source and not rival_sides(head)))
        shared = actors[0].country if len(actors) == 1 else None
        for token in head.conjuncts:
            for actor in self.actors_for_one(token, found, context, place_country, as_source):
                if shared and actor.kind == INFERRED_KIND:
                    # "59 Russian lawmakers, officials and companies": all Russian
                    actor = recountry(actor, shared)
                actors.append(actor)
        unique: dict[str, Actor] = {}
        for actor in actors:
            unique.setdefault(actor.party_key, actor)
        return list(unique.values())

    def actors_for_one(self, head: Token, found: DocMentions, context: ArticleContext,
                       place_country: str | None = None, as_source: bool = False
                       ) -> list[Actor]:
        """Actors named by one noun phrase. A country word that only modifies a thing
        ("German wind turbine maker") names no acting side, though it can name a target
        ("the Israeli town of Sderot")."""
        tokens = _with_stray_nationality(phrase_tokens(head), head, found)
        text = head.doc[tokens[0].i: tokens[-1].i + 1].text
        meant = self._meant(head, text, found, context, place_country, as_source)
        if meant is not None:
            return meant
        skipped = outside_preps(head, found)
        entries = mentioned_entries(tokens, found)
        titles = led_group_first(
            head, described_thing(head, mentioned_titles(tokens, found), found))
        title_text = " ".join(m.span.text for m in titles) or None
        person = self.book.person_on(entries, context.pub_date)
        bodies = [e for e in entries if e.kind == "organisation" and not e.country]
        if person and person.sectors == (FORMER_OFFICIAL_SECTOR,) and bodies and titles:
            # "The UN's Middle East envoy, Nickolay Mladenov": the body he serves now
            return [_organisation_actor(bodies[0], text, titles)]
        if person:
            known = context.person(head.text) if len(tokens) == 1 else None
            if told_bearer(head.text, person, known):
                return [known]  # "Maliki said" after "Colonel Turki al-Maliki"
            return [_person_actor(person, text, title_text)]
        for token in tokens:
            known = context.person(token.text) if token.pos_ == "PROPN" else None
            if known and not (another_bearer(token, known)
                              and mentioned_countries(tokens, found, set())):
                return [known]
        countries = mentioned_countries(tokens, found, skipped)
        aside = appositive_tokens(head) if countries else set()
        if countries and not mentioned_countries(tokens, found, skipped | aside):
            aside = set()  # the nationality itself is in the apposition
        elif aside and _names_a_state(head, found) and _described_by_noun(head):
            # "China, North Korea's main ally", "Iran, Hamas's chief backer": China, Iran
            countries = mentioned_countries(tokens, found, skipped | aside)
        # "Nigerian President Obasanjo, the current chairman of the African Union": Nigeria
        organisations = [e for e in mentioned_entries(
            [t for t in tokens if t.i not in skipped | aside], found) if e.kind == "organisation"]
        sectors = title_sectors(titles)
        countries, sectors = marked_head(head, found, countries, sectors, organisations)
        if len(organisations) >= 2 and not countries and _has_coordination(tokens):
            # "delegations from Fatah and Hamas": each organisation its own side
            return [_organisation_actor(o, text, titles) for o in organisations]
        if countries and seeks_membership(tokens, [o.code for o in organisations]):
            organisations = []  # "Sweden's NATO membership bid": Sweden
        if organisations:
            owner = organisations[0]
            modifiers = {e.country for e in countries}
            if not (owner.country and modifiers and owner.country not in modifiers):
                return [_organisation_actor(owner, text, titles)]
            if _has_coordination(tokens) and sectors:  # "Saudi and Houthi negotiators"
                return [*self._country_actors(countries, sectors, text, title_text, tokens,
                                              titles, found),
                        _organisation_actor(owner, text, titles)]
            sectors = sectors or [owner.sectors]  # "Pakistan's Foreign Office"
        if as_source and countries and not sectors and _only_modifies_a_thing(head, found):
            return []  # "Chinese electric carmaker Huaxin Motors", "India's move"
        if countries:
            return self._country_actors(countries, sectors, text, title_text, tokens, titles,
                                        found)
        return self._nationless_actors(head, tokens, skipped, sectors, text, title_text, found,
                                       context, place_country)

    def _nationless_actors(self, head: Token, tokens: list[Token], skipped: set[int],
                           sectors: list, text: str, title_text: str | None,
                           found: DocMentions, context: ArticleContext,
                           place_country: str | None) -> list[Actor]:
        """A phrase that names no country: its owners ("its navy"), its town ("police in
        Kharkiv"), or the story's actor of its title ("the ministry")."""
        related = (self._related_party(head, tokens, found, context)
                   if head.lemma_.lower() in PARTY_RELATIONS else [])
        if related:
            return related  # "stood with its ally"
        owners = ([] if head.lemma_.lower() in RELATIONAL_NOUNS
                  else [o for o in self._owners(head, tokens, found, context) if o.country])
        if owners:
            # "its navy", "their troops": the owners' countries, this phrase's role
            return [_state_actor(o.country, sectors[0] if sectors else o.sector, text,
                                 title_text, self.book, None, STATE_KIND) for o in owners]
        located = self._place_actor([t for t in tokens if t.i not in skipped], text, context,
                                    of_people=bool(sectors))
        seat = seated_state(head, found)  # "the government in Khartoum"
        if sectors and (seat or located):  # "residents of Sinjar", "police in Kharkiv": the town's
            return [_state_actor(seat or located[0].country, sectors[0], text, title_text,
                                 self.book, None, STATE_KIND)]
        if sectors:
            return self._titled_actor(tokens, sectors, text, title_text, context, found,
                                      place_country)
        return located

    def _related_party(self, head: Token, tokens: list[Token], found: DocMentions,
                       context: ArticleContext) -> list[Actor]:
        """"Stood with its ally": the party of the owner's relation (references.py)."""
        owners = {o.country for o in self._owners(head, tokens, found, context) if o.country}
        return related_party(head.lemma_.lower(), owners, context)

    def _meant(self, head: Token, text: str, found: DocMentions, context: ArticleContext,
               place_country: str | None, as_source: bool) -> list[Actor] | None:
        """The actors a pronoun or a reference back stands for; None when it is neither."""
        speaker = speaker_meant(head)
        if speaker is not None:
            actors = self.actors_for_one(speaker, found, context, place_country, as_source)
            if actors:
                return actors
        state = state_as_doer(head, context, self.book)  # "the kingdom condemned"
        if state is not None:
            return [state]
        return referred_to(head, text, found, context) or meeting_doer(head, found, context)

    def _owners(self, head: Token, tokens: list[Token], found: DocMentions,
                context: ArticleContext) -> list[Actor]:
        """Who "its" or "their" stands for ("Azerbaijan and Turkey said their forces": both)."""
        reporter = possessor_meant(head) or subject_owner(head)
        owners = self.actors_for(reporter, found, context) if reporter is not None else []
        if owners:
            return owners
        owner = possessive_owner(tokens, context)
        return [owner] if owner else []

    def _opening_country(self, sent: Span, context: ArticleContext) -> str | None:
        """The country of the city a sentence opens with: "In Beijing, ..."."""
        words = [t for t in sent if not t.is_space]
        if self.gazetteer is None or len(words) < 4 or words[0].lower_ != "in":
            return None
        comma = next((t.i for t in words[1:6] if t.text == ","), None)
        name = sent.doc[words[1].i:comma] if comma is not None else None
        if name is None or not all(t.ent_type_ == "GPE" for t in name):
            return None
        place = self.gazetteer.lookup(name.text, context.country_mentions)
        return place.country if place is not None and place.precision == "city" else None

    def _scene_country(self, sent: Span, context: ArticleContext) -> str | None:
        """The country of the city that opens this sentence or an earlier one of its paragraph:
        "In Tbilisi, thousands rallied ... Police detained 12 demonstrators"."""
        for _ in range(SCENE_SENTENCES):
            country = self._opening_country(sent, context)
            if country is not None or sent.start == 0:
                return country
            if "\n" in sent.doc[sent.start - 1].whitespace_ + sent.doc[sent.start - 1].text:
                return None  # a new paragraph sets its own scene
            sent = sent.doc[sent.start - 1].sent
        return None

    def _set_in_country(self, sent: Span, context: ArticleContext) -> str | None:
        """The country a sentence is set in, by the city it or its paragraph opens with, when
        the story names that country outright: "In Seoul, protesters rallied outside the
        presidential office" (Korea's), not "In Brussels, NATO's chief urged the government"."""
        country = self._scene_country(sent, context)
        return country if country in context.named_outright else None

    def _sentence_town_country(self, sent: Span, context: ArticleContext) -> str | None:
        """The country of a town the sentence names as a place, not as a side: "police raided
        the Yangon headquarters of the party" (Myanmar's police in a story naming the US more)."""
        if self.gazetteer is None:
            return None
        for entity in entities_in(sent):
            if entity.label_ != "GPE" or entity.root.dep_ not in TOWN_DEPS:
                continue
            place = self.gazetteer.lookup(entity.text, context.country_mentions)
            if (place is not None and place.precision == "city"
                    and place.country in context.country_mentions):
                return place.country  # not "Borno" read as Borna in a story never on Germany
        return None

    def _place_actor(self, tokens: list[Token], text: str, context: ArticleContext,
                     of_people: bool = False) -> list[Actor]:
        """A town named as a side ("shelled Kharkiv", "deployed to Feodosia") stands for its
        country."""
        if self.gazetteer is None:
            return []
        for token in tokens:
            if token.ent_iob_ == "B" and (token.ent_type_ == "GPE" or _named_town(token)
                                          or self._town_mislabelled(token, of_people,
                                                                    context.country_mentions)):
                entity = entity_starting_at(token.doc, token.i)
                if entity is None or entity.text.islower():
                    continue
                body = self.book.names.get(BODY_SEAT_TOWNS.get(place_key(entity.text), ""))
                if body:  # "travel to New York to brief the council"
                    return [_organisation_actor(body[0], text, [])]
                place = self.gazetteer.lookup(entity.text, context.country_mentions)
                if place is not None and place.country:
                    return [Actor(text=text, code=place.country, country=place.country,
                                  name=place.name, kind="place")]
        return []

    def _town_mislabelled(self, token: Token, of_people: bool, countries: Mapping[str, int]
                          ) -> bool:
        """"residents of Sinjar" (after "of"/"in", called an organisation), "shelled Manbij"
        (one word as a verb's object, called a person or a product): a name the gazetteer
        knows and the actor dictionary not; one word the model calls a person must be a town of
        a country the story names ("criticised Santos" on Venezuela is a man, not a port)."""
        entity = entity_starting_at(token.doc, token.i)
        if entity is None or self.book.names.get(entity.text):
            return False
        after_preposition = (of_people and entity.label_ in ("ORG", "PERSON")
                             and token.dep_ == "pobj" and token.head.lower_ in ("of", "in"))
        struck = (len(entity) == 1 and entity.label_ in STRUCK_TOWN_LABELS
                  and token.dep_ == "dobj" and token.head.pos_ == "VERB")
        place = self.gazetteer.lookup(entity.text, countries) if after_preposition or struck \
            else None
        return place is not None and (after_preposition or place.country in countries
                                      or entity.label_ != "PERSON")

    def _country_actors(self, countries: list[Entry], sectors: list[tuple[str, ...]],
                        text: str, title_text: str | None, tokens: list[Token],
                        titles: list[TitleMention], found: DocMentions) -> list[Actor]:
        iso3s = list(dict.fromkeys(e.country for e in countries if e.country))
        if not sectors and any(e.kind == "capital" for e in countries):
            sectors = [("GOV",)]
        name = _person_name(tokens, found)
        kind = "person" if name else STATE_KIND
        if len(iso3s) == 1 and len(sectors) > 1 and _has_coordination(tokens):
            return [_state_actor(iso3s[0], s, text, title_text, self.book, name, kind)
                    for s in sectors]
        merged = sectors[0] if sectors else ()
        return [_state_actor(iso3, merged, text, title_text, self.book, name, kind)
                for iso3 in iso3s]

    def _titled_actor(self, tokens: list[Token], sectors: list[tuple[str, ...]], text: str,
                      title_text: str | None, context: ArticleContext, found: DocMentions,
                      place_country: str | None) -> list[Actor]:
        """"The ministry", "police", "civilians": the latest actor of that kind, or the
        people of the place where the event happened, or the article's main country."""
        if _definite_plural(tokens, found) and context.groups and not _person_name(tokens, found):
            return list(context.groups[-1])  # "the ministers also discussed"
        person = titled_person(tokens, title_text, context)
        if person is not None:
            return [person]  # "the king", "the president": the one named before
        wanted = sectors[0]
        leader = coalition_leader(tokens[-1].doc[tokens[0].i:tokens[-1].i + 1].root, found)
        if leader is not None:  # "the coalition" after "the Saudi-led coalition"
            return [_state_actor(leader, wanted, text, title_text, self.book, None, STATE_KIND)]
        previous = (same_rank_and_file(tokens, title_text, context)
                    or context.with_sectors(wanted))
        if previous is not None and not previous.country:
            return [previous]  # "the secretary-general": the international body named before
        country = (armed_group_scene(tokens, wanted, context, self.gazetteer)  # "insurgents
                   or (previous.country if previous else None))  # in Cabo Delgado": Mozambique's
        name = _person_name(tokens, found)
        opening = None
        if previous is not None and not name and _named_anew(tokens, previous, title_text):
            country = (dissenters_state(tokens, context)  # "the opposition urged the government"
                       or self._set_in_country(tokens[0].sent, context)  # "In Seoul, ..."
                       or context.main_country() or country)  # "the junta": the story's own
        if name and name not in context.persons:
            # a newly named official with no nationality serves the country the sentence opens
            # in ("In Beijing, Foreign Ministry spokeswoman Hua Chunying") or the one the story
            # is filed from ("Defence Minister Shin Won-sik" in a story filed from Seoul)
            # or the one whose body the sentence before named ("Sudan's army said ... Army
            # spokesman Brigadier Nabil Abdallah accused")
            opening = self._opening_country(tokens[0].sent, context)
            country = (opening or named_just_before(tokens, previous, wanted)
                       or context.named_home() or country)
        if set(wanted) & LOCAL_SECTORS:
            place_country = place_country or self._sentence_town_country(tokens[0].sent, context)
        if set(wanted) & LOCAL_SECTORS and place_country:
            country = place_country
        guessed = country is None
        if guessed and set(wanted) & DOMESTIC_SECTORS:
            # "In Tbilisi, thousands rallied outside parliament" in a story filed from Baku
            country = (self._scene_country(tokens[0].sent, context)
                       or (context.local_country() if set(wanted) & LOCAL_SECTORS
                           else context.main_country()))
        if name and name not in context.persons and not opening:
            country = not_addressed(tokens, country, found, context)  # "urged Washington"
        elif guessed:
            country = home_not_addressed(tokens, country, wanted, found, context)  # "ISLAMABAD - "
        if country is None:
            return []
        kind = "person" if name else (INFERRED_KIND if guessed else STATE_KIND)
        return [_state_actor(country, wanted, text, title_text, self.book, name, kind)]


def _speaks(span: Span) -> bool:
    """A name that says something is a government, not a town: "Washington, which accuses
    Tehran of ..., has said it will seek ..." in a story naming Britain but not the US."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def _with_stray_nationality(tokens: list[Token], head: Token, found: DocMentions
                            ) -> list[Token]:
    """"accusing Azerbaijani forces": a nationality word that the parser hung on the verb
    still belongs to the noun right after it."""
    first = tokens[0]
    if first.i == 0:
        return tokens
    left = first.doc[first.i - 1]
    mention = found.name_at.get(left.i)
    if (mention and left.head.i == head.head.i and left.head.i != head.i
            and left.dep_ in ("dative", "npadvmod", "advmod")
            and all(e.kind == "adjective" for e in mention.entries)):
        return [left, *tokens]
    return tokens


def _named_anew(tokens: list[Token], previous: Actor, title_text: str | None) -> bool:
    """"The junta" after "U.S. Secretary of State John Kerry": a definite institution whose
    word the latest actor of its sector was not called by; "the same firms" are the ones told
    before, whatever they were called ("sanctions on three companies ... asset freezes
    against two of the same firms")."""
    definite = any(t.lower_ == "the" and t.dep_ == "det" for t in tokens)
    same = any(t.lower_ == SAME_WORD and t.dep_ == "amod" for t in tokens)
    return (definite and not same and bool(title_text)
            and title_text.lower() not in previous.text.lower()
            and not _rank_and_file(title_text) & _words(previous.text))


def same_rank_and_file(tokens: list[Token], title_text: str | None, context: ArticleContext
                       ) -> Actor | None:
    """"The soldiers" after "Israeli troops": the latest armed men with a country called by
    another word for them, over an institution told since ("..., the army said"); not "600
    extra soldiers" or "the New Forces"."""
    definite = any(t.lower_ == "the" and t.dep_ == "det" for t in tokens)
    if not definite or any(t.pos_ == "PROPN" for t in tokens):
        return None
    words = _rank_and_file(title_text)
    return next((actor for actor in reversed(context.history)
                 if actor.country and words & _words(actor.text)), None) if words else None


def _rank_and_file(title_text: str | None) -> frozenset[str]:
    """The words for the same armed men as a title's ("soldiers": "troops", "forces", ...)."""
    word = (title_text or "").lower()
    return next((words for words in RANK_AND_FILE_WORDS if word in words), frozenset())


def _words(text: str) -> set[str]:
    return {word.lower() for word in text.split()}


def _definite_plural(tokens: list[Token], found: DocMentions) -> bool:
    """"The ministers", "the officials": a plural office title with the definite article
    ("the rebels", "the troops", "the authorities" name one side, not the pair talked about)."""
    return any(t.tag_ == "NNS" and t.lower_ != "authorities"
               and any(c.lower_ == "the" for c in t.children)
               and t.i in found.title_at and set(found.title_at[t.i].title.sectors) <= {"GOV"}
               for t in tokens)


def _names_a_state(head: Token, found: DocMentions) -> bool:
    mention = found.name_at.get(head.i)
    return bool(mention) and all(e.kind in ("country", "capital") for e in mention.entries)


def _described_by_noun(head: Token) -> bool:
    """An apposition headed by a common noun ("Pyongyang's main ally"), not a name listed
    with it ("Niger, Burkina Faso and Togo", which the parser can hang as an apposition)."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children)


def _only_modifies_a_thing(head: Token, found: DocMentions) -> bool:
    """A country word that only modifies a common noun that is no actor word."""
    if (head.i in found.name_at or head.tag_ in PRONOUN_TAGS
            or counts_named_people(head, found.name_at)):
        return False
    if head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "NORP", "PERSON"):
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in FIRING_PLACE_NOUNS


def _has_coordination(tokens: list[Token]) -> bool:
    return any(t.dep_ == "cc" for t in tokens)


def _person_name(tokens: list[Token], found: DocMentions) -> str | None:
    """The person's name in a phrase, with a surname the model left out of the name ("Maria
    Corina" tagged a person, "Machado" an organisation)."""
    names = [t for t in tokens if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
             and t.i not in found.name_at]
    if not names:
        return None
    following = {t.i: t for t in tokens}
    while (after := following.get(names[-1].i + 1)) is not None and after.pos_ == "PROPN" \
            and after.ent_type_ not in ("PERSON", "GPE") and after.i not in found.name_at:
        names.append(after)
    return " ".join(t.text for t in names)


def _code(country: str | None, sectors: tuple[str, ...]) -> str | None:
    if not country:
        return None
    return country + (sectors[0] if sectors else "")


def _state_actor(iso3: str, sectors: tuple[str, ...], text: str, title: str | None,
                 book: ActorBook, name: str | None, kind: str) -> Actor:
    return Actor(text=text, code=_code(iso3, sectors), country=iso3, sector=sectors,
                 name=name or book.country_names.get(iso3), title=title, kind=kind)


def _person_actor(entry: Entry, text: str, title: str | None) -> Actor:
    return Actor(text=text, code=entry.code, country=entry.country, sector=entry.sectors,
                 name=entry.name, title=title or entry.title, kind="person")


def _organisation_actor(entry: Entry, text: str, titles: list[TitleMention]) -> Actor:
    return Actor(text=text, code=entry.code, country=entry.country, sector=entry.sectors,
                 name=entry.name, title=titles[0].span.text if titles else None,
                 kind="organisation")
