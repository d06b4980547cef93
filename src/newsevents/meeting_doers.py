"""A meeting, or the people at one, named as the doer: it stands for the international body
whose meeting the story tells, the one the story names most ("ECOWAS leaders met in Accra ...
The summit also rejected the junta's proposal", "Ministers meeting in Brussels agreed",
"Leaders at the two-day summit in Addis Ababa called for a ceasefire", "Member states
agreed to send air defence systems"); "the court" after an international court is that court
("joined the International Criminal Court ... would ask the court to open an inquiry")."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.measures import INTERNATIONAL_PREFIX
from newsevents.records import Actor
from newsevents.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from newsevents.context import ArticleContext
    from newsevents.mention_index import DocMentions

# Gatherings that act as their body: "the summit rejected", "the conference called for"; not
# a congress or session, as often a party's or a parliament's ("the party congress").
ACTING_GATHERINGS = {"summit", "conference", "meeting", "gathering", "plenary"}
# People who act for a body when told as at its meeting or as its members: "leaders at the
# summit", "ministers meeting in Brussels", "member states", "delegates".
ATTENDING_NOUNS = {"leader", "minister", "member", "state", "delegate", "head", "envoy",
                   "representative", "delegation", "country", "nation", "government"}
# Verbs of the clause that puts people at a meeting: "ministers meeting in Brussels".
ATTENDING_VERBS = {"meet", "gather", "attend", "assemble", "convene"}
# Prepositions that put people at a meeting: "leaders at the summit".
AT_PREPS = {"at", "during"}
# The word that makes states a body's members: "member states", "member countries".
MEMBER_WORD = "member"
# Words that make the people some of the members, not the body: "several member states".
PART_WORDS = {"several", "some", "many", "few", "most", "other", "individual", "certain"}
# Dependencies of a doer noun whose phrase acts.
DOER_DEPS = {"nsubj", "nsubjpass", "agent", "pobj"}
# Nouns that refer back to an international court named before.
COURT_NOUNS = {"court"}
JUDICIAL_SECTOR = "JUD"


def meeting_doer(head: Token, found: DocMentions, context: ArticleContext
                 ) -> list[Actor] | None:
    """The body that "the summit", "leaders meeting in Abuja" or "member states" stands for:
    the international body the story names most (the latest of equals); None when the phrase
    names its own parties ("ECOWAS leaders", "a meeting of the two presidents") or the story
    names no body."""
    if not (_acting_meeting(head, found) or _attending_people(head, found)
            or _people_meeting(head, found)):
        return international_court(head, found, context)
    body = _most_named_body(context)
    return [body] if body is not None else None


def international_court(head: Token, found: DocMentions, context: ArticleContext
                        ) -> list[Actor] | None:
    """"The court" with nothing of its own when the story has named an international court
    ("signed the International Criminal Court's statute ... would ask the court"); None for
    "a court in Lahore" or "the Supreme Court"."""
    if head.lemma_.lower() not in COURT_NOUNS or head.i in found.name_at:
        return None
    if [c.lower_ for c in head.children if c.dep_ != "prep"] != ["the"]:
        return None
    courts = [(i, e) for i, mention in found.name_at.items() if i < head.i
              for e in mention.entries if e.kind == "organisation"
              and (e.code or "").startswith(INTERNATIONAL_PREFIX) and JUDICIAL_SECTOR in e.sectors]
    if not courts:
        return None
    entry = max(courts, key=lambda pair: pair[0])[1]
    return [Actor(text=head.text, code=entry.code, country=None, sector=entry.sectors,
                  name=entry.name, kind="organisation")]


def _acting_meeting(head: Token, found: DocMentions) -> bool:
    """"The summit also rejected", "the conference called for": a definite gathering with no
    name nor party of its own ("a Mercosur summit", "a meeting of the two presidents")."""
    if head.lemma_.lower() not in ACTING_GATHERINGS or head.pos_ != "NOUN":
        return False
    if head.dep_ not in SUBJECT_DEPS or head.i in found.name_at:
        return False
    if not any(c.lower_ == "the" for c in head.children):
        return False
    return not any(c.dep_ in ("prep", "poss", "compound", "nmod", "acl", "relcl")
                   and _names_party(c, found) for c in head.children)


def _attending_people(head: Token, found: DocMentions) -> bool:
    """"Leaders at the two-day summit in Addis Ababa", "ministers meeting in Brussels",
    "member states": people who stand for the body whose meeting they attend; not "ECOWAS
    leaders" or "leaders of Mali and Niger" (their own names)."""
    if head.lemma_.lower() not in ATTENDING_NOUNS or head.dep_ not in DOER_DEPS:
        return False
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    before = head.doc[head.left_edge.i: head.i + 1]
    if any(t.i in found.name_at for t in before):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children):
        return False
    if any(c.lower_ in PART_WORDS or c.dep_ == "nummod" for c in head.children):
        return False  # "several member states", "two ministers"
    member = any(c.lower_ == MEMBER_WORD and c.dep_ in ("compound", "amod", "nmod")
                 for c in head.children)
    return member or _at_meeting(head)


def _people_meeting(head: Token, found: DocMentions) -> bool:
    """"Ministers meeting in Brussels agreed", "West African leaders meeting in Abuja
    ordered", parsed with "meeting" as the subject and the people as its compound or its own
    subject."""
    if head.lower_ != "meeting" or head.dep_ not in ("nsubj", "nsubjpass", "ccomp"):
        return False
    people = [c for c in head.children if c.dep_ in ("compound", "nsubj")
              and c.lemma_.lower() in ATTENDING_NOUNS and c.tag_ in ("NNS", "NNPS")]
    return bool(people) and not any(
        t.i in found.name_at for t in head.doc[people[0].left_edge.i: head.i])


def _at_meeting(head: Token) -> bool:
    """"Leaders at the summit", "ministers meeting in Brussels", "delegates gathered in
    Geneva", "leaders attending the summit"."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ATTENDING_VERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in AT_PREPS and any(
                o.dep_ == "pobj" and o.lemma_.lower() in ACTING_GATHERINGS for o in child.children):
            return True
    return False


def _names_party(word: Token, found: DocMentions) -> bool:
    """Whether a modifier of a meeting names someone other than a place: "of the two
    presidents", "ECOWAS", "their"; not "in Abuja" or "two-day"."""
    if word.dep_ == "poss":
        return True
    if word.dep_ == "prep" and word.lower_ in ("in", "at", "on", "during", "near"):
        return False
    for token in word.subtree:
        mention = found.name_at.get(token.i)
        if mention is not None and any(e.kind not in ("capital", "town")
                                       for e in mention.entries):
            return True
    return word.dep_ == "prep" and word.lower_ in ("of", "between", "with", "among")


def _most_named_body(context: ArticleContext) -> Actor | None:
    """The international body the story has named most, the latest of equals."""
    counts: Counter[str] = Counter()
    latest: dict[str, tuple[int, Actor]] = {}
    for position, actor in enumerate(context.history):
        if actor.kind == "organisation" and (actor.code or "").startswith(INTERNATIONAL_PREFIX):
            counts[actor.party_key] += 1
            latest[actor.party_key] = (position, actor)
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], latest[k][0]))
    return latest[key][1]
