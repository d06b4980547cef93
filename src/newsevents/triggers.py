"""Event triggers in a parsed sentence: verbs and nouns of the lexicon, grouped into units
(a light verb with its event noun, "held talks"; a noun repeated in the same clause)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.agreed_together import agreed_together
from newsevents.aimed_objects import admits_fact, aimed_objects
from newsevents.answered_charges import answered_charge
from newsevents.arrivals import forces_arriving
from newsevents.attack_tolls import without_told_tolls
from newsevents.blasts import not_a_blast
from newsevents.departures import forces_leaving
from newsevents.event_nouns import (
    JOINT_WORDS,
    TIME_SPAN_NOUNS,
    act_complained_of,
    condemned_force,
    counted_by,
    counts_a_gathering,
    gathering_members,
    governing_verb,
    is_standalone_event,
    named_by_year,
)
from newsevents.expected_visits import ARRIVAL_PREP, ARRIVAL_VERB, due_arrivals
from newsevents.held_people import held_description
from newsevents.joint_phrases import (
    exercised_with_partner,
    joint_before,
    joint_object_lemmas,
    joint_on_preposition,
)
from newsevents.lexicon import Coding, Lexicon, VerbRule
from newsevents.measures import declared_unwelcome
from newsevents.meetings import (
    agreed_after,
    call_told_in,
    group_at_meeting,
    invited_to_gathering,
    involving,
    present_for_talks,
    titles_of_named,
)
from newsevents.met_demands import RECODED_TYPES, concession_coding, demanded_acts
from newsevents.object_phrases import rule_through_object_phrase
from newsevents.pairing import DOMESTIC_TYPES
from newsevents.plots import only_aimed_at
from newsevents.protest_acts import PROTEST_VERB, acts_in_protest, protest_gathering
from newsevents.strikes import recode_labour_strike, recode_sea_launch
from newsevents.summons import aim_not_act
from newsevents.summons import is_to_infinitive as is_to_infinitive  # used by status, extract
from newsevents.syntax import PRESENT_TAGS, joined_subjects, prep_objects
from newsevents.told_aside import accident_toll, identifying_clause, ordered_to_use_force
from newsevents.ultimatums import granted_spans
from newsevents.verb_parts import (
    OBJECT_DEPS,
    arriving_cargo,
    cargo_of,
    counted_acts,
    dates_only,
    described_suspects,
    objects_of,
    particles_of,
    phrasal_particles,
    relative_head,
    relative_side_told,
    spans_told_as_time,
)
from newsevents.verbal import occasion_with_partner
from newsevents.visitors import visiting_subject_verb

# Nouns whose infinitive says what their author will do: "an agreement to give", "a plan to".
INTENT_NOUNS = {"agreement", "deal", "plan", "decision", "offer", "pledge", "promise",
                "proposal", "commitment", "bid", "effort", "attempt", "accord", "pact"}
# Nouns whose participle says what the issuer did ("issued a statement praising the deal").
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "resolution",
                   "letter", "note", "message", "speech", "address", "decree", "petition"}
JOINT_CAMEO = "062"  # CAMEO: cooperate militarily
# Prepositions naming a force acted beside, a partner, not a target ("alongside Kenyan troops").
PARTNER_PREPS = {"alongside"}
# Nouns of military practice: held by two or more forces together, or with another force,
# they are a joint exercise ("Philippine and U.S. forces will hold their annual exercises").
EXERCISE_NOUNS = {"exercise", "drill", "wargame", "game", "patrol", "manoeuvre", "maneuver"}
# A boycott called by a state is a sanction (CAMEO 163), not a protest: words that make a
# clause's subject a state ("the government", "Arab states").
STATE_NOUNS = {"government", "state", "country", "nation", "ministry", "cabinet", "authority",
               "administration", "kingdom"}
STATE_ENTITIES = {"GPE"}
# Verbs by which only a state puts a boycott on someone ("the boycott they imposed on Doha").
IMPOSING_VERBS = {"impose", "enforce", "tighten", "extend"}
EMBARGO_CAMEO = "163"  # CAMEO: impose embargo, boycott or sanctions
# Irregular past tenses the parser can tag as presents ("rebels retook the town" as VBP):
# a form on this list is never a habitual present.
# Forms that are also presents ("hit", "beat", "cut", "put") are left out.
IRREGULAR_PASTS = {"retook", "took", "overran", "overtook", "shot", "struck", "fought", "drove",
                   "threw", "overthrew", "broke", "stole", "swept", "rode", "withdrew", "slew",
                   "shook", "sank", "blew", "ran", "fled", "laid", "led", "held", "sent",
                   "went", "won", "caught", "froze", "tore", "undertook", "outran", "bought",
                   "brought", "sought", "gave", "forbade", "stood", "began", "bade"}
# Naming an act by a word of blame is an accusation ("called the detention 'unlawful'",
# "called the cut 'blackmail'"); other names are not ("called the visit a routine part of the
# dialogue"). "Described ... as" was measured alone in the sixth session (no event found, one
# false); with the blame words read on the complement (blaming_name) it finds events.
NAMING_VERBS = {"call", "term", "label", "dub", "describe"}  # "termed the move a provocation"
BLAME_WORDS = {
    "unlawful", "illegal", "illegitimate", "groundless", "baseless", "unfounded",
    "unacceptable", "provocation", "provocative", "blackmail", "aggression", "invasion",
    "crime", "terrorism", "violation", "farce", "betrayal", "absurd", "irresponsible",
    "hostile", "outrageous", "interference", "propaganda", "criminal", "barbaric", "atrocity",
    "massacre", "genocide", "piracy", "sabotage", "reckless", "unjustified", "unjustifiable",
    "unprovoked", "cowardly", "heinous", "insult", "affront", "extortion", "hypocritical",
    "shameful", "disgraceful", "lie", "slander", "intimidation", "harassment", "hooliganism",
    "unfriendly", "hysterical", "cruel", "reprehensible", "meddling", "russophobic",
    "punishment", "threat",
}
APPEAL_PARTICLES = {"on", "upon", "for", "off", "up"}  # "call on", "call for", "call off"
BLAME_CAMEO = "111"  # CAMEO: criticize or denounce


@dataclass(frozen=True, slots=True)
class Trigger:
    head: Token
    tokens: tuple[Token, ...]
    coding: Coding
    targets: tuple[str, ...]
    verb: Token | None
    nominal: bool

    @property
    def indices(self) -> set[int]:
        return {t.i for t in self.tokens}

    @property
    def text(self) -> str:
        ordered = sorted(self.tokens, key=lambda t: t.i)
        return " ".join(t.text for t in ordered)


LINKING_VERBS = {"look", "seem", "sound", "appear", "feel", "remain"}
CURRENCY_SIGNS = {"$", "€", "£", "¥"}
# Entity labels of words that only date an act: never what a verb acts on.
TIME_ENTITIES = {"DATE", "TIME"}
# Prepositions of circumstance: their object is when a light verb acted, not what it did.
CIRCUMSTANCE_PREPS = {"during", "after", "before", "since", "amid", "despite", "following",
                      "until", "ahead", "without"}  # "ended talks without agreement"
# Prepositions whose object is what a voiced feeling is about ("voiced alarm over X").
FEELING_TOPIC_PREPS = {"over", "about"}
TEST_LEMMA = "test"  # the verb row a "test-" prefix reads ("test-fired a missile")
TEST_DEPS = {"npadvmod", "compound", "advmod", "amod", "nmod"}


def verb_trigger(verb: Token, lexicon: Lexicon) -> Trigger | None:
    deps = {c.dep_ for c in verb.children}
    if blaming_name(verb):
        base = lexicon.defaults["ACCUSE"]
        coding = Coding("ACCUSE", "criticize", BLAME_CAMEO, base.quad, base.goldstein)
        return Trigger(verb, (verb,), coding, ("obj",), verb, nominal=False)
    naming = "oprd" in deps and "dobj" in deps
    objects = objects_of(verb) + spans_told_as_time(verb)
    heads = relative_head(verb)  # "sanctions that Brussels imposed", "boats Italy handed over"
    # a load acted on decides first ("sent a plane loaded with aid"; not "after months of protests")
    held = {o.lemma_.lower() for o in cargo_of([o for o in objects if o.dep_ in OBJECT_DEPS])}
    lemmas = {o.lemma_.lower() for o in objects + cargo_of(objects) + arriving_cargo(verb)
              + heads  # "a charge Tehran denied", "boats Italy handed over to Libya"
              if o.ent_type_ not in TIME_ENTITIES}  # "until the end of March" is no march
    lemmas -= {o.lemma_.lower() for o in objects if counted_acts(o)  # "a package of sanctions"
               and o.lemma_.lower() not in TIME_SPAN_NOUNS}
    spans = {o: g for o in objects for g in prep_objects(o, {"of"}) if counts_a_gathering(o, g)}
    lemmas -= {g.lemma_.lower() for g in spans.values()}  # "ended two days of talks" ends
    lemmas |= {o.lemma_.lower() for o in spans}  # no talks early: the talks were held
    lemmas |= {f"{m.lemma_.lower()} {o.lemma_.lower()}" for o in objects for c in o.children
               if c.dep_ in ("amod", "compound", "nmod") for m in (c, *c.conjuncts)}
    lemmas |= joint_object_lemmas(objects)  # "set up joint river and road patrols"
    lemmas |= titles_of_named(objects)  # "received President Abbas": a president received
    lemmas |= described_suspects(verb, objects)  # "handed over a man suspected of ..."
    lemmas |= granted_spans(verb)  # "gave Armenia 24 hours to withdraw" (ultimatums.py)
    if lemmas & CURRENCY_SIGNS or any(c.text in CURRENCY_SIGNS for o in objects
                                      for c in o.children):
        lemmas.add("money")  # "give Bangladesh $20 million", "pledged $100,000"
    rule = lexicon.verb_rule(TEST_LEMMA if test_prefixed(verb) else verb.lemma_.lower(),
                             particles_of(verb), lemmas, phrasal_particles(verb),
                             held & lemmas)
    rule = _rule_off_circumstances(verb, rule, lemmas, lexicon)  # "called for calm after the rally"
    rule = rule or rule_through_object_phrase(verb, objects, lexicon)  # "blasted X with cannon"
    rule = agreed_together(verb, rule, lexicon)  # "Egypt and Ethiopia agreed a freeze"
    if rule is None or rule.blocks or admits_fact(verb):
        return None  # "captured the mood", "seized on the remarks", "conceded that"
    if naming and not declared_unwelcome(verb) and (
            rule.coding is None or rule.coding.plover != "ACCUSE"):
        return None  # "called the visit a routine part of the dialogue": naming, not acting;
        # "called the seizure an act of piracy" accuses (verbs.tsv)
    if rule.coding is not None and _courtesy_call(verb, rule.coding):
        visit = lexicon.verb_rule("visit", set(), set())
        if visit is not None and visit.coding is not None:
            return Trigger(verb, (verb,), visit.coding, ("on", "upon"), verb, nominal=False)
    if rule.coding is not None:
        relatives = _relative_objects(verb, rule, heads)
        if relatives is None:
            return None
        tokens = (verb, *aimed_objects(rule, objects), *relatives)  # "vowed revenge against X"
        return Trigger(verb, tokens, rule.coding, rule.targets, verb, nominal=False)
    for noun in objects + [n for o in objects for n in counted_acts(o)] + heads:
        if noun.head.dep_ == "prep" and noun.head.lower_ in CIRCUMSTANCE_PREPS:
            continue  # "extended a credit during Hasina's visit": the visit is not extended
        if _topic_of_feeling(verb, noun, lexicon):
            continue  # "voiced alarm over the Russian build-up": the build-up is not voiced
        noun_rule = lexicon.noun_rule(noun)
        if noun_rule and noun.pos_ == "NOUN" and not named_by_year(noun):
            targets = tuple(dict.fromkeys(noun_rule.targets + rule.targets))
            return Trigger(noun, (verb, noun), noun_rule.coding, targets, verb, nominal=True)
    return None


def _topic_of_feeling(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """An event noun after "over" or "about" on a verb whose own object is a feeling and no
    event ("voiced alarm over the Russian military build-up", "expressed concern about the
    arrests") is what the feeling is about, not what the verb does."""
    preposition = noun.head
    if preposition.dep_ != "prep" or preposition.lower_ not in FEELING_TOPIC_PREPS:
        return False
    return any(c.dep_ == "dobj" and lexicon.noun_rule(c) is None for c in verb.children)


def _relative_objects(verb: Token, rule: VerbRule, heads: list[Token]) -> tuple[Token, ...] | None:
    """The relative heads the verb's rule acts on ("the boycott that they imposed on Doha");
    None when the clause names no other side and the act's target would fall back on the doer's
    own state ("The sanctions that Washington lifted on Monday had targeted ...": background).
    An act between the doers ("a deal the two leaders struck") needs no other side."""
    matched = tuple(h for h in heads if rule.objects and h.lemma_.lower() in rule.objects)
    if matched and rule.coding.plover in DOMESTIC_TYPES and not relative_side_told(verb):
        return None
    return matched


def test_prefixed(verb: Token) -> bool:
    """"test-fired two missiles", "test-launched a cruise missile": the tokenizer splits the
    hyphen and leaves "fired"; a test is a show of arms (MOBILIZE), not an attack."""
    return any(c.lower_ == TEST_LEMMA and c.dep_ in TEST_DEPS and c.i == verb.i - 2
               for c in verb.children)


def blaming_name(verb: Token) -> bool:
    """"called the detention 'unlawful'", "called the firing a reckless provocation",
    "called the attack 'a war crime'": an act named by a word of blame."""
    if verb.lemma_.lower() not in NAMING_VERBS or any(
            c.dep_ in ("prt", "prep") and c.lower_ in APPEAL_PARTICLES and not dates_only(c)
            for c in verb.children):
        return False  # "called on European countries not to follow ...": an appeal
    complements = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    if not complements or complements[0].dep_ not in ("dobj", "oprd"):
        return False
    named = complements[0]  # what is named; the parser gives the name as any of the rest
    names = complements[1:] + [c for c in named.children if c.dep_ in ("dobj", "appos")]
    names += [c for c in named.children if c.dep_ == "amod" and c.i > named.i]  # "called the
    # deportations 'unacceptable'": the parser hangs the quoted name on the noun it follows
    names += prep_objects(verb, {"as"}) + [c for p in verb.children if p.dep_ == "prep"
                                            and p.lower_ == "as" for c in p.children
                                            if c.dep_ in ("amod", "acomp")]
    names += [c for n in names for c in n.children if c.dep_ == "dobj"]  # "called India's
    # missile test a provocation": the parser hangs the name on the complement
    words = names + [c for n in names for c in n.children if c.dep_ in ("amod", "compound")]
    words += [c for w in words for c in w.conjuncts]  # "'unjustified and reprehensible'"
    words += [o for n in names for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # "an act of aggression"
    return any(w.lemma_.lower() in BLAME_WORDS or w.lower_ in BLAME_WORDS for w in words)


def _rule_off_circumstances(verb: Token, rule: VerbRule | None, lemmas: set[str],
                            lexicon: Lexicon) -> VerbRule | None:
    """"Washington called for calm following the demonstrations", "bishops called for dialogue
    during the strike": a row that wants a preposition and an object ("call for" + a protest
    noun) does not take its object from a preposition of circumstance on the verb; the verb's
    other rows are asked without those objects ("call for" = REQUEST)."""
    if rule is None or not rule.particle or not rule.objects:
        return rule
    aside = {g.lemma_.lower() for c in verb.children
             if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS
             for p in (c, *(x for x in c.children if x.dep_ == "prep"))
             for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)}
    kept = {lemma for lemma in lemmas if lemma.split()[-1] not in aside}
    if not aside or rule.objects & kept:
        return rule
    return lexicon.verb_rule(verb.lemma_.lower(), particles_of(verb), kept,
                             phrasal_particles(verb))


def _courtesy_call(verb: Token, coding: Coding) -> bool:
    """"called on Dodik in Banja Luka yesterday": a visit paid to a person, not an appeal (an
    appeal says what to do: "called on Dodik to back down")."""
    if coding.plover != "REQUEST" or verb.lemma_.lower() != "call":
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    visited = prep_objects(verb, {"on", "upon"})
    return bool(visited) and all(g.ent_type_ == "PERSON" for g in visited)


def recode_joint(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A joint exercise or patrol is military cooperation between the parties, not a
    mobilisation against someone; so is a joint operation or offensive against a third."""
    if trigger.coding.plover != "MOBILIZE" and not (
            trigger.coding.plover == "ASSAULT" and trigger.nominal):
        return trigger
    modifiers = {c.lower_ for t in trigger.tokens for c in t.children} | joint_before(trigger.head)
    modifiers |= set() if trigger.nominal else joint_on_preposition(trigger.verb)
    modifiers |= {c.text for o in _verb_objects(trigger) for c in o.children  # not the "Joint"
                  if c.dep_ == "amod"}  # of "the Multinational Joint Task Force"
    if not (modifiers & JOINT_WORDS or _shared_exercise(trigger) or _beside_partner(trigger)):
        return trigger
    base = lexicon.defaults["COOPERATE"]
    coding = Coding("COOPERATE", "military", JOINT_CAMEO, base.quad, base.goldstein)
    return Trigger(trigger.head, trigger.tokens, coding, ("with",), trigger.verb, trigger.nominal)


def _beside_partner(trigger: Trigger) -> bool:
    """A force acting beside another's: "patrolled the area together with Georgian police",
    "deployed alongside Kenyan troops"."""
    if trigger.verb is None or trigger.nominal:
        return False
    heads = [trigger.verb] + [c for c in trigger.verb.children if c.dep_ == "dobj"]
    for prep in (c for h in heads for c in h.children):  # "patrolled the canal alongside ..."
        if prep.dep_ == "prep" and (prep.lower_ in PARTNER_PREPS or (
                prep.lower_ == "with" and any(c.lower_ in JOINT_WORDS for c in prep.children))):
            return True
    return False


def _verb_objects(trigger: Trigger) -> list[Token]:
    """The direct objects of a verb trigger: "agreed to step up joint patrols" (patrols),
    "will expand combined naval drills" (drills)."""
    if trigger.nominal:
        return []
    return [c for c in trigger.head.children if c.dep_ in OBJECT_DEPS]


def _shared_exercise(trigger: Trigger) -> bool:
    """An exercise held with another force ("military exercises with South Korea") or by
    conjoined forces ("India, Japan and Australia will hold their naval exercise", "Philippine
    and U.S. forces will hold exercises"); "Venezuela will hold naval exercises" is not."""
    noun = trigger.head
    if not trigger.nominal or noun.lemma_.lower() not in EXERCISE_NOUNS:
        return False
    verb = trigger.verb
    return exercised_with_partner(noun, verb) or joined_subjects(verb)


def verb_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The verbs of a sentence that tell an event, skipping descriptions, background clauses,
    qualities, indirect questions and aims."""
    triggers: list[Trigger] = []
    for token in sent:
        if token.pos_ != "VERB":
            continue  # only verbs make triggers here; the checks below are for them
        if token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBG"
                                    and token.head.lemma_.lower() not in STATEMENT_NOUNS):
            continue  # "UN-brokered talks", "units fighting in Ukraine": descriptions
        if held_description(token) or _descriptive_participle(token, lexicon):
            continue  # "the ceasefire agreed in November", "a businessman accused of fraud"
        if token.dep_ == "relcl" and token.head.pos_ == "PROPN" and not _at_which(token) \
                and _background(token):
            continue  # "Egypt, which backs Haftar, ...", "which has held talks": background
        if identifying_clause(token):
            continue  # "the World Bank, which brokered the accord": who the name is
        if token.dep_ in ("acomp", "xcomp", "oprd") and token.head.lemma_.lower() in LINKING_VERBS:
            continue  # "the surface looks inviting": a quality, not an act
        if _indirect_question(token):
            continue  # "did not say when the two men would meet again"
        if aim_not_act(token):
            continue  # "will meet in Tehran to finalise the arrangements": an aim, not an act
        if token.lemma_.lower() in lexicon.verbs:
            trigger = verb_trigger(token, lexicon)
            if trigger and not _habitual(trigger) and not only_aimed_at(trigger) \
                    and not forces_arriving(trigger) and not accident_toll(trigger) \
                    and not ordered_to_use_force(trigger) and not not_a_blast(trigger):
                triggers.append(trigger)
        elif protest_gathering(token):
            rule = lexicon.verb_rule(PROTEST_VERB, set(), set())
            if rule is not None and rule.coding is not None:
                triggers.append(Trigger(token, (token,), rule.coding, rule.targets, token,
                                        nominal=False))
    return triggers


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    triggers = verb_triggers(sent, lexicon)
    used = {i for trigger in triggers for i in trigger.indices}
    triggers += due_visits(sent, used, lexicon)
    for token in sent:
        if token.pos_ != "NOUN" or token.i in used:
            continue
        rule = lexicon.noun_rule(token)
        if rule is None:
            continue
        group_verb = group_at_meeting(token)
        if group_verb is not None:  # "the two ministers said after a meeting in Quito"
            triggers.append(Trigger(token, (group_verb, token), rule.coding, rule.targets,
                                    group_verb, nominal=True))
            continue
        teller = call_told_in(token) if rule.coding.mode == "phone" else None
        if teller is not None:  # "Putin told Lukashenko in a telephone call": a call between them
            triggers.append(Trigger(token, (teller, token), rule.coding,
                                    ("obj", "dative", *rule.targets), teller, nominal=True))
            continue
        inviting = invited_to_gathering(token) if rule.coding.plover == "CONSULT" else None
        if inviting is not None:  # "has invited Tshisekedi and Kagame to a summit in Luanda"
            triggers.append(Trigger(token, (inviting, token), rule.coding,
                                    ("obj", *rule.targets), inviting, nominal=True))
            continue
        present = present_for_talks(token) if rule.coding.plover == "CONSULT" else None
        if present is not None:  # "was in Kabul for talks with Taliban ministers"
            triggers.append(Trigger(token, (token,), rule.coding, rule.targets, present,
                                    nominal=True))
            continue
        visiting = visiting_subject_verb(token, used) if rule.coding.plover == "CONSULT" else None
        if visiting is not None:  # "the army chief is on a visit to Beijing" (visitors.py)
            triggers.append(Trigger(token, (visiting, token), rule.coding, rule.targets,
                                    visiting, nominal=True))
            continue
        owner = _owning_trigger(token, triggers)
        if owner is not None and owner.coding.plover != rule.coding.plover and (any(
                c.dep_ == "prep" and c.lower_ in ("between", "among") for c in token.children)
                or gathering_members(token)
                or (token.dep_ == "pobj" and act_complained_of(token))
                or occasion_with_partner(token, rule.coding.plover)
                or condemned_force(token, owner.coding.plover, rule.coding.plover)
                or answered_charge(token)):  # "denied accusations by Lima that ..."
            owner = None  # "agreement reached at talks between A and B": the talks too
        if owner is not None:
            if owner.coding.plover == rule.coding.plover and not offer_taken_up(owner, token):
                triggers[triggers.index(owner)] = Trigger(
                    owner.head, (*owner.tokens, token), owner.coding,
                    tuple(dict.fromkeys(owner.targets + rule.targets)), owner.verb, owner.nominal)
            continue
        rounds = counted_by(token)
        if rounds is not None and involving(rounds):  # "the latest round of talks, involving"
            triggers.append(Trigger(rounds, (rounds, token), rule.coding, rule.targets,
                                    governing_verb(rounds), nominal=True))
        elif is_standalone_event(token):
            triggers.append(Trigger(token, (token,), rule.coding, rule.targets,
                                    agreed_after(token) or governing_verb(token),
                                    nominal=True))
    return [recode_sea_launch(recode_labour_strike(recode_state_boycott(  # strikes.py
        recode_joint(trigger, lexicon), lexicon), lexicon), lexicon)
            for trigger in without_told_tolls(  # attack_tolls.py
                forces_leaving(sent, acts_in_protest(
                    concessions_demanded(sent, triggers, lexicon), sent, lexicon), lexicon))]


def due_visits(sent: Span, used: set[int], lexicon: Lexicon) -> list[Trigger]:
    """"Lavrov is due in Ankara next Wednesday": a planned visit (expected_visits.py), read
    with the "arrive in" row; a load due somewhere is aid as an arriving one is ("planes
    carrying tents are due in Adana"); forces due somewhere are left to the story's own verb."""
    found = []
    for due in due_arrivals(sent, used):
        loads = cargo_of([c for c in due.head.children if c.dep_ == "nsubj"])
        carried = {t.lemma_.lower() for t in loads + cargo_of(loads)}
        rule = lexicon.verb_rule(ARRIVAL_VERB, {ARRIVAL_PREP}, carried, set(), carried)
        if rule is not None and rule.coding is not None:
            found.append(Trigger(due, (due,), rule.coding, rule.targets, due, nominal=False))
    return [trigger for trigger in found if not forces_arriving(trigger)]


def offer_taken_up(owner: Trigger, noun: Token) -> bool:
    """"accepted a Russian proposal", "embraced Qatar's offer": the event noun is the verb's
    object and names whose it is, so it stays the recipient and is not merged into the act."""
    return noun.dep_ == "dobj" and noun.head == owner.verb and "obj" in owner.targets


def recode_state_boycott(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """"Saudi Arabia and its allies tightened the boycott of Qatar", "the boycott they imposed
    on Doha": a boycott a state calls or imposes is a sanction; "lawyers boycotted the courts"
    stays a protest."""
    if trigger.coding.plover != "PROTEST" or trigger.coding.mode != "boycott":
        return trigger
    verb = trigger.verb or trigger.head
    subject = _clause_subject(verb)
    by_state = subject is not None and any(
        word.ent_type_ in STATE_ENTITIES or word.lemma_.lower() in STATE_NOUNS
        for word in (subject, *subject.conjuncts))
    if not by_state and verb.lemma_.lower() not in IMPOSING_VERBS:
        return trigger
    base = lexicon.defaults["SANCTION"]
    coding = Coding("SANCTION", "embargo", EMBARGO_CAMEO, base.quad, base.goldstein)
    return Trigger(trigger.head, trigger.tokens, coding, trigger.targets, trigger.verb,
                   trigger.nominal)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the clause it hangs on ("X imposed ..., tightening")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# Participles of these types describe a noun even with an agent ("forces backed by X").
DESCRIBING_TYPES = {"SUPPORT"}


def _descriptive_participle(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle describing a noun, with no agent: not an event of its own. ("Talks
    held in Khartoum" is one through its light verb; "fishermen detained by the coast guard"
    names who acted.)"""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    rules = lexicon.verbs.get(verb.lemma_.lower(), ())
    if any(r.coding is None and not r.blocks for r in rules):
        return False
    plain = [r for r in rules if not r.particle and not r.blocks]
    if plain and all(r.coding.plover in DESCRIBING_TYPES for r in plain):
        return True  # "government forces, backed by African Union troops": who they are
    return not any(c.dep_ == "agent" for c in verb.children)


def _habitual(trigger: Trigger) -> bool:
    """"Peacekeepers patrol a buffer zone", "Turkey backs some rebel factions": an act in the
    simple present with no auxiliary is a standing state, not an event."""
    verb = trigger.verb
    return (verb is not None and not trigger.nominal and verb.tag_ in PRESENT_TAGS
            and not _past_form(verb) and trigger.coding.quad in (2, 4)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _past_form(verb: Token) -> bool:
    """"Rebels retook the town", "troops overran the base": a past tense the parser tagged as
    a present ("retook" VBP) is an event told, not a standing state."""
    form = verb.lower_
    return form in IRREGULAR_PASTS or form.endswith("ed")


def _background(clause: Token) -> bool:
    """A relative clause on a name in the present or the perfect describes the name ("Egypt,
    which backs Haftar"); one in the simple past tells an event ("the CSTO, which called on
    them")."""
    return clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _at_which(clause: Token) -> bool:
    """"a call between A and B, in which the two agreed ...": what happened at an occasion,
    whatever name the parser hangs the clause on."""
    return any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
               for c in clause.children)


def _indirect_question(verb: Token) -> bool:
    return verb.dep_ == "ccomp" and any(
        c.lower_ in ("when", "whether", "if", "how", "where") and c.dep_ in ("advmod", "mark")
        for c in verb.children)


def _owning_trigger(noun: Token, triggers: list[Trigger]) -> Trigger | None:
    """The trigger whose verb or noun this noun hangs on, through at most one preposition."""
    head = noun.head.head if noun.head.dep_ in ("prep", "agent") else noun.head
    for trigger in triggers:
        if head.i in trigger.indices or noun.head.i in trigger.indices:
            return trigger
    return None


def concessions_demanded(sent: Span, triggers: list[Trigger], lexicon: Lexicon
                         ) -> list[Trigger]:
    """``triggers`` with the acts the sentence names as someone's demand read as concessions
    (met_demands.py): "would restore a monthly bonus, one of the main demands of the CGT" is a
    CONCEDE; "would suspend kidnappings, long a central demand of Petro" is no SANCTION."""
    coding = concession_coding(lexicon)
    result = list(triggers)
    for verb in demanded_acts(sent):
        own = [t for t in result if verb.i in (t.head.i, t.verb.i if t.verb is not None else -1)]
        if not own:
            result.append(Trigger(verb, (verb,), coding, ("obj",), verb, nominal=False))
        for trigger in own:
            if trigger.coding.plover in RECODED_TYPES:
                result[result.index(trigger)] = Trigger(
                    trigger.head, trigger.tokens, coding, trigger.targets, trigger.verb,
                    trigger.nominal)
    return result
