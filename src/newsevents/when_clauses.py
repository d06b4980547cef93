"""Acts dated by a "when" clause: the act takes the time of the clause that says when it
happens ("will approve the ban when they meet in Brussels in late January": late January);
an act told in a "when" clause takes the date of the clause it tells the time of ("were
killed on Monday when troops shelled their post": Monday) or the date it follows ("will
visit Dhaka on January 11-12, when the two sides are expected to sign an agreement"); an
act done at an occasion whose describing clause dates it takes that date ("meet on the
sidelines of the summit, which takes place on Thursday and Friday"); an act told in a clause
set in a dated occasion takes the occasion's date ("the March 2 clashes, in which police fired
on protesters": March 2)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.date_spans import date_expressions
from newsevents.dates import resolve_date
from newsevents.eve_days import date_on_the_eve
from newsevents.records import EventDate
from newsevents.referred_occasions import KIND_OF_NOUN
from newsevents.triggers import Trigger

# Words that make a clause tell the time of another act: "when they meet", "once they
# meet", "as they met", "while visiting".
WHEN_WORDS = {"when", "once", "whenever"}
# Clause links a date may cross inside the "when" clause: "when they are due to meet".
INNER_LINKS = {"xcomp", "prep", "pobj", "npadvmod", "conj", "cc", "amod", "compound"}
# Links from an act's verb up to the verb of its clause: "are expected to sign", "are due to sign".
RAISING_LINKS = {"xcomp", "acomp"}
MAX_RAISING_LINKS = 3
# Prepositions that set an act at an occasion: "at the summit", "during the visit".
AT_OCCASION_PREPS = {"at", "during", "on", "in"}
# What opens a clause set inside the occasion its noun names: "in which", "during which",
# "where".
SCENE_CLAUSE_PREPS = {"in", "during", "at"}
SCENE_ADVERBS = {"where"}
# How a date hangs on an occasion noun: "the March 2 clashes", "Saturday's raid".
NOUN_DATE_DEPS = {"nmod", "poss", "compound", "npadvmod", "amod"}
# Links from an act up to the verb of its scene clause: "fired tear gas and beat protesters",
# "died when troops tried to clear a camp".
MAX_CONJUNCT_LINKS = 2


def date_by_when_clauses(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                         pub: date | None, future: dict[int, bool]) -> None:
    """Give each undated act the date of its "when" clause ("will approve the ban when they
    meet next week") or of the date its "when" clause describes ("on January 11-12, when the
    two sides will sign"); then move acts "on the eve of" a dated occasion a day back."""
    if pub is None:
        return
    expressions = None
    for trigger in triggers:
        if trigger.head.i in dates or trigger.verb is None:
            continue
        if expressions is None:
            expressions = date_expressions(sent)
        ahead = future.get(trigger.head.i, False)
        entity = (_when_clause_date(trigger.verb, expressions)
                  or _described_date(trigger.verb, expressions)
                  or _timed_clause_date(trigger.verb, expressions)
                  or _occasion_clause_date(trigger.verb, expressions))
        when = resolve_date(entity.text, pub, future=ahead) if entity is not None else None
        if when is None and (scene := _scene_date(trigger.verb, expressions)) is not None:
            when = resolve_date(scene.text, pub, future=ahead)
            when = when if when is not None and when.precision != "year" else None
        if when is not None:
            dates[trigger.head.i] = when
    date_on_the_eve(sent, triggers, dates, pub, future)  # "met on the eve of the summit"


def _when_clause_date(verb: Token, expressions: list[Span]) -> Span | None:
    """"approve the ban when they meet in late January": late January."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and _opened_by_when(clause):
            found = next((e for e in expressions if _inside_clause(e.root, clause)), None)
            if found is not None:
                return found
    return None


def _described_date(verb: Token, expressions: list[Span]) -> Span | None:
    """"on January 11-12, when the two sides are expected to sign": January 11-12."""
    clause = verb
    for _ in range(MAX_RAISING_LINKS):
        if clause.dep_ not in RAISING_LINKS:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or not _opened_by_when(clause):
        return None
    return next((e for e in expressions if e.start <= clause.head.i < e.end), None)


def _timed_clause_date(verb: Token, expressions: list[Span]) -> Span | None:
    """"were killed on Monday when troops shelled their post": Monday (the act told in the
    "when" clause happened at the time of the clause it times)."""
    if verb.dep_ != "advcl" or not _opened_by_when(verb):
        return None
    main = verb.head
    return next((e for e in expressions if _inside_clause(e.root, main)
                 and not _inside_clause(e.root, verb)), None)


def _occasion_clause_date(verb: Token, expressions: list[Span]) -> Span | None:
    """"meet on the sidelines of the summit, which takes place on Thursday and Friday":
    Thursday and Friday (the occasion's describing clause dates it)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in AT_OCCASION_PREPS:
            continue
        for noun in _occasion_nouns(prep):
            for clause in noun.children:
                if clause.dep_ not in ("relcl", "acl"):
                    continue
                found = next((e for e in expressions if _inside_clause(e.root, clause)), None)
                if found is not None:
                    return found
    return None


def _scene_date(verb: Token, expressions: list[Span]) -> Span | None:
    """"the March 2 clashes, in which police fired on protesters", "Saturday's raid, where
    soldiers detained 30 activists": March 2, Saturday (the date on the occasion's noun)."""
    clause = verb
    for _ in range(MAX_CONJUNCT_LINKS):
        if clause.dep_ != "conj" and not (clause.dep_ == "advcl" and _opened_by_when(clause)):
            break
        clause = clause.head  # "in which 25 people died when troops tried to clear a camp"
    if clause.dep_ != "relcl" or not _opened_as_scene(clause):
        return None
    noun = clause.head
    return next((e for e in expressions if (e.root.head == noun and e.root.dep_ in NOUN_DATE_DEPS)
                 or (e.root.dep_ == "pobj" and e.root.head.lower_ == "on"
                 and e.root.head.head == noun)), None)


def _opened_as_scene(clause: Token) -> bool:
    """"in which police fired", "during which", "where soldiers detained"."""
    return any((c.dep_ == "advmod" and c.lower_ in SCENE_ADVERBS)
               or (c.dep_ == "prep" and c.lower_ in SCENE_CLAUSE_PREPS
               and any(o.lower_ == "which" for o in c.children)) for c in clause.children)


def _occasion_nouns(prep: Token) -> list[Token]:
    """"at the summit": summit; "on the sidelines of the summit": summit."""
    nouns = [c for c in prep.children if c.dep_ == "pobj"]
    nouns += [o for n in list(nouns) for of in n.children if of.dep_ == "prep"
              and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.lower_ in KIND_OF_NOUN or n.lemma_.lower() in KIND_OF_NOUN]


def _opened_by_when(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_WORDS for c in clause.children)


def _inside_clause(word: Token, clause: Token) -> bool:
    """The word hangs on the clause's verb through phrases of that clause only."""
    while word != clause:
        if word.dep_ not in INNER_LINKS and word.head != clause:
            return False
        if word.head == word:
            return False
        word = word.head
    return True
