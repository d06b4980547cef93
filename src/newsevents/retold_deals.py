"""A deal told again: "Mozambique and Tanzania signed a defence pact on Tuesday ... The accord
was signed by the two countries' defence ministers after talks"; "the accord, signed on Friday
at Linas-Marcoussis, ..."; "Under the deal signed in South Africa on November 2, ...". Once the
story has told an agreement made, a later passive or participle of making a deal whose subject
(or the noun it describes) is a definite deal noun names that agreement again, not a second one:
its sides are read from whoever stands near the retelling (a signing minister, a witness, the
place) and are mostly wrong. Such a retelling yields no event of its own; a retelling that is the
same event as the first telling is left to the merge, which carries its day."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.merge import same_event
from newsevents.records import Event
from newsevents.retold import BACK_REFERENCE_DETS, DECISION_NOUNS, DECISION_VERBS, trigger_token

AGREEMENT_TYPE = "AGREE"
# Nouns naming a deal made ("The document was signed", "the treaty, concluded in ...").
DEAL_NOUNS = DECISION_NOUNS | {"document", "treaty", "memorandum", "accords", "settlement"}
# Verbs that tell a deal being made or made public ("was signed", "the deal announced by").
DEAL_MAKING_VERBS = DECISION_VERBS | {"sign", "announce", "ink", "broker", "finalise",
                                      "finalize"}
PARTICIPLE_TAG = "VBN"
# Where a participle stands on the deal noun it describes: "the accord, signed on Friday".
DESCRIBING_DEPS = {"acl", "relcl"}


def without_retold_deals(events: list[Event], doc: Doc) -> list[Event]:
    """Drop agreements that retell one the story has already told (module doc); a retelling
    that is the same event as an earlier telling is left to the merge, which keeps its day."""
    told = [e for e in events if e.event_type == AGREEMENT_TYPE and e.status == "occurred"]
    return [e for e in events
            if not (_retells_a_deal(e, doc) and _told_before(e, told))]


def _told_before(event: Event, agreements: list[Event]) -> bool:
    """An agreement told in an earlier sentence that the merge would not join to the event."""
    earlier = [a for a in agreements
               if a.evidence.sentence_index < event.evidence.sentence_index]
    return bool(earlier) and not any(same_event(a, event) for a in earlier)


def _retells_a_deal(event: Event, doc: Doc) -> bool:
    """The trigger is the deal noun of a deal-making participle ("The accord was signed",
    "Under the deal signed in ...") or that participle itself."""
    if event.event_type != AGREEMENT_TYPE or event.status != "occurred":
        return False
    word = trigger_token(event, doc)
    if word is None:
        return False
    if _makes_a_deal(word):
        nouns = [c for c in word.children if c.dep_ == "nsubjpass"]
        return any(_names_the_deal(noun) for noun in
                   ([*nouns, word.head] if word.dep_ in DESCRIBING_DEPS else nouns))
    if not _names_the_deal(word):
        return False
    return ((word.dep_ == "nsubjpass" and _makes_a_deal(word.head))
            or any(c.dep_ in DESCRIBING_DEPS and _makes_a_deal(c) for c in word.children))


def _makes_a_deal(verb: Token) -> bool:
    """"signed", "reached", "announced" as a participle."""
    return verb.tag_ == PARTICIPLE_TAG and verb.lemma_.lower() in DEAL_MAKING_VERBS


def _names_the_deal(noun: Token) -> bool:
    """"the accord", "that pact", "the base deal"."""
    return noun.lemma_.lower() in DEAL_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in BACK_REFERENCE_DETS for c in noun.children)
