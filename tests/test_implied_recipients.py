"""Recipients a clause leaves unnamed that its sentence or story supplies
(implied_recipients.py): aid goes to the country the disaster struck; a state's act on a
craft named with no flag, or on a border crossing, is aimed at the other state of the story."""

from coding import code_text, side_countries

PUB = "2024-05-14"


def test_aid_after_a_disaster_goes_to_the_struck_country(pipeline):
    events = code_text(pipeline, "India sent two planeloads of tents and medicines on Monday to "
                                 "help survivors of the floods that have swept across Libya.", PUB)
    assert ("IND", "LBY") in side_countries(events, "AID")


def test_closing_a_border_crossing_is_aimed_at_the_neighbour(pipeline):
    events = code_text(pipeline, "Finland will close its last crossing on the border with Russia "
                                 "to trucks on Monday, the interior ministry said.", PUB)
    assert ("FIN", "RUS") in side_countries(events, "SANCTION")


def test_seizing_a_flagless_tanker_is_aimed_at_the_other_state(pipeline):
    events = code_text(pipeline, "Relations between Iran and Britain have soured. Iranian "
                                 "Revolutionary Guards seized the oil tanker Stena Impero in the "
                                 "Gulf on Monday.", PUB)
    assert ("IRN", "GBR") in side_countries(events, "COERCE")
