"""Acts a state is read to aim at its own capital.

"It called the firing a provocation and urged Pyongyang to stop", coded North Korea ->
Pyongyang; "accusing Beijing of ..." after "China" as the doer; "Russia ... accused Moscow":
a country named bare by its own name (or a pronoun) as the doer and its own government named by
a proper name, its capital, as the target. A state does not urge, accuse or meet itself by
name; the doer is a misread (a pronoun or a clause's subject resolved to the last state named),
and the event is dropped rather than coded against the doer's own country. A target named as
the bare country ("Russia") is not covered. A doer with a sector ("Russia's opposition urged
Moscow", "Thai protesters marched on Government House") is another camp of the country and
stays, and so is a doer whose name is longer than the country's own, a region named with its
state's adjective ("Iraqi Kurdistan accused Baghdad").
"""

from __future__ import annotations

from newsevents.records import STATE_KIND, Actor, Event

# The sector of a state named by its capital ("Pyongyang", "Moscow").
GOVERNMENT_SECTORS = ("GOV",)
# Doers that are only a pointer to a state named before ("it urged Pyongyang").
POINTER_WORDS = frozenset({"it", "they"})
# The dashes that end a dateline ("KYIV - Russia will pull ...").
DATELINE_DASHES = (" - ", " – ", " — ")


def _proper_name(text: str) -> bool:
    """"Pyongyang", "New Delhi": every word capitalised (not "the government")."""
    words = text.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def _named_bare(source: Actor) -> bool:
    """"North Korea", "the United States", "it": the state's own name or a pronoun (after a
    dateline left on the name, "KYIV - Russia"), not a longer name that holds it ("Iraqi
    Kurdistan" resolved to Iraq)."""
    text = source.text.lower()
    for dash in DATELINE_DASHES:
        text = text.rpartition(dash)[2]
    text = text.strip().removeprefix("the ")
    return text in POINTER_WORDS or text == (source.name or "").lower().removeprefix("the ")


def is_aimed_at_own_name(event: Event) -> bool:
    """A bare state as the doer and its own government, named by a proper name, as target."""
    source, target = event.source, event.target
    if target is None or source.country is None or source.sector:
        return False
    return (target.country == source.country and target.kind == STATE_KIND
            and source.kind == STATE_KIND and tuple(target.sector) == GOVERNMENT_SECTORS
            and _proper_name(target.text) and _named_bare(source))
