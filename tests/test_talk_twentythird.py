"""Verbal acts of the twenty-third session's talk lane: a condemned act's doer named after "by"
by its nationality is the accused ("condemned the killing of two journalists by Israeli
troops"); the channel an act goes through is not its target ("lodged a protest through its
embassy in Beijing", "through the Red Cross"); a high commission is its country's mission, not
the host capital's; talks told with no party ("The negotiators will reconvene") are between the
story's opposed sides, not its mediators; "the coalition" after "the Saudi-led coalition" is
Saudi Arabia's; a new spokesman of the army the sentence before named is of its country, not
of the dateline's; a complaint lodged with an international body accuses whom it is about."""

from coding import code_text, side_prefixes

PUB = "2020-05-14"
MISSILE = "North Korea fired a missile into the sea on Wednesday, officials said. "


def _sides(pipeline, text, event_type):
    return side_prefixes(code_text(pipeline, text, PUB), event_type)


def test_condemned_killing_by_nationals_accuses_their_state(pipeline):
    text = MISSILE + "Germany condemned the killing of two journalists by Israeli troops in Gaza."
    assert ("DEU", "ISR") in _sides(pipeline, text, "ACCUSE")


def test_by_doer_hung_on_the_verb_is_the_accused(pipeline):
    """The parser hangs "by Indian troops" on "condemned", which has its own subject."""
    text = MISSILE + ("Pakistan condemned the shelling of civilian areas in Kashmir by Indian "
                      "troops.")
    assert _sides(pipeline, text, "ACCUSE") == [("PAK", "IND")]


def test_by_doer_of_an_attack_on_a_convoy_is_the_accused(pipeline):
    text = MISSILE + "Britain condemned the attack on a UN convoy by Houthi rebels in Yemen."
    assert ("GBR", "YEM") in _sides(pipeline, text, "ACCUSE")


def test_protest_through_an_embassy_is_not_aimed_at_its_host(pipeline):
    text = MISSILE + ("Japan's defence ministry said Tokyo had lodged a protest through its "
                      "embassy in Beijing, its usual channel for contacting the North.")
    assert _sides(pipeline, text, "ACCUSE") == [("JPN", "PRK")]


def test_request_through_the_red_cross_is_aimed_at_the_holder(pipeline):
    text = ("North Korea detained six South Korean fishermen last month, officials said. "
            "Seoul has twice asked for their release through the Red Cross, without reply.")
    assert _sides(pipeline, text, "REQUEST") == [("KOR", "PRK")]


def test_a_country_gone_through_stays_a_target(pipeline):
    text = "Russia halted all gas deliveries through Ukraine on Wednesday, the company said."
    assert ("RUS", "UKR") in _sides(pipeline, text, "SANCTION")


def test_high_commission_is_its_country_not_the_host_capital(pipeline):
    text = ("Sri Lanka freed 42 Indian fishermen on Monday. The Indian High Commission in "
            "Colombo had urged the government to release the crews.")
    assert _sides(pipeline, text, "REQUEST") == [("IND", "LKA")]


def test_talks_with_no_party_are_between_the_opposed_sides(pipeline):
    text = ("Colombia's government and the National Liberation Army (ELN) agreed on Monday to "
            "extend their bilateral ceasefire. Cuban and Norwegian diplomats acting as "
            "guarantors read out the deal. The next round of talks will be held in Caracas, "
            "the delegations said.")
    assert _sides(pipeline, text, "CONSULT") == [("COL", "COL")]


def test_the_coalition_after_a_saudi_led_coalition_is_saudi(pipeline):
    text = ("The Saudi-led coalition fighting in Yemen carried out air strikes on Sanaa on "
            "Monday. Yemen's army said it had shot down a drone. Iranian Foreign Ministry "
            "spokesman Abbas Mousavi blamed the coalition for the humanitarian disaster in "
            "Yemen.")
    assert ("IRN", "SAU") in _sides(pipeline, text, "ACCUSE")


def test_coalition_jets_before_the_saudi_led_alliance_are_saudi(pipeline):
    text = ("Coalition jets pounded an air base in Sanaa on Wednesday night, residents said. "
            "The Saudi-led alliance said a ballistic missile fired at the kingdom had been "
            "intercepted.")
    assert ("SAU", "YEM") in _sides(pipeline, text, "ASSAULT")


def test_spokesman_of_the_army_just_named_is_of_its_country(pipeline):
    """A new spokesman with no nationality serves the body the sentence before named, not the
    country of the dateline (spoken_for.py)."""
    text = ("Egypt sent 40 lorries of food to Sudan on Wednesday. Sudan's army said drones "
            "struck a power station in Port Sudan on Tuesday. Army spokesman Brigadier Nabil "
            "Abdallah accused the United Arab Emirates of supplying the drones.")
    events = code_text(pipeline, text, PUB, dateline="Cairo")
    assert side_prefixes(events, "ACCUSE") == [("SDN", "ARE")]


def test_complaint_with_the_security_council_accuses_the_striker(pipeline):
    text = ("Israeli artillery shelled two villages in south Lebanon on Tuesday. Lebanon's "
            "caretaker government said it had lodged a complaint with the U.N. Security "
            "Council over the strikes.")
    assert _sides(pipeline, text, "ACCUSE") == [("LBN", "ISR")]


def test_complaint_after_a_condemnation_accuses_the_condemned(pipeline):
    text = ("Israeli artillery shelled two villages in south Lebanon on Tuesday. Prime Minister "
            "Najib Mikati condemned the shelling and said Lebanon would file a complaint with "
            "the U.N. Security Council.")
    assert ("LBN", "IGO") not in _sides(pipeline, text, "ACCUSE")

