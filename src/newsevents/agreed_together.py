"""A measure two sides agree on together is their agreement: "Egypt and Ethiopia agreed a
freeze on dam filling", "Japan agreed a tariff truce with Korea" (AGREE), while a measure
one side agrees against a named third party is that measure ("the ministers agreed new
sanctions on Belarus", SANCTION from the object noun by verbs.tsv's light "agree" row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.lexicon import Lexicon, VerbRule

# Verbs whose light row codes the agreed measure from its object noun (verbs.tsv).
AGREEING_VERBS = {"agree"}
# Prepositions that aim a measure at a party: "sanctions on Belarus", "an embargo against Iran".
AIMING_PREPS = {"on", "against"}
# Entity labels that name a party a measure may be aimed at.
PARTY_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}


def agreed_together(verb: Token, rule: VerbRule | None, lexicon: Lexicon) -> VerbRule | None:
    """The verb's plain AGREE row instead of the light measure row, when the agreeing sides
    are coordinated or have a "with" partner and the measure is aimed at no named party."""
    if (rule is None or rule.coding is not None or verb.lemma_.lower() not in AGREEING_VERBS
            or not _two_sides(verb) or _aimed_at_a_party(verb)):
        return rule
    return lexicon.verb_rule(verb.lemma_.lower(), set(), set())


def _two_sides(verb: Token) -> bool:
    return any((c.dep_ in SUBJECT_DEPS and any(g.dep_ == "conj" for g in c.children))
               or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _aimed_at_a_party(verb: Token) -> bool:
    """Whether an object of the verb has an on/against phrase that names a party ("sanctions
    on Belarus", "a ban on imports of Russian oil")."""
    return any(p.dep_ == "prep" and p.lower_ in AIMING_PREPS and any(
                   w.ent_type_ in PARTY_ENTITIES or w.pos_ == "PROPN" for w in p.subtree)
               for obj in verb.children if obj.dep_ == "dobj" for p in obj.children)
