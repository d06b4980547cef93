"""The arguments of an event trigger in the parse: who acts (subjects, agents, the authors an
event noun names), on whom (objects, datives, prepositional recipients) and the parties of a
"parties" trigger, before they are resolved to actors."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actorbook import packaged_titles
from newsevents.described_doers import happening_parties, sentence_initial_word
from newsevents.event_nouns import (
    JOINT_WORDS,
    gathering_members,
    leaders,
    massed_forces,
    misattached_agents,
    named_buildup,
    named_group,
)
from newsevents.freed_walkers import walked_free
from newsevents.governing_doers import (
    intent_owner,
    relative_antecedent,
    speaker_after_passive,
    speaker_of_reported_participle,
    stray_subjects,
    told_as_own,
)
from newsevents.meetings import INVOLVING_VERBS, OCCASION_MEETING_NOUNS, OCCASION_PREPS
from newsevents.quotes import SPEECH_VERBS
from newsevents.syntax import FORCE_TYPES, SUBJECT_DEPS, prep_objects
from newsevents.triggers import INTENT_NOUNS, STATEMENT_NOUNS, Trigger
from newsevents.verb_parts import named_objects, permitted

# Dependencies followed when looking for an unnamed recipient inside the clause.
COMPLEMENT_DEPS = {"dobj", "dative", "prep", "pobj", "attr", "oprd", "acl", "xcomp", "poss",
                   "compound", "amod", "nmod", "appos"}
# Prepositions that name who reports an act, never whom it is done to: "troops have massed on
# the border, according to a NATO official" (the official is the source of the report).
REPORTING_PREPS = {"according"}
# Prepositions that name the channel an act goes through, not whom it is aimed at: "lodged a
# protest through its embassy in Beijing" (with Pyongyang), "asked for their release through
# the Red Cross" (a country gone through can be: _channel).
CHANNEL_PREPS = {"through", "via"}
# Verbs of a reported state ("were a provocation", "had no business there"): a verb of the
# speaker's tense joined to them is the speaker's act.
STATE_VERBS = {"be", "have"}
# Verbs of a reported judgement ("the deployment violated its shelf", "the images showed new
# camps", "the plan amounted to treason"): a statement act joined to them in the speech verb's
# tense ("and accused Ankara of ...", "and urged Pyongyang to ...") is the speaker's, when
# their subject is a thing, not an actor ("Hamas violated the truce and refused to ...").
JUDGED_STATE_VERBS = {"violate", "breach", "show", "amount", "constitute"}
# Subjects that are actors: named ones ("Hamas", "Israel"), pronouns, and the head nouns of the
# packaged role titles ("the rebels", "troops", "the crowd", "the coast guard", "the ministry";
# data/actors/titles.tsv).
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
ACTOR_POS = {"PROPN", "PRON"}
ROLE_NOUNS = frozenset(row["title"].lower().split()[-1] for row in packaged_titles())
# How a statement act carries what it says: "warned that ...", "urged X to ...", "called X a
# threat", "accused X of doing".
TOLD_CONTENT_DEPS = {"ccomp", "xcomp", "oprd"}

# Particles and adverbs of direction the parse may hang a recipient's preposition on: "hand
# back to Azerbaijan", "pull its troops back from positions inside Armenia".
DIRECTION_WORDS = {"back", "out", "away", "off", "over", "down", "up"}
# ... and adverbs of place: "launched exercises close to its border with Azerbaijan".
NEARNESS_WORDS = {"close", "closer", "near", "nearer", "next"}
PARTICLE_WORDS = DIRECTION_WORDS | NEARNESS_WORDS
# Verbs whose object does the act of their complement: "urged Iran to stop", "forced Kabul
# to back down", "prompting Lima to recall its ambassadors", "led Washington to impose".
OBJECT_CONTROL_VERBS = {"urge", "ask", "call", "invite", "press", "force", "allow", "help",
                        "prompt", "lead", "push", "compel", "drive", "spur", "oblige",
                        "persuade", "convince", "pressure", "pressurise", "pressurize"}
# Passives whose subject is the acting side when no agent is named ("police were deployed").
SELF_PASSIVE_TYPES = {"MOBILIZE"}
# ... and withdrawals: "Russian troops were pulled out of Gori" (the troops' side withdraws).
SELF_PASSIVE_MODES = {"withdraw"}
# Acts whose participle on a noun makes the noun their patient ("fishermen detained by the
# Chinese coast guard"), not their author.
PATIENT_TYPES = {"COERCE", "ASSAULT"}
# ... and so do releases with their "by" agent ("soldiers released by the Houthis"; "a court
# released on bail" is a misparse without one).
AGENT_PATIENT_TYPES = {"RETREAT"}
# ... and so do agreements its parties made, with their "by" agent ("the accord, signed in Doha
# on Thursday by Afghanistan and Pakistan"); not a deal "brokered by" its mediator.
SIGNED_TYPES = {"AGREE"}
PARTY_SIGNING_VERBS = {"sign", "ratify", "initial", "ink", "conclude", "seal", "agree"}
# Dependents that give a participle a subject or tense of its own ("having doused", "police
# doused"): with one, an opening participle is no passive on the main clause's subject.
PARTICIPLE_OWN_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass"}
# Verbs of a go-between whose "between" objects are each met by the subject, not parties
# to one another: "the envoy shuttled between Bogota and Caracas", "Qatar mediated between
# Israel and Hamas" (the go-between met each). A mediator's meetings are one event each; a
# shuttle between capitals is told again visit by visit, so it stays one.
MEDIATING_VERBS = {"mediate", "intercede"}
GO_BETWEEN_VERBS = {"shuttle"} | MEDIATING_VERBS
# Event nouns whose unnamed author is the subject of the clause they sit in, when their partner
# is named: "Lavrov said after talks with Soini", "made the request at a meeting with X".
WITH_PARTNER_TYPES = {"CONSULT", "ASSAULT"}
FOUGHT_TYPES = {"ASSAULT"}
# Verbs that free people held, and verbs that demand it: people of no named country held by a
# force and whose release someone demands are the demander's ("Vietnam demanded that China
# release nine fishermen detained by the Chinese coast guard").
RELEASE_VERBS = {"release", "free", "return", "repatriate", "hand"}
DEMAND_VERBS = {"demand", "call", "urge", "ask", "press", "insist", "want"}
# Acts two sides do together: a coordinated subject with no other side named is their parties,
# each kept apart even within one country ("the government and the rebels agreed").
TOGETHER_TYPES = {"CONSULT", "AGREE"}
# Past participles whose agent is the author of the event noun they describe ("the sanctions
# adopted by the Security Council"); not who organised, hosted or brokered it.
AUTHORING_VERBS = {"adopt", "impose", "approve", "pass", "announce", "launch", "carry",
                   "conduct", "order", "unveil", "introduce"}
# Requests told by a participle: whom its verb addresses is asked ("wrote to the Security
# Council asking for an urgent meeting").
ASKING_TYPES = {"REQUEST"}
# Prepositions of a subject noun that name who it stands for ("delegations from A and B").
MEMBER_PREPS = {"from", "of"}
# Verbs of meeting someone: an agreement or a meeting joined to them is with the one met.
MEETING_VERBS = {"meet", "telephone", "phone", "call", "host", "receive", "visit", "welcome"}
# A common noun joined to another side before a head ("the government and FARC rebels", which
# the parse reads as "the [government and FARC] rebels"); a nationality ("Thai and Cambodian
# troops") only describes the head.
SIDE_NOUN_TAGS = {"NN", "NNS"}
# What two sides agree on, never a side itself ("signed a ceasefire", "agreed to a truce").
ACCORD_NOUNS = {"ceasefire", "truce", "agreement", "deal", "accord", "pact", "treaty",
                "memorandum", "framework", "roadmap", "protocol", "declaration", "swap",
                "exchange", "plan", "deadline", "arrangement"}


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of a verb (inherited through control and coordination) and passivity."""
    speaker = speaker_before(verb)
    if speaker is not None:
        return [speaker], False
    speech = (speech_after_state(verb) or speaker_after_passive(verb)
              or speaker_of_reported_participle(verb))
    if speech is not None:
        return subject_of(speech)[0], False
    current, raised = verb, False
    for _ in range(4):
        passive = _is_passive(current)
        for child in current.children:
            antecedent = relative_antecedent(current, child)  # governing_doers.py
            relative = antecedent is not None
            if child.dep_ == "nsubj":
                return ([antecedent] if relative else [child]), False
            if child.dep_ == "csubj" and child.tag_ == "VBG" and (doers := _subject(child)):
                # "negotiators meeting in the Omani capital have agreed": the negotiators
                return doers, False
            if child.dep_ == "nsubjpass":
                # "India is expected to sign", "Iran was urged to stop": the subject of the
                # passive verb above does the act
                return ([] if relative else [child]), not raised or _is_passive(verb)
        if doers := stray_subjects(current):  # "Dhaka has, however, pressed"
            return doers, False
        if (owner := intent_owner(current)) is not None:  # "London's decision to send"
            return [owner], False
        if current.dep_ == "acl" and current.head.lemma_.lower() in STATEMENT_NOUNS:
            current = current.head.head  # "X issued a statement praising": X praises
            continue
        if (current.dep_ == "acl" and current.tag_ == "VB"
                and current.head.lemma_.lower() in INTENT_NOUNS):
            current = current.head.head  # "Japan signed an agreement to give": Japan gives
            continue
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return ([], True) if passive else ([current.head], False)
        if current.dep_ == "xcomp":
            objects = [c for c in current.head.children if c.dep_ in ("dobj",)]
            objects = objects or prep_objects(current.head, {"on", "upon"})
            if objects and current.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                return objects, False
        if current.dep_ == "pcomp" and current.head.lower_ in ("of", "for", "from", "against"):
            accused = [c for c in current.head.head.children if c.dep_ == "dobj"]
            if accused:  # "accused Baku of occupying": Baku occupies
                return accused, False
        if current.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") or \
                current.head.i == current.i:
            return [], passive
        raised = raised or current.dep_ == "xcomp"
        current = current.head if current.dep_ != "pcomp" else current.head.head
    return [], False


def release_demanders(verb: Token) -> list[Token]:
    """Who demands the release of the people a detention is told on, when the text gives them
    no country: "Vietnam demanded that China release nine fishermen detained by the Chinese
    coast guard", "Bahrain demanded that Qatar free 11 fishermen whose boats were seized":
    the subjects of the demand ("Vietnam", "Bahrain")."""
    held = verb.head
    if (verb.dep_ not in ("acl", "relcl") or held.pos_ != "NOUN" or held.dep_ != "dobj"
            or any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper()
                   for c in held.children)):  # "Vietnamese fishermen" have their own country
        return []
    release = held.head
    demand = release.head
    if (release.lemma_.lower() not in RELEASE_VERBS
            or release.dep_ not in ("ccomp", "xcomp", "advcl")  # "called on X to free"
            or demand.lemma_.lower() not in DEMAND_VERBS):
        return []
    return _subject(demand)


def _subject(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def speaker_before(participle: Token) -> Token | None:
    """"A soldier was killed, the ministry said, accusing Azerbaijani forces": a participle after
    a parenthetical "X said" is the speaker's act, whatever the parse hangs it on."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    for sibling in participle.head.children:
        if (sibling.dep_ in ("parataxis", "ccomp") and sibling.i < participle.i
                and sibling.lemma_.lower() in SPEECH_VERBS):
            subject = next((c for c in sibling.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def speech_after_state(verb: Token) -> Token | None:
    """"Peskov told reporters that the rallies were a provocation and dismissed the criticism",
    "Locsin said the ships had no business in the area and demanded that Beijing withdraw them",
    "Pashinyan said Baku was still holding 60 Armenians, and called on Azerbaijan", "Seoul said
    the launch violated U.N. resolutions and urged Pyongyang to return to talks": a verb in the
    speech verb's tense that the parse joins to a reported state ("were a provocation"), to a
    reported clause in another tense ("was holding") or, when it tells what it says ("urged X
    to"), to a thing's judged state ("the launch violated"; not "Hamas violated") is the
    speaker's act: the speech verb is returned."""
    state = verb.head
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or verb.tag_ != state.head.tag_
            or (state.lemma_ not in STATE_VERBS and state.tag_ == verb.tag_
                and not (state.lemma_ in JUDGED_STATE_VERBS and _tells_content(verb)
                         and _judges_a_thing(state)))
            or state.dep_ != "ccomp" or state.head.lemma_.lower() not in SPEECH_VERBS
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return None
    return state.head


def _tells_content(verb: Token) -> bool:
    """A statement act with what it says: "warned that", "urged X to", "accused X of doing"
    (not "attacked two villages")."""
    return any(c.dep_ in TOLD_CONTENT_DEPS or (c.dep_ == "prep" and any(
        g.dep_ == "pcomp" for g in c.children)) for c in verb.children)


def _judges_a_thing(state: Token) -> bool:
    """The subject of a judged state is a thing ("the launch", "the report", "the images"), not
    an actor ("Hamas", "Russian forces", "the rebels", "they"), whose own act the joined verb
    would be."""
    subjects = [c for c in state.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        s.pos_ in ACTOR_POS or s.ent_type_ in ACTOR_LABELS or s.lower_ in ROLE_NOUNS
        or s.lemma_.lower() in ROLE_NOUNS for s in subjects)


def noun_modifiers(noun: Token) -> list[Token]:
    """Who an event noun names as its author: "Israeli airstrikes", "Russia's offensive",
    "a US drone strike", "an attack by the rebels", "the sanctions adopted by the Security
    Council" (the agent of a past participle on the noun)."""
    found = []
    for child in noun.children:
        if (child.dep_ == "poss" and child.tag_ != "PRP$") or (
                child.dep_ in ("amod", "compound") and child.text[:1].isupper()
                and not sentence_initial_word(child)):
            found.append(child)
        elif child.dep_ == "compound":  # "US drone strike": US hangs on "drone"
            found += [g for g in child.children if g.dep_ in ("amod", "compound")
                      and g.text[:1].isupper()]
    agents = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
              and c.lemma_.lower() in AUTHORING_VERBS for a in prep_objects(c, {"by"})]
    found += leaders(noun) + misattached_agents(noun)  # "US-led strikes" (event_nouns.py)
    found += massed_forces(noun) if named_buildup(noun) else []  # "a build-up of Chinese troops"
    return [f for f in found if not is_against(f)] + prep_objects(noun, {"by"}) + agents


def is_against(word: Token) -> bool:
    """"anti-Japanese demonstrations": the country is whom the act is against."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "anti"


def opposed_modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and is_against(c)]


def argument_heads(trigger: Trigger) -> tuple[list[Token], list[Token], list[Token]]:
    """Heads of the source, target and party arguments of a trigger."""
    sources: list[Token] = []
    targets: list[Token] = []
    parties: list[Token] = []
    target_preps = {t for t in trigger.targets if t not in ("obj", "dative", "parties")}
    for token in trigger.tokens:
        if token.lemma_.lower() in GO_BETWEEN_VERBS:
            targets += prep_objects(token, {"between", "among"})  # "mediated among the factions"
        else:
            parties += prep_objects(token, {"between", "among"})
        targets += [o for h in with_particles(token) for o in prep_objects(h, target_preps)]
    verb = trigger.verb
    if trigger.nominal:
        sources += noun_modifiers(trigger.head)
        targets += opposed_modifiers(trigger.head)
        parties += [o for c in trigger.head.children if c.dep_ == "acl"
                    and c.lemma_.lower() in INVOLVING_VERBS
                    for o in c.children if o.dep_ == "dobj"]  # "talks involving A, B and C"
        parties += happening_parties(trigger.head)  # "fighting broke out between A and B"
    if verb is not None and (not trigger.nominal or verb in trigger.tokens):
        subjects, passive = _doers(trigger, verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj",)] + permitted(verb)
        if trigger.coding.plover in FORCE_TYPES:  # "struck what officials called hideouts"
            objects += named_objects(verb)
        datives = [c for c in verb.children if c.dep_ == "dative"]
        if passive:
            agents = prep_objects(verb, {"by"})
            if not agents and trigger.coding.plover in FOUGHT_TYPES:
                # "soldiers were killed in fighting with Chinese troops": who they fought
                agents = [o for token in trigger.tokens if token is not verb
                          for o in prep_objects(token, {"with"})]
                targets = [t for t in targets if t not in agents]
            sources += agents
            if not agents and trigger.coding.plover in TOGETHER_TYPES:
                parties += occasion_parties(verb)  # "the truce was agreed at talks between"
            if not agents and (trigger.coding.plover in SELF_PASSIVE_TYPES
                               or trigger.coding.mode in SELF_PASSIVE_MODES):
                sources += [s for s in subjects if s not in trigger.tokens]
            elif "obj" in trigger.targets and subjects and subjects[0] not in trigger.tokens:
                targets = subjects + targets
        else:
            sources += [m for s in subjects for m in (
                noun_modifiers(s) if s in trigger.tokens else [s])]  # "an Israeli airstrike killed"
            if "parties" in trigger.targets:
                parties += objects
            elif "obj" in trigger.targets:
                targets = [o for o in objects if o not in trigger.tokens] + targets
            if "dative" in trigger.targets:
                targets = datives + targets
    if not targets and verb is not None:
        targets = _unnamed_partners(trigger, verb, target_preps)
    if trigger.coding.plover in TOGETHER_TYPES:
        sources, parties = _together(trigger, sources, targets, parties)
    if (trigger.nominal and not sources and not parties and verb is not None
            and verb not in trigger.tokens and (_partnered(trigger)
                                                or told_as_own(trigger.head, verb))):
        subjects, passive = subject_of(verb)
        # "Lavrov said after talks with Soini"; "20 soldiers were killed in fighting with
        # Chinese troops": the passive subject fought too
        sources = [] if passive and trigger.coding.plover not in FOUGHT_TYPES else subjects
    return sources, targets, parties


def _doers(trigger: Trigger, verb: Token) -> tuple[list[Token], bool]:
    """The verb's subjects and whether it is passive; a participle on its patient
    ("fishermen detained by the coast guard") makes the patient its passive subject, and
    people whose release someone demands are the demander's."""
    if ((trigger.coding.plover in PATIENT_TYPES or (
            trigger.coding.plover in AGENT_PATIENT_TYPES
            and any(c.dep_ == "agent" for c in verb.children)))
            and verb.dep_ == "acl" and verb.tag_ == "VBN"
            and verb.head.pos_ in ("NOUN", "PROPN")) or _signed_by_parties(trigger, verb):
        subjects, passive = [verb.head], True  # "fishermen detained by the coast guard"
    elif trigger.coding.plover in PATIENT_TYPES and _opening_participle(verb):
        subjects, passive = subject_of(verb.head)[0], True  # "Doused with water cannon, ..."
    elif walked_free(trigger.coding.plover, verb):
        subjects, passive = subject_of(verb)[0], True  # "the hostages walked free"
    else:
        subjects, passive = subject_of(verb)
    demanders = release_demanders(verb) if trigger.coding.plover in PATIENT_TYPES else []
    if demanders:
        subjects = demanders  # the fishermen are Vietnam's, not the coast guard's
    return subjects + conjuncts_of_apposition(subjects), passive


def _signed_by_parties(trigger: Trigger, verb: Token) -> bool:
    """An agreement's participle on its noun with the parties as its agent: "the accord, signed
    in Doha on Thursday by Afghanistan and Pakistan" (the accord was signed by them)."""
    return (trigger.coding.plover in SIGNED_TYPES and verb.lemma_.lower() in PARTY_SIGNING_VERBS
            and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "agent" for c in verb.children))


def _opening_participle(verb: Token) -> bool:
    """A past participle with no subject of its own told before its clause's verb: "Doused
    with water cannon, protesters refused to leave" (the protesters were doused)."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i
            and not any(c.dep_ in PARTICIPLE_OWN_DEPS for c in verb.children))


def conjuncts_of_apposition(subjects: list[Token]) -> list[Token]:
    """"Nigerian President Muhammadu Buhari and Ghana's Nana Akufo-Addo held a summit": the
    parser joins the second leader to the name in apposition, not to the title heading the
    subject; that leader is a subject too."""
    return [c for s in subjects if not s.conjuncts for a in s.children
            if a.dep_ == "appos" and a.i > s.i for c in a.conjuncts if c.i > a.i]


def _together(trigger: Trigger, sources: list[Token], targets: list[Token],
              parties: list[Token]) -> tuple[list[Token], list[Token]]:
    """Sources and parties of a meeting or an agreement: a group that meets is its parties
    ("a meeting of the two armies' commanders", "talks between the heads of the two
    countries' services", "officials from the two countries will meet"), and so are joined
    subjects with no other side ("the government and the rebels agreed")."""
    if trigger.nominal and not parties:
        parties = list(filter(None, [gathering_members(trigger.head)]))
    if len(parties) == 1 and not (_coordinated(parties[0]) or joined_modifiers(parties[0])):
        parties = [named_group(parties[0]) or parties[0]]
    if not parties and len(sources) == 1 and not _sides_among(targets):
        group = named_group(sources[0])
        joined = joined_modifiers(sources[0])
        parties = ([sources[0]] if joined or _coordinated(sources[0])
                   else [group] if group else [])
        sources = [] if parties else sources
    return sources, [side for party in parties for side in (*joined_modifiers(party), party)]


def occasion_parties(verb: Token) -> list[Token]:
    """The parties of an agreement told in the passive with no agent, from the talks it was
    reached at: "the swap was agreed last month at talks in Glion between the Houthis and the
    government", "the accord was signed during a meeting between A and B"."""
    return [party for prep in verb.children if prep.dep_ == "prep"
            and prep.lower_ in OCCASION_PREPS for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in OCCASION_MEETING_NOUNS
            for party in prep_objects(noun, {"between"})]


def joined_modifiers(head: Token) -> list[Token]:
    """Sides the parse hangs on the head as one modifier: "the Colombian government and FARC
    rebels" read as "the [government and FARC] rebels" gives the government, and through its
    conjuncts FARC, as parties of their own."""
    return [c for c in head.children if c.dep_ == "nmod" and c.i < head.i
            and c.tag_ in SIDE_NOUN_TAGS
            and any(g.dep_ == "conj" and g.i < head.i for g in c.children)]


def _sides_among(targets: list[Token]) -> bool:
    """Whether a target head may name a side: not what is agreed ("signed a ceasefire") nor a
    date ("talks on October 3-4")."""
    return any(t.lemma_.lower() not in ACCORD_NOUNS and t.ent_type_ not in ("DATE", "TIME")
               for t in targets)


def _coordinated(subject: Token) -> bool:
    """A subject of joined parties: "the government and FARC rebels", "delegations from Fatah
    and Hamas"."""
    members = [subject] + [g for c in subject.children if c.dep_ == "prep"
                           and c.lower_ in MEMBER_PREPS for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "conj" for m in members for c in m.children)


def _partnered(trigger: Trigger) -> bool:
    """A meeting noun with its partner named ("talks with his Finnish counterpart"), or a
    joint act ("agreed to begin a joint survey")."""
    children = list(trigger.head.children)
    if any(c.lower_ in JOINT_WORDS for c in children):
        return True
    return trigger.coding.plover in WITH_PARTNER_TYPES and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children)


def _unnamed_partners(trigger: Trigger, verb: Token, target_preps: set[str]) -> list[Token]:
    """Partners the trigger's own phrases do not name: "spoke by telephone with Raisi";
    "telephoned Modi and promised to act", "met Xi and agreed to resume talks" (the one met);
    "wrote to the Security Council asking for an urgent meeting" (the one written to), "spoke
    by phone with Wang Yi, asking for 25,000 more tents" (the one spoken with)."""
    found = nested_partners(verb) if "with" in target_preps else []
    participle = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBG" else verb
    if (not found and trigger.coding.plover in ASKING_TYPES and participle.dep_ == "advcl"
            and participle.tag_ == "VBG"):  # "thanking Beijing ... and asking for tents"
        addressed = participle.head
        found = prep_objects(addressed, {"to", "with"}) or nested_partners(addressed)
    if (not found and trigger.coding.plover in TOGETHER_TYPES and verb.dep_ == "conj"
            and verb.head.lemma_.lower() in MEETING_VERBS
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        found = [c for c in verb.head.children if c.dep_ == "dobj"]
    return found


def nested_partners(verb: Token) -> list[Token]:
    """A partner whose "with" hangs on the object or on a "by" phrase: "discussed the idea
    with Garibashvili", "spoke by telephone with Raisi"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found += prep_objects(child, {"with"})
            # "discussed the talks by telephone with Raisi": "with" on the object's phrase
            found += [p for holder in prep_objects(child, {"by", "over", "via"})
                      for p in prep_objects(holder, {"with"})]
        elif child.dep_ == "prep":
            for holder in (g for g in child.children if g.dep_ == "pobj"):
                found += prep_objects(holder, {"with"})
    return found


def with_particles(token: Token) -> list[Token]:
    """A trigger word and its particles or adverbs of direction or place: "hand back (to
    Azerbaijan)", "pulled its troops back (from Armenia)", "exercises close (to its border with
    Azerbaijan)"."""
    return [token] + [c for c in token.children if c.dep_ in ("prt", "advmod")
                      and c.lower_ in PARTICLE_WORDS]


def _channel(prep: Token) -> bool:
    """"through its embassy in Beijing", "through the Red Cross": the way an act went, not
    whom it was aimed at; a country it went through can be ("halted gas deliveries through
    Ukraine")."""
    return prep.lower_ in CHANNEL_PREPS and not any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in prep.children)


def complement_heads(trigger: Trigger, stop: set[int], depth: int = 4,
                     clauses: set[str] = frozenset()) -> list[Token]:
    """Noun heads inside the trigger's own complements, nearest first, not entering another
    trigger's clause: where an unnamed recipient is found ("lifted a ban on Moroccan
    aircraft", "withdrew from Halgan")."""
    frontier = [holder for token in trigger.tokens for holder in with_particles(token)]
    heads: list[Token] = []
    seen = {t.i for t in frontier}
    for _ in range(depth):
        following = []
        for token in frontier:
            for child in token.children:
                allowed = COMPLEMENT_DEPS | clauses
                if (child.i in seen or child.i in stop or child.dep_ not in allowed
                        or child.lower_ in REPORTING_PREPS or _channel(child)):
                    continue

                seen.add(child.i)
                following.append(child)
                if child.pos_ in ("NOUN", "PROPN"):
                    heads.append(child)
        frontier = following
    return heads
