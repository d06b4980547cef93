"""Dictionary matches that name no actor: a known name inside a longer proper name the
dictionary does not know ("America" in "Latin America"), the first names of someone else
("Abbas" in "Abbas Mousavi"), the name of a street or square ("Syria Street") or of a sea
("the Indian Ocean"), or the name on a flag ("waving European Union flags")."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from spacy.tokens import Span, Token

from newsevents.actorbook import ActorBook, Entry
from newsevents.tables import words_of_roles

HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "prince", "king", "queen", "emir", "sir"}
# Capitalised nouns that make a name before them a street's or a square's, named after a
# country or a city ("Syria Street" in Tripoli, "Beirut Road", "Palestine Square").
STREET_NOUNS = {"street", "road", "avenue", "boulevard", "square", "bridge", "highway"}
# Capitalised nouns that make a name before them a sea's or an ocean's ("the Indian Ocean
# island", "the South China Sea", "the Irish Sea"): a body of water, not a side.
WATER_NOUNS = {"ocean", "sea"}
# The entity types of a named place, and of a name that is no place ("China Road and Bridge
# Corporation" is a company).
PLACE_ENTITIES = {"FAC", "LOC", "GPE"}
# Creeds written capitalised before a group's name, describing it, not part of a longer name:
# "Communist New People's Army guerrillas", "Maoist Naxalites", "Islamist Hamas".
CREED_WORDS = {"communist", "maoist", "marxist", "leninist", "islamist", "jihadist", "leftist",
               "socialist", "nationalist", "separatist", "royalist", "salafist"}
# Prefixes joined to a nationality that then names no side of that state ("Pan-American",
# "pro-Russian").
STANCE_PREFIXES = {"pan", "pro"}
NAME_ENTITIES = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"}
EMBLEMS_FILE = resources.files("newsevents") / "data" / "lexicon" / "emblems.tsv"
# Flags, banners and colours: a name that only modifies one names no side.
EMBLEM_NOUNS = words_of_roles(EMBLEMS_FILE, "emblem")
# Verbs that show an emblem ("waving EU flags"); one burned is a protest at its country.
SHOWING_VERBS = words_of_roles(EMBLEMS_FILE, "shown")
# How a name modifies the emblem ("Russian flags", "European Union flags", "the flag of Russia").
EMBLEM_DEPS = {"amod", "compound", "nmod", "poss"}
# What may stand between a first name and the emblem the parser joins to it ("and Georgian").
LISTED_MODIFIER_DEPS = {"cc", "amod", "compound", "punct"}


def not_an_actor_name(span: Span, entries: Iterable[Entry], book: ActorBook) -> bool:
    """Whether a dictionary match names no actor of its own."""
    return (inside_longer_name(span, book) or first_names_of_another(span, tuple(entries))
            or names_a_street(span) or names_a_sea(span) or names_an_emblem(span)
            or _after_stance_prefix(span))


def _after_stance_prefix(span: Span) -> bool:
    """"the Pan-American Highway", "pro-Russian rebels", "Pro-Palestinian demonstrators": a
    nationality after "pan-" spans a continent's states, and one after "pro-" tells whom a
    side supports, not the state it belongs to."""
    before = [t.lower_ for t in span.doc[max(span.start - 2, 0):span.start]]
    return (before[-1:] and before[-1].rstrip("-") in STANCE_PREFIXES
            and before[-1].endswith("-")) or (
        before[-2:-1] and before[-2] in STANCE_PREFIXES and before[-1] == "-")


def names_a_sea(span: Span) -> bool:
    """"The Indian Ocean island", "in the South China Sea": a name followed by a capitalised
    "Ocean" or "Sea" is the water's, not a country acting or acted on."""
    return _capitalised_noun_after(span, WATER_NOUNS) is not None


def names_an_emblem(span: Span) -> bool:
    """"many waving European Union flags": a name that modifies a flag, banner or colours
    that is shown is not acting or acted on; a flag burned ("burning Russian flags") is not
    shown, so its country stays the target."""
    if _against(span):
        return False  # "waving anti-US banners": the target of the protest
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "EU and Georgian flags"
        root = root.head
    if root.dep_ in EMBLEM_DEPS and root.head.lemma_.lower() in EMBLEM_NOUNS \
            and root.head.i >= span.end:
        return _shown(root.head)
    # the parser may join the emblem to the first name: "EU [and Georgian flags]"
    return _shown(root) and any(
        c.dep_ == "conj" and c.lemma_.lower() in EMBLEM_NOUNS and c.i > root.i
        and all(t.dep_ in LISTED_MODIFIER_DEPS for t in span.doc[root.i + 1:c.i])
        for c in root.children)


def _against(span: Span) -> bool:
    """"anti-US", "anti-Japanese": a name the words before set against."""
    before = [t.lower_ for t in span.doc[max(span.start - 2, 0):span.start]]
    return bool(before) and (before[-1] in ("anti", "anti-") or before[-2:] == ["anti", "-"])


def _shown(word: Token) -> bool:
    """The emblem is waved, carried or worn: its verb governs it or hangs on it."""
    return word.head.lemma_.lower() in SHOWING_VERBS or any(
        c.lemma_.lower() in SHOWING_VERBS for c in word.children)


def names_a_street(span: Span) -> bool:
    """"Syria Street", "Baghdad Road": the name is the street's, not a side's, when the
    phrase is a place: a place entity, or the object of a preposition that no name entity
    covers ("on Beirut Street"); not "China Road and Bridge Corporation" (a company)."""
    after = _capitalised_noun_after(span, STREET_NOUNS)
    if after is None or after.ent_type_ in NAME_ENTITIES:
        return False
    return after.ent_type_ in PLACE_ENTITIES or after.dep_ == "pobj"


def _capitalised_noun_after(span: Span, nouns: set[str]) -> Token | None:
    """The word right after the match when it is one of ``nouns``, capitalised, in the same
    sentence ("Syria Street", "the Indian Ocean")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (after is None or after.lower_ not in nouns or not after.text[0].isupper()
            or after.is_sent_start):
        return None
    return after


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
            and not (before.lower_ in CREED_WORDS and _names_a_group(span, book))
            and before.text not in book.names)


def _names_a_group(span: Span, book: ActorBook) -> bool:
    """The match is an organisation's name of more than one word ("New People's Army")."""
    return len(span) > 1 and any(e.kind == "organisation" for e in book.names[span.text])


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
