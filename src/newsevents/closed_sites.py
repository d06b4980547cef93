"""A closed site named again: "Border guards traded fire at the Torkham crossing on Tuesday.
Pakistan shut the crossing on Sunday", "The crossing was closed on Sunday". Shutting "the
crossing" happened where the crossing the story named last is, as shutting it by its name does
(``placing.struck_town``). A passive only places the act: a crossing lies on two states'
border, so the country its row lists never says who closed it on whom (``sides_country``)."""

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
# passive's doer comes from the story, never from the country its crossing is listed in).
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
        site = _site_named_again(verb, CLOSED_DEPS)
        name = _last_named(site) if site is not None else None
        place = resolve(name) if name is not None else None
        if place is not None:
            found[trigger.head.i] = place


def for_sides(trigger: Trigger, place: Place | None) -> Place | None:
    """The place that may tell the sides of ``trigger``: none for "the crossing was closed",
    whose place says where it was shut, not who shut it on whom."""
    verb = trigger.verb
    if place is None or (verb is not None and trigger.coding.plover in CLOSING_TYPES
                         and _site_named_again(verb, {"nsubjpass"}) is not None):
        return None
    return place


def sides_country(trigger: Trigger, place: Place | None) -> str | None:
    """The country of ``for_sides``."""
    kept = for_sides(trigger, place)
    return kept.country if kept is not None else None


def _site_named_again(verb: Token, deps: set[str]) -> Token | None:
    """"the crossing" in "shut the crossing" or "the crossing was closed"."""
    return next((c for c in verb.children if c.dep_ in deps
                 and c.lemma_.lower() in SITE_REFERENCE_NOUNS and _told_again(c)), None)


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
