"""The halves of a divided country named by their bearing alone: in a story on Korea "the
North" is North Korea and "the South" South Korea ("Seoul urged the North to return to
talks", "the North's army", "China, the North's main ally")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# The countries a bare bearing stands for, when the story names one of them.
DIVIDED_HALVES = {"north": "PRK", "south": "KOR"}
DIVIDED_COUNTRIES = set(DIVIDED_HALVES.values())
# Words before the bearing that make it one of the halves ("the North", "the South's").
HALF_DETERMINERS = {"the"}


def bearing_halves(doc: Doc, taken: set[int], named: set[str]) -> list[tuple[Span, str]]:
    """(span, country) of every "the North" or "the South" standing alone (not "the North
    Sea", "the North Darfur capital", "the South China Sea") in a story naming Korea."""
    if not named & DIVIDED_COUNTRIES:
        return []
    halves = []
    for token in doc:
        country = DIVIDED_HALVES.get(token.lower_)
        if country is None or not token.text[0].isupper() or token.i in taken \
                or token.i == 0 or doc[token.i - 1].lower_ not in HALF_DETERMINERS:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.text[0].isupper()):
            continue  # "the North Korean port", "the South China Sea"
        halves.append((doc[token.i:token.i + 1], country))
    return halves

