"""What coordinated acts share: a recipient said once ("deployed troops to its border with
Belarus and put units on alert"), a date or place said once ("killed 14 and freed 30 ... on
Monday"), and the time of a participle or purpose with its verb."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from newsevents.arguments import speaker_before
from newsevents.dates import resolve_date
from newsevents.offsets import day_phrase_on, is_perfect
from newsevents.pairing import Sides
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import VERBAL_QUADS, EventDate
from newsevents.status import called_for_protest
from newsevents.summons import is_to_infinitive
from newsevents.syntax import SUBJECT_DEPS
from newsevents.triggers import Trigger

# Prepositions that set a time, not a duration ("in March", not "for months", "since March").
TIME_AT_PREPS = {"in", "on", "at", "during"}


def share_targets(trigger: Trigger, sides: Sides, told: dict[int, tuple[Trigger, Sides]]
                  ) -> Sides:
    """Coordinated acts of one kind share the recipient said once: "deployed 12,000 troops to
    its border with Belarus and put units on heightened alert"."""
    verb = trigger.verb
    if sides.targets or sides.parties or verb is None or verb.dep_ != "conj":
        return sides
    for other, other_sides in told.values():
        if (other.verb == verb.head and other.coding.plover == trigger.coding.plover
                and other_sides.targets):
            return Sides(sides.sources, other_sides.targets, sides.parties, sides.joint)
    return sides


def share_with_conjuncts(triggers: list[Trigger], found: dict, *, participles: bool,
                         statuses: dict[int, str] | None = None) -> None:
    """Coordinated verbs share a date or place said once ("killed 14 and freed 30 ... on
    Monday"), and so do a participle or a purpose with their verb ("expelled an official on
    Thursday, accusing him of spying", "telephoned Saleh on Saturday to press him")."""
    for trigger in triggers:
        if trigger.head.i in found or trigger.verb is None:
            continue
        for other in triggers:
            if other.verb is None or other.head.i not in found:
                continue
            alike = statuses is not None and statuses[trigger.head.i] == statuses[other.head.i]
            if participles and statuses is not None and not alike and called_for_protest(other):
                continue  # "called for a boycott on Monday, accusing Paris": the boycott's day
            if participles and _later_clause_of_its_own(other.verb, trigger.verb):
                continue  # "PAIGC accused Vaz ..., and its supporters rallied on Wednesday"
            if not participles and (_later_clause_of_its_own(other.verb, trigger.verb)
                                    or _later_clause_of_its_own(trigger.verb, other.verb)):
                continue  # places: "Kampala has accused the rebels ..., and police arrested
                # 12 recruiters in Kasese": two subjects, two scenes
            if (_joined(other.verb, trigger.verb, participles, alike)
                    or _joined(trigger.verb, other.verb, participles, alike)):
                found[trigger.head.i] = found[other.head.i]
                break


def share_with_misread_conjuncts(triggers: list[Trigger], found: dict) -> None:
    """"Minsk yesterday denied that its helicopters had crossed the border and accused Poland",
    "on Thursday demanded that Russia free a surgeon ..., calling his detention a kidnapping":
    the parser hangs the second act of the speaker on the reported clause; a verbal act there
    with no subject of its own, in another form than that clause's verb, is the dated verbal
    act's own and shares its day."""
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.head.i in found or verb is None or trigger.coding.quad not in VERBAL_QUADS
                or not _hung_on_reported_clause(verb)):
            continue
        governor = verb.head.head
        above = next((t for t in triggers if t.verb == governor and t.head.i in found
                      and t.coding.quad in VERBAL_QUADS), None)
        if above is not None:
            found[trigger.head.i] = found[above.head.i]


def date_participles_of_untold_verbs(triggers: list[Trigger], found: dict, pub: date | None,
                                     future: dict[int, bool]) -> None:
    """"Offered on Monday to hold an election on November 14, bowing to the protesters'
    central demand", "announced on Tuesday night a rise in pensions, giving ground on their
    demands": a participle set off by a comma on a past verb, or on the to-infinitive of one,
    is done when that verb is: on the day its act has, or its own phrase names when it codes
    no event."""
    if pub is None:
        return
    told = {t.verb.i for t in triggers if t.verb is not None}
    for trigger in triggers:
        verb = trigger.verb
        if (trigger.head.i in found or verb is None or future.get(trigger.head.i, False)
                or verb.dep_ != "advcl" or verb.tag_ != "VBG" or speaker_before(verb) is not None
                or verb.i == 0 or verb.doc[verb.i - 1].text != ","):
            continue
        governor = verb.head
        if governor.dep_ in ("xcomp", "advcl") and is_to_infinitive(governor) and \
                governor.i not in told:  # "offered on Monday to hold an election ..., bowing"
            governor = governor.head
        above = next((t for t in triggers if t.verb == governor), None)
        if not _simple_past(governor) or (above is not None and verb.head == governor):
            continue  # a participle right on a told act shares its day (share_with_conjuncts)
        if above is not None and above.head.i in found:
            found[trigger.head.i] = found[above.head.i]
        elif above is None and (day := day_phrase_on(governor, pub)) is not None:
            found[trigger.head.i] = EventDate(day, day, "day", None)


def _simple_past(verb: Token) -> bool:
    """"Announced", also when the parser tags a main verb with no auxiliary a participle
    ("Lasso, facing the worst unrest in decades, announced on Tuesday")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))


def _hung_on_reported_clause(verb: Token) -> bool:
    """A past verb coordinated with, or a participle set off by a comma after, the verb of a
    "that" clause with a subject of its own whose form it does not share: a perfect ("had
    crossed ... and accused"), a progressive or a bare subjunctive ("that Russia free")."""
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.tag_ != "VBD" or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children) or not any(
            c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    if verb.dep_ == "conj" and verb.tag_ == "VBD":
        return not modal and (is_perfect(clause) or clause.tag_ in ("VB", "VBG"))
    comma_before = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    bare = clause.tag_ in ("VB", "JJ") and not any(  # the parser may tag "free" JJ
        c.dep_ in ("aux", "auxpass") for c in clause.children)
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and comma_before and bare
            and speaker_before(verb) is None)


def _later_clause_of_its_own(verb: Token, governor: Token) -> bool:
    """A later coordinated clause with a subject of its own: its date is its own and does
    not reach back to the clause before ("Kenya will scrap the rule, and officials will meet
    on January 8-9")."""
    return verb.head == governor and verb.dep_ == "conj" and any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)


def _joined(verb: Token, governor: Token, participles: bool, alike: bool = False) -> bool:
    """A verb coordinated with its governor, or a participle clause on it."""
    if verb.head != governor or speaker_before(verb) is not None:
        return False  # "..., the ministry said, accusing": said when it was said
    if verb.dep_ == "conj":  # "would send a team ... and urged both sides": two times
        if participles and is_perfect(verb) != is_perfect(governor) and any(
                c.dep_ in SUBJECT_DEPS for c in verb.children):
            return False  # dates: "had urged Malawi ..., and the US warned last week"
        return verb.tag_ == governor.tag_ or "VB" not in (verb.tag_, governor.tag_)
    # "telephoned Saleh on Saturday to press him": a purpose done in the same act
    purpose = is_to_infinitive(verb)
    if participles and verb.dep_ == "xcomp":
        return purpose and alike  # "agreed on Tuesday to meet": a later act, not a purpose
    return participles and verb.dep_ == "advcl" and (verb.tag_ == "VBG" or purpose)


def participle_of_dated_act(verb: Token, pub: date) -> bool:
    """"Ordered two diplomats on Saturday to leave, accusing them of spying, the ministry said
    on Sunday": a participle clause on an act its own phrase dates ("on Saturday", "last
    week", "in March") is of that act's time, not of the statement's ("has blockaded the
    corridor for months, accusing Armenia" names a duration, no time: the accusation is the
    statement's)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() in SPEECH_VERBS:
        return False
    return day_phrase_on(verb.head, pub) is not None or _dated_at(verb.head, pub)


def _dated_at(verb: Token, pub: date) -> bool:
    """A date phrase of the verb's own that is a time, not a duration ("last week", "in
    March"; not "for months", "since March")."""
    for child in verb.children:
        phrase = None
        if child.dep_ == "npadvmod":
            phrase = child
        elif child.dep_ == "prep" and child.lower_ in TIME_AT_PREPS:
            phrase = next((g for g in child.children if g.dep_ == "pobj"), None)
        if phrase is not None and phrase.ent_type_ == "DATE" and resolve_date(
                " ".join(t.text for t in phrase.subtree), pub) is not None:
            return True
    return False
