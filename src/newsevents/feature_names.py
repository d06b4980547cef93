"""Names of features at sea the model leaves untagged or tags as something else: "near the Second
Thomas Shoal in the South China Sea" (it tags "Second" as an ordinal), "off Thitu Island". A
capitalised feature noun that heads a proper name is a place; its name runs back over the
capitalised words before it (data/places/feature_nouns.tsv). A name the model tags as a person,
a body or a product is one only after a preposition that places ("off Sabina Shoal"; not
"detained journalist Ahmet Bay")."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Span, Token

from newsevents.place_words import PLACE_LABELS
from newsevents.tables import read_table

FEATURE_NOUNS_FILE = resources.files("newsevents") / "data" / "places" / "feature_nouns.tsv"
FEATURE_NOUNS = frozenset(row["word"] for row in read_table(FEATURE_NOUNS_FILE, ("word",)))
# Prepositions that place an act at a feature whose name the model tags as a person, a body or
# a product: "off Sabina Shoal" (PERSON), "near Scarborough Shoal" (ORG), "near Discovery Reef"
# (PRODUCT). A name so tagged anywhere else is what the model says it is: "detained journalist
# Ahmet Bay", "a film by Michael Bay", "fans of Tampa Bay". Not "on" or "to": "sanctions on
# Ahmet Bay", "a letter to Michael Bay".
FEATURE_PREPS = {"near", "off", "around", "at", "in", "into"}
# How the words of a name before its feature noun hang on it: "Thomas" (compound) and "Second"
# (amod) in "the Second Thomas Shoal".
NAME_PART_DEPS = {"compound", "amod"}


def untagged_features(sent: Span, taken: set[int]) -> list[Span]:
    """The feature names of a sentence the model tagged as no place, each whole: "Second
    Thomas Shoal", "Whitsun Reef" (not "the Gulf Cooperation Council": its noun heads no name;
    not "the island", lower case; not "journalist Ahmet Bay", tagged a person)."""
    found = []
    for token in sent:
        if (token.lower_ not in FEATURE_NOUNS or not token.text[:1].isupper()
                or token.pos_ != "PROPN" or token.dep_ == "compound" or token.i in taken
                or not _untagged_or_placed(token)):
            continue
        start = _name_start(token)
        if start < token.i and not any(i in taken for i in range(start, token.i)):
            found.append(sent.doc[start:token.i + 1])
    return found


def _untagged_or_placed(noun: Token) -> bool:
    """A feature noun the model tags as no entity ("Second Thomas Shoal"), or as a person, body
    or product after a preposition that places ("off Sabina Shoal"); not one tagged a place."""
    if noun.ent_type_ in PLACE_LABELS:
        return False
    return not noun.ent_type_ or (noun.dep_ == "pobj" and noun.head.lower_ in FEATURE_PREPS)


def _name_start(noun: Token) -> int:
    """The first word of the name a feature noun ends: capitalised words hanging on it."""
    start = noun.i
    doc = noun.doc
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in NAME_PART_DEPS \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ not in PLACE_LABELS:
        start -= 1
    return start
