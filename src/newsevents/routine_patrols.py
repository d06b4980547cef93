"""A patrol is a force's routine, not a mobilisation: "Indian soldiers patrolled the Line of
Control", "marines were patrolling the harbour", "patrol cars". PLOVER's MOBILIZE (CAMEO 15,
exhibit force posture) is a change of posture: a patrol stepped up, expanded or doubled ("Kenya
stepped up patrols along the border") stays one, as does a patrol held with another force, which
the joint-act rule has already made a COOPERATE ("patrolled together with Polish officers").
"""

from __future__ import annotations

from newsevents.records import Event

# The type a patrol's own trigger is coded with (lexicon verbs.tsv and nouns.tsv, "patrol").
MOBILIZE = "MOBILIZE"
# The stem of the trigger word that names the patrol itself ("patrol", "patrols", "patrolled",
# "patrolling"); a trigger led by another word ("stepped up patrols") tells a change.
PATROL_STEM = "patrol"


def is_routine_patrol(event: Event) -> bool:
    """"Dutch marines were patrolling the harbour": a MOBILIZE told by the word patrol alone."""
    words = (event.evidence.trigger or "").lower().split()
    return event.event_type == MOBILIZE and bool(words) and words[0].startswith(PATROL_STEM)
