"""The words that make a plain measure or a promised response hostile, one list for the
conditional threats ("would take resolute measures if ...", conditional_threats.py) and the
promised responses ("will give a crushing response", harm_vows.py):
data/lexicon/harsh_words.tsv."""

from __future__ import annotations

from importlib import resources

from newsevents.tables import read_table

HARSH_WORDS_FILE = resources.files("newsevents") / "data" / "lexicon" / "harsh_words.tsv"
COLUMNS = ("word", "measure", "response")


def _words(column: str, value: str) -> frozenset[str]:
    return frozenset(row["word"] for row in read_table(HARSH_WORDS_FILE, COLUMNS)
                     if row[column] == value)


# "take resolute / retaliatory / all necessary measures": hostile as they stand.
HARSH_MEASURE_WORDS = _words("measure", "harsh")
# "take appropriate / proportionate measures": hostile only on a foreign side's condition.
MILD_MEASURE_WORDS = _words("measure", "mild")
# "a crushing / proportionate / firm response".
FIRM_RESPONSE_WORDS = _words("response", "yes")
