"""A patrol is a force's routine, not a mobilisation: "Indian soldiers patrolled the Line of
Control", "marines were patrolling the harbour", "patrol cars". PLOVER's MOBILIZE (CAMEO 15,
exhibit force posture) is a change of posture: a patrol stepped up, expanded or doubled ("Kenya
stepped up patrols along the border", "patrols were stepped up"), whose trigger holds the word
of change, stays one; so does a patrol told by the verb and aimed at another state ("Chinese
coast guard ships patrolled the waters around the Senkaku islands", a show of force; not
"patrol cars"), and a patrol held with another force, which the joint-act rule has already
made a COOPERATE ("patrolled together with Polish officers"). A dependent territory is its
state's home ("Dutch marines patrolling the harbour at Willemstad"). A change word outside
the trigger ("began patrolling the streets") is not seen: the event keeps no tokens.
"""

from __future__ import annotations

from importlib import resources

from newsevents.records import Event
from newsevents.tables import read_table

# The type a patrol's own trigger is coded with (lexicon verbs.tsv and nouns.tsv, "patrol").
MOBILIZE = "MOBILIZE"
# The stem of the trigger words that name the patrol itself ("patrol", "patrols", "patrolled",
# "patrolling"); any other trigger word ("stepped up patrols", "patrols were stepped up",
# "increased patrols") tells a change.
PATROL_STEM = "patrol"
# The endings of the verb forms of patrol ("patrolled", "patrolling"): only a patrol told as
# done by a force can be aimed at another state; a noun ("patrol cars", "a patrol vessel",
# "Croatian patrols have no business there") names the force or its gear.
VERB_ENDINGS = ("ed", "ing")
# The state each dependent territory belongs to ("at Willemstad": Curacao, the Netherlands').
TERRITORIES_FILE = resources.files("newsevents") / "data" / "actors" / "territories.tsv"
SOVEREIGNS = {row["iso3"]: row["sovereign"]
              for row in read_table(TERRITORIES_FILE, ("iso3", "sovereign"))}


def _state(country: str | None) -> str | None:
    return SOVEREIGNS.get(country, country) if country else country


def _at_home(event: Event) -> bool:
    """No target, or one of no stated country or of the patrolling side's own state (a
    dependent territory counts as its state's: data/actors/territories.tsv)."""
    target = event.target
    return (target is None or target.country is None
            or _state(target.country) == _state(event.source.country))


def is_routine_patrol(event: Event) -> bool:
    """"Dutch marines were patrolling the harbour": a MOBILIZE told by the word patrol alone,
    a noun ("patrol cars", "Croatian patrols") or a verb aimed at no other state."""
    words = (event.evidence.trigger or "").lower().split()
    return (event.event_type == MOBILIZE and bool(words)
            and all(word.startswith(PATROL_STEM) for word in words)
            and (not words[-1].endswith(VERB_ENDINGS) or _at_home(event)))
