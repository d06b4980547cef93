"""Names of features at sea the model leaves untagged or tags as something else: "near the Second
Thomas Shoal in the South China Sea" (it tags "Second" as an ordinal), "off Thitu Island". A
capitalised feature noun that heads a proper name is a place; its name runs back over the
capitalised words before it (data/places/feature_nouns.tsv)."""

from __future__ import annotations

from importlib import resources

from spacy.tokens import Span, Token

from newsevents.place_words import PLACE_LABELS
from newsevents.tables import read_table

FEATURE_NOUNS_FILE = resources.files("newsevents") / "data" / "places" / "feature_nouns.tsv"
FEATURE_NOUNS = frozenset(row["word"] for row in read_table(FEATURE_NOUNS_FILE, ("word",)))
# How the words of a name before its feature noun hang on it: "Thomas" (compound) and "Second"
# (amod) in "the Second Thomas Shoal".
NAME_PART_DEPS = {"compound", "amod"}


def untagged_features(sent: Span, taken: set[int]) -> list[Span]:
    """The feature names of a sentence the model tagged as no place, each whole: "Second
    Thomas Shoal", "Whitsun Reef" (not "the Gulf Cooperation Council": its noun heads no name;
    not "the island", lower case)."""
    found = []
    for token in sent:
        if (token.lower_ not in FEATURE_NOUNS or not token.text[:1].isupper()
                or token.pos_ != "PROPN" or token.dep_ == "compound" or token.i in taken
                or token.ent_type_ in PLACE_LABELS):
            continue
        start = _name_start(token)
        if start < token.i and not any(i in taken for i in range(start, token.i)):
            found.append(sent.doc[start:token.i + 1])
    return found


def _name_start(noun: Token) -> int:
    """The first word of the name a feature noun ends: capitalised words hanging on it."""
    start = noun.i
    doc = noun.doc
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in NAME_PART_DEPS \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ not in PLACE_LABELS:
        start -= 1
    return start
