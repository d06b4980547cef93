"""Sixth-session rules for events the coder missed entirely (no output of the gold type):
acts counted by a container noun ("a package of sanctions") and aid told by its arrival ("a
ship carrying food docked in ..."). Real model.

Each test uses a hand-built sentence the code the branch started from (6db2648) got wrong."""

from coding import code_text


def country(actor):
    """The actor's country, or "IGO" for an international organisation."""
    if actor is None:
        return None
    return "IGO" if actor.code.startswith("IGO") else actor.country


def sides(events, event_type):
    return {(country(e.source), country(e.target)) for e in events if e.event_type == event_type}


def test_a_package_of_sanctions_adopted_is_a_sanction(pipeline):
    events = code_text(pipeline, "EU foreign ministers adopted a new package of sanctions "
                                 "against Iran on Monday.", "2023-05-17")
    assert ("IGO", "IRN") in sides(events, "SANCTION")


def test_a_package_of_sanctions_approved_is_not_an_aid_deal(pipeline):
    events = code_text(pipeline, "Canadian ministers are expected to approve a package of "
                                 "sanctions against Venezuela next week.", "2019-03-04")
    assert ("CAN", "VEN") in sides(events, "SANCTION")
    assert not sides(events, "AGREE")


def test_a_plane_carrying_food_that_landed_is_aid(pipeline):
    events = code_text(pipeline, "A Saudi aircraft carrying 40 tonnes of food and medicine "
                                 "landed in Sanaa on Tuesday.", "2016-08-10")
    assert ("SAU", "YEM") in sides(events, "AID")


def test_a_ship_carrying_aid_that_docked_is_aid(pipeline):
    events = code_text(pipeline, "An Indian navy ship carrying 500 tonnes of rice and "
                                 "medicines docked in Colombo on Friday.", "2022-04-16")
    assert ("IND", "LKA") in sides(events, "AID")


def test_a_ship_carrying_a_commercial_load_is_no_aid(pipeline):
    # A guard of the arrival rule: passes on 6db2648 too.
    events = code_text(pipeline, "A Greek tanker carrying 80,000 tonnes of crude oil docked "
                                 "in Colombo on Friday.", "2022-04-16")
    assert not sides(events, "AID")


def test_protesters_who_gathered_protested(pipeline):
    events = code_text(pipeline, "Thousands of protesters gathered outside parliament in "
                                 "Tbilisi on Sunday.", "2023-03-06")
    assert ("GEO", "GEO") in sides(events, "PROTEST")


def test_people_banging_pots_who_gathered_protested(pipeline):
    events = code_text(pipeline, "Thousands of people banging pots and pans gathered outside "
                                 "the presidential palace in Caracas on Monday.", "2024-07-30")
    assert ("VEN", "VEN") in sides(events, "PROTEST")


def test_mourners_who_gathered_did_not_protest(pipeline):
    # A guard of the gathering rule: passes on 6db2648 too.
    events = code_text(pipeline, "Thousands of Georgians gathered in Tbilisi on Sunday for the "
                                 "funeral of the patriarch.", "2023-03-06")
    assert not sides(events, "PROTEST")


def test_a_reform_withdrawn_is_a_concession(pipeline):
    events = code_text(pipeline, "Ecuador's president on Sunday withdrew a contested reform of "
                                 "the pension system after a week of protests.", "2019-10-14")
    assert ("ECU", "ECU") in sides(events, "CONCEDE")
    assert not sides(events, "RETREAT")


def test_an_arrest_called_unlawful_is_an_accusation(pipeline):
    text = ("Norway's coast guard detained a Russian trawler off Svalbard on Monday. "
            "Russia's foreign ministry called the detention \"unlawful\".")
    events = code_text(pipeline, text, "2021-03-02")
    assert ("RUS", "NOR") in sides(events, "ACCUSE")


def test_an_act_called_a_provocation_is_an_accusation(pipeline):
    text = ("Chinese coast guard ships fired water cannon at a Philippine supply boat on "
            "Saturday. The Philippine foreign ministry called the attack \"a reckless "
            "provocation\".")
    events = code_text(pipeline, text, "2023-08-07")
    assert ("PHL", "CHN") in sides(events, "ACCUSE")


def test_a_visit_called_routine_is_no_accusation(pipeline):
    # A guard of the blaming-name rule: passes on 6db2648 too.
    text = ("Iran's foreign minister visited Moscow on Monday. Putin called the visit \"a "
            "routine part of the dialogue\".")
    events = code_text(pipeline, text, "2023-08-07")
    assert not sides(events, "ACCUSE")


def test_a_dated_blaming_name_is_an_accusation(pipeline):
    text = ("The United States imposed tariffs on Canadian steel on Wednesday. Prime Minister "
            "Justin Trudeau on Thursday called the U.S. move \"totally unacceptable\".")
    events = code_text(pipeline, text, "2018-06-01")
    assert ("CAN", "USA") in sides(events, "ACCUSE")


def test_calling_on_someone_not_to_follow_a_hostile_policy_stays_an_appeal(pipeline):
    # A guard of the blaming-name rule: passes on 6db2648 too.
    events = code_text(pipeline, "Iran's foreign ministry called on European countries not to "
                                 "follow Washington's hostile policy.", "2012-01-24")
    assert not sides(events, "ACCUSE")


def test_inspectors_allowed_to_visit_is_a_retreat(pipeline):
    events = code_text(pipeline, "North Korea will allow U.N. nuclear inspectors to visit its "
                                 "Yongbyon reactor next month, the agency said on Monday.",
                       "2007-06-18")
    assert ("PRK", "IGO") in sides(events, "RETREAT")


def test_inspectors_let_back_in_is_a_retreat(pipeline):
    events = code_text(pipeline, "Syria has agreed to let U.N. inspectors reinstall cameras at "
                                 "two sites, the agency said on Wednesday.", "2013-10-02")
    assert ("SYR", "IGO") in sides(events, "RETREAT")


def test_funding_approved_for_a_country_is_aid(pipeline):
    events = code_text(pipeline, "The European Union approved a 150 million euro package for "
                                 "Tunisia's border programmes on Monday.", "2023-07-18")
    assert ("IGO", "TUN") in sides(events, "AID")
    assert not sides(events, "AGREE")


def test_speaking_by_telephone_with_a_leader_is_a_call(pipeline):
    events = code_text(pipeline, "Japanese Prime Minister Shinzo Abe spoke by telephone with "
                                 "U.S. President Donald Trump on Monday.", "2017-09-05")
    assert sides(events, "CONSULT") & {("JPN", "USA"), ("USA", "JPN")}


def test_speaking_to_a_leader_by_telephone_is_still_a_call(pipeline):
    # A guard of the medium rows: passes on 6db2648 too ("speak to" already coded).
    events = code_text(pipeline, "Nigerian President Muhammadu Buhari spoke to Chad's President "
                                 "Idriss Deby by telephone on Sunday.", "2017-11-27")
    assert sides(events, "CONSULT") & {("NGA", "TCD"), ("TCD", "NGA")}
