"""Joint acts named deep in a noun phrase: "joint counter-terrorism drills", where the parser
hangs "joint" on "counter" rather than on "drills"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import JOINT_WORDS


def joint_before(head: Token) -> set[str]:
    """The joint words among the words before an exercise noun in its own phrase:
    "joint anti-piracy patrols", "joint search-and-rescue exercises" ({"joint"});
    a name's capital ("the Joint Chiefs of Staff") is no joint act."""
    words = (w for w in head.doc[head.left_edge.i:head.i] if w.head.i <= head.i)
    return {w.text for w in words if w.text in JOINT_WORDS}  # not "the Joint Chiefs"
