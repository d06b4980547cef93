"""Events a story tells twice, once without a day and once with it: the lead's "Iran's
Revolutionary Guards have seized a tanker" and the later "the Guards' navy intercepted the
vessel on Monday night"; "have agreed to revive a working group" and "The decision was taken
during a telephone conversation last week"; "fired water cannon at a boat" and "The incident
on Saturday"; "has threatened" and "Mr Lukashenko told a meeting on Thursday"; "Hours before
the strikes". The undated telling takes the day of the dated one, only where the text ties the
two (a definite noun referring back to the act or the deal, the same speaker); carrying days
between any events of the same parties lowered date accuracy (docs/accuracy.md).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsevents.came_after import date_came_after, last_named_day
from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.offsets import DIRECTIONS, UNIT_DAYS, is_perfect, offset_days
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import Event, EventDate
from newsevents.sentences import evidence_span, sentences
from newsevents.speech_dates import VERBAL_QUADS
from newsevents.syntax import SUBJECT_DEPS

# Determiners of a noun that refers back to a thing the story told before ("the vessel").
BACK_REFERENCE_DETS = {"the", "its", "their", "that", "this"}
# Where a noun that refers back to a thing told stands: the subject or object of a later verb
# ("The request was made at a meeting", "slamming into the vessel").
REFERRING_DEPS = {"nsubj", "nsubjpass", "dobj"}
# Entity labels of a noun phrase that names a party itself rather than referring back.
NAMING_LABELS = {"GPE", "NORP", "ORG", "PERSON", "FAC"}
# The words before a noun that say which thing it is ("the Russian-flagged vessel"); an
# apposition or a relative clause after it describes a thing already known.
NOUN_MODIFIER_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod"}
# Nouns that refer back to an agreement told before, and the verbs that tell it being made
# ("The decision was taken at a meeting ... on Tuesday", "the deal was reached last week").
DECISION_NOUNS = {"decision", "deal", "agreement", "accord", "pact", "truce", "ceasefire"}
DECISION_VERBS = {"take", "make", "reach", "strike", "seal", "agree", "conclude", "hammer"}
# A told decision coming out of an occasion or following it ("The decision came during a visit
# ... on Monday", "The breakthrough came at talks near the frontier on Friday", "The
# announcement followed talks ... on Tuesday"): the nouns, the prepositions of "came" and the
# occasions "followed" takes (not "came days after", "followed Monday's release").
OUTCOME_NOUNS = DECISION_NOUNS | {"breakthrough", "announcement"}
OUTCOME_PREPS = {"at", "during", "out"}
OCCASION_NOUNS = {"talks", "meeting", "call", "visit", "session", "summit", "round",
                  "negotiations", "conversation", "conference", "discussions"}
AGREEMENT_TYPE = "AGREE"
# Precisions of a sentence's own date that can date the decision it tells.
DECISION_PRECISIONS = {"day", "range", "week"}
# Nouns that refer back to an act told before ("The incident on Saturday", "Sunday's attack").
INCIDENT_NOUNS = {"incident", "attack", "seizure", "arrest", "detention", "raid", "clash",
                  "shooting", "bombing", "assault", "confrontation", "interception", "strike"}
# QuadClasses of material acts (PLOVER): what "the incident" can refer back to.
MATERIAL_QUADS = {2, 4}
# How many sentences after the lead a statement that dates it may come.
STATEMENT_REACH = 2
STATEMENT_NOUNS = {"statement", "speech", "interview", "communique", "address", "message"}


def date_retold_events(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """Undated tellings take the day of the telling the text ties them to (module doc)."""
    if not events:
        return events
    dated = _date_incidents(_date_decisions(_date_the_lead(events, doc), doc, pub), doc, pub)
    dated = _date_from_told_acts(_date_lead_statements(dated, doc, pub), doc, pub)
    return date_came_after(dated, doc, pub)  # "The release came a day after ..."


def _date_the_lead(events: list[Event], doc: Doc) -> list[Event]:
    """The lead tells the news undated in the perfect ("Iran's Revolutionary Guards have seized
    a tanker"); a later sentence tells the same act of the same side with its day, naming its
    object as a thing already told ("intercepted the vessel on Monday night")."""
    lead_index = min(e.evidence.sentence_index for e in events)
    dated = list(events)
    for position, event in enumerate(dated):
        if (event.evidence.sentence_index != lead_index or event.date.is_stated
                or event.status != "occurred" or not _told_in_perfect(event, doc)):
            continue
        retelling = next((later for later in events
                          if later.evidence.sentence_index > lead_index
                          and _retells(later, event, doc)), None)
        if retelling is not None:
            dated[position] = replace(event, date=retelling.date)
    return dated


def _retells(later: Event, lead: Event, doc: Doc) -> bool:
    """Same act, same doer (or none named: "the academic was detained on Saturday"), and its
    object a thing already told."""
    if not (later.date.is_stated and later.status == "occurred"
            and later.event_type == lead.event_type):
        return False
    verb = trigger_token(later, doc)
    if verb is None:
        return False
    agentless = not any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    return (later.source.side == lead.source.side or agentless) and any(
        refers_back(child) for child in verb.children if child.dep_ in ("dobj", "nsubjpass"))


def refers_back(noun: Token) -> bool:
    """A definite noun that names no party: "the vessel", "the academic"."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in NAMING_LABELS:
        return False
    words = [w for child in noun.children if child.dep_ in NOUN_MODIFIER_DEPS
             for w in child.subtree]
    return (any(w.lower_ in BACK_REFERENCE_DETS for w in words if w.head == noun)
            and not any(w.ent_type_ in NAMING_LABELS for w in words))


def _told_in_perfect(event: Event, doc: Doc) -> bool:
    verb = trigger_token(event, doc)
    return verb is not None and is_perfect(verb)


def trigger_token(event: Event, doc: Doc) -> Token | None:
    """The token of the event's trigger word in its sentence."""
    if not event.evidence.trigger:
        return None
    first = event.evidence.trigger.split()[0]
    span = evidence_span(event, doc)
    if span is None:
        return None
    return next((token for token in span if token.text == first), None)


def _date_decisions(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """"Kathmandu and New Delhi have agreed to revive a working group ... The decision was
    taken during a telephone conversation last week": the last undated agreement told before
    the sentence was made on the day that sentence gives."""
    if pub is None:
        return events
    dated = list(events)
    for index, sent in enumerate(sentences(doc)):
        if not any(_decision_made(token) for token in sent):
            continue
        when = _day_of_sentence(sent, events, index, pub)
        earlier = [position for position, e in enumerate(dated)
                   if e.evidence.sentence_index < index and e.event_type == AGREEMENT_TYPE
                   and e.status == "occurred"]
        if when is not None and earlier and not dated[earlier[-1]].date.is_stated:
            dated[earlier[-1]] = replace(dated[earlier[-1]], date=when)
    return dated


def _decision_made(verb: Token) -> bool:
    """"The decision was taken", "the agreement was reached": a told decision as the passive
    subject of a verb of making it; or as the subject of coming out of an occasion or
    following it ("The decision came during a visit", "The announcement followed talks")."""
    if verb.lemma_.lower() in DECISION_VERBS:
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in DECISION_NOUNS
                   and _told_before(c) for c in verb.children)
    return _outcome_of_occasion(verb) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OUTCOME_NOUNS and _told_before(c)
        for c in verb.children)


def _told_before(noun: Token) -> bool:
    """"The decision", "this agreement": a noun that points back to a thing told."""
    return any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in noun.children)


def _outcome_of_occasion(verb: Token) -> bool:
    """"Came at talks", "came during a visit", "came out of a meeting", "followed talks":
    not "came days after" (``came_after``) nor "followed Monday's release"."""
    lemma = verb.lemma_.lower()
    if lemma == "come":
        return any(c.dep_ in ("prep", "prt") and c.lower_ in OUTCOME_PREPS
                   for c in verb.children)
    return lemma == "follow" and any(c.dep_ == "dobj" and (
        c.lower_ in OCCASION_NOUNS or c.lemma_.lower() in OCCASION_NOUNS) for c in verb.children)


def _day_of_sentence(sent: Span, events: list[Event], index: int, pub: date
                     ) -> EventDate | None:
    """The day a sentence gives: that of its dated event, else its one date expression."""
    own = [e.date for e in events if e.evidence.sentence_index == index and e.date.is_stated]
    if own:
        return own[0]
    resolved = [resolve_date(entity.text, pub) for entity in date_expressions(sent)]
    resolved = [r for r in resolved if r is not None]
    if len(resolved) != 1 or resolved[0].precision not in DECISION_PRECISIONS:
        return None
    return resolved[0]


def _date_incidents(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """"... after a Chinese coast guard ship fired water cannon at a Philippine boat. The
    incident on Saturday prevented ...": a definite noun naming an act, with a day of its own,
    dates the last undated material act told before it."""
    if pub is None:
        return events
    dated = list(events)
    for index, sent in enumerate(sentences(doc)):
        when = next((day for token in sent if (day := _incident_day(token, pub))), None)
        if when is None:
            continue
        earlier = [position for position, e in enumerate(dated)
                   if e.evidence.sentence_index < index and e.quad_class in MATERIAL_QUADS
                   and e.status == "occurred"]
        if earlier and not dated[earlier[-1]].date.is_stated:
            dated[earlier[-1]] = replace(dated[earlier[-1]], date=when)
    return dated


def _incident_day(noun: Token, pub: date) -> EventDate | None:
    """The day of "the incident on Saturday" or "Saturday's attack"."""
    if noun.lemma_.lower() not in INCIDENT_NOUNS or noun.pos_ != "NOUN":
        return None
    told_subject = noun.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    if not told_subject and not any(c.dep_ == "poss" and c.ent_type_ == "DATE"
                                    for c in noun.children):
        return None  # "condemned the attack on Tuesday": the condemnation's day
    holders = [noun, noun.head] if noun.dep_ in SUBJECT_DEPS else [noun]
    for child in (c for holder in holders for c in holder.children):
        words = None
        if child.dep_ == "poss" and child.ent_type_ == "DATE":
            words = [child]
        elif child.dep_ == "prep" and child.lower_ == "on":
            words = [w for w in child.children if w.dep_ == "pobj" and w.ent_type_ == "DATE"]
        if words:
            resolved = resolve_date(" ".join(t.text for t in words[0].subtree
                                             if t.dep_ != "case"), pub)
            if resolved is not None and resolved.precision == "day":
                return resolved
    return None


def _date_from_told_acts(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """"The US and Britain carried out air strikes on Saturday ... Hours before the strikes,
    Houthi forces fired a missile": an act told as hours or days before or after an act the
    story told with its day ("the strikes") is dated from that day."""
    dated = list(events)
    for position, event in enumerate(dated):
        if event.date.is_stated:
            continue
        verb = trigger_token(event, doc)
        if verb is not None and event.quad_class in VERBAL_QUADS:
            verb = _speech_over(verb) or verb  # "Hours after the release, X said ... warned"
        offset = _offset_from_told_act(verb) if verb is not None else None
        if offset is None:
            continue
        noun, days = offset
        told = [e for e in dated[:position] if e.date.precision == "day"
                and e.evidence.sentence_index < event.evidence.sentence_index
                and noun in (e.evidence.trigger or "").lower().split()]
        anchor = told[-1].date.start if told else (
            last_named_day(doc, event.evidence.sentence_index, pub) if pub else None)
        if anchor is not None:  # "Hours after the release": the story's news, by default
            day = anchor + timedelta(days=days)
            dated[position] = replace(event, date=EventDate(day, day, "day", None))
    return dated


def _speech_over(verb: Token) -> Token | None:
    """The speech verb a verbal act is told under: "said the group would keep fighting and
    warned foreigners to leave": "said"."""
    for above in verb.ancestors:
        if above.lemma_.lower() in SPEECH_VERBS:
            return above
    return None


def _offset_from_told_act(verb: Token) -> tuple[str, int] | None:
    """("strikes", 0) for "Hours before the strikes, ... fired"; ("vote", -2) for "two days
    before the vote" (the parser hangs the preposition on the verb or on the unit)."""
    for child in verb.children:
        if child.dep_ == "npadvmod":
            pairs = [(child, prep) for prep in child.children if prep.dep_ == "prep"]
        elif child.dep_ == "prep":
            pairs = [(unit, child) for unit in child.children if unit.dep_ == "npadvmod"]
        else:
            continue
        for unit, prep in pairs:
            noun = next((c for c in prep.children if c.dep_ == "pobj" and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
            if (prep.lower_ not in DIRECTIONS or noun is None
                    or unit.lemma_.lower() not in UNIT_DAYS):
                continue
            days = offset_days(unit)
            if days is not None:
                return noun.lower_, -days * DIRECTIONS[prep.lower_]
    return None


def _date_lead_statements(events: list[Event], doc: Doc, pub: date | None) -> list[Event]:
    """"Lukashenko has threatened to cut off gas transit ... 'We can close the valve,' Mr
    Lukashenko told a government meeting on Thursday": a verbal act the lead tells in the
    perfect was made in the dated statement of the same speaker told just after."""
    if pub is None:
        return events
    lead_index = min(e.evidence.sentence_index for e in events)
    following = sentences(doc)[lead_index + 1: lead_index + 1 + STATEMENT_REACH]
    dated = list(events)
    for position, event in enumerate(dated):
        if (event.evidence.sentence_index != lead_index or event.date.is_stated
                or event.quad_class not in VERBAL_QUADS or event.status != "occurred"
                or not _told_in_perfect(event, doc)):
            continue
        names = {w for w in event.source.text.split() if w[:1].isupper()}
        when = next((day for sent in following
                     if (day := _statement_day(sent, names, pub)) is not None), None)
        if when is not None:
            dated[position] = replace(event, date=when)
    return dated


def _statement_day(sent: Span, names: set[str], pub: date) -> EventDate | None:
    """The day of a statement in the sentence whose speaker shares a name with ``names``."""
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not names & {w.text for w in subject.subtree if w.pos_ == "PROPN"}:
            continue
        spoken = verb.lemma_.lower() in SPEECH_VERBS
        for child in verb.children:
            phrase = None
            if child.dep_ == "prep" and child.lower_ == "on" and spoken:
                phrase = next((g for g in child.children if g.ent_type_ == "DATE"), None)
            elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and spoken:
                phrase = child
            elif child.dep_ == "prep" and child.lower_ == "in":
                phrase = next((w for g in child.children if g.lemma_.lower() in STATEMENT_NOUNS
                               for w in g.subtree if w.ent_type_ == "DATE"
                               and w.dep_ == "pobj"), None)
            when = resolve_date(phrase.text, pub) if phrase is not None else None
            if when is not None and when.precision == "day":
                return when
    return None
