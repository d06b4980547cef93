"""Short family names a story uses after naming a person in full: "Kim Jong Un ... Kim
ordered the army", "Xi Jinping ... Putin welcomed Xi", "Ban Ki-moon ... Ban urged". Names of
more than 3 letters and the last part of every name are remembered already (context.py); these
are the 2- and 3-letter family names told first, in East Asian order."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.records import Actor

# Countries whose people's names are given family name first in English news ("Kim Jong Un",
# "Xi Jinping", "Hun Manet", "Vo Van Thuong"); Japanese names come given name first ("Shinzo
# Abe": its last part is remembered already).
FAMILY_FIRST_COUNTRIES = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM"}
# Name particles that never stand for a person alone ("Abu Mohammed al-Julani").
NAME_PARTICLES = {"al", "bin", "abu", "de", "da", "do", "dos", "du", "van", "von", "la", "le",
                  "el", "ibn", "di", "del", "der", "den", "ben", "ter", "mac", "st"}
# The Arabic article before a family name, which a story drops when it names the person again:
# "Colonel Turki al-Maliki ... Maliki said".
FAMILY_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|an|az|at)-", re.I)
# Short words common in lower case that a capital at a sentence's start would make a name.
COMMON_SHORT_WORDS = {
    "a", "an", "as", "at", "be", "by", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "on", "or", "so", "to", "up", "us", "we", "all", "and", "are", "but", "can", "day",
    "few", "for", "get", "has", "her", "him", "his", "its", "may", "new", "not", "now", "old",
    "one", "our", "out", "own", "say", "see", "she", "the", "two", "war", "was", "way", "who",
    "why", "yet", "you", "law", "man", "men", "son", "sun", "won", "top", "key", "aid", "arm",
    "art", "bad", "big", "car", "cut", "end", "far", "fit", "gun", "hit", "job", "let", "low",
    "oil", "put", "run", "set", "sit", "tax", "ten", "use", "win", "air", "ago", "age", "sea",
    "red", "how", "did", "had", "any", "off", "yes", "lot", "per", "via", "bay"}
FAMILY_NAME_LENGTHS = range(2, 4)


def family_name_parts(actor: Actor) -> list[str]:
    """The short family name a person named in full may later go by: "Kim" for "Kim Jong Un",
    "Xi" for "Xi Jinping", "Ban" for "Ban Ki-moon"; none for "Joe Biden" (given name first),
    "Abu Bakr" or "To Lam" ("to" is a common word)."""
    parts = (actor.name or "").split()
    if len(parts) < 2:
        return []
    family = parts[0]
    east_asian = actor.country in FAMILY_FIRST_COUNTRIES or _hyphenated_given_name(parts[1:])
    if (not east_asian or len(family) not in FAMILY_NAME_LENGTHS or not family[0].isupper()
            or not family[1:].islower() or family.lower() in NAME_PARTICLES
            or family.lower() in COMMON_SHORT_WORDS):
        return []
    return [family]


def _hyphenated_given_name(given: list[str]) -> bool:
    """"Ki-moon", "Jae-in", "Ching-te": a Korean or Taiwanese given name of two syllables."""
    return len(given) == 1 and given[0].count("-") == 1 and given[0].split("-")[1].islower()


def another_bearer(token: Token, known: Actor) -> bool:
    """"U.S. envoy John Danforth" after "SPLA leader John Garang": a remembered name part
    followed in this name by another part than in the known person's name is someone else
    who shares it ("Ana Cecilia Gervasi" after a shorter "Ana Cecilia" is still her)."""
    parts = (known.name or "").split()
    if token.text not in parts[:-1] or token.i + 1 >= len(token.doc):
        return False
    following = token.nbor()
    return (following.pos_ == "PROPN" and following.text[:1].isupper()
            and following.text != parts[parts.index(token.text) + 1])


def family_name_of(actor: Actor) -> str:
    """The family name a person named in full goes by again, without its article: "Maliki"
    for "Turki al-Maliki", "Biden" for "Joe Biden"."""
    last = actor.name.split()[-1] if actor.name else ""
    return FAMILY_ARTICLE.sub("", last)


def told_bearer(word: str, listed: Actor | None, known: Actor | None) -> bool:
    """"Coalition spokesman Turki al-Maliki ... Maliki said": a family name the story gave a
    person it named in full before is that person, not the better-known bearer the dictionary
    lists under it alone (Nouri al-Maliki)."""
    return (known is not None and listed is not None and known.name != listed.name
            and known.country != listed.country  # not "Traore" for "Ibrahim Traoré" himself
            and family_name_of(known) == word)
