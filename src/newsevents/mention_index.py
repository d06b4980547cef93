"""The names and titles the actor book finds in one doc, indexed by token, and the lookups
over them that actor resolution and its helpers share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.actorbook import Entry, Title


@dataclass(frozen=True, slots=True)
class NameMention:
    span: Span
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class TitleMention:
    span: Span
    title: Title


class DocMentions:
    """Name and title mentions of one doc, indexed by token."""

    def __init__(self, names: list[NameMention], titles: list[TitleMention]) -> None:
        self.name_at: dict[int, NameMention] = {}
        for mention in names:
            for i in range(mention.span.start, mention.span.end):
                self.name_at[i] = mention
        self.title_at: dict[int, TitleMention] = {}
        for mention in titles:
            for i in range(mention.span.start, mention.span.end):
                self.title_at[i] = mention


def named_countries(names: list[NameMention], kinds: tuple[str, ...]) -> set[str]:
    """The countries an article names through entries of these kinds."""
    return {e.country for m in names for e in m.entries if e.kind in kinds and e.country}


def owners_in_context(names: list[NameMention]) -> list[NameMention]:
    """A name that several groups of different countries bear ("National Liberation Army":
    Colombia's ELN, Macedonia's NLA of 2001) is the one whose country the article names."""
    named = named_countries(names, ("country", "adjective", "capital"))
    kept = []
    for mention in names:
        owners = {e.country for e in mention.entries if e.kind == "organisation"}
        if len(owners) > 1:
            local = tuple(e for e in mention.entries
                          if e.kind != "organisation" or e.country in named)
            mention = NameMention(mention.span, local or mention.entries)
        kept.append(mention)
    return kept


def _distinct_mentions(tokens: list[Token], mention_at: dict) -> list:
    """The mentions the tokens fall in, each once, in the order of the tokens."""
    seen: list = []
    for token in tokens:
        mention = mention_at.get(token.i)
        if mention and mention not in seen:
            seen.append(mention)
    return seen


def mentioned_entries(tokens: list[Token], found: DocMentions) -> list[Entry]:
    return [entry for mention in _distinct_mentions(tokens, found.name_at)
            for entry in mention.entries]


def mentioned_countries(tokens: list[Token], found: DocMentions, skipped: set[int]) -> list[Entry]:
    result = []
    for entry in mentioned_entries([t for t in tokens if t.i not in skipped], found):
        if entry.kind in ("country", "capital", "adjective"):
            result.append(entry)
    return result


def mentioned_titles(tokens: list[Token], found: DocMentions) -> list[TitleMention]:
    return [mention for mention in _distinct_mentions(tokens, found.title_at)
            if not part_of_a_name(mention.span, found)]


def part_of_a_name(span: Span, found: DocMentions) -> bool:
    """"Union" in "European Union" is part of a name, not a title."""
    name = found.name_at.get(span.start)
    return bool(name) and len(name.span) > len(span) and name.span.start <= span.start \
        and span.end <= name.span.end


def title_sectors(titles: list[TitleMention]) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(m.title.sectors for m in titles if m.title.sectors))
