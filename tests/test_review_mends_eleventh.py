"""Mends of the eleventh session's review: acts placed at talks they only followed, eve days,
joining nouns, counted crowds, handovers, and lexicon rows read too widely. Each sentence was
coded wrongly before its mend."""

from datetime import date

from coding import code_text, day_spans, of_type, place_names, side_codes

from newsevents.dates import resolve_date

PUB = "2024-03-06"


def test_act_after_talks_is_not_placed_at_the_talks(pipeline):
    events = code_text(pipeline, "Israel bombed Rafah after talks in Cairo on Monday.", PUB)
    assert of_type(events, "ASSAULT")
    assert "Cairo" not in place_names(events, "ASSAULT")


def test_deal_after_talks_is_placed_at_the_talks(pipeline):
    text = "Egypt and Sudan agreed to reopen the border after talks in Cairo on Monday."
    assert place_names(code_text(pipeline, text, PUB), "AGREE") == ["Cairo"]


def test_meeting_on_the_eve_of_a_dated_vote_is_the_day_before(pipeline):
    text = "Indian and Japanese ministers met in Delhi on the eve of Sunday's vote."
    assert day_spans(code_text(pipeline, text, PUB), "CONSULT") == [
        (date(2024, 3, 2), date(2024, 3, 2))]


def test_the_eve_of_a_day_reads_as_the_day_before():
    when = resolve_date("the eve of Sunday", date(2024, 3, 6))
    assert (when.start, when.end, when.precision) == (date(2024, 3, 2), date(2024, 3, 2), "day")


def test_entry_of_something_into_a_place_is_no_bid_to_join(pipeline):
    text = "Israel criticised the entry of Qatari UN envoys into Gaza on Tuesday."
    assert side_codes(code_text(pipeline, text, PUB), "ACCUSE") == [("ISR", "IGOUNO")]


def test_entry_into_a_bloc_still_names_the_applicant(pipeline):
    text = "Germany supported Ukraine's entry into the European Union on Tuesday."
    assert side_codes(code_text(pipeline, text, PUB), "SUPPORT") == [("DEU", "UKR")]


def test_crowd_counted_twice_is_placed_in_its_home_town(pipeline):
    text = ("Tens of thousands of Sudanese villagers from Kassala protested against the "
            "Sudanese government on Tuesday.")
    assert place_names(code_text(pipeline, text, PUB), "PROTEST") == ["Kassala"]


def test_people_turned_back_at_a_crossing_were_not_handed_over_there(pipeline):
    text = ("India released 20 Pakistani prisoners on Monday, turning them back at the Wagah "
            "border crossing.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "RETREAT") and place_names(events, "RETREAT") == [None]


def test_people_turned_over_at_a_crossing_were_handed_over_there(pipeline):
    text = ("Pakistan freed 170 Indian fishermen on Monday, turning them over to border "
            "officials at the Wagah crossing.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Wagah"]


def test_blows_exchanged_in_a_debate_are_no_armed_assault(pipeline):
    text = "Indian and Pakistani ministers exchanged blows during a television debate on Tuesday."
    assert not of_type(code_text(pipeline, text, PUB), "ASSAULT")


def test_paused_labour_strike_or_business_is_no_ceasefire(pipeline):
    for text in ("Nigerian labour unions paused their strike against the government on Tuesday.",
                 "Nigeria's state oil company paused operations at its Bonny terminal on Tuesday."):
        assert not of_type(code_text(pipeline, text, PUB), "RETREAT"), text


def test_paused_military_operations_or_air_strikes_stay_a_ceasefire(pipeline):
    for text in ("Israel paused its military operations in Gaza on Tuesday.",
                 "Israel paused air strikes on Gaza on Tuesday."):
        assert side_codes(code_text(pipeline, text, PUB), "RETREAT") == [("ISR", "PSE")], text


def test_economy_rolling_towards_recession_is_no_mobilisation(pipeline):
    text = "Turkey's government rolled towards a default in March."
    assert not of_type(code_text(pipeline, text, PUB), "MOBILIZE")


def test_independent_investigators_are_no_police(pipeline):
    text = "Independent investigators accused the Myanmar army of genocide on Tuesday."
    assert not of_type(code_text(pipeline, text, PUB), "ACCUSE")


def test_security_services_are_spies_like_a_security_service(pipeline):
    text = "Russian security services arrested two Ukrainians in Crimea on Tuesday."
    assert side_codes(code_text(pipeline, text, PUB), "COERCE") == [("RUSSPY", "UKR")]
