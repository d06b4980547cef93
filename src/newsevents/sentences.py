"""A document's sentences, made once, each keeping its tokens.

spaCy makes a new ``Token`` object every time a ``Span`` is walked; the rules walk each
sentence some seventy times (one walk per rule), and building those tokens was about a fifth
of the extraction time. A ``Sentence`` is a ``Span`` whose tokens are built once, and
``sentences`` keeps a document's sentences in its own ``user_data`` (as ``entities.py`` keeps
its entities), so every rule that walks them gets the same tokens."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.sentences"
_TOKENS_KEY = "newsevents.tokens"


class Sentence(Span):
    """A sentence span (equal to the one ``doc.sents`` gives) that walks a stored list of
    its tokens."""

    __slots__ = ("tokens",)

    def __init__(self, doc: Doc, start: int, end: int) -> None:  # spaCy's __cinit__ made it
        self.tokens = doc_tokens(doc)[start:end]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens (``list(doc)``), built on the first call; the sentences share
    them."""
    cached = doc.user_data.get(_TOKENS_KEY)
    if cached is None:
        cached = list(doc)
        doc.user_data[_TOKENS_KEY] = cached
    return cached


def sentences(doc: Doc) -> list[Sentence]:
    """The document's sentences in order (``doc.sents``), built on the first call."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = [Sentence(doc, sent.start, sent.end) for sent in doc.sents]
        doc.user_data[_KEY] = cached
    return cached
