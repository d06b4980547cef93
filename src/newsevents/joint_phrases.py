"""Joint acts named deep in a noun phrase: "joint counter-terrorism drills", where the parser
hangs "joint" on "counter" rather than on "drills"."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.event_nouns import JOINT_WORDS


def joint_before(head: Token) -> set[str]:
    """The joint words among the words before an exercise noun in its own phrase, in any
    case: "joint anti-piracy patrols", "Joint counter-terrorism drills began" ({"joint"});
    a name's capital ("the Joint Chiefs of Staff") is no joint act."""
    words = head.doc[head.left_edge.i:head.i]
    return {w.lower_ for w in words if w.lower_ in JOINT_WORDS
            and w.pos_ != "PROPN" and not w.ent_type_}
