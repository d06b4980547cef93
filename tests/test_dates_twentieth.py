"""Dates of the twentieth session. The day an occasion was called on is not the occasion's
day: "on Wednesday called for demonstrations on July 7" dates the demonstrations July 7,
"on Monday called a national strike for Wednesday" the coming Wednesday, and "called on
Tuesday for a nationwide strike" with no day of its own leaves the strike undated; a day after
the occasion ("called a general strike for Monday", "have called a rally on Sunday") stays
the occasion's. A weekday beside a verb told in the simple past is a past day even when the act
is still to be carried out: "Germany pledged on Monday new aid" was pledged last Monday; a
future verb ("will send troops on Friday") keeps the coming day."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
THURSDAY = date(2024, 3, 14)
LAST_MONDAY, LAST_TUESDAY = date(2024, 3, 11), date(2024, 3, 12)
FRIDAY, SUNDAY, MONDAY = date(2024, 3, 15), date(2024, 3, 17), date(2024, 3, 18)
WEDNESDAY = date(2024, 3, 20)


def _days(pipeline, text, event_type="PROTEST"):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_strike_called_on_tuesday_for_friday(pipeline):
    text = "Bolivian teachers' unions on Tuesday called for a nationwide strike on Friday over pay."
    assert _days(pipeline, text) == [(FRIDAY, FRIDAY)]


def test_strike_called_on_monday_for_wednesday(pipeline):
    text = "Chile's truckers on Monday called a national strike for Wednesday."
    assert _days(pipeline, text) == [(WEDNESDAY, WEDNESDAY)]


def test_protests_called_for_a_range_of_days(pipeline):
    text = "Peru's opposition coalition called on Monday for three days of protests on March 20-22."
    assert _days(pipeline, text) == [(WEDNESDAY, date(2024, 3, 22))]


def test_strike_called_for_next_week(pipeline):
    text = "Kenya's opposition parties called on Tuesday for a general strike next week."
    assert _days(pipeline, text) == [(MONDAY, date(2024, 3, 24))]


def test_calling_day_alone_leaves_the_march_undated(pipeline):
    text = ("Argentine farmers' leaders on Wednesday called for a march on the capital to demand "
            "lower fuel prices.")
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "PROTEST"]
    assert [(e.date.start, e.date.precision) for e in events] == [(THURSDAY, "publication")]


def test_day_after_the_strike_stays(pipeline):
    """Guard: "for Monday" behind the occasion is its own day."""
    text = "Nigeria's labour congress called a general strike for Monday."
    assert _days(pipeline, text) == [(MONDAY, MONDAY)]


def test_rally_called_in_the_present_perfect_stays(pipeline):
    """Guard: "have called a rally ... on Sunday" is the coming Sunday."""
    text = "Georgian student groups have called a rally outside the ministry on Sunday."
    assert _days(pipeline, text) == [(SUNDAY, SUNDAY)]


def test_announced_funding_is_no_called_occasion(pipeline):
    """Guard: the ceremony of another clause is not what "announced" called."""
    text = ("Japan announced 5 million dollars in flood aid for Malawi on Monday, and its envoy is "
            "to hand over tents at a ceremony in Lilongwe on Friday.")
    events = [e for e in code_text(pipeline, text, PUB)
              if e.event_type == "AID" and e.evidence.trigger.startswith("announced")]
    assert events and all(e.date.start != FRIDAY for e in events)


def test_aid_pledged_on_monday_is_last_monday(pipeline):
    text = "Germany pledged on Monday new aid worth 70 million euros to Somalia."
    assert _days(pipeline, text, "AID") == [(LAST_MONDAY, LAST_MONDAY)]


def test_aid_pledged_with_the_day_before_the_verb(pipeline):
    text = "Germany on Monday pledged new aid worth 70 million euros to Somalia."
    assert _days(pipeline, text, "AID") == [(LAST_MONDAY, LAST_MONDAY)]


def test_aid_announced_by_a_donor_named_twice(pipeline):
    """The tagger reads "announced" as a participle after the apposition; still the past."""
    text = ("The European Union, Ukraine's largest donor, announced on Tuesday a further 50 "
            "million euros in aid for Kyiv.")
    assert _days(pipeline, text, "AID") == [(LAST_TUESDAY, LAST_TUESDAY)]


def test_troops_sent_on_friday_in_the_future(pipeline):
    """Guard: a future verb keeps the coming Friday."""
    text = "Turkey will send troops to Libya on Friday."
    assert _days(pipeline, text, "MOBILIZE") == [(FRIDAY, FRIDAY)]


def test_release_promised_in_a_statement_keeps_the_coming_day(pipeline):
    """Guard: "said it would free ... on Friday": the day is on the future verb."""
    text = "Iran said it would free the tanker on Friday."
    assert _days(pipeline, text, "RETREAT") == [(FRIDAY, FRIDAY)]


def test_accusation_beside_a_call_does_not_take_the_protests_day(pipeline):
    """A participle on a call for a protest is said when the call is made, not on the day the
    protest is called for: neither the coming Monday nor planned."""
    text = ("Pakistan's prime minister called for a boycott of Danish products on Monday, "
            "accusing Copenhagen of insulting Muslims.")
    events = code_text(pipeline, text, PUB)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and all(e.status == "occurred" and e.date.start != MONDAY
                               for e in accusations)
    assert day_spans(events, "PROTEST") == [(MONDAY, MONDAY)]


def test_accusation_beside_a_past_expulsion_keeps_its_day(pipeline):
    text = "Estonia expelled a Russian diplomat on Monday, accusing him of spying."
    assert _days(pipeline, text, "ACCUSE") == [(LAST_MONDAY, LAST_MONDAY)]
