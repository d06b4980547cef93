"""A weekday on an occasion told as arranged in the present perfect is a day still to come:
"have called a rally outside parliament on Sunday", told on a Thursday, is the coming Sunday.
English gives the present perfect no past day of its own ("they have called a rally last
Sunday" is not said), so the day is that of the occasion the act set up. Only verbs that set
up an occasion (call, schedule, convene ...: data/lexicon/day_words.tsv) with the occasion as
object read so; an appeal ("has called on Sunday for a ceasefire"), an announced act ("have
announced a ceasefire on Monday") or a deed ("has recalled its envoy on Monday", loose
newswire) told in the present perfect with a day keeps the past day; the past perfect
("had called a rally on Sunday") and the simple past keep the past reading."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsevents.dates import WEEKDAYS
from newsevents.since_days import DAY_WORDS_FILE
from newsevents.tables import words_of_roles

WEEKDAY_PHRASE = re.compile(
    r"^(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)
# Verbs that set up an occasion for a day: "have called a strike on Monday".
ARRANGING_VERBS = words_of_roles(DAY_WORDS_FILE, "arranging")
# Occasions such a verb sets up, whose own day the weekday names: "a rally", "talks".
OCCASION_OBJECTS = words_of_roles(DAY_WORDS_FILE, "occasion")
# Tags of "has"/"have" as the auxiliary of a present perfect (not "had").
PRESENT_TAGS = {"VBZ", "VBP"}


def set_by_present_perfect(entity: Span, verb: Token | None) -> bool:
    """Whether a bare weekday sits in the clause of an arranging verb told in the present
    perfect whose object is an occasion ("have called a rally on Sunday"); an appeal ("has
    called on Sunday for a ceasefire") or an announced act ("have announced a ceasefire on
    Monday") keeps the past day."""
    if verb is None or verb.tag_ != "VBN" or verb.lemma_.lower() not in ARRANGING_VERBS or \
            not WEEKDAY_PHRASE.match(entity.text.strip()) or not _sets_up_occasion(verb):
        return False
    verb_of_day = next((a for a in entity.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb_of_day == verb and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS
        for c in verb.children)


def _sets_up_occasion(verb: Token) -> bool:
    """The verb's object (or passive subject) is an occasion: "called a rally", "talks have
    been scheduled"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OCCASION_OBJECTS
               for c in verb.children)
