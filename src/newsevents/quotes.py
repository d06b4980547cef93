"""Attribution: who reports an event ("X said", "according to Y", "Fars quoted Sanaei as
saying", "a statement carried by TASS")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.context import ArticleContext
from newsevents.records import Actor, Attribution

if TYPE_CHECKING:
    from newsevents.actors import ActorResolver
    from newsevents.mention_index import DocMentions
    from newsevents.triggers import Trigger

SPEECH_VERBS = {"say", "tell", "quote", "announce", "report", "state", "add", "claim", "insist",
                "note", "confirm", "stress", "write", "declare", "allege", "warn"}
OUTLET_WORDS = re.compile(
    r"\b(news|agency|tv|television|radio|times|post|press|reuters|ap|afp|tass|xinhua|irna|"
    r"fars|tasnim|sana|kcna|bbc|cnn|al jazeera|anadolu|ria|interfax|gazette|herald|journal)\b",
    re.I)


def _is_outlet(text: str, actor: Actor | None) -> bool:
    return bool(OUTLET_WORDS.search(text)) or bool(actor and "MED" in actor.sector)


def _speech_verb(trigger: Trigger, sent: Span) -> Token | None:
    anchor = trigger.verb or trigger.head
    current = anchor
    for _ in range(6):
        if current.lemma_.lower() in SPEECH_VERBS and current.i != anchor.i:
            return current
        if current.head.i == current.i:
            break
        current = current.head
    quoted = inside_quotes(anchor, sent)
    if quoted:
        for token in sent:
            if token.lemma_.lower() in SPEECH_VERBS and not inside_quotes(token, sent):
                return token
    return None


def _left_open(straight: int, opened: int, closed: int) -> bool:
    """Quote marks that leave a quotation open: an odd number of straight quotes, or more
    opening than closing curly ones."""
    return straight % 2 == 1 or opened > closed


def _quote_marks(text: str) -> tuple[int, int, int]:
    return text.count('"'), text.count("“"), text.count("”")


def inside_quotes(token: Token, sent: Span) -> bool:
    return _left_open(*_quote_marks(sent.text[: token.idx - sent.start_char]))


def quoted_stretch(anchor: Token, sent: Span) -> list[Token]:
    """The tokens of the sentence inside the same quotation as ``anchor``, read in one pass
    with the marks counted as `inside_quotes` counts them."""
    straight = opened = closed = 0
    stretch: list[Token] = []
    for token in sent:
        if _left_open(straight, opened, closed):
            stretch.append(token)
        elif token.i > anchor.i:
            break
        else:
            stretch = []
        marks = _quote_marks(token.text_with_ws)
        straight, opened, closed = straight + marks[0], opened + marks[1], closed + marks[2]
    return stretch


def attribution_for(trigger: Trigger, sent: Span, found: DocMentions,
                    resolver: ActorResolver) -> Attribution | None:
    verb = _speech_verb(trigger, sent)
    outlet = None
    speaker: Actor | None = None
    context = ArticleContext(None)
    if verb is not None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "quote" and objects:
            speaker_head, outlet_head = objects[0], (subjects[0] if subjects else None)
        else:
            speaker_head, outlet_head = (subjects[0] if subjects else None), None
        if speaker_head is not None:
            actors = resolver.actors_for(speaker_head, found, context)
            text = " ".join(t.text for t in speaker_head.subtree)
            speaker = actors[0] if actors else Actor(text=text, code=None, country=None,
                                                     name=speaker_head.text, kind="person")
            if _is_outlet(text, speaker) and outlet_head is None:
                outlet, speaker = text, None
        if outlet_head is not None:
            outlet = " ".join(t.text for t in outlet_head.subtree)
    for token in sent:
        if (token.lower_ == "according" and token.i + 1 < len(token.doc)
                and token.nbor(1).lower_ == "to"):
            heads = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if heads:
                text = " ".join(t.text for t in heads[0].subtree)
                if _is_outlet(text, None):
                    outlet = outlet or text
        if token.lemma_.lower() == "carry" and any(c.lower_ == "by" for c in token.children):
            agent = next(c for c in token.children if c.lower_ == "by")
            outlet = outlet or " ".join(t.text for t in agent.subtree if t.i != agent.i)
    if speaker is None and outlet is None:
        return None
    return Attribution(speaker, outlet)
