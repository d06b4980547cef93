"""Places of the eighteenth session.

A country's own police act where they are posted: an arrest, tear gas or a dispersal by the
police of the country a story is filed from, told with no place, happened in the dateline's
town, as that country's own protests do (`placing.place_police_acts`), unless it answers a
protest told just before, whose place it takes (`policed_crowds`). An army's detentions, a
foreign police force's arrests, a tally over several days and acts with a place of their own
keep what they had. A curfew or an emergency "in" a capital happened in that capital.

Each sentence was written for these tests; none is taken from a gold file."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def _places(pipeline, text, dateline, event_type="COERCE"):
    events = code_text(pipeline, text, PUB, dateline=dateline)
    assert any(e.event_type == event_type for e in events), f"no {event_type} event"
    return place_names(events, event_type)


def test_police_detentions_under_the_capitals_dateline(pipeline):
    text = ("Kyrgyz police detained 23 opposition supporters on Saturday as they gathered "
            "outside the election commission, the interior ministry said.")
    assert _places(pipeline, text, "Bishkek") == ["Bishkek"]


def test_riot_police_tear_gas_under_the_dateline(pipeline):
    text = ("Kenyan police fired tear gas at several hundred striking teachers on Monday, "
            "witnesses said, as the union vowed to keep schools closed.")
    assert _places(pipeline, text, "Nairobi") == ["Nairobi"]


def test_police_arrests_under_a_provincial_towns_dateline(pipeline):
    text = ("Pakistani police arrested 40 lawyers on Tuesday on charges of damaging court "
            "property, a police officer said.")
    assert _places(pipeline, text, "Hyderabad, Pakistan") == ["Hyderabad"]


def test_soldiers_detentions_stay_unplaced(pipeline):
    """Guard: an army's detentions are not told as the dateline town's."""
    text = ("Kenyan soldiers detained 12 suspected militants on Wednesday during a sweep of "
            "farms, the army said.")
    assert _places(pipeline, text, "Nairobi") == [None]


def test_foreign_police_stay_unplaced(pipeline):
    """Guard: another country's police did not act in the dateline's town."""
    text = ("Ugandan police arrested 12 Kenyan traders on Wednesday, the Kenyan foreign "
            "ministry said, and Kenya summoned Uganda's envoy to protest.")
    assert _places(pipeline, text, "Nairobi") == [None]


def test_police_act_with_its_own_town_keeps_it(pipeline):
    """Guard: a town the sentence ties to the act is its place, not the dateline's."""
    text = ("Kenyan police detained 30 fishermen in Mombasa on Tuesday after a protest over "
            "new licence fees turned violent, officials said.")
    assert _places(pipeline, text, "Nairobi") == ["Mombasa"]


def test_police_answer_to_a_placed_protest_keeps_the_protests_town(pipeline):
    """Guard: force told just after a protest in another town of the country happened at the
    protest (``policed_crowds``), not in the dateline's town."""
    text = ("Thousands of opposition supporters marched through Chittagong on Monday to demand "
            "early elections. Bangladeshi police fired rubber bullets at the crowd and "
            "detained 30 people, a police official said.")
    assert _places(pipeline, text, "Dhaka") == ["Chattogram"]


def test_a_tally_of_arrests_over_days_stays_unplaced(pipeline):
    """Guard: arrests counted over several days may be many towns'."""
    text = ("Kyrgyz police detained more than 300 people between Monday and Wednesday as "
            "unrest spread, the interior ministry said.")
    assert _places(pipeline, text, "Bishkek") == [None]


# A curfew or an emergency "in" a capital happened in that capital; the row still reads the
# capital as the measure's target (`placing.measure_in_capital`, docs/design.md).


def _placed(pipeline, text, event_type):
    events = code_text(pipeline, text, PUB)
    assert any(e.event_type == event_type for e in events), f"no {event_type} event"
    return place_names(events, event_type)


def test_curfew_ordered_in_the_capital(pipeline):
    text = ("Kenya's interior minister ordered a dusk-to-dawn curfew in Nairobi on Monday night "
            "to deter looting after the riots, officials said.")
    assert _placed(pipeline, text, "COERCE") == ["Nairobi"]


def test_curfew_in_a_port_capital(pipeline):
    text = ("Papua New Guinea's prime minister ordered a dusk-to-dawn curfew in Port Moresby on "
            "Monday night to deter looting after the riots.")
    assert _placed(pipeline, text, "COERCE") == ["Port Moresby"]


def test_emergency_extended_in_the_capital(pipeline):
    text = ("Sri Lanka's government extended the state of emergency in Colombo by a month on "
            "Tuesday, officials said.")
    assert _placed(pipeline, text, "COERCE") == ["Colombo"]


def test_sanctions_on_a_capital_are_no_place(pipeline):
    """Guard: a capital after "on" of sanctions stands for its government."""
    text = ("The European Union imposed sanctions on Minsk on Monday over the forced landing of "
            "a passenger jet.")
    assert _placed(pipeline, text, "SANCTION") == [None]


def test_confidence_in_a_capital_is_no_place(pipeline):
    """Guard: no measure, so the capital after "in" stays a side."""
    text = ("Britain's foreign secretary expressed confidence in Kyiv's leadership on Tuesday "
            "during talks with Polish officials.")
    assert "Kyiv" not in _placed(pipeline, text, "SUPPORT")
