"""Dates of the twenty-second session. A weekday hung on a simple-past verb after its object is a
past day even for a planned act ("Germany pledged 200 million euros for Afghanistan on Tuesday":
pledged last Tuesday, not the coming one; past_verb_days.py). "A day after" counts from a day
the parser hangs on the subject of a verb that codes no event ("Saied on Wednesday told foreign
governments to keep out, a day after the European Union took Tunis to task"; offsets.py)."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 11), date(2024, 3, 12), date(2024, 3, 13)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_pledge_with_the_weekday_after_its_object_is_last_tuesday(pipeline):
    text = ("Germany pledged 200 million euros in humanitarian assistance for Afghanistan on "
            "Tuesday.")
    assert _days(pipeline, text, "AID") == [(TUESDAY, TUESDAY)]


def test_announced_package_with_the_weekday_after_its_object_is_last_tuesday(pipeline):
    text = ("Britain announced a new package of weapons for Ukraine on Tuesday, including "
            "long-range missiles.")
    assert _days(pipeline, text, "AID") == [(TUESDAY, TUESDAY)]


def test_a_day_after_counts_from_the_day_before_the_verb(pipeline):
    text = ("Tunisian President Kais Saied on Wednesday told foreign governments to keep out of "
            "his country's affairs, a day after the European Union took Tunis to task over a "
            "wave of arrests of lawyers and journalists.")
    assert _days(pipeline, text, "ACCUSE") == [(TUESDAY, TUESDAY)]
