"""A coalition named again without its leader: "The Saudi-led coalition fighting in Yemen
carried out air strikes ... Mohammed Abdulsalam accused the coalition of 'burying the truce
under its bombs'" (Saudi Arabia's, not Yemen's, which the story is about). The bare noun takes
the country of the "<country>-led" coalition or alliance the story names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.mention_index import DocMentions

# Groups a state leads and the story names again by the bare noun ("the coalition").
LED_GROUP_NOUNS = {"coalition", "alliance"}
# The word after the hyphen that makes the country the group's leader ("Saudi-led").
LEADING_WORD = "led"
# Entry kinds that name a state ("Saudi", "Saudi Arabia", "Riyadh").
STATE_ENTRY_KINDS = ("country", "adjective", "capital")


def coalition_leader(head: Token, found: DocMentions) -> str | None:
    """The country of the "<country>-led" group the story names ("the Saudi-led coalition",
    "the Saudi-led alliance"), the latest before this bare noun ("the coalition", "Coalition
    jets") or else the first after it; None when the story names no such group."""
    noun = head if head.lemma_.lower() in LED_GROUP_NOUNS else next(
        (c for c in head.children if c.dep_ == "compound"
         and c.lemma_.lower() in LED_GROUP_NOUNS), None)
    if noun is None:
        return None
    doc = noun.doc
    before = reversed(range(2, noun.i))
    after = range(noun.i + 1, len(doc) - 1)
    for i in (*before, *after):
        if (doc[i].lower_ == LEADING_WORD and doc[i - 1].text == "-"
                and doc[i + 1].lemma_.lower() in LED_GROUP_NOUNS):
            mention = found.name_at.get(i - 2)
            countries = {e.country for e in mention.entries
                         if e.kind in STATE_ENTRY_KINDS and e.country} if mention else set()
            if len(countries) == 1:
                return countries.pop()
    return None
