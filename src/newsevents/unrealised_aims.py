"""Acts named only as the aim of an attempt, an offer or a proposal: "called the manoeuvres an
attempt to intimidate the people of Taiwan", "have blocked attempts to tighten sanctions",
"turned down an offer to send medics", "rejected a proposal to hold talks". The noun is the news
(a charge, a veto, a rejection); the act in its "to" clause was tried or offered, not done, and
annotators leave it uncoded. A refused act ("his refusal to meet") stays, negated, and nouns of
a decided act ("a decision to send a destroyer", "an agreement to give $20 million") keep their
act (data/lexicon/unrealised_aims.tsv). The same holds for the act a help is for ("sent troops
to help quell the unrest", "appealed for help to quell the riots", "is ready to help fund the
study"): the help is the news, the act it serves is an aim; "helped quell the riots", told
done, stays.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from newsevents.tables import read_table

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

    from newsevents.triggers import Trigger

AIMS_FILE = resources.files("newsevents") / "data" / "lexicon" / "unrealised_aims.tsv"
UNREALISED_AIM_NOUNS = frozenset(row["word"] for row in read_table(AIMS_FILE, ("word",)))
# The dependency of a clause that completes a noun ("an attempt to encircle").
NOUN_CLAUSE_DEP = "acl"
# The infinitive marker of such a clause.
INFINITIVE_MARK = "to"
# The verb of a help whose complement is the act helped ("to help quell the unrest").
HELPING_LEMMA = "help"
# The dependencies of the act helped on the help ("help quell", "help to fund").
HELPED_ACT_DEPS = frozenset({"xcomp", "ccomp"})


def completes_noun_of(verb: Token, nouns: Set[str]) -> bool:
    """"an attempt to intimidate", "a request to send troops": the verb is a clause that
    completes one of the nouns (lemmas in lower case), which names the act without telling it
    done. Shared with demands.py."""
    return verb.dep_ == NOUN_CLAUSE_DEP and verb.head.lemma_.lower() in nouns


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == INFINITIVE_MARK for c in verb.children)


def is_unrealised_aim(trigger: Trigger) -> bool:
    """"blocked attempts to tighten sanctions": the trigger's verb is the "to" clause of a noun
    of an aim not carried out; "sent troops to help quell the unrest": the act a help still to
    be given is for."""
    verb = trigger.verb
    if verb is None:
        return False
    if completes_noun_of(verb, UNREALISED_AIM_NOUNS) and _infinitive(verb):
        return True
    helper = verb.head
    return (verb.dep_ in HELPED_ACT_DEPS and helper.lemma_.lower() == HELPING_LEMMA
            and helper.pos_ == "VERB" and _infinitive(helper))
