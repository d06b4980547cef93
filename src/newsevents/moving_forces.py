"""Forces that move and aid that is received, told by a verb of motion or of receiving that
no verb row codes: "Russian troops poured into the Donbas", "the first Russian units arrived in
Kazakhstan", "two American warships steamed into the Gulf" are deployments (MOBILIZE) of the
force's state; "Japanese medical teams arrived in Ankara" and "Lebanon received 30 tonnes of
Iraqi fuel" are aid (AID) from the teams' or the fuel's state.

What moves or is received is read like the object of "send": the rows of "send" in
data/lexicon/verbs.tsv say which loads are aid and which are forces, so "sent troops"
and "troops poured in" share one list. A deployment needs a subject that names armed forces
(arrivals.FORCE_NOUNS; a ship, a plane or a jet only with a military word on it), so
"refugees poured into Poland", "fans streamed into the stadium" and "a plane landed in Rome"
are no events."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.arguments import noun_modifiers
from newsevents.arrivals import FORCE_NOUNS, subject_of_motion
from newsevents.lexicon import Coding, Lexicon
from newsevents.sentences import doc_words
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger
from newsevents.verb_parts import CARRYING_VERBS, cargo_of

# Verbs that tell a force or a load going somewhere: "poured into", "rolled towards",
# "steamed into", "rumbled through", "arrived in", "crossed into", "landed in".
MOTION_VERBS = {"pour", "roll", "steam", "rumble", "stream", "march", "sail", "move", "arrive",
                "cross", "head", "rush", "land", "dock", "enter", "fly", "reach", "advance",
                "drive", "surge", "race", "converge", "deploy", "mass", "travel"}
# Where the motion goes: "into Aceh", "towards the border", "through the town", "in Rome".
DESTINATION_PREPS = {"into", "to", "towards", "toward", "in", "through", "across", "onto",
                     "near", "at", "along", "inside", "on"}
# Adverbs of a destination: "moved in", "landed there".
DESTINATION_ADVERBS = {"in", "inside", "there", "here"}
# Verbs that take their destination as object: "crossed the border", "reached Kyiv".
PLACE_OBJECT_VERBS = {"cross", "enter", "reach"}
# Where a moving force's or load's recipient is: its destination.
MOTION_TARGETS = ("into", "in", "to", "towards", "toward", "at", "obj", "inside", "through",
                  "onto", "near", "across", "along")
# Verbs whose subject gets what is given: "Turkey accepted rescue teams from Spain".
RECEIVING_VERBS = {"receive", "accept", "welcome", "get", "obtain", "secure"}
RECEIVED_TARGETS = ("from",)
# The verb whose rows say what a moved or received thing is ("sent troops", "sent aid").
SENDING_LEMMA = "send"
SENDING_PARTICLES = {"to"}
MOVED_TYPES = {"MOBILIZE", "AID"}
CARGO_CRAFT_WORDS = {"cargo", "transport", "freighter", "supply"}
RECEIVED_TYPES = {"AID"}
# Measures of a load that its content decides: "80,000 tonnes of crude oil" is no aid, "30
# tonnes of fuel" is.
MEASURE_NOUNS = {"tonne", "ton", "planeload", "truckload", "shipload", "consignment", "cargo",
                 "shipment", "batch", "load", "barrel", "litre", "liter", "kilogram", "kg"}
# Arms that land or cross are fired or moved, not given ("a missile landed in the sea").
ARMS_CAMEOS = {"072"}
# What a verb row makes of a motion or a receipt that a force or a load overrules: "troops
# marched into Baidoa" (no protest march), "medical teams arrived in Ankara" (no visit),
# "Turkey accepted rescue teams from Spain" (no assent).
RECODED_TYPES = {"CONSULT", "PROTEST", "AGREE", "SUPPORT"}
# Craft that are often civil: a force only with a military word on them ("naval vessels",
# "fighter jets", "navy ships", "military helicopters").
CIVIL_CRAFT = {"ship", "vessel", "plane", "aircraft", "jet", "helicopter", "boat", "carrier",
               "convoy", "vehicle", "column"}
MILITARY_WORDS = {"navy", "naval", "military", "army", "fighter", "war", "coast", "guard",
                  "attack", "air", "force", "combat", "armoured", "armored", "aircraft",
                  "amphibious", "patrol", "troop", "marine", "tank"}
# Subordinators of a clause that only dates another act ("after troops arrived in the city").
BACKGROUND_MARKS = {"after", "since", "before", "until", "once"}
# Trades that make a fleet or a column civilian: "a fishing fleet", "a merchant convoy".
CIVIL_TRADES = {"fishing", "merchant", "commercial", "trawler", "cargo", "passenger", "tourist",
                "research", "whaling", "aid", "relief", "humanitarian"}
# Verbs whose "that" clause is a claim denied, not a motion told: the denial is the event.
DENYING_VERBS = {"deny", "dismiss", "refute", "reject"}
# Clause kinds that describe rather than tell: "units fighting in Ukraine", "troops stationed".
DESCRIPTION_DEPS = {"amod", "acl", "relcl"}


def moved_and_received(triggers: list[Trigger], sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The sentence's triggers with motions of forces or loads, and receipts of aid, added:
    "Russian troops poured into the Donbas" (MOBILIZE), "Turkey accepted rescue teams from
    Spain" (AID, in place of the assent the verb row gives)."""
    moving_words = MOTION_VERBS | RECEIVING_VERBS
    if moving_words.isdisjoint(doc_words(sent.doc)):
        return triggers
    used = {i for trigger in triggers for i in trigger.indices}
    own = {t.verb.i: t.coding.plover for t in triggers
           if t.verb is not None and t.verb.i == t.head.i}
    found = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in moving_words or verb.pos_ != "VERB" \
                or (verb.dep_ in DESCRIPTION_DEPS and not rootless_subject(verb)) \
                or (verb.i in used and own.get(verb.i) not in RECODED_TYPES | {"MOBILIZE"}):
            continue
        if lemma in MOTION_VERBS:
            coding, targets = moving_coding(verb, lexicon), MOTION_TARGETS
        else:
            coding, targets = received_coding(verb, lexicon), RECEIVED_TARGETS
        if coding is not None and not _recoded_deployment(verb, own, used, coding):
            found.append(Trigger(verb, (verb,), coding, targets, verb, nominal=False))
    if not found:
        return triggers
    replaced = {t.head.i for t in found}
    kept = [t for t in triggers if t.head.i not in replaced]
    return sorted(kept + found, key=lambda t: t.head.i)


def moving_coding(verb: Token, lexicon: Lexicon) -> Coding | None:
    """The deployment or aid a verb of motion tells: "troops and marines poured into Aceh"
    (MOBILIZE), "Japanese medical teams arrived in Ankara" (AID); None for other movers
    ("refugees poured into Poland") or a motion to nowhere ("the troops moved on")."""
    subject = subject_of_motion(verb) or rootless_subject(verb)
    if subject is None or subject.dep_ not in ("nsubj", "ROOT") or not _has_destination(verb) \
            or _joint_forces(subject) or _told_as_background(verb) or _denied_claim(verb):
        return None  # "soldiers would be flown to Moscow", "Kenyan and Somali troops moved"
    carried = carried_along(verb)  # "planes landed there with medical teams"
    coding = sent_coding([subject, *subject.conjuncts, *carried], lexicon, carried)
    if coding is None or coding.plover not in MOVED_TYPES or (
            coding.cameo in ARMS_CAMEOS and not (carried or cargo_of([subject]))):
        return None  # "a missile landed inside Japan's economic zone": no arms given
    if coding.cameo in ARMS_CAMEOS and names_a_force(subject) and not _a_cargo_craft(subject):
        return None  # "warships carrying hypersonic missiles arrived": their own arms
    if coding.plover == "MOBILIZE" and not names_a_force(subject):
        return None
    return coding


def _a_cargo_craft(subject: Token) -> bool:
    """A military craft built to carry loads ("a military cargo plane", "a navy supply ship")
    hands over the arms it brings; a warship or a bomber carries its own."""
    return any(w.lemma_.lower() in CARGO_CRAFT_WORDS for w in subject.subtree)


def carried_along(verb: Token) -> list[Token]:
    """What a moving vehicle or force brings, told on the verb: "arrived with an engineering
    team and 30 tonnes of food" (both), "docked in Mogadishu carrying artillery" (artillery)."""
    carried = [w for g in prep_objects(verb, {"with"}) for w in (g, *g.conjuncts)]
    carried += [w for c in verb.children if c.dep_ in ("advcl", "xcomp")
                and c.lemma_.lower() in CARRYING_VERBS
                for g in c.children if g.dep_ == "dobj" for w in (g, *g.conjuncts)]
    return carried


def _recoded_deployment(verb: Token, own: dict[int, str], used: set[int],
                        coding: Coding) -> bool:
    """A motion a verb row already codes as a deployment ("trucks rolled into El Fasher") is
    recoded only when what moves is aid ("trucks loaded with sorghum rolled into ...")."""
    return verb.i in used and own.get(verb.i) == "MOBILIZE" and coding.plover != "AID"


def received_coding(verb: Token, lexicon: Lexicon) -> Coding | None:
    """The aid a verb of receiving tells: "Lebanon received 30 tonnes of Iraqi fuel", "Turkey
    accepted rescue teams from Spain"; None for what is no aid ("received the minister")."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not objects or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    coding = sent_coding(objects, lexicon)
    return coding if coding is not None and coding.plover in RECEIVED_TYPES else None


def sent_coding(things: list[Token], lexicon: Lexicon, carried: list[Token] = ()
                ) -> Coding | None:
    """How "sent" would code these things as its object: troops are a deployment, food and
    rescue teams aid; what a load holds, or the mover brings (``carried``), goes first ("a
    plane carrying medical supplies", "a naval vessel docked carrying artillery")."""
    loads = cargo_of(things)
    lemmas = {w.lemma_.lower() for w in things + loads + cargo_of(loads)
              if not (w.lemma_.lower() in MEASURE_NOUNS and cargo_of([w]))}
    modifiers = [(m, w) for w in things + loads for m in w.children
                 if m.dep_ in ("amod", "compound", "nmod")]
    lemmas |= {f"{m.lemma_.lower()} {w.lemma_.lower()}" for m, w in modifiers}
    lemmas |= {m.lemma_.lower() for m, _ in modifiers if m.dep_ == "compound"}  # "aid trucks"
    held = [*loads, *cargo_of(loads), *carried]
    cargo = {w.lemma_.lower() for w in held} & lemmas
    cargo |= {f"{m.lemma_.lower()} {w.lemma_.lower()}" for m, w in modifiers if w in held}
    rule = lexicon.verb_rule(SENDING_LEMMA, SENDING_PARTICLES, lemmas, cargo=cargo)
    if rule is None or not rule.objects:
        return None
    return rule.coding


def names_a_force(subject: Token) -> bool:
    """"Russian troops", "the first units", "a column of armoured vehicles", "navy ships";
    "convoys carrying tanks"; not "a plane", "a convoy of trucks" (craft with no military word
    on them)."""
    for head in (subject, *subject.conjuncts, *prep_objects(subject, {"of"}), *cargo_of([subject])):
        lemma = head.lemma_.lower()
        words = {c.lemma_.lower() for c in head.subtree if c.i < head.i}
        if lemma in CIVIL_CRAFT:
            if words & MILITARY_WORDS:
                return True
        elif (lemma in FORCE_NOUNS or head.lower_ in FORCE_NOUNS) and not _civil_unit(head):
            return True
    return False


def _civil_unit(head: Token) -> bool:
    """A unit word made a thing by the trade before it: "a Chinese fishing fleet", "a merchant
    fleet"; not "government troops", "security forces" or "naval units"."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CIVIL_TRADES
               for c in head.children)


def rootless_subject(verb: Token) -> Token | None:
    """The mover of a motion the parser hung on its own subject, making the noun phrase the
    sentence's root: "A convoy of about 30 Turkish armoured vehicles crossed into Idlib"
    (crossed: acl of "vehicles"; convoy: ROOT) gives the convoy."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun if noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") else None


def _told_as_background(verb: Token) -> bool:
    """"days after the first soldiers of a regional force arrived in the city": an arrival
    that dates another act was told as its own event before."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)


def _denied_claim(verb: Token) -> bool:
    """"Baku denied that its soldiers had entered Armenia": the entry is the claim denied
    (coded as told by whoever made it), the denial a REJECT of its own."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING_VERBS


def _joint_forces(subject: Token) -> bool:
    """"Kenyan and Somali government troops moved into Kismayo": forces of two states moving
    together are one operation, no deployment of one against the other."""
    return any(m.dep_ in ("amod", "compound", "nmod") and m.conjuncts for m in subject.children)


def _has_destination(verb: Token) -> bool:
    """"poured into Aceh", "rolled towards the border", "crossed the border"."""
    if any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in verb.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in DESTINATION_ADVERBS for c in verb.children):
        return True
    return verb.lemma_.lower() in PLACE_OBJECT_VERBS and any(
        c.dep_ == "dobj" for c in verb.children)


def force_owners(trigger: Trigger, sources: list[Token]) -> list[Token]:
    """The sources of a moving force with whose force it is: "the first Russian units
    arrived" (Russian), "a column of Russian armoured vehicles" (Russian)."""
    verb = trigger.verb
    if verb is not None and not sources and rootless_subject(verb) is not None:
        sources = [rootless_subject(verb)]  # "A convoy of Turkish armoured vehicles crossed"
    if (trigger.nominal or verb is None or trigger.coding.plover not in MOVED_TYPES
            or verb.lemma_.lower() not in MOTION_VERBS
            or not any(map(names_a_force, sources))):
        return sources  # "five Armenian trucks loaded with food": no force
    loads = [g for s in sources for g in prep_objects(s, {"of"})]
    loads += cargo_of(sources)
    return sources + [m for noun in sources + loads for m in noun_modifiers(noun)]


def load_owners(verb: Token, deps: set[str]) -> list[Token]:
    """Whose a received or moving load is, named on the load: "30 tonnes of Iraqi fuel"
    (Iraqi), "the first shipment of U.S. vaccines" (U.S.), "rescue teams from Spain" (Spain),
    "Japanese medical teams" (Japanese)."""
    things = [o for c in verb.children if c.dep_ in deps
              for o in (c, *c.conjuncts)]
    loads = cargo_of(things)
    holders = things + loads + cargo_of(loads)
    givers = [g for word in holders for g in prep_objects(word, {"from"})]
    return givers or [m for word in holders for m in noun_modifiers(word)]
