"""A denied charge the small parser reads as the subject of the denial: "Moscow has accused Kiev
of siphoning off gas, a charge Ukraine denies" and "accusing the Colombian government of
failing to control the frontier, a charge Bogota rejected" come out with "charge" the subject
of "denies" and the denier an apposition of it (or a second subject), and the accusation hung
on the denial. The
denier is the subject of a relative clause on the charge, which stands beside the accusation,
as the parser reads "a charge Rwanda denies" elsewhere (denied_charges.py reads it)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import reattach

# Nouns of a charge a relative clause can deny: "a charge", "an accusation", "a claim".
DENIED_NOUNS = {"charge", "accusation", "allegation", "claim"}
# Verbs of denial after the denier's name: "denies", "rejected", "dismissed".
DENYING_LEMMAS = {"deny", "reject", "dismiss"}
# Names that deny a charge: states, capitals, groups, people.
DENIER_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# The clause the accusation is told in, hung on the misread denial.
ACCUSATION_DEPS = {"ccomp", "advcl", "conj", "parataxis"}


def repair_charge_subject(token: Token) -> bool:
    """"..., a charge Ukraine denies": the charge noun read as the subject of the denial with
    the denier its apposition becomes the head of a relative clause whose subject is the
    denier; the charge hangs on the clause that tells the accusation."""
    denial = token.head
    if (token.dep_ != "nsubj" or token.lemma_.lower() not in DENIED_NOUNS
            or denial.lemma_.lower() not in DENYING_LEMMAS or denial.pos_ != "VERB"):
        return False
    deniers = [c for c in (*token.children, *denial.children)  # or a second subject
               if c.dep_ in ("appos", "nsubj") and token.i < c.i < denial.i
               and c.ent_type_ in DENIER_ENTITIES]
    if not deniers:
        return False
    if denial.head.i == denial.i:  # the denial read as the root: the accusation takes its place
        told = [c for c in denial.children if c.dep_ in ACCUSATION_DEPS and c.i < token.i]
        if not told:
            return False
        accusation = told[0]
        reattach(accusation, accusation, "ROOT")
        for child in [c for c in denial.children if c.i not in (token.i, accusation.i)
                      and (c.i < token.i or (c.is_punct and c.i > denial.i))]:
            reattach(child, accusation, child.dep_)  # the denial keeps its own "has repeatedly"
    reattach(token, _restated_verb(token, denial), "npadvmod")
    reattach(denial, token, "relcl")
    reattach(deniers[0], denial, "nsubj")
    return True


def _restated_verb(charge: Token, denial: Token) -> Token:
    """The verb of the words the charge restates, the nearest one above the word before it
    ("of failing to control the frontier, a charge": "control"), so that the accusation is
    found above it; the denial's own head when there is none outside the denial."""
    doc = charge.doc
    index = charge.left_edge.i - 1
    while index > charge.sent.start and doc[index].is_punct:
        index -= 1
    word = doc[index]
    for _ in range(len(charge.sent)):
        if word.pos_ in ("VERB", "AUX") and word != denial and denial not in word.ancestors:
            return word
        if word.head.i == word.i:
            break
        word = word.head
    return denial.head if denial.head.i != denial.i else word
