"""Acts a state is read to aim at itself under its own name.

"It called the firing a provocation and urged Pyongyang to stop", coded North Korea ->
Pyongyang; "accusing Beijing of ..." after "China" as the doer; "Russia ... accused Moscow":
a country named bare as the doer and its own capital or own name as the target. A state does
not urge, accuse or meet itself by name; the doer is a misread (a pronoun or a clause's
subject resolved to the last state named), and the event is dropped rather than coded
against the doer's own country. A doer with a sector ("Russia's opposition urged Moscow",
"Thai protesters marched on Government House") is another camp of the country and stays.
"""

from __future__ import annotations

from newsevents.records import Event

# The kind of an actor named as a state, its capital or a state body (records.Actor).
STATE_KIND = "state"
# The sector of a state named by its capital or its own name ("Pyongyang", "Moscow").
GOVERNMENT_SECTORS = ("GOV",)


def _proper_name(text: str) -> bool:
    """"Pyongyang", "New Delhi": every word capitalised (not "the government")."""
    words = text.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def is_aimed_at_own_name(event: Event) -> bool:
    """A bare state as the doer and its own government, named by a proper name, as target."""
    source, target = event.source, event.target
    if target is None or source.country is None or source.sector:
        return False
    return (target.country == source.country and target.kind == STATE_KIND
            and source.kind == STATE_KIND and tuple(target.sector) == GOVERNMENT_SECTORS
            and _proper_name(target.text))
