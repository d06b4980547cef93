"""Who "the leaders", "the mediators" or "the envoys" are when the story has named a body by
that noun: "West African leaders threatened Niger's junta ... The leaders also called on the
junta to free Bazoum": ECOWAS, as "West African leaders" was, not the story's main country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.context import ArticleContext
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors import DocMentions


def body_named_by_noun(head: Token, found: DocMentions, context: ArticleContext
                       ) -> list[Actor] | None:
    """The latest international body the story named with this plural noun as its last word
    ("West African leaders", "Southern African envoys"), for a bare "the leaders"; None when
    the phrase is not a bare definite plural or no such body was named."""
    if head.tag_ != "NNS" or head.i in found.name_at:
        return None
    children = list(head.children)
    if len(children) != 1 or children[0].lower_ != "the" or children[0].i != head.i - 1:
        return None
    noun = head.lower_
    for actor in reversed(context.history):
        words = actor.text.lower().split()
        if actor.kind == "organisation" and len(words) > 1 and words[-1] == noun \
                and words[0] != "the":
            return [actor]
    return None
