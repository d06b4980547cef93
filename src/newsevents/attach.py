"""Which date in a sentence belongs to which event trigger, and the parse walk that dates and
places share (``owner_of``).

A date or place belongs to the trigger its phrase hangs on, within the same clause: walking up
the parse from the expression, crossing into another clause ends the search. Places are placed
by ``placing.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsevents.acted_on import (
    ACTING_RELATIVES,
    date_acts_of_the_acted_on,
    simple_or_past_perfect,
)
from newsevents.arguments import speaker_before
from newsevents.conducted_acts import conducted_act, over_a_flight
from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.loose_days import beyond_loose_date
from newsevents.meeting_days import date_meetings_of_dated_acts
from newsevents.occasions import OCCASION_NOUNS
from newsevents.occurrence_subjects import occurrence_subject
from newsevents.offsets import (
    date_by_told_deal,
    date_closing_talks,
    date_lasting_until,
    in_offset_clause,
    spread_over_duration,
)
from newsevents.perfect_days import set_by_present_perfect
from newsevents.place_words import COMPASS_POINTS
from newsevents.places import TOWN_NOUNS
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import DATE_PRECISION_RANK, EventDate
from newsevents.refused_days import date_threats_by_their_acts
from newsevents.said_days import date_what_was_said
from newsevents.since_days import since_day, since_verb, until_publication
from newsevents.speech_dates import VERBAL_QUADS, dated_word, said_in_speech
from newsevents.statement_days import reached_through_other_act
from newsevents.syntax import OCCASION_SETTING_PREPS, SUBJECT_DEPS, marked_clause
from newsevents.town_phrases import in_named_town, owns_a_town_spot
from newsevents.triggers import Trigger

CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "parataxis"}
# "out" is the head of "out of": "pulled its troops out of Tskhinvali", "drove the rebels out
# of the town of Kidal", "were withdrawn out of Harare's suburbs".
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "on",
                  "through", "off", "around", "along", "toward", "towards", "into", "onto",
                  "out"}
ACTOR_PREPS = {"with", "between", "by", "to", "against", "from", "for", "among"}
# Bearings whose "of" sets a scene off a place: "south of Crete".
BEARINGS = COMPASS_POINTS
BEARING_PREP = "of"
# Before a town that cannot stand for a government, these mark a place, not a side:
# "withdrew from the town of Halgan", "fired rockets from the Gaza Strip", "attacked by rebels
# near Tetovo".
PLACE_AFTER_ACTOR_PREPS = {"from", "to", "by"}
# Before where a thing or a person is sent: only a place it names itself may be a side ("sent
# aid to Kabul"), not a place on another noun ("summoned him to the ministry in Tokyo").
DESTINATION_PREP = "to"
# Before the doers of an act: a place on them is where they did it, not a side.
DOER_PREP = "by"
# Before whom a thing is for: a place on them is where the thing is.
BENEFICIARY_PREP = "for"
# A place behind these belongs to another occasion than the event the phrase hangs on.
TIME_PREPS = {"after", "before", "since", "until", "following", "ahead"}
# The noun of "for the first time": a "for" of a length of time names no side ("meet for the
# first time in Port of Spain", "held for two days in Kabul").
TIME_SPAN_NOUNS = {"time"}
# Verbs whose direct object is where the event happens ("visited Tbilisi", "toured Kyiv").
VISIT_VERBS = {"visit", "tour", "arrive", "reach"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "dative", "attr"}
DESCRIBING_CLAUSES = {"relcl"}
# Tags of a verb told in the past ("invited", "has accepted").
PAST_TAGS = {"VBD", "VBN"}
# A date that modifies a noun ("last month's clash", "the December 13 attack").
NOUN_DATE_DEPS = {"poss", "nmod", "compound"}
# Prepositions before a noun that is the setting of the clause ("during Sunday's march").
SETTING_PREPS = {"during", "at", "in", "on", "amid"}
# Prepositions that name the parties of an event: a place on a party is the event's place
# ("talks between the foreign ministers in Doha", "clashes between police and protesters near
# the airport in Juliaca").
PARTY_PREPS = {"between", "with"}
# Verbs that tell an event noun happening: its place is the event's ("talks resumed at the
# residence in Skopje", "fighting broke out in Marib", "talks were held in Khartoum").
# Verbs with no event of their own a date is passed through ("killing ... and torching").
MAX_UNTOLD_LINKS = 3
# Verbs whose infinitive is the act tried at their own time ("failed to agree").
ATTEMPT_VERBS = {"fail", "try", "attempt", "manage"}
OCCURRENCE_VERBS = {"begin", "resume", "continue", "break", "take", "end", "hold", "start",
                    "erupt", "flare", "conclude", "open", "close", "go"}
# Verbs that tell an event noun not happening on the day they give ("the summit was called
# off on December 15").
CANCELLING_VERBS = {"call", "cancel", "postpone", "scrap", "abandon"}
# Links inside a noun phrase, up from a relative clause's noun to the event noun the phrase
# names ("talks between delegations from the two Koreas ... that ended on Sunday").
NOUN_PHRASE_DEPS = {"pobj", "prep", "conj", "compound", "appos"}
MAX_NOUN_PHRASE_LINKS = 6
# Links up from the people an act was done to, to the act ("fired tear gas and charged at
# hundreds of residents who ...", "used pepper spray to push back migrants who ...").
ACTED_ON_DEPS = {"pobj", "prep", "dobj", "xcomp", "conj"}
# Words that open a deadline, not a time: "before the end of February", "by the end of June".
DEADLINE_ENDS = ("before the end of", "by the end of")


@dataclass(frozen=True, slots=True)
class Attachment:
    """The trigger an expression hangs on, and the path it took there."""

    trigger: Trigger | None
    via_location_prep: bool = False  # passed "in", "at", "near", ...
    via_argument: bool = False  # passed through a subject or object ("the war in Syria")
    via_actor_prep: bool = False  # passed "from", "to": a place only if not a government


def _of_a_bearing(prep: Token) -> bool:
    """"of" after a bearing with no distance, which sets the scene off a place: "a joint
    exercise south of Crete", "sailed through waters west of Palawan"; not a bearing that only
    says where another place lies ("near the town of Balcad, north of Mogadishu"), nor a
    distance measured from a place ("30 km north of Goma", ``place_names.measured_from``)."""
    bearing = prep.head
    if prep.lower_ != BEARING_PREP or bearing.lower_ not in BEARINGS:
        return False
    said_of = [bearing.head]
    if bearing.i > 1 and bearing.doc[bearing.i - 1].is_punct:
        said_of.append(bearing.doc[bearing.i - 2])  # "the town of Balcad, north of Mogadishu"
    return not any(word.pos_ == "PROPN" or word.lemma_.lower() in TOWN_NOUNS
                   for word in said_of)


def owner_of(start: Token, triggers: list[Trigger], *, for_place: bool) -> Attachment:
    """Walk up the parse from an expression to the trigger it hangs on, within its clause.
    For places, a preposition that introduces a side ("with", "between") ends the walk, and
    passing through an argument is noted, except for the parties of a "parties" trigger
    ("bring A and B to the table in X")."""
    current, via_argument, via_actor = start, False, False
    located, town_named = owns_a_town_spot(start), in_named_town(start)  # "Gyumri's square"
    for _ in range(12):
        for trigger in triggers:
            if current.i in trigger.indices:
                return Attachment(trigger, located, via_argument, via_actor)
        if for_place and located and (happening := _happening_noun(current, triggers)
                                      or conducted_act(current, triggers)):
            return Attachment(happening, located, via_argument, via_actor)
        owner = next((t for t in triggers if current.head.i in t.indices), None)
        visited = (for_place and owner is not None and current.dep_ == "dobj"
                   and current.head.lemma_.lower() in VISIT_VERBS)
        located = located or visited
        # "sent reinforcements to Monguno": the parser may call "to" a dative
        prep_dative = for_place and current.dep_ == "dative" and current.pos_ == "ADP"
        if (for_place and current.dep_ in ARGUMENT_DEPS and current.i != start.i
                and not visited and not prep_dative
                and (owner is None or "parties" not in owner.targets)):
            via_argument = True
        if current.dep_ in ("prep", "agent") or prep_dative:
            if for_place and located and current.lower_ == DOER_PREP:
                if owner is None and (done := _event_done_by(current, triggers)):
                    return Attachment(done, located, via_argument, via_actor)
                # the place is where the doers were: "a protest by pensioners outside
                # Congress in Buenos Aires", "were attacked by gunmen in Kandahar"
            elif for_place and over_a_flight(current):
                located = True  # "held joint flight exercises over Guyana"
            elif for_place and owner is not None and current.lower_ in owner.targets:
                # "called on Caracas", "sanctions imposed on Iran"; "curfew imposed on Gyumri";
                # but "fired at supporters in Nairobi" is in Nairobi
                via_actor = via_actor or _names_directly(current, start)
                located = True
            elif current.lower_ in PLACE_AFTER_ACTOR_PREPS and for_place and owner is not None:
                via_actor = via_actor or current.lower_ != DESTINATION_PREP or \
                    _names_directly(current, start)  # "sent aid to Kabul", not "summoned the
                located = True  # ambassador to the ministry in Tokyo"
            elif current.lower_ in TIME_PREPS and for_place:
                return Attachment(None)  # "requested it after his arrest in Medellin"
            elif (current.lower_ in PARTY_PREPS | {"to"} and for_place and located
                  and (owner is not None or _names_an_occasion(current.head))):
                pass  # "talks with Houthi negotiators in Muscat": the talks' place; "urged
                # ... during talks with negotiators in Muscat", "appealed during a visit to
                # relief camps in Hyderabad": the occasion's place
            elif (for_place and located and current.lower_ == BENEFICIARY_PREP
                  and current.head.pos_ == "NOUN"):
                pass  # a place on whom a thing is for: "pounded a camp for displaced
                # families on El Fasher's edge", "a shelter for migrants in Tijuana"
            elif current.lower_ == BENEFICIARY_PREP and _spans_time(current):
                pass  # "expected to meet for the first time in Port of Spain"
            elif current.lower_ in ACTOR_PREPS and for_place and not (located and town_named):
                return Attachment(None)
            elif current.lower_ in LOCATION_PREPS or _of_a_bearing(current):
                located = True
        if current.dep_ in CLAUSE_DEPS or current.head.i == current.i:
            break
        current = current.head
    return Attachment(None, located, via_argument, via_actor)


def _spans_time(prep: Token) -> bool:
    """"for the first time", "for two days": a "for" whose object is a length of time."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME")
                                     or c.lemma_.lower() in TIME_SPAN_NOUNS)
               for c in prep.children)


def _event_done_by(prep: Token, triggers: list[Trigger]) -> Trigger | None:
    """The event noun the verb's object names, when the parser hangs its "by" on the verb:
    "joined a rally by teachers in Nairobi", "dispersed a march by students in Harare"."""
    return next((t for t in triggers for c in prep.head.children
                 if c.dep_ == "dobj" and c.i in t.indices and c.i < prep.i), None)


def _names_an_occasion(noun: Token) -> bool:
    """A meeting or visit noun ("talks", "a visit") that another act happened during."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in OCCASION_NOUNS
            and noun.head.lower_ in OCCASION_SETTING_PREPS)


def _names_directly(prep: Token, place: Token) -> bool:
    """The place is the preposition's own object (or conjoined with it)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(place == o or place in o.conjuncts for o in objects)


def _happening_noun(verb: Token, triggers: list[Trigger]) -> Trigger | None:
    """The event noun a verb of occurrence tells happening: "talks resumed in Skopje",
    "the talks were held in Khartoum"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    subject = occurrence_subject(verb)  # "are due to start in Quito", "which opened in Jeddah"
    if subject is None:
        return None
    return next((t for t in triggers if subject.i in t.indices and t.nominal), None)


def dates_by_trigger(sent: Span, triggers: list[Trigger], pub: date | None,
                     future: dict[int, bool], told_day: date | None = None,
                     anchor_day: date | None = None) -> dict[int, EventDate]:
    """The best-resolved date expression for each trigger (keyed by the trigger head index).
    ``told_day`` is the day of the last event told before the sentence ("Hours earlier, ...");
    ``anchor_day`` the one such words count from when the sentence before told only undated
    acts."""
    found: dict[int, EventDate] = {}
    if pub is None or not triggers:
        return found
    loose: list[Span] = []
    own_dated: set[int] = set()  # triggers dated by a phrase of their own clause
    expressions = date_expressions(sent)
    anchor = _sentence_day(expressions, pub) or told_day or anchor_day
    for entity in expressions:
        if _starts_a_state(entity) or _dates_a_thing(entity, triggers):
            continue
        owner = owner_of(entity.root, triggers, for_place=False).trigger
        if owner is None and len(triggers) == 1 and entity.root.head == sent.root:
            owner = triggers[0]
        described = owner is None and (owner := described_event(entity.root, triggers))
        statement = _statement_before_subject(entity, owner)
        if statement is not None:  # "said on Monday it would send a team next week"
            owners = said_in_speech(entity.root, triggers, found, pub, statement)
        else:
            owners = [owner] if owner else said_in_speech(entity.root, triggers, found, pub)
        if not owners:
            loose.append(entity)
        for trigger in owners:
            resolved = _since_until_now(entity, pub, resolve_date(
                entity.text, pub, future=future.get(trigger.head.i, False) or (
                    _appointed(entity) and not (described and _arranged_before(entity)))
                or set_by_present_perfect(entity, trigger.verb), anchor=anchor))
            current = found.get(trigger.head.i)
            through_other = trigger.verb is not None and reached_through_other_act(
                entity.root, trigger.verb)  # "deployed this week, and ... was quiet on Tuesday"
            if resolved is not None and (current is None or DATE_PRECISION_RANK[
                    resolved.precision] < DATE_PRECISION_RANK[current.precision]) and not (
                    current is not None and through_other and trigger.head.i in own_dated):
                found[trigger.head.i] = resolved
                if not through_other:
                    own_dated.add(trigger.head.i)
    _date_since_days(expressions, triggers, pub, future, found)
    for entity in expressions:
        if _describes(entity.root):
            _date_act_on_described(entity, triggers, (pub, anchor), future, found)
    date_happening_nouns(expressions, triggers, (pub, anchor), future, found)
    _date_the_undated(loose, triggers, (pub, anchor), future, found)
    date_by_told_deal(sent, triggers, found, told_day)
    date_meetings_of_dated_acts(triggers, found, pub)  # "agreed on Wednesday, after talks"
    spread_over_duration(triggers, found)
    date_closing_talks(triggers, found)
    date_lasting_until(triggers, found, pub)
    date_threats_by_their_acts(sent, triggers, found, pub)  # "threatened to expel ... on Wednesday"
    return found


def _date_since_days(expressions: list[Span], triggers: list[Trigger], pub: date,
                     future: dict[int, bool], found: dict[int, EventDate]) -> None:
    """"Rockets fired since Saturday": the undated act on whose verb the phrase hangs lasted
    from that day to the story's (``since_days``)."""
    for entity in expressions:
        verb = since_verb(entity)
        since_range = None if verb is None else since_day(entity, pub)
        owner = None if since_range is None else next(
            (t for t in triggers if t.verb == verb or verb.i in t.indices), None)
        if owner is not None and owner.head.i not in found and not future.get(owner.head.i):
            found[owner.head.i] = since_range


def date_happening_nouns(expressions: list[Span], triggers: list[Trigger],
                         days: tuple[date, date | None], future: dict[int, bool],
                         found: dict[int, EventDate]) -> None:
    """An event noun whose verb tells it happening or called off takes that verb's dates:
    "the summit was called off on December 15"; two such verbs make a range ("fighting broke
    out on Friday afternoon and flared again over the weekend": Friday to Sunday)."""
    pub, anchor = days
    for trigger in triggers:
        head = trigger.head
        if (head.i in found or head.dep_ not in SUBJECT_DEPS
                or head.head.lemma_.lower() not in OCCURRENCE_VERBS | CANCELLING_VERBS):
            continue
        verbs = {head.head, *(v for v in head.head.conjuncts if v.pos_ == "VERB" and not any(
            c.dep_ in SUBJECT_DEPS for c in v.children))}
        told = [resolve_date(e.text, pub, future=future.get(head.i, False), anchor=anchor)
                for e in expressions if dated_word(e.root) in verbs]
        told = [d for d in told if d is not None and d.start is not None]
        if len(told) == 1:
            found[head.i] = told[0]
        elif told:
            found[head.i] = EventDate(min(d.start for d in told), max(d.end for d in told),
                                      "range", None)


def described_event(date_token: Token, triggers: list[Trigger]) -> Trigger | None:
    """The event noun a relative clause with the date describes: "a meeting ... that Angola had
    arranged in Luanda for Monday", "three days of talks between delegations from the two Koreas
    in the North Korean city of Kaesong that ended on Sunday" (the parser hangs the clause on a
    noun inside the event's phrase). The clause must tell no event of its own."""
    clause = _clause_of(date_token)
    if clause is None or clause.dep_ != "relcl":
        return None
    noun = clause.head
    for _ in range(MAX_NOUN_PHRASE_LINKS):
        event = next((t for t in triggers if t.nominal and noun.i in t.indices), None)
        if event is not None:
            return event
        if noun.dep_ not in NOUN_PHRASE_DEPS:
            return None
        noun = noun.head
    return None


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a date sits in, through infinitives ("that was due to take place
    at the weekend": was)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "xcomp" or (ancestor.dep_ == "acomp" and ancestor.pos_ == "ADJ"):
            continue
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _arranged_before(entity: Span) -> bool:
    """"A meeting that Angola had arranged for Monday": a day appointed in the past perfect is
    read in the past."""
    clause = _clause_of(entity.root)
    return clause is not None and any(c.dep_ == "aux" and c.lower_ == "had"
                                      for c in clause.children)


def _statement_before_subject(entity: Span, owner: Trigger | None) -> Token | None:
    """"The AU said on Monday it would send a team": a date between the speech verb and the
    subject of what was said is the statement's (the speech verb returned), wherever the parser
    hangs it."""
    if owner is None:
        return None
    clause = owner.verb if owner.verb is not None else owner.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    before = subject is not None and clause.head.i < entity.start and \
        entity.end <= subject.left_edge.i
    return clause.head if before else None


def _since_until_now(entity: Span, pub: date, resolved: EventDate | None) -> EventDate | None:
    """"At least 14 people have been killed since the protests began on April 6": what the
    sentence tells lasted from that day to the story's."""
    since = any(marked_clause(a, {"since"}) for a in entity.root.ancestors)
    return (until_publication(resolved, pub) if since else None) or resolved


def _sentence_day(expressions: list[Span], pub: date) -> date | None:
    """The first day the sentence names itself ("struck on Sunday, hours after the group fired
    rockets earlier in the day")."""
    for entity in expressions:
        resolved = resolve_date(entity.text, pub)
        if resolved is not None and resolved.precision == "day":
            return resolved.start
    return None


def _date_the_undated(loose: list[Span], triggers: list[Trigger],
                      days: tuple[date, date | None], future: dict[int, bool],
                      found: dict[int, EventDate]) -> None:
    """The one date of a sentence that hangs on no trigger (it sits in a description: "executed
    two men accused of spying in Halgan on Monday") dates the triggers that have none; a date
    on a speech verb does not ("said on Monday that ...")."""
    pub, anchor = days
    loose = [e for e in loose if not _on_speech_verb(e.root) and not _describes(e.root)
             and resolve_date(e.text, pub, anchor=anchor) is not None]
    said = [e for e in loose if _in_statement(e.root, triggers)]
    for entity in said:  # "agreed to hold talks ... on Nov. 3-4": the talks, not the agreement
        date_what_was_said(entity, triggers, (pub, anchor), future, found)
    loose = [e for e in loose if e not in said]
    if len(loose) != 1:
        return
    content = _said_content(loose[0].root)
    for trigger in triggers:
        if trigger.head.i in found or (content is not None and not _within(trigger, content)):
            continue  # "said the money would arrive in April" dates what was said only
        if _earlier_description(trigger, loose[0].root) or in_offset_clause(trigger) or \
                beyond_loose_date(trigger, loose[0].root, future.get(trigger.head.i, False)):
            continue  # "two months after Maduro sealed the frontier": its own time
        ahead = future.get(trigger.head.i, False) and not _told_in_past(dated_word(loose[0].root))
        resolved = _since_until_now(loose[0], pub, resolve_date(
            loose[0].text, pub, future=ahead, anchor=anchor))  # "lifted on Tuesday": past
        if resolved is not None:
            found[trigger.head.i] = resolved


def _date_act_on_described(entity: Span, triggers: list[Trigger],
                           days: tuple[date, date | None], future: dict[int, bool],
                           found: dict[int, EventDate]) -> None:
    """"Fired tear gas at residents who blocked the motorway on Tuesday", "pushed back migrants
    who tried to cut through the fence on Monday": a date in a simple-past relative clause on
    the people an act was done to dates that act too."""
    clause = next((a for a in entity.root.ancestors if a.dep_ in DESCRIBING_CLAUSES), None)
    if clause is None:
        return  # the date's own word is the clause (it hung on no ancestor clause)
    if not simple_or_past_perfect(clause) or not any(
            c.dep_ == "nsubj" and c.lower_ in ACTING_RELATIVES for c in clause.children):
        return  # "withdrawn from the ridges, which they occupied in early May": not the day
    resolved = resolve_date(entity.text, days[0], anchor=days[1])
    word, links = clause.head, 0
    while (resolved is not None and word.dep_ in ACTED_ON_DEPS
           and links < MAX_NOUN_PHRASE_LINKS):
        word, links = word.head, links + 1
        for act in triggers:
            if (act.verb == word and not act.nominal and act.head.i not in found
                    and not future.get(act.head.i, False)):
                found[act.head.i] = resolved


def _told_in_past(word: Token) -> bool:
    """"Lifted on Tuesday"; "ministers, meeting in Brussels on Monday, agreed to widen": a past
    verb, or a participle of a subject or a clause whose verb is past."""
    if word.tag_ == "VBG" and word.dep_ in ("acl", "advcl"):
        word = word.head.head if word.head.dep_ in SUBJECT_DEPS else word.head
    return word.tag_ == "VBD"


def _earlier_description(trigger: Trigger, date_token: Token) -> bool:
    """"Farmers who had blocked highways for five days lifted their roadblocks on Tuesday
    night": a relative clause in the past perfect, without the date, tells an earlier time."""
    for clause in (trigger.head, *trigger.head.ancestors):
        if clause.dep_ == "relcl":
            earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
            return earlier and date_token not in clause.subtree
    return False


def _said_content(token: Token) -> Token | None:
    """The head of the reported clause a token sits in ("said [the money would arrive]")."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in SPEECH_VERBS:
            subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS),
                           None)
            if subject is not None and token.i < subject.left_edge.i:
                return None  # "said on Thursday it would attend": the statement's date
            return ancestor
    return None


def _within(trigger: Trigger, clause: Token) -> bool:
    return trigger.head == clause or clause in trigger.head.ancestors


def _appointed(entity: Span) -> bool:
    """"called a general strike for Wednesday", "set for May 3": a date appointed ahead."""
    return entity.start > 0 and entity.doc[entity.start - 1].lower_ == "for"


def _starts_a_state(entity: Span) -> bool:
    """"closed since 1994", "shelling the city since May", "suspend protests until after the
    June 20 election": when a state began or ends, not when an event happened; nor does a
    deadline ("before the end of February") date the act to be done by it."""
    words = [t.lower_ for t in entity.doc[max(entity.start - 3, 0):entity.start]]
    if " ".join(words[-1:] + [t.lower_ for t in entity[:3]]).endswith(DEADLINE_ENDS):
        return True  # "reduce its strength before the end of February": a deadline
    while words and words[-1] in ("the", "after", "at", "least"):
        words.pop()
    return bool(words) and words[-1] in ("since", "until", "till")


def _dates_a_thing(entity: Span, triggers: list[Trigger]) -> bool:
    """"the site of last month's clash", "after the December 13 attack": a possessive or
    modifying date dates the noun it modifies, unless that noun is the occasion of the clause
    ("detained 300 people during Sunday's march")."""
    root = entity.root
    if _awaits_an_occasion(root):  # the occasion's own date, when it is an event told
        return not any(root.head.i in t.indices for t in triggers)
    if root.dep_ not in NOUN_DATE_DEPS or root.head.pos_ != "NOUN" or any(
            root.head.i in t.indices for t in triggers):
        return False
    noun = root.head
    return not (noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS)


def _awaits_an_occasion(root: Token) -> bool:
    """"has invited them to a summit in Luanda next week": a date on an occasion a past act
    looks forward to dates the occasion, not the act."""
    noun = root.head
    return (root.dep_ == "npadvmod" and noun.lemma_.lower() in OCCASION_NOUNS
            and noun.dep_ == "pobj" and noun.head.lower_ == "to"
            and noun.head.head.tag_ in PAST_TAGS)


def _describes(token: Token) -> bool:
    """A date in a relative clause dates what the clause describes ("positions they took in
    2022"), not the sentence's events."""
    return any(t.dep_ in DESCRIBING_CLAUSES for t in (token, *token.ancestors))


def _in_statement(token: Token, triggers: list[Trigger]) -> bool:
    """A date inside what an accusation, demand or threat says dates the act it alleges or
    demands ("accused Ankara of killing three civilians ... last week"); not one on its
    subject."""
    heads = {t.head.i for t in triggers if t.coding.quad in VERBAL_QUADS}
    below = token
    for ancestor in token.ancestors:
        if ancestor.i in heads:  # "ministers, meeting on Monday, agreed": the subject's time
            return below.dep_ not in SUBJECT_DEPS
        below = ancestor
    return False


def _on_speech_verb(token: Token) -> bool:
    return (dated_word(token).lemma_.lower() in SPEECH_VERBS
            or token.head.lemma_.lower() in SPEECH_VERBS)


def share_through_untold_verbs(triggers: list[Trigger], dates: dict[int, EventDate]) -> None:
    """A participle or a coordinated verb shares the date of the act above it even when the
    verbs between tell no event: "attacked the town on Sunday, killing 30 people and torching
    the market" (torching hangs on killing), "accepted the resignation on Wednesday and ordered
    a cap on fuel prices, meeting two demands" (meeting hangs on ordered)."""
    verbs = {t.verb.i: t for t in triggers if t.verb is not None}
    for trigger in triggers:
        if trigger.head.i in dates or trigger.verb is None:
            continue
        current, passed = trigger.verb, 0
        while _same_time_link(current) and passed < MAX_UNTOLD_LINKS:
            current, passed = current.head, passed + 1
            above = verbs.get(current.i)
            if above is not None:
                if above.head.i in dates and passed > 1:
                    dates[trigger.head.i] = dates[above.head.i]
                break  # a verb that tells an event decides for itself (share_with_conjuncts)
    date_acts_of_the_acted_on(triggers, dates)  # "fired at protesters who had blocked roads"


def _same_time_link(verb: Token) -> bool:
    """A link that keeps the time of the verb above: a participle clause not voiced by a
    parenthetical speaker, the act of an attempt ("failed to agree"), or a verb coordinated
    in the same tense with no subject of its own."""
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG" and speaker_before(verb) is None
    if verb.dep_ == "xcomp":  # "met on Saturday ... but failed to agree on a plan"
        return verb.head.lemma_.lower() in ATTEMPT_VERBS
    return (verb.dep_ == "conj" and verb.tag_ == verb.head.tag_
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))
