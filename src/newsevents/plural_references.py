"""Who "the leaders", "the mediators" or "the envoys" are when the story has named a body by
that noun: "West African leaders threatened Niger's junta ... The leaders also called on the
junta to free Bazoum": ECOWAS, as "West African leaders" was, not the story's main country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.context import ArticleContext
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.mention_index import DocMentions


def body_named_by_noun(head: Token, found: DocMentions, context: ArticleContext
                       ) -> list[Actor] | None:
    """The body the story named with this plural noun as its last word ("West African
    leaders", "Gulf Arab foreign ministers"), for a bare "the leaders"; only when the last
    earlier use of the noun other than a bare "the leaders" is that body's name, and no pair
    of persons was named since. A later "the foreign ministers of Armenia and Azerbaijan" or
    "Putin and Xi met" keeps the reference with them. None when no such body was named."""
    if not _bare_plural(head) or head.i in found.name_at:
        return None
    earlier = _last_named_use(head)
    if earlier is None or _persons_paired_between(earlier, head):
        return None
    for actor in reversed(context.history):
        words = actor.text.lower().split()
        if actor.kind == "organisation" and len(words) > 1 and words[-1] == head.lower_ \
                and words[0] != "the" and _names_at(earlier, words):
            return [actor]
    return None


def _bare_plural(head: Token) -> bool:
    """"the leaders": a plural noun with nothing but "the" before it."""
    if head.tag_ != "NNS":
        return False
    children = list(head.children)
    return len(children) == 1 and children[0].lower_ == "the" and children[0].i == head.i - 1


def _last_named_use(head: Token) -> Token | None:
    """The last token before the head with the same word that is not itself a bare plural."""
    for token in reversed(head.doc[:head.i]):
        if token.lower_ == head.lower_ and not _bare_plural(token):
            return token
    return None


def _persons_paired_between(earlier: Token, head: Token) -> bool:
    """"Putin and Xi Jinping met": two persons named together after the body."""
    return any(t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.head.ent_type_ == "PERSON"
               for t in head.doc[earlier.i + 1:head.i])


def _names_at(token: Token, words: list[str]) -> bool:
    """Whether the words, ending at the token, are the text before it ("Gulf Arab ministers")."""
    first = token.i - len(words) + 1
    if first < 0:
        return False
    return [t.lower_ for t in token.doc[first:token.i + 1]] == words
