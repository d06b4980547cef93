"""A closed site named again: "Border guards traded fire at the Torkham crossing on Tuesday.
Pakistan shut the crossing on Sunday", "The crossing was closed on Sunday". Shutting "the
crossing" happened where the crossing the story named last is, as shutting it by its name does
(``placing.struck_town``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.records import Place
from newsevents.triggers import Trigger

# Sites that a story names once and then calls "the crossing".
SITE_REFERENCE_NOUNS = {"crossing", "checkpoint"}
# Acts of closing a site (SANCTION for a border shut on another state, COERCE at home).
CLOSING_TYPES = {"SANCTION", "COERCE"}
# Roles of the site in the closing clause: "shut the crossing", "the crossing was closed" (a
# passive's doer comes from the story, or from the country its crossing is listed in:
# ``more_places.tsv`` lists a crossing in the country whose side the news reports it on).
CLOSED_DEPS = {"dobj", "nsubjpass"}
# Words between a site's name and its noun: "the Torkham border crossing".
KIND_WORDS = {"border", "frontier", "land", "main"}


def place_closed_sites(sent: Span, triggers: list[Trigger],
                       resolve: Callable[[Span], Place | None], found: dict[int, Place]) -> None:
    """Closing "the crossing" took place at the crossing the story named before it."""
    for trigger in triggers:
        verb = trigger.verb
        if trigger.head.i in found or verb is None or trigger.coding.plover not in CLOSING_TYPES:
            continue
        site = next((c for c in verb.children if c.dep_ in CLOSED_DEPS
                     and c.lemma_.lower() in SITE_REFERENCE_NOUNS and _told_again(c)), None)
        name = _last_named(site) if site is not None else None
        place = resolve(name) if name is not None else None
        if place is not None:
            found[trigger.head.i] = place


def _told_again(site: Token) -> bool:
    """"the crossing" with no name, owner or number of its own."""
    children = list(site.children)
    return not any(c.dep_ in ("compound", "poss", "nummod", "amod", "prep") for c in children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)


def _last_named(site: Token) -> Span | None:
    """The name of the last site of the same kind the story named before ``site``'s sentence:
    "Torkham" in "the Torkham border crossing" (read backwards, only when a closing act names
    "the crossing")."""
    doc, kinds = site.doc, {site.lower_, site.lemma_.lower()}
    for token in reversed(doc[:site.sent.start]):
        if token.lower_ not in kinds:
            continue  # (the lemma of a named "crossing" may be "cross")
        words = [token, *(c for c in token.children
                          if c.dep_ == "compound" and c.lower_ in KIND_WORDS)]
        names = sorted((c for w in words for c in w.children
                        if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i)
        if names:  # "the Torkham border crossing"
            return doc[names[0].left_edge.i:names[-1].i + 1]
    return None
