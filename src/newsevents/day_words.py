"""The words of the day rules, read from data/lexicon/day_words.tsv: the verbs that set up an
occasion for a day (perfect_days.py) and the words that may stand between "since" and its day
(since_days.py)."""

from __future__ import annotations

from importlib import resources

from newsevents.tables import read_table

DAY_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "day_words.tsv"
COLUMNS = ("role", "word")


def day_words(role: str) -> frozenset[str]:
    """The words of one role of day_words.tsv."""
    return frozenset(row["word"] for row in read_table(DAY_WORDS_FILE, COLUMNS)
                     if row["role"] == role)
