"""Whom threats read from weak words are aimed at, once the story's events are known.

- A bare promised response (bare_responses.py): "Estonia expelled two Russian diplomats.
  Zakharova said Russia would respond" answers Estonia. The answered act is the latest hostile
  act told before it (a rejection only by armed forces: "violated Finnish airspace"), by
  another country, on the speaker's country (or any joined speaker's), or an act of another
  country on a third told in the speaker's own words, in a clause joined to the response
  ("said the supply of missiles to Ukraine by Britain crossed a red line and it would
  respond"; not "said it would respond as China and Brazil signed a deal"); with none
  ("Floods hit the capital. The government said it would respond within days", "Poland asked
  Germany for reparations. Berlin said it would respond") the response is no threat.
- A mild measure promised on a condition ("would take appropriate measures if ...",
  conditional_threats.py) is never a threat to the speaker's own side, and only one to a side
  named in the condition's subject ("if Beijing kept sending ships"; not "if Shell failed to
  clean up the spill in the Niger Delta").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.bare_responses import bare_response
from newsevents.conditional_threats import mild_promise
from newsevents.records import Event
from newsevents.retold import trigger_token
from newsevents.sentences import evidence_span
from newsevents.syntax import SUBJECT_DEPS, first_conjunct, marked_clause
from newsevents.threats import RESPONSE_VERBS, THREAT_CONDITION_MARKS, is_firm

# Hostile acts a state answers with a response: "expelled", "raised tariffs on", "struck",
# "summoned the ambassador", "accused", "threatened".
ANSWERED_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE", "ACCUSE", "THREATEN"})
# A rejection answered when armed forces make it: "Russian jets violated Finnish airspace".
ANSWERED_MILITARY_TYPE = "REJECT"
MILITARY_SECTOR = "MIL"
THREAT_TYPE = "THREATEN"


def _bare_verb(event: Event, doc: Doc) -> Token | None:
    """The response verb of a THREATEN told by a bare "would respond", if it is one."""
    if event.event_type != THREAT_TYPE:
        return None
    span = evidence_span(event, doc)
    for token in span if span is not None else ():
        if token.text == event.evidence.trigger and token.lemma_.lower() in RESPONSE_VERBS \
                and bare_response(token) and not any(is_firm(c) for c in token.children):
            return token
    return None


def _told_with(act: Event, verb: Token, doc: Doc) -> bool:
    """An act told in the speaker's own complement, in a clause joined to the response ("said
    the supply of missiles to Ukraine by Britain crossed a red line and it would respond"), not
    one told beside the speech ("said it would respond as China and Brazil signed a deal")."""
    token = trigger_token(act, doc)
    clause = first_conjunct(verb)
    return token is not None and clause is not verb and token in clause.subtree \
        and token not in verb.subtree


def _hostile(act: Event) -> bool:
    """An act a state answers: a hostile type, or a rejection by armed forces."""
    return act.event_type in ANSWERED_TYPES or (
        act.event_type == ANSWERED_MILITARY_TYPE and MILITARY_SECTOR in act.source.sector)


def _joined_speakers(verb: Token) -> bool:
    """Speakers joined in the speech ("Seoul and Tokyo said they would respond"), one of whom
    may be the one acted on though only the first is kept as the threat's source."""
    speech = first_conjunct(verb).head
    return any(c.dep_ in SUBJECT_DEPS and any(g.dep_ == "conj" for g in c.children)
               for c in speech.children)


def _answered(event: Event, before: list[Event], verb: Token, doc: Doc) -> Event | None:
    """The latest act told before, by another side, that the response answers: a hostile act
    on the speaker's side or, with speakers joined, on any of them ("Seoul and Tokyo said they
    would respond", _joined_speakers), or an act on a third side told in the speaker's own
    words joined to the response (_told_with)."""
    speaker = event.source.side
    speakers = {speaker} | {e.source.side for e in before if e.evidence == event.evidence
                            and e.event_type == event.event_type}
    joined = _joined_speakers(verb)
    return next((act for act in reversed(before)
                 if act.target is not None and act.source.side not in speakers
                 and act.evidence.start <= event.evidence.start
                 and ((_hostile(act) and (joined or act.target.side in speakers))
                      or (act.evidence.start == event.evidence.start
                          and act.target.side != speaker and _told_with(act, verb, doc)))),
                None)


def _mild_verbs(event: Event, doc: Doc) -> list[Token]:
    """The verbs of a threat with a target that promise a mild measure on a condition
    (conditional_threats.mild_promise) in its sentence."""
    if event.event_type != THREAT_TYPE or event.target is None:
        return []
    span = evidence_span(event, doc)
    return [t for t in span if mild_promise(t)] if span is not None else []


def _self_aimed(event: Event) -> bool:
    """A threat of the speaker's own side."""
    return event.target is not None and event.target.side == event.source.side


def _aimed_off_condition(event: Event, verbs: list[Token]) -> bool:
    """A mild threat aimed at a side not named in its condition's subject: "would take
    appropriate measures if Shell failed to clean up the spill in the Niger Delta" (Niger is
    no side threatened; "if Beijing kept sending ships" aims at Beijing)."""
    if event.target is None or not event.target.text:
        return False
    subjects = " ".join(t.text for v in verbs for c in v.children
                        if marked_clause(c, THREAT_CONDITION_MARKS)
                        for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
    return event.target.text not in subjects


def aim_weak_threats(events: list[Event], doc: Doc) -> list[Event]:
    """Bare responses aimed at the author of the act they answer, those that answer none
    dropped; self-aimed mild threats and those aimed off their condition dropped."""
    kept = []
    for event in events:
        mild = _mild_verbs(event, doc)
        if mild and (_self_aimed(event) or _aimed_off_condition(event, mild)):
            continue  # a mild threat aimed at its own side or off its condition
        verb = _bare_verb(event, doc)
        if verb is None:
            kept.append(event)
            continue
        answered = _answered(event, [e for e in events if e is not event], verb, doc)
        if answered is not None:
            kept.append(replace(event, target=answered.source))
    return kept
