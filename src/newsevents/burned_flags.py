"""Whom a protest is aimed at when its marchers burn a flag: "thousands marched in Goma,
burning Rwandan flags" is a protest against Rwanda, whatever else the clause names ("marched in
solidarity with Gaza, burning Israeli flags": Israel)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.name_matches import EMBLEM_NOUNS, EMBLEMS_FILE
from newsevents.tables import words_of_roles
from newsevents.triggers import Trigger

# Verbs that destroy an emblem in protest ("burning", "trampling"; data/lexicon/emblems.tsv).
BURNING_VERBS = words_of_roles(EMBLEMS_FILE, "burned")
# Acts whose target a burned flag names.
FLAG_BURNING_TYPES = {"PROTEST"}
# How a country's word modifies the flag ("Rwandan flags", "Ugandan flags").
FLAG_OWNER_DEPS = {"amod", "compound"}


def burned_flag_owners(trigger: Trigger) -> list[Token]:
    """The words naming whose flags a participle of the protest verb burns ("marched ...,
    burning Israeli flags": "Israeli"), as the protest's target heads; none for other acts."""
    verb = trigger.verb
    if trigger.coding.plover not in FLAG_BURNING_TYPES or verb is None:
        return []
    return [owner for flag in _burned_flags(verb) for owner in flag.children
            if owner.dep_ in FLAG_OWNER_DEPS and owner.text[:1].isupper()]


def _burned_flags(verb: Token) -> list[Token]:
    """The flags burned by a participle on the verb: "marched, burning Rwandan flags"."""
    return [flag for participle in verb.children
            if participle.dep_ == "advcl" and participle.tag_ == "VBG"
            and participle.lemma_.lower() in BURNING_VERBS
            for flag in participle.children
            if flag.dep_ == "dobj" and flag.lemma_.lower() in EMBLEM_NOUNS]
