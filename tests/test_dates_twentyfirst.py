"""Dates of the twenty-first session (loose_days.py). A sentence's one loose date (hung on no
event) does not date an act told in an object relative clause ("a withdrawal that Armenia
requested", "a step that Canberra denounced"): that act happened at a time the sentence does not
give. Nor does it date a plan reported in a clause whose reporting verb carries the date ("will
fly tents to Chad, its spokesman said during a visit to Abeche on Monday"): Monday is the
announcement's occasion, not the coming Monday of the plan. A later coordinated clause with a
subject of its own keeps its date to itself ("accused Chakwera ..., and its supporters marched
on parliament on Tuesday": the accusation is undated; conjoined.py)."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
SUNDAY, TUESDAY, THURSDAY = date(2024, 3, 10), date(2024, 3, 12), date(2024, 3, 14)
NEXT_SATURDAY = date(2024, 3, 16)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_request_in_an_object_relative_clause_takes_no_loose_day(pipeline):
    text = ("The last Russian border guards left Yerevan airport on Tuesday, completing a "
            "withdrawal that Armenia requested after the war.")
    assert _days(pipeline, text, "REQUEST") == [(THURSDAY, THURSDAY)]
    assert _days(pipeline, text, "RETREAT") == [(TUESDAY, TUESDAY)]


def test_denunciation_in_an_object_relative_clause_takes_no_loose_day(pipeline):
    text = ("Chinese customs on Monday began checking every shipment of Australian wine, a step "
            "that Canberra denounced as coercion.")
    assert _days(pipeline, text, "ACCUSE") == [(THURSDAY, THURSDAY)]


def test_subject_relative_clause_keeps_the_loose_day(pipeline):
    """Guard: "the officers who seized power" is no object relative clause."""
    text = ("West African leaders on Sunday gave the officers who seized power in Niamey a week "
            "to step down.")
    assert _days(pipeline, text, "COERCE") == [(SUNDAY, SUNDAY)]


def test_plan_announced_during_a_dated_visit_takes_no_coming_day(pipeline):
    text = ("The U.N. refugee agency will fly tents to camps in eastern Chad, its spokesman said "
            "during a visit to Abeche on Monday.")
    assert _days(pipeline, text, "AID") == [(THURSDAY, THURSDAY)]


def test_plan_dated_inside_what_was_said_keeps_its_day(pipeline):
    """Guard: the date inside the reported clause is the plan's own."""
    text = ("Kyrgyzstan will send rescue teams to Kazakhstan on Saturday, the emergencies "
            "ministry said.")
    assert _days(pipeline, text, "AID") == [(NEXT_SATURDAY, NEXT_SATURDAY)]


def test_date_of_a_later_clause_with_its_own_subject_stays_there(pipeline):
    text = ("Malawi's opposition party accused President Chakwera of rigging the count, and its "
            "supporters marched on parliament in Lilongwe on Tuesday.")
    assert _days(pipeline, text, "ACCUSE") == [(THURSDAY, THURSDAY)]
    assert _days(pipeline, text, "PROTEST") == [(TUESDAY, TUESDAY)]


def test_plan_before_a_dated_meeting_clause_takes_no_day(pipeline):
    text = ("Ghana will lift its ban on poultry imports from Togo, and officials from the two "
            "countries will meet in Lome on Friday.")
    assert _days(pipeline, text, "CONCEDE") == [(THURSDAY, THURSDAY)]


def test_coordinated_verb_without_a_subject_shares_the_day(pipeline):
    """Guard: "detained 40 protesters and fired tear gas ... on Tuesday" is one time."""
    text = ("Kenyan police detained 40 protesters and fired tear gas at crowds in Nairobi on "
            "Tuesday.")
    assert _days(pipeline, text, "COERCE") == [(TUESDAY, TUESDAY)]
