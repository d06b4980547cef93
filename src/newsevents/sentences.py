"""A document's sentences, made once, each keeping its tokens.

spaCy makes a new ``Token`` object every time a ``Span`` is walked; the rules walk each
sentence some seventy times (one walk per rule), and building those tokens was about a fifth
of the extraction time. A ``Sentence`` is a ``Span`` whose tokens are built once, and
``sentences`` keeps a document's sentences in its own ``user_data`` (as ``entities.py`` keeps
its entities), so every rule that walks them gets the same tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from newsevents.records import Event

_KEY = "newsevents.sentences"
_TOKENS_KEY = "newsevents.tokens"
_WORDS_KEY = "newsevents.words"
T = TypeVar("T")


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
    return _kept(doc, _TOKENS_KEY, lambda: list(doc))


def doc_words(doc: Doc) -> frozenset[str]:
    """Every lower-case form and lower-case lemma in the document, built on the first call: a
    rule that looks for words of a list can stop at once when none is in the story."""
    tokens = doc_tokens(doc)
    return _kept(doc, _WORDS_KEY, lambda: frozenset(
        {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}))


def sentences(doc: Doc) -> list[Sentence]:
    """The document's sentences in order (``doc.sents``), built on the first call."""
    return _kept(doc, _KEY, lambda: [Sentence(doc, s.start, s.end) for s in doc.sents])


def evidence_span(event: Event, doc: Doc) -> Span | None:
    """The span of the sentence an event was read from, found again in its document by the
    evidence's character offsets (None when they fall on no token boundary)."""
    return doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")


def _kept(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """What ``make`` builds, kept in the document's ``user_data`` under ``key``."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return doc.user_data[key]
