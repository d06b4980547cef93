"""Force, third pass: bombings with no named doer (blasts.py), "-led" leaders and "by" agents
the parser hangs on the victim (event_nouns.py)."""

from coding import code_text, side_countries

PUB = "2024-05-10"


def test_car_bomb_exploding_is_an_attack_in_the_place(pipeline):
    events = code_text(pipeline, "A car bomb exploded outside a government building in "
                       "Mogadishu on Sunday, killing at least eight people, police said.", PUB)
    assert ("SOM", "SOM") in side_countries(events, "ASSAULT")


def test_roadside_bomb_exploding_near_a_patrol(pipeline):
    events = code_text(pipeline, "A roadside bomb exploded near a police patrol in the Iraqi "
                       "city of Kirkuk on Monday.", PUB)
    assert ("IRQ", "IRQ") in side_countries(events, "ASSAULT")


def test_gas_explosion_is_no_attack(pipeline):
    events = code_text(pipeline, "A gas explosion at a chemical plant in eastern China killed 10 "
                       "workers, state media reported.", PUB)
    assert side_countries(events, "ASSAULT") == []


def test_led_names_the_leader_of_strikes(pipeline):
    events = code_text(pipeline, "Saudi-led air strikes killed 20 people at a wedding in "
                       "Yemen's Hajjah province.", PUB)
    assert ("SAU", "YEM") in side_countries(events, "ASSAULT")


def test_led_coalition_strikes(pipeline):
    events = code_text(pipeline, "US-led coalition airstrikes pounded militant positions near "
                       "Raqqa in Syria.", PUB)
    assert any(source == "USA" for source, _ in side_countries(events, "ASSAULT"))


def test_by_agent_hung_on_the_victim(pipeline):
    events = code_text(pipeline, "The arrest of the opposition leader by Senegalese police "
                       "triggered riots in Dakar.", PUB)
    assert ("SEN", "SEN") in side_countries(events, "COERCE")


def test_by_agent_of_a_deportation(pipeline):
    events = code_text(pipeline, "The deportation of hundreds of Haitians by the Dominican "
                       "Republic drew criticism.", PUB)
    assert ("DOM", "HTI") in side_countries(events, "COERCE")
