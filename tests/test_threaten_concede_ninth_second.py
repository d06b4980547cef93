"""Threats and concessions, second pass: a revoked act's recipient is the concession's,
ultimatums given as a span of time, passive threats whose doer hangs on the measure, and
warnings of a danger that are no threat (threat_sides.py, ultimatums.py, verbs.tsv)."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, pair", [
    ("Beijing reversed its decision to suspend imports of Japanese seafood on Friday.",
     ("CHN", "JPN")),
    ("New Delhi lifted its ban on rice exports to Nepal on Monday.", ("IND", "NPL")),
    ("Australia dropped its plan to impose tariffs on Chinese steel.", ("AUS", "CHN")),
])
def test_revoked_act_recipient_is_the_concessions(pipeline, text, pair):
    assert pair in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan gave Armenia 24 hours to withdraw its troops from the border area.",
     ("AZE", "ARM")),
    ("Saudi Arabia and its allies gave Qatar ten days to meet their demands.", ("SAU", "QAT")),
    ("Washington gave Tehran two weeks to halt uranium enrichment.", ("USA", "IRN")),
    ("Moscow handed Kyiv an ultimatum over the grain corridor.", ("RUS", "UKR")),
])
def test_ultimatum_is_a_threat(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert pair in side_countries(events, "THREATEN")
    assert not of_type(events, "RETREAT")


def test_time_to_leave_is_the_expulsions_notice(pipeline):
    events = code_text(pipeline, "Kenya expelled a Somali diplomat on Monday and gave him 48 "
                       "hours to leave the country.", PUB)
    assert not of_type(events, "THREATEN")


@pytest.mark.parametrize("text, pair", [
    ("Georgia was threatened with a cut in gas supplies by Russia.", ("RUS", "GEO")),
    ("Lithuania has been threatened with sanctions by China over the Taiwan office.",
     ("CHN", "LTU")),
])
def test_passive_threat_doer_on_the_measure(pipeline, text, pair):
    assert pair in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "The WHO warned of a cholera outbreak in Yemen.",
    "UNICEF warned of a looming famine in Somalia.",
    "The IMF warned that Argentina's economy could shrink by 3 percent.",
    "Health officials in Kenya warned that the virus could spread to Uganda.",
])
def test_warning_of_a_danger_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_warning_of_a_hostile_act_stays_a_threat(pipeline):
    events = code_text(pipeline, "Iran warned Israel of a crushing response.", PUB)
    assert ("IRN", "ISR") in side_countries(events, "THREATEN")
