"""A repair of the small parser's reading of a sentence that opens with a participle naming
a go-between: "Mediated by Qatar, Israel and Hamas agreed to a truce" is read as Qatar,
Israel and Hamas all mediating, leaving "agreed" with no subject. The names after the comma
that ends the opening phrase are the subject of the main verb."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.syntax import reattach

# Dependencies of the main verb's own subject: with one, the parse stands ("Brokered by
# Turkey, the deal was signed by Russia and Ukraine").
ANY_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# How the parser hangs the subject's names on the go-between's ("Qatar, Israel": conj;
# "Norway, Colombia's government": appos) and the words that join them.
LISTED_DEPS = {"conj", "appos"}
JOINING_DEPS = {"cc", "conj", "punct"}
PAST_PARTICIPLE_TAG = "VBN"


def repair_opening_participle(sent: Span) -> bool:
    """"Mediated by Qatar, Israel and Hamas agreed": Israel (and Hamas with it) becomes the
    subject of "agreed"; "Backed by Egypt and Qatar, Israel and Hamas agreed" likewise."""
    opening = sent[0]
    verb = opening.head
    if (opening.tag_ != PAST_PARTICIPLE_TAG or opening.dep_ != "advcl" or verb.i <= opening.i
            or any(child.dep_ in ANY_SUBJECT_DEPS for child in verb.children)):
        return False
    agent = next((child for child in opening.children if child.dep_ == "agent"), None)
    named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if named is None:
        return False
    comma = next((t for t in sent.doc[named.i:verb.i] if t.text == ","), None)
    if comma is None:
        return False
    listed = [t for t in sent.doc[comma.i + 1:verb.i] if t.head.i < comma.i]
    subject = next((t for t in listed if t.dep_ in LISTED_DEPS and t.pos_ in ("PROPN", "NOUN")),
                   None)
    if subject is None:
        return False
    reattach(subject, verb, "nsubj")
    for token in listed:
        if token is not subject and token.i > subject.i and token.dep_ in JOINING_DEPS:
            reattach(token, subject, token.dep_)  # "and Hamas" hung on Qatar
    return True


