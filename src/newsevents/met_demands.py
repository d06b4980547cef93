"""An act the story names as someone's demand is a concession (CAMEO 083, acceding to demands
for a change of policy): "would restore a monthly bonus for pensioners, one of the main demands
of the CGT", "would suspend kidnappings for ransom, long a central demand of President Petro",
"postponed a vote on the law, a step that Western embassies had repeatedly demanded".

The demand is a noun set off by a comma after the act, in apposition to the act's object or
hanging on the act's clause ("one of four demands the students had made"); the act is the
lowest verb above it that is no part of a noun's phrase (not "choose" in "a proposal to let
assemblies choose governors, a long-standing Renamo demand", but "present"). A verb no
trigger was read on becomes a CONCEDE of its own; one read as a measure against someone
(SANCTION, COERCE: "suspend kidnappings") is read as the concession instead
(triggers.concessions_demanded). Other readings
stay: a release or a withdrawal demanded is still a RETREAT, an agreement an AGREE, and a
rejection, refusal or accusation of the demand is not its acceptance."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding, Lexicon

DEMAND_NOUNS = {"demand", "precondition"}  # "a long-standing Renamo demand"
DEMANDING_VERBS = {"demand"}  # "a step that Western embassies had repeatedly demanded"
SET_OFF_DEPS = {"appos", "npadvmod"}  # ", one of the main demands of the CGT"
COUNTING_WORDS = {"one", "two", "three", "four", "part"}  # "one of four demands"
# A measure a side takes against another, told as meeting a demand, is its concession instead.
RECODED_TYPES = {"SANCTION", "COERCE"}
CONCESSION = "CONCEDE"
CONCESSION_MODE = "policy"
CONCESSION_CAMEO = "083"  # CAMEO: accede to demands for a change in policy
NOUN_POS = {"NOUN", "PROPN", "PRON"}
# "In a concession to critics, ...", "as a concession to the opposition".
CONCESSION_NOUNS = {"concession"}
CONCESSION_PREPS = {"in", "as"}
SAYING_VERBS = {"say", "announce", "tell", "state"}
VERB_POS = {"VERB", "AUX"}


def _named_demand(token: Token) -> Token | None:
    """The set-off word that names the act a demand: the demand noun itself in apposition
    ("a long-standing Renamo demand"), the number or share it is counted by ("one of the main
    demands"), or a noun a demanding relative clause describes ("a step that X demanded")."""
    lemma = token.lemma_.lower()
    if lemma in DEMAND_NOUNS:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COUNTING_WORDS:
            token = head.head  # ", one of the main demands of the CGT"
    elif not (token.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.lemma_.lower()
                                           in DEMANDING_VERBS for c in token.children)):
        return None
    if token.dep_ not in SET_OFF_DEPS:
        return None
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token if before is not None and before.text == "," else None


def _conceding_verb(demand: Token) -> Token | None:
    """The act the set-off demand names: the lowest verb above it whose own heads are all
    verbs or prepositions, so no verb inside a noun's phrase ("choose" in "a proposal to let
    assemblies choose governors") or a relative clause ("the law that would have barred")."""
    for verb in demand.ancestors:
        if verb.pos_ in VERB_POS and verb.dep_ not in ("relcl", "acl", "amod") and not any(
                a.pos_ in NOUN_POS for a in verb.ancestors):
            return verb
    return None


def _act_called_a_concession(token: Token) -> Token | None:
    """"In a concession to critics, the office said it would exempt people over 75", "In a
    concession to the opposition, the commission agreed to recount ballots": the verb the
    phrase hangs on, or the clause of a verb of saying it hangs on."""
    prep = token.head
    if (token.lemma_.lower() not in CONCESSION_NOUNS or token.dep_ != "pobj"
            or prep.lower_ not in CONCESSION_PREPS or prep.head.pos_ not in VERB_POS):
        return None
    verb = prep.head
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if verb.lemma_.lower() in SAYING_VERBS:
        return told
    return verb


def demanded_acts(sent: Span) -> list[Token]:
    """The verbs of the sentence whose act a comma-set noun names as someone's demand, or
    that a phrase calls a concession."""
    verbs: list[Token] = [v for v in map(_act_called_a_concession, sent) if v is not None]
    for token in sent:
        demand = _named_demand(token)
        verb = _conceding_verb(demand) if demand is not None else None
        if verb is not None and verb.i not in {v.i for v in verbs} and not any(
                c.dep_ == "ccomp" for c in verb.children):  # not "said, a demand ..."
            verbs.append(verb)
    return verbs


def concession_coding(lexicon: Lexicon) -> Coding:
    """CONCEDE as acceding to demands for a change of policy (CAMEO 083)."""
    base = lexicon.defaults[CONCESSION]
    return Coding(CONCESSION, CONCESSION_MODE, CONCESSION_CAMEO, base.quad, base.goldstein)
