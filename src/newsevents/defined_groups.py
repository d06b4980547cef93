"""Groups an article names by an acronym it defines or by the initials of a long form it
named: "the Free Aceh Movement (GAM) ... GAM denied", "the National Liberation Army, or ELN",
"South Korea's Joint Chiefs of Staff said ... The JCS called the launches a provocation".

The acronym takes the long form's dictionary entries; a long form the dictionaries lack that
names an armed movement ("the Karenni Nationalities Defence Force (KNDF)") or a party is an
actor of the country the story is about, as REB or OPP, and so is every later use of it.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from .actorbook import Entry
from .sentences import doc_tokens

# An acronym as written: two to seven capitals, digits or hyphens ("GAM", "SPLM-N", "M23").
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,6}$")
# Small words inside a long form that its initials skip: "Joint Chiefs of Staff" -> JCS.
LINK_WORDS = {"of", "the", "for", "and", "in", "de", "del", "la", "el", "du", "des", "&"}
# Last words of a long form that always make it an armed movement, or a party; a state's
# army, force or council ("the Transitional Military Council (TMC)") is none.
ARMED_WORDS = {"movement", "front", "liberation", "rebels", "militia", "resistance",
               "mujahideen", "guerrillas", "tigers", "brigades"}
PARTY_WORDS = {"party", "league", "congress", "alliance", "coalition"}
ARMED_SECTOR, PARTY_SECTOR = "REB", "OPP"
# The kinds of name entry that make a body a country's: its name or nationality, not a capital
# (as often a place: "talks in Nairobi").
OWNER_KINDS = ("country", "adjective")
# Words a long form never starts with, however written ("The Free Aceh Movement").
FIRST_WORDS_TO_SKIP = {"the"}


def with_acronyms(names: list, titles: list) -> list:
    """``names`` and name mentions for the acronyms (and unknown long forms) the article
    defines: "the Free Aceh Movement (GAM)" makes every "GAM" an Indonesian REB actor."""
    if not names:
        return names
    doc, mention_type = names[0].span.doc, type(names[0])
    taken = {i for m in names for i in range(m.span.start, m.span.end)}
    aliases: dict[str, tuple[Entry, ...]] = {}
    added = []
    for acronym_i, long_form in _definitions(doc):
        entries = _long_form_entries(long_form, names, titles)
        if not entries:
            continue
        aliases.setdefault(doc[acronym_i].text, entries)
        if not any(i in taken for i in range(long_form.start, long_form.end)):
            added.append(mention_type(long_form, entries))
            taken.update(range(long_form.start, long_form.end))
    for token in doc_tokens(doc):
        if token.i in taken or not ACRONYM.match(token.text):
            continue
        entries = aliases.get(token.text) or _initials_entries(token.text, names, titles, token.i)
        if entries:
            added.append(mention_type(doc[token.i:token.i + 1], entries))
            aliases.setdefault(token.text, entries)
    return names + added


def _definitions(doc: Doc):
    """(acronym index, long form) for "LONG FORM (ACR)" and "LONG FORM, or ACR,"."""
    tokens = doc_tokens(doc)
    for token in tokens[1:-1]:
        after = tokens[token.i + 1]
        if token.text == "(" and ACRONYM.match(after.text) and (
                token.i + 2 < len(doc) and tokens[token.i + 2].text == ")"):
            start = token.i
        elif (token.text == "," and after.lower_ == "or" and token.i + 2 < len(doc)
              and ACRONYM.match(tokens[token.i + 2].text)):
            after, start = tokens[token.i + 2], token.i
        else:
            continue
        long_form = _long_form_before(doc, start)
        if long_form is not None and _initial_letters_fit(after.text, long_form):
            yield after.i, long_form


def _long_form_before(doc: Doc, end: int) -> Span | None:
    """The capitalised words just before ``end``: "Free Aceh Movement" in "the Free Aceh
    Movement (GAM)"; small words may stand inside it ("Army of Islam") but not at its ends."""
    start = end
    while start > 0:
        word = doc[start - 1]
        capital = (word.text[:1].isupper() and word.is_alpha
                   and word.lower_ not in FIRST_WORDS_TO_SKIP)
        inside = (word.lower_ in LINK_WORDS and start < end and start > 1
                  and doc[start - 2].text[:1].isupper())
        if not (capital or inside):
            break
        start -= 1
    while start < end and doc[start].lower_ in LINK_WORDS:
        start += 1
    return doc[start:end] if end - start >= 2 else None


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.lower_ not in LINK_WORDS and t.is_alpha)


def _initial_letters_fit(acronym: str, long_form: Span) -> bool:
    """At least half an acronym's letters start words of its long form; another language's
    order may hide the rest ("Free Aceh Movement (GAM)" for Gerakan Aceh Merdeka)."""
    letters = {t.text[0] for t in long_form}
    return 2 * sum(c in letters for c in acronym if c.isalpha()) >= len(acronym)


def _long_form_entries(long_form: Span, names: list, titles: list) -> tuple[Entry, ...]:
    """The dictionary's entries for the long form, an owner's body ("South Korea's Joint
    Chiefs of Staff"), or a new entry for an unknown armed movement, a body a title names
    ("the Transitional Military Council": the story country's military) or a party."""
    for mention in names:
        if mention.span.end == long_form.end and mention.span.start >= long_form.start:
            return mention.entries
    title = next((t for t in titles if t.span.end == long_form.end), None)
    owner = _owner_country(long_form, names)
    if title is not None and owner:
        return (_entry(long_form.text, owner, title.title.sectors),)
    country = owner or _story_country(names)
    last = long_form[-1].lower_
    if last in ARMED_WORDS or any(t.lower_ == "liberation" for t in long_form):
        sectors: tuple[str, ...] = (ARMED_SECTOR,)
    elif title is not None:
        sectors = tuple(title.title.sectors)
    elif last in PARTY_WORDS:
        sectors = (PARTY_SECTOR,)
    else:
        return ()
    return (_entry(long_form.text, country, sectors),) if country else ()


def _initials_entries(acronym: str, names: list, titles: list, before: int
                      ) -> tuple[Entry, ...]:
    """"The JCS" after "South Korea's Joint Chiefs of Staff": an undefined acronym whose
    letters are the initials of a body's name or owned title told earlier."""
    for mention in reversed(names):
        span = mention.span
        if span.start < before and len(span) >= 2 and _initials(span) == acronym and all(
                e.kind == "organisation" for e in mention.entries):
            return mention.entries
    for title in reversed(titles):
        span = title.span
        if span.start < before and len(span) >= 2 and _initials(span).upper() == acronym:
            owner = _owner_country(span, names)
            if owner and all(t.text[:1].isupper() for t in span if t.lower_ not in LINK_WORDS):
                return (_entry(span.text, owner, title.title.sectors),)
    return ()


def _owner_country(span: Span, names: list) -> str | None:
    """The country named just before a body: "South Korea's" or "Turkish" in front of it."""
    doc = span.doc
    end = span.start - 1 if span.start and doc[span.start - 1].tag_ == "POS" else span.start
    for mention in names:
        if mention.span.end == end:
            countries = {e.country for e in mention.entries if e.kind in OWNER_KINDS}
            return countries.pop() if len(countries) == 1 else None
    return None


def _story_country(names: list) -> str | None:
    """The country the article names most (by country name or adjective)."""
    counts = Counter(next(iter(c)) for c in (
        {e.country for e in m.entries if e.kind in OWNER_KINDS} for m in names) if len(c) == 1)
    return counts.most_common(1)[0][0] if counts else None


def _entry(name: str, country: str, sectors: tuple[str, ...]) -> Entry:
    return Entry(kind="organisation", name=name, country=country,
                 code=country + (sectors[0] if sectors else ""), sectors=tuple(sectors))
