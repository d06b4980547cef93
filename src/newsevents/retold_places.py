"""The place of an act told again: a later sentence that retells an unplaced act with a place of
its own places it. "Argentina and the IMF reached agreement on Wednesday ... The deal, concluded
in Washington after months of tense negotiations, ..."; "Armenian and Azerbaijani border
commissions wrapped up a tenth round of talks ... The talks, held in the Azerbaijani border town
of Gazakh, ..."; "Cameroon on Wednesday freed 43 Nigerian fishermen ... The men were handed over
to Nigerian consular officials in the port city of Limbe".

The same two tellings that date an act (``told_again``, ``passive_retellings``) place it: a
definite noun subject naming an act of the unplaced act's type, whose own clause or verb tells
the act happening, made or held, in the sentence or two after it; or the main passive of the
next sentence, on what the act was done to, telling it handed over (a release, aid, an
extradition) or done with the act's own verb. The place is the one a preposition of where hangs
on that clause ("in", "at", "near"), not where people or things came from or went to, nor a
place in a clause of its own. The nearness of a sentence naming a place does not place an act
(docs/accuracy.md); the noun or the passive ties them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.lexicon import Lexicon
from newsevents.passive_retellings import retelling_passives
from newsevents.place_names import place_spans
from newsevents.places import Gazetteer
from newsevents.records import Event
from newsevents.retold import MATERIAL_QUADS, refers_back
from newsevents.sentences import sentences
from newsevents.speech_dates import TOLD_REACH, retelling_verbs, retells_as, verb_coding
from newsevents.syntax import SUBJECT_DEPS

# Verbs that tell the act their subject names happening, made or held: "The ambush took place
# near Bosso", "The deal, concluded in Washington", "The talks, held in Gazakh".
ACT_VERBS = retelling_verbs("happening", "making", "holding")
# Passives that tell what an act was done to handed over: "The officers were handed over".
HANDOVER_VERBS = retelling_verbs("handing")
# Acts whose people or goods are handed over: releases, aid, extraditions.
HANDED_TYPES = frozenset({"RETREAT", "CONCEDE", "AID", "COOPERATE"})
OWN_CLAUSE_DEPS = {"acl", "relcl"}  # "The deal, concluded in Washington", "which was held"
# Prepositions of where an act was done; "from", "to" tell where people or things came from or
# went ("were flown from Sanaa to Riyadh").
WHERE_PREPS = {"in", "at", "near", "on", "outside", "around", "inside", "off", "between"}
# The preposition of a name on its kind noun: "the border town of Gazakh".
KIND_NAME_PREP = "of"
# Clauses of their own under the retelling verb, whose places are theirs: "said ... that",
# "and are expected to travel home to Calabar".
OTHER_CLAUSE_DEPS = {"ccomp", "advcl", "conj", "xcomp", "parataxis", "csubj"}
# Prisoner releases are coded as RETREAT or CONCEDE (docs/gold-guidelines.md): "the handover"
# (CONCEDE in the lexicon) retells "released 90 prisoners" (RETREAT) as well.
RELEASE_TYPES = frozenset({"RETREAT", "CONCEDE"})


def place_acts_told_again(events: list[Event], doc: Doc, lexicon: Lexicon,
                          gazetteer: Gazetteer) -> list[Event]:
    """Unplaced acts take the place of the later sentence that retells them (module doc)."""
    if all(e.location is not None for e in events):
        return events
    placed = list(events)
    told = sentences(doc)
    _place_by_namings(placed, told, lexicon, gazetteer)
    _place_by_passives(placed, told, lexicon, gazetteer)
    return placed


def _place_by_namings(placed: list[Event], told: list[Span], lexicon: Lexicon,
                      gazetteer: Gazetteer) -> None:
    """The last unplaced act of a noun's type in the sentence or two before the noun that
    retells it with a place ("The deal, concluded in Washington"), placed there."""
    for index, sent in enumerate(told):
        if index == 0:
            continue
        for event_type, where in _placed_namings(sent, lexicon, gazetteer):
            acts = [position for position, e in enumerate(placed)
                    if index - TOLD_REACH <= e.evidence.sentence_index < index
                    and _same_kind(e.event_type, event_type) and e.status == "occurred"]
            if acts and placed[acts[-1]].location is None:
                _place(placed, acts[-1], where, gazetteer)


def _place_by_passives(placed: list[Event], told: list[Span], lexicon: Lexicon,
                       gazetteer: Gazetteer) -> None:
    """The last unplaced material act of a sentence that the next sentence's main passive
    retells with a place ("The fishermen were handed over ... in Kismayo"), placed there: a
    release, aid or extradition for a verb of handing over, else an act of the verb's type."""
    for index in sorted({e.evidence.sentence_index for e in placed if e.location is None}):
        if index + 1 >= len(told):
            continue
        acts = [position for position, e in enumerate(placed)
                if e.evidence.sentence_index == index and e.location is None
                and e.status == "occurred" and e.quad_class in MATERIAL_QUADS]
        found = _passive_place(told[index + 1], lexicon, gazetteer)
        if found is None:
            continue
        handed, coding, where = found
        kind = [position for position in acts if placed[position].event_type == coding
                or (handed and placed[position].event_type in HANDED_TYPES)]
        if kind:
            _place(placed, kind[-1], where, gazetteer)


def _place(events: list[Event], position: int, where: Span, gazetteer: Gazetteer) -> None:
    """The event at ``position`` placed at the name, read for its sides' countries."""
    event = events[position]
    countries = {actor.country: 1 for actor in event.parties if actor.country}
    place = gazetteer.lookup(where.text, countries)
    if place is not None:
        events[position] = replace(event, location=place)


def _same_kind(event_type: str, named_type: str) -> bool:
    """The act is of the type the noun names, a release counting as either of its types."""
    return event_type == named_type or {event_type, named_type} <= RELEASE_TYPES


def _placed_namings(sent: Span, lexicon: Lexicon, gazetteer: Gazetteer
                    ) -> list[tuple[str, Span]]:
    """(event type, place name) for each definite event noun subject of the sentence whose own
    clause, or the verb of happening or making it is subject of, names where it was done."""
    found: list[tuple[str, Span]] = []
    spans: list[Span] | None = None
    for noun in sent:
        if noun.dep_ not in SUBJECT_DEPS or not refers_back(noun):
            continue
        rule = lexicon.noun_rule(noun)
        if rule is None:
            continue
        spans = place_spans(sent, gazetteer) if spans is None else spans
        clauses = [c for c in noun.children if c.dep_ in OWN_CLAUSE_DEPS
                   and retells_as(c, ACT_VERBS)]
        if retells_as(noun.head, ACT_VERBS):
            clauses.append(noun.head)
        where = next((s for clause in clauses for s in spans if _where_done(s, clause)), None)
        if where is not None:
            found.append((rule.coding.plover, where))
    return found


def _passive_place(sent: Span, lexicon: Lexicon, gazetteer: Gazetteer
                   ) -> tuple[bool, str | None, Span] | None:
    """The place on the sentence's main passive verb, of handing over or of an act's own kind,
    with a subject that refers back: "The men were handed over ... in the port city of Limbe",
    "The vessels were delivered in Tripoli"; with whether the verb hands over, and its type."""
    for verb in retelling_passives(sent):
        coding = verb_coding(verb, lexicon)
        handed = retells_as(verb, HANDOVER_VERBS)
        if not handed and coding is None:
            continue
        where = next((s for s in place_spans(sent, gazetteer) if _where_done(s, verb)), None)
        if where is not None:
            return handed, coding.plover if coding is not None else None, where
    return None


def _where_done(name: Span, verb: Token) -> bool:
    """The name hangs on ``verb`` through a preposition of where, with no other clause or
    subject between, and no preposition of a way before it: "concluded in Washington",
    "adopted at a meeting in Luxembourg", "held in the Azerbaijani border town of Gazakh",
    "handed over to consular officials in Limbe" (not "flown from Sanaa", "are expected to
    travel home to Calabar")."""
    where = False
    word = name.root
    while word != verb:
        if word.dep_ in OTHER_CLAUSE_DEPS or word.dep_ in SUBJECT_DEPS or word.head == word:
            return False
        if word.dep_ == "prep":
            if word.lower_ not in WHERE_PREPS and word.lower_ != KIND_NAME_PREP and not where:
                return False
            where = where or word.lower_ in WHERE_PREPS
        word = word.head
    return where
