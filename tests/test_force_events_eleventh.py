"""Force events that are not there (ASSAULT, MOBILIZE): one attack told twice, each rule with
hand-built sentences the dev set does not hold."""

import pytest
from coding import code_text, side_countries

PUB = "2024-05-10"


@pytest.mark.parametrize(("text", "sides"), [
    ("Ukraine accused Russian forces of shelling the city of Kharkiv on Thursday, injuring "
     "eight civilians.", [("UKR", "RUS")]),
    ("Azerbaijan accused Armenian forces of firing on its positions near Kalbajar on Thursday, "
     "wounding a soldier.", [("AZE", "ARM")]),
    ("Pakistan accused Afghan border forces of firing mortars across the Torkham crossing on "
     "Thursday, wounding four Pakistani labourers.", [("PAK", "AFG")]),
])
def test_the_toll_of_an_alleged_attack_is_that_attack(pipeline, text, sides):
    """The wounding is the alleged attack's toll, not an attack by the accuser on its own
    people (the alleged attack itself is the accusation's optional act)."""
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ASSAULT") == []
    assert side_countries(events, "ACCUSE") == sides


def test_the_injuries_of_crowd_force_are_that_force(pipeline):
    text = ("Manila said a Chinese coast guard vessel fired a water cannon at a Philippine "
            "supply boat on Thursday, injuring four crew members.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ASSAULT") == []
    assert side_countries(events, "COERCE") == [("CHN", "PHL")]


def test_a_death_caused_by_crowd_force_stays_an_assault(pipeline):
    """A guard: deaths make crowd force an assault (the killing stays its own event)."""
    text = ("In the southern city of Basra, Iraqi security forces fired live rounds and tear gas "
            "to break up a sit-in outside the provincial council on Thursday, killing two "
            "protesters, medics said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("IRQ", "IRQ")]


@pytest.mark.parametrize("text", [
    "Boko Haram has abducted hundreds of schoolchildren over the past decade, Nigerian officials "
    "said on Thursday.",
    "Jihadists have attacked dozens of army posts in Burkina Faso since 2015, the army said on "
    "Thursday.",
])
def test_force_told_as_a_running_tally_is_background(pipeline, text):
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == []


def test_force_since_a_day_of_this_week_is_the_story(pipeline):
    """A guard: "since Monday" is this week's raid, not a tally."""
    text = ("Israeli forces have killed 12 Palestinians in the West Bank since Monday, the "
            "Palestinian health ministry said on Thursday.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("ISR", "PSE")]
