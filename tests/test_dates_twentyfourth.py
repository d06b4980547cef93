"""Dates of the twenty-fourth session. An act a dated past statement tells in the past
progressive was under way that day ("said yesterday it was sending 1,500 more soldiers";
speech_dates._under_way_when_said), unless its own clause gives a time ("was sending a team
next week"). A street protest's story goes on with more crowds and their policing told in the
simple past, whoever the doers are ("Thousands more rallied in other cities", "Police
responded ... and detained 33 people" after a dated march; narrative_days._more_of_the_crowd),
not with a perfect ("had shot dead 25 protesters in five days of unrest"). A decade ("abducted
in the 1970s and 1980s") is no day (dates.NOT_A_DATE)."""

from datetime import date

from coding import code_text, day_spans

from newsevents.dates import resolve_date

PUB = "2024-03-14"  # a Thursday
WEDNESDAY = date(2024, 3, 13)
SUNDAY = date(2024, 3, 10)
PUBLISHED = date(2024, 3, 14)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_a_past_progressive_under_a_dated_statement_takes_its_day(pipeline):
    text = ("Mexico's Defence Ministry said yesterday it was sending 1,500 more soldiers to "
            "Nuevo Leon, where fighting between rival cartels has killed 400 people this year.")
    assert _days(pipeline, text, "MOBILIZE") == [(WEDNESDAY, WEDNESDAY)]


def test_a_past_progressive_with_a_time_of_its_own_keeps_it(pipeline):
    text = "Germany said on Wednesday it was sending a team of doctors to Ukraine next week."
    assert (WEDNESDAY, WEDNESDAY) not in _days(pipeline, text, "AID")


def test_more_crowds_after_a_dated_march_take_its_day(pipeline):
    text = ("More than 100,000 people marched through Minsk on Sunday to demand that "
            "Belarusian President Alexander Lukashenko step down. Belarusian protesters "
            "rallied in Grodno and Brest.")
    assert (SUNDAY, SUNDAY) in day_spans(code_text(pipeline, text, PUB), "PROTEST", 1)


def test_a_blockade_told_after_a_dated_march_takes_its_day(pipeline):
    text = ("Thousands of Pakistani farmers marched in Hyderabad on Sunday against water "
            "shortages. Protesters blocked the highway to Karachi for several hours.")
    assert day_spans(code_text(pipeline, text, PUB), "PROTEST", 1) == [(SUNDAY, SUNDAY)]


def test_policing_told_after_a_dated_protest_takes_its_day(pipeline):
    """Two sentences on, past the reach of policed_days.py."""
    text = ("Thousands of Kenyan protesters gathered outside parliament in Nairobi on Sunday "
            "to oppose a finance bill. The bill would raise taxes on bread and fuel. Kenyan "
            "police responded with water cannon and tear gas, and detained 33 people.")
    assert day_spans(code_text(pipeline, text, PUB), "COERCE", 2) == [(SUNDAY, SUNDAY)]


def test_policing_told_in_the_perfect_keeps_no_day(pipeline):
    text = ("Thousands of Nicaraguan protesters marched in Managua on Sunday against pension "
            "cuts. A rights group said Nicaraguan police had shot dead at least 25 protesters "
            "in five days of unrest.")
    spans = day_spans(code_text(pipeline, text, PUB), "ASSAULT", 1) + day_spans(
        code_text(pipeline, text, PUB), "COERCE", 1)
    assert (SUNDAY, SUNDAY) not in spans


def test_a_decade_is_no_day():
    assert resolve_date("the 1970s and 1980s", PUBLISHED) is None
    assert resolve_date("the '90s", PUBLISHED) is None
    assert resolve_date("March 3", PUBLISHED).start == date(2024, 3, 3)

