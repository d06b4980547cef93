"""Mends of the eighteenth session's dates (review A). "This <weekday>" with a future verb is the
coming one ("will travel to Berlin this Monday"), with a past verb the one of the publication's
week. A present perfect pushes a weekday forward only when the verb sets up an occasion named as
its object ("have called a rally on Sunday"); an appeal ("has called on Sunday for a
ceasefire") or an announced act keeps the past day. A "since" range runs to the publication day
only in the present perfect, and not for an act told as negated or suspended."""

from datetime import date

from coding import code_text, day_spans

THURSDAY_PUB, FRIDAY_PUB, SUNDAY_PUB = "2024-03-14", "2024-03-15", "2024-03-17"
SATURDAY, SUNDAY, MONDAY = date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 11)
NEXT_SUNDAY, NEXT_MONDAY, NEXT_TUESDAY = date(2024, 3, 17), date(2024, 3, 18), date(2024, 3, 19)


def _days(pipeline, text, event_type, pub=THURSDAY_PUB):
    return day_spans(code_text(pipeline, text, pub), event_type)


# Finding 5: "this <weekday>" follows the tense.
def test_will_travel_this_monday_is_the_coming_monday(pipeline):
    text = ("French President Emmanuel Macron will travel to Berlin this Monday for talks with "
            "Chancellor Olaf Scholz.")
    assert _days(pipeline, text, "CONSULT", FRIDAY_PUB) == [(NEXT_MONDAY, NEXT_MONDAY)]


def test_will_meet_this_monday_told_on_sunday(pipeline):
    text = ("European Union finance ministers will meet in Brussels this Monday to discuss new "
            "sanctions on Russia.")
    assert _days(pipeline, text, "CONSULT", SUNDAY_PUB) == [(NEXT_MONDAY, NEXT_MONDAY)]


def test_will_travel_this_tuesday_told_on_friday(pipeline):
    text = ("Israeli negotiators will travel to Cairo this Tuesday for talks with Hamas "
            "mediators.")
    assert _days(pipeline, text, "CONSULT", FRIDAY_PUB) == [(NEXT_TUESDAY, NEXT_TUESDAY)]


def test_detained_this_monday_told_on_sunday_is_past(pipeline):
    """Guard: a past verb keeps the Monday of the publication's week."""
    text = "Police in Georgia detained 20 protesters in Tbilisi this Monday, the ministry said."
    assert _days(pipeline, text, "COERCE", SUNDAY_PUB) == [(MONDAY, MONDAY)]


# Finding 4: only an arranged occasion is pushed forward by the present perfect.
def test_un_has_called_on_sunday_for_a_ceasefire_is_past(pipeline):
    text = "The United Nations has called on Sunday for an immediate ceasefire in Sudan."
    assert _days(pipeline, text, "REQUEST") == [(SUNDAY, SUNDAY)]


def test_ukraine_has_called_on_sunday_for_air_defence_is_past(pipeline):
    text = "Ukraine has called on Sunday for more air defence systems from its allies."
    assert _days(pipeline, text, "REQUEST") == [(SUNDAY, SUNDAY)]


def test_announced_ceasefire_on_monday_is_past(pipeline):
    text = "Rebels in Colombia have announced a unilateral ceasefire on Monday."
    assert _days(pipeline, text, "RETREAT") == [(MONDAY, MONDAY)]


def test_rally_called_on_sunday_is_still_coming(pipeline):
    """Guard: a called rally is an occasion; its Sunday is the coming one."""
    text = "Serbian opposition parties have called a rally in Belgrade on Sunday."
    assert _days(pipeline, text, "PROTEST") == [(NEXT_SUNDAY, NEXT_SUNDAY)]


# Finding 7: "since" ranges.
def test_past_perfect_blockade_lifted_gets_no_range_to_publication(pipeline):
    text = ("Peruvian protesters, who had blocked the highway to Lima since Nov. 17, lifted their "
            "blockade on Monday.")
    events = code_text(pipeline, text, "2024-01-05")
    assert all(e.date is None or e.date.end is None or e.date.end <= date(2024, 1, 1)
               for e in events)


def test_suspended_talks_get_no_since_range(pipeline):
    text = "Talks between Armenia and Azerbaijan have been suspended since Monday."
    assert (MONDAY, date(2024, 3, 14)) not in _days(pipeline, text, "CONSULT")


def test_negated_attack_gets_no_since_range(pipeline):
    text = "Sudanese rebels have not attacked El Fasher since Saturday, residents said."
    assert (SATURDAY, date(2024, 3, 14)) not in _days(pipeline, text, "ASSAULT")
