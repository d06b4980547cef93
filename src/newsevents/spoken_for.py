"""The body a newly named spokesman speaks for, when the sentence before named it: "Sudan's
army said RSF drones struck a power station in Port Sudan. Army spokesman Brigadier Nabil
Abdallah accused the United Arab Emirates of supplying the drones" (Sudan's army, not Egypt's in
a story filed from Cairo). The dateline's country still serves a new official whose body the
story has not just named ("SEOUL - North Korea fired a missile ... Defence Minister Shin
Won-sik said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.records import Actor


def named_just_before(tokens: list[Token], body: Actor | None, sectors: tuple[str, ...]
                      ) -> str | None:
    """The country of the latest actor of this official's sectors when the sentence before
    his or his own sentence before him names it by the same words; else None."""
    if body is None or not body.country or set(body.sector) != set(sectors):
        return None
    sent = tokens[0].sent
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    told = sent.doc[start:tokens[0].i].text
    return body.country if body.text and body.text in told else None
