"""The word lists of the threats told by vows and set phrases: data/lexicon/threat_words.tsv
(whom a vowed harm is aimed at, contests, kinds of strike, acts promised an answer)."""

from __future__ import annotations

from importlib import resources

from newsevents.tables import words_of_roles

THREAT_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "threat_words.tsv"

# "vowed to crush the rebels", "vowed to respond to the militants".
ENEMY_NOUNS = words_of_roles(THREAT_WORDS_FILE, "enemy")
# "would crush the protesters": foes of a harm verb only, not of a promised answer.
CROWD_NOUNS = words_of_roles(THREAT_WORDS_FILE, "crowd")
# "crush Argentina in the final", "crush its opponents in the election": a boast.
CONTEST_NOUNS = words_of_roles(THREAT_WORDS_FILE, "contest")
# "a drone strike", "missile strikes": a strike of force, not a walkout.
STRIKE_KINDS = words_of_roles(THREAT_WORDS_FILE, "strike")
# "the move / the expulsion / such attacks would not go unanswered".
ANSWERED_ACTS = words_of_roles(THREAT_WORDS_FILE, "answered")
