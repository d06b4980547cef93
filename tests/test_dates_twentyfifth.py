"""Dates of the twenty-fifth session. A bare "overnight" on the verb of the sentence's news
names no day of its own ("Russian forces shelled Kharkiv overnight": date_spans._bare_overnight),
while "overnight Sunday", "in overnight raids" and a night in a clause of circumstance keep
theirs."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
WEDNESDAY = date(2024, 3, 13)
TUESDAY = date(2024, 3, 12)
PUBLISHED = date(2024, 3, 14)


def _events(pipeline, text):
    return code_text(pipeline, text, PUB)


def test_a_bare_overnight_on_the_main_verb_names_no_day(pipeline):
    events = _events(pipeline, "Russian artillery pounded the outskirts of Kherson overnight, "
                               "wounding two civilians, regional officials said.")
    assert day_spans(events, "ASSAULT") == [(PUBLISHED, PUBLISHED)]
    assert all(not e.date.is_stated for e in events if e.event_type == "ASSAULT")


def test_a_bare_overnight_in_what_was_said_names_no_day(pipeline):
    events = _events(pipeline, "Armenia's defence ministry said on Wednesday that Azerbaijani "
                               "troops had shelled three border villages overnight.")
    assert all(not e.date.is_stated for e in events if e.event_type == "ASSAULT")


def test_an_overnight_weekday_keeps_its_night(pipeline):
    events = _events(pipeline, "Russian artillery pounded the outskirts of Kherson overnight "
                               "Tuesday, wounding two civilians, regional officials said.")
    assert day_spans(events, "ASSAULT") == [(TUESDAY, WEDNESDAY)]


def test_overnight_raids_keep_their_night(pipeline):
    events = _events(pipeline, "Israeli troops arrested 15 Palestinians in overnight raids "
                               "across the occupied West Bank, the Palestinian prisoners' "
                               "society said.")
    assert day_spans(events, "COERCE") == [(WEDNESDAY, PUBLISHED)]
