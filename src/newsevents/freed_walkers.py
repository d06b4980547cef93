"""People told walking out of custody: "two gendarmes held by the militants walked free", "the
detainees walked out of the central prison" (verbs.tsv, rows of "walk"). The walkers are the
ones released, as a passive's subject is ("were freed"), and their holder is the doer: the
"held by" agent on them or the holder the story told before (story_sides.untold_doers).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose subject is the one released when the lexicon codes them as a release.
WALKING_LEMMAS = {"walk"}


def walked_free(plover: str, verb: Token) -> bool:
    """A release told by the released walking: its subject is the patient."""
    return plover == "RETREAT" and verb.lemma_.lower() in WALKING_LEMMAS
