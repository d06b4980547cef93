"""Bombings told with nobody named: "A car bomb exploded outside a hotel in Mogadishu", "An
explosion at a mosque in Kunduz killed dozens of worshippers", "a roadside bomb struck a
convoy in Balochistan". The gold gives such attacks an unstated doer ("*"); we code them as
by and against the country of the place (else of the victims), and only when one is told.
Accidents ("a gas explosion at a chemical plant", "a boiler blast") are no attacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.records import IMPLIED_KIND, INFERRED_KIND, Actor
from newsevents.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from newsevents.triggers import Trigger

BLAST_TYPE = "ASSAULT"
# Words for a weapon that goes off, or for its going off, told as the doer of an attack.
BLAST_NOUNS = {"bomb", "blast", "explosion", "explosive", "device", "ied", "landmine",
               "grenade", "bomber", "bombing", "car-bomb", "carbomb"}
# "a suicide attack on a police academy", "a bomb attack": an attack told by its weapon.
WEAPON_MODIFIERS = {"suicide", "bomb", "grenade", "car", "roadside", "explosive", "ied"}
ATTACK_NOUNS = {"attack", "assault", "strike"}
# Explosions that are accidents, not attacks: "a gas explosion", "a boiler blast at a factory".
ACCIDENT_WORDS = {"gas", "boiler", "firework", "fireworks", "cylinder", "factory", "plant",
                  "pipeline", "transformer", "chemical", "industrial", "accidental", "mining",
                  "coal", "refinery", "tanker", "warehouse", "depot", "fuel", "methane",
                  "dust", "volcanic", "sonic", "supernova", "population", "tyre", "tire",
                  "battery", "colliery", "shaft", "quarry"}
# Places of an accident that as a modifier name a weapon: "a blast at a coal mine" is an
# accident, "a mine blast killed two soldiers" a landmine attack.
ACCIDENT_PLACES = {"mine"}
# Verbs that tell an attack only with a bomb or a blast as subject: "A bomb went off at a bus
# stop", "A car bomb tore through a market", "A blast rocked a police station"; not "the bus
# went off the road", "protests rocked the capital" (verbs.tsv rows of "go off", "tear
# through", "rip through", "rock").
BLAST_ONLY_VERBS = {"go", "tear", "rip", "rock"}
# Participle clauses of a blast verb that tell the toll of the same blast: "A car bomb tore
# through a market, killing 20 people".
TOLL_CLAUSE_DEPS = {"advcl", "conj"}


def not_a_blast(trigger: Trigger) -> bool:
    """A verb that tells an attack only with a blast as subject has none: "The alarm went off
    a minute before", "Inflation tore through the economy"."""
    verb = trigger.verb
    if trigger.nominal or verb is None or verb.lemma_.lower() not in BLAST_ONLY_VERBS:
        return False
    if trigger.coding.plover != BLAST_TYPE:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or not _is_blast(subject)


def blast_doers(trigger: Trigger, targets: list[Actor], place_country: str | None
                ) -> list[Actor]:
    """The unnamed doer of an attack whose subject is the bomb or the blast: "A bomb blast tore
    through a bus in Damascus" is an attack in and on Syria; with neither a place nor a
    victim's country told, none."""
    if trigger.coding.plover != BLAST_TYPE:
        return []
    weapon = _blast_word(trigger)
    if weapon is None:
        return []
    if _side_named(weapon):
        return []  # "a Syrian mortar bomb killed five civilians in Akcakale": not Turkey's
    country = place_country or next((t.country for t in targets
                                     if t.country and t.kind != INFERRED_KIND), None)
    if not country:  # "after last week's suicide attack on parliament": whose is not told
        return []
    return [Actor(text=weapon.text, code=country, country=country, kind=IMPLIED_KIND)]


def _blast_word(trigger: Trigger) -> Token | None:
    """The bomb or blast that does the act: the subject of the verb ("A car bomb exploded",
    "An explosion at a market killed 11") or the event noun itself ("a suicide bombing in
    Quetta")."""
    if trigger.nominal:
        word = trigger.head
    elif trigger.verb is not None:
        word = _blast_subject(trigger.verb)
    else:
        word = None
    if word is None or not _is_blast(word):
        return None
    return word


def _side_named(weapon: Token) -> bool:
    """A demonym or name on the weapon or on its modifier: "a Syrian mortar bomb"."""
    modifiers = [c for c in weapon.children if c.dep_ in ("amod", "compound")]
    modifiers += [m for c in modifiers for m in c.children if m.dep_ in ("amod", "compound")]
    return any(m.pos_ in ("PROPN", "ADJ") and m.text[:1].isupper() for m in modifiers)


def _blast_subject(verb: Token) -> Token | None:
    """The subject of the verb ("A car bomb exploded"), of its passive ("A grenade was hurled
    at a police station"), or of the clause a toll participle hangs on ("A car bomb tore
    through a market, killing 20 people")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ in TOLL_CLAUSE_DEPS and verb.tag_ == "VBG":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _is_blast(word: Token) -> bool:
    """"car bomb", "blasts", "an improvised explosive device", "a suicide attack"; not "a gas
    explosion at a chemical plant"."""
    lemma = word.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound", "nmod")}
    place_words = {o.lemma_.lower() for c in word.children if c.dep_ == "prep"
                   for o in c.children if o.dep_ == "pobj"}
    if (modifiers | place_words | {lemma}) & ACCIDENT_WORDS or place_words & ACCIDENT_PLACES:
        return False
    if lemma in BLAST_NOUNS:
        return True
    return lemma in ATTACK_NOUNS and bool(modifiers & WEAPON_MODIFIERS)
