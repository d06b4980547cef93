"""Places the sentence of an event names, which the model tags wrongly or the parse hangs away
from the trigger (second places round)."""

from coding import code_text, of_type


def _place(event):
    return event.location.name if event.location else None


def test_a_seat_of_government_is_its_city(pipeline):
    # "White House" is also an alternate name of Casablanca in GeoNames.
    events = code_text(pipeline, "President Joe Biden will host the leaders of Kenya and Ghana at "
                       "the White House on Thursday to discuss trade.", "2020-01-15")
    assert [_place(e) for e in of_type(events, "CONSULT")] == ["Washington"]


def test_a_town_struck_is_where_the_attack_happened(pipeline):
    events = code_text(pipeline, "Russian warplanes bombed the Ukrainian city of Kharkiv on "
                       "Sunday, killing 12 civilians.", "2020-01-15")
    assert [_place(e) for e in of_type(events, "ASSAULT")] == ["Kharkiv"]


def test_a_town_taken_is_where_it_was_taken(pipeline):
    events = code_text(pipeline, "Iraqi troops took control of the northern town of Sinjar on "
                       "Monday.", "2020-01-15")
    # taking ground is an ASSAULT (docs/design.md), placed where the ground was taken
    assert [e.location.text for e in of_type(events, "ASSAULT")] == ["Sinjar"]


def test_a_reaction_is_not_made_where_the_attack_was(pipeline):
    events = code_text(pipeline, "Israeli aircraft struck targets in Rafah on Tuesday, killing "
                       "six Palestinians. The Palestinian Authority condemned the raid on Tuesday "
                       "as a war crime.", "2020-01-15")
    assert [e.location.text for e in of_type(events, "ASSAULT")] == ["Rafah"]
    assert [_place(e) for e in of_type(events, "ACCUSE")] == [None]


def test_a_meeting_on_the_day_of_an_attack_is_not_placed_by_it(pipeline):
    events = code_text(pipeline, "Israeli aircraft struck targets in Rafah on Tuesday, killing "
                       "six Palestinians. Palestinian officials met Israeli envoys on Tuesday.",
                       "2020-01-15")
    assert [_place(e) for e in of_type(events, "CONSULT")] == [None]


def test_troops_sent_to_a_country_are_there(pipeline):
    events = code_text(pipeline, "Kenya will send 1,000 police officers to Haiti next month, its "
                       "foreign minister said.", "2020-01-15")
    assert [_place(e) for e in of_type(events, "MOBILIZE")] == ["Haiti"]


def test_a_person_the_model_tags_as_a_place_is_no_place(pipeline):
    events = code_text(pipeline, "Opposition senators called on Petro on Tuesday to freeze the "
                       "talks with the ELN.", "2023-02-08")
    assert of_type(events, "REQUEST")
    assert all(e.location is None for e in events)


def test_the_purpose_of_a_trip_happens_where_the_trip_goes(pipeline):
    events = code_text(pipeline, "A delegation of African Union foreign ministers is due in Bamako "
                       "later on Friday to meet the junta's leader.", "2021-09-10")
    assert [e.location.text for e in of_type(events, "CONSULT")] == ["Bamako"]
    events = code_text(pipeline, "A joint ECOWAS mission is due in Niamey next week for talks "
                       "with Tiani, officials said.", "2023-08-10")
    assert [e.location.text for e in of_type(events, "CONSULT")] == ["Niamey"]


def test_what_a_speaker_says_is_said_where_he_speaks(pipeline):
    events = code_text(pipeline, "French President Emmanuel Macron, speaking at a news conference "
                       "in Paris, said France stands firmly behind Moldova's path into the "
                       "European Union.", "2022-07-06")
    assert [_place(e) for e in of_type(events, "SUPPORT")] == ["Paris"]


def test_a_town_outranks_the_region_it_lies_in(pipeline):
    events = code_text(pipeline, "Boko Haram fighters attacked a police post near Damasak in "
                       "Nigeria's Borno state on Thursday, killing four officers.", "2020-01-17")
    assert [e.location.text for e in of_type(events, "ASSAULT")] == ["Damasak"]


def test_a_site_closed_is_where_the_closure_happened(pipeline):
    events = code_text(pipeline, "Lithuania closed the Medininkai border crossing with Belarus to "
                       "all traffic on Tuesday.", "2021-11-10")
    assert [e.location.text for e in of_type(events, "SANCTION")] == ["Medininkai"]
