"""What a verb acts on, carries and is told with: its objects, cargo, relative heads, counted
acts and particles, as the trigger finder and the argument finders read them."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Token

from newsevents.event_nouns import QUANTITY_NOUNS, TIME_SPAN_NOUNS, spans_a_gathering
from newsevents.measures import declared_unwelcome
from newsevents.syntax import out_of_objects, prep_objects
from newsevents.tables import words_of_roles

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
# Prepositions that tell where an act was done, never what it was done to: "seized a fishing
# boat near the island of Los Monjes" seized a boat, not an island.
NEARNESS_PREPS = {"near", "off", "outside", "around", "beside", "along", "behind", "beyond",
                  "inside", "within", "past", "nearby"}
# Adverbs the parser attaches as advmod that work as particles ("pulled back", "struck back",
# "brought the two leaders together", "summoned its envoy home"), and the manner of speaking
# that makes speech support ("spoke highly of", "spoke warmly of": rows speak + adverb).
ADVERB_PARTICLES = {"back", "out", "off", "down", "up", "away", "aside", "together", "home",
                    "highly", "warmly", "glowingly", "favourably", "favorably"}
# Predicate words that work as particles ("held Iran responsible", "held Kabul to account",
# "said no to the plan"), under the dependencies the parser gives them.
PREDICATE_PARTICLES = {"responsible", "accountable", "account", "no", "free"}
PREDICATE_DEPS = {"oprd", "acomp", "advcl", "xcomp", "ccomp", "intj", "dobj", "advmod"}
PERMISSIVE_VERBS = {"allow", "let", "permit"}
CARRYING_VERBS = {"carry", "load", "laden", "bring", "transport", "fill", "pack"}
# Verbs of a load or vehicle arriving: its cargo says what came ("a Turkish navy ship carrying
# 1,000 tonnes of food docked in Chittagong", "a consignment of relief supplies reached Osh").
ARRIVAL_VERBS = {"land", "dock", "arrive", "reach", "cross", "enter"}
# Verbs of denial, whose relative clause's noun is the charge denied ("a claim Minsk denied").
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# Prepositions by which a relative clause names the side its act is for or against ("handed
# over to Libya", "imposed on Doha", "lifted against", "withdrew from Mali").
SIDE_PREPS = frozenset({"to", "on", "against", "for", "with", "from"})
# Entity labels of a word on the noun that name a side ("Turkish soldiers", "Kenya's levy").
SIDE_ENTITIES = frozenset({"NORP", "GPE", "ORG"})

# Participles that describe a person as a suspect ("a man suspected of", "accused of",
# "wanted for") and the object word they stand for in the lexicon ("hand over" a suspect).
SUSPECTING_PARTICIPLES = {"suspect", "accuse", "want"}
# The same told before the noun, which then names a suspect whatever it calls them ("14
# suspected Boko Haram fighters", "two alleged smugglers", "a wanted gunman").
SUSPECTING_MODIFIERS = {"suspected", "alleged", "wanted", "accused"}
SUSPECT_LEMMA = "suspect"
SUSPECTS_FILE = resources.files("newsevents") / "data" / "lexicon" / "handed_suspects.tsv"

# Plain words for people a suspecting participle makes suspects ("three men suspected of"), the
# same and words for doers a suspecting word before them makes suspects ("two alleged
# smugglers"), and the charges and swaps that make a handover a captive's release ("a French
# tourist accused of espionage", "two soldiers ... in a prisoner swap"):
# data/lexicon/handed_suspects.tsv.
SUSPECT_PEOPLE = words_of_roles(SUSPECTS_FILE, "person")
SUSPECT_DOERS = words_of_roles(SUSPECTS_FILE, "person", "doer")
RELEASE_WORDS = words_of_roles(SUSPECTS_FILE, "release")


def permitted(verb: Token) -> list[Token]:
    """Whom a permissive verb lets act, which the parser makes the subject of the complement:
    "will allow U.N. inspectors to visit the site", "agreed to let inspectors reinstall
    cameras", "would not allow the inspectors back"; "declared two diplomats persona non
    grata" (measures.py)."""
    if any(c.dep_ == "dobj" for c in verb.children) or (
            verb.lemma_.lower() not in PERMISSIVE_VERBS and not declared_unwelcome(verb)):
        return []
    return [s for clause in verb.children if clause.dep_ in ("ccomp", "xcomp")
            for s in clause.children if s.dep_ == "nsubj"]


# Verbs of a clause by which the speaker names what an act struck, with the free relative
# "what" for the object: "struck what the military said were Hezbollah weapons depots", "hit
# what it called drone workshops", "struck what officials described as hideouts".
NAMING_CLAUSE_VERBS = frozenset({"call", "term", "label", "dub", "describe", "say",
                                 "believe", "identify"})
FREE_RELATIVE_WORD = "what"
# Where the named thing stands in the naming clause: "called X" (oprd), "said were X" (attr of
# the clause the speech verb carries), "described as X" ("as" takes it).
NAMED_THING_DEPS = frozenset({"oprd", "attr", "dobj"})
NAMING_PREP = "as"


def named_objects(verb: Token) -> list[Token]:
    """What a verb with no object of its own struck, when a free relative clause names it:
    "hideouts" in "struck what security officials described as hideouts of the Pakistani
    Taliban", "depots" in "struck what the military said were Hezbollah weapons depots"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    for clause in verb.children:
        if (clause.dep_ != "ccomp" or clause.i < verb.i
                or clause.lemma_.lower() not in NAMING_CLAUSE_VERBS
                or clause.left_edge.lower_ != FREE_RELATIVE_WORD):
            continue
        holders = [clause, *(c for c in clause.children if c.dep_ == "ccomp")]
        named = [c for h in holders for c in h.children
                 if c.dep_ in NAMED_THING_DEPS and c.lower_ != FREE_RELATIVE_WORD]
        named = named or prep_objects(clause, {NAMING_PREP})
        return [n for n in named if not _in_quotes(n)]  # "what he called 'terrorists'"
    return []


def _in_quotes(phrase: Token) -> bool:
    """A phrase opened by a quotation mark: the speaker's label, not a thing struck."""
    first = phrase.left_edge
    return first.is_quote or (first.i > 0 and first.doc[first.i - 1].is_quote)


def objects_of(verb: Token) -> list[Token]:
    found = permitted(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)  # "talks held in Khartoum", "sanctions imposed on Iran"
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            found.extend((child, *child.conjuncts))
        elif child.dep_ in ("prep", "agent") and child.lower_ not in NEARNESS_PREPS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found + out_of_objects(verb)  # "walked out of prison"


def cargo_of(objects: list[Token]) -> list[Token]:
    """What a load, a vehicle or a sum holds: "20 truckloads of flour", "two planes carrying
    tents", "70 million euros in humanitarian aid"."""
    found = []
    for noun in objects:
        for child in noun.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or (
                    child.lower_ == "in" and _counted(noun))):
                found.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "acl" and child.lemma_.lower() in CARRYING_VERBS:
                found.extend(g for g in child.children if g.dep_ == "dobj")
                found.extend(prep_objects(child, {"with"}))  # "a plane loaded with supplies"
    return [word for noun in found for word in (noun, *noun.conjuncts)]


def arriving_cargo(verb: Token) -> list[Token]:
    """What an arriving load or vehicle brings: "a UAE aircraft carrying 100 tonnes of food
    landed in Mogadishu" (food), "relief supplies arrived in Gaza" (supplies)."""
    if verb.lemma_.lower() not in ARRIVAL_VERBS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    loads = cargo_of(subjects)
    return subjects + loads + cargo_of(loads)


def relative_head(verb: Token) -> list[Token]:
    """"sanctions (that) Brussels imposed last week", "a charge Tehran denied", "the boats Italy
    handed over": the noun a verb's relative clause with a named subject hangs on is its
    object."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or any(
            c.dep_ in OBJECT_DEPS and c.lower_ not in ("that", "which") for c in verb.children):
        return []
    named_subject = any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")
                        for c in verb.children)
    return [verb.head] if named_subject else []


def relative_side_told(verb: Token) -> bool:
    """A relative clause that names the other side of its act ("the boats Italy handed over to
    Libya", "the boycott that they imposed on Doha") or is a denial ("a charge Tehran denied",
    whose maker is the other side), or whose noun itself names it ("eight Turkish soldiers it
    captured"); "the sanctions that Washington lifted on Monday" names none."""
    return verb.lemma_.lower() in DENYING_VERBS or any(
        c.dep_ in ("prep", "dative") and c.lower_ in SIDE_PREPS and not dates_only(c)
        and any(g.dep_ == "pobj" for g in c.children) for c in verb.children) or any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in SIDE_ENTITIES
        for c in verb.head.children)


def counted_acts(noun: Token) -> list[Token]:
    """"a wave of air strikes", "a series of raids", "two days of talks": the acts a quantity
    noun or a span of time counts."""
    counted = prep_objects(noun, {"of"})
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        return counted
    return [g for g in counted if spans_a_gathering(noun, g)]


def spans_told_as_time(verb: Token) -> list[Token]:
    """"ended a week of talks": a span of talks the parser hangs on the verb as a time
    (npadvmod), which is the verb's object."""
    return [c for c in verb.children if c.dep_ == "npadvmod"
            and c.lemma_.lower() in TIME_SPAN_NOUNS and counted_acts(c)]


def _counted(noun: Token) -> bool:
    """A sum or a number of things ("70 million euros", "$5 million")."""
    return any(c.dep_ == "nummod" for c in noun.children) or noun.pos_ == "NUM"


def particles_of(verb: Token) -> set[str]:
    """Particles and prepositions on the verb, and "for" opening its complement clause
    ("called for the border to be reopened")."""
    found = {c.lower_ for c in verb.children
             if c.dep_ in ("prt", "agent", "dative")
             or (c.dep_ == "prep" and not dates_only(c))
             or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)
             or (c.dep_ in PREDICATE_DEPS and c.lower_ in PREDICATE_PARTICLES)}
    for clause in verb.children:
        if clause.dep_ in ("advcl", "ccomp", "xcomp"):
            found |= {m.lower_ for m in clause.children if m.dep_ == "mark"}
    return found | _predicates_on_object(verb)


def _predicates_on_object(verb: Token) -> set[str]:
    """A predicate word the parser hung on the verb's object: "held Egypt responsible for the
    attack" ("responsible" an adjective after "Egypt"), not "those responsible"."""
    return {m.lower_ for obj in verb.children
            if obj.dep_ == "dobj" and obj.pos_ in ("PROPN", "NOUN") for m in obj.children
            if m.dep_ == "amod" and m.i > obj.i and m.lower_ in PREDICATE_PARTICLES}


def dates_only(prep: Token) -> bool:
    """"on Tuesday" is a time, not the "on" of "call on"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def phrasal_particles(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prt"}


def described_suspects(verb: Token, objects: list[Token]) -> set[str]:
    """"handed over to Thailand a man suspected of planning bombings", "two men accused of
    smuggling", "a man wanted for a bombing": people described as suspects are suspects to the
    lexicon's object lists. A captive named by calling ("a French tourist", "two aid workers",
    "army officers") or a thing ("the documents wanted by the court") is no suspect, nor is
    anyone handed over under a spying charge or in a swap: that frees a captive."""
    if not any((_a_person(noun) and any(c.dep_ == "acl" and c.lemma_.lower()
                                        in SUSPECTING_PARTICIPLES for c in noun.children))
               or _suspect_by_modifier(noun) for noun in objects):
        return set()
    if any(_word_in(t, RELEASE_WORDS) for t in verb.subtree):
        return set()
    return {SUSPECT_LEMMA}


def _suspect_by_modifier(noun: Token) -> bool:
    """"14 suspected Boko Haram fighters", "two alleged smugglers", "a wanted gunman": people
    named as doers or plain people; "a suspected bomb" (a thing) and "a wanted American
    journalist" (a calling: the captive-calling exclusion of the participles) are no suspects."""
    return (_word_in(noun, SUSPECT_DOERS) or _a_person(noun)) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in SUSPECTING_MODIFIERS
        for c in noun.children)


def _a_person(noun: Token) -> bool:
    """"three men", "a Somali national", "Juan Ortega", "two Ugandans"."""
    return _word_in(noun, SUSPECT_PEOPLE) or (
        noun.ent_type_ in ("PERSON", "NORP") and noun.pos_ in ("NOUN", "PROPN"))


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """The word, by its lemma or its own lower-case form ("men", "fighters"), is one of a data
    file's words."""
    return token.lemma_.lower() in words or token.lower_ in words
