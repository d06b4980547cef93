"""Places the eighth session reads: a town that owns the site where an act was done ("into
Palu's damaged airport"), an area named with its kind ("the al-Fashaga border district"), the
place a statement was issued ("in a statement issued in Mogadishu"), and no place for a recall
from the recalled envoy's posting ("recalled its ambassador in Bogota")."""

from coding import code_text, place_names


def test_a_town_owns_the_site_an_act_was_done_at(pipeline):
    events = code_text(pipeline, "Australia and New Zealand flew tents, generators and medical "
                       "supplies into Mataram's damaged airport on Monday, officials said.",
                       "2023-10-10")
    # one aid event per donor (to Indonesia, the place's country), each at Mataram
    assert set(place_names(events, "AID")) == {"Mataram"}


def test_a_town_owns_the_edge_and_the_front(pipeline):
    events = code_text(pipeline, "Pro-government militias deployed dozens of armed pickups to "
                       "Tripoli's western front on Tuesday, residents said.", "2019-04-10")
    assert place_names(events, "MOBILIZE") == ["Tripoli"]


def test_a_town_owns_its_highway(pipeline):
    events = code_text(pipeline, "Police fired tear gas at protesters on Nairobi's main highway "
                       "on Tuesday.", "2024-06-26")
    assert place_names(events, "COERCE") == ["Nairobi"]


def test_an_area_named_with_its_kind(pipeline):
    events = code_text(pipeline, "Sudan moved several thousand more soldiers into the fertile "
                       "al-Fashaga border district on Thursday, the army said.", "2021-01-08")
    # the name as the news writes it, or as data/places/more_places.tsv spells it
    assert [n.lower() for n in place_names(events, "MOBILIZE")] in (["al-fashaga"], ["fashaga"])


def test_a_statement_issued_in_a_town(pipeline):
    events = code_text(pipeline, "In a statement issued in Mogadishu on Friday, the Somali "
                       "government rejected the charge as baseless.", "2020-03-07")
    assert place_names(events, "REJECT") == ["Mogadishu"]


def test_a_communique_released_in_a_town(pipeline):
    events = code_text(pipeline, "Nigeria's foreign ministry, in a communique released in "
                       "Abuja on Friday, accused Cameroon of violating the ceasefire.",
                       "2020-03-07")
    assert place_names(events, "ACCUSE") == ["Abuja"]


def test_a_speech_delivered_in_a_town(pipeline):
    events = code_text(pipeline, "Ghana's president, in a speech delivered in Accra on Monday, "
                       "urged Togo to release the detained activists.", "2020-03-07")
    assert place_names(events, "REQUEST") == ["Accra"]


def test_a_recall_is_not_placed_at_the_envoys_posting(pipeline):
    events = code_text(pipeline, "Venezuela recalled its ambassador in Bogota on Thursday.",
                       "2015-08-28")
    assert place_names(events, "SANCTION") == [None]


def test_a_withdrawn_envoy_is_not_placed_at_his_posting(pipeline):
    events = code_text(pipeline, "Qatar withdrew its ambassador in Cairo on Sunday in protest.",
                       "2017-06-05")
    assert place_names(events, "SANCTION") == [None]


def test_a_summons_keeps_the_envoys_town(pipeline):
    """Guard (passes before too): annotators place a summons in the envoy's town."""
    events = code_text(pipeline, "Afghanistan summoned Pakistan's ambassador in Kabul on Monday "
                       "to protest against the construction.", "2016-06-14")
    assert place_names(events, "ACCUSE") == ["Kabul"]


def test_a_called_strike_is_not_placed_in_the_dateline_town(pipeline):
    events = code_text(pipeline, "Peru's main teachers' union called a general strike for "
                       "Thursday to press its pay demands.", "2019-10-21",
                       dateline="Lima, Peru")
    assert place_names(events, "PROTEST") == [None]


def test_promised_marches_are_not_placed_in_the_dateline_town(pipeline):
    events = code_text(pipeline, "Kenyan opposition leaders vowed to hold further demonstrations "
                       "next week against the fuel tax.", "2023-07-21",
                       dateline="Nairobi, Kenya")
    assert place_names(events, "PROTEST") == [None]


def test_the_streets_of_a_town_an_act_fills(pipeline):
    events = code_text(pipeline, "Thousands of Bangladeshi opposition supporters filled the "
                       "streets of Dhaka on Sunday.", "2024-01-08")
    assert place_names(events, "PROTEST") == ["Dhaka"]


def test_the_centre_of_a_town_an_act_blocks(pipeline):
    events = code_text(pipeline, "Hundreds of Armenian protesters blocked the centre of Yerevan "
                       "on Monday.", "2018-04-17")
    assert [e.location.name for e in events if e.location] == ["Yerevan"]


def test_an_act_during_a_trip_is_where_the_trip_went(pipeline):
    events = code_text(pipeline, "Japan's prime minister rejected the Chinese demand during a "
                       "trip to Manila on Friday.", "2024-05-04")
    assert place_names(events, "REJECT") == ["Manila"]


def test_a_subject_on_a_visit_acts_where_the_visit_went(pipeline):
    events = code_text(pipeline, "Germany's chancellor, on a visit to Hanoi on Monday, urged "
                       "Vietnam to free the jailed blogger.", "2024-05-04")
    assert place_names(events, "REQUEST") == ["Hanoi"]


def test_a_subject_visiting_a_town_acts_there(pipeline):
    events = code_text(pipeline, "The Turkish foreign minister, visiting Baghdad, accused "
                       "Kurdish militants of attacking Turkish troops.", "2024-05-04")
    assert place_names(events, "ACCUSE") == ["Baghdad"]


def test_force_used_to_disperse_a_crowd_is_where_the_crowd_was(pipeline):
    events = code_text(pipeline, "Riot police fired tear gas to disperse thousands of opposition "
                       "supporters in Lagos on Monday.", "2024-05-04")
    assert place_names(events, "COERCE") == ["Lagos"]


def test_force_used_to_scatter_a_crowd_is_where_the_crowd_was(pipeline):
    events = code_text(pipeline, "Myanmar security forces fired live rounds to scatter "
                       "demonstrators in Mandalay on Sunday.", "2021-03-01")
    assert [e.location.name for e in events if e.location] == ["Mandalay"]


def test_a_country_an_accusation_names_is_not_where_it_was_made(pipeline):
    events = code_text(pipeline, "Ethiopia's prime minister accused groups inside and outside "
                       "Somalia of arming the rebels.", "2024-05-04")
    assert place_names(events, "ACCUSE") == [None]


def test_a_country_a_demand_is_about_is_not_where_it_was_made(pipeline):
    events = code_text(pipeline, "Germany and France called for free and fair elections in "
                       "Venezuela on Monday.", "2024-05-04")
    assert place_names(events, "REQUEST") == [None, None]


def test_a_country_opening_a_sentence_does_not_place_a_statement(pipeline):
    events = code_text(pipeline, "In Hungary, the opposition leader accused Orban of selling "
                       "out to Moscow.", "2024-05-04")
    assert place_names(events, "ACCUSE") == [None]


def test_a_sea_gives_way_to_the_town_a_statement_was_made_in(pipeline):
    events = code_text(pipeline, "Across the Pacific, the Japanese foreign minister urged "
                       "Beijing to show restraint, telling reporters in Tokyo that Japan was "
                       "concerned.", "2024-05-04")
    assert place_names(events, "REQUEST") == ["Tokyo"]


def test_a_countrys_parliament_is_in_its_capital(pipeline):
    events = code_text(pipeline, "Thousands of protesters rallied outside Serbia's parliament "
                       "on Sunday.", "2024-05-04")
    assert place_names(events, "PROTEST") == ["Belgrade"]


def test_a_countrys_parliament_is_in_its_capital_when_stormed(pipeline):
    events = code_text(pipeline, "Hundreds of angry farmers rallied outside Romania's parliament "
                       "on Wednesday.", "2024-05-04")
    assert place_names(events, "PROTEST") == ["Bucharest"]
