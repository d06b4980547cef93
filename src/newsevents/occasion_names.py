"""An occasion named after the town it is held in: "the Baghdad Conference", "the Munich
Security Conference", "the Doha Forum". The gazetteer lacks the whole name; the town that
begins it is where the occasion, and what was done at it, took place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.occasions import OCCASION_NOUNS
from newsevents.places import Gazetteer
from newsevents.records import Place


def names_an_occasion(entity: Span) -> bool:
    """A name of two words or more ending in an occasion noun: "the Doha Forum"."""
    return bool(_occasion_words(entity))


def _occasion_words(entity: Span) -> list[Token]:
    """The words of an occasion's name without "the" ("Doha", "Forum"); none for a name that
    is no occasion's."""
    words = [t for t in entity if t.lower_ != "the"]
    return words if len(words) >= 2 and words[-1].lemma_.lower() in OCCASION_NOUNS else []


def town_of_occasion(entity: Span, gazetteer: Gazetteer,
                     context_countries: Mapping[str, int]) -> Place | None:
    """The town whose name begins an occasion's name ("Munich" of "the Munich Security
    Conference"), in a country the story names where the name is shared, kept with the
    occasion's words as its text; None for any other name."""
    words = _occasion_words(entity)
    for end in range(len(words) - 1, 0, -1):
        place = gazetteer.lookup(" ".join(w.text for w in words[:end]), context_countries)
        if place is not None and place.precision == "city":
            return replace(place, text=entity.text)
    return None
