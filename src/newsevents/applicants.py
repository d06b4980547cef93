"""A bloc's membership sought by a country: the phrase names the applicant, not the bloc
("Sweden's NATO membership bid", "EU membership talks with North Macedonia", "North
Macedonia's NATO accession"). Whoever backs, blocks or approves it acts on the applicant."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of joining a bloc.
MEMBERSHIP_NOUNS = {"membership", "accession", "candidacy", "admission", "entry"}
# The code prefix of international bodies.
IGO_PREFIX = "IGO"


def seeks_membership(tokens: list[Token], organisation_codes: list[str]) -> bool:
    """The phrase tells of joining an international body it names: "Sweden's NATO membership
    bid" (the country in it is the applicant)."""
    return (any(code.startswith(IGO_PREFIX) for code in organisation_codes)
            and any(t.lemma_.lower() in MEMBERSHIP_NOUNS for t in tokens))
