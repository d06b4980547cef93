"""A bloc's membership sought by a country: the phrase names the applicant, not the bloc
("Sweden's NATO membership bid", "EU membership talks with North Macedonia", "North
Macedonia's NATO accession", "Ukraine's entry into the EU"). Whoever backs, blocks or approves
it acts on the applicant."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.measures import INTERNATIONAL_PREFIX

# Nouns of joining a bloc.
MEMBERSHIP_NOUNS = {"membership", "accession", "candidacy"}
# Nouns of coming in that tell joining a bloc only with the bloc after "to" or "into":
# "Ukraine's entry into the EU" (not "Iran's admission that", "the entry of UN aid into Gaza").
ENTERING_NOUNS = {"admission", "entry"}
# Prepositions that name the bloc entered, and the one that names what enters.
JOINED_PREPS = {"to", "into"}
ENTERED_PREP = "of"


def seeks_membership(tokens: list[Token], organisation_codes: list[str]) -> bool:
    """The phrase tells of joining an international body it names: "Sweden's NATO membership
    bid" (the country in it is the applicant)."""
    return (any(code.startswith(INTERNATIONAL_PREFIX) for code in organisation_codes)
            and any(_joining_noun(t) for t in tokens))


def _joining_noun(token: Token) -> bool:
    """"membership", or "entry" in "Ukraine's entry into the EU"."""
    lemma = token.lemma_.lower()
    if lemma in MEMBERSHIP_NOUNS:
        return True
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return lemma in ENTERING_NOUNS and bool(preps & JOINED_PREPS) and ENTERED_PREP not in preps
