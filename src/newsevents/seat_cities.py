"""A capital that stands for an organisation seated there: "Brussels urged both sides",
"the criticism from Brussels" mean the European Union in a story that names the EU and never
names Belgium, not Belgium's government."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actorbook import ActorBook

# Capitals whose name news uses for an organisation seated there (the organisation's
# canonical name in data/actors/organisations.tsv).
SEAT_CITIES = {"Brussels": "European Union"}
# Entry kinds that name the capital's own country.
OWN_COUNTRY_KINDS = ("country", "adjective")


def seats_in_context(names: list, book: ActorBook) -> list:
    """The name mentions, with a seat city read as its organisation where the article names
    that organisation (by any of its names) and not the city's country."""
    seated = [m for m in names if m.span.text in SEAT_CITIES]
    if not seated:
        return names
    codes = {e.code for m in names for e in m.entries if e.kind == "organisation"}
    countries = {e.country for m in names for e in m.entries if e.kind in OWN_COUNTRY_KINDS}
    kept = []
    for mention in names:
        organisation = _seated_organisation(mention, book)
        capital_country = {e.country for e in mention.entries if e.kind == "capital"}
        if (organisation is not None and organisation.code in codes
                and not capital_country & countries):
            mention = replace(mention, entries=(organisation,))
        kept.append(mention)
    return kept


def _seated_organisation(mention, book: ActorBook):
    name = SEAT_CITIES.get(mention.span.text)
    if name is None:
        return None
    return next((e for e in book.names.get(name, ()) if e.kind == "organisation"), None)
