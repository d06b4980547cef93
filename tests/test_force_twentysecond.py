"""Force of the twenty-second session. The Gaza Strip, Gaza City and the West Bank are
Palestinian places, so an attack on them is aimed at Palestine, not at the attacker's own
country; a build-up whose forces are named by "of" ("a build-up of Chinese troops") is a
mobilisation by their side, and alarm voiced over a build-up is no build-up by the speakers; a
raid that kills, or soldiers' raid on an armed group, is an attack, while a police raid stays
repression."""

from coding import code_text, side_countries

PUB = "2024-03-14"


def test_an_air_strike_on_gaza_city_is_aimed_at_palestine(pipeline):
    text = ("Israeli aircraft struck a house in Gaza City on Wednesday, killing five people, "
            "medics said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("ISR", "PSE")]


def test_strikes_across_the_gaza_strip_are_aimed_at_palestine(pipeline):
    text = ("Israeli fighter jets struck more than 100 targets across the besieged Gaza Strip "
            "over the weekend, the army said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("ISR", "PSE")]


def test_the_west_bank_is_a_palestinian_place(pipeline):
    text = ("Israeli troops raided homes in the occupied West Bank on Wednesday and detained "
            "12 people, residents said.")
    events = code_text(pipeline, text, PUB)
    assert ("ISR", "PSE") in side_countries(events, "COERCE")
    assert all(e.location.country == "PSE" for e in events if e.location)


def test_a_buildup_of_named_troops_is_their_sides_mobilisation(pipeline):
    text = ("India reported a build-up of Chinese troops along the disputed border in Ladakh "
            "on Monday, officials said.")
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("CHN", "IND")]


def test_a_continuing_buildup_of_named_troops_is_coded(pipeline):
    text = ("The Pentagon said the build-up of Russian troops along Ukraine's border was "
            "continuing, officials said on Monday.")
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("RUS", "UKR")]


def test_a_buildup_of_unnamed_forces_is_no_event(pipeline):
    text = ("Analysts discussed a build-up of forces in the region on Monday, the institute "
            "said in a report.")
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_alarm_voiced_over_a_buildup_is_no_buildup_by_the_speakers(pipeline):
    text = ("NATO officials voiced alarm over the Russian military build-up near the Ukrainian "
            "border on Monday, diplomats said.")
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("RUS", "UKR")]


def test_troops_raiding_a_camp_attack_it(pipeline):
    text = ("Israeli troops raided the Jenin refugee camp on Wednesday, killing three "
            "Palestinians, residents said.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ASSAULT") == [("ISR", "PSE")]
    assert side_countries(events, "COERCE") == []


def test_soldiers_raiding_a_rebel_camp_attack_it(pipeline):
    text = ("Nigerian soldiers raided a Boko Haram camp in Borno state on Monday, the army "
            "said in a statement.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("NGA", "NGA")]


def test_police_raiding_offices_stays_repression(pipeline):
    text = ("Russian police raided the offices of the human rights group Memorial in Moscow "
            "on Tuesday, its lawyers said.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "COERCE") == [("RUS", "RUS")]
    assert side_countries(events, "ASSAULT") == []
