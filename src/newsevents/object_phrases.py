"""A verb's phrase the parser hangs on its object: "blasted a Vietnamese trawler with water
cannon", "sprayed miners with tear gas" give "with water cannon" to the trawler and the miners,
not to the verb whose lexicon row ("blast with cannon", verbs.tsv) it completes. Read only when
the verb's own words match no row, so a row that already fits keeps its reading."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import Lexicon, VerbRule
from newsevents.verb_parts import particles_of, phrasal_particles

# Prepositions of an instrument the parser often hangs on the object instead of the verb.
INSTRUMENT_PREPS = {"with"}
OBJECT_DEP = "dobj"


def rule_through_object_phrase(verb: Token, objects: list[Token],
                               lexicon: Lexicon) -> VerbRule | None:
    """The verb's row completed by an instrument phrase hung on its direct object."""
    for noun in objects:
        if noun.dep_ != OBJECT_DEP or noun.head.i != verb.i:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in INSTRUMENT_PREPS:
                continue
            used = {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}
            rule = lexicon.verb_rule(verb.lemma_.lower(), particles_of(verb) | {prep.lower_},
                                     used, phrasal_particles(verb))
            if rule is not None:
                return rule
    return None
