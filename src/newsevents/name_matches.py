"""Dictionary matches that name no actor: a known name inside a longer proper name the
dictionary does not know ("America" in "Latin America"), the first names of someone else
("Abbas" in "Abbas Mousavi"), or the name of a street or square ("Syria Street")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from newsevents.actorbook import ActorBook, Entry

HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "prince", "king", "queen", "emir", "sir"}
# Capitalised nouns that make a name before them a street's or a square's, named after a
# country or a city ("Syria Street" in Tripoli, "Beirut Road", "Palestine Square").
STREET_NOUNS = {"street", "road", "avenue", "boulevard", "square", "bridge", "highway"}
# The entity types of a named place, and of a name that is no place ("China Road and Bridge
# Corporation" is a company).
PLACE_ENTITIES = {"FAC", "LOC", "GPE"}
NAME_ENTITIES = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"}


def not_an_actor_name(span: Span, entries: Iterable[Entry], book: ActorBook) -> bool:
    """Whether a dictionary match names no actor of its own."""
    return (inside_longer_name(span, book) or first_names_of_another(span, tuple(entries))
            or names_a_street(span))


def names_a_street(span: Span) -> bool:
    """"Syria Street", "Baghdad Road": the name is the street's, not a side's, when the
    phrase is a place: a place entity, or the object of a preposition that no name entity
    covers ("on Beirut Street"); not "China Road and Bridge Corporation" (a company)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (after is None or after.lower_ not in STREET_NOUNS or not after.text[0].isupper()
            or after.is_sent_start or after.ent_type_ in NAME_ENTITIES):
        return False
    return after.ent_type_ in PLACE_ENTITIES or after.dep_ == "pobj"


def first_names_of_another(span: Span, entries: tuple[Entry, ...]) -> bool:
    """"Abbas Mousavi" is not Mahmoud Abbas: a person's short name that the model's person
    name goes on past, to a name other than the person's own ("Prayut Chan-O-Cha" is
    Prayut Chan-o-cha), is the first name of someone else."""
    doc, end = span.doc, span.end
    if not all(e.kind == "person" for e in entries):
        return False
    while (end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I"
           and doc[end].tag_ != "POS"):
        end += 1
    whole = doc[span.start:end].text.lower()
    return end > span.end and all(e.name.lower() != whole for e in entries)


def inside_longer_name(span: Span, book: ActorBook) -> bool:
    """True for "Congress" in "Syrian National Dialogue Congress" or "America" in
    "Latin America": a proper-noun compound that the dictionary does not know."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if any(e.kind == "organisation" and e.country for e in book.names[span.text]):
        # "Syrian Congress" is not the US Congress
        countries = {e.country for e in book.names.get(before.text, ())
                     if e.kind in ("adjective", "country")}
        owners = {e.country for e in book.names[span.text]}
        if countries and not countries & owners:
            return True
    return (before.pos_ == "PROPN" and before.dep_ == "compound"
            and span.start <= before.head.i < span.end
            and not title_before(span, book)
            and before.lower_.rstrip(".") not in HONORIFICS
            and before.text not in book.names)


def title_before(span: Span, book: ActorBook) -> bool:
    """A title of one to three words stands just before the name: "State Counsellor" in
    "State Counsellor Aung San Suu Kyi", "Minister" in "Prime Minister Sharif"."""
    doc = span.doc
    words: list[str] = []
    for token in reversed(doc[max(span.start - 3, 0):span.start]):
        words.insert(0, token.lower_)
        if " ".join(words) in book.titles:
            return True
    return False
