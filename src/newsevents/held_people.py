"""People described as held where the parser reads the description as a clause: in "Russia
freed detained American journalist Evan Gershkovich" the parser makes "detained" a clause of
"freed" taking the journalist. The participle is no detention of its own, and its object is
the one released (releases.py, triggers.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS

# Participles that describe people as held: "detained", "jailed", "kidnapped", "imprisoned".
HELD_PARTICIPLES = {"detain", "jail", "imprison", "kidnap", "abduct", "hold", "arrest",
                    "capture", "seize", "incarcerate", "convict", "sentence", "intern"}
# Verbs of release the description hangs on: "freed detained ...", "released jailed ...".
RELEASE_LEMMAS = {"free", "release", "pardon"}
CLAUSE_DEPS = {"ccomp", "xcomp"}  # how the parser hangs the participle on the release verb
PARTICIPLE_TAGS = {"VBN", "VBD"}  # the tagger often reads the participle as a past tense


def held_description(token: Token) -> bool:
    """"detained" in "Russia freed detained American journalist Evan Gershkovich" or
    "Belarus released jailed activist Maria Kolesnikova": a description of the released."""
    return (token.dep_ in CLAUSE_DEPS and token.tag_ in PARTICIPLE_TAGS
            and token.i == token.head.i + 1
            and token.lemma_.lower() in HELD_PARTICIPLES
            and token.head.lemma_.lower() in RELEASE_LEMMAS
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))
