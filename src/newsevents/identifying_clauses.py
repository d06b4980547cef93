"""Acts told in a clause that says who a participant is, not what the story reports:
"General Tiani, who seized power in July, rejected ...", "Diab, whose government had resigned,
urged ...", "the working group set up by the two countries last year met ...". Annotators code
the news, not the background that identifies the people and bodies taking part; an act the
clause dates to the story's own days stays ("the gunmen, who killed 12 people on Tuesday")."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.syntax import DESCRIBING_DEPS
from newsevents.tables import words_of_roles

if TYPE_CHECKING:
    from newsevents.records import EventDate
    from newsevents.triggers import Trigger

# Heads a describing clause can identify: people and bodies, named or not.
PARTICIPANT_POS = {"PROPN", "NOUN"}
# Links through which an act stays in the describing clause ("who seized power and dissolved
# parliament", "who had vowed to expel").
SAME_CLAUSE_DEPS = {"conj", "xcomp"}
# An act dated this long before the story is past its occasion: the occasion of a news story
# is its week ("on Tuesday", "last week").
OCCASION_SPAN = timedelta(days=14)
# Tags of a participle that reduces a passive relative clause: "set up by", "elected in".
PASSIVE_PARTICIPLE_TAGS = {"VBN"}
# Roles of the identified participant: the doer of the story's act ("General Tiani, who seized
# power in July, rejected ..."), also as a root name the parser hangs the story's verb on
# ("rejected" read as a clause of "Tiani"); a clause on its object tells why it was acted on
# ("fired tear gas at protesters who had blocked the road"), which is the story's news.
DOER_DEPS = {"nsubj", "nsubjpass", "ROOT"}
# Links from a name to the phrase that plays its role: "Britain, France and Germany, which",
# "the envoy, Martin Griffiths, who".
NAME_LINK_DEPS = {"conj", "appos"}
ACCORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "accords.tsv"
# Agreements a clause can identify by when they were made ("a pact signed last year").
ACCORD_NOUNS = words_of_roles(ACCORDS_FILE, "accord")
# Words of a time a year or more back that the date stage leaves unresolved ("last year",
# "two years ago", "decades ago", "in 2019" by its four digits).
YEARS_BACK_WORDS = words_of_roles(ACCORDS_FILE, "years_back")


def identifies_in_background(trigger: Trigger, when: EventDate, pub: date | None,
                             event_nouns: Collection[str]) -> bool:
    """"Ouattara, recognised as the winner by the UN, ...", "the junta, which expelled the
    French ambassador in January, ...": an act in a clause identifying a participant, dated
    before the story's occasion or told in the past perfect, is background."""
    clause = describing_clause(trigger, event_nouns)
    if clause is None:
        return dates_an_accord(trigger, when, pub)
    if when.is_stated:
        return pub is not None and when.end is not None and when.end < pub - OCCASION_SPAN
    return past_perfect(trigger.verb, clause)


def describing_clause(trigger: Trigger, event_nouns: Collection[str]) -> Token | None:
    """The relative or participial clause the trigger's verb tells its act in, when it hangs
    on the doer of another act ("Tiani, who seized power, rejected"), not on an event noun ("a
    raid that killed 12 people") or an object ("protesters who had blocked the road")."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return None
    clause = verb
    while clause.dep_ in SAME_CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in DESCRIBING_DEPS or clause.head.pos_ not in PARTICIPANT_POS:
        return None
    if clause.dep_ == "acl" and clause.tag_ not in PASSIVE_PARTICIPLE_TAGS:
        return None  # "units fighting in Ukraine", "plans to hold talks"
    if clause.head.lemma_.lower() in event_nouns:
        return None  # "in a raid that killed 12 people": the news itself
    return clause if doer_of_the_story(clause.head) else None


def doer_of_the_story(noun: Token) -> bool:
    """"Diab, whose government resigned, urged ...": the noun, or the name it is listed with or
    set beside, is the subject of the sentence's act."""
    while noun.dep_ in NAME_LINK_DEPS and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in DOER_DEPS


def past_perfect(verb: Token, clause: Token) -> bool:
    """"who had resigned", "which had expelled": an act before the story's time."""
    return any(c.dep_ == "aux" and c.lower_ == "had"
               for v in (verb, clause) for c in v.children)


def dates_an_accord(trigger: Trigger, when: EventDate, pub: date | None) -> bool:
    """"a defence pact the two countries signed last year", "a treaty agreed in 2019": an act
    in a clause on an agreement, told as a year or more back, says which agreement is meant."""
    verb = trigger.verb  # "signed", also of the light verb the noun "pact" is read with
    if verb is None or pub is None:
        return False
    clause = verb
    while clause.dep_ in SAME_CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in DESCRIBING_DEPS or clause.head.lemma_.lower() not in ACCORD_NOUNS:
        return False
    if when.is_stated:
        return False  # "agreed in October": annotators code a dated accord as often as not
    if not _told_as_done(clause):
        return False  # "a deal they expect to finalise", "have negotiated for years"
    told = [t for t in clause.subtree if t.ent_type_ == "DATE"]
    return not any(t.lower_ == "this" for t in told) and _a_year_or_more_back(told, pub)


def _told_as_done(verb: Token) -> bool:
    """A simple past or a bare past participle ("signed last year", "a pact signed in 2019"),
    not a present perfect ("have negotiated for years") or a plan."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ", "MD") for c in verb.children)


def _a_year_or_more_back(told: list[Token], pub: date) -> bool:
    """"years ago", "in 2019" (a year before the publication's), "last year" (from March on:
    "the end of last year" in a January story is weeks back)."""
    words = {t.lower_ for t in told}
    if "ago" in words and words & YEARS_BACK_WORDS:
        return True
    if any(t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) < pub.year
           for t in told):
        return True
    return "last" in words and "year" in words and pub.month > 2
