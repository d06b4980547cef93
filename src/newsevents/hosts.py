"""The host of talks between others: a story filed from Havana on Colombia's peace talks
("HAVANA - Colombia's FARC rebels declared a ceasefire as talks opened in the Cuban capital")
names Cuba only as where the parties meet, so "the government", "the rebels" and officials
newly named are not Cuba's."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from newsevents.sentences import sentences

# Prepositions of a venue ("in the Cuban capital", "at a conference centre in Oslo").
VENUE_PREPS = {"in", "at"}
# "talks hosted by Cuba", "negotiations sponsored by Qatar": the host named as agent.
HOST_AGENT_PREPS = {"by"}
HOSTING_VERBS = {"host", "sponsor", "facilitate", "organise", "organize"}
# Words of the meeting a venue is named for ("talks opened in Havana", "to meet again in
# Oslo", "signed a ceasefire in Geneva", "negotiations resumed in Doha").
MEETING_WORDS = {"talk", "talks", "negotiation", "negotiations", "meeting", "meet", "summit",
                 "conference", "round", "session", "sign", "negotiate", "host", "reconvene",
                 "resume", "consultation", "consultations", "dialogue", "mediation", "mediate",
                 "gather", "convene", "broker"}
# A story that leaves the host out of its lead names it as the venue within this many sentences
# ("The deal was announced after talks this week in the Cuban capital").
OPENING_SENTENCES = 2
# How a country's name sits inside the place phrase ("the Cuban capital", "Norway's capital").
NAME_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}


def host_only_as_venue(doc: Doc, home: str | None, lead_end: int,
                       named_positions: list[tuple[int, str, str]]) -> bool:
    """Whether the story's lead names the dateline's country only as the venue of a meeting
    (or, naming it not at all, the next sentence names it so) while naming another country
    outright: "GENEVA - Libya's warring sides signed a ceasefire
    in Geneva" (Switzerland only hosts), not "CHISINAU - Moldova expelled a Russian diplomat"
    or "BEIRUT - Israeli jets struck targets in Beirut's suburbs" (no meeting)."""
    if home is None:
        return False
    own = [position for position, country, _ in named_positions if country == home]
    others = [country for position, country, kind in named_positions
              if position < lead_end and country != home and kind != "capital"]
    opening_end = next(islice(sentences(doc), OPENING_SENTENCES - 1, None), doc[-1:]).end
    told_first = [p for p in own if p < lead_end] or [
        p for p in own[:1] if p < opening_end]  # "The deal followed talks in the Cuban capital"
    return bool(told_first) and bool(others) and all(_venue_of_meeting(doc[p])
                                                     for p in told_first)


def _venue_of_meeting(name: Token) -> bool:
    """"talks opened in the Cuban capital", "agreed to meet again in Oslo": the name is the
    place of a meeting."""
    phrase = name
    while phrase.dep_ in NAME_MODIFIER_DEPS and phrase.head is not phrase:
        phrase = phrase.head
    if phrase.dep_ == "pobj" and phrase.head.lower_ in HOST_AGENT_PREPS:
        return phrase.head.head.lemma_.lower() in HOSTING_VERBS  # "talks hosted by Cuba"
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in VENUE_PREPS:
        return False
    governor = phrase.head.head
    words = [governor, governor.head, *(c for c in governor.children
                                        if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(w.lemma_.lower() in MEETING_WORDS or w.lower_ in MEETING_WORDS for w in words)
