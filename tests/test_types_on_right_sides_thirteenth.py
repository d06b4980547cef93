"""Thirteenth session, typeconf lane: the type of an event whose sides are already right.
Agreeing a measure against a third party is that measure ("agreed new sanctions on X" is
SANCTION, not AGREE)."""

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
    "Egypt and Ethiopia agreed a ban on new dam works during talks in Khartoum on Monday.",
    "Japan agreed a freeze on new tariffs with South Korea during talks in Seoul on Friday.",
])
def test_measure_agreed_together_is_an_agreement(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "AGREE")
    assert not of_type(events, "SANCTION")


@pytest.mark.parametrize("text", [
    "Norway and Iceland agreed new sanctions on Belarus on Thursday.",
    "Canada and Mexico agreed a ban on imports of Iranian steel on Tuesday.",
])
def test_measure_two_sides_aim_at_a_third_stays_the_measure(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION")
    assert not of_type(events, "AGREE")
