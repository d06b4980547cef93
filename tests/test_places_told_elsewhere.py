"""Places the sentence names only by reference to a place told elsewhere: "the town" named
earlier, "this town" and "here" of the dateline, "the lake" of Lake Chad."""

from coding import code_text, of_type


def place_of(events, event_type):
    found = of_type(events, event_type)
    assert found, f"no {event_type} event"
    return found[0].location.name if found[0].location else None


def test_the_town_is_the_town_named_before(pipeline):
    events = code_text(pipeline, "M23 rebels captured Bunagana, a trading town on the Ugandan "
                       "frontier, on Monday. The rebels overran army positions around the town "
                       "on Sunday night, local officials said.", "2022-06-14")
    assert place_of(events, "ASSAULT") == "Bunagana"


def test_the_lake_is_the_lake_named_before(pipeline):
    events = code_text(pipeline, "Boko Haram fighters have hidden on islands of Lake Chad for "
                       "years. Chadian and Nigerien ground forces attacked militant camps on "
                       "islands in the lake on Sunday and killed 40 fighters.", "2016-11-13")
    assert place_of(events, "ASSAULT") == "Lake Chad"


def test_this_town_is_the_dateline_town(pipeline):
    events = code_text(pipeline, "Police fired tear gas at hundreds of Tamil protesters in this "
                       "northern town on Monday.", "2016-02-29",
                       dateline="Kilinochchi, Sri Lanka")
    assert place_of(events, "COERCE") == "Kilinochchi"


def test_an_act_done_here_is_in_the_dateline_town(pipeline):
    events = code_text(pipeline, "China and Ethiopia signed an agreement on economic and "
                       "technical cooperation here Tuesday.", "2004-03-16",
                       dateline="Addis Ababa")
    assert place_of(events, "AGREE") == "Addis Ababa"


def test_the_area_is_not_a_government_named_as_subject(pipeline):
    # guard (passes before the change too): "Caracas" here is the government, not a place
    events = code_text(pipeline, "Caracas has since sent some 1,500 troops to the area, "
                       "officials said.", "2015-08-28")
    assert place_of(events, "MOBILIZE") is None


def test_troops_sent_to_an_untagged_town_go_there(pipeline):
    events = code_text(pipeline, "The Colombian defence ministry said 1,500 additional troops "
                       "would be deployed to Arauca this week.", "2025-12-30")
    assert place_of(events, "MOBILIZE") == "Arauca"


def test_troops_sent_to_a_town_the_parser_calls_a_dative(pipeline):
    events = code_text(pipeline, "The Nigerian army sent reinforcements to Monguno yesterday "
                       "and was preparing a counter-offensive, a military spokesman said.",
                       "2015-02-04")
    assert place_of(events, "MOBILIZE") == "Monguno"


PROTEST_TEXT = ("Thousands of Kenyan opposition supporters protested against the government of "
                "President William Ruto on Tuesday, demanding lower taxes.")


def test_a_protest_told_without_a_place_is_in_the_home_country_dateline_town(pipeline):
    events = code_text(pipeline, PROTEST_TEXT, "2024-05-10", dateline="Nairobi")
    assert place_of(events, "PROTEST") == "Nairobi"


def test_a_protest_abroad_does_not_take_the_dateline(pipeline):
    # guard (passes before the change too): a story filed from London on Kenya
    events = code_text(pipeline, PROTEST_TEXT, "2024-05-10", dateline="London")
    assert place_of(events, "PROTEST") is None


def test_an_act_during_a_visit_is_where_the_visit_went(pipeline):
    events = code_text(pipeline, "Pakistani Prime Minister Shehbaz Sharif appealed on Monday for "
                       "more international help for millions of people displaced by floods in "
                       "Sindh province, during a visit to relief camps in Hyderabad.",
                       "2022-09-06")
    assert place_of(events, "REQUEST") == "Hyderabad"


def test_an_unlisted_province_is_named_without_the_word_province(pipeline):
    events = code_text(pipeline, "Kyrgyzstan said it had sent additional troops and armoured "
                       "vehicles to Batken province.", "2022-09-17")
    assert place_of(events, "MOBILIZE") == "Batken"


def test_troops_ordered_onto_the_streets_of_a_town_are_there(pipeline):
    events = code_text(pipeline, "Chilean President Sebastian Pinera ordered 1,500 more soldiers "
                       "onto the streets of Valparaiso on Sunday.", "2019-10-21")
    assert place_of(events, "MOBILIZE") == "Valparaíso"


def test_a_sentence_opening_on_its_town_places_its_statements(pipeline):
    events = code_text(pipeline, "Moldova expelled a Russian diplomat on Tuesday. In Moscow, "
                       "Foreign Ministry spokeswoman Maria Zakharova called the expulsion "
                       "\"another unfriendly step\" by Chisinau and said Russia \"will not leave "
                       "it unanswered\".", "2023-03-22")
    assert place_of(events, "THREATEN") == "Moscow"


def test_an_act_reported_in_the_opening_town_is_not_placed_there(pipeline):
    # guard (passes before the change too): the aid goes elsewhere
    events = code_text(pipeline, "In New Delhi, External Affairs Minister Pranab Mukherjee said "
                       "India would send a medical team and 1,000 tonnes of food to Sri Lanka.",
                       "2009-04-20")
    assert place_of(events, "AID") != "New Delhi"
