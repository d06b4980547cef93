"""Senses of force verbs that are no attack by their doer: missiles fired into open water are
a show of force (MOBILIZE); air defences that shoot down drones or missiles defend."""

from coding import code_text, of_type, side_countries


def test_missiles_fired_into_the_sea_are_a_show_of_force(pipeline):
    events = code_text(pipeline, "Pyongyang fired three short-range missiles into the sea off its "
                       "west coast on Tuesday, Seoul's military said.", "2024-05-08")
    assert not of_type(events, "ASSAULT")
    assert side_countries(events, "MOBILIZE")[0][0] == "PRK"


def test_shells_fired_at_a_town_stay_an_attack(pipeline):
    events = code_text(pipeline, "Azerbaijani troops fired mortar rounds at the Armenian village "
                       "of Sotk on Tuesday, Yerevan said.", "2024-05-08")
    assert side_countries(events, "ASSAULT") == [("AZE", "ARM")]


def test_drones_shot_down_are_no_attack_by_the_defender(pipeline):
    events = code_text(pipeline, "The Ukrainian air force said it had shot down 20 of 25 drones "
                       "launched from Russia's Kursk region overnight.", "2024-05-10")
    assert ("UKR", "RUS") not in side_countries(events, "ASSAULT")
