"""Types under 0.7 F1 on dev, twelfth session: opening a border to the other side of a
standoff to let help through is easing a blockade (RETREAT, as reopening one is), while
opening it to an ally or for trade is cooperation (COOPERATE); a threat is aimed at the other
side named in the threatened clause before the subject of its condition, and a dissenter's
threat may be aimed at its own state's forces named in the condition; two who pledge goods
together each pledge on their own (no agreement between them), to the receiver the sentence
names if any."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-15"


@pytest.mark.parametrize("text, pair", [
    ("Turkey opened its border crossing to Armenian aid trucks on Saturday.", ("TUR", "ARM")),
    ("Algeria opened its airspace to Moroccan relief flights on Sunday.", ("DZA", "MAR")),
])
def test_opening_a_border_to_the_other_side_eases_a_blockade(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONCEDE") == []
    assert pair in side_countries(events, "RETREAT")


@pytest.mark.parametrize("text, pair", [
    ("Iran opened its ports to Chinese naval vessels on Monday.", ("IRN", "CHN")),
    ("Uzbekistan and Tajikistan opened a new border crossing on Monday to boost trade.",
     ("UZB", "TJK")),
])
def test_opening_to_an_ally_or_for_trade_is_cooperation(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "RETREAT") == []
    assert pair in side_countries(events, "COOPERATE")


def test_opening_a_shut_crossing_again_eases_a_blockade(pipeline):
    """Guard (passes before the change too): reopening a shut crossing is RETREAT."""
    events = code_text(pipeline, "Jordan opened the closed Jaber crossing again on Tuesday, "
                                 "officials said.", PUB)
    assert [e.source.country for e in of_type(events, "RETREAT")] == ["JOR"]


def test_a_threat_is_aimed_at_the_side_its_clause_would_harm(pipeline):
    events = code_text(pipeline, "A Hezbollah commander warned that ports in Cyprus would be "
                                 "hit if Israel kept up its raids on Lebanon.", PUB)
    assert side_countries(events, "THREATEN") == [("LBN", "CYP")]


def test_a_threat_of_strikes_on_the_other_side_is_aimed_at_it(pipeline):
    # passes on base, fails with the dissenter rule alone: the coalition read as Yemen's own
    # forces would take the threat before the state whose facilities would be struck
    events = code_text(pipeline, "The Houthis warned that more painful strikes on Saudi oil "
                                 "facilities would follow unless the coalition lifted its "
                                 "blockade of Hodeidah port.", PUB)
    assert side_countries(events, "THREATEN") == [("YEM", "SAU")]


def test_a_rebel_threat_is_aimed_at_the_army_its_condition_names(pipeline):
    # guard (passes on base too): a place in the threatened clause ("near the Venezuelan
    # border") is not the side threatened, the army in the condition is
    events = code_text(pipeline, "The rebels warned that they would resume attacks if the "
                                 "Colombian army kept up operations against their units near "
                                 "the Venezuelan border.", PUB)
    assert side_countries(events, "THREATEN") == [("COL", "COL")]


def test_a_threat_with_only_its_condition_still_targets_the_condition(pipeline):
    # guard (passes on base too): no other side in the threatened clause
    events = code_text(pipeline, "Belarus warned that it could halt the transit of gas if the "
                                 "European Union imposed new sanctions.", PUB)
    assert [(e.source.country, e.target.code[:3]) for e in of_type(events, "THREATEN")] == [
        ("BLR", "IGO")]


@pytest.mark.parametrize("text", [
    "Ecuador asked for outside help after the landslides, and Colombia and Peru have both "
    "offered rescue equipment.",
    "Spain and Portugal have each promised extra firefighters.",
])
def test_two_pledging_goods_with_no_receiver_make_no_event(pipeline, text):
    # each pledges on its own to a receiver the sentence does not name: no event at all
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "AGREE") == [] and of_type(events, "AID") == []


def test_two_offering_goods_to_a_named_receiver_each_agree_with_it(pipeline):
    events = code_text(pipeline, "Canada and Norway offered Ukraine new armoured vehicles on "
                                 "Thursday.", PUB)
    assert side_countries(events, "AGREE") == [("CAN", "UKR"), ("NOR", "UKR")]


@pytest.mark.parametrize("text, pair", [
    ("Armenia and Azerbaijan pledged restraint on Monday after a night of shooting along "
     "their frontier.", ("ARM", "AZE")),
    ("Russia and Ukraine promised a swap of captured soldiers after talks in Istanbul.",
     ("RUS", "UKR")),
])
def test_two_pledging_something_other_than_goods_still_agree(pipeline, text, pair):
    assert side_countries(code_text(pipeline, text, PUB), "AGREE") == [pair]


def test_two_pledging_an_act_still_agree(pipeline):
    # guard (passes on base too): a promised act is an agreement between the pledgers
    events = code_text(pipeline, "Israel and Hamas pledged on Tuesday to respect the truce.", PUB)
    assert [(e.source.country, e.target.country) for e in of_type(events, "AGREE")] == [
        ("ISR", "PSE")]


@pytest.mark.parametrize("text", [
    "Serbia opened its border with Croatia on Tuesday to let thousands of refugees through.",
    "Jordan opened the Jaber crossing on Tuesday after a two-month closure.",
    "Spain opened its frontier with Morocco on Tuesday to tens of thousands of refugees.",
])
def test_opening_to_let_help_through_or_after_a_closure_eases_a_blockade(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "RETREAT") and of_type(events, "COOPERATE") == []
