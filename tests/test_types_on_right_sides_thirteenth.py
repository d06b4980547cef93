"""Thirteenth session, typeconf lane: the type of an event whose sides are already right.
Agreeing a measure against a third party is that measure ("agreed new sanctions on X" is
SANCTION, not AGREE); a building stormed by the police is a raid (COERCE), not an armed
attack; a warning that only gives an appeal its reason ("urged X ..., warning that the crisis
would deepen") is part of the REQUEST, no THREATEN."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-15"


@pytest.mark.parametrize("text, pair", [
    ("Sweden agreed fresh sanctions against Iranian officials on Monday.",
     ("SWE", "IRN")),
    ("Canada agreed an arms embargo against Myanmar on Wednesday.",
     ("CAN", "MMR")),
])
def test_agreed_measure_is_the_measure(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION")
    assert not of_type(events, "AGREE")
    assert any(target == pair[1] for _, target in side_countries(events, "SANCTION"))


@pytest.mark.parametrize("text", [
    "Riot police stormed the headquarters of an opposition party in Lusaka on Friday.",
    "Security forces stormed a television station in Conakry on Tuesday night.",
])
def test_police_storming_is_a_raid(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "COERCE")
    assert not of_type(events, "ASSAULT")


def test_fighters_storming_stays_an_attack(pipeline):
    events = code_text(pipeline, "Rebel fighters stormed an army base in Mali on Sunday.", PUB)
    assert of_type(events, "ASSAULT")
    assert not of_type(events, "COERCE")


@pytest.mark.parametrize("text", [
    "Canada urged Caracas on Monday to release the detained activists, warning that the"
    " crackdown would deepen the country's isolation.",
    "Chad appealed to donors on Friday for $300 million, warning that food stocks in the"
    " eastern camps were running out.",
])
def test_warning_that_gives_an_appeal_its_reason_is_no_threat(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "REQUEST")
    assert not of_type(events, "THREATEN")


@pytest.mark.parametrize("text", [
    "Turkey urged Greece to withdraw its warships, warning that its navy would respond to"
    " any provocation.",
    "Regional leaders urged the junta in Mali to hold elections, warning that any delay would"
    " be met with sanctions.",
])
def test_warning_of_the_warners_own_act_stays_a_threat(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "REQUEST")
    assert of_type(events, "THREATEN")
