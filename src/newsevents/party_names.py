"""Names of parties, legislatures and opposition movements that more than one state's news
uses: "the opposition Democratic Progressive Party" in a story on Malawi is not Taiwan's,
"Rada" in a story on Libya is a Tripoli militia, not Ukraine's parliament, and "the Muslim
Brotherhood" in a story on Jordan is Jordan's. The dictionary gives each such name one state;
in a story that names other states and never that one, the name says nothing of its country,
and the phrase is read by its words alone (the story's opposition, party or parliament)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actors import NameMention

# Sectors of a state's own political bodies, whose names other states' bodies share.
DOMESTIC_BODY_SECTORS = {"PTY", "LEG", "OPP"}
# Kinds of entry by which a story names a state outright.
STATE_NAMING_KINDS = ("country", "adjective", "capital", "person")


def without_unnamed_states_bodies(names: Sequence[NameMention]) -> list[NameMention]:
    """The mentions less the names of a state's party, legislature or opposition whose state
    the story never names while it names others ("the opposition Democratic Progressive
    Party" in a story on Malawi)."""
    named = {e.country for m in names for e in m.entries
             if e.kind in STATE_NAMING_KINDS and e.country}
    if not named:
        return list(names)
    return [m for m in names if not _body_of_unnamed_state(m, named)]


def _body_of_unnamed_state(mention: NameMention, named: set[str]) -> bool:
    entries = mention.entries
    return bool(entries) and all(
        e.kind == "organisation" and e.country and set(e.sectors) & DOMESTIC_BODY_SECTORS
        and e.country not in named for e in entries)
