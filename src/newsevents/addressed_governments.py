"""The government a dissenter addresses. "The opposition demanded that the government publish
the deal", "the militia demanded that the government expel the coalition": an opposition,
rebels or citizens who name a government by its bare title ask their own, whoever the story
named last with that title (references.dissenters_state does the same for a dissenter told in
an earlier sentence)."""

from __future__ import annotations

from newsevents.implied_recipients import STATE_FORCE_SECTORS
from newsevents.pairing import addresses_own_state
from newsevents.records import STATE_KIND, Actor, recountry

# The article that makes a title bare: "the government", not "Kenya's government".
DEFINITE_ARTICLE = "the"


def own_government_addressed(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """The targets, a state organ named only by its title moved to the country of sources that
    all dissent within one country."""
    countries = {source.country for source in sources}
    if not sources or len(countries) != 1 or None in countries \
            or not all(addresses_own_state(source) for source in sources):
        return targets
    country = countries.pop()
    return [recountry(target, country)
            if target.country != country and _bare_state_title(target) else target
            for target in targets]


def _bare_state_title(actor: Actor) -> bool:
    """"the government", "the interior ministry": a state organ named with no country, name or
    nationality (every word after the article in lower case)."""
    words = actor.text.split()
    return (actor.kind == STATE_KIND and bool(set(actor.sector) & STATE_FORCE_SECTORS)
            and len(words) >= 2 and words[0].lower() == DEFINITE_ARTICLE
            and all(word.islower() for word in words[1:]))
