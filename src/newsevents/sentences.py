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
_WORDS_KEY = "newsevents.words"


class Sentence(Span):
    """A sentence span (equal to the one ``doc.sents`` gives) that walks a stored list of
    its tokens."""

    __slots__ = ("_text", "tokens")

    def __init__(self, doc: Doc, start: int, end: int) -> None:  # spaCy's __cinit__ made it
        self.tokens = doc_tokens(doc)[start:end]
        self._text: str | None = None

    @property
    def text(self) -> str:
        """The sentence's text (``Span.text``), joined on the first call: every event of the
        sentence quotes it."""
        if self._text is None:
            self._text = Span.text.__get__(self)
        return self._text

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


def doc_words(doc: Doc) -> frozenset[str]:
    """Every lower-case form and lower-case lemma in the document, built on the first call: a
    rule that looks for words of a list can stop at once when none is in the story."""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is None:
        tokens = doc_tokens(doc)
        cached = frozenset({t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens})
        doc.user_data[_WORDS_KEY] = cached
    return cached


def sentences(doc: Doc) -> list[Sentence]:
    """The document's sentences in order (``doc.sents``), built on the first call."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = [Sentence(doc, sent.start, sent.end) for sent in doc.sents]
        doc.user_data[_KEY] = cached
    return cached
