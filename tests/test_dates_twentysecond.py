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


def test_rebels_of_a_joint_subject_are_the_meetings_people(pipeline):
    """"The government and the rebels agreed" after "Petro met ELN rebel negotiators on
    Monday": the rebels were at the meeting, so the agreement takes its day
    (narrative_days.py)."""
    text = ("Colombian President Gustavo Petro met ELN rebel negotiators in Havana on Monday. "
            "The government and the rebels agreed to extend their ceasefire by six months.")
    assert _days(pipeline, text, "AGREE") == [(MONDAY, MONDAY)]


def test_a_decision_that_came_during_a_visit_takes_its_day(pipeline):
    """"The decision came during a visit ... on Monday" dates the agreement told before it
    (retold.py)."""
    text = ("Iraq and Turkey agreed to set up a joint security committee. The decision came "
            "during a visit by the Turkish foreign minister to Baghdad on Monday.")
    assert _days(pipeline, text, "AGREE") == [(MONDAY, MONDAY)]


def test_an_announcement_that_followed_talks_takes_their_day(pipeline):
    text = ("Japan and Australia agreed to expand joint military exercises. The announcement "
            "followed talks between their defence ministers in Tokyo on Tuesday.")
    assert _days(pipeline, text, "AGREE") == [(TUESDAY, TUESDAY)]


def test_a_decision_that_came_days_after_keeps_no_day(pipeline):
    """Guard: "came days after" names no occasion the decision came out of."""
    text = ("Japan and Australia agreed to expand joint military exercises. The announcement "
            "came days after Chinese warships sailed near Okinawa on Tuesday.")
    assert _days(pipeline, text, "AGREE") == [(date(2024, 3, 14), date(2024, 3, 14))]


def test_a_crowd_policed_on_a_day_protested_that_day(pipeline):
    """"Riot police fired rubber bullets at protesters in Minsk on Tuesday": the protesters'
    protest was on Tuesday (policed_days.py)."""
    text = ("Belarusian riot police fired rubber bullets and stun grenades at protesters in "
            "Minsk for a third night on Tuesday.")
    assert _days(pipeline, text, "PROTEST") == [(TUESDAY, TUESDAY)]


def test_students_dispersed_on_a_day_marched_that_day(pipeline):
    text = ("Police used water cannon and tear gas on Wednesday to disperse thousands of "
            "university students and trade unionists marching on the finance ministry in "
            "Colombo against steep income tax rises.")
    assert _days(pipeline, text, "PROTEST") == [(WEDNESDAY, WEDNESDAY)]
