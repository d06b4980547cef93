"""Acts told as a standing stance or a habit, not as an event of the story: "Washington backs
the YPG-led Syrian Democratic Forces", "an aim Moscow strongly opposes", "has repeatedly
complained that Chad bears too much of the cost", "has long opposed foreign intervention"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.denied_charges import CHARGE_NOUNS
from newsevents.running_tallies import running_tally
from newsevents.syntax import PRESENT_TAGS, TIME_DEPS

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

# Types whose simple present tells a position held, not a thing done that day ("The Alawites of
# Jabal Mohsen support Assad", "Sunnis in Tripoli back the rebels", "Beijing opposes any
# move").
STANDING_STANCE_TYPES = {"SUPPORT", "REJECT"}
# Tags of a verb in the simple present.
# Adverbs that make an act a habit or a long-held position: "has repeatedly complained", "has
# long supported", "routinely detains", "regularly accuses".
HABITUAL_ADVERBS = {
    "repeatedly", "regularly", "routinely", "frequently", "often", "long", "always",
    "traditionally", "habitually", "persistently", "consistently", "continually",
    "constantly", "usually", "typically", "generally", "historically", "customarily",
    "periodically", "occasionally", "sometimes", "invariably",
}
# Verbs of accusing whose act told in the perfect as a habit is still one the story reports:
# "Manila has repeatedly accused Beijing of bullying", "Peters has often criticised Chinese
# pressure" (the gold codes them, undated); not "has repeatedly complained that Chad bears too
# much", nor the simple present "Ankara routinely accuses Athens" (a habit).
REPEATED_CHARGE_VERBS = {"accuse", "blame", "criticise", "criticize", "condemn", "denounce"}


def told_as_standing(trigger: Trigger) -> bool:
    """A stance held or an act done as a habit, with no time of its own: no event."""
    verb = trigger.verb
    if running_tally(trigger):  # "have killed more than 2,800 people since 2017"
        return True
    if verb is None or trigger.nominal or _own_time(verb):
        return False
    return standing_stance(trigger) or (habitual_act(verb) and not _repeated_charge(verb))


def _repeated_charge(verb: Token) -> bool:
    """"Has repeatedly accused Moldova of stoking tension": accusations made up to now, told in
    the perfect."""
    return verb.lemma_.lower() in REPEATED_CHARGE_VERBS and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def standing_stance(trigger: Trigger) -> bool:
    """"An aim Moscow strongly opposes", "gunmen, who back Assad": a support or rejection
    told in the simple present in a clause that describes a noun; not the denial of a charge
    ("a charge the Kremlin denies", denied_charges.py)."""
    verb = trigger.verb
    if trigger.coding.plover not in STANDING_STANCE_TYPES or verb.tag_ not in PRESENT_TAGS:
        return False
    if verb.dep_ != "relcl" or _named_denial(verb):
        return False  # "Kinshasa accuses Kigali of arming the M23, a charge Rwanda denies":
        # the answer to the charge the sentence tells, as the gold codes it
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _named_denial(verb: Token) -> bool:
    """"A charge Rwanda denies": a relative clause on a charge noun whose denier is named, not
    a pronoun ("a charge they deny" leaves the denier to a guess)."""
    return verb.head.lemma_.lower() in CHARGE_NOUNS and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)


def habitual_act(verb: Token) -> bool:
    """"Has repeatedly complained", "has long opposed", "routinely detains critics": an act
    told as a habit."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS and not _as_long_as(c)
               for c in verb.children)


def _as_long_as(adverb: Token) -> bool:
    """"would halt attacks as long as the pullout went ahead": a condition, not a habit."""
    return adverb.lower_ == "long" and adverb.i > 0 and adverb.nbor(-1).lower_ == "as"


def _own_time(verb: Token) -> bool:
    """The verb names its own time: "repeatedly fired on protesters on Sunday"."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in TIME_DEPS
               for t in c.subtree)
