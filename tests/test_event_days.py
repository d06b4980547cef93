"""Event days told from the day of the last event: "the previous day", "the preceding
evening" count one day back (dates.py ANCHORED), with hand-built sentences (not from the dev
set)."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-05-16"  # a Thursday
MONDAY, TUESDAY = date(2024, 5, 13), date(2024, 5, 14)


def test_previous_night_counts_back_from_the_last_day_told(pipeline):
    events = code_text(pipeline, "Israeli jets struck Gaza on Tuesday. Hamas fired rockets at "
                       "Israel the previous night.", PUB)
    assert day_spans(events, "ASSAULT", sentence_index=1) == [(MONDAY, MONDAY)]


def test_preceding_day_counts_back_from_the_last_day_told(pipeline):
    events = code_text(pipeline, "Ukraine said Russian forces shelled Kherson on Wednesday. Kyiv "
                       "accused Moscow of war crimes the preceding day.", PUB)
    assert day_spans(events, "ACCUSE", sentence_index=1) == [(TUESDAY, TUESDAY)]
