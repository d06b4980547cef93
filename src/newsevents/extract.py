"""Events from a parsed article: triggers, their sides, status, date, place and evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents import (
    closed_sites,
    conditional_threats,
    declined,
    harm_vows,
    lone_agreements,
    threats,
    transfers,
    truces,
)
from newsevents.actors import ActorResolver
from newsevents.answered_acts import answered_author
from newsevents.arguments import argument_heads, complement_heads
from newsevents.attach import dates_by_trigger, share_through_untold_verbs
from newsevents.bowed_acts import fold_giving_in
from newsevents.burned_flags import burned_flag_owners
from newsevents.called_occasions import date_called_occasions
from newsevents.claims import claimed_doer
from newsevents.clean import squash
from newsevents.conjoined import (
    date_participles_of_untold_verbs,
    share_targets,
    share_with_conjuncts,
    share_with_misread_conjuncts,
)
from newsevents.context import ArticleContext
from newsevents.dates import publication_date
from newsevents.demands import drop_demanded_actions, threats_by_denial
from newsevents.denied_charges import charge_answerers, charge_makers
from newsevents.departures import withdrawn_forces
from newsevents.entities import entities_in
from newsevents.event_nouns import JOINT_WORDS
from newsevents.forum_complaints import complained_about
from newsevents.hosts import host_only_as_venue
from newsevents.identifying_clauses import identifies_in_background
from newsevents.idiom_senses import drop_idiom_senses
from newsevents.implied_recipients import AID_TYPES
from newsevents.invented_acts import without_untold_acts
from newsevents.lexicon import Lexicon
from newsevents.likeness import aimed_like_the_earlier, copied_acts
from newsevents.linked_victims import victims_linked_to
from newsevents.measures import foreign_ban_as_sanction
from newsevents.mention_index import DocMentions
from newsevents.narrative_days import date_by_narrative_day, next_occasion
from newsevents.occasions import carry_from_occasions, refers_to_occasion, share_with_occasions
from newsevents.offsets import date_by_offset, date_by_setting, kept_anchor_day, last_told_day
from newsevents.opened_borders import eased_openings
from newsevents.pairing import (
    AIMED_AWAY_TYPES,
    RECIPROCAL_TYPES,
    Sides,
    domestic_rivals,
    implied_target,
    names_each_other,
    names_only_a_place,
    pair_up,
    rivals_at_home,
    settle_inferred,
    unique_actors,
)
from newsevents.past_verb_days import date_past_tellings
from newsevents.places import Gazetteer
from newsevents.placing import places_by_trigger
from newsevents.police_raids import armed_raid_as_assault, police_raid_as_coercion
from newsevents.quotes import SPEECH_VERBS, attribution_for
from newsevents.reacted_acts import reactor_heads
from newsevents.received_acts import received_acts
from newsevents.records import (
    SYMMETRIC_TYPES,
    Actor,
    Article,
    Event,
    EventDate,
    Evidence,
    Place,
)
from newsevents.references import first_person_pronoun
from newsevents.referred_occasions import date_by_earlier_occasions, remember_occasion_days
from newsevents.refused_acts import pressing_side
from newsevents.release_holders import release_holder
from newsevents.releases import frees_unplaced_people, holder_releases
from newsevents.sentences import doc_words, sentences
from newsevents.separate_pledges import misread_receivers, pledged_apart
from newsevents.side_choices import one_by_one, preferred, voiced_by_speaker
from newsevents.statement_days import (
    date_refusals_by_statement,
    refusal_day,
    undate_perfects_by_other_acts,
    undate_plans_of_statements,
)
from newsevents.statement_places import keep_statements_in_towns
from newsevents.status import event_status, is_refusal, not_an_event, told_as_done
from newsevents.story_sides import remember_sides, untold_doers
from newsevents.struck_settlements import victims_of_the_teller
from newsevents.syntax import (  # their guessed victims are the story's country's
    FORCE_TYPES,
    SUBJECT_DEPS,
)
from newsevents.talks_sides import completed_talks_sides
from newsevents.threat_sides import (
    drop_hazard_warnings,
    passive_threateners,
    revoked_act_targets,
    threatened_sides,
    threatener_told,
    warned_people,
)
from newsevents.triggers import Trigger, find_triggers
from newsevents.undergoing import attacker_first
from newsevents.unnamed_partners import home_partner
from newsevents.unnamed_people import generic_victims, settle_unnamed_doers, victims_where_told
from newsevents.warded_acts import warded_act_doers
from newsevents.when_clauses import date_by_when_clauses

# Sentences with this many words from the non-political list (sports, markets) are skipped.
NONPOLITICAL_SENTENCE_HITS = 1
# Articles with this many distinct non-political words of one domain are not coded at all.
NONPOLITICAL_ARTICLE_HITS = 4
# ... or this many distinct words of data/lexicon/domain_cues.tsv (chosen so that no political
# article of the dev and sample gold sets reaches it, while their sports and business stories do).
ARTICLE_CUE_WORDS = 6
MULTILATERAL_MODE = {"CONSULT": "multilateral"}
# Types whose recipient may sit in the complement clause ("threatened to close its borders
# with Poland", "warned that Israel would strike Beirut", "demanded that Somalia release").
COMPLEMENT_TARGET_TYPES = {"THREATEN", "REQUEST", "ACCUSE"}
# Statements whose recipient, when no other country is named, may be a rival at home ("the
# minister warned that the army would respond if the rebels attacked again").
RIVAL_TARGET_TYPES = COMPLEMENT_TARGET_TYPES | {"REJECT"}
# Types whose direct object is a topic, never the recipient ("discussed the war").
TOPIC_OBJECT_TYPES = {"CONSULT"}
# Names that count towards the countries an article is about ("the Lebanese army" too).
COUNTED_KINDS = {"country", "capital", "adjective", "organisation"}
# The country a story is filed from, when the story names it, counts this many more mentions
# when its main country is chosen (measured on the dev set: 3 better than 1, 2 and 5).
DATELINE_WEIGHT = 3
# Deployments: a town of the deploying country is a destination, not a target.
DEPLOYMENT_TYPES = {"MOBILIZE"}
# Verbs of assent: refusing them is rejecting, with no other act refused.
ASSENT_VERBS = {"accept", "agree", "approve", "endorse", "recognise", "recognize"}
# Every event needs a second side, named or implied: alone, "X agreed to ..." is a decision,
# coded by its content, and "X will meet next week" with no one named is not coded (measured on
# AGREE and CONSULT: 28 false events, 7 found; on the other types: 7 false events, 0 found) ...
# ... except an international body meeting ("NATO ministers met"; dropping it too, measured in
# the tenth session, also drops talks whose second party the parse loses: docs/accuracy.md).
MEMBERS_MEET = {"CONSULT"}


@dataclass(frozen=True, slots=True)
class Circumstances:
    """When, where and with what status a trigger's events happened."""

    when: EventDate
    place: Place | None
    status: str


@dataclass(slots=True)
class Extractor:
    """Turns a parsed article into events; holds the resources, not the article."""

    resolver: ActorResolver
    lexicon: Lexicon
    gazetteer: Gazetteer

    def read(self, article: Article, doc: Doc) -> tuple[list[Event], Place | None]:
        """The article's events, and the dateline's place as read with the story's countries
        (the pipeline places street protests there)."""
        if self.nonpolitical_domain(doc):
            return [], None
        context = ArticleContext(article.pub_date)
        found = self.resolver.mentions(doc)
        context.lead_end = sentences(doc)[0].end if len(doc) else 0
        for mention in sorted(set(found.name_at.values()), key=lambda m: m.span.start):
            for entry in mention.entries:
                if entry.kind in COUNTED_KINDS and entry.country:
                    context.count_country(entry.country, mention.span.start, entry.kind)
        # the dateline's town read with the story's countries ("HYDERABAD" on Sindh)
        home = self.gazetteer.dateline_place(article.dateline, context.country_mentions
                                             ) if article.dateline else None
        context.home_place, context.home_country = home, (home.country if home else None)
        context.venue_host = host_only_as_venue(doc, context.home_country, context.lead_end,
                                                context.named_positions)
        if context.home_country in context.country_mentions and not context.venue_host:
            context.country_mentions[context.home_country] += DATELINE_WEIGHT
        events: list[Event] = []
        occasions: set[int] = set()
        title_key = squash(article.title or "")
        # a sentence's cues are among the article's: too few there, too few in each sentence
        cued = self.nonpolitical_hits(doc) >= NONPOLITICAL_SENTENCE_HITS
        for index, sent in enumerate(sentences(doc)):
            if title_key and squash(sent.text) == title_key:
                continue
            if cued and self.nonpolitical_hits(sent) >= NONPOLITICAL_SENTENCE_HITS:
                continue
            if refers_to_occasion(sent):
                occasions.add(index)
            events.extend(self.sentence_events(article, sent, index, found, context))
        return carry_from_occasions(events, occasions), home

    def nonpolitical_hits(self, span: Span | Doc) -> int:
        words = self.lexicon.nonpolitical
        lowered = span.text.lower()
        hits = set() if words.keys().isdisjoint(doc_words(span.doc)) else {
            t.lower_ for t in span if t.lower_ in words or t.lemma_.lower() in words}
        hits |= {w for w in self.lexicon.nonpolitical_phrases if w in lowered}
        return len(hits)

    def nonpolitical_domain(self, doc: Doc) -> bool:
        """Sports and business stories: enough distinct cue words of one domain."""
        lowered = doc.text.lower()
        words = doc_words(doc)
        counts: dict[str, set[str]] = {}
        for cues, needed in ((self.lexicon.nonpolitical, NONPOLITICAL_ARTICLE_HITS),
                             (self.lexicon.domain_cues, ARTICLE_CUE_WORDS)):
            counts.clear()
            for word in words & cues.keys():
                counts.setdefault(cues[word], set()).add(word)
            for word in self.lexicon.phrases_of(cues):
                if word in lowered:
                    counts.setdefault(cues[word], set()).add(word)
            if any(len(words) >= needed for words in counts.values()):
                return True
        return False

    def sentence_events(self, article: Article, sent: Span, index: int, found: DocMentions,
                        context: ArticleContext) -> list[Event]:
        # in the order of the text, so that "the two" can mean the pair just named
        triggers = drop_hazard_warnings(drop_demanded_actions(harm_vows.drop_revoked_acts(
            received_acts(find_triggers(sent, self.lexicon), sent, self.lexicon))))
        triggers = eased_openings(drop_idiom_senses(triggers))  # idiom_senses, opened_borders
        triggers = sorted(triggers + copied_acts(  # "Britain followed suit" (likeness.py)
            sent, triggers, context.authors, self.lexicon.defaults), key=lambda t: t.head.i)
        statuses = {t.head.i: event_status(t) for t in triggers}
        triggers = self.threats_and_refusals(sent, threats_by_denial(triggers, statuses),
                                             statuses, found, context)
        triggers = without_untold_acts(triggers, statuses, sent)  # "would consider lifting",
        # "rejected what it called ...", "'we have not conceded'" (invented_acts.py)
        dates, places = self.dates_and_places(article, sent, triggers, statuses, found,
                                              context)
        named_after = first_person_pronoun(sent)  # "He accused ... Uribe": not Uribe
        self.remember_people(sent, found, context, range(sent.start, named_after))
        for token in sent:
            if token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in SPEECH_VERBS:
                context.remember(self.resolver.actors_for(token, found, context))
        told: list[tuple[Trigger, list[Event]]] = []
        told_sides: dict[int, tuple[Trigger, Sides]] = {}
        for trigger in triggers:
            place = places.get(trigger.head.i)
            sides = self.sides_of(trigger, found, context, closed_sites.sides_country(
                trigger, place), {i for t in triggers if t is not trigger for i in t.indices})
            sides = aimed_like_the_earlier(trigger, share_targets(trigger, sides, told_sides),
                                           context)
            sides = completed_talks_sides(trigger, sides, context)  # "the talks opened"
            told_sides[trigger.head.i] = (trigger, sides)
            when = dates.get(trigger.head.i) or publication_date(article.pub_date)
            if identifies_in_background(trigger, when, article.pub_date, self.lexicon.nouns):
                continue  # "Tiani, who seized power in July": who he is (identifying_clauses.py)
            status = statuses[trigger.head.i]
            if status == "occurred" and _in_future(when, article) and not told_as_done(trigger):
                status = "planned"
            attribution = attribution_for(trigger, sent, found, self.resolver)
            sides = voiced_by_speaker(sides, trigger, attribution, sent)
            sides = victims_of_the_teller(trigger, sides, attribution)  # "fired on villages"
            paired = lone_agreements.with_second_side(trigger, sides, found, context, self.resolver)
            told.append((trigger, [replace(event, attribution=attribution) for event in
                                   self.paired_events(article, sent, index, trigger, paired,
                                                      context, Circumstances(when, place,
                                                                             status))]))
            remember_sides(trigger, sides, status, context)
        for token in sent:
            if token.dep_ in SUBJECT_DEPS and not any(
                    token.i in t.indices for t in triggers) and \
                    token.head.lemma_.lower() not in SPEECH_VERBS:
                context.remember(self.resolver.actors_for(token, found, context))
        self.remember_people(sent, found, context, range(named_after, sent.end))
        return fold_giving_in(told)  # "would hand power ..., bowing to pressure"

    def dates_and_places(self, article: Article, sent: Span, triggers: list[Trigger],
                         statuses: dict[int, str], found: DocMentions, context: ArticleContext
                         ) -> tuple[dict[int, EventDate], dict[int, Place]]:
        """The day and the place of each trigger of a sentence: those its own clause gives,
        then those shared with conjuncts, occasions, "when" clauses and earlier occasions
        ("At the meeting, he accused"), less the days that belong to another act ("said on
        Friday it would ask")."""
        pub = article.pub_date
        future = {i: status in ("planned", "hypothetical") for i, status in statuses.items()}
        dates = dates_by_trigger(sent, triggers, pub, future, context.told_day,
                                 context.anchor_day)
        places = places_by_trigger(sent, triggers, self.gazetteer, context.country_mentions,
                                   found.name_at, context.home_place, day=pub)
        share_with_conjuncts(triggers, dates, participles=True, statuses=statuses)
        share_through_untold_verbs(triggers, dates)
        share_with_misread_conjuncts(triggers, dates)  # "denied that ... had crossed and accused"
        date_participles_of_untold_verbs(triggers, dates, pub, future)  # "offered ..., bowing"
        date_called_occasions(sent, triggers, dates, pub, future)  # "on Monday called a strike"
        date_past_tellings(sent, triggers, dates, pub, future)  # "pledged on Friday $5 million"
        date_by_when_clauses(sent, triggers, dates, pub, future)  # "when they meet"
        share_with_conjuncts(triggers, places, participles=False)
        keep_statements_in_towns(triggers, places)  # "shelled Idlib province and accused"
        share_with_occasions(triggers, dates)
        date_by_setting(triggers, dates, pub)
        date_by_offset(triggers, dates, pub)
        undate_plans_of_statements(sent, triggers, dates, future)  # "said on Friday it would ask"
        undate_perfects_by_other_acts(sent, triggers, dates, pub)  # "has accused"
        date_refusals_by_statement(sent, triggers, dates, pub)  # "will not meet"
        date_by_earlier_occasions(triggers, dates, context.occasion_days)  # "At the meeting"
        remember_occasion_days(triggers, dates, context.occasion_days)
        date_by_narrative_day(sent, triggers, dates, statuses, context.told_occasion, pub)
        # "Hours later" counts from the last event told, or the last day named
        context.told_day = last_told_day(sent, triggers, dates, pub, context.told_day)
        context.anchor_day = kept_anchor_day(sent, triggers, dates, context.told_day,
                                             context.anchor_day)
        # the occasion the next sentence may go on with
        context.told_occasion = next_occasion(sent, triggers, dates, context.told_day,
                                              context.told_occasion)
        share_with_occasions(triggers, places)
        return dates, places

    def threats_and_refusals(self, sent: Span, triggers: list[Trigger], statuses: dict[int, str],
                             found: DocMentions, context: ArticleContext) -> list[Trigger]:
        """Threats and refusals that happened when said (threats.py): announced harm ("Russia
        would retaliate against London"), idioms ("will not tolerate"), refused acts ("would
        not attend")."""
        for trigger in list(triggers):
            if self.is_announced_harm(trigger, statuses[trigger.head.i], found, context):
                threat = threats.as_threat(trigger, self.lexicon.defaults["THREATEN"])
                triggers[triggers.index(trigger)] = threat
                statuses[threat.head.i] = "occurred"
        triggers[:] = transfers.forces_sent_to_help(triggers)
        said = harm_vows.vow_threats(sent, triggers, statuses, self.lexicon.defaults["THREATEN"])
        said += threats.idiom_threats(sent, triggers, self.lexicon.defaults["THREATEN"])
        said += conditional_threats.kept_threats(sent, triggers + said,
                                                 self.lexicon.defaults["THREATEN"])
        said += threats.refusal_triggers(sent, triggers, self.lexicon.defaults["REJECT"])
        said += declined.declined_refusals(sent, triggers + said, self.lexicon.defaults["REJECT"])
        said += threats.first_fire_blames(sent, triggers, self.lexicon.defaults["ACCUSE"])
        threats.occurred(said, statuses)
        return sorted(triggers + said, key=lambda t: t.head.i)

    def is_announced_harm(self, trigger: Trigger, status: str, found: DocMentions,
                          context: ArticleContext) -> bool:
        """Force or a measure its own side says it would or could use ("Russia would retaliate
        against London"): a threat (threats.py)."""
        def same_side(speaker: Token, subject: Token) -> bool:
            said_by = {a.country for a in self.resolver.actors_for(speaker, found, context)}
            actors = {a.country for a in self.resolver.actors_for(subject, found, context)}
            return bool(said_by & actors)

        return threats.is_announced_harm(trigger, status, same_side)

    def remember_people(self, sent: Span, found: DocMentions, context: ArticleContext,
                        starts: range) -> None:
        """Named people of the sentence whose names start in this range, for later "he" and
        short names."""
        for entity in entities_in(sent):
            if entity.label_ == "PERSON" and entity.start in starts:
                head = entity.root
                while head.dep_ in ("compound", "appos", "flat") and head.head.i != head.i:
                    if head.dep_ == "appos" and _names_a_place(head.head, found):
                        break  # "envoy for Yemen, Tim Lenderking": he is not Yemen
                    head = head.head  # "his Finnish counterpart Timo Soini"
                actors = self.resolver.actors_for_one(head, found, context)
                context.remember([a for a in actors if a.kind == "person"])

    def sides_of(self, trigger: Trigger, found: DocMentions, context: ArticleContext,
                 place_country: str | None = None, trigger_tokens: set[int] = frozenset()
                 ) -> Sides:
        def resolve(tokens: list[Token], per_country: bool, as_source: bool = False
                    ) -> list[Actor]:
            actors: list[Actor] = []
            for token in tokens:
                actors.extend(self.resolver.actors_for(token, found, context, place_country,
                                                       as_source))
            return unique_actors(actors, per_country)

        source_heads, target_heads, party_heads = argument_heads(trigger)
        target_heads = burned_flag_owners(trigger) or misread_receivers(trigger) or target_heads
        source_heads, target_heads = transfers.giver_first(trigger, source_heads, target_heads)
        source_heads, target_heads = attacker_first(trigger, source_heads, target_heads)
        source_heads, target_heads = withdrawn_forces(trigger, *holder_releases(
            trigger, source_heads, target_heads))  # departures.py
        source_heads = claimed_doer(trigger, source_heads)  # "... the Houthis claimed it"
        source_heads = source_heads or passive_threateners(trigger)  # "threatened with X by Y"
        plover = trigger.coding.plover
        sources = rivals_at_home(trigger, source_heads, target_heads, resolve(
            source_heads, True, as_source=not trigger.nominal), lambda heads: resolve(
            heads, False, as_source=not trigger.nominal))  # "government and rebels ... each other"
        answered = answered_author(trigger, target_heads, sources, context, resolve,
                                   self.lexicon) or complained_about(
            trigger, target_heads, sources, context, resolve, lambda nouns: answered_author(
                trigger, nouns, sources, context, resolve, self.lexicon))  # "with the UNSC"
        home = {a.country for a in sources} if plover in DEPLOYMENT_TYPES else set()
        own = {a.country for a in sources if a.country}
        answered = release_holder(plover, target_heads, sources, context) or answered
        aimed = context.local_country() if plover in AIMED_AWAY_TYPES else None
        if aimed in {a.country for a in resolve(reactor_heads(trigger), True)}:
            aimed = None  # "Washington deplored the bombardment of a camp by Sudanese jets"
        targets = answered or settle_inferred(
            preferred(target_heads, resolve, home, own, plover in FORCE_TYPES), sources,
            place_country, aimed)
        targets = targets or generic_victims(plover, target_heads, found, sources, place_country)
        if plover == "REJECT":  # "a charge Tehran denied": whoever made the charge
            targets = targets or resolve(charge_makers(trigger.head), True)
        if plover == "ACCUSE":  # "Bolivia has denied accusations by Lima": Bolivia
            targets = targets or resolve(charge_answerers(trigger.head), True)
        targets = victims_where_told(targets, target_heads, found, place_country)  # "in Lebanon"
        targets = victims_linked_to(targets, target_heads, found, plover)  # "dealing with Iran"
        sources = settle_unnamed_doers(plover, sources, targets, place_country)
        if not targets and plover == "THREATEN":  # "... if the EU imposed new sanctions"
            targets = threatened_sides(trigger, sources, resolve)
        targets = warned_people(trigger, sources, targets)  # "anyone who tried to cause chaos"
        targets = warded_act_doers(trigger, sources, targets, context, resolve)  # "any attack"
        parties = home_partner(plover, party_heads, resolve(party_heads, False), found,
                               resolve)  # "talks between the ministry and the union"
        if not sources and not parties and not targets and plover in SYMMETRIC_TYPES \
                and context.groups:
            parties = context.talking_sides(SYMMETRIC_TYPES)  # "the talks will be held in X"
        if not sources and not parties:
            sources, targets = untold_doers(trigger, targets, context, place_country, resolve)
        joint = any(word.lower_ in JOINT_WORDS  # "jointly fund": partners in one act
                    for token in {trigger.tokens[0], trigger.head} for word in token.children)
        each_other = len(sources) == 2 and plover in RECIPROCAL_TYPES and not joint
        if (not targets and not parties and sources and plover not in TOPIC_OBJECT_TYPES
                and not frees_unplaced_people(trigger)  # "freed 38 prisoners after mediation"
                and not each_other  # "Thai and Cambodian troops exchanged fire"
                and (len(sources) == 1 or plover not in SYMMETRIC_TYPES)):
            targets = self.complement_targets(trigger, sources, resolve, trigger_tokens)
        targets = revoked_act_targets(trigger, sources, targets, resolve)  # "scrapped a ban on X"
        sources, targets = threatener_told(trigger, sources, targets, resolve)  # "that Ankara"
        return Sides(sources, targets, parties, joint, names_each_other(target_heads, trigger))

    def complement_targets(self, trigger: Trigger, sources: list[Actor], resolve,
                           trigger_tokens: set[int]) -> list[Actor]:
        """The first other side named in the act's complement clauses ("agreed to bring Armenia
        and Azerbaijan to the table"), searched clause kind by clause kind."""
        own = {a.side for a in sources}
        # "massed troops on the border", "stood down their units near the Finnish border"
        deployed = trigger.coding.plover in DEPLOYMENT_TYPES | {"RETREAT"}
        rivals: list[Actor] = []
        for clauses in self.complement_clauses(trigger.coding.plover):
            stop = set() if clauses else trigger_tokens
            for head in complement_heads(trigger, stop, clauses=clauses):
                if not deployed and names_only_a_place(head):
                    continue
                actors = resolve([head], True)
                targets = [a for a in actors if a.side not in own]
                if targets:
                    return targets
                if (trigger.coding.plover in RIVAL_TARGET_TYPES
                        and not self.inside_an_act(head, trigger)):
                    rivals = rivals or domestic_rivals(sources, actors)
        return rivals

    def inside_an_act(self, head: Token, trigger: Trigger) -> bool:
        """"an explanation for the arrest of two activists": a phrase that holds an act's noun,
        or hangs on one by "of", names the act's parties, not a side of the clause ("talks
        with the rebels" does)."""
        if any(self.names_an_act(token) for token in head.subtree):
            return True
        for token in head.ancestors:
            if token.i in trigger.indices:
                return False
            if token.lower_ == "of" and self.names_an_act(token.head):
                return True
        return False

    def names_an_act(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and self.lexicon.noun_rule(token) is not None

    @staticmethod
    def complement_clauses(plover: str) -> list[set[str]]:
        """Where to look for an unnamed recipient, in order: the clause's own phrases; for
        threats and demands then their complement, then their condition clause."""
        if plover in COMPLEMENT_TARGET_TYPES:
            return [set(), {"xcomp", "ccomp", "nsubj", "nsubjpass"},
                    {"xcomp", "ccomp", "nsubj", "nsubjpass", "advcl"}]
        if plover in AID_TYPES:  # "fund a programme to repair Ukraine's grid"
            return [set(), {"relcl", "advcl", "xcomp"}]
        return [set()]

    def paired_events(self, article: Article, sent: Span, index: int, trigger: Trigger,
                      sides: Sides, context: ArticleContext, told: Circumstances
                      ) -> list[Event]:
        """One event per pair of sides; a refusal ("would not contribute") is also a REJECT."""
        events = []
        plover = trigger.coding.plover
        # "will not halt construction": defiance, no rejection; "would not bow to pressure" is
        # a REJECT of whoever presses (refused_acts.py)
        refused = is_refusal(trigger, told.status)
        # "would not accept foreign troops" is only a rejection; "will not hand anyone over"
        # only a stance
        told_as_act = not ((refused and trigger.verb.lemma_.lower() in ASSENT_VERBS)
                           or not_an_event(trigger, told.status))
        pairs = pledged_apart(trigger, sides.sources, sides.targets, sides.parties,
                              lambda noun: (rule := self.lexicon.noun_rule(noun)) is not None
                              and rule.coding.plover in AID_TYPES)
        for source, target, others in pairs or pair_up(sides, plover, one_by_one(trigger)):
            implied = None if target or others else implied_target(
                plover, source, context, closed_sites.for_sides(trigger, told.place), sent, trigger)
            # "Syria would not bow to pressure": to no one in Syria (refused_acts.py)
            target = target or (pressing_side(trigger, source, implied) if refused else implied)
            if (target is None and not others
                    and not (plover in MEMBERS_MEET and source.country is None
                             and source.code)):
                if refused:  # "Ivanov said he would not sign the agreement": a rejection
                    events.append(self.refusal_without_act(article, sent, index, trigger,
                                                           source, context, told))
                continue  # "the cabinet agreed to release them": no agreement between sides;
                # "lawyers boycotted the courts": no second side
            place = self.destination(trigger, target, told.place, context)
            event = foreign_ban_as_sanction(
                self.make_event(article, sent, index, trigger, source, target, others,
                                told.when, place, told.status),
                trigger.verb, self.lexicon.defaults["SANCTION"])
            event = police_raid_as_coercion(event, trigger.verb, self.lexicon.defaults["COERCE"])
            event = armed_raid_as_assault(event, trigger.verb, self.lexicon.defaults["ASSAULT"])
            if told_as_act:
                events.append(event)
            if refused:
                refusal = replace(trigger, coding=self.lexicon.defaults["REJECT"])
                said = refusal_day(sent, trigger, told.when, article.pub_date)
                rejection = self.make_event(article, sent, index, refusal, source, target,
                                            others, said or publication_date(article.pub_date),
                                            told.place, "occurred")
                key = f"{event.event_id}|refusal".encode()
                events.append(replace(rejection, event_id=hashlib.sha1(key).hexdigest()[:20]))
        if truces.signs_a_truce(trigger):  # "signed a seven-day ceasefire": one to be kept
            events += [truces.kept_truce(e, self.lexicon.nouns["ceasefire"].coding,
                                         publication_date(article.pub_date)) for e in events]
        return events

    def refusal_without_act(self, article: Article, sent: Span, index: int, trigger: Trigger,
                            source: Actor, context: ArticleContext, told: Circumstances
                            ) -> Event:
        """"Ivanov said he would not sign the agreement into law": the act refused has no
        second side, the refusal answers whoever the story has acting on its author."""
        refusal = replace(trigger, coding=self.lexicon.defaults["REJECT"])
        target = pressing_side(trigger, source, implied_target(
            "REJECT", source, context, told.place, sent))
        said = refusal_day(sent, trigger, told.when, article.pub_date)
        return self.make_event(article, sent, index, refusal, source, target, [],
                               said or publication_date(article.pub_date), told.place,
                               "occurred")

    def destination(self, trigger: Trigger, target: Actor | None, place: Place | None,
                    context: ArticleContext) -> Place | None:
        """"to travel to Riyadh and Muscat": each visit happens in its host's city."""
        if (trigger.coding.mode != "visit" or target is None or place is None
                or place.country == target.country):
            return place
        for token in trigger.verb.subtree:
            if token.ent_type_ == "GPE" and token.ent_iob_ == "B":
                found = self.gazetteer.lookup(token.text, context.country_mentions)
                if found is not None and found.country == target.country:
                    return found
        return place

    def make_event(self, article: Article, sent: Span, index: int, trigger: Trigger,
                   source: Actor, target: Actor | None, others: list[Actor], when: EventDate,
                   place, status: str) -> Event:
        coding = trigger.coding
        mode = coding.mode or (MULTILATERAL_MODE.get(coding.plover) if others else None)
        key = f"{article.article_id}|{sent.start_char}|{trigger.head.i}|{source.party_key}|" \
              f"{target.party_key if target else ''}"
        confidence = 0.5 + 0.2 * bool(source.sector) + 0.2 * bool(target) + 0.1 * (
            not trigger.nominal)
        return Event(
            event_id=hashlib.sha1(key.encode()).hexdigest()[:20],
            article_id=article.article_id,
            event_type=coding.plover, mode=mode, cameo=coding.cameo, quad_class=coding.quad,
            goldstein=coding.goldstein, source=source, target=target, date=when,
            location=place, status=status,
            evidence=Evidence(sent.text, index, sent.start_char, sent.end_char, trigger.text),
            confidence=round(min(confidence, 1.0), 2), participants=tuple(others),
        )


def _names_a_place(token: Token, found: DocMentions) -> bool:
    mention = found.name_at.get(token.i)
    return bool(mention) and all(e.kind in ("country", "capital") for e in mention.entries)


def _in_future(when: EventDate, article: Article) -> bool:
    return bool(when.is_stated and article.pub_date and when.start
                and when.start > article.pub_date)
