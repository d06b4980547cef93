"""Recall of the eighteenth session: events the coder gave nothing for.

A visit told by being due somewhere ("the Indonesian foreign minister is due in Canberra on
Friday") is a planned CONSULT of the visitor with the state of the place, as "is due to arrive
in Canberra" already was; forces due somewhere, a date or a court after "due in" and "due to
arrive" (told by its own verb) are left alone (expected_visits.py)."""

from datetime import date

from coding import code_text, of_type, side_countries

PUB = "2024-03-14"  # a Thursday


def _visits(pipeline, text):
    return [e for e in of_type(code_text(pipeline, text, PUB), "CONSULT")
            if e.evidence.trigger == "due"]


def test_minister_due_in_a_capital(pipeline):
    text = ("Indonesian Foreign Minister Retno Marsudi is due in Canberra on Friday for two days "
            "of meetings on fisheries.")
    visits = _visits(pipeline, text)
    assert side_countries(visits, "CONSULT") == [("IDN", "AUS")]
    assert visits[0].status == "planned"
    assert (visits[0].date.start, visits[0].date.end) == (date(2024, 3, 15), date(2024, 3, 15))


def test_envoy_due_in_a_capital_next_week(pipeline):
    text = ("The Kenyan envoy to the region is due in Juba next week, officials in Nairobi said "
            "on Thursday, as mediation between the rival factions resumes.")
    assert side_countries(_visits(pipeline, text), "CONSULT") == [("KEN", "SSD")]


def test_delegation_due_in_a_capital(pipeline):
    text = ("A Ugandan delegation led by the defence minister is due in Kigali on Monday, the "
            "Ugandan government spokesman told reporters.")
    visits = _visits(pipeline, text)
    assert side_countries(visits, "CONSULT") == [("UGA", "RWA")]
    assert (visits[0].date.start, visits[0].date.end) == (date(2024, 3, 18), date(2024, 3, 18))


def test_due_next_wednesday_has_its_day(pipeline):
    text = "Russian Foreign Minister Sergei Lavrov is due in Ankara next Wednesday, officials said."
    visits = _visits(pipeline, text)
    assert side_countries(visits, "CONSULT") == [("RUS", "TUR")]
    assert (visits[0].date.start, visits[0].date.end) == (date(2024, 3, 20), date(2024, 3, 20))


def test_visit_due_but_not_yet(pipeline):
    text = ("The Chilean president is not due in Lima until next month, her spokesman said on "
            "Thursday, denying reports of an earlier trip.")
    visits = _visits(pipeline, text)
    assert [e.status for e in visits] == ["negated"]


def test_warships_due_in_a_port_are_no_visit(pipeline):
    """Guard: forces due somewhere are a deployment the story tells with its own verb."""
    text = ("Two Dutch frigates are due in Manila next month, the Dutch embassy said on "
            "Thursday, without giving further details.")
    assert _visits(pipeline, text) == []


def test_due_in_a_month_or_in_court_is_no_visit(pipeline):
    """Guard: a date or a court after "due in" names no place visited."""
    text = ("A ruling on the appeal is due in April, and the jailed Belarusian opposition "
            "leader is due in court on Friday, his lawyers said.")
    assert _visits(pipeline, text) == []


def test_due_to_arrive_keeps_its_own_verb(pipeline):
    """Guard: "is due to arrive in" is told by "arrive", not twice."""
    text = ("Greek Prime Minister Kyriakos Mitsotakis is due to arrive in Ankara on Friday for "
            "talks on migration, his office said.")
    events = of_type(code_text(pipeline, text, PUB), "CONSULT")
    assert _visits(pipeline, text) == []
    assert ("GRC", "TUR") in side_countries(events, "CONSULT")


def test_aid_flights_due_in_a_city(pipeline):
    """A load due somewhere is aid, as an arriving one is."""
    text = ("Three Jordanian air force planes carrying flour, tents and medicine are due in "
            "Beirut on Saturday, the Jordanian army said.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(of_type(events, "AID"), "AID") == [("JOR", "LBN")]
    assert _visits(pipeline, text) == []


def test_aid_ship_due_in_a_port(pipeline):
    text = ("A Spanish navy ship loaded with rice and blankets is due in Tripoli next week, the "
            "Spanish embassy in Libya said on Thursday.")
    aid = of_type(code_text(pipeline, text, PUB), "AID")
    assert side_countries(aid, "AID") == [("ESP", "LBY")]
    assert aid[0].status == "planned"


def test_past_plan_is_left_to_its_outcome(pipeline):
    """Guard: "had been due" tells a plan whose fate the story tells in its own words."""
    text = ("The junta said it would not receive a Nigerian envoy who had been due in Niamey on "
            "Wednesday, and the trip was called off.")
    assert _visits(pipeline, text) == []


def test_future_be_due_is_a_visit(pipeline):
    text = ("The Omani foreign minister will be due in Tehran on Saturday, a day after the "
            "talks in Muscat end, diplomats said.")
    assert side_countries(_visits(pipeline, text), "CONSULT") == [("OMN", "IRN")]


def test_report_due_in_a_city_is_no_visit(pipeline):
    """Review B finding 6: a report due somewhere is no visitor."""
    text = "The UN report on Gaza is due in Geneva next week, diplomats said."
    assert _visits(pipeline, text) == []
