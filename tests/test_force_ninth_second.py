"""Force, second pass of the ninth round: unnamed armed doers are of the place of the attack,
not of their victims; victims named by a common noun ("four men", "two Chinese engineers")
are people of a country (unnamed_people.py)."""

import pytest
from coding import code_text, side_countries

PUB = "2024-05-10"


@pytest.mark.parametrize(("text", "wanted"), [
    ("Unidentified gunmen kidnapped two Chinese nationals in Pakistan's Balochistan province "
     "on Friday.", ("PAK", "CHN")),
    ("Gunmen abducted three Turkish workers at a construction site in northern Nigeria, "
     "police said.", ("NGA", "TUR")),
])
def test_unnamed_gunmen_are_of_the_place_not_of_the_victims(pipeline, text, wanted):
    assert wanted in side_countries(code_text(pipeline, text, PUB), "ASSAULT")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Saudi Arabia executed three men convicted of drug smuggling on Tuesday, state media "
     "reported.", ("SAU", "SAU")),
    ("Masked men kidnapped two Chinese engineers near a mine in eastern Congo on Sunday.",
     ("COD", "CHN")),
    ("Armed men kidnapped three Indian engineers in northern Afghanistan, officials said.",
     ("AFG", "IND")),
])
def test_victims_named_by_a_common_noun(pipeline, text, wanted):
    assert wanted in side_countries(code_text(pipeline, text, PUB), "ASSAULT")


def test_a_passive_victim_with_no_nationality_is_not_guessed(pipeline):
    events = code_text(pipeline, "Islamabad claimed that a woman had been killed by Indian "
                       "firing on Friday.", PUB)
    assert ("IND", "IND") not in side_countries(events, "ASSAULT")
