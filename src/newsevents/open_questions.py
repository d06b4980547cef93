"""Acts a text leaves as an open question are not reported: "Kigali did not say whether it
would respond in kind", "an IMF spokesman declined to say whether the fund would consider new
lending", "it was not clear if the army would retaliate", "reporters asked whether Ankara would
send troops". The act's clause is marked "whether" (a question whatever governs it), or "if"
under an asking word, or under a speech or knowing word that is negated or declined
(data/lexicon/open_questions.tsv). The asking itself is no request when it has no addressee
("reporters asked whether"); asking a state whether or if it would act ("Ukraine asked the
United States whether it could supply more missiles") stays a request."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.bare_responses import OPEN_MARKS
from newsevents.syntax import marked_clause
from newsevents.tables import words_of_roles
from newsevents.triggers import Trigger

QUESTION_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "open_questions.tsv"
# Words whose "whether"/"if" clause is a question in itself ("asked", "wondered", "unclear").
ASKING_WORDS = words_of_roles(QUESTION_WORDS_FILE, "asking")
# Words an "if" clause is a question under, when negated ("did not say if") or declined.
TELLING_WORDS = words_of_roles(QUESTION_WORDS_FILE, "telling")
# Verbs that decline to tell: "declined to say if", "refused to confirm if".
DECLINING_VERBS = words_of_roles(QUESTION_WORDS_FILE, "declining")
# Links within one clause, from a verb up to the clause's own head ("would respond and retaliate").
SAME_CLAUSE_DEPS = frozenset({"conj", "xcomp"})
# "whether" opens a question whatever governs it; "if" may open a condition.
WHETHER = frozenset({"whether"})
# Who is asked: "asked the United States whether", "asked Germany if".
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
# What an asking verb may ask for besides a question, making its "if" clause a condition:
# "will ask for troops if the violence spreads", "asked to join if ...".
ASKED_FOR_DEPS = frozenset({"xcomp"})
ASKED_FOR_PREP = "for"
# How the asked clause hangs on its word ("asked whether it would", "asked Egypt if it would":
# the parser makes the second an adverbial clause).
QUESTION_DEPS = ("ccomp", "advcl")


def is_open_question(trigger: Trigger) -> bool:
    """The trigger's clause asks whether the act happens rather than telling it, or the
    trigger is an asking with no addressee ("reporters asked whether Ankara would ...": a
    question, no request)."""
    clause = trigger.verb or trigger.head
    if not _addressed(clause) and any(_asked(c) for c in clause.children):
        return True
    while clause.dep_ in SAME_CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if marked_clause(clause, WHETHER, None):
        return True
    return _asked(clause) or (marked_clause(clause, OPEN_MARKS, ("ccomp",))
                              and _withheld(clause.head))


def _addressed(word: Token) -> bool:
    return any(c.dep_ in ADDRESSEE_DEPS for c in word.children)


def _asked(clause: Token) -> bool:
    """The clause is the question an asking word asks ("asked whether", "wondered if",
    "unclear if"); an "if" clause of a word that asks for something is its condition."""
    asker = clause.head
    if clause.i == asker.i or asker.lemma_.lower() not in ASKING_WORDS:
        return False
    if not marked_clause(clause, OPEN_MARKS, QUESTION_DEPS):
        return False
    return clause.dep_ == "ccomp" or not any(
        c.dep_ in ASKED_FOR_DEPS or (c.dep_ == "prep" and c.lower_ == ASKED_FOR_PREP)
        for c in asker.children)


def _withheld(word: Token) -> bool:
    """A word of telling that is negated ("did not say", "was not clear") or declined
    ("declined to confirm")."""
    if word.lemma_.lower() not in TELLING_WORDS:
        return False
    if any(c.dep_ == "neg" for c in word.children):
        return True
    governor = word.head if word.dep_ in ("xcomp", "acomp") else None
    return governor is not None and (governor.lemma_.lower() in DECLINING_VERBS or any(
        c.dep_ == "neg" for c in governor.children))
