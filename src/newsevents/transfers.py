"""Aid told from the side of the one who receives it, or named by a noun that says where it
came from: the giver is the object of "from", not the subject; aid told by the vehicle that
brings it is given by the vehicle's owner ("a Saudi cargo ship carrying flour docked"); aid
someone is thanked for was given by the one thanked to the one who thanks ("Mongolia thanked
Tokyo for a 30 billion yen loan").

"Sri Lanka received a $50 million loan from Japan" is aid from Japan to Sri Lanka; so is "a
$50 million loan from Japan to Sri Lanka" and "relief flights from Qatar landed in Kabul"
(from Qatar). Without a "from" the receiving verb names no giver, and the receiver is still
the target ("Egypt received a new tranche": who gave it is left to the story).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.arguments import noun_modifiers, subject_of
from newsevents.event_nouns import THANKING_VERBS
from newsevents.lexicon import Coding
from newsevents.moving_forces import MOTION_VERBS, force_owners, load_owners
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger
from newsevents.verb_parts import ARRIVAL_VERBS, cargo_of

# Verbs whose subject is the one who gets what is given ("Egypt received a loan from the IMF").
RECEIVING_VERBS = {"receive", "obtain", "secure", "get", "accept", "welcome"}
# Types told by a transfer whose giver a noun's "from" names ("a loan from Japan").
TRANSFER_TYPES = {"AID"}
GIVER_PREPS = {"from"}
# Prepositions on a sum or a load that name who gets it ("$50 million in aid for Sudan").
RECIPIENT_PREPS = {"to", "for"}
# Verbs that promise aid rather than give it: the aid is planned ("China pledged 30 million
# yuan in aid", "Japan promised Kenya $50 million", "the EU committed 20 million euros to",
# "announced $10 million in emergency funding").
PLEDGING_VERBS = {"pledge", "promise", "commit", "announce", "unveil"}
# Forces sent for a purpose of help are military assistance, not a show of force ("Rwanda
# sent 1,000 troops to help Mozambique fight the insurgency", "would send 100 border guards
# to help Lithuanian patrols").
SENDING_VERBS = {"send", "deploy", "dispatch", "fly", "rush", "airlift", "despatch"}
# (Not "reinforce" or "bolster": "sent to reinforce the 15,000 already there" is one's own.)
HELPING_VERBS = {"help", "assist", "support", "aid", "back"}
MILITARY_AID = Coding("AID", "military", "074", 2, 8.5)


def giver_first(trigger: Trigger, sources: list[Token], targets: list[Token]
                ) -> tuple[list[Token], list[Token]]:
    """The source and target heads of a transfer, the giver first: "Ukraine received 20 tanks
    from Poland" gives (Poland, Ukraine); "a grant from Norway to Malawi" gives (Norway,
    Malawi). Other triggers keep the heads they have."""
    if trigger.coding.plover not in TRANSFER_TYPES:
        return force_owners(trigger, sources), targets  # "the first Russian units arrived"
    givers = [g for token in trigger.tokens for g in prep_objects(token, GIVER_PREPS)]
    if trigger.nominal:
        thanked = thanked_for(trigger.head)
        if thanked and not givers:
            return thanked
        if not givers:
            return sources, targets
        return givers, [t for t in targets if t not in givers]
    verb = trigger.verb
    if verb is not None and verb.lemma_.lower() in ARRIVAL_VERBS | MOTION_VERBS:
        sources = sources or force_owners(trigger, sources)  # "A Turkish ship ... docked"
        return sources + vehicle_owners(sources), targets
    if verb is None or verb.lemma_.lower() not in RECEIVING_VERBS:
        return sources, targets or sum_recipients(verb)
    givers = givers or load_owners(verb, {"dobj"})  # "received 30 tonnes of Iraqi fuel"
    return givers, [s for s in sources if s not in givers]


def sum_recipients(verb: Token | None) -> list[Token]:
    """Who gets a sum or a load the verb gives, named on the sum rather than the verb:
    "promised 20 million pounds in humanitarian aid for Sudan" (Sudan), "pledged a
    $10 million grant to Malawi" (Malawi)."""
    if verb is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [g for noun in objects + cargo_of(objects) for g in prep_objects(noun, RECIPIENT_PREPS)]


def vehicle_owners(subjects: list[Token]) -> list[Token]:
    """Whose are the arriving loads or vehicles: "a Saudi cargo ship" (Saudi), "a convoy of 15
    Jordanian trucks" (Jordanian), "the first shipment of Russian wheat" (Russian)."""
    loads = [g for s in subjects for g in prep_objects(s, {"of"})]
    return [m for noun in subjects + loads for m in noun_modifiers(noun)]


def thanked_for(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """The giver and the receiver of aid someone is thanked for: "Mongolia thanked Tokyo for a
    loan" gives (Tokyo, Mongolia); None where the noun is not what a thanking verb is for."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "for" or prep.dep_ != "prep" or verb.lemma_.lower() not in THANKING_VERBS:
        return None
    thanked = [c for c in verb.children if c.dep_ == "dobj"]
    subjects, passive = subject_of(verb)
    if not thanked or passive or not subjects:
        return None
    return thanked, subjects


def pledged_aid(trigger: Trigger) -> bool:
    """Aid promised by the trigger's own verb: "Britain pledged 20 million pounds in
    humanitarian aid for Sudan" is aid planned, not given yet."""
    verb = trigger.verb
    return (trigger.coding.plover in TRANSFER_TYPES and not trigger.nominal
            and verb is not None and verb.lemma_.lower() in PLEDGING_VERBS)


def forces_sent_to_help(triggers: list[Trigger]) -> list[Trigger]:
    """Forces sent "to help" someone are aid ("Kenya deployed 400 police officers to help
    Haiti restore order": AID 074, not MOBILIZE); other sendings are kept."""
    return [replace(t, coding=MILITARY_AID) if _sent_to_help(t) else t for t in triggers]


def _sent_to_help(trigger: Trigger) -> bool:
    verb = trigger.verb
    if (trigger.coding.plover != "MOBILIZE" or trigger.nominal or verb is None
            or verb.lemma_.lower() not in SENDING_VERBS):
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)
