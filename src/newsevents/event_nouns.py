"""Event nouns: whether a bare event noun tells a happening with parties ("talks between A
and B", "a meeting of the two countries' army chiefs") or only a topic ("called for talks"), and
the small word tests the trigger finder shares (trips, counted rounds, named groups)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.meetings import GROUP_SIZE_WORDS, involving
from newsevents.syntax import joined_subjects, prep_objects

# Verbs whose subject noun is an event that happened ("talks took place", "clashes erupted").
HAPPEN_VERBS = {"take", "erupt", "break", "continue", "begin", "resume", "end", "occur",
                "follow", "start", "conclude", "open", "close", "kill", "leave", "wound",
                "hit", "target", "come", "go", "last"}
# Prepositions that make a noun a topic ("preparations for the talks"), not an event.
TOPIC_PREPS = {"for", "on", "about", "of", "over", "regarding", "to", "into"}
# Topic prepositions whose object, when it names its doer, is a past act complained of
# ("a row over Japan's detention of the captain", "anger over the arrest of the men by police").
GRIEVANCE_PREPS = {"over", "about"}
# Verbs whose "for" object, when it names its doer, is an act done ("thanked Beijing for its aid").
THANKING_VERBS = {"thank", "praise", "commend", "congratulate"}
# Nouns of a load sent: their "of" object is what was sent ("the first shipment of aid").
CONSIGNMENT_NOUNS = {"shipment", "consignment", "convoy", "cargo", "planeload", "shipload",
                     "truckload", "batch", "tranche", "delivery", "tonne", "ton"}
# Gatherings whose "of" names who takes part: "a meeting of the two countries' army chiefs".
GATHERING_NOUNS = {"meeting", "talk", "summit", "session", "conference"}
# Words that make an act joint: a joint exercise is cooperation, and two sources acting
# "jointly" are partners, not each other's targets.
JOINT_WORDS = {"joint", "jointly", "combined", "together", "collectively", "coordinated"}
# Verbs whose object is a topic, not an act: "discuss a joint survey".
TOPIC_VERBS = {"discuss", "debate", "consider", "study", "review", "examine", "propose",
               "explore", "weigh"}
TRIP_VERBS = {"travel", "fly", "arrive", "go", "head", "come", "return", "visit", "land"}
# Acts of force that a condemnation may name with their doer: "condemned the shelling of a
# school by Russian forces" tells the shelling too.
CONDEMNED_FORCE_TYPES = {"ASSAULT", "COERCE"}
# Nouns of forces massed: "warned of a Russian buildup", "concern over the Chinese military
# build-up" (split at the hyphen: "build" compound of "up").
BUILDUP_NOUNS = {"buildup", "build-up", "massing"}
# Forces a build-up's "of" names as massed, whose side is the build-up's author: "the build-up
# of Russian troops along Ukraine's border".
MASSED_FORCE_NOUNS = {"troop", "force", "soldier", "unit", "army", "military", "tank",
                      "armour", "armor", "warship", "vessel", "ship", "aircraft", "jet",
                      "division", "battalion", "brigade", "weapon", "missile", "artillery"}
# Verbs whose "for" names an event ahead: "prepared for a new round of talks with ...".
PREPARING_VERBS = {"prepare", "gear", "brace"}
# Nouns that count acts: "carried out a wave of air strikes".
QUANTITY_NOUNS = {"wave", "series", "string", "spate", "barrage", "round", "volley", "flurry",
                  "salvo", "burst", "number", "couple", "dozen", "hundred", "score", "set",
                  "package", "raft", "slate"}
# Spans of time that count a gathering: "held two days of talks", "after 17 hours of talks in
# Brussels", "ended three weeks of negotiations" (the talks are the act, not the days).
TIME_SPAN_NOUNS = {"day", "hour", "week", "night", "weekend", "month"}
# ... and "another round of talks": a round counts a gathering held, like a span of time.
GATHERING_COUNTERS = TIME_SPAN_NOUNS | {"round"}
# Gatherings a span of time counts ("two days of talks", "began a week of joint exercises";
# not "three days of fighting").
COUNTED_GATHERINGS = {"talk", "negotiation", "consultation", "meeting", "discussion",
                      "deliberation", "summit", "session"}
# ... and exercises, when held with a partner or aimed at someone ("four days of joint drills",
# "three days of drills around Taiwan"); a state's own "week of naval exercises" has no side.
COUNTED_EXERCISES = {"exercise", "drill", "manoeuvre", "maneuver", "wargame"}
AIMED_EXERCISE_PREPS = {"around", "near", "off", "with", "against", "along"}


def governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def named_by_year(noun: Token) -> bool:
    """"a 2008 agreement", "the 1997 treaty": an earlier event named as background."""
    return any(c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4 for c in noun.children)


def is_standalone_event(noun: Token) -> bool:
    """A bare event noun counts when the clause treats it as a happening with parties; one
    named by its year ("under a 2008 agreement", "the 1997 treaty") is background."""
    if named_by_year(noun):
        return False
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if involving(noun):
        return True  # "talks involving the two Koreas, China, ..."
    if "between" in preps and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return True  # "three days of talks between the two Koreas"
    if gathering_members(noun):
        return True  # "at a meeting of the two countries' security chiefs"
    rounds = counted_by(noun)
    if rounds is not None and spans_a_gathering(rounds, noun):
        return not _topic(rounds)  # "said after two days of talks in the Nigerien capital"
    if rounds is not None and preps & {"between", "with"}:
        return not _topic(rounds)  # "will return to Abidjan for a second round of talks with"
    if _topic(noun):
        # "called for talks"; but "a row over Japan's detention", "warned of a Russian buildup"
        return act_complained_of(noun) or named_buildup(noun)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in TOPIC_VERBS:
        return False  # "to discuss a joint survey", "discussed patrols against smugglers": topics
    if massed_forces(noun) and named_buildup(noun):
        return True  # "India reported a build-up of Chinese troops along the border"
    children = {c.dep_: c for c in noun.children}
    if preps & {"between", "by", "with", "against"} or misattached_agents(noun):
        return True
    if any(c.lower_ in JOINT_WORDS for c in noun.children):
        return True  # "agreed to hold joint patrols": the joint act of the clause's parties
    if "poss" in children or _named_by_modifier(noun):
        return True  # "Russia's shelling", "an Israeli raid", "the Russian missile strike"
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPEN_VERBS


def _topic(noun: Token) -> bool:
    """"called for talks", "talks on the release": a noun after a topic preposition; but a
    trip's or a preparation's "for" names the event ahead ("prepared for talks with")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and not (
        noun.head.lower_ == "for" and (is_trip(noun.head.head)
                                       or noun.head.head.lemma_.lower() in PREPARING_VERBS))


def counted_by(noun: Token) -> Token | None:
    """The quantity noun that counts a gathering: "a second round of talks" (round), "two
    days of talks" (days)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    counter = noun.head.head
    if counter.lemma_.lower() in QUANTITY_NOUNS or spans_a_gathering(counter, noun):
        return counter
    return None


def spans_a_gathering(counter: Token, noun: Token) -> bool:
    """"two days of talks", "17 hours of negotiations", "a week of joint exercises": a span of
    time that counts a gathering; "three days of fighting" counts no gathering."""
    if counter.lemma_.lower() not in TIME_SPAN_NOUNS:
        return False
    lemma = noun.lemma_.lower()
    return lemma in COUNTED_GATHERINGS or (lemma in COUNTED_EXERCISES
                                           and _exercise_with_others(counter, noun))


def _exercise_with_others(counter: Token, noun: Token) -> bool:
    """An exercise held with a partner ("joint", "with the Thai navy", by conjoined subjects:
    "Chile and Argentina started four days of drills") or aimed ("around Taiwan")."""
    verb = counter.head if counter.dep_ == "dobj" else None
    return (any(c.lower_ in JOINT_WORDS for c in noun.children)
            or any(c.dep_ == "prep" and c.lower_ in AIMED_EXERCISE_PREPS
                   for holder in (noun, verb) if holder is not None for c in holder.children)
            or joined_subjects(verb))


def counts_a_gathering(counter: Token, noun: Token) -> bool:
    """A span of time or a round that counts a gathering held: "ended two days of talks",
    "ended another round of talks" (the talks were held, not broken off)."""
    lemma = noun.lemma_.lower()
    return counter.lemma_.lower() in GATHERING_COUNTERS and (
        lemma in COUNTED_GATHERINGS
        or (lemma in COUNTED_EXERCISES and _exercise_with_others(counter, noun)))


def condemned_force(noun: Token, owner_plover: str, noun_plover: str) -> bool:
    """An attack named with its doer as the object of a condemnation is an act that happened:
    "deplored the bombardment of a refugee camp by Sudanese aircraft", "condemned Russia's
    shelling of Kharkiv", "denounced the Russian missile strike"; not "condemned the violence"."""
    if owner_plover != "ACCUSE" or noun_plover not in CONDEMNED_FORCE_TYPES:
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
               for c in noun.children) or bool(misattached_agents(noun)) or _named_by_modifier(noun)


def _named_by_modifier(noun: Token) -> bool:
    """A name or demonym modifies the noun, or the noun's own modifier: "an Israeli raid", "the
    Russian missile strike"."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    modifiers += [m for c in modifiers if c.pos_ == "NOUN" for m in c.children
                  if m.dep_ in ("amod", "compound")]
    return any(m.pos_ in ("PROPN", "ADJ") and m.text[:1].isupper() for m in modifiers)


def is_buildup(noun: Token) -> bool:
    """"buildup", "massing", and "build-up" split at the hyphen ("build" compound of "up")."""
    lemma = noun.lemma_.lower()
    return lemma in BUILDUP_NOUNS or (lemma == "up" and any(
        c.dep_ == "compound" and c.lower_ == "build" for c in noun.children))


def named_buildup(noun: Token) -> bool:
    """Forces massed by a side the phrase names are a build-up that is happening, though told
    as a topic: "warned of a Russian buildup on the border", "concern over the Chinese
    military build-up opposite Taiwan", "alarm at Serbia's buildup", "reported a build-up of
    Chinese troops along the border" (the side named on the forces massed)."""
    if not is_buildup(noun):
        return False
    return any(_names_a_side(modifier) for named in (noun, *massed_forces(noun))
               for modifier in named.children)


def massed_forces(noun: Token) -> list[Token]:
    """The forces a build-up masses, named by "of": "a build-up of North Korean forces"."""
    return [o for o in prep_objects(noun, {"of"}) if o.lemma_.lower() in MASSED_FORCE_NOUNS]


def _names_a_side(modifier: Token) -> bool:
    return modifier.dep_ == "poss" or (modifier.dep_ == "amod" and modifier.pos_ in (
        "PROPN", "ADJ") and modifier.text[:1].isupper())


def act_complained_of(noun: Token) -> bool:
    """A topic that names its doer is an act that happened: "protested over the arrest of the
    fishermen by Malaysian police", "a row over Japan's detention of the captain", "thanked
    Tokyo for a loan"; so is a load sent ("the first shipment of South Korean aid"); "called
    for talks" and "talks on the release" are not."""
    prep = noun.head
    named_doer = any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    if prep.lower_ in GRIEVANCE_PREPS:
        return named_doer
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in CONSIGNMENT_NOUNS  # "a shipment of flood aid"
    return prep.lower_ == "for" and prep.head.lemma_.lower() in THANKING_VERBS


def is_trip(token: Token) -> bool:
    """A journey or an arrival: "travel", "fly", "arrive", "is due in Conakry"."""
    lemma = token.lemma_.lower()
    if lemma in TRIP_VERBS or lemma == "due":
        return True
    return lemma == "be" and any(c.lemma_.lower() in ("due", "expected") for c in token.children)


def named_group(head: Token) -> Token | None:
    """The group a phrase's people come from: "officials from the two countries", "commanders
    of the two armies", "the two countries' security chiefs" (the noun "countries")."""
    holders = [head, *prep_objects(head, {"from", "of"})]
    for holder in holders:
        for noun in [holder] + [c for c in holder.children if c.dep_ == "poss"]:
            if noun.i != head.i and any(
                    c.lower_ in GROUP_SIZE_WORDS for c in noun.children if c.dep_ != "poss"):
                return noun
    return None


def gathering_members(noun: Token) -> Token | None:
    """"a meeting of the two countries' security chiefs": the group that meets."""
    if noun.lemma_.lower() not in GATHERING_NOUNS:
        return None
    members = prep_objects(noun, {"of"})
    return named_group(members[0]) if members else None


# Participles that make their noun-modifier the leader of a force: "US-led", "Saudi-led".
LEADING_PARTICIPLES = {"led"}
# Prepositions that carry an event noun's victim, whose object the parser may give the "by".
VICTIM_PREPS = {"of", "on"}


def leaders(noun: Token) -> list[Token]:
    """The leader named before "-led" on an event noun: "US-led airstrikes", "Saudi-led
    coalition jets", "the French-led offensive": the United States, Saudi Arabia, France."""
    holders = [noun] + [c for c in noun.children if c.dep_ == "compound"]
    return [g for holder in holders for c in holder.children
            if c.dep_ == "amod" and c.lower_ in LEADING_PARTICIPLES
            for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
            and g.text[:1].isupper() and g.i < c.i]


def misattached_agents(noun: Token) -> list[Token]:
    """The "by" agent the parser hangs on the event noun's victim: "the arrest of the
    opposition leader by Senegalese police", "the execution of four prisoners by Iran", "the
    raid on the offices by tax officials"."""
    return [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in VICTIM_PREPS
            for victim in prep.children if victim.dep_ == "pobj"
            for by in victim.children if by.dep_ == "prep" and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]
