"""Acts the text does not report, though a trigger and two sides were found for them.

- A stance told as not taken ("did not oppose the talks", "did not block the rollover", "has
  not criticised the decision") is no event: PLOVER codes acts, and the absence of a
  rejection, an accusation or a threat is none. (A refused or cancelled cooperative act stays,
  negated: "will not meet Kan this week" is a meeting called off.)
- A sanction is a measure against another state, or against a domestic armed group or the
  opposition ("suspended peace talks with the ELN", "sentenced the opposition leader"); one
  aimed at anyone else of the sanctioner's own country is a domestic act
  ("suspended the police commissioner", "a court sentenced him") or a target misread from a
  person or company with no nationality ("blacklisted three companies").
- An act a side only considers ("would consider lifting some measures", "is considering sending
  an envoy", "is considering imposing sanctions on Russia", "will meet to consider sanctioning
  Pyongyang") has not been decided, let alone done: no event, as the gold guidelines code
  only threatened or demanded acts as hypothetical. A weighing verb the lexicon itself codes
  as a threat stays one (status.py).
- An international body's members meet among themselves ("EU foreign ministers will meet"),
  but one of its officials with no partner named ("the envoy, trying to broker a truce", "he is
  due to brief the Council") holds no meeting.
- A speaker's own words that an act did not or will not happen, quoted ("'we have not
  conceded a single inch,' he said", "'we cannot patrol it alone'"), are a stance in the
  speaker's voice, not a report of an act called off; a quoted refusal ("'we will not hand
  anyone over'") stays a rejection (status.is_refusal).
- An agreement named as the subject of another verb ("the deal came weeks after ...", "the pact
  covers fishing rights", "a pledge by the two neighbours had calmed fears") is a topic of the
  sentence, an accord already told or in the background, not one made; "the deal was signed"
  (a passive subject) still tells it made, and so does a noun that carries its making ("an
  accord reached in Doha", "a Qatari-brokered truce"), a day of its own ("a deal between them
  on Monday") or a verb of its coming into effect ("took effect", "ends the dispute").
- An act of force named after a preposition of "press" ("pressed Israel over its offensive",
  "pressed the minister on the raid") is what the pressure is about, not an act carried on by
  the presser: only the direct object ("pressed their assault") or the object of "with"
  ("pressed ahead with the offensive") is the act pressed on.
- A meeting told by a participle on the members who act at it ("EU leaders, meeting in
  Brussels on Monday, imposed sanctions", "defence ministers meeting in Bamako agreed to set up
  a force") is the setting of their act, which is the news: no meeting of its own.
- A crowd that masses or gathers ("thousands of people had massed outside parliament",
  "protesters who had massed in the square") mobilises no force: civilians are no army, and
  their protest is the event.
- A name given in a free relative to what another act is about ("summoned the ambassador to
  protest against what it called repeated incursions", "rejected what it called baseless
  remarks") is part of that act, not a second accusation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.mediated_nouns import is_mediation_of_a_told_act
from newsevents.open_questions import is_open_question
from newsevents.pairing import PERSON_KIND
from newsevents.quoted_charges import is_quoted_charge
from newsevents.quotes import inside_quotes
from newsevents.records import IMPLIED_KIND, INFERRED_KIND, Actor, Event
from newsevents.routine_patrols import is_routine_patrol
from newsevents.self_named_targets import is_aimed_at_own_name
from newsevents.speech_dates import retelling_verbs
from newsevents.status import WEIGHING_VERBS, is_refusal
from newsevents.syntax import SUBJECT_DEPS
from newsevents.topic_gerunds import is_topic_gerund
from newsevents.triggers import NAMING_VERBS, Trigger
from newsevents.unrealised_aims import is_unrealised_aim

# The status of an act told as not done.
NEGATED = "negated"
# Stances whose absence is no event.
STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "THREATEN"})
# Sectors of a domestic adversary a state can sanction (CAMEO 163 against rebels, the
# opposition).
ADVERSARY_SECTORS = frozenset({"REB", "OPP"})
# Sectors of a state's own officials, whose suspension or dismissal is a domestic act.
OFFICIAL_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "ELI"})
# The verbs (as stems of the trigger's first word) that put an official out of a post: only
# these make a state's act on its own official domestic; "sanctioned a former soldier" stays.
DISMISSING_STEMS = ("suspend", "dismiss", "sack", "fire", "remov", "oust", "demot", "relie")
# Actors whose country the text does not state (records.py), and the words that name a target
# only through an owner told before ("its staff": the country comes from elsewhere).
UNNAMED_KINDS = frozenset({INFERRED_KIND, IMPLIED_KIND})
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Sectors of private bodies (companies, universities and their researchers): acts between them
# alone are business or science news, no political event.
PRIVATE_SECTORS = frozenset({"BUS", "EDU"})
# The code prefix of an international body: its sector BUS (the IMF, the WTO) stays political.
IGO_PREFIX = "IGO"
# The dependency of an active subject: an agreement noun there is what the sentence is about.
ACTIVE_SUBJECT_DEP = "nsubj"
# Verbs that make an agreement, on the noun ("the accord reached in Doha", "a Qatari-brokered
# deal") or with the noun as their subject ("an agreement ... reached in Brussels", misparsed).
AGREEMENT_MAKING_VERBS = retelling_verbs("making") | frozenset({"strike", "broker", "seal"})
MAKING_DEPS = frozenset({"acl", "amod", "relcl"})
# What an accord does when it comes into effect: the verb with its object or its preposition's
# object ("took effect", "came into force"); "end" with any object, told as news ("ends the
# dispute", "on Monday ended the dispute").
EFFECT_PHRASES = frozenset({"take effect", "come into force", "enter into force",
                            "go into effect", "come into effect", "enter into effect"})
ENDING_VERB = "end"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The preposition of a day of the noun's own ("a deal between them on Monday").
DAY_PREP = "on"
DATE_ENTITY = "DATE"
# The verb whose object of force is an act carried on ("pressed their offensive"), and the
# preposition of "pressed ahead with", "pressed on with".
PRESSING_LEMMA = "press"
PRESSED_ACT_DEPS = frozenset({"dobj"})
PRESSED_ACT_PREP = "with"
# The word that opens a free relative naming an act's object ("what it called ...").
FREE_RELATIVE_WORD = "what"
# The verb of a meeting told by a bare participle, and the participle's links to the act its
# members do there: "leaders, meeting in Accra, agreed" (advcl), "leaders meeting in Accra
# agreed" (acl of the subject, or the participle read as the subject, or as the root with the
# act as its clause).
MEETING_LEMMA = "meet"
PARTICIPLE_TAG = "VBG"
SETTING_DEPS = frozenset({"advcl", "acl", "nsubj", "csubj", "ROOT"})
# A purpose clause that tells what a summons or a note is about ("summoned the ambassador to
# protest against what it called incursions").
PROTESTING_LEMMA = "protest"
# The dependencies of such a purpose clause on the act it serves.
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


# The sector of ordinary citizens, crowds and protesters: no force to mobilise.
CIVILIAN_SECTOR = "CVL"


def is_crowd_gathering(event: Event) -> bool:
    """"Thousands of people had massed outside parliament": civilians mobilise no force."""
    return event.event_type == "MOBILIZE" and CIVILIAN_SECTOR in event.source.sector


def is_unmade_stance(event: Event) -> bool:
    """"The United States did not oppose the talks": no rejection was made."""
    return event.status == NEGATED and event.event_type in STANCE_TYPES


def _adversary(actor: Actor) -> bool:
    return bool(ADVERSARY_SECTORS & set(actor.sector))


def is_domestic_sanction(event: Event) -> bool:
    """A sanction whose target is of the sanctioner's own country and no domestic adversary:
    a target whose country was only inferred ("sanctioned a company") or one of the state's
    own officials put out of a post ("suspended Kenya's police chief"); not "sanctioned two
    American companies" (their nationality stated) nor "sanctioned a former soldier"."""
    target = event.target
    if event.event_type != "SANCTION" or target is None or event.source.country is None:
        return False
    return (event.source.country == target.country
            and (_nationality_unstated(target) or _official_dismissed(event))
            and not (_adversary(event.source) or _adversary(target)))


def _official_dismissed(event: Event) -> bool:
    """An official of the state suspended, dismissed or sacked ("suspended its police chief")."""
    words = (event.evidence.trigger or "").lower().split()
    return bool(OFFICIAL_SECTORS & set(event.target.sector)) and bool(words) \
        and words[0].startswith(DISMISSING_STEMS)


def _nationality_unstated(target: Actor) -> bool:
    """The target's country was inferred, implied or taken from the owner of "its staff"."""
    words = target.text.lower().split()
    return target.kind in UNNAMED_KINDS or bool(words and words[0] in OWNER_PRONOUNS)


def is_lone_officials_meeting(event: Event) -> bool:
    """"U.N. envoy Martin Griffiths, trying to broker a truce": one person of an international
    body with no partner named, which is no meeting of its members."""
    source = event.source
    return (event.event_type == "CONSULT" and event.target is None and not event.participants
            and source.kind == PERSON_KIND and source.country is None)


def is_private_dealing(event: Event) -> bool:
    """"The university has signed a licensing deal with a Swiss pharmaceutical company",
    "Researchers from universities in Tanzania, Kenya and Uganda will hold talks": every side a
    company or a university, none a state, a body of one or an international organisation."""
    return all(actor.sector and set(actor.sector) <= PRIVATE_SECTORS
               and not (actor.code or "").startswith(IGO_PREFIX) for actor in event.parties)


def without_invented_acts(events: list[Event]) -> list[Event]:
    """The events less unmade stances, sanctions of one's own country, meetings of one
    official with no one, crowds read as forces, routine patrols (routine_patrols.py), acts
    a bare state is read to aim at its own capital (self_named_targets.py) and dealings of
    private bodies alone."""
    return [event for event in events
            if not (is_unmade_stance(event) or is_domestic_sanction(event)
                    or is_lone_officials_meeting(event) or is_crowd_gathering(event)
                    or is_routine_patrol(event) or is_aimed_at_own_name(event)
                    or is_private_dealing(event))]


def _governor(verb: Token) -> Token:
    """The word a clause hangs on, through a preposition ("protest against what ...")."""
    head = verb.head
    return head.head if head.dep_ == "prep" else head


def names_another_acts_object(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """"rejected what it called baseless remarks": the naming verb's object is the free
    relative "what", and the clause is the object of another trigger of the sentence, or of
    the protest that is another trigger's purpose ("summoned ... to protest what it called")."""
    verb = trigger.verb
    if verb is None or verb.lemma_.lower() not in NAMING_VERBS or verb.head is verb:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == FREE_RELATIVE_WORD for c in verb.children):
        return False
    others = {i for t in triggers if t is not trigger for i in t.indices}
    governor = _governor(verb)
    if governor.i in others:
        return True
    return (governor.lemma_.lower() == PROTESTING_LEMMA and governor.dep_ in PURPOSE_DEPS
            and governor.head.i in others)


def is_meeting_as_setting(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """"ECOWAS leaders, meeting in Abuja on Thursday, imposed sanctions": a bare participle of
    meeting whose members' act, another trigger of the sentence, is what the story reports
    ("are meeting in Abuja" stays a meeting)."""
    verb = trigger.verb
    if (verb is None or trigger.nominal or trigger.coding.plover != "CONSULT"
            or verb.lemma_.lower() != MEETING_LEMMA or verb.tag_ != PARTICIPLE_TAG
            or verb.dep_ not in SETTING_DEPS or any(c.dep_ == "aux" for c in verb.children)):
        return False
    acts = [c for c in verb.children if c.dep_ == "advcl"] if verb.dep_ == "ROOT" else [
        verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in SUBJECT_DEPS
        else verb.head]
    others = {i for t in triggers if t is not trigger for i in t.indices}
    return any(act.i in others for act in acts)


def is_only_considered(trigger: Trigger) -> bool:
    """"said it would consider lifting some measures", "is considering imposing new sanctions",
    "will meet to consider sanctioning Pyongyang": an act weighed, not decided, whether the
    verb or its object noun tells it."""
    verb = trigger.verb
    return (verb is not None and trigger.coding.plover != "THREATEN"
            and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WEIGHING_VERBS)


def is_agreement_as_topic(trigger: Trigger) -> bool:
    """"The deal came days after the violence", "the pact covers fishing rights": an agreement
    noun that is the active subject of another verb, and not one told made there."""
    noun = trigger.head
    return (trigger.nominal and trigger.coding.plover == "AGREE"
            and noun.dep_ == ACTIVE_SUBJECT_DEP and not _agreement_made(noun))


def _agreement_made(noun: Token) -> bool:
    """"An agreement reached in Brussels on Monday paves the way", "a Qatari-brokered deal",
    "a deal between them on Monday", "a ceasefire took effect", "the deal ends a dispute"."""
    verb = noun.head
    if verb.lemma_.lower() in AGREEMENT_MAKING_VERBS or any(
            c.dep_ in MAKING_DEPS and c.lemma_.lower() in AGREEMENT_MAKING_VERBS
            for c in noun.children):
        return True
    return _has_day(noun) or _comes_into_effect(verb)


def _has_day(word: Token) -> bool:
    """"a deal between them on Monday", "on Monday ended": a day of the word's own."""
    return any(c.dep_ == "prep" and c.lower_ == DAY_PREP and any(
        g.dep_ == "pobj" and g.ent_type_ == DATE_ENTITY for g in c.children)
        for c in word.children)


def _comes_into_effect(verb: Token) -> bool:
    """"took effect", "came into force", "ends a decade-long dispute"."""
    lemma = verb.lemma_.lower()
    if lemma == ENDING_VERB:  # "ends the dispute", "on Monday ended"; not "ended a war" long ago
        return any(c.dep_ == "dobj" for c in verb.children) and (
            verb.tag_ in PRESENT_TAGS or _has_day(verb))
    phrases = {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj"}
    phrases |= {f"{lemma} {c.lower_} {g.lemma_.lower()}" for c in verb.children
                if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    return bool(phrases & EFFECT_PHRASES)


def is_pressed_topic(trigger: Trigger) -> bool:
    """"pressed Israel over its offensive", "pressed the minister on the raid": the act of
    force is what the pressure is about, not the act pressed on ("pressed their assault",
    "pressed ahead with the offensive")."""
    verb, noun = trigger.verb, trigger.head
    if not trigger.nominal or verb is None or verb.lemma_.lower() != PRESSING_LEMMA:
        return False
    if noun.dep_ == "conj":
        noun = noun.head
    if noun.head.i == verb.i and noun.dep_ in PRESSED_ACT_DEPS:
        return False
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.lower_ == PRESSED_ACT_PREP
                and prep.head.i == verb.i)


def is_quoted_denial(trigger: Trigger, status: str, sent: Span) -> bool:
    """"'We have not conceded a single inch,' Singh said": an act said, in the speaker's own
    quoted words, not to happen, and no refusal."""
    return (status == NEGATED and inside_quotes(trigger.verb or trigger.head, sent)
            and not is_refusal(trigger, status))


def without_untold_acts(triggers: list[Trigger], statuses: dict[int, str], sent: Span
                        ) -> list[Trigger]:
    """The triggers less acts only considered, agreements named as a topic, acts of force a
    pressure is about ("pressed Israel over its offensive"), acts a quotation
    says do not happen, the names given to what another trigger is about, what another word is
    about (topic_gerunds.py, whatever its status: "insisted on holding talks" hangs on no noun
    nor ground verb), acts only attempted, offered or helped (unrealised_aims.py), a mediation
    told on the act it helped (mediated_nouns.py) and acts left as an open question
    (open_questions.py: "did not say whether it would respond") and acts of force charged in a
    speaker's own quoted words (quoted_charges.py), and meetings told as the setting of their
    members' act ("leaders, meeting in Accra, agreed")."""
    return [trigger for trigger in triggers
            if not (is_only_considered(trigger) or names_another_acts_object(trigger, triggers)
                    or is_agreement_as_topic(trigger) or is_pressed_topic(trigger)
                    or is_topic_gerund(trigger)
                    or is_unrealised_aim(trigger)
                    or is_mediation_of_a_told_act(trigger) or is_open_question(trigger)
                    or is_quoted_charge(trigger, sent) or is_meeting_as_setting(trigger, triggers)
                    or is_quoted_denial(trigger, statuses.get(trigger.head.i, ""), sent))]
