"""Places of the eleventh session (real model): an act done at an occasion whose own phrase
names its town ("agreed ..., at a summit in Brasilia", "after talks held in Asmara"), and a
street act of people named by their town ("Residents of the town of Kassala staged a sit-in").

Each test uses a hand-written sentence the code at baba9f3 placed nowhere."""

from coding import code_text, place_names


def test_an_act_agreed_at_a_summit_in_a_town_happened_there(pipeline):
    events = code_text(pipeline, "The leaders of Brazil and Argentina agreed on Monday to cut "
                                 "tariffs on steel, at a summit in Brasilia marked by protests.",
                       "2024-03-15")
    assert place_names(events, "AGREE") == ["Brasília"]


def test_an_agreement_after_talks_in_a_town_was_reached_there(pipeline):
    events = code_text(pipeline, "Ethiopia and Eritrea agreed to reopen their border after "
                                 "talks held in Asmara on Monday.", "2024-03-15")
    assert place_names(events, "AGREE") == ["Asmara"]


def test_residents_of_a_town_protest_in_it(pipeline):
    events = code_text(pipeline, "Residents of the town of Kassala staged a sit-in on Tuesday "
                                 "against the power cuts.", "2024-03-15")
    assert place_names(events, "PROTEST") == ["Kassala"]


def test_villagers_from_a_village_march_in_it(pipeline):
    events = code_text(pipeline, "Farmers from the village of Ardahan marched to the "
                                 "governor's office on Monday.", "2024-03-15")
    assert place_names(events, "PROTEST") == ["Ardahan"]


def test_residents_of_a_country_are_placed_nowhere(pipeline):
    # guard: a country is no home town (passes before and after)
    events = code_text(pipeline, "Residents of Sudan marched on Monday against the war.",
                       "2024-03-15")
    assert place_names(events, "PROTEST") == [None]


def test_a_town_owning_a_named_park_is_the_place(pipeline):
    events = code_text(pipeline, "Thousands of protesters gathered in Nairobi's Uhuru Park on "
                                 "Monday to demand the president's resignation.", "2024-03-15")
    assert place_names(events, "PROTEST") == ["Nairobi"]


def test_a_town_owning_a_slum_is_the_place(pipeline):
    events = code_text(pipeline, "Police fired tear gas at protesters in Nairobi's Kibera slum "
                                 "on Monday.", "2024-03-15")
    assert place_names(events, "COERCE") == ["Nairobi"]


def test_a_town_the_model_tags_as_a_nationality_is_a_place(pipeline):
    # the model tags "Tunis" NORP here
    events = code_text(pipeline, "Thousands of people marched in Tunis on Monday to protest "
                                 "against price rises.", "2024-03-15")
    assert place_names(events, "PROTEST") == ["Tunis"]


def test_a_capital_after_in_is_where_an_agreement_was_reached(pipeline):
    # "Maputo" is also a name of Mozambique's government in the actor dictionary
    events = code_text(pipeline, "Mozambique and Tanzania agreed to hold joint patrols under an "
                                 "agreement reached in Maputo on Tuesday.", "2024-03-15")
    assert place_names(events, "AGREE") == ["Maputo"]


def test_a_capital_after_to_stays_a_side(pipeline):
    # guard: "sent aid to Maputo" is aid to Mozambique's government (passes before and after)
    events = code_text(pipeline, "Kenya sent aid to Maputo on Monday.", "2024-03-15")
    assert place_names(events, "AID") == [None]


def test_a_release_happened_where_its_handover_was(pipeline):
    events = code_text(pipeline, "Israel released 30 Palestinian prisoners on Monday, handing "
                                 "them over to Red Cross officials at the Ofer checkpoint.",
                       "2024-03-15")
    assert place_names(events, "RETREAT") == ["Ofer"]


def test_a_release_handed_over_at_a_border_crossing(pipeline):
    events = code_text(pipeline, "Afghan officials freed 30 Pakistani traders on Monday, "
                                 "handing them over to Pakistani officials at the Torkham "
                                 "crossing.", "2024-03-15")
    assert place_names(events, "RETREAT") == ["Torkham"]
