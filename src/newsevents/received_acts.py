"""Acts told from the side of the one they fall on: "Serbia drew a rebuke from the European
Union", "Egypt received a request from Sudan", "Venezuela faced fresh sanctions from
Washington", "Ukraine won the backing of Germany", "Kenya came under pressure from Washington"
(ninth session, third sides pass). The event noun is the object of a verb of receiving; the
one who did the act is the object of "from" (or "by", or a backer's "of") and the receiver,
the verb's subject, is its target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding, Lexicon
from newsevents.moving_forces import moved_and_received
from newsevents.syntax import prep_objects
from newsevents.triggers import Trigger

# Verbs whose subject receives the act named by their object: "received a request",
# "drew criticism", "faced sanctions", "won the backing", "earned a rebuke".
RECEIVING_VERBS = {"receive", "get", "draw", "face", "win", "earn", "attract", "secure",
                   "obtain", "suffer", "incur", "garner", "gain", "elicit", "endure", "court",
                   "provoke"}
# Verbs that take the act after a preposition: "came under criticism from", "came in for
# criticism from", "met with condemnation from".
RECEIVING_PREPS = {"come": {"under", "for"}, "meet": {"with"}, "be": {"under"}}
# How the doer of the received act is named: "a request from Sudan", "a visit by the French
# minister".
DOER_PREPS = {"from", "by"}
# A backer named by "of": "won the backing of Washington", "secured the support of Paris".
OF_DOER_TYPES = {"SUPPORT", "AID", "AGREE", "COOPERATE"}
# One protest a state lodges is a diplomatic complaint: "drew a sharp protest from Moscow";
# "drew protests from thousands of residents" stays street protest.
DIPLOMATIC_PROTEST = "protest"
# Clauses that take their subject from the clause they hang on: "detained a trawler,
# drawing a protest from Moscow" (the detainer drew it).
SUBJECTLESS_DEPS = {"advcl", "conj", "xcomp"}
# Names that make a receiver a side ("Serbia", "Norway's coast guard", "Iranian officials");
# a thing ("the threat drew criticism", "that stance drew a rebuke") is no receiver.
SIDE_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}


def received_acts(triggers: list[Trigger], sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The triggers of the sentence with the event nouns a receiving verb takes added:
    "Ecuador drew criticism from Mexico" adds the criticism (ACCUSE), read by receiver_first.
    Forces that move and aid received are added first (moving_forces)."""
    triggers = moved_and_received(triggers, sent, lexicon)
    used = {i for trigger in triggers for i in trigger.indices}
    found = [Trigger(noun, (noun,), _coding(noun, rule.coding, lexicon), rule.targets, verb,
                     nominal=True)
             for noun in sent if noun.pos_ == "NOUN" and noun.i not in used
             for verb in [receiving_verb(noun)] if verb is not None
             for rule in [lexicon.noun_rule(noun)]
             if rule is not None and doers_of(noun, verb, rule.coding.plover)
             and any(map(names_a_side, receivers_of(verb)))]
    if not found:
        return triggers
    receiving = {t.verb.i for t in found}  # "met with condemnation": no meeting
    kept = [t for t in triggers if t.head.i not in receiving]
    return sorted(kept + found, key=lambda t: t.head.i)


def _coding(noun: Token, coding: Coding, lexicon: Lexicon) -> Coding:
    """A protest received in the singular is a state's complaint (ACCUSE)."""
    if noun.lemma_.lower() == DIPLOMATIC_PROTEST and noun.tag_ == "NN":
        return lexicon.defaults["ACCUSE"]
    return coding


def receiving_verb(noun: Token) -> Token | None:
    """The verb of receiving whose object the noun is: "drew a rebuke", "came under
    criticism", "met with condemnation"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if head.lower_ in RECEIVING_PREPS.get(verb.lemma_.lower(), ()):
            return verb
    return None


def doers_of(noun: Token, verb: Token, plover: str) -> list[Token]:
    """The doers of the act a noun names, on the noun or the verb: "a request from Sudan",
    "drew criticism on Tuesday from Mexico", "the backing of Washington" (a backer's "of";
    "drew condemnation of the raid" names the topic)."""
    carriers = [noun, verb] + [p for p in verb.children if p.dep_ == "prep" and noun in p.children]
    doers = [o for word in carriers for o in prep_objects(word, DOER_PREPS)]
    if doers or plover not in OF_DOER_TYPES:
        return doers
    return prep_objects(noun, {"of"})


def receiver_first(trigger: Trigger, sources: list[Token], targets: list[Token]
                   ) -> tuple[list[Token], list[Token]]:
    """The doer and the receiver of an act told by its receiver: "Armenia received a visit
    from the French foreign minister" gives (minister, Armenia). Other triggers keep the
    heads they have."""
    verb = trigger.verb
    if not trigger.nominal or verb is None or receiving_verb(trigger.head) != verb:
        return sources, targets
    doers = doers_of(trigger.head, verb, trigger.coding.plover)
    if not doers:
        return sources, targets
    return doers, receivers_of(verb) or targets


def receivers_of(verb: Token) -> list[Token]:
    """The subject of the receiving verb, or of the clause a participle hangs on: "Norway's
    coast guard detained a trawler, drawing a protest from Moscow" (the coast guard)."""
    receivers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not receivers and verb.dep_ in SUBJECTLESS_DEPS:
        receivers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return receivers


def names_a_side(receiver: Token) -> bool:
    """"Serbia", "Norway's coast guard", "Iranian officials": a name in the phrase's head or
    its modifiers; not "the threat", "that stance"."""
    return any(word.ent_type_ in SIDE_ENTITIES or word.pos_ == "PROPN"
               for word in (receiver, *receiver.children))
