"""Dates of the twelfth session: acts told a counted time before the dated act of their
sentence ("said on Sunday, a day after discussing", "early on Tuesday, hours after")."""

from datetime import date

import pytest
from coding import code_text, day_spans

PUB = "2024-03-15"  # a Friday


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_act_a_day_before_a_dated_statement(pipeline):
    text = ("Mexico will start moving water into the Rio Grande next week, President Claudia "
            "Sheinbaum said on Tuesday, a day after Washington warned it could impose tariffs.")
    assert _days(pipeline, text, "THREATEN") == [(date(2024, 3, 11), date(2024, 3, 11))]


def test_participle_a_day_before_a_dated_statement(pipeline):
    text = ("Dutch Foreign Minister Caspar Veldkamp said on Thursday, a day after discussing "
            "the dispute by phone with Belgian Foreign Minister Maxime Prevot.")
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_light_verb_noun_a_day_before(pipeline):
    text = ("Serbia and Kosovo on Monday signed a deal on car licence plates, a day after the "
            "Serbian president paid a rare visit to Pristina.")
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 10), date(2024, 3, 10))]


def test_hours_before_an_act_in_the_small_hours_is_the_day_before(pipeline):
    text = ("Israeli warplanes bombed Hezbollah depots near Tyre early on Tuesday, hours after "
            "the group fired rockets at northern Israel.")
    days = _days(pipeline, text, "ASSAULT")
    assert (date(2024, 3, 11), date(2024, 3, 11)) in days
    assert (date(2024, 3, 12), date(2024, 3, 12)) in days


def test_hours_before_a_late_act_is_the_same_day(pipeline):
    """Guard (passes before the change too): "late on Wednesday, hours after" is that day."""
    text = ("Kazakhstan's president made a request to Russia late on Wednesday, hours after "
            "protesters stormed the mayor's office in Almaty.")
    assert (date(2024, 3, 13), date(2024, 3, 13)) in _days(pipeline, text, "ASSAULT")


def test_story_goes_on_from_the_main_act_not_the_day_before(pipeline):
    text = ("Serbia and Kosovo on Monday signed a deal on car licence plates, a day after the "
            "Serbian president paid a rare visit to Pristina. The two leaders agreed to reopen "
            "border crossings and to resume flights.")
    events = code_text(pipeline, text, PUB)
    assert day_spans(events, "CONSULT") == [(date(2024, 3, 10), date(2024, 3, 10))]
    assert (date(2024, 3, 10), date(2024, 3, 10)) not in day_spans(events, "AGREE")


def test_participle_of_a_dated_act_keeps_its_day_not_the_statements(pipeline):
    text = ("Norway ordered two Russian diplomats on Tuesday to leave the country within a week, "
            "accusing them of involvement in drone flights over a gas plant, the foreign "
            "ministry said on Wednesday.")
    assert _days(pipeline, text, "ACCUSE") == [(date(2024, 3, 12), date(2024, 3, 12))]


def test_participle_of_the_statement_keeps_the_statements_day(pipeline):
    """Guard (passes before the change too): "said on Wednesday, accusing" is that day."""
    text = ("Norway's foreign ministry said on Wednesday that it would expel two Russian "
            "diplomats, accusing them of involvement in drone flights over a gas plant.")
    assert _days(pipeline, text, "ACCUSE") == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_participle_of_an_act_of_months_keeps_the_statements_day(pipeline):
    """Guard (passes before the change too): "has besieged the town for months, accusing": no
    day of its own, so the accusation is the statement's (Tuesday), not the publication day."""
    text = ("Sudan's army has besieged the town of El Fasher for months, accusing the RSF of "
            "hiding weapons there, Sudanese officials said on Tuesday.")
    assert _days(pipeline, text, "ACCUSE") == [(date(2024, 3, 12), date(2024, 3, 12))]


@pytest.mark.parametrize("when", ["on Wednesday in the early hours", "before dawn on Wednesday"])
def test_hours_before_an_act_at_dawn_is_the_day_before(pipeline, when):
    text = (f"Russian troops shelled Kherson {when}, hours after Ukrainian drones struck a "
            "fuel depot in Crimea.")
    assert (date(2024, 3, 12), date(2024, 3, 12)) in _days(pipeline, text, "ASSAULT")


def test_participle_of_an_act_of_last_week_keeps_that_week(pipeline):
    """"expelled ... last week, accusing them": the accusation goes with the expulsion's
    week, not the statement's day."""
    text = ("Latvia expelled two Belarusian diplomats last week, accusing them of espionage, "
            "the foreign ministry said on Wednesday.")
    assert (date(2024, 3, 13), date(2024, 3, 13)) not in _days(pipeline, text, "ACCUSE")
