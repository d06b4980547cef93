"""Acts named only as the aim of an attempt, an offer or a proposal: "called the manoeuvres an
attempt to intimidate the people of Taiwan", "have blocked attempts to tighten sanctions",
"turned down an offer to send medics", "rejected a proposal to hold talks". The noun is the news
(a charge, a veto, a rejection); the act in its "to" clause was tried or offered, not done, and
annotators leave it uncoded. A refused act ("his refusal to meet") stays, negated, and nouns of
a decided act ("a decision to send a destroyer", "an agreement to give $20 million") keep their
act (data/lexicon/unrealised_aims.tsv). The same holds for the act a help is for ("sent troops
to help quell the unrest", "appealed for help to quell the riots", "is ready to help fund the
study"): the help is the news, the act it serves is an aim; "helped quell the riots", told
done, stays, and so does a help that is itself what a verb pledges ("offered to help mediate
between Israel and Hamas"): the pledge's rules read the act for its sides.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from newsevents.separate_pledges import PLEDGE_VERBS
from newsevents.syntax import has_to_marker
from newsevents.tables import read_table

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

    from newsevents.triggers import Trigger

AIMS_FILE = resources.files("newsevents") / "data" / "lexicon" / "unrealised_aims.tsv"
UNREALISED_AIM_NOUNS = frozenset(row["word"] for row in read_table(AIMS_FILE, ("word",)))
# The dependency of a clause that completes a noun ("an attempt to encircle").
NOUN_CLAUSE_DEP = "acl"
# The verb of a help whose complement is the act helped ("to help quell the unrest").
HELPING_LEMMA = "help"
# The dependencies of the act helped on the help ("help quell", "help to fund").
HELPED_ACT_DEPS = frozenset({"xcomp", "ccomp"})
# The dependency of a help that is what a verb pledges ("offered to help").
VERB_COMPLEMENT_DEP = "xcomp"


def completes_noun_of(verb: Token, nouns: Set[str]) -> bool:
    """"an attempt to intimidate", "a request to send troops": the verb is a clause that
    completes one of the nouns (lemmas in lower case), which names the act without telling it
    done. Shared with demands.py."""
    return verb.dep_ == NOUN_CLAUSE_DEP and verb.head.lemma_.lower() in nouns


def is_unrealised_aim(trigger: Trigger) -> bool:
    """"blocked attempts to tighten sanctions": the trigger's verb is the "to" clause of a noun
    of an aim not carried out; "sent troops to help quell the unrest": the act a help still to
    be given is for."""
    verb = trigger.verb
    if verb is None:
        return False
    if completes_noun_of(verb, UNREALISED_AIM_NOUNS) and has_to_marker(verb):
        return True
    helper = verb.head
    return (verb.dep_ in HELPED_ACT_DEPS and helper.lemma_.lower() == HELPING_LEMMA
            and helper.pos_ == "VERB" and has_to_marker(helper)
            and not _told_by_a_verb(helper))


def _told_by_a_verb(helper: Token) -> bool:
    """"offered to help mediate between Israel and Hamas", "promised to help Iraq rebuild": the
    help is what a pledge verb pledges, and the pledge's reading takes its sides from the act
    helped (lone_agreements.py); "failed to help them fight" still drops the fight."""
    return (helper.dep_ == VERB_COMPLEMENT_DEP
            and helper.head.lemma_.lower() in PLEDGE_VERBS)
