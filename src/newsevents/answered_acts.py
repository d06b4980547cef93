"""The act a reaction answers, when the reaction names it by a noun: "Iran dismissed the
accusation", "Georgians rallied to protest against the move", "Kigali rejected the report",
"Fiji rejected the Pacific Islands Forum's demands". The noun's own author ("the Forum's
demands", "the criticism from Brussels") is the target; else the author of the story's
earlier act of the kind the noun names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.camp_moves import other_camp_author
from newsevents.records import INFERRED_KIND
from newsevents.references import POLICY_ACTS, REFERRED_ACTS, referred_act_author
from newsevents.syntax import prep_objects
from newsevents.verbed_acts import doer_by_verb

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.lexicon import Lexicon
    from newsevents.records import Actor
    from newsevents.triggers import Trigger

# Reactions whose object can be an event told before ("condemned the attack").
ANSWER_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST"}
# "protest against the move", "outrage at the decision", "anger over the visit".
ANSWER_PREPS = {"against", "at", "over"}
# "took to the streets to protest against the decision": the purpose clause holds the noun.
PURPOSE_DEPS = {"xcomp", "advcl"}
# "the criticism from Brussels", "the accusations by Ukraine": the noun's author named.
AUTHOR_PREPS = {"from", "by"}
# The prepositions of the phrases inside an act's noun that can carry its "by" doer, and how
# deep: "the attack on a UN convoy by Houthi rebels", "the shelling of areas in Kashmir by ...".
INNER_PREPS = {"of", "on", "in", "against"}
DOER_DEPTH = 3
# An opposition's, rebels' or parties' reaction to an act whose author is untold answers
# their own state, not a doer named before.
DISSENTING_SECTORS = {"OPP", "REB", "PTY"}
# Praise of an act whose author no event told is not guessed from the doers before it.
PRAISE_TYPES = {"SUPPORT"}
# How many sentences back the doer of an act a noun refers back to is looked for.
LOOKBACK_SENTENCES = 2
# Nouns of acts told with words or documents, and of laws and plans, with the kinds of act
# each can be: "rejected the report" answers the author of the accusation told before.
LAW_AND_PLAN_ACTS = (*POLICY_ACTS, "THREATEN")
WORDED_ACTS = ("ACCUSE", "THREATEN", "REQUEST", "DISAPPROVE")
# Keyed by lemma: "the restrictions" and "the restriction" alike.
AUTHORED_NOUNS = {
    **dict.fromkeys(("law", "bill", "plan", "project", "legislation", "reform", "ban", "deal",
                     "restriction", "curb", "tariff", "annexation", "deportation", "expulsion",
                     "closure"), LAW_AND_PLAN_ACTS),
    **dict.fromkeys(("report", "finding", "claim", "allegation", "charge", "statement",
                     "remark", "comment", "criticism", "demand", "ultimatum", "warning",
                     "threat"), WORDED_ACTS),
}


def answered_nouns(trigger: Trigger) -> list[Token]:
    """The noun a reaction with no target argument answers: "protested against the move" or
    "rallied to protest against the move" gives "move"; "denied the accusation" gives
    "accusation"."""
    verb = trigger.verb
    if verb is None or trigger.nominal:
        return []
    holders = [verb, *(c for c in verb.children
                       if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # not "rallied to oppose the deal"
    for noun in objects + [o for holder in holders for o in prep_objects(holder, ANSWER_PREPS)]:
        if noun.pos_ == "NOUN":
            return [noun]
    return []


def named_author(noun: Token, own: set[str], resolve) -> list[Actor]:
    """The author the answered noun names itself, of another side than the reacting one:
    "the Pacific Islands Forum's demands", "the criticism from the European Union", "the
    killing of two journalists by Israeli troops" (a doer named by its nationality)."""
    authors = [c for c in noun.children if c.dep_ == "poss"]
    authors += prep_objects(noun, AUTHOR_PREPS)
    authors = [a for a in authors if a.pos_ == "PROPN"]  # not "from opposition lawmakers"
    named = [a for a in resolve(authors, True) if a.side not in own] if authors else []
    return named or [a for a in resolve(act_doers(noun), True)
                     if a.side not in own and a.kind != INFERRED_KIND]


def act_doers(noun: Token) -> list[Token]:
    """The doers an act's noun names after "by", also where the parser hung "by" on a phrase
    inside it or on the active verb whose object it is ("condemned the shelling of civilian
    areas in Kashmir by Indian troops": the verb has its own subject, so "by" is not its)."""
    holders, doers = [noun], []
    verb = noun.head
    if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in verb.children):
        doers += [d for d in prep_objects(verb, {"by"}) if d.pos_ in ("NOUN", "PROPN")]
    for _ in range(DOER_DEPTH):
        doers += [d for h in holders for d in prep_objects(h, {"by"})
                  if d.pos_ in ("NOUN", "PROPN")]
        holders = [o for h in holders for o in prep_objects(h, INNER_PREPS)]
    return doers


def act_author_told_before(plover: str, noun: Token, sources: list[Actor], named_act: bool,
                           context: ArticleContext, resolve) -> Actor | None:
    """The author of an act a noun refers back to when no event of its kind was found:
    "Israel passed a law ... Palestinians demonstrated against the law" (the latest act of a
    kind the noun can name), else the doer in the sentences just before ("Australia deported
    a Serbian tennis star. Serbs gathered to protest against the deportation")."""
    if plover in PRAISE_TYPES:
        return None  # "Senegal voiced support for the reforms": the reformer is untold
    own = {a.side for a in sources}
    kinds = AUTHORED_NOUNS.get(noun.lemma_.lower())
    author = context.latest_author(set(kinds), own) if kinds else None
    if author is not None or not (named_act or kinds or noun.lemma_.lower() in REFERRED_ACTS):
        return author
    if any(set(a.sector) & DISSENTING_SECTORS for a in sources):
        return None  # "the opposition condemned the killings": their own state's, untold
    return _earlier_doer(noun, own, resolve)


def _earlier_doer(noun: Token, own: set[str], resolve) -> Actor | None:
    """The first subject of another side in the main clauses of the sentences before the
    noun's (a reported clause before its speaker: "Russia moved troops, the Pentagon said")."""
    sent = noun.sent
    for _ in range(LOOKBACK_SENTENCES):
        if sent.start == 0:
            return None
        sent = sent.doc[sent.start - 1].sent
        root = sent.root
        clauses = [c for c in root.children if c.dep_ == "ccomp"] + [root]
        subjects = [c for clause in clauses for c in clause.children if c.dep_ == "nsubj"]
        actors = [a for a in resolve(subjects, True) if a.side not in own] if subjects else []
        if actors:
            return actors[0]
    return None


def names_an_act_told_before(noun: Token) -> bool:
    """"the attack", "this week's strikes", "Friday's deal": an event told before."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
               or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in noun.children)


def answered_author(trigger: Trigger, target_heads: list[Token], sources: list[Actor],
                    context: ArticleContext, resolve, lexicon: Lexicon) -> list[Actor]:
    """"Guterres condemned the strikes", "Beijing rejected the protest": a reaction to an
    event told before targets that event's author."""
    heads = (target_heads or answered_nouns(trigger)  # "rallied to protest against"
             ) if trigger.coding.plover in ANSWER_TYPES else []
    if not heads or heads[0].pos_ != "NOUN":
        return []
    noun, own = heads[0], {a.side for a in sources} | {a.party_key for a in sources}
    named = named_author(noun, own, resolve)  # "the Forum's demands": the Forum
    if named or not names_an_act_told_before(noun) or resolve([noun], True):
        return named
    rule = lexicon.noun_rule(noun)
    author = doer_by_verb(noun, own, context)  # "fired a missile ... the launch"
    author = author or (context.author_of(rule.coding.plover, own) if rule is not None
                        else (referred_act_author(noun, own, context)
                              or other_camp_author(noun, sources, context))
                        ) or act_author_told_before(
        trigger.coding.plover, noun, sources, rule is not None, context, resolve)
    return [author] if author is not None else []
