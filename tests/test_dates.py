from datetime import date

import pytest

from newsevents.dates import resolve_date

PUB = date(2017, 12, 29)  # a Friday


@pytest.mark.parametrize(("text", "future", "start", "end", "precision"), [
    ("Thursday", False, "2017-12-28", "2017-12-28", "day"),
    ("on Friday", False, "2017-12-29", "2017-12-29", "day"),
    ("Tuesday", True, "2018-01-02", "2018-01-02", "day"),
    ("last Friday", False, "2017-12-22", "2017-12-22", "day"),
    ("last week", False, "2017-12-18", "2017-12-24", "week"),
    ("this week", False, "2017-12-25", "2017-12-31", "week"),
    ("next week", True, "2018-01-01", "2018-01-07", "week"),
    ("January 29-30", True, "2018-01-29", "2018-01-30", "range"),
    ("Dec. 28", False, "2017-12-28", "2017-12-28", "day"),
    ("5-6 March", True, "2018-03-05", "2018-03-06", "range"),
    ("late January", True, "2018-01-21", "2018-01-31", "range"),
    ("mid-February", True, "2018-02-11", "2018-02-20", "range"),
    ("March 3, 2016", False, "2016-03-03", "2016-03-03", "day"),
    ("yesterday", False, "2017-12-28", "2017-12-28", "day"),
    ("last month", False, "2017-11-01", "2017-11-30", "month"),
    ("in 2015", False, "2015-01-01", "2015-12-31", "year"),
    ("Tuesday last week", False, "2017-12-19", "2017-12-19", "day"),
    ("on Monday next week", True, "2018-01-01", "2018-01-01", "day"),
    ("late last month", False, "2017-11-21", "2017-11-30", "range"),
    ("early next month", True, "2018-01-01", "2018-01-10", "range"),
])
def test_resolves_against_publication_date(text, future, start, end, precision):
    resolved = resolve_date(text, PUB, future=future)
    assert resolved is not None
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start, end, precision)


def test_year_rolls_back_for_past_events_in_january():
    resolved = resolve_date("December 30", date(2018, 1, 3), future=False)
    assert resolved.start == date(2017, 12, 30)


@pytest.mark.parametrize("text", ["the 21st century", "two years", "62-year-old", "decades"])
def test_durations_and_eras_are_not_event_dates(text):
    assert resolve_date(text, PUB) is None


def test_kept_answers_follow_every_argument():
    """resolve_date keeps its answers: the same phrase asked again with another day, tense or
    anchor is worked out again."""
    pub = date(2024, 3, 13)  # a Wednesday
    assert resolve_date("Friday", pub, future=True).start == date(2024, 3, 15)
    assert resolve_date("Friday", pub, future=False).start == date(2024, 3, 8)
    assert resolve_date("Friday", date(2024, 3, 20), future=False).start == date(2024, 3, 15)
    assert resolve_date("the day before", pub) is None
    assert resolve_date("the day before", pub, anchor=date(2024, 3, 10)).start == date(2024, 3, 9)
