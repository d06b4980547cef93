"""The second side of an agreement told with one party only: a pledge, a promise, an offer
to mediate or a consent names its other side inside what was promised or accepted ("promised
to help Iraq", "offered to mediate between Russia and Ukraine", "gave consent to a Spanish
plan", "agreed to buy Korean fighter jets") or in the request it answers ("Asked by the UN to
send troops, Kenya agreed")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.counterparts import with_counterpart
from newsevents.harm_vows import FOES_MEASURES
from newsevents.implied_recipients import STATE_FORCE_SECTORS
from newsevents.pairing import Sides
from newsevents.records import IMPLIED_KIND, INFERRED_KIND, Actor
from newsevents.syntax import SUBJECT_DEPS

# Verbs whose passive participle before the agreement names who asked for it ("Asked by the
# United Nations to send troops, Kenya agreed").
ASKING_VERBS = {"ask", "request", "urge", "invite", "press", "approach", "call"}
# Prepositions that name where or when, not a party ("signed in Doha", "agreed at talks").
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "along", "within", "since",
               "during", "after", "before", "until", "from", "into", "through", "on", "over"}
# Clauses that are not part of what was agreed ("X agreed, the ministry said", "which ...").
OUTSIDE_DEPS = {"nsubj", "nsubjpass", "csubj", "relcl", "parataxis", "punct", "npadvmod",
                "appos", "acl", "mark", "cc", "conj"}
# Words beside which a country names only where things are ("on the border with Mexico").
# Sectors of the forces an agreement sends or provides, which are no party to it.
FORCE_SECTORS = {"MIL", "REB", "COP"}
NOUN_TAGS = {"NOUN", "PROPN", "ADJ"}
GEOGRAPHY_WORDS = {"border", "frontier", "neighbour", "neighbor", "coast", "waters", "soil",
                   "territory", "region", "side"}
# Words joining alternatives: "India or China", "either ... or", "nor".
ALTERNATIVE_WORDS = {"or", "nor"}
# Verbs by which an international body's members decide among themselves: the body agreeing
# alone on its measures against a state is its members' decision, with no party outside it
# ("EU foreign ministers agreed to lift the bloc's sanctions on Syria"); agreeing to send
# help is still a pledge to whom it helps ("Member states agreed to send more artillery
# shells to Ukraine").
MEMBERS_DECIDING_VERBS = {"agree"}


def with_second_side(trigger, sides: Sides, found, context, resolver) -> Sides:
    """Sides with the agreement's other party filled in when the clause names only one:
    "Germany promised on Thursday to help Iraq rebuild its power grid" (DEU, IRQ); a request
    told as a participle before its addressee takes the addressee as its target ("Asked by
    the UN to send troops, Kenya agreed": the UN asked Kenya). A noun with no verb in its
    sentence ("Iran's consent to the plan.") is left as it is."""
    if trigger.verb is None:
        return sides
    if trigger.coding.plover == "REQUEST":
        return asked_before_answering(trigger, sides, found, context, resolver)
    return with_counterpart(trigger, _agreed_second_side(trigger, sides, found, context, resolver),
                            found, context, resolver)  # "met visiting President Lula"


def _agreed_second_side(trigger, sides: Sides, found, context, resolver) -> Sides:
    """The other party named inside what was agreed ("promised to help Iraq")."""
    if (trigger.coding.plover != "AGREE" or len(sides.sources) != 1 or sides.targets
            or sides.parties):
        return sides
    source = sides.sources[0]
    if _members_deciding(trigger, source):
        return sides
    parties = [actor for head in _candidate_heads(trigger)
               for actor in resolver.actors_for(head, found, context) or _nationality(head, context)
               if _another_party(actor, source) and _names_a_party(head, actor)]
    # a state or its government before armed groups ("share intelligence on PKK positions with
    # Ankara": Turkey)
    states = [actor for actor in parties
              if not actor.sector or set(actor.sector) & STATE_FORCE_SECTORS]
    return replace(sides, targets=(states or parties)[:1]) if parties else sides


def _members_deciding(trigger, source: Actor) -> bool:
    """"European Union foreign ministers agreed on Monday to add two more executives of
    Turkey's state oil company to a sanctions list": the bloc's members agreed with each
    other, not with Turkey, whose sanction is coded on its own."""
    verb = trigger.verb
    return (source.code is not None and source.code.startswith("IGO")
            and verb.lemma_.lower() in MEMBERS_DECIDING_VERBS
            and any(token.lemma_.lower() in FOES_MEASURES for clause in verb.children
                    if clause.dep_ == "xcomp" for token in clause.subtree))


def _nationality(word: Token, context) -> list[Actor]:
    """The state a nationality word names ("Korean fighter jets", "a Spanish plan")."""
    if word.dep_ != "amod":
        return []
    return [Actor(text=word.text, code=country, country=country, kind=IMPLIED_KIND)
            for _, country, _ in context.countries_named_in(word.i, word.i + 1)]


def asked_before_answering(trigger, sides: Sides, found, context, resolver) -> Sides:
    """"Asked by the United Nations to send troops to Haiti, Kenya agreed": the asker is the
    agent of the participle, the one asked is the subject of the clause it opens."""
    verb = trigger.verb
    agents = [token for child in verb.children if child.dep_ == "agent"
              for token in child.children if token.dep_ == "pobj"]
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not agents or verb.i > verb.head.i:
        return sides
    asked = [child for child in verb.head.children if child.dep_ in SUBJECT_DEPS]
    askers = resolver.actors_for(agents[0], found, context)
    answering = resolver.actors_for(asked[0], found, context) if asked else []
    if not askers or not answering:
        return sides
    return replace(sides, sources=askers, targets=answering, parties=[])


def _another_party(actor: Actor, source: Actor) -> bool:
    """A state or organisation other than the source's own."""
    if actor.kind == INFERRED_KIND:
        return False
    if actor.country:
        return actor.country != source.country
    return actor.code.startswith("IGO") and actor.code != source.code


def _candidate_heads(trigger) -> list[Token]:
    """Noun heads that can name the other party, nearest first: who asked for the act
    ("Asked by the UN"), then the nouns inside what was agreed, in the order of the text."""
    verb = trigger.verb
    heads = [token for child in verb.children if child.dep_ == "advcl"
             and child.lemma_.lower() in ASKING_VERBS
             for agent in child.children if agent.dep_ == "agent"
             for token in agent.children if token.dep_ == "pobj"]
    skip = set(trigger.indices)
    inside = sorted((token for child in verb.children if child.dep_ not in OUTSIDE_DEPS
                     and child.i not in skip for token in _agreed_part(child)),
                    key=lambda token: token.i)
    return heads + [token for token in inside if token.pos_ in NOUN_TAGS
                    and token.dep_ != "compound" and not _only_a_place(token, verb)
                    and not _alternative(token)]


def _alternative(token: Token) -> bool:
    """One of names joined by "or" ("a map drawn by India or China"): which is meant is not
    said, so neither is the other party."""
    return any(t.dep_ == "cc" and t.lower_ in ALTERNATIVE_WORDS
               for t in (*token.children, *(token.head.children if token.dep_ == "conj" else ())))


def _names_a_party(token: Token, actor: Actor) -> bool:
    """A name ("help Iraq", "supply Manila"), a nationality word ("Palestinian evacuees") or a
    noun that refers back to a party ("the agency's questions", "between the two neighbours");
    not the forces or things the agreement moves ("send forces", "provide French aircraft",
    "a standby force of its own"), nor a border."""
    if token.pos_ in ("PROPN", "ADJ"):
        return token.pos_ == "PROPN" or token.dep_ == "amod"
    return (actor.kind not in (INFERRED_KIND, IMPLIED_KIND)
            and not set(actor.sector) & FORCE_SECTORS
            and (token.lemma_.lower() not in GEOGRAPHY_WORDS or _parties_between(token)))


def _parties_between(token: Token) -> bool:
    """"mediate between the two neighbours": the neighbours are the parties, not a border."""
    return token.dep_ == "pobj" and token.head.lower_ == "between"


def _agreed_part(child: Token) -> list[Token]:
    """The tokens of one dependent of the agreement verb, leaving out places and times."""
    if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
        return []
    if child.dep_ == "advcl" and child.lemma_.lower() in ASKING_VERBS:
        return []
    if child.ent_type_ in ("DATE", "TIME"):
        return []
    return [token for token in child.subtree if token.dep_ not in ("relcl", "appos")]


def _only_a_place(token: Token, verb: Token) -> bool:
    """"on the border with Mexico", "a port in Greece": the country only says where.
    Only the words between the agreement verb and the word are looked at."""
    head = token.head
    between = []
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            break
        between.append(ancestor)
    if any(t.dep_ == "prep" and t.lower_ in PLACE_PREPS - {"on", "over", "from"}
           for t in between):  # "station battalions in Poland, Estonia and Latvia"
        return True
    return any(t.lemma_.lower() in GEOGRAPHY_WORDS for t in (head, head.head))
