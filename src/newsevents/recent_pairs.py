"""Which two states "the two countries", "the two allies" or "both capitals" mean when the
story has just named a pair other than the one it pairs most often: the last two states named
before the reference, in its sentence and the two before it, when the story has set those two
together before ("China's coast guard fired on a Philippine boat ... The United States said it
supported the Philippines. The two allies will hold joint patrols": the United States and the
Philippines, not China)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.context import GROUP_REFERENCE, MEMBERS_REFERENCE, ArticleContext
from newsevents.event_nouns import governing_verb
from newsevents.records import Actor
from newsevents.syntax import SUBJECT_DEPS

# Nouns and size words of a pair reference that can only mean two states ("the two rivals",
# "both neighbours", "the pair"); "both sides" and "the two parties" are as often a
# government and its rebels, and "the three men" no states at all.
PAIRED_STATE_NOUNS = {"rival", "neighbour", "neighbor", "country", "nation", "capital", "foe",
                      "adversary", "enemy", "state", "pair", "power", "ally"}
PAIR_WORDS = {"two", "both", "pair"}
# With the governments, navies, leaders and ministers of two states ("urged both
# governments", "ships of the two navies", "the two leaders agreed"), when the story has
# paired those two before.
PAIR_NOUNS = PAIRED_STATE_NOUNS | {"navy", "government", "leader", "minister"}
# How many states a pair reference names ("the two rivals").
PAIR_SIZE = 2
# How many sentences before the reference's own the pair is looked for in.
SENTENCES_BACK = 2


def recent_pair(head: Token, text: str, group: list[Actor], context: ArticleContext
                ) -> list[Actor]:
    """The pair just named, as actors of the story where it has them; the group found
    (``group``) when it is that pair or the reference is not a pair of states."""
    if not _pair_of_states(text):
        return group
    pair = _last_two_named(head, context)
    if len(pair) < PAIR_SIZE or set(pair) == {a.side for a in group} \
            or _subject_states(head, context) & set(pair):
        return group  # "the United States urged both countries": not a pair holding the US
    told = next((g for g in reversed(context.groups) if {a.side for a in g} == set(pair)), None)
    if told is None:
        return group  # a pair the story never set together: an aside, not the pair meant
    return list({a.side: a for a in told}.values())


def _pair_of_states(text: str) -> bool:
    phrase = text.strip(" []")
    members = MEMBERS_REFERENCE.match(phrase)
    if members:
        phrase = members.group("group")
    match = GROUP_REFERENCE.match(phrase)
    if not match or (match.group("size") or "both").lower() not in PAIR_WORDS:
        return False
    noun = phrase.split()[-1].lower().removesuffix("'s").removesuffix("'")
    return noun.removesuffix("s") in PAIR_NOUNS or noun.removesuffix("ies") + "y" in PAIR_NOUNS


def _subject_states(head: Token, context: ArticleContext) -> set[str]:
    """The states named in the subject of the clause that holds the reference."""
    verb = governing_verb(head)
    for _ in range(3):
        if verb is None:
            return set()
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return {country for subject in subjects for _, country, _ in
                    context.countries_named_in(subject.left_edge.i, subject.right_edge.i + 1)}
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head is verb:
            return set()
        verb = verb.head
    return set()


def _last_two_named(head: Token, context: ArticleContext) -> list[str]:
    """The last two distinct states named before the reference, in the order the text names
    them."""
    start = head.sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = head.doc[start - 1].sent.start
    named = [country for _, country, _ in
             reversed(context.countries_named_in(start, head.left_edge.i))]
    return list(dict.fromkeys(named))[:PAIR_SIZE][::-1]

