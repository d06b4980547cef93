"""Dates of the eighteenth session. An act told as going on "since" a named day lasted from that
day to the story's ("have shelled villages since Sunday"), but not one whose "since" hangs on a
noun ("the first attack on the port since Saturday"). "Days after" with no count names no day
("arrested them on Tuesday, days after gunmen attacked a bus": the attack is not on Monday);
"a week after" still counts seven. An occasion arranged in the present perfect ("have called a
strike on Monday") is still to come, a deed ("has recalled its envoy on Monday") or a past
perfect is not; "this Sunday" is the Sunday of the publication's week."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
SATURDAY, SUNDAY, MONDAY = date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 11)
TUESDAY, THURSDAY = date(2024, 3, 12), date(2024, 3, 14)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_shelling_since_sunday_is_a_range(pipeline):
    text = ("Syrian government forces have shelled rebel-held villages in Idlib since Sunday, "
            "a monitoring group said.")
    assert _days(pipeline, text, "ASSAULT") == [(SUNDAY, THURSDAY)]


def test_detentions_since_saturday_with_a_later_statement(pipeline):
    text = ("Israeli troops have detained hundreds of Palestinians in the West Bank since "
            "Saturday, a rights group said.")
    assert _days(pipeline, text, "COERCE") == [(SATURDAY, THURSDAY)]


def test_occupation_since_monday_night(pipeline):
    text = ("Bolivian miners have occupied the town hall in Potosi since Monday night, demanding "
            "the governor resign.")
    assert _days(pipeline, text, "PROTEST") == [(MONDAY, THURSDAY)]


def test_aid_since_a_dated_quake(pipeline):
    text = ("The United Arab Emirates has flown dozens of planeloads of relief supplies into "
            "Damascus since the Feb. 6 quake, which killed thousands of people.")
    assert _days(pipeline, text, "AID") == [(date(2024, 2, 6), THURSDAY)]


def test_since_on_a_noun_dates_nothing(pipeline):
    """Guard: "the first attack on the port since Saturday" tells when the last one was."""
    text = ("Russian drones struck Odesa, the first attack on the port since Saturday, "
            "Ukrainian officials said.")
    assert _days(pipeline, text, "ASSAULT") == [(THURSDAY, THURSDAY)]


def test_largest_number_since_saturday_keeps_the_day(pipeline):
    """Guard: the act's own day stands; the "since" phrase on "number" adds no range."""
    text = ("Georgian police detained 40 protesters in Tbilisi on Tuesday, the largest number "
            "since Saturday.")
    assert _days(pipeline, text, "COERCE") == [(TUESDAY, TUESDAY)]


def test_days_after_with_no_count_names_no_day(pipeline):
    """Guard: "days after" is some days, not one."""
    text = ("Kenyan police arrested two Somali nationals on Tuesday, days after gunmen attacked "
            "a bus near Mandera.")
    assert _days(pipeline, text, "ASSAULT") == [(THURSDAY, THURSDAY)]


def test_a_week_after_counts_seven_days(pipeline):
    text = ("Kenyan police arrested two Somali nationals on Tuesday, a week after gunmen attacked "
            "a bus near Mandera.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 5), date(2024, 3, 5))]


# "Have called a rally on Sunday": an occasion arranged in the present perfect is still to come.
NEXT_SUNDAY, NEXT_MONDAY = date(2024, 3, 17), date(2024, 3, 18)


def test_strike_called_in_the_present_perfect_is_coming(pipeline):
    text = ("Kenyan opposition parties have called a nationwide strike on Monday to protest "
            "against the new fuel tax.")
    assert _days(pipeline, text, "PROTEST") == [(NEXT_MONDAY, NEXT_MONDAY)]


def test_rally_organised_in_the_present_perfect_is_coming(pipeline):
    text = "Serbian students have organised a rally in Novi Sad on Sunday evening."
    assert _days(pipeline, text, "PROTEST") == [(NEXT_SUNDAY, NEXT_SUNDAY)]


def test_strike_called_in_the_past_perfect_keeps_the_past(pipeline):
    """Guard: "had called" tells a past arrangement."""
    text = ("Kenyan opposition parties had called a nationwide strike on Monday to protest "
            "against the new fuel tax.")
    assert _days(pipeline, text, "PROTEST") == [(MONDAY, MONDAY)]


def test_deed_in_the_present_perfect_keeps_the_past_day(pipeline):
    """Guard: a recall is no arranged occasion; loose "has recalled ... on Monday" is past."""
    text = "Peru has recalled its ambassador from Mexico on Monday, the foreign ministry said."
    assert _days(pipeline, text, "SANCTION") == [(MONDAY, MONDAY)]


# "This Sunday": the Sunday of the publication's week, as "this week" is its Monday to Sunday.
def test_rally_permitted_for_this_sunday(pipeline):
    text = ("Pakistani authorities on Wednesday gave the opposition permission to hold a rally "
            "in Lahore this Sunday.")
    assert _days(pipeline, text, "PROTEST") == [(NEXT_SUNDAY, NEXT_SUNDAY)]


def test_this_monday_told_on_thursday_is_past(pipeline):
    text = "Riot police detained dozens of students in Tbilisi this Monday, witnesses said."
    assert _days(pipeline, text, "COERCE") == [(MONDAY, MONDAY)]
