"""Entity look-ups that stay linear in the length of a document.

spaCy's ``Span.ents`` and ``Doc.ents`` build a Span for every entity of the whole document
on each call; called once per sentence, that made coding quadratic in the article's length
(a 16,000-word article took 60 s). The document's entities are listed once and kept in the
Doc's own ``user_data``; a sentence's entities are then found by bisection."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

_KEY = "newsevents.entities"


def doc_entities(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's entities in order, and their start tokens (for bisection)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        entities = list(doc.ents)
        cached = (entities, [e.start for e in entities])
        doc.user_data[_KEY] = cached
    return cached


def entities_in(span: Span) -> list[Span]:
    """The entities that fall completely within ``span`` (what ``span.ents`` returns)."""
    entities, starts = doc_entities(span.doc)
    found = []
    for entity in entities[bisect_left(starts, span.start):]:
        if entity.end > span.end:
            break
        found.append(entity)
    return found


def entity_starting_at(doc: Doc, index: int) -> Span | None:
    entities, starts = doc_entities(doc)
    position = bisect_left(starts, index)
    if position < len(starts) and starts[position] == index:
        return entities[position]
    return None
