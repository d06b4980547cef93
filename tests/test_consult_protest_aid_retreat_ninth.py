"""Ninth-session rules for CONSULT, PROTEST, AID and RETREAT: an envoy shuttling between two
sides, aid told by its value, missions wound down, bases closed or quit, troops repatriated or
disengaged, workers walking off the job, crowds converging on a seat of power."""

from coding import code_text, of_type, side_countries


def test_envoy_shuttling_between_two_sides_meets_both(pipeline):
    events = code_text(pipeline, "A Swiss diplomat shuttled between Armenia and Azerbaijan "
                       "on Monday.", "2023-05-10")
    consult = of_type(events, "CONSULT")
    assert consult and {"CHE", "ARM", "AZE"} <= {a.country for e in consult for a in e.parties}
    events = code_text(pipeline, "The U.S. envoy shuttled between Beirut and Jerusalem on "
                       "Tuesday.", "2023-05-10")
    assert any(e.source.country == "USA" for e in of_type(events, "CONSULT"))


def test_aid_told_by_its_value(pipeline):
    events = code_text(pipeline, "Canada gave Haiti $15 million worth of police vehicles on "
                       "Tuesday.", "2023-05-10")
    assert side_countries(events, "AID") == [("CAN", "HTI")]
    events = code_text(pipeline, "Australia handed Fiji A$5 million worth of rice on Tuesday.",
                       "2023-05-10")
    assert side_countries(events, "AID") == [("AUS", "FJI")]


def test_mission_wound_down_is_a_withdrawal(pipeline):
    events = code_text(pipeline, "France wound down its military mission in Mali on Tuesday.",
                       "2023-05-10")
    assert side_countries(events, "RETREAT") == [("FRA", "MLI")]
    events = code_text(pipeline, "Germany is winding down its training mission in Niger, the "
                       "defence ministry said on Tuesday.", "2023-05-10")
    assert side_countries(events, "RETREAT") == [("DEU", "NER")]


def test_base_closed_shut_or_quit_is_a_withdrawal(pipeline):
    events = code_text(pipeline, "The United States closed its last military base in Niger on "
                       "Tuesday.", "2023-05-10")
    assert side_countries(events, "RETREAT") == [("USA", "NER")]
    events = code_text(pipeline, "Russia shut its air base in Kyrgyzstan on Monday.",
                       "2023-05-10")
    assert side_countries(events, "RETREAT") == [("RUS", "KGZ")]
    events = code_text(pipeline, "Syrian government troops quit the garrison at Palmyra on "
                       "Tuesday.", "2023-05-10")
    assert of_type(events, "RETREAT")


def test_troops_repatriated_or_disengaged_withdraw(pipeline):
    events = code_text(pipeline, "Spain repatriated its contingent from Lebanon on Tuesday.",
                       "2023-05-10")
    assert side_countries(events, "RETREAT") == [("ESP", "LBN")]
    events = code_text(pipeline, "Armenian troops disengaged from the border on Tuesday, "
                       "Azerbaijan said.", "2023-05-10")
    assert side_countries(events, "RETREAT") == [("ARM", "AZE")]


def test_workers_walking_off_the_job_strike(pipeline):
    events = code_text(pipeline, "Zimbabwean teachers walked off the job on Monday over pay.",
                       "2023-05-10")
    assert side_countries(events, "PROTEST") == [("ZWE", "ZWE")]
    events = code_text(pipeline, "Nurses in Kenya walked off the job on Tuesday.", "2023-05-10")
    assert side_countries(events, "PROTEST") == [("KEN", "KEN")]


def test_crowd_converging_on_a_seat_of_power_protests(pipeline):
    events = code_text(pipeline, "Opposition supporters converged on the presidential palace in "
                       "Dakar on Monday.", "2023-05-10")
    assert side_countries(events, "PROTEST") == [("SEN", "SEN")]
    events = code_text(pipeline, "Hundreds of farmers converged on the agriculture ministry in "
                       "Nairobi on Tuesday.", "2023-05-10")
    assert side_countries(events, "PROTEST") == [("KEN", "KEN")]
