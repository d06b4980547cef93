"""Places of acts of force told by a participle on the people or things they were done to
("ambushed a convoy of trucks carrying fuel outside Kandahar"), of agreements reported after
talks ("said after a meeting in Quito"), and of "the capital, where ...". Each sentence is
hand-built; the code at c5c97e0 placed none of them (the country guard aside)."""

from coding import code_text, place_names


def places_of(pipeline, text, event_type):
    return set(place_names(code_text(pipeline, text, "2021-03-18"), event_type))


def test_an_ambush_is_where_the_convoy_it_struck_was(pipeline):
    text = ("Taliban fighters ambushed a convoy of Afghan army trucks carrying fuel outside "
            "Kandahar on Monday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {"Kandahār"}


def test_a_killing_is_where_the_victims_were_on_guard(pipeline):
    text = ("Islamist militants killed three Kenyan policemen guarding a checkpoint near "
            "Garissa on Friday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {"Garissa"}


def test_a_country_the_victims_were_in_is_no_place(pipeline):
    # the guard of the rule: a whole country is not where an act of force was done
    text = ("Islamist militants killed three Kenyan policemen guarding a checkpoint in "
            "Somalia on Friday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {None}


def test_an_agreement_reported_after_talks_is_where_the_talks_were(pipeline):
    text = ("Kenya and Ethiopia have agreed to build a new road link, the two countries' foreign "
            "ministers announced following talks in Nairobi on Monday.")
    assert places_of(pipeline, text, "AGREE") == {"Nairobi"}


def test_an_agreement_told_to_reporters_after_a_meeting_is_where_it_met(pipeline):
    text = ("Armenia and Georgia agreed to reopen a border crossing, officials from both sides "
            "told reporters after a meeting in Tbilisi.")
    assert places_of(pipeline, text, "AGREE") == {"Tbilisi"}


def test_the_capital_a_where_clause_describes_is_a_place(pipeline):
    text = ("Sudanese police fired tear gas at protesters in the capital, where thousands had "
            "gathered outside the army headquarters.")
    assert places_of(pipeline, text, "COERCE") == {"Khartoum"}


def test_acts_in_a_where_clause_on_the_capital_happened_there(pipeline):
    text = ("Thai and Cambodian officials met in the Indonesian capital, where they agreed to "
            "a ceasefire.")
    assert places_of(pipeline, text, "AGREE") == {"Jakarta"}


def test_the_city_is_the_town_named_before_not_a_street_in_it(pipeline):
    text = ("Gunmen clashed in the Lebanese city of Tripoli on Monday, and snipers fired from "
            "rooftops along Syria Street. Lebanese soldiers arrested 11 Lebanese gunmen in the "
            "city on Tuesday.")
    assert places_of(pipeline, text, "COERCE") == {"Tripoli"}


def test_a_city_named_by_a_street_of_it_is_still_the_city(pipeline):
    text = ("Protesters gathered in the Iraqi city of Basra on Friday and marched along Corniche "
            "Street. Iraqi police detained 20 Iraqi protesters in the city, witnesses said.")
    assert places_of(pipeline, text, "COERCE") == {"Basrah"}


def test_a_suburb_of_a_city_is_the_named_suburb(pipeline):
    text = ("Nigerian troops raided homes in the Lagos suburb of Ikorodu on Friday, arresting "
            "30 Nigerian suspects.")
    events = code_text(pipeline, text, "2021-03-18")
    assert {e.location.text for e in events if e.event_type == "COERCE"} == {"Ikorodu"}


def test_a_hyphened_township_is_the_place_not_its_region(pipeline):
    text = ("Myanmar troops burned dozens of houses in Kani-Ma township in Sagaing region on "
            "Tuesday, residents said.")
    assert places_of(pipeline, text, "ASSAULT") == {"Kani-Ma"}


def test_a_hyphened_name_with_a_short_last_part_is_read_whole(pipeline):
    text = ("Myanmar army helicopters fired on a village in Ye-U township in northern Sagaing "
            "region on Friday, killing eight civilians.")
    assert {p.lower() for p in places_of(pipeline, text, "ASSAULT")} == {"ye-u"}
