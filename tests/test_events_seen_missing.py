"""Events this session's workers saw coded as nothing or as the wrong act: talks counted in
days, joint patrols stepped up, criticism "over" a topic, aid pledged, measures copied."""

from coding import code_text


def _pairs(events, event_type):
    """The (source, target) countries of the events of one type, sorted."""
    return sorted((e.source.code[:3], e.target.code[:3] if e.target else None)
                  for e in events if e.event_type == event_type)


def _types(events):
    return {e.event_type for e in events}


def test_days_of_talks_held_are_a_meeting(pipeline):
    events = code_text(pipeline, "Ethiopian and Sudanese officials held three days of talks in "
                       "Addis Ababa last week.", "2022-03-08")
    assert _pairs(events, "CONSULT") in ([("ETH", "SDN")], [("SDN", "ETH")])


def test_hours_of_negotiations_wrapped_up_are_a_meeting(pipeline):
    events = code_text(pipeline, "Turkish and Greek diplomats wrapped up 12 hours of "
                       "negotiations in Athens on Friday.", "2022-03-08")
    assert _pairs(events, "CONSULT") in ([("TUR", "GRC")], [("GRC", "TUR")])


def test_ending_days_of_talks_breaks_off_nothing(pipeline):
    events = code_text(pipeline, "Peru and Bolivia ended two days of talks in La Paz on "
                       "Monday.", "2022-03-08")
    assert "SANCTION" not in _types(events)
    assert _pairs(events, "CONSULT") in ([("PER", "BOL")], [("BOL", "PER")])


def test_joint_patrols_stepped_up_are_cooperation(pipeline):
    events = code_text(pipeline, "India and Bangladesh agreed to step up joint patrols along "
                       "their river border.", "2022-03-08")
    assert "MOBILIZE" not in _types(events)
    assert _pairs(events, "COOPERATE") in ([("IND", "BGD")], [("BGD", "IND")])


def test_joint_patrols_expanded_are_cooperation(pipeline):
    events = code_text(pipeline, "Thailand and Malaysia will expand joint patrols in the "
                       "Strait of Malacca.", "2022-03-08")
    assert "MOBILIZE" not in _types(events)
    assert _pairs(events, "COOPERATE") in ([("THA", "MYS")], [("MYS", "THA")])


def test_taking_aim_over_a_topic_is_criticism(pipeline):
    events = code_text(pipeline, "The Pakistani prime minister took aim at India over its "
                       "water policy.", "2022-03-08")
    assert "COERCE" not in _types(events)
    assert _pairs(events, "ACCUSE") == [("PAK", "IND")]


def test_taking_a_swipe_over_a_topic_is_criticism(pipeline):
    events = code_text(pipeline, "Turkey's president took a swipe at France over its Libya "
                       "policy.", "2022-03-08")
    assert "COERCE" not in _types(events)
    assert _pairs(events, "ACCUSE") == [("TUR", "FRA")]


def test_taking_issue_over_a_topic_is_criticism(pipeline):
    events = code_text(pipeline, "Brazil took issue with Argentina over the new tariff plan.",
                       "2022-03-08")
    assert "COERCE" not in _types(events)
    assert _pairs(events, "ACCUSE") == [("BRA", "ARG")]


def test_a_week_of_consultations_alone_is_a_meeting(pipeline):
    events = code_text(pipeline, "Kenya and Uganda signed a trade accord after a week of "
                       "consultations in Kampala.", "2022-03-08")
    assert _pairs(events, "CONSULT") in ([("KEN", "UGA")], [("UGA", "KEN")])


def test_hours_of_talks_alone_are_a_meeting(pipeline):
    events = code_text(pipeline, "Colombia and Venezuela reopened their border crossings after "
                       "nine hours of talks in Cucuta.", "2022-03-08")
    assert _pairs(events, "CONSULT") in ([("COL", "VEN")], [("VEN", "COL")])


def _aid(events):
    return [(e.source.code[:3], e.target.code[:3] if e.target else None, e.status)
            for e in events if e.event_type == "AID"]


def test_money_promised_for_a_country_is_planned_aid(pipeline):
    events = code_text(pipeline, "Britain promised 20 million pounds in humanitarian aid for "
                       "Sudan.", "2022-03-08")
    assert _aid(events) == [("GBR", "SDN", "planned")]


def test_money_committed_to_a_country_is_planned_aid(pipeline):
    events = code_text(pipeline, "Norway committed 40 million crowns to Somalia's drought "
                       "response.", "2022-03-08")
    assert _aid(events) == [("NOR", "SOM", "planned")]


def test_weapons_promised_to_a_country_are_planned_aid(pipeline):
    events = code_text(pipeline, "Germany promised Ukraine more air defence missiles.",
                       "2022-03-08")
    assert _aid(events) == [("DEU", "UKR", "planned")]


def test_following_suit_copies_the_last_act(pipeline):
    events = code_text(pipeline, "The United States expelled two Russian diplomats on Monday. "
                       "Britain followed suit on Tuesday.", "2022-03-08")
    assert ("GBR", "RUS") in _pairs(events, "SANCTION")


def test_doing_the_same_copies_the_last_act(pipeline):
    events = code_text(pipeline, "Poland closed its border with Belarus on Friday. Lithuania "
                       "did the same a day later.", "2022-03-08")
    assert ("LTU", "BLR") in _pairs(events, "SANCTION")


def test_similar_action_copies_the_last_measure(pipeline):
    events = code_text(pipeline, "Australia suspended military aid to Fiji. New Zealand took "
                       "similar action on Wednesday.", "2022-03-08")
    assert ("NZL", "FJI") in _pairs(events, "SANCTION")


def test_following_suit_copies_words_too(pipeline):
    events = code_text(pipeline, "Sweden condemned the executions in Iran. Norway followed "
                       "suit.", "2022-03-08")
    assert ("NOR", "IRN") in _pairs(events, "ACCUSE")


def test_money_announced_for_a_country_is_planned_aid(pipeline):
    events = code_text(pipeline, "Canada announced 25 million dollars in emergency funding for "
                       "Haiti.", "2022-03-08")
    assert _aid(events) == [("CAN", "HTI", "planned")]


def test_money_unveiled_for_a_country_is_planned_aid(pipeline):
    events = code_text(pipeline, "Japan unveiled $300 million in new loans for Kenya.",
                       "2022-03-08")
    assert _aid(events) == [("JPN", "KEN", "planned")]


def test_a_suspension_of_aid_announced_is_no_aid(pipeline):
    events = code_text(pipeline, "Sweden announced a suspension of development aid to "
                       "Zambia.", "2022-03-08")
    assert _aid(events) == []


def test_a_week_of_talks_the_parser_reads_as_a_time_is_a_meeting(pipeline):
    events = code_text(pipeline, "Officials from Nepal and India ended a week of talks in "
                       "Kathmandu on Friday.", "2022-03-08")
    assert _pairs(events, "CONSULT") in ([("NPL", "IND")], [("IND", "NPL")])
