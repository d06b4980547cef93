"""Concession phrasings of the ninth session's CONCEDE pass: arrest warrants suspended or
withdrawn so that the wanted can talk, emergency rule lifted, eased or called off, curbs
scaled back, resignations tendered, plans retreated from or backtracked on."""

import pytest
from coding import code_text, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Bogota lifted the arrest warrants against 12 rebel commanders so they could attend "
     "the peace talks in Havana.", ("COL", "COL")),
    ("Manila withdrew the arrest warrants for three communist rebel leaders so they could "
     "join the peace talks.", ("PHL", "PHL")),
])
def test_warrant_suspended_is_a_concession(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text, sides", [
    ("Sri Lanka's president lifted the nationwide state of emergency after the protests "
     "ended.", ("LKA", "LKA")),
    ("Peru's government called off the state of emergency in the southern city of Puno.",
     ("PER", "PER")),
    ("Chinese authorities scaled back the state of emergency in Urumqi following rare street "
     "protests.", ("CHN", "CHN")),
])
def test_emergency_rule_lifted_is_a_concession(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text, sides", [
    ("The Bolivian interior minister tendered his resignation after the deaths of "
     "protesters.", ("BOL", "BOL")),
    ("Serbia's prime minister submitted her resignation after weeks of student protests.",
     ("SRB", "SRB")),
    ("The Spanish government retreated from its labour reform after weeks of strikes.",
     ("ESP", "ESP")),
    ("Nigeria's president backtracked on the removal of fuel subsidies after the protests.",
     ("NGA", "NGA")),
])
def test_giving_way_is_a_concession(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "CONCEDE")
