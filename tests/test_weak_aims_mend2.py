"""Second mends of the fourteenth session's weak threats: a bare response answers a hostile
act or one told in the speaker's own words; expulsion ultimatums compare countries; named
former officials can be sanctioned; mild measures need a foreign condition; a joint threat
against a third side stays a threat."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text", [
    "Iran said it would respond at the right time while India and Oman opened a new "
    "consulate on Tuesday.",
    "Spain delivered food to drought victims in Morocco on Sunday, and Algeria said it would "
    "respond in due course.",
])
def test_bare_response_beside_a_friendly_act_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_named_former_official_can_be_sanctioned(pipeline):
    """An explicit sanction of a former official of one's own country stays a sanction."""
    text = ("Georgia imposed sanctions on a former Georgian defence minister for corruption on "
            "Thursday.")
    assert of_type(code_text(pipeline, text, PUB), "SANCTION")


@pytest.mark.parametrize("text, sides", [
    ("Turkish fighter jets violated Greek airspace on Sunday. Athens said it would respond at "
     "the right time.", ("GRC", "TUR")),
    ("Latvia expelled a Russian envoy on Monday. Moscow said it would respond after examining "
     "the matter.", ("RUS", "LVA")),
    ("Venezuelan troops shelled a Guyanese border post on Sunday. London and Georgetown said "
     "they would respond at the right time.", ("GBR", "VEN")),
])
def test_bare_response_to_a_hostile_act_is_aimed_at_its_doer(pipeline, text, sides):
    """An airspace violation by armed forces is answered; "after ..." is a free circumstance;
    an act on any of the joined speakers is answered."""
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Officials said Ghana would take appropriate action if Glencore did not remove its waste "
    "from Togo by June.",
    "The ministry said Kenya would take appropriate steps if Safaricom failed to restore "
    "service in Uganda.",
])
def test_mild_measures_on_a_company_condition_are_no_threat(pipeline, text):
    """A company as the condition's subject names no side to threaten."""
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_joint_reciprocal_steps_against_a_third_side_stay_a_threat(pipeline):
    """Reciprocal steps "against" something are aimed outward, not pledged to each other."""
    text = ("Iran and Syria promised reciprocal steps against the American blockade during "
            "talks in Damascus on Tuesday.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "THREATEN") and not of_type(events, "AGREE")


def test_time_to_leave_the_givers_country_named_otherwise_is_an_expulsion(pipeline):
    """The place left is compared with the giver by country, not by word."""
    text = ("The Bolivian foreign ministry gave a Chilean consul 48 hours to leave Bolivia on "
            "Tuesday.")
    assert ("BOL", "CHL") in side_countries(code_text(pipeline, text, PUB), "SANCTION")


def test_time_to_leave_a_town_abroad_is_no_expulsion(pipeline):
    text = "The Israeli army gave residents 24 hours to leave Rafah on Monday."
    assert not of_type(code_text(pipeline, text, PUB), "SANCTION")
