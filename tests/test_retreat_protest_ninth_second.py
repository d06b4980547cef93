"""RETREAT and PROTEST, ninth session second pass: acts done in protest, days of protest."""

from coding import code_text, of_type, side_countries

PUB = "2023-05-10"


def test_arson_in_protest_is_a_protest(pipeline):
    events = code_text(pipeline, "Rioters torched shops and cars in Noumea on Tuesday in "
                       "protest against a French electoral reform.", PUB)
    assert side_countries(events, "PROTEST") == [("NCL", "FRA")]
    assert not of_type(events, "ASSAULT")


def test_blockade_in_protest_is_a_protest(pipeline):
    events = code_text(pipeline, "Greek dockworkers blockaded the port of Piraeus on Tuesday in "
                       "protest against privatisation plans.", PUB)
    assert side_countries(events, "PROTEST") == [("GRC", "GRC")]
    assert not of_type(events, "COERCE")


def test_walkout_in_protest_is_a_protest(pipeline):
    events = code_text(pipeline, "Ugandan opposition lawmakers walked out of parliament on "
                       "Tuesday in protest at the arrest of their leader.", PUB)
    assert side_countries(events, "PROTEST") == [("UGA", "UGA")]
    assert not of_type(events, "SANCTION")


def test_stoppage_in_protest_is_a_protest(pipeline):
    events = code_text(pipeline, "Tunisian judges suspended work in courts across the country "
                       "on Tuesday in protest against the dismissal of 57 colleagues.", PUB)
    assert side_countries(events, "PROTEST") == [("TUN", "TUN")]
    assert not of_type(events, "CONCEDE")


def test_state_act_in_protest_keeps_its_reading(pipeline):
    events = code_text(pipeline, "Pakistan recalled its ambassador from Kabul on Tuesday in "
                       "protest at the border killings.", PUB)
    assert not of_type(events, "PROTEST")


def test_day_of_action_is_a_protest(pipeline):
    events = code_text(pipeline, "French nurses staged a national day of action on Tuesday "
                       "over pay.", PUB)
    assert side_countries(events, "PROTEST") == [("FRA", "FRA")]


def test_day_of_rage_is_a_protest(pipeline):
    events = code_text(pipeline, "Chilean students marked a day of rage on Tuesday against the "
                       "education law.", PUB)
    assert side_countries(events, "PROTEST") == [("CHL", "CHL")]


def test_day_of_mourning_is_no_protest(pipeline):
    events = code_text(pipeline, "Pakistan declared a national day of mourning on Tuesday for "
                       "the victims of the bombing.", PUB)
    assert not of_type(events, "PROTEST")


def test_forces_leaving_a_country_withdraw(pipeline):
    events = code_text(pipeline, "The last Swedish troops left Mali on Tuesday, the armed "
                       "forces said.", PUB)
    assert side_countries(events, "RETREAT") == [("SWE", "MLI")]


def test_soldiers_quitting_a_country_withdraw(pipeline):
    events = code_text(pipeline, "The first French soldiers quit Niger on Tuesday aboard a "
                       "military transport plane.", PUB)
    assert side_countries(events, "RETREAT") == [("FRA", "NER")]


def test_minister_leaving_a_capital_is_no_withdrawal(pipeline):
    events = code_text(pipeline, "The French foreign minister left Beirut on Tuesday after "
                       "two days of talks.", PUB)
    assert not of_type(events, "RETREAT")


def test_withdrawal_noun_takes_its_forces_as_doers(pipeline):
    events = code_text(pipeline, "The drawdown of German troops from Afghanistan started on "
                       "Tuesday, the defence ministry said.", PUB)
    assert side_countries(events, "RETREAT") == [("DEU", "AFG")]


def test_pullout_noun_takes_its_forces_as_doers(pipeline):
    events = code_text(pipeline, "The pullout of Turkish soldiers from northern Iraq was "
                       "completed on Tuesday.", PUB)
    assert side_countries(events, "RETREAT") == [("TUR", "IRQ")]


def test_freed_detained_foreigner_is_the_target(pipeline):
    events = code_text(pipeline, "Russia freed detained American journalist Evan Gershkovich "
                       "on Tuesday in a prisoner exchange, the White House said.", PUB)
    assert side_countries(events, "RETREAT") == [("RUS", "USA")]
    assert not of_type(events, "COERCE")


def test_released_jailed_foreigner_is_the_target(pipeline):
    events = code_text(pipeline, "Iran released jailed British engineer Anoosheh Ashoori on "
                       "Tuesday, the Foreign Office said.", PUB)
    assert side_countries(events, "RETREAT") == [("IRN", "GBR")]
    assert not of_type(events, "COERCE")
